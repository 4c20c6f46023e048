"""The patient card: everything the reception needs to see about one patient, read-only.

Every value is selectable text (mouse and keyboard) and focusable, with an accessible name of the
form "Telefon: 070-123 45 67", so a screen reader reads the label with the value. What a protected
identity hides (R-TG-4) is already masked by the service; this widget only shows it.
The "Revision" section (ui.revision_panel) reads its own overview when the window asks it to.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
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
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import shown_text
from klinik_app.ui.revision_panel import RevisionPanel
from klinik_app.ui.patient_language_dialog import language_text

MISSING = "–"
PROTECTED_BANNER = QT_TRANSLATE_NOOP(
    "patient_card",
    "Skyddade personuppgifter. Adress, telefon och e-post visas inte, "
    "och inga uppgifter om patienten skickas till regionen (R-TG-4)."
)
ID_KIND_LABELS = {
    "personnummer": QT_TRANSLATE_NOOP("patient_card", "Personnummer"),
    "samordningsnummer": QT_TRANSLATE_NOOP("patient_card", "Samordningsnummer"),
    "reservnummer": QT_TRANSLATE_NOOP("patient_card", "Reservnummer"),
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

    def show_value(self, text: str | None, *, spoken_missing: str | None = None) -> None:
        """`spoken_missing`: what a screen reader says for no value (by default "saknas")."""
        shown = text if text else MISSING
        self.setText(shown)
        spoken = (text or spoken_missing or self.tr("saknas")).replace("\n", ", ")
        self.setAccessibleName(f"{self.label}: {spoken}")


class PatientCardView(QWidget):
    """Shows one PatientCard; `set_card(card)` fills it in. "Lista patient…" asks the window to list."""

    list_requested = Signal(int)  # patient id: open the consent dialog (R-LI-1)
    exam_requested = Signal(int)  # patient id: open "Registrera undersökning" (Ctrl+E)
    card_shown = Signal(int)  # patient id, after set_card: sections added by pages read their part
    copy_requested = Signal(int)  # patient id: open "Journalkopia" (R-SE-4, ui.record_copy_dialog)
    language_requested = Signal(int)  # patient id: open "Språk och tolk" (ui.patient_language_dialog)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Patientkort"))
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

        self.id_number = _Value(self.tr("Personnummer"), "id_number")
        self.birth_date = _Value(self.tr("Födelsedatum"), "birth_date")
        self.age = _Value(self.tr("Ålder"), "age")
        self.target_group = _Value(self.tr("Målgrupp"), "target_group")
        self.municipality = _Value(self.tr("Kommun"), "municipality")
        self.address = _Value(self.tr("Adress"), "address")
        self.phone = _Value(self.tr("Telefon"), "phone")
        self.email = _Value(self.tr("E-post"), "email")
        self.language = _Value(self.tr("Språk och tolk"), "language")
        self.guardians = _Value(self.tr("Vårdnadshavare"), "guardians")
        self.listings = _Value(self.tr("Listning"), "listings")
        self.dentist = _Value(self.tr("Ansvarig tandläkare"), "dentist")
        self.flags = _Value(self.tr("Att åtgärda"), "flags")

        self._id_row_label = QLabel(self.tr("Personnummer:"))
        person = self._group(self.tr("Personuppgifter"), [
            (self._id_row_label, self.id_number),
            (self.tr("Födelsedatum:"), self.birth_date),
            (self.tr("Ålder:"), self.age),
            (self.tr("Målgrupp:"), self.target_group),
            (self.tr("Kommun:"), self.municipality),
        ])
        contact = self._group(self.tr("Kontakt"), [
            (self.tr("Adress:"), self.address),
            (self.tr("Telefon:"), self.phone),
            (self.tr("E-post:"), self.email),
            (self.tr("Språk och tolk:"), self.language),
        ])
        self.language_button = QPushButton(self.tr("Språk och t&olk…"), objectName="language_button",
                                           autoDefault=False)
        self.language_button.setToolTip(self.tr("Patientens språk och om tolk behövs vid besöken"))
        self.language_button.clicked.connect(
            lambda: self.card is not None and self.language_requested.emit(self.card.id))
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_button)
        language_row.addStretch(1)
        contact.layout().addRow(language_row)
        family = self._group(self.tr("Vårdnadshavare"), [(self.tr("Vårdnadshavare:"), self.guardians)])
        care = self._group(self.tr("Listning och ansvar"), [
            (self.tr("Listning:"), self.listings),
            (self.tr("Ansvarig tandläkare:"), self.dentist),
        ])
        self.list_button = QPushButton(self.tr("&Lista patient…"), objectName="list_button")
        self.list_button.setAccessibleName(self.tr("Lista patient"))
        self.list_button.setToolTip(self.tr("Registrera patientens val av kliniken, med samtycke (R-LI-1). Ctrl+L"))
        self.list_button.setAutoDefault(False)
        self.list_button.clicked.connect(self._list_clicked)
        care_buttons = QHBoxLayout()
        care_buttons.addWidget(self.list_button)
        self.copy_button = QPushButton(self.tr("&Journalkopia…"), objectName="copy_button", autoDefault=False)
        self.copy_button.setToolTip(self.tr("Kopia av journalen till en annan vårdgivare eller till patienten "
                                            "(R-SE-4). Ctrl+J"))
        self.copy_button.clicked.connect(lambda: self.card is not None and self.copy_requested.emit(self.card.id))
        care_buttons.addWidget(self.copy_button)
        care_buttons.addStretch(1)
        care.layout().addRow(care_buttons)
        self.flags_group = self._group(self.tr("Att åtgärda"), [(self.tr("Regler:"), self.flags)])
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
        icon.setAccessibleName(self.tr("Varning"))
        banner = QCoreApplication.translate("patient_card", PROTECTED_BANNER)
        text = QLabel(banner)
        text.setWordWrap(True)
        bold = QFont(text.font())
        bold.setBold(True)
        text.setFont(bold)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        frame.setAccessibleName(banner)
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
        id_label = QCoreApplication.translate(
            "patient_card", ID_KIND_LABELS.get(card.id_kind, QT_TRANSLATE_NOOP("patient_card", "Identitet")))
        self.name_label.setText(name)
        self.name_label.setAccessibleName(self.tr("Patient: {name}").format(name=name))
        age = self.tr("{age} år").format(age=card.age)
        summary = f"{card.personnummer} · {age}"
        if card.protected:
            summary += " · " + self.tr("Skyddad identitet")
        self.summary_label.setText(summary)
        self.summary_label.setAccessibleName(summary)
        self.protected_banner.setVisible(card.protected)

        self._id_row_label.setText(self.tr("{label}:").format(label=id_label))
        self.id_number.label = id_label
        self.id_number.show_value(card.personnummer)
        self.birth_date.show_value(card.birth_date.isoformat())
        self.age.show_value(age)
        self.target_group.show_value(shown_text(card.target_group_message))
        self.municipality.show_value(card.municipality or (
            self.tr("Skyddad – visas inte") if card.protected else None
        ))
        self.address.show_value("\n".join(card.address) if card.address else None)
        self.phone.show_value(card.phone)
        self.email.show_value(card.email)
        self.language.show_value(language_text(card), spoken_missing=self.tr("svenska, ingen tolk"))
        self.guardians.show_value(
            "\n".join(guardian_text(g) for g in card.guardians) or None, spoken_missing=self.tr("inga registrerade")
        )
        self.listings.show_value(
            "\n".join(listing_text(li) for li in card.listings) or self.tr("Ingen listning")
        )
        self.dentist.show_value(card.responsible_dentist)
        self.flags.show_value("\n".join(shown_text(flag) for flag in card.flags) or None,
                              spoken_missing=self.tr("inget"))
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
        parts.append(QCoreApplication.translate("patient_card", "tel. {phone}").format(phone=g.phone))
    return ", ".join(parts)


def listing_text(li: ListingInfo) -> str:
    kind = domain_text(LISTING_LABELS.get(li.listing_type, li.listing_type))
    status = domain_text(STATUS_LABELS.get(li.status, li.status))
    if li.end_date:
        text = QCoreApplication.translate("patient_card", "{kind} – {status}, från {start} till {end}")
    else:
        text = QCoreApplication.translate("patient_card", "{kind} – {status}, från {start}")
    text = text.format(kind=kind, status=status, start=li.start_date.isoformat(),
                       end=li.end_date.isoformat() if li.end_date else "")
    if li.end_reason:
        text += f" ({domain_text(END_REASONS.get(li.end_reason, li.end_reason)).lower()})"
    return text
