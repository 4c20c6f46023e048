"""Listing dialogs: list a patient with consent (R-LI-1), end or correct a listing, the listing stop.

Every dialog: Enter does the dialog's action, Esc cancels; a refusal (ListingRefused,
ServiceError, a database failure) is shown inside the dialog in Swedish with its rule id, and what
was entered stays. The dialogs call services only.

Layout rule (see help_dialogs): the size is settled before the native window exists and never
changes afterwards; texts that change (messages, the care-start line) live in space reserved for
them, so a message appearing never makes the dialog jump.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain.listing import CONSENT_METHODS, LISTING_TYPE_LABELS, ListingRefused
from klinik_app.services import listing as listing_service
from klinik_app.services import listing_stop as stop_service
from klinik_app.services import listing_view as view_service
from klinik_app.services.context import ServiceContext
from klinik_app.services.listing import ListingResult
from klinik_app.services.listing_stop import StopInfo
from klinik_app.services.listing_view import END_CHOICES, ListingForm, ListingRow, StopOverview
from klinik_app.ui.changed_elsewhere import CANCELLED, KEPT, KEPT_TEXT, save_with_conflict_check
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import translated
from klinik_app.ui.i18n import ui_locale

log = logging.getLogger(__name__)

SWEDISH = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
DATE_FORMAT = "yyyy-MM-dd"  # the Swedish standard form (SS-ISO 8601), as everywhere in Klinik

# Rule ids for refusals whose message does not name one already.
_REFUSAL_RULES = {
    "samtycke-saknas": "R-LI-1",
    "ogiltigt-datum": "R-LI-1",
    "redan-listad-har": "R-LI-3",
    "utanfor-malgrupp": "R-TG-1",
    "listningsstopp": "R-LI-5",
}

QUEUED_TEXT = QT_TRANSLATE_NOOP("listing_dialogs", "Listningen är sparad och köad för regionens listningssystem.")
LOCAL_TEXT = (QT_TRANSLATE_NOOP("listing_dialogs",
                                "Listningen är sparad lokalt (skyddad identitet) och skickas inte till regionen "
                                "(R-TG-4). Kliniken får betalt per behandling i stället."))
NO_GUARDIAN_TEXT = (QT_TRANSLATE_NOOP("listing_dialogs",
                                      "Ingen vårdnadshavare finns registrerad för patienten, så ingen kan samtycka "
                                      "till listningen (R-LI-1). Registrera vårdnadshavaren först."))
ALREADY_LISTED_TEXT = QT_TRANSLATE_NOOP(
    "listing_dialogs", "Patienten är redan listad här genom eget val. Någon ny listning behövs inte.")


def refusal_text(exc: BaseException) -> str:
    """A refusal in Swedish, naming its rule (R-…) where there is one."""
    if isinstance(exc, ListingRefused):
        rule = _REFUSAL_RULES.get(exc.code)
        if rule and rule not in exc.message:
            return f"{translated(exc)} ({rule})"
    return translated(exc)


def listed_message(result: ListingResult) -> str:
    start = QCoreApplication.translate("listing_dialogs", " Vårdansvaret börjar {start_date} (R-LI-3).").format(
        start_date=result.start_date.isoformat())
    day_before = date.fromordinal(result.start_date.toordinal() - 1)
    replaced = QCoreApplication.translate("listing_dialogs", " Icke-valslistningen här avslutas {day_before}.").format(
        day_before=day_before.isoformat()) if result.ended_assigned else ""
    return (QCoreApplication.translate("listing_dialogs", QUEUED_TEXT) if result.queued_for_region
            else QCoreApplication.translate("listing_dialogs", LOCAL_TEXT)) + start + replaced


# --- small parts ---------------------------------------------------------------------------------


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def date_edit(value: date, *, minimum: date | None = None, maximum: date | None = None,
              name: str, object_name: str) -> QDateEdit:
    edit = QDateEdit(objectName=object_name)
    edit.setLocale(ui_locale())  # the calendar popup in the window's language, weeks from Monday
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    if minimum is not None:
        edit.setMinimumDate(to_qdate(minimum))
    if maximum is not None:
        edit.setMaximumDate(to_qdate(maximum))
    edit.setDate(to_qdate(value))
    edit.setAccessibleName(name)
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    return edit


def combo(items: list[tuple[str, str]], *, placeholder: str, name: str, object_name: str) -> QComboBox:
    """A closed list with nothing chosen yet (placeholder); typing a letter picks an item."""
    box = QComboBox(objectName=object_name)
    for code, label in items:
        box.addItem(label, code)
    box.setPlaceholderText(placeholder)
    box.setCurrentIndex(-1)
    box.setAccessibleName(name)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return box


class MessageLabel(QLabel):
    """Inline messages in reserved room: a refusal (bold) or a confirmation."""

    def __init__(self, object_name: str, lines: int = 3) -> None:
        super().__init__(objectName=object_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setMinimumHeight(lines * self.fontMetrics().lineSpacing() + 4)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._normal = QFont(self.font())
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self.is_error = False
        self.clear_message()

    def show_error(self, text: str) -> None:
        self.is_error = True
        self.setFont(self._bold)
        self.setText(text)
        self.setAccessibleName(self.tr("Fel: {error}").format(error=text))

    def show_info(self, text: str) -> None:
        self.is_error = False
        self.setFont(self._normal)
        self.setText(text)
        self.setAccessibleName(text)

    def clear_message(self) -> None:
        self.is_error = False
        self.setText("")
        self.setAccessibleName(self.tr("Inga meddelanden"))


def _bold(text: str, object_name: str) -> QLabel:
    label = QLabel(text, objectName=object_name)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(text)
    return label


def _note(text: str, object_name: str = "") -> QLabel:
    label = QLabel(text, objectName=object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(text)
    return label


def _buttons(ok_text: str, ok_name: str, *, cancel_text: str | None = None) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_name)
    ok.setDefault(True)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel_text = cancel_text or QCoreApplication.translate("listing_dialogs", "Avbryt")
    cancel.setText(cancel_text)
    cancel.setAccessibleName(cancel_text.replace("&", "") + QCoreApplication.translate("listing_dialogs", " (Esc)"))
    return buttons, ok


def settle(dialog: QDialog, width_em: int) -> None:
    """Fix the dialog's size before it is shown; later text changes never resize it."""
    width = dialog.fontMetrics().horizontalAdvance("M") * width_em
    layout = dialog.layout()
    layout.activate()
    height = max(layout.minimumHeightForWidth(width), layout.totalHeightForWidth(width))
    dialog.setMinimumSize(width, height)
    dialog.resize(width, height)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)


