"""The "Akut" page (R-EM-1..3): the emergency visit form, the month's visits with who pays, the
"Betalare okänd" list, the report-back letter (R-EM-2) and the invoice basis per payer.

Recording a visit and retrying unknown payers ask the region over the network: they run as
background tasks, never on the GUI thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain import permissions as perm
from klinik_app.domain.payer import PAYER_KINDS, RESIDENCES
from klinik_app.services import emergency
from klinik_app.services.context import ServiceContext
from klinik_app.services.permissions import may
from klinik_app.ui.area_clinics_dialog import AreaClinicsDialog
from klinik_app.ui.documents import ask_pdf_path
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import show_error
from klinik_app.ui.i18n import translated
from klinik_app.ui.tasks import BackgroundTask
from klinik_app.ui.treatments_dialog import open_treatments_dialog
from klinik_app.ui.pages import add_page

COLUMNS = (QT_TRANSLATE_NOOP("emergency_view", "Datum"),
           QT_TRANSLATE_NOOP("emergency_view", "Patient"),
           QT_TRANSLATE_NOOP("emergency_view", "Personnummer"),
           QT_TRANSLATE_NOOP("emergency_view", "Betalare"),
           QT_TRANSLATE_NOOP("emergency_view", "Varför"),
           QT_TRANSLATE_NOOP("emergency_view", "Rapport skickad"))


def ask_csv_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / suggested), QCoreApplication.translate("emergency_view", "CSV-fil (*.csv)"))
    if not path:
        return None
    return Path(path if path.lower().endswith(".csv") else path + ".csv")


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class EmergencyView(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[emergency.VisitRow] = []
        today = QDate(ctx.today.year, ctx.today.month, ctx.today.day)
        form_box = QGroupBox(self.tr("Nytt akutbesök (patient som inte är listad här)"))
        form = QFormLayout(form_box)
        form_box.setMaximumWidth(760)  # a form across a wide screen is hard to follow with the eye
        self.pnr = QLineEdit(objectName="pnr_field")
        self.first = QLineEdit(objectName="first_field")
        self.last = QLineEdit(objectName="last_field")
        self.visited = QDateEdit(today, objectName="visited_field", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.street = QLineEdit(objectName="street_field")
        self.postal_code = QLineEdit(objectName="postal_code_field")
        self.town = QLineEdit(objectName="town_field")
        self.municipality = QLineEdit(objectName="municipality_field")
        self.residence = QComboBox(objectName="residence_box")
        for key, text in RESIDENCES.items():
            self.residence.addItem(domain_text(text), key)
        self.summary = QPlainTextEdit(objectName="summary_field")
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.fontMetrics().height() * 4)
        for label, widget in ((self.tr("Personn&ummer:"), self.pnr),
                              (self.tr("&Förnamn:"), self.first),
                              (self.tr("&Efternamn:"), self.last),
                              (self.tr("Besök&sdatum:"), self.visited),
                              (self.tr("&Gatuadress:"), self.street),
                              (self.tr("Post&nummer:"), self.postal_code),
                              (self.tr("Post&ort:"), self.town),
                              (self.tr("&Kommunkod:"), self.municipality),
                              (self.tr("&Bor:"), self.residence),
                              (self.tr("Besvär och å&tgärd:"), self.summary)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(caption, widget)
        self.record_button = QPushButton(self.tr("&Registrera akutbesök"), objectName="record_button")
        self.record_button.clicked.connect(self.record)
        form.addRow(self.record_button)

        self.month = QDateEdit(today, objectName="month_field", displayFormat="yyyy-MM")
        self.month.setAccessibleName(self.tr("Månad"))
        self.month.dateChanged.connect(lambda _d: self.reload())
        self.unknown_only = QCheckBox(self.tr("Bara Betalare ok&änd"), objectName="unknown_only")
        self.unknown_only.toggled.connect(lambda _c: self.reload())
        self.table = QTableWidget(0, len(COLUMNS), objectName="visits_table")
        self.table.setHorizontalHeaderLabels(translated("emergency_view", COLUMNS))
        self.table.setAccessibleName(self.tr("Akutbesök"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.activated.connect(lambda _i: self.open_treatments())
        buttons = QHBoxLayout()
        self.treatments_button = QPushButton(self.tr("Behandl&ingar…"), objectName="treatments_button")
        self.treatments_button.clicked.connect(self.open_treatments)
        self.report_button = QPushButton(self.tr("Rapport ti&ll ordinarie klinik…"), objectName="report_button")
        self.report_button.clicked.connect(self.report_letter)
        self.retry_button = QPushButton(self.tr("Fr&åga regionen igen"), objectName="retry_button")
        self.retry_button.clicked.connect(self.retry)
        self.invoice_button = QPushButton(self.tr("Fakturaunderlag (PDF och &CSV)…"), objectName="invoice_button")
        self.invoice_button.clicked.connect(self.invoice_basis)
        self.invoice_button.setVisible(may(ctx, perm.INVOICE_READ))
        for b in (self.treatments_button, self.report_button, self.retry_button, self.invoice_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        top = QHBoxLayout()
        month_label = QLabel(self.tr("&Månad:"))
        month_label.setBuddy(self.month)
        for w in (month_label, self.month, self.unknown_only):
            top.addWidget(w)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(form_box)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.shown_once = False

    def page_shown(self) -> None:
        if not self.shown_once:
            self.shown_once = True
            self.reload()

    # --- the list ---------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.rows = (emergency.unknown_payers(self.ctx) if self.unknown_only.isChecked()
                         else emergency.visits_in(self.ctx, _pydate(self.month.date())))
        except Exception as exc:
            show_error(self, exc)
            return
        self.table.setRowCount(len(self.rows))
        for r, v in enumerate(self.rows):
            payer = v.payer_name or domain_text(PAYER_KINDS[v.payer_kind])
            for c, value in enumerate((v.visited_on.isoformat(), v.patient_name, v.personnummer, payer,
                                       v.payer_reason, v.report_letter_on.isoformat() if v.report_letter_on else "")):
                self.table.setItem(r, c, QTableWidgetItem(value))
        if self.rows:
            self.table.selectRow(0)

    def selected(self) -> emergency.VisitRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # --- actions ----------------------------------------------------------------------------------
    def record(self) -> None:
        visit = emergency.EmergencyInput(
            self.pnr.text(), self.first.text(), self.last.text(), _pydate(self.visited.date()),
            self.summary.toPlainText(), residence=self.residence.currentData(), street=self.street.text() or None,
            postal_code=self.postal_code.text() or None, postal_town=self.town.text() or None,
            municipality_code=self.municipality.text().strip() or None)
        self.record_button.setEnabled(False)
        BackgroundTask(self, lambda _p, _c: emergency.record_emergency_visit(self.ctx, visit),
                       self._recorded, self._failed).run()

    def _recorded(self, row: emergency.VisitRow) -> None:
        self.record_button.setEnabled(True)
        for field in (self.pnr, self.first, self.last, self.street, self.postal_code, self.town, self.municipality):
            field.clear()
        self.summary.clear()
        self.month.setDate(QDate(row.visited_on.year, row.visited_on.month, 1))
        self.reload()
        self.status_message.emit(
            self.tr("Akutbesöket är registrerat. Betalare: {payer}.").format(payer=row.payer_text))
        self.pnr.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.record_button.setEnabled(True)
        show_error(self, exc)

    def open_treatments(self) -> None:
        v = self.selected()
        if v is None:
            return
        try:
            self.treatments_dialog = open_treatments_dialog(self, self.ctx, emergency_visit_id=v.id)
        except Exception as exc:
            show_error(self, exc)

    def report_letter(self) -> None:
        v = self.selected()
        if v is None:
            return
        path = ask_pdf_path(self, self.tr("Spara rapport till ordinarie klinik"), f"akutrapport-{v.visited_on}.pdf")
        if path is None:
            return
        try:
            emergency.report_back_letter_pdf(self.ctx, v.id, path)
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload()
        self.status_message.emit(self.tr("Rapporten är sparad i {path}.").format(path=path))

    def retry(self) -> None:
        BackgroundTask(self, lambda _p, _c: emergency.resolve_unknown_payers(self.ctx), self._retried,
                       lambda exc: show_error(self, exc)).run()

    def _retried(self, resolved: int) -> None:
        self.reload()
        self.status_message.emit(self.tr("{resolved} akutbesök fick en känd betalare.").format(resolved=resolved))

    def invoice_basis(self) -> None:
        month = _pydate(self.month.date()).replace(day=1)
        pdf = ask_pdf_path(self, self.tr("Spara fakturaunderlag (PDF)"), f"akut-fakturaunderlag-{month:%Y-%m}.pdf")
        if pdf is None:
            return
        csv = ask_csv_path(self, self.tr("Spara fakturaunderlag (CSV)"), f"akut-fakturaunderlag-{month:%Y-%m}.csv")
        try:
            result = emergency.emergency_invoice_basis(self.ctx, month, pdf, csv)
        except Exception as exc:
            show_error(self, exc)
            return
        waiting = (self.tr(" {waiting} besök väntar på känd betalare och är inte med.").format(
                       waiting=result.waiting) if result.waiting else "")
        QMessageBox.information(
            self,
            self.tr("Fakturaunderlag"),
            self.tr("Underlaget för {visits} besök till {payers} betalare är sparat.{waiting}").format(
                visits=result.visits, payers=result.payers, waiting=waiting))


def add_emergency_page(window) -> EmergencyView:
    """The main window's hook: the "Akut" tab (Ctrl+7 in Visa) and Arkiv → Områdesansvar…"""
    view = EmergencyView(window.ctx)
    action = add_page(window,
                      view,
                      QCoreApplication.translate("emergency_view", "Akut"),
                      QCoreApplication.translate("emergency_view", "A&kut"),
                      "Ctrl+7",
                      QCoreApplication.translate("emergency_view",
                                                 "Akutbesök av patienter listade på annan klinik: betalare, rapport "
                                                 "och fakturaunderlag"))
    area = QAction(QCoreApplication.translate("emergency_view", "&Områdesansvar…"), window)
    area.setStatusTip(
        QCoreApplication.translate("emergency_view",
                                   "Vilken klinik som har områdesansvar för en adress (akut tandvård, R-EM-1)"))
    area.triggered.connect(lambda: _open_area_dialog(window))
    area.setVisible(may(window.ctx, perm.SETTINGS_MANAGE))
    arkiv = window.archive_menu
    arkiv.insertAction(window.quit_action, area)
    window.emergency_page_action, window.area_clinics_action = action, area
    return view


def _open_area_dialog(window) -> AreaClinicsDialog:
    dialog = AreaClinicsDialog(window, window.ctx)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    window.area_dialog = dialog
    return dialog

