"""Dialogs of the Kallelser page: pause a recall, staff's own date, the contact history, and the list
of patients a letter batch could not write to.

As the listing dialogs: Enter does the dialog's action, Esc cancels, a refusal from the service is
shown inside the dialog in Swedish and what was typed stays; the size is settled before the
dialog is shown. The dialogs call services only (services.recall).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain.dates import add_months
from klinik_app.services import recall
from klinik_app.services.context import ServiceContext
from klinik_app.services.recall import CONTACT_LABELS, STATUS_LABELS, Contact, WorkItem
from klinik_app.services.recall_list import REASON_LABELS
from klinik_app.ui.changed_elsewhere import CANCELLED, KEPT, KEPT_TEXT, save_with_conflict_check
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import shown_text
from klinik_app.ui.errors import translated as translated_error
from klinik_app.ui.i18n import translated
from klinik_app.ui.listing_dialogs import MessageLabel, date_edit, settle

log = logging.getLogger(__name__)

REASON_MAX = 200
DEFAULT_PAUSE_MONTHS = 3


def _label(text: str, object_name: str = "", *, bold: bool = False) -> QLabel:
    label = QLabel(text, objectName=object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(text)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def _patients_text(items: Sequence[WorkItem]) -> str:
    if len(items) == 1:
        item = items[0]
        protected = QCoreApplication.translate("recall_dialogs", " – skyddad identitet") if item.protected else ""
        return f"{item.name}, {item.personnummer}{protected}"
    names = ", ".join(i.name for i in items[:3])
    if len(items) > 3:
        text = QCoreApplication.translate("recall_dialogs", "{count} patienter: {names} och {more} till")
    else:
        text = QCoreApplication.translate("recall_dialogs", "{count} patienter: {names}")
    return text.format(count=len(items), names=names, more=len(items) - 3)


def _reason_edit(object_name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit(objectName=object_name)
    edit.setMaxLength(REASON_MAX)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


def _ok_cancel(ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_text.replace("&", ""))
    ok.setDefault(True)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("recall_dialogs", "Avbryt"))
    cancel.setAccessibleName(QCoreApplication.translate("recall_dialogs", "Avbryt (Esc)"))
    return buttons, ok


class _RecallDialog(QDialog):
    """Shared parts: a header naming the patients, a form, an inline message and the buttons.

    A save checks the recall versions the worklist showed (ui.changed_elsewhere); when the user
    keeps what another workstation saved, the dialog closes and `kept_saved` asks for a reload.
    """

    kept_saved = Signal(str)  # a status text; the view reloads

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = QFormLayout()
        self.message = MessageLabel("message_label", lines=2)

    def add_field(self, text: str, widget: QWidget, name: str) -> QWidget:
        caption = QLabel(text)
        caption.setBuddy(widget)
        widget.setAccessibleName(name)
        self.form.addRow(caption, widget)
        return widget

    def checked_save(self, items: Sequence[WorkItem], action) -> bool:
        """`action(versions)` with the versions shown; True when saved (the dialog may close)."""
        outcome = save_with_conflict_check(self, action, {i.patient_id: i.row_version for i in items})
        if outcome == KEPT:
            self.kept_saved.emit(QCoreApplication.translate("changed_elsewhere", KEPT_TEXT))
            self.reject()
        return outcome not in (KEPT, CANCELLED)

    def refuse(self, exc_or_text, focus: QWidget | None = None) -> None:
        text = exc_or_text if isinstance(exc_or_text, str) else translated_error(exc_or_text)
        self.message.show_error(text)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)


# --- Pausa ---------------------------------------------------------------------------------------


class PauseDialog(_RecallDialog):
    """Pause the recalls until a date, with a reason (recall.disable): never a deletion."""

    def __init__(self, ctx: ServiceContext, items: Sequence[WorkItem], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pausa kallelse"), parent)
        self.ctx = ctx
        self.items = list(items)
        self.count = 0
        header = _label(_patients_text(self.items), "patient_label", bold=True)
        self.until_edit = date_edit(add_months(ctx.today, DEFAULT_PAUSE_MONTHS), minimum=ctx.today + timedelta(days=1),
                                    name=self.tr("Pausa till och med"), object_name="pause_until")
        self.add_field(self.tr("Pausa &till:"), self.until_edit, self.tr("Pausa till"))
        self.reason_edit = _reason_edit("pause_reason", self.tr("t.ex. utlandsvistelse, behandlas på annan klinik"))
        self.add_field(self.tr("&Orsak:"), self.reason_edit, self.tr("Orsak till pausen"))
        note = _label(self.tr("Patienten visas inte i kallelselistan förrän datumet har passerat (se Status: "
                              "Pausad). Inget tas bort, och pausen kan hävas när som helst. Orsaken sparas så att "
                              "kollegorna ser varför."))
        self.buttons, self.ok_button = _ok_cancel(self.tr("&Pausa"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addLayout(self.form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        settle(self, 42)
        self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def until(self) -> date:
        return self.until_edit.date().toPython()

    def save(self) -> None:
        def pause(versions) -> None:
            self.count = recall.disable(self.ctx, [i.patient_id for i in self.items], self.until(),
                                        self.reason_edit.text(), expected_versions=versions)
        try:
            saved = self.checked_save(self.items, pause)
        except Exception as exc:  # a refusal (no reason, a past date) or a failure: shown here
            if not hasattr(exc, "message"):
                log.exception("pausing recalls failed")
            self.refuse(exc, self.reason_edit if not self.reason_edit.text().strip() else self.until_edit)
            return
        if saved:
            self.accept()


# --- Eget datum ----------------------------------------------------------------------------------


class OverrideDialog(_RecallDialog):
    """Staff's own date for one patient's next revision, with a reason; or remove it again.

    The computed date is never changed (services.recall): the own date only moves the patient in
    the worklist and in the letters.
    """

    REMOVED, SAVED = "removed", "saved"

    def __init__(self, ctx: ServiceContext, item: WorkItem, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Eget revisionsdatum"), parent)
        self.ctx = ctx
        self.item = item
        self.outcome: str | None = None
        header = _label(_patients_text([item]), "patient_label", bold=True)
        rule = domain_text(REASON_LABELS.get(item.reason, item.reason))
        computed = _label(self.tr("Beräknat datum: {date} ({rule}).").format(date=item.due.isoformat(), rule=rule),
                          "computed_label")
        start = item.override_due or max(item.due, ctx.today)
        self.date_edit = date_edit(start, minimum=ctx.today, name=self.tr("Eget datum"), object_name="override_date")
        self.add_field(self.tr("Eget &datum:"), self.date_edit, self.tr("Eget datum"))
        self.reason_edit = _reason_edit("override_reason",
                                        self.tr("t.ex. vill komma före en flytt, tandreglering pågår"))
        if item.override_due is not None and item.note:
            self.reason_edit.setText(item.note)
        self.add_field(self.tr("&Orsak:"), self.reason_edit, self.tr("Orsak till eget datum"))
        note = _label(self.tr("Det beräknade datumet ändras inte; patienten flyttas i kallelselistan och kallelsen "
                              "anger det egna datumet. Ett senare datum än det beräknade kan göra revisionen "
                              "försenad."))
        self.buttons, self.ok_button = _ok_cancel(self.tr("&Spara"))
        self.remove_button: QPushButton | None = None
        if item.override_due is not None:
            self.remove_button = self.buttons.addButton(self.tr("&Ta bort eget datum"),
                                                        QDialogButtonBox.ButtonRole.ActionRole)
            self.remove_button.setObjectName("remove_override_button")
            self.remove_button.setAccessibleName(self.tr("Ta bort eget datum"))
            self.remove_button.setToolTip(self.tr("Gå tillbaka till det beräknade datumet."))
            self.remove_button.setAutoDefault(False)
            self.remove_button.clicked.connect(self.remove)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(computed)
        layout.addLayout(self.form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        settle(self, 44)
        (self.reason_edit if item.override_due is None else self.date_edit).setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> date:
        return self.date_edit.date().toPython()

    def save(self) -> None:
        pid = self.item.patient_id
        try:
            saved = self.checked_save([self.item], lambda versions: recall.set_override(
                self.ctx, pid, self.chosen(), self.reason_edit.text(), expected_version=versions[pid]))
        except Exception as exc:
            if not hasattr(exc, "message"):
                log.exception("setting an own recall date failed")
            self.refuse(exc, self.reason_edit if not self.reason_edit.text().strip() else self.date_edit)
            return
        if saved:
            self.outcome = self.SAVED
            self.accept()

    def remove(self) -> None:
        pid = self.item.patient_id
        try:
            saved = self.checked_save([self.item], lambda versions: recall.set_override(
                self.ctx, pid, None, expected_version=versions[pid]))
        except Exception as exc:
            if not hasattr(exc, "message"):
                log.exception("removing an own recall date failed")
            self.refuse(exc)
            return
        if saved:
            self.outcome = self.REMOVED
            self.accept()


# --- Kontakthistorik -----------------------------------------------------------------------------


def _table(rows: list[tuple[str, ...]], heads: tuple[str, ...], name: str, object_name: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(heads), objectName=object_name)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(list(heads))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setAccessibleName(QCoreApplication.translate("recall_dialogs", "Kolumnrubriker"))
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            table.setItem(r, c, cell)
    header = table.horizontalHeader()
    for c in range(len(heads) - 1):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(heads) - 1, QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(table.fontMetrics().height() * 10)
    return table


def contact_rows(contacts: Sequence[Contact]) -> list[tuple[str, str, str, str, str]]:
    return [(c.contacted_on.isoformat(), domain_text(CONTACT_LABELS.get(c.kind, c.kind)),
             domain_text(STATUS_LABELS.get(c.status or "", c.status or "")), c.note or "", c.by_name or c.by)
            for c in contacts]


class _CloseDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(QCoreApplication.translate("recall_dialogs", "&Stäng"))
        close.setAccessibleName(QCoreApplication.translate("recall_dialogs", "Stäng (Esc)"))
        close.setDefault(True)
        self.buttons.rejected.connect(self.reject)


class ContactHistoryDialog(_CloseDialog):
    """Every contact and decision on one patient's recall, newest first (recall.contacts_of)."""

    HEADS = (QT_TRANSLATE_NOOP("recall_dialogs", "Datum"), QT_TRANSLATE_NOOP("recall_dialogs", "Händelse"),
             QT_TRANSLATE_NOOP("recall_dialogs", "Status"), QT_TRANSLATE_NOOP("recall_dialogs", "Anteckning"),
             QT_TRANSLATE_NOOP("recall_dialogs", "Av"))

    def __init__(self, item: WorkItem, contacts: Sequence[Contact], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kontakthistorik"), parent)
        header = _label(_patients_text([item]), "patient_label", bold=True)
        rows = contact_rows(contacts)
        if rows:
            intro = _label(self.tr("Varje kallelse, påminnelse och ändring, den senaste först."))
        else:
            intro = _label(self.tr("Inga kontakter är registrerade ännu för den här revisionen."))
        self.table = _table(rows, tuple(translated("recall_dialogs", self.HEADS)), self.tr("Kontakthistorik"),
                            "contact_table")
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        settle(self, 60)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


# --- Manuell hantering ---------------------------------------------------------------------------


class ManualHandlingDialog(_CloseDialog):
    """After a letter batch: the patients who got no printed letter, and why (R-TG-4, no address,
    booked, declined, paused, every reminder sent)."""

    HEADS = (QT_TRANSLATE_NOOP("recall_dialogs", "Patient"), QT_TRANSLATE_NOOP("recall_dialogs", "Att göra"),
             QT_TRANSLATE_NOOP("recall_dialogs", "Orsak"))
    MANUAL = QT_TRANSLATE_NOOP("recall_dialogs", "Kalla manuellt")
    SKIPPED = QT_TRANSLATE_NOOP("recall_dialogs", "Ingen kallelse")

    def __init__(self, summary: str, manual, skipped, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kallelser att hantera manuellt"), parent)
        call, none = (QCoreApplication.translate("recall_dialogs", text) for text in (self.MANUAL, self.SKIPPED))
        rows = ([(m.name, call, shown_text(m.why)) for m in manual]
                + [(s.name, none, shown_text(s.why)) for s in skipped])
        self.rows = rows
        summary_label = _label(summary, "summary_label", bold=True)
        parts = [self.tr("Dessa patienter fick inget utskrivet brev och registrerades inte som kallade.")]
        if manual:
            parts.append(self.tr("Kalla manuellt: skyddad identitet (R-TG-4) eller adress saknas. Kontakta dem "
                                 "enligt klinikens rutin, t.ex. per telefon, och markera sedan status i listan."))
        if skipped:
            parts.append(self.tr("Ingen kallelse: bokad, avböjt, pausad eller alla påminnelser redan skickade."))
        intro = _label(" ".join(parts), "intro_label")
        self.table = _table(rows, tuple(translated("recall_dialogs", self.HEADS)),
                            self.tr("Patienter att hantera manuellt"), "manual_table")
        layout = QVBoxLayout(self)
        layout.addWidget(summary_label)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        settle(self, 60)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
