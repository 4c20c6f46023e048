"""Registrera undersökning: one examination of the open patient, entered with the keyboard.

A revision by a dentist or hygienist (risk 0-2 in four domains, the overall risk group and the
planned interval, R-RV-1, R-RV-10), or a dental nurse's tandhälsokontroll (no risk, no interval,
never reported: R-RV-5). While values change, `examinations.check` tells what cannot be stored
(errors: Spara is disabled) and which rules the examination breaks (flags: it is stored and marked
with the rule id, R-RV-2, R-RV-6, R-RV-7). The planned interval follows the rule set's suggestion
for the risk group and age (R-RV-10, never above the R-RV-2 cap) until the user changes it.

Enter saves, Esc cancels. The size is settled before the dialog is shown (listing_dialogs.settle);
texts that change live in room reserved for them, so the dialog never jumps while typing.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain.dates import age_on
from klinik_app.domain.examination import (
    DENTIST,
    HYGIENIST,
    MAX_INTERVAL_MONTHS,
    NURSE,
    REVISION_ROLES,
    RISK_FIELDS,
    RISK_LABELS,
    RISK_VALUES,
    TOBACCO_VALUES,
    ExamCheck,
    ExamInput,
    ExamIssue,
    Risks,
    overall_risk,
    suggested_interval,
)
from klinik_app.domain.permissions import EXAM_HEALTH_CHECK, EXAM_REVISION
from klinik_app.services import examinations
from klinik_app.services.context import ServiceContext
from klinik_app.services.examinations import ExamRefused, RecordedExam
from klinik_app.services.permissions import may
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import show_error, shown_text, translated
from klinik_app.ui.listing_dialogs import date_edit, settle

log = logging.getLogger(__name__)

ROLE_CHOICES = (
    (DENTIST, QT_TRANSLATE_NOOP("examination_form", "Tandläkare")),
    (HYGIENIST, QT_TRANSLATE_NOOP("examination_form", "Tandhygienist")),
    (NURSE, QT_TRANSLATE_NOOP("examination_form", "Tandsköterska (tandhälsokontroll)")),
)
TOBACCO_LABELS = {"ingen": QT_TRANSLATE_NOOP("examination_form", "ingen"),
                  "rokning": QT_TRANSLATE_NOOP("examination_form", "rökning"),
                  "snus": QT_TRANSLATE_NOOP("examination_form", "snus"),
                  "rokning-och-snus": QT_TRANSLATE_NOOP("examination_form", "rökning och snus")}
RISK_MNEMONICS = {"caries": QT_TRANSLATE_NOOP("examination_form", "&Karies"),
                  "periodontal": QT_TRANSLATE_NOOP("examination_form", "&Parodontit"),
                  "general": QT_TRANSLATE_NOOP("examination_form", "&Allmän"),
                  "technical": QT_TRANSLATE_NOOP("examination_form", "&Teknisk")}
NOT_GIVEN = QT_TRANSLATE_NOOP("examination_form", "ej angivet")
DEFT_MAX, DFT_MAX = 20, 32  # primary teeth, permanent teeth

ROLE_NOTES = {
    DENTIST: QT_TRANSLATE_NOOP("examination_form",
                               "Revisionsundersökning av tandläkare: räknas som revision och som "
                               "tandläkarundersökning (R-RV-3, R-RV-5)."),
    HYGIENIST: QT_TRANSLATE_NOOP("examination_form",
                                 "Revisionsundersökning av tandhygienist: räknas som revision men inte som "
                                 "tandläkarundersökning (R-RV-5)."),
    NURSE: QT_TRANSLATE_NOOP("examination_form",
                             "Tandhälsokontroll av tandsköterska: ingen revision. Risk och intervall bedöms inte, "
                             "och kontrollen rapporteras inte till regionen (R-RV-5)."),
}
REPORTED_NOTE = QT_TRANSLATE_NOOP("examination_form", " Revisionen rapporteras till regionen (R-RV-8).")
PROTECTED_NOTE = QT_TRANSLATE_NOOP("examination_form",
                                   " Skyddad identitet: sparas bara här, skickas inte till regionen (R-TG-4).")

QUEUED_TEXT = QT_TRANSLATE_NOOP("examination_form", "Revisionen är köad för rapport till regionen (R-RV-8).")
PROTECTED_TEXT = QT_TRANSLATE_NOOP(
    "examination_form", "Skyddad identitet: revisionen sparas bara här och skickas inte till regionen (R-TG-4).")
NURSE_TEXT = QT_TRANSLATE_NOOP(
    "examination_form", "En tandhälsokontroll räknas inte som revision och rapporteras inte till regionen (R-RV-5).")

_HSA_IN_PARENTHESES = re.compile(r"\(([^()]+)\)\s*$")


@dataclass(frozen=True, slots=True)
class ExamPatient:
    """Who is examined: what the dialog's header shows and the ages are counted from."""

    patient_id: int
    name: str
    personnummer: str
    birth_date: date
    protected: bool

    @classmethod
    def from_card(cls, card) -> ExamPatient:
        return cls(card.id, f"{card.first_name} {card.last_name}", card.personnummer, card.birth_date, card.protected)


