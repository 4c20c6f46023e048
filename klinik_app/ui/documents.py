"""The Dokument menu: clinic details for letterheads, and the listing documents as PDF.

R-LI-5 the listing-stop notice to the orderer, R-LI-7 moving letters to every listed household,
R-TG-4 the monthly invoice basis for patients with protected identity.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from klinik_app.domain import permissions as perm
from klinik_app.domain.dates import add_months
from klinik_app.services import listing_documents as documents
from klinik_app.services.clinic import get_clinic, set_clinic_address
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.listing_stop import current_listing_stop
from klinik_app.services.permissions import may
from klinik_app.services.settings import (
    ORDERER_ADDRESS,
    ORDERER_LABELS,
    ORDERER_NAME,
    SETTINGS,
    read_settings,
    set_settings,
)
from klinik_app.ui.form_dialog import FormDialog
from klinik_app.ui.listing_dialogs import settle
from klinik_app.ui.tasks import BackgroundTask

PDF_FILTER = QT_TRANSLATE_NOOP("documents", "PDF-dokument (*.pdf)")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def ask_pdf_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / suggested), QCoreApplication.translate("documents", PDF_FILTER))
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else path + ".pdf")


class ClinicDetailsDialog(FormDialog):
    """The letterhead: the clinic's address and phone, and the orderer letters go to."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent,
                         self.tr("Klinikens uppgifter"),
                         self.tr("Uppgifterna står på alla brev och dokument som Klinik skriver ut."))
        self.ctx = ctx
        self.street = self.add_field(self.tr("&Gatuadress:"), QLineEdit())
        self.postal_code = self.add_field(self.tr("&Postnummer:"), QLineEdit())
        self.postal_town = self.add_field(self.tr("Post&ort:"), QLineEdit())
        self.phone = self.add_field(self.tr("&Telefon:"), QLineEdit())
        self.show_stored()
        self.orderer_name = self.add_field(self.tr("&Beställare:"), QLineEdit())
        self.orderer_address = self.add_field(self.tr("Beställarens &adress:"), QPlainTextEdit())
        self.orderer_address.setTabChangesFocus(True)
        self.orderer_address.setFixedHeight(self.fontMetrics().height() * 4)
        self.show_orderer()
        settle(self, 44)  # the size is fixed before the native window exists (listing_dialogs)

    def show_stored(self) -> None:
        """The address as stored, and its version: a save over a later change is refused (issue 10)."""
        clinic = get_clinic(self.ctx)
        self.version = clinic.row_version
        for edit, value in ((self.street, clinic.street), (self.postal_code, clinic.postal_code),
                            (self.postal_town, clinic.postal_town), (self.phone, clinic.phone)):
            edit.setText(value or "")

    def show_orderer(self) -> None:
        """The orderer as stored, and the versions: checked like the address."""
        values, self.orderer_versions = read_settings(self.ctx, ORDERER_LABELS)
        self.orderer_name.setText(values[ORDERER_NAME])
        self.orderer_address.setPlainText(values[ORDERER_ADDRESS])

    def save(self) -> None:
        def address(versions: dict) -> None:
            self.version = set_clinic_address(self.ctx, self.street.text(), self.postal_code.text(),
                                              self.postal_town.text(), self.phone.text(),
                                              expected_version=versions["clinic"]).row_version

        def orderer(versions: dict) -> None:
            self.orderer_versions = set_settings(self.ctx, {
                ORDERER_NAME: self.orderer_name.text().strip(),
                ORDERER_ADDRESS: self.orderer_address.toPlainText().strip()}, expected_versions=versions[SETTINGS])

        self.save_checked(address, {"clinic": self.version}, self.show_stored)
        self.save_checked(orderer, {SETTINGS: self.orderer_versions}, self.show_orderer,
                          self.tr("Klinikens adress är sparad, men inte beställaren. "))