def _header(name: str, personnummer: str, protected: bool) -> QLabel:
    text = (f"{name}, {personnummer}"
            + (QCoreApplication.translate("listing_dialogs", " – skyddad identitet") if protected else ""))
    return _bold(text, "patient_label")


# --- Lista patient (R-LI-1) ----------------------------------------------------------------------


class ListPatientDialog(QDialog):
    """The patient's (or a guardian's) choice of this clinic, with consent: `list_patient`."""

    listed = Signal(object)  # ListingResult

    def __init__(self, ctx: ServiceContext, form: ListingForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = form
        self.result_: ListingResult | None = None
        self.setWindowTitle(self.tr("Lista patient"))
        self.setAccessibleName(self.tr("Lista patient"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        header = _header(form.name, form.personnummer, form.protected)
        intro = _note(
            self.tr("Patienten (eller en vårdnadshavare) väljer kliniken och samtycker till listningen (R-LI-1)."))
        protected_note = _note(
            self.tr("Skyddad identitet: listningen sparas bara här och skickas aldrig till regionens "
            "listningssystem (R-TG-4).") if form.protected else "", "protected_note")
        protected_note.setVisible(form.protected)

        # Who consents: every choice exists from the start and is enabled by the consent date.
        self.giver_box = QGroupBox(self.tr("Samtycke lämnat av"))
        self.giver_box.setAccessibleName(self.tr("Samtycke lämnat av"))
        self.givers = QButtonGroup(self)
        self.givers.setExclusive(True)
        self.giver_buttons: dict[str, QRadioButton] = {}
        giver_layout = QVBoxLayout(self.giver_box)
        for position, guardian in sorted(form.guardians.items()):
            code = f"vardnadshavare{position}"
            button = QRadioButton(
                self.tr("Vårdnadshavare &{position}: {guardian}").format(position=position, guardian=guardian),
                objectName=f"giver_{code}")
            button.setAccessibleName(
                self.tr("Vårdnadshavare {position}: {guardian}").format(position=position, guardian=guardian))
            self.giver_buttons[code] = button
        if self._adult_possible():  # 18 today: the patient consents (earlier dates: a guardian did)
            patient_button = QRadioButton(self.tr("&Patienten själv: {name}").format(name=form.name),
                                          objectName="giver_patient")
            patient_button.setAccessibleName(self.tr("Patienten själv: {name}").format(name=form.name))
            self.giver_buttons["patient"] = patient_button
        for button in self.giver_buttons.values():
            self.givers.addButton(button)
            giver_layout.addWidget(button)
        self.giver_hint = _note("", "giver_hint")
        self.giver_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        giver_layout.addWidget(self.giver_hint)

        self.date_edit = date_edit(ctx.today, minimum=form.birth_date, maximum=ctx.today,
                                   name=self.tr("Datum för samtycket"), object_name="consent_date")
        date_label = QLabel(self.tr("&Datum för samtycket:"))
        date_label.setBuddy(self.date_edit)
        self.method_box = combo([(code, domain_text(label)) for code, label in CONSENT_METHODS.items()],
                                placeholder=self.tr("Välj hur …"),
                                name=self.tr("Hur samtycket lämnades"),
                                object_name="consent_method")
        method_label = QLabel(self.tr("&Hur samtycket lämnades:"))
        method_label.setBuddy(self.method_box)
        self.dentist_box = combo(form.dentists, placeholder=self.tr("Välj tandläkare …") if form.dentists
                                 else self.tr("Ingen tandläkare registrerad"), name=self.tr("Ansvarig tandläkare"),
                                 object_name="responsible_dentist")
        index = self.dentist_box.findData(form.current_dentist) if form.current_dentist else -1
        self.dentist_box.setCurrentIndex(index)
        dentist_label = QLabel(self.tr("Ansvarig &tandläkare:"))
        dentist_label.setBuddy(self.dentist_box)

        self.care_start_label = QLabel(objectName="care_start_label")
        self.care_start_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.stop_note = _note(self._stop_text(form.stop), "stop_note")
        self.message = MessageLabel("message_label", lines=3)

        form_layout = QFormLayout()
        form_layout.addRow(date_label, self.date_edit)
        form_layout.addRow(method_label, self.method_box)
        form_layout.addRow(dentist_label, self.dentist_box)
        form_layout.addRow("", self.care_start_label)

        self.buttons, self.ok_button = _buttons(self.tr("&Lista patienten"), self.tr("Lista patienten"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(intro)
        layout.addWidget(protected_note)
        layout.addWidget(self.giver_box)
        layout.addLayout(form_layout)
        layout.addWidget(self.stop_note)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.date_edit.dateChanged.connect(self._date_changed)
        self._date_changed()
        blocked = None  # why nothing can be saved, if so
        if form.listed_by_choice:
            blocked = QCoreApplication.translate("listing_dialogs", ALREADY_LISTED_TEXT)
        elif not form.guardians and not self._adult_possible():
            blocked = QCoreApplication.translate("listing_dialogs", NO_GUARDIAN_TEXT)
        self.blocked = blocked
        if blocked:
            self.message.show_error(blocked)
            self.ok_button.hide()
            for widget in (self.giver_box, self.date_edit, self.method_box, self.dentist_box):
                widget.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Stäng"))
        self.stop_note.setVisible(bool(self.stop_note.text()))
        settle(self, 46)
        self._focus_first()

    # --- state ----------------------------------------------------------------------------------
    def consent_date(self) -> date:
        return self.date_edit.date().toPython()

    def giver(self) -> str | None:
        checked = self.givers.checkedButton()
        return next((code for code, b in self.giver_buttons.items() if b is checked), None)

    def method(self) -> str | None:
        return self.method_box.currentData()

    def dentist(self) -> str | None:
        return self.dentist_box.currentData()

    def _adult_possible(self) -> bool:
        """Is the patient 18 on the latest possible consent date (today)?"""
        return any(code == "patient" for code, _label in view_service.consent_givers(self.form, self.ctx.today))

    def _date_changed(self) -> None:
        on = self.consent_date()
        allowed = {code for code, _label in view_service.consent_givers(self.form, on)}
        for code, button in self.giver_buttons.items():
            button.setEnabled(code in allowed)
            if button.isChecked() and code not in allowed:
                self.givers.setExclusive(False)
                button.setChecked(False)
                self.givers.setExclusive(True)
        if allowed == {"patient"}:
            self.giver_buttons["patient"].setChecked(True)
            hint = self.tr("Patienten är 18 år eller äldre på samtyckesdagen och samtycker själv (R-LI-1).")
        elif allowed:
            hint = self.tr("Patienten är under 18 år på samtyckesdagen: en vårdnadshavare samtycker (R-LI-1).")
        else:
            hint = QCoreApplication.translate("listing_dialogs", NO_GUARDIAN_TEXT)
        self.giver_hint.setText(hint)
        self.giver_hint.setAccessibleName(hint)
        start = view_service.care_starts_on(self.ctx, on)
        text = self.tr("Vårdansvaret börjar {start} (R-LI-3).").format(start=start.isoformat())
        self.care_start_label.setText(text)
        self.care_start_label.setAccessibleName(text)

    @staticmethod
    def _stop_text(stop: StopInfo | None) -> str:
        if stop is None:
            return ""
        until = (QCoreApplication.translate("ListPatientDialog", " till och med {end_date}").format(
                     end_date=stop.end_date.isoformat()) if stop.end_date else "")
        return (QCoreApplication.translate("ListPatientDialog",
                                           "Obs! Kliniken har listningsstopp från {start_date}{until} (R-LI-5): nya "
                                           "val under stoppet tas inte emot.").format(
                    start_date=stop.start_date.isoformat(), until=until))

    def _focus_first(self) -> None:
        checked = self.givers.checkedButton()
        target = checked or next((b for b in self.giver_buttons.values() if b.isEnabled()), None)
        (target or self.method_box).setFocus(Qt.FocusReason.OtherFocusReason)

    # --- saving ---------------------------------------------------------------------------------
    def save(self) -> None:
        if self.blocked:
            return  # nothing may be saved (already listed, or nobody who can consent)
        giver, method, dentist = self.giver(), self.method(), self.dentist()
        if giver is None:
            self._refuse(self.tr("Välj vem som lämnade samtycket (R-LI-1)."), self._first_enabled_giver())
            return
        if method is None:
            self._refuse(self.tr("Välj hur samtycket lämnades: på plats, telefon, papper eller e-tjänst (R-LI-1)."),
                         self.method_box)
            return
        if dentist is None and self.form.dentists:
            self._refuse(self.tr("Välj patientens ansvariga tandläkare (R-LI-6)."), self.dentist_box)
            return
        try:
            result = listing_service.list_patient(
                self.ctx, self.form.patient_id, giver=giver, consent_date=self.consent_date(), method=method,
                responsible_dentist=dentist,
            )
        except Exception as exc:  # refusals and failures alike: shown here, nothing typed is lost
            if not hasattr(exc, "message"):
                log.exception("listing patient %s failed", self.form.patient_id)
            self._refuse(refusal_text(exc))
            return
        self.result_ = result
        self.listed.emit(result)
        self.accept()

    def _first_enabled_giver(self) -> QWidget | None:
        return next((b for b in self.giver_buttons.values() if b.isEnabled()), None)

    def _refuse(self, text: str, focus: QWidget | None = None) -> None:
        self.message.show_error(text)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)


# --- Avsluta listning ----------------------------------------------------------------------------


def _save_listing(dialog: QDialog, row: ListingRow, action) -> bool:
    """`action(version)` checked against the version the table showed (ui.changed_elsewhere); True
    when saved. Keeping the other workstation's save closes the dialog and asks for a reload."""
    outcome = save_with_conflict_check(dialog, lambda versions: action(versions[row.listing_id]),
                                       {row.listing_id: row.row_version})
    if outcome == KEPT:
        dialog.kept_saved.emit(QCoreApplication.translate("changed_elsewhere", KEPT_TEXT))
        dialog.reject()
    return outcome not in (KEPT, CANCELLED)


def _listing_text(row: ListingRow) -> str:
    kind = domain_text(LISTING_TYPE_LABELS.get(row.listing_type, row.listing_type))
    return QCoreApplication.translate("listing_dialogs", "{kind}, {status}, från {start_date}").format(
        kind=kind, status=domain_text(row.status_label).lower(), start_date=row.start_date.isoformat())


class EndListingDialog(QDialog):
    """End a current listing with an end date and a reason (never felregistrering: see Rätta)."""

    kept_saved = Signal(str)  # another workstation's save was kept: a status text, the view reloads

    def __init__(self, ctx: ServiceContext, row: ListingRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.setWindowTitle(self.tr("Avsluta listning"))
        self.setAccessibleName(self.tr("Avsluta listning"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        header = _header(row.name, row.personnummer, row.protected)
        what = _note(self.tr("Listning: {listing}.").format(listing=_listing_text(row)), "listing_label")
        self.date_edit = date_edit(ctx.today, minimum=date.fromordinal(row.start_date.toordinal() - 1),
                                   name=self.tr("Slutdatum"), object_name="end_date")
        date_label = QLabel(self.tr("Slut&datum:"))
        date_label.setBuddy(self.date_edit)
        self.reason_box = combo(list(END_CHOICES.items()), placeholder=self.tr("Välj orsak …"),
                                name=self.tr("Orsak till att listningen avslutas"), object_name="end_reason")
        reason_label = QLabel(self.tr("&Orsak:"))
        reason_label.setBuddy(self.reason_box)
        note = _note(self.tr("Slutdatumet är listningens sista dag. Avslutet sparas här och skickas inte till "
                             "regionen, som får samma uppgift från folkbokföringen (R-LI-4). Var listningen fel "
                             "från början: använd Rätta (felregistrerad) i stället."))
        self.message = MessageLabel("message_label", lines=3)
        self.buttons, self.ok_button = _buttons(self.tr("&Avsluta listningen"), self.tr("Avsluta listningen"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(date_label, self.date_edit)
        form.addRow(reason_label, self.reason_box)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        settle(self, 44)
        self.reason_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        reason = self.reason_box.currentData()
        if reason is None:
            self.message.show_error(self.tr("Välj varför listningen avslutas."))
            self.reason_box.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            saved = _save_listing(self, self.row, lambda version: listing_service.end_listing(
                self.ctx, self.row.listing_id, reason=reason, end_date=self.date_edit.date().toPython(),
                expected_version=version))
        except Exception as exc:
            if not hasattr(exc, "message"):
                log.exception("ending listing %s failed", self.row.listing_id)
            self.message.show_error(refusal_text(exc))
            return
        if saved:
            self.accept()


# --- Rätta (felregistrerad) ----------------------------------------------------------------------


class CorrectListingDialog(QDialog):
    """Mark a listing registered by mistake as entered-in-error, after confirmation."""

    kept_saved = Signal(str)  # another workstation's save was kept: a status text, the view reloads

    def __init__(self, ctx: ServiceContext, row: ListingRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.sent_to_region: bool | None = None
        self.setWindowTitle(self.tr("Rätta felregistrerad listning"))
        self.setAccessibleName(self.tr("Rätta felregistrerad listning"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        header = _header(row.name, row.personnummer, row.protected)
        question = _bold(self.tr("Markera listningen som felregistrerad?"), "question_label")
        what = _note(
            self.tr("Listning: {listing}. Den räknas då inte längre som listning, inte heller i antalet listade per "
                    "månad (R-LI-8; redan sparade månader ändras inte). Det går inte att ångra.").format(
                listing=_listing_text(row)),
            "listing_label")
        if row.protected:
            where = (self.tr("Patienten har skyddad identitet: rättelsen sparas bara här och skickas inte till "
                     "regionen (R-TG-4)."))
        else:
            where = self.tr("Rättelsen skickas till regionens listningssystem.")
        self.where_label = _note(where, "where_label")
        self.message = MessageLabel("message_label", lines=2)
        self.buttons, self.ok_button = _buttons(self.tr("&Markera som felregistrerad"),
                                                self.tr("Markera som felregistrerad"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(question)
        layout.addWidget(what)
        layout.addWidget(self.where_label)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        settle(self, 42)
        self.ok_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        def correct(version: int) -> None:
            self.sent_to_region = listing_service.correct_listing(self.ctx, self.row.listing_id,
                                                                  expected_version=version)
        try:
            saved = _save_listing(self, self.row, correct)
        except Exception as exc:
            if not hasattr(exc, "message"):
                log.exception("correcting listing %s failed", self.row.listing_id)
            self.message.show_error(refusal_text(exc))
            return
        if saved:
            self.accept()


# --- Listningsstopp (R-LI-5) ---------------------------------------------------------------------


class ListingStopDialog(QDialog):
    """Show the listing stop and the choice-listing count; declare a stop, or lift the current one."""

    changed = Signal(str)  # what was done, for the status bar

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.overview: StopOverview | None = None
        self.setWindowTitle(self.tr("Listningsstopp"))
        self.setAccessibleName(self.tr("Listningsstopp"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        intro = _note(self.tr("Har kliniken inte plats för fler än de listade kan den anmäla listningsstopp till "
                      "beställaren. Under stoppet tas inga nya val emot (R-LI-5)."))
        self.stop_label = _bold("", "stop_label")
        self.stop_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.count_label = _note("", "count_label")
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for label in (self.stop_label, self.count_label):
            label.setMinimumHeight(2 * label.fontMetrics().lineSpacing() + 4)

        # Declare (no stop now) or lift (a stop in force or coming): one page each, same size.
        self.pages = QStackedWidget(objectName="stop_pages")
        declare_page = QWidget()
        self.declare_date = date_edit(ctx.today, minimum=ctx.today, name=self.tr("Listningsstopp från och med"),
                                      object_name="declare_date")
        declare_label = QLabel(self.tr("&Från och med:"))
        declare_label.setBuddy(self.declare_date)
        self.note_field = QLineEdit(objectName="stop_note_field")
        self.note_field.setAccessibleName(self.tr("Anteckning till beställaren"))
        self.note_field.setPlaceholderText(self.tr("t.ex. ingen plats för fler patienter före hösten"))
        note_label = QLabel(self.tr("&Anteckning:"))
        note_label.setBuddy(self.note_field)
        self.declare_button = QPushButton(self.tr("A&nmäl listningsstopp"), objectName="declare_button")
        self.declare_button.setAccessibleName(self.tr("Anmäl listningsstopp"))
        self.declare_button.clicked.connect(self.declare)
        declare_form = QFormLayout(declare_page)
        declare_form.addRow(declare_label, self.declare_date)
        declare_form.addRow(note_label, self.note_field)
        declare_form.addRow("", self.declare_button)

        lift_page = QWidget()
        self.lift_date = date_edit(ctx.today, name=self.tr("Stoppet gäller till och med"), object_name="lift_date")
        lift_label = QLabel(self.tr("Gäller till &och med:"))
        lift_label.setBuddy(self.lift_date)
        self.lift_button = QPushButton(self.tr("&Upphäv listningsstopp"), objectName="lift_button")
        self.lift_button.setAccessibleName(self.tr("Upphäv listningsstopp"))
        self.lift_button.clicked.connect(self.lift)
        lift_form = QFormLayout(lift_page)
        lift_form.addRow(lift_label, self.lift_date)
        lift_form.addRow("", self.lift_button)
        lift_form.addRow(_note(self.tr("Dagen efter tas nya val emot igen. Beställaren får ett meddelande."), ""))
        self.pages.addWidget(declare_page)
        self.pages.addWidget(lift_page)

        self.message = MessageLabel("message_label", lines=3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Stäng"))
        close.setAccessibleName(self.tr("Stäng (Esc)"))
        close.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.stop_label)
        layout.addWidget(self.count_label)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.reload()
        settle(self, 46)

    # --- state ----------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.overview = view_service.stop_overview(self.ctx)
        except Exception as exc:
            log.exception("reading the listing stop failed")
            self.message.show_error(refusal_text(exc))
            return
        o = self.overview
        if o.stop is None:
            stop_text = self.tr("Inget listningsstopp. Kliniken tar emot nya val.")
        else:
            until = (self.tr(" till och med {end_date}").format(end_date=o.stop.end_date.isoformat()) if o.stop.end_date
                     else self.tr(" tills vidare"))
            stop_text = self.tr("Listningsstopp från {start_date}{until} (anmält med {count} listade genom eget "
                                "val).").format(start_date=o.stop.start_date.isoformat(),
                                                until=until,
                                                count=SWEDISH.toString(o.stop.listed_count))
        count_text = (
            self.tr("Listade genom eget val i dag: {count}. Minst {minimum} krävs för att anmäla listningsstopp "
                    "(R-LI-5).").format(count=SWEDISH.toString(o.choice_count), minimum=o.minimum))
        for label, text in ((self.stop_label, stop_text), (self.count_label, count_text)):
            label.setText(text)
            label.setAccessibleName(text)
        lifting = o.stop is not None
        self.pages.setCurrentIndex(1 if lifting else 0)
        if lifting:
            self.lift_date.setMinimumDate(to_qdate(o.stop.start_date))
            self.lift_date.setDate(to_qdate(max(self.ctx.today, o.stop.start_date)))
        # Enter does what the page offers.
        self.declare_button.setDefault(not lifting)
        self.lift_button.setDefault(lifting)
        (self.lift_date if lifting else self.declare_date).setFocus(Qt.FocusReason.OtherFocusReason)

    # --- actions --------------------------------------------------------------------------------
    def declare(self) -> None:
        start = self.declare_date.date().toPython()
        note = self.note_field.text().strip() or None
        try:
            stop = stop_service.declare_listing_stop(self.ctx, start, note)
        except Exception as exc:
            if not hasattr(exc, "message"):
                log.exception("declaring a listing stop failed")
            self.message.show_error(refusal_text(exc))
            return
        self.note_field.clear()
        self.reload()
        text = (self.tr("Listningsstopp anmält från {start_date}. Meddelandet till beställaren är köat för "
                        "regionens listningssystem.").format(start_date=stop.start_date.isoformat()))
        self.message.show_info(text)
        self.changed.emit(text)

    def lift(self) -> None:
        if self.overview is None or self.overview.stop is None:
            return
        stop = self.overview.stop
        end = self.lift_date.date().toPython()
        try:  # over a change made elsewhere: both versions and a choice (issue 10)
            outcome = save_with_conflict_check(self, lambda versions: stop_service.lift_listing_stop(
                self.ctx, stop.id, end, expected_version=versions[stop.id]), {stop.id: stop.row_version})
        except Exception as exc:
            if not hasattr(exc, "message"):
                log.exception("lifting the listing stop failed")
            self.message.show_error(refusal_text(exc))
            return
        if outcome == CANCELLED:  # the date chosen stays, and so does the version shown
            self.message.show_error(self.tr("Ingenting sparades. Datumet du valde finns kvar."))
            return
        self.reload()
        if outcome == KEPT:
            self.message.show_error(self.tr("{not_saved} Listningsstoppet visas nu som det är sparat.").format(
                                        not_saved=QCoreApplication.translate("changed_elsewhere", KEPT_TEXT)))
            return
        text = (self.tr("Listningsstoppet gäller till och med {end}. Meddelandet till beställaren är köat för "
                        "regionens listningssystem.").format(end=end.isoformat()))
        self.message.show_info(text)
        self.changed.emit(text)