def saved_message(result: RecordedExam, role: str, protected: bool) -> str:
    """What the status bar and the card say once the examination is stored."""
    text = QCoreApplication.translate("examination_form",
                                      "Undersökningen är sparad. Nästa revision: {explanation}").format(
        explanation=shown_text(result.explanation))
    if result.flags:
        rules = " ".join(sorted({f.rule for f in result.flags if f.rule}))
        text += QCoreApplication.translate("examination_form", " Sparad med regelbrott {rules}.").format(rules=rules)
    if result.queued_for_region:
        return f"{text} {QCoreApplication.translate('examination_form', QUEUED_TEXT)}"
    if role not in REVISION_ROLES:
        return f"{text} {QCoreApplication.translate('examination_form', NURSE_TEXT)}"
    if protected:
        return f"{text} {QCoreApplication.translate('examination_form', PROTECTED_TEXT)}"
    return text


def _plain(text: str = "", object_name: str = "", *, bold: bool = False) -> QLabel:
    label = QLabel(text, objectName=object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    label.setAccessibleName(text)
    return label


def _reserved(label: QLabel, lines: int) -> QLabel:
    """Room for a text that changes: fixed height, top-aligned, never widening the dialog."""
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setFixedHeight(lines * label.fontMetrics().lineSpacing() + 2)
    return label


def _set_text(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setAccessibleName(text)


def _optional_count(maximum: int, name: str, object_name: str) -> QSpinBox:
    """0..maximum, or "ej angivet" (the value -1): an index not recorded is stored empty."""
    spin = QSpinBox(objectName=object_name)
    spin.setRange(-1, maximum)
    spin.setSpecialValueText(QCoreApplication.translate("examination_form", NOT_GIVEN))
    spin.setValue(-1)
    spin.setAccessibleName(name)
    spin.setToolTip(
        QCoreApplication.translate("examination_form",
                                   "Heltal 0–{maximum}, eller {not_given} (pil ned till början).").format(
            maximum=maximum, not_given=QCoreApplication.translate("examination_form", NOT_GIVEN)))
    return spin


class ExaminationDialog(QDialog):
    """Enter one examination of `patient`; `saved` carries the RecordedExam and the message to show."""

    saved = Signal(object, str)  # RecordedExam, the Swedish sentence for the status bar and the card

    def __init__(self, ctx: ServiceContext, patient: ExamPatient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.patient = patient
        self.result_: RecordedExam | None = None
        self.last_check: ExamCheck | None = None
        self.interval_edited = False  # the user's own interval: the suggestion no longer follows
        self._suggesting = False
        self._suggestion: int | None = None
        self._stashed: tuple[list[int], int, bool] | None = None  # risks and interval kept during a tandhälsokontroll
        self.setWindowTitle(self.tr("Registrera undersökning"))
        self.setAccessibleName(self.tr("Registrera undersökning"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        header_text = f"{patient.name}, {patient.personnummer}"
        if patient.protected:
            header_text += self.tr(" – skyddad identitet")
        header = _plain(header_text, "patient_label", bold=True)

        # --- who and when ----------------------------------------------------------------------
        self.date_edit = date_edit(ctx.today, minimum=patient.birth_date, maximum=ctx.today,
                                   name=self.tr("Undersökningsdatum"), object_name="exam_date")
        date_label = QLabel(self.tr("&Datum:"))
        date_label.setBuddy(self.date_edit)
        self.age_label = _plain("", "age_label")
        self.age_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.age_label, 1)

        self.role_box = QComboBox(objectName="exam_role")
        for code, label in ROLE_CHOICES:  # only what the user may record (R-RV-5; the service checks too)
            if may(ctx, EXAM_REVISION if code in REVISION_ROLES else EXAM_HEALTH_CHECK):
                self.role_box.addItem(QCoreApplication.translate("examination_form", label), code)
        self.role_box.setAccessibleName(self.tr("Undersökarens roll"))
        role_label = QLabel(self.tr("Undersökarens &roll:"))
        role_label.setBuddy(self.role_box)

        self.all_examiners = self._read_examiners()
        self.examiner_box = QComboBox(objectName="examiner")
        self.examiner_box.setEditable(True)
        self.examiner_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.examiner_box.lineEdit().setPlaceholderText(self.tr("Namn eller HSA-id"))
        self.examiner_box.setAccessibleName(self.tr("Undersökare"))
        self.examiner_box.lineEdit().setAccessibleName(self.tr("Undersökare"))
        self.examiner_box.setToolTip(
            self.tr("Välj i listan eller skriv undersökarens HSA-id, t.ex. SE2321000222-T0001."))
        self.examiner_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.examiner_box.setMinimumContentsLength(36)
        examiner_label = QLabel(self.tr("&Undersökare:"))
        examiner_label.setBuddy(self.examiner_box)
        self.role_note = _reserved(_plain("", "role_note"), 3)

        who = QFormLayout()
        who.addRow(date_label, date_row)
        who.addRow(role_label, self.role_box)
        who.addRow(examiner_label, self.examiner_box)
        who.addRow("", self.role_note)

        # --- risk and interval (R-RV-1, R-RV-2, R-RV-10) ---------------------------------------
        self.risk_group_box = QGroupBox(self.tr("Riskbedömning och revisionsintervall (R-RV-10)"),
                                        objectName="risk_group_box")
        self.risk_group_box.setAccessibleName(self.tr("Riskbedömning och revisionsintervall"))
        self.risk_boxes: dict[str, QComboBox] = {}
        risk_grid = QGridLayout()
        for column, name in enumerate(RISK_FIELDS):
            box = QComboBox(objectName=f"risk_{name}")
            box.setPlaceholderText("–")
            for value in RISK_VALUES:
                box.addItem(str(value), value)
            box.setCurrentIndex(-1)
            box.setAccessibleName(self.tr("Risk för {area}").format(area=domain_text(RISK_LABELS[name])))
            box.setToolTip(
                self.tr("Risk för {area}: 0, 1 eller 2 (skriv siffran).").format(area=domain_text(RISK_LABELS[name])))
            label = QLabel(QCoreApplication.translate("examination_form", RISK_MNEMONICS[name]) + ":")
            label.setBuddy(box)
            risk_grid.addWidget(label, 0, 2 * column)
            risk_grid.addWidget(box, 0, 2 * column + 1)
            risk_grid.setColumnStretch(2 * column + 1, 1)
            self.risk_boxes[name] = box
        self.risk_group_label = _plain("", "risk_group_label", bold=True)

        self.interval_spin = QSpinBox(objectName="interval")
        self.interval_spin.setRange(0, MAX_INTERVAL_MONTHS)
        self.interval_spin.setSpecialValueText("–")
        self.interval_spin.setSuffix(self.tr(" mån"))
        self.interval_spin.setAccessibleName(self.tr("Planerat revisionsintervall i månader"))
        self.interval_spin.setToolTip(
            self.tr("Månader till nästa revision, 1–72. Föreslås av riskgruppen tills du ändrar det."))
        interval_label = QLabel(self.tr("Planerat &intervall:"))
        interval_label.setBuddy(self.interval_spin)
        self.suggest_button = QPushButton(self.tr("Använd förs&lag"), objectName="suggest_button")
        self.suggest_button.setAccessibleName(self.tr("Använd det föreslagna intervallet"))
        self.suggest_button.setAutoDefault(False)
        self.suggest_button.clicked.connect(self.use_suggestion)
        self.suggestion_label = _reserved(_plain("", "suggestion_label"), 1)
        interval_row = QHBoxLayout()
        interval_row.addWidget(self.interval_spin)
        interval_row.addWidget(self.suggest_button)
        interval_row.addWidget(self.suggestion_label, 1)
        self.cap_label = _reserved(_plain("", "cap_label"), 1)

        risk_form = QFormLayout(self.risk_group_box)
        risk_form.addRow(risk_grid)
        risk_form.addRow(self.tr("Riskgrupp:"), self.risk_group_label)
        risk_form.addRow(interval_label, interval_row)
        risk_form.addRow("", self.cap_label)

        # --- dental health data -----------------------------------------------------------------
        self.deft_spin = _optional_count(DEFT_MAX, self.tr("deft (mjölktänder)"), "deft")
        deft_label = QLabel(self.tr("d&eft:"))
        deft_label.setBuddy(self.deft_spin)
        self.dft_spin = _optional_count(DFT_MAX, self.tr("DFT (permanenta tänder)"), "dft")
        dft_label = QLabel(self.tr("D&FT:"))
        dft_label.setBuddy(self.dft_spin)
        index_row = QHBoxLayout()
        index_row.addWidget(self.deft_spin)
        index_row.addSpacing(12)
        index_row.addWidget(dft_label)
        index_row.addWidget(self.dft_spin)
        index_row.addStretch(1)

        self.tobacco_box = QComboBox(objectName="tobacco")
        self.tobacco_box.addItem(f"– ({QCoreApplication.translate('examination_form', NOT_GIVEN)})", None)
        for code in TOBACCO_VALUES:
            self.tobacco_box.addItem(QCoreApplication.translate("examination_form", TOBACCO_LABELS[code]), code)
        self.tobacco_box.setAccessibleName(self.tr("Tobaksvanor"))
        tobacco_label = QLabel(self.tr("T&obak:"))
        tobacco_label.setBuddy(self.tobacco_box)
        self.tobacco_hint = _reserved(_plain("", "tobacco_hint"), 1)
        tobacco_row = QHBoxLayout()
        tobacco_row.addWidget(self.tobacco_box)
        tobacco_row.addWidget(self.tobacco_hint, 1)

        self.bite_check = QCheckBox(self.tr("&Bettutvecklingskontroll gjord"), objectName="bite_check")
        self.bite_check.setAccessibleName(self.tr("Bettutvecklingskontroll gjord"))
        self.bite_hint = _reserved(_plain("", "bite_hint"), 1)
        bite_row = QHBoxLayout()
        bite_row.addWidget(self.bite_check)
        bite_row.addWidget(self.bite_hint, 1)

        data = QFormLayout()
        data.addRow(deft_label, index_row)
        data.addRow(tobacco_label, tobacco_row)
        data.addRow("", bite_row)

        # --- what the check says ----------------------------------------------------------------
        self.summary_icon = QLabel(objectName="summary_icon")
        self.summary_label = _reserved(_plain("", "summary_label", bold=True), 1)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary_icon, 0, Qt.AlignmentFlag.AlignTop)
        summary_row.addWidget(self.summary_label, 1)
        self.issue_list = QListWidget(objectName="issue_list")
        self.issue_list.setAccessibleName(self.tr("Kontroll av undersökningen"))
        self.issue_list.setWordWrap(True)
        self.issue_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.issue_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.issue_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.issue_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.issue_list.setFixedHeight(5 * self.fontMetrics().lineSpacing() + 12)
        checks = QGroupBox(self.tr("Kontroll"), objectName="check_box")
        checks.setAccessibleName(self.tr("Kontroll"))
        check_layout = QVBoxLayout(checks)
        check_layout.addLayout(summary_row)
        check_layout.addWidget(self.issue_list)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.ok_button.setText(self.tr("&Spara"))
        self.ok_button.setAccessibleName(self.tr("Spara undersökningen (Enter)"))
        self.ok_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Avbryt"))
        cancel.setAccessibleName(self.tr("Avbryt (Esc)"))
        cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addLayout(who)
        layout.addWidget(self.risk_group_box)
        layout.addLayout(data)
        layout.addWidget(checks)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        # Tab order top to bottom (the risk grid is filled column by column, so set it explicitly).
        chain = [self.date_edit, self.role_box, self.examiner_box, *self.risk_boxes.values(), self.interval_spin,
                 self.suggest_button, self.deft_spin, self.dft_spin, self.tobacco_box, self.bite_check,
                 self.issue_list, self.ok_button, cancel]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self.fields: dict[str, QWidget] = {
            "examined_on": self.date_edit, "role": self.role_box, "examiner_hsa_id": self.examiner_box,
            **{f"risk_{name}": box for name, box in self.risk_boxes.items()},
            "planned_interval_months": self.interval_spin, "deft": self.deft_spin, "dft": self.dft_spin,
            "tobacco": self.tobacco_box, "bite_check": self.bite_check,
        }

        self._preselect_examiner()
        self.date_edit.dateChanged.connect(self.refresh)
        self.role_box.currentIndexChanged.connect(self._role_changed)
        self.examiner_box.editTextChanged.connect(self.refresh)
        for box in self.risk_boxes.values():
            box.currentIndexChanged.connect(self.refresh)
        self.interval_spin.valueChanged.connect(self._interval_changed)
        for spin in (self.deft_spin, self.dft_spin):
            spin.valueChanged.connect(self.refresh)
        self.tobacco_box.currentIndexChanged.connect(self.refresh)
        self.bite_check.toggled.connect(self.refresh)
        self.refresh()
        settle(self, 56)
        self._focus_first()

    # --- examiners --------------------------------------------------------------------------------
    def _read_examiners(self) -> list[examinations.Examiner]:
        try:
            return examinations.examiners(self.ctx)
        except Exception:  # the list is a help only: a typed HSA-id is accepted
            log.exception("reading the examiners failed")
            return []

    def _fill_examiners(self) -> None:
        role = self.role()
        kept = self.examiner_hsa_id()
        self.examiner_box.blockSignals(True)
        self.examiner_box.clear()
        for examiner in self.all_examiners:
            if examiner.role == role:
                self.examiner_box.addItem(f"{examiner.name} ({examiner.hsa_id})", examiner.hsa_id)
        index = self.examiner_box.findData(kept) if kept else -1
        self.examiner_box.setCurrentIndex(index)
        if index < 0:
            # Someone typed who is not on the list: keep the typing, it may be a valid HSA-id.
            known = {e.hsa_id for e in self.all_examiners}
            self.examiner_box.setEditText("" if kept in known else (kept or ""))
        self.examiner_box.blockSignals(False)

    def _preselect_examiner(self) -> None:
        """The user's own role and name when the user examines (a dentist entering her own revision)."""
        me = next((e for e in self.all_examiners if e.hsa_id == self.ctx.actor.user_id), None)
        if me is not None:
            self.role_box.setCurrentIndex(self.role_box.findData(me.role))
        self._fill_examiners()
        if me is not None:
            self.examiner_box.setCurrentIndex(self.examiner_box.findData(me.hsa_id))

    # --- values -----------------------------------------------------------------------------------
    def examined_on(self) -> date:
        return self.date_edit.date().toPython()

    def age(self) -> int:
        return age_on(self.patient.birth_date, self.examined_on())

    def role(self) -> str:
        return self.role_box.currentData()

    def examiner_hsa_id(self) -> str | None:
        """The chosen examiner's HSA-id; typed text is taken as an HSA-id ("Namn (HSA-id)" too)."""
        text = self.examiner_box.currentText().strip()
        if not text:
            return None
        index = self.examiner_box.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.examiner_box.itemData(index)
        found = _HSA_IN_PARENTHESES.search(text)
        return (found.group(1) if found else text).strip().upper()

    def risks(self) -> Risks:
        return Risks(*(self.risk_boxes[name].currentData() for name in RISK_FIELDS))

    def exam_input(self) -> ExamInput:
        role = self.role()
        revision = role in REVISION_ROLES
        interval = self.interval_spin.value() or None
        bite: bool | None = None
        if role == DENTIST:
            if self.bite_check.isChecked():
                bite = True
            elif self.ctx.rules.revision.requires_bite_check(self.age()):
                bite = False  # a 6-13 year old's revision without the check: on record as not done (R-RV-6)
        return ExamInput(
            examined_on=self.examined_on(), role=role, examiner_hsa_id=self.examiner_hsa_id(),
            risks=self.risks() if revision else Risks(), planned_interval_months=interval if revision else None,
            deft=_count(self.deft_spin), dft=_count(self.dft_spin), tobacco=self.tobacco_box.currentData(),
            bite_check=bite,
        )

    # --- live state -------------------------------------------------------------------------------
    def _role_changed(self) -> None:
        self._fill_examiners()
        revision = self.role() in REVISION_ROLES
        if not revision and self._stashed is None:
            # A tandhälsokontroll grades nothing: show empty fields, and give the values back if the role
            # is changed back (nothing typed is lost).
            self._stashed = ([box.currentIndex() for box in self.risk_boxes.values()], self.interval_spin.value(),
                             self.interval_edited)
            self._set_quietly([-1] * len(self.risk_boxes), 0)
        elif revision and self._stashed is not None:
            indexes, interval, self.interval_edited = self._stashed
            self._stashed = None
            self._set_quietly(indexes, interval)
        self.refresh()

    def _set_quietly(self, indexes: list[int], interval: int) -> None:
        for box, index in zip(self.risk_boxes.values(), indexes):
            box.blockSignals(True)
            box.setCurrentIndex(index)
            box.blockSignals(False)
        self._suggesting = True
        self.interval_spin.setValue(interval)
        self._suggesting = False

    def _interval_changed(self) -> None:
        if not self._suggesting:
            self.interval_edited = True
        self.refresh()

    def use_suggestion(self) -> None:
        self.interval_edited = False
        self.refresh()
        self.interval_spin.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Recompute everything shown from the values entered (cheap: one small read for the check)."""
        rules = self.ctx.rules.revision
        age, role = self.age(), self.role()
        revision = role in REVISION_ROLES
        cap = rules.general_cap_months(age)
        _set_text(self.age_label, self.tr("{age} år på undersökningsdagen").format(age=age))
        note = QCoreApplication.translate("examination_form", ROLE_NOTES[role])
        if revision:
            note += (QCoreApplication.translate("examination_form", PROTECTED_NOTE) if self.patient.protected
                     else QCoreApplication.translate("examination_form", REPORTED_NOTE))
        _set_text(self.role_note, note)

        for box in self.risk_boxes.values():
            box.setEnabled(revision)
        self.interval_spin.setEnabled(revision)
        group = overall_risk(self.risks())
        if not revision:
            _set_text(self.risk_group_label, self.tr("bedöms inte vid tandhälsokontroll (R-RV-5)"))
        elif group is None:
            _set_text(self.risk_group_label, self.tr("– (bedöm risk 0–2 i alla fyra områdena)"))
        else:
            _set_text(self.risk_group_label, self.tr("{group} (den högsta av de fyra områdena)").format(group=group))

        self._suggestion = suggested_interval(group, age, self.ctx.rules) if revision and group is not None else None
        if revision and not self.interval_edited:
            self._suggesting = True
            self.interval_spin.setValue(self._suggestion or 0)
            self._suggesting = False
        if not revision:
            suggestion = ""
        elif self._suggestion is None:
            suggestion = self.tr("Förslag när riskgruppen är bedömd.")
        else:
            suggestion = self.tr("Förslag för riskgrupp {group}: {suggestion} mån").format(group=group,
                                                                                           suggestion=self._suggestion)
            if self.interval_edited and self.interval_spin.value() != self._suggestion:
                suggestion += self.tr(" (du har ändrat)")
        _set_text(self.suggestion_label, suggestion)
        self.suggest_button.setEnabled(revision and self.interval_edited and self._suggestion is not None
                                       and self.interval_spin.value() != self._suggestion)
        _set_text(self.cap_label,
                  self.tr("Högst {months} månader vid {age} års ålder (R-RV-2).").format(months=cap, age=age)
                  if revision else "")

        tobacco_needed = rules.requires_tobacco_habits(age)
        _set_text(self.tobacco_hint,
                  self.tr("Krävs från {tobacco_from_age} år (R-RV-7)").format(
                      tobacco_from_age=rules.tobacco_from_age) if tobacco_needed else "")
        self.tobacco_box.setAccessibleDescription(self.tobacco_hint.text())
        self.bite_check.setEnabled(role == DENTIST)
        if role == DENTIST and rules.requires_bite_check(age):
            bite = self.tr("Krävs för {bite_check_min_age}–{bite_check_max_age} år (R-RV-6)").format(
                bite_check_min_age=rules.bite_check_min_age, bite_check_max_age=rules.bite_check_max_age)
        elif role == DENTIST:
            bite = ""
        else:
            bite = self.tr("Görs av tandläkare (R-RV-6)")
        _set_text(self.bite_hint, bite)
        self.bite_check.setAccessibleDescription(bite)

        try:
            result = examinations.check(self.ctx, self.patient.patient_id, self.exam_input())
        except Exception as exc:
            if not hasattr(exc, "message"):
                log.exception("checking an examination of patient %s failed", self.patient.patient_id)
            self.last_check = None
            self._show_failure(translated(exc))
            return
        self.show_check(result)

    # --- the issues area --------------------------------------------------------------------------
    def show_check(self, result: ExamCheck) -> None:
        self.last_check = result
        self.issue_list.clear()
        if result.errors:
            summary = self.tr("Kan inte sparas än: fyll i eller rätta det som står nedan.")
            icon = QStyle.StandardPixmap.SP_MessageBoxCritical
        elif result.flags:
            summary = self.tr("Kan sparas, men sparas med regelbrott {rules}.").format(rules=result.flag_rules)
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning
        else:
            summary = self.tr("Allt är ifyllt enligt reglerna. Enter sparar.")
            icon = QStyle.StandardPixmap.SP_DialogApplyButton
        for issue in result.errors:
            self._add_issue(shown_text(issue.message), QStyle.StandardPixmap.SP_MessageBoxCritical, self.tr("Fel"),
                            issue)
        for issue in result.flags:
            self._add_issue(
                self.tr("Sparas med regelbrott {rule}: {message}").format(rule=issue.rule,
                                                                          message=shown_text(issue.message)),
                QStyle.StandardPixmap.SP_MessageBoxWarning,
                self.tr("Varning"),
                issue)
        self._set_summary(summary, icon)
        self.ok_button.setEnabled(result.ok)

    def _add_issue(self, text: str, icon: QStyle.StandardPixmap, kind: str, issue: ExamIssue | None) -> None:
        item = QListWidgetItem(self.style().standardIcon(icon), text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{kind}: {text}")
        item.setData(Qt.ItemDataRole.UserRole, issue.field if issue else None)
        item.setToolTip(text)
        self.issue_list.addItem(item)

    def _set_summary(self, text: str, icon: QStyle.StandardPixmap) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.summary_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        _set_text(self.summary_label, text)

    def _show_failure(self, text: str) -> None:
        self.issue_list.clear()
        self._add_issue(text, QStyle.StandardPixmap.SP_MessageBoxCritical, self.tr("Fel"), None)
        self._set_summary(self.tr("Kontrollen kunde inte göras."), QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.ok_button.setEnabled(False)

    def issue_texts(self) -> list[str]:
        return [self.issue_list.item(row).text() for row in range(self.issue_list.count())]

    def first_issue_field(self) -> QWidget | None:
        check = self.last_check
        if check is None or not check.errors:
            return None
        return self.fields.get(check.errors[0].field)

    # --- keys and saving --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves; with something missing it goes to the first field to fill in instead."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.ok_button.isEnabled():
            target = self.first_issue_field()
            if target is not None and target.isEnabled():
                target.setFocus(Qt.FocusReason.OtherFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)

    def save(self) -> None:
        exam = self.exam_input()
        if self.last_check is None or not self.last_check.ok:
            return
        try:
            result = examinations.record_examination(self.ctx, self.patient.patient_id, exam)
        except ExamRefused as refused:  # the values changed meanwhile (e.g. the date passed midnight)
            self.show_check(ExamCheck(refused.issues, ()))
            target = self.first_issue_field()
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except Exception as exc:  # a duplicate, a database failure: said in Swedish, nothing typed is lost
            if not hasattr(exc, "message"):
                log.exception("recording an examination of patient %s failed", self.patient.patient_id)
            show_error(self, exc)
            return
        self.result_ = result
        self.saved.emit(result, saved_message(result, exam.role, self.patient.protected))
        self.accept()

    def _focus_first(self) -> None:
        """The first thing to fill in: the examiner, or the risks when the user examines (the date is today)."""
        target = self.risk_boxes["caries"] if self.examiner_hsa_id() else self.examiner_box
        target.setFocus(Qt.FocusReason.OtherFocusReason)


def _count(spin: QSpinBox) -> int | None:
    return None if spin.value() < 0 else spin.value()
