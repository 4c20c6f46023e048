"""The patient card: everything the reception needs to see about one patient, read-only.

Every value is selectable text (mouse and keyboard) and focusable, with an accessible name of the
form "Telefon: 070-123 45 67", so a screen reader reads the label with the value. What a protected
identity hides (R-TG-4) is already masked by the service; this widget only shows it.
The "Revision" section (ui.revision_panel) reads its own overview when the window asks it to.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain.listing import END_REASONS
from klinik_app.services.patients import LISTING_LABELS, STATUS_LABELS, GuardianInfo, ListingInfo, PatientCard
from klinik_app.ui.revision_panel import RevisionPanel

MISSING = "–"
PROTECTED_BANNER = (
    "Skyddade personuppgifter. Adress, telefon och e-post visas inte, "
    "och inga uppgifter om patienten skickas till regionen (R-TG-4)."
)
ID_KIND_LABELS = {
    "personnummer": "Personnummer",
    "samordningsnummer": "Samordningsnummer",
    "reservnummer": "Reservnummer",
}


class _Value(QLabel):
    """A selectable, focusable value whose accessible name carries its label."""

    def __init__(self, label: str, object_name: str) -> None:
        super().__init__()
        self.label = label
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_value(self, text: str | None, *, spoken_missing: str = "saknas") -> None:
        shown = text if text else MISSING
        self.setText(shown)
        spoken = (text or spoken_missing).replace("\n", ", ")
        self.setAccessibleName(f"{self.label}: {spoken}")


class PatientCardView(QWidget):
    """Shows one PatientCard; `set_card(card)` fills it in. "Lista patient…" asks the window to list."""

    list_requested = Signal(int)  # patient id: open the consent dialog (R-LI-1)
    exam_requested = Signal(int)  # patient id: open "Registrera undersökning" (Ctrl+E)
    card_shown = Signal(int)  # patient id, after set_card: sections added by pages read their part
    copy_requested = Signal(int)  # patient id: open "Journalkopia" (R-SE-4, ui.record_copy_dialog)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Patientkort")
        self.card: PatientCard | None = None

        self.name_label = QLabel(objectName="name_label")
        heading = QFont(self.font())
        heading.setBold(True)
        heading.setPointSizeF(max(heading.pointSizeF(), 9.0) * 1.6)
        self.name_label.setFont(heading)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.summary_label = QLabel(objectName="summary_label")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.protected_banner = self._banner()
        # What was just done to this patient (e.g. listed, and whether it goes to the region).
        self.notice = QLabel(objectName="card_notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setContentsMargins(6, 4, 6, 4)
        self.notice.hide()

        self.id_number = _Value("Personnummer", "id_number")
        self.birth_date = _Value("Födelsedatum", "birth_date")
        self.age = _Value("Ålder", "age")
        self.target_group = _Value("Målgrupp", "target_group")
        self.municipality = _Value("Kommun", "municipality")
        self.address = _Value("Adress", "address")
        self.phone = _Value("Telefon", "phone")
        self.email = _Value("E-post", "email")
        self.guardians = _Value("Vårdnadshavare", "guardians")
        self.listings = _Value("Listning", "listings")
        self.dentist = _Value("Ansvarig tandläkare", "dentist")
        self.flags = _Value("Att åtgärda", "flags")

        self._id_row_label = QLabel("Personnummer:")
        person = self._group("Personuppgifter", [
            (self._id_row_label, self.id_number),
            ("Födelsedatum:", self.birth_date),
            ("Ålder:", self.age),
            ("Målgrupp:", self.target_group),
            ("Kommun:", self.municipality),
        ])
        contact = self._group("Kontakt", [
            ("Adress:", self.address),
            ("Telefon:", self.phone),
            ("E-post:", self.email),
        ])
        family = self._group("Vårdnadshavare", [("Vårdnadshavare:", self.guardians)])
        care = self._group("Listning och ansvar", [
            ("Listning:", self.listings),
            ("Ansvarig tandläkare:", self.dentist),
        ])
        self.list_button = QPushButton("&Lista patient…", objectName="list_button")
        self.list_button.setAccessibleName("Lista patient")
        self.list_button.setToolTip("Registrera patientens val av kliniken, med samtycke (R-LI-1). Ctrl+L")
        self.list_button.setAutoDefault(False)
        self.list_button.clicked.connect(self._list_clicked)
        care_buttons = QHBoxLayout()
        care_buttons.addWidget(self.list_button)
        self.copy_button = QPushButton("&Journalkopia…", objectName="copy_button", autoDefault=False)
        self.copy_button.setToolTip("Kopia av journalen till en annan vårdgivare eller till patienten (R-SE-4). Ctrl+J")
        self.copy_button.clicked.connect(lambda: self.card is not None and self.copy_requested.emit(self.card.id))
        care_buttons.addWidget(self.copy_button)
        care_buttons.addStretch(1)
        care.layout().addRow(care_buttons)
        self.flags_group = self._group("Att åtgärda", [("Regler:", self.flags)])
        self.revision = RevisionPanel()
        self.revision.exam_requested.connect(self.exam_requested)

        grid = QGridLayout()
        grid.addWidget(person, 0, 0)
        grid.addWidget(contact, 0, 1)
        grid.addWidget(family, 1, 0)
        grid.addWidget(care, 1, 1)
        grid.addWidget(self.flags_group, 2, 0, 1, 2)
        grid.addWidget(self.revision, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.protected_banner)
        layout.addWidget(self.notice)
        layout.addLayout(grid)
        self.sections = QVBoxLayout()  # sections added by other pages (the appointment book's "Tider")
        layout.addLayout(self.sections)
        layout.addStretch(1)

    # --- building -------------------------------------------------------------------------------
    def _banner(self) -> QFrame:
        frame = QFrame(objectName="protected_banner")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setFrameShadow(QFrame.Shadow.Raised)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAccessibleName("Varning")
        text = QLabel(PROTECTED_BANNER)
        text.setWordWrap(True)
        bold = QFont(text.font())
        bold.setBold(True)
        text.setFont(bold)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        frame.setAccessibleName(PROTECTED_BANNER)
        row = QHBoxLayout(frame)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(text, 1)
        frame.hide()
        return frame

    @staticmethod
    def _group(title: str, rows: list[tuple[str | QLabel, _Value]]) -> QGroupBox:
        box = QGroupBox(title)
        box.setAccessibleName(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for label, value in rows:
            label_widget = label if isinstance(label, QLabel) else QLabel(label)
            label_widget.setBuddy(value)
            label_widget.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            form.addRow(label_widget, value)
        return box

    def _list_clicked(self) -> None:
        if self.card is not None:
            self.list_requested.emit(self.card.id)

    def show_notice(self, text: str | None) -> None:
        """A line under the name about what was just done (None: none)."""
        self.notice.setText(text or "")
        self.notice.setAccessibleName(text or "")
        self.notice.setVisible(bool(text))

    # --- filling in -----------------------------------------------------------------------------
    def set_card(self, card: PatientCard) -> None:
        if self.card is None or self.card.id != card.id:
            self.show_notice(None)
            self.revision.clear()  # another patient: nothing of the last one stays until loaded
        self.card = card
        name = f"{card.first_name} {card.last_name}"
        id_label = ID_KIND_LABELS.get(card.id_kind, "Identitet")
        self.name_label.setText(name)
        self.name_label.setAccessibleName(f"Patient: {name}")
        summary = f"{card.personnummer} · {card.age} år"
        if card.protected:
            summary += " · Skyddad identitet"
        self.summary_label.setText(summary)
        self.summary_label.setAccessibleName(summary)
        self.protected_banner.setVisible(card.protected)

        self._id_row_label.setText(f"{id_label}:")
        self.id_number.label = id_label
        self.id_number.show_value(card.personnummer)
        self.birth_date.show_value(card.birth_date.isoformat())
        self.age.show_value(f"{card.age} år")
        self.target_group.show_value(card.target_group_message)
        self.municipality.show_value(card.municipality or (
            "Skyddad – visas inte" if card.protected else None
        ))
        self.address.show_value("\n".join(card.address) if card.address else None)
        self.phone.show_value(card.phone)
        self.email.show_value(card.email)
        self.guardians.show_value(
            "\n".join(guardian_text(g) for g in card.guardians) or None, spoken_missing="inga registrerade"
        )
        self.listings.show_value(
            "\n".join(listing_text(li) for li in card.listings) or "Ingen listning"
        )
        self.dentist.show_value(card.responsible_dentist, spoken_missing="saknas")
        self.flags.show_value("\n".join(card.flags) or None, spoken_missing="inget")
        self.flags_group.setVisible(bool(card.flags))
        self.card_shown.emit(card.id)

    def first_value(self) -> QWidget:
        """Where keyboard focus goes when the card opens."""
        return self.id_number


def guardian_text(g: GuardianInfo) -> str:
    parts = [g.name]
    if g.personnummer:
        parts.append(g.personnummer)
    if g.phone:
        parts.append(f"tel. {g.phone}")
    return ", ".join(parts)


def listing_text(li: ListingInfo) -> str:
    kind = LISTING_LABELS.get(li.listing_type, li.listing_type)
    status = STATUS_LABELS.get(li.status, li.status)
    text = f"{kind} – {status}, från {li.start_date.isoformat()}"
    if li.end_date:
        text += f" till {li.end_date.isoformat()}"
    if li.end_reason:
        text += f" ({END_REASONS.get(li.end_reason, li.end_reason).lower()})"
    return text