class MovingDialog(FormDialog):
    """R-LI-7: the new address and the moving date; the letters go to every listed household."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent,
                         self.tr("Flyttbrev"),
                         self.tr("Kliniken flyttar: ange den nya adressen. Ett brev skrivs till varje listad patient, "
                                 "eller till vårdnadshavarna för barn (ett brev per hushåll), och klinikens adress "
                                 "uppdateras (R-LI-7)."))
        self.ctx = ctx
        self.street = self.add_field(self.tr("Ny &gatuadress:"), QLineEdit())
        self.postal_code = self.add_field(self.tr("&Postnummer:"), QLineEdit())
        self.postal_town = self.add_field(self.tr("Post&ort:"), QLineEdit())
        self.phone = self.add_field(self.tr("&Telefon:"), QLineEdit(get_clinic(ctx).phone or ""))
        self.moving_date = self.add_field(self.tr("&Flyttdatum:"), QDateEdit(_qdate(ctx.today)))
        self.moving_date.setCalendarPopup(True)
        self.moving_date.setDisplayFormat("yyyy-MM-dd")
        self.path: Path | None = None
        settle(self, 44)

    def save(self) -> None:
        if not (self.street.text().strip() and self.postal_code.text().strip() and self.postal_town.text().strip()):
            raise ServiceError(self.tr("Ange den nya gatuadressen, postnumret och postorten."))
        self.path = ask_pdf_path(self, self.tr("Spara flyttbreven"), "flyttbrev.pdf")
        if self.path is None:
            raise ServiceError(self.tr("Välj var breven ska sparas."))


class InvoiceMonthDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent,
                         self.tr("Fakturaunderlag, skyddad identitet"),
                         self.tr(
                             "Underlaget för patienter med skyddad identitet, som faktureras beställaren i stället "
                             "för att registreras i listningssystemet (R-TG-4). PDF och CSV sparas sida vid sida."))
        month = QDateEdit(_qdate(add_months(ctx.today.replace(day=1), -1)))  # the month just ended
        month.setDisplayFormat("yyyy-MM")
        self.month = self.add_field(self.tr("&Månad:"), month)
        self.path: Path | None = None
        settle(self, 44)

    def save(self) -> None:
        self.path = ask_pdf_path(
            self, self.tr("Spara fakturaunderlaget"), f"fakturaunderlag-{self.month.date().toString('yyyy-MM')}.pdf")
        if self.path is None:
            raise ServiceError(self.tr("Välj var underlaget ska sparas."))


class DocumentsMenu:
    """Builds the Dokument menu and runs its actions, slow ones through BackgroundTask."""

    def __init__(self, window: QMainWindow, ctx: ServiceContext) -> None:
        self.window, self.ctx = window, ctx
        menu: QMenu = window.menuBar().addMenu(QCoreApplication.translate("DocumentsMenu", "&Dokument"))
        window.documents_menu = menu
        self.details_action = self._add(menu,
                                        QCoreApplication.translate("DocumentsMenu", "&Klinikens uppgifter…"),
                                        self.edit_details,
                                        perm.SETTINGS_MANAGE)
        menu.addSeparator()
        self.stop_notice_action = self._add(menu,
                                            QCoreApplication.translate("DocumentsMenu",
                                                                       "Meddelande om listnings&stopp…"),
                                            self.stop_notice,
                                            perm.LISTING_STOP)
        self.moving_action = self._add(menu,
                                       QCoreApplication.translate("DocumentsMenu", "&Flyttbrev…"),
                                       self.moving_letters,
                                       perm.PATIENT_REGISTER)
        self.invoice_action = self._add(menu,
                                        QCoreApplication.translate("DocumentsMenu",
                                                                   "Faktura&underlag, skyddad identitet…"),
                                        self.invoice_basis,
                                        perm.INVOICE_READ)
        self.menu = menu

    def _add(self, menu: QMenu, text: str, slot, action_id: perm.Action) -> QAction:
        """Shown only to roles that may (the service refuses the others anyway)."""
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        action.setVisible(may(self.ctx, action_id))
        menu.addAction(action)
        return action

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    def _info(self, title: str, text: str) -> None:
        QMessageBox.information(self.window, title, text)

    def edit_details(self) -> ClinicDetailsDialog:
        dialog = ClinicDetailsDialog(self.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._status(QCoreApplication.translate("DocumentsMenu", "Klinikens uppgifter är sparade.")))
        dialog.open()
        return dialog

    def stop_notice(self) -> None:
        stop = current_listing_stop(self.ctx)
        if stop is None:
            self._info(QCoreApplication.translate("DocumentsMenu", "Listningsstopp"),
                       QCoreApplication.translate(
                           "DocumentsMenu",
                           "Kliniken har inget listningsstopp. Ange stoppet under Listning → Listningsstopp."))
            return
        path = ask_pdf_path(self.window,
                            QCoreApplication.translate("DocumentsMenu", "Spara meddelandet"),
                            f"listningsstopp-{stop.start_date.isoformat()}.pdf")
        if path is None:
            return
        signer = get_clinic(self.ctx).name
        BackgroundTask(
            self.window,
            lambda progress, cancelled: documents.listing_stop_notice_pdf(self.ctx, stop.id, path, signer=signer),
            lambda _rendered: self._status(
                QCoreApplication.translate("DocumentsMenu", "Meddelandet till beställaren är sparat: {path}").format(
                    path=path)),
        ).with_progress(QCoreApplication.translate("DocumentsMenu", "Skriver meddelandet …"), cancellable=False).run()

    def moving_letters(self) -> MovingDialog:
        dialog = MovingDialog(self.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._write_moving(dialog))
        dialog.open()
        return dialog

    def _write_moving(self, dialog: MovingDialog) -> None:
        values = dict(street=dialog.street.text(), postal_code=dialog.postal_code.text(),
                      postal_town=dialog.postal_town.text(), phone=dialog.phone.text(),
                      moving_date=_pydate(dialog.moving_date.date()), path=dialog.path)
        BackgroundTask(
            self.window,
            lambda progress, cancelled: documents.clinic_moving(self.ctx, **values),
            self._moving_done,
        ).with_progress(QCoreApplication.translate("DocumentsMenu", "Skriver flyttbrev …"), cancellable=False).run()

    def _moving_done(self, result: documents.MovingResult) -> None:
        text = QCoreApplication.translate("DocumentsMenu", "{letters} flyttbrev är sparade.").format(
            letters=result.rendered.letters)
        if result.manual:
            text += (QCoreApplication.translate("DocumentsMenu",
                                                "\n\nDessa patienter får inget utskrivet brev (skyddad identitet "
                                                "eller adress saknas) och kontaktas enligt klinikens rutin:\n")
                     + "\n".join(result.manual))
        self._info(QCoreApplication.translate("DocumentsMenu", "Flyttbrev"), text)

    def invoice_basis(self) -> InvoiceMonthDialog:
        dialog = InvoiceMonthDialog(self.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._write_invoice(dialog))
        dialog.open()
        return dialog

    def _write_invoice(self, dialog: InvoiceMonthDialog) -> None:
        month, pdf = _pydate(dialog.month.date()).replace(day=1), dialog.path
        csv = pdf.with_suffix(".csv")
        BackgroundTask(
            self.window,
            lambda progress, cancelled: documents.protected_invoice_basis(self.ctx, month, pdf, csv),
            lambda rows: self._status(
                QCoreApplication.translate("DocumentsMenu",
                                           "Fakturaunderlaget ({rows} patienter) är sparat: {pdf} och {name}").format(
                    rows=rows, pdf=pdf, name=csv.name)),
        ).with_progress(QCoreApplication.translate("DocumentsMenu", "Skriver fakturaunderlaget …"),
                        cancellable=False).run()
