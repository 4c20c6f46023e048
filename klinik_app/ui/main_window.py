"""The main window: the pages "Patienter" (the register with search and the patient card),
"Listning" (the clinic's listings, filtered; the listing stop; listed per month), "Kallelser"
(the recall worklist and its letters), then Avvikelser, Tidbok, Att göra, Akut and Uppföljning,
each added by its own module; menus and status bar.

Ctrl+1 ... Ctrl+9 and Ctrl+0 switch page (also Ctrl+Tab). Ctrl+L on a patient card lists the patient (R-LI-1);
Ctrl+E registers an examination (R-RV-1). F5 syncs with the region now; the status bar's indicator
(ui.sync_panel) opens the changes that need attention.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain import permissions as perm
from klinik_app.services.clinic import ClinicInfo
from klinik_app.services.context import ServiceContext
from klinik_app.services.listing_view import listing_form
from klinik_app.services.patients import PatientNotFound, get_patient_card
from klinik_app.services.permissions import may
from klinik_app.ui.appointment_book import add_appointment_book_page
from klinik_app.ui.audit_review import open_audit_review
from klinik_app.ui.backup_dialogs import RestoreDialog, backup_now
from klinik_app.ui.dashboard_view import add_dashboard_page
from klinik_app.ui.planning_view import add_planning_page  # issue 12
from klinik_app.ui.deviations_view import add_deviations_page
from klinik_app.ui.documents import DocumentsMenu
from klinik_app.ui.emergency_view import add_emergency_page
from klinik_app.ui.fee_schedules_dialog import add_fee_schedules_action
from klinik_app.ui.orderers_dialog import add_orderers_action
from klinik_app.ui.errors import show_error
from klinik_app.ui.examination_form import ExaminationDialog, ExamPatient
from klinik_app.ui.help_dialogs import AboutDialog, ShortcutsDialog
from klinik_app.ui.listing_dialogs import ListPatientDialog, listed_message
from klinik_app.ui.listing_view import ListingView
from klinik_app.ui.patient_card import PatientCardView
from klinik_app.ui.recall_view import RecallView
from klinik_app.ui.register_view import RegisterView, patients_text
from klinik_app.ui.session import Session
from klinik_app.ui.status_bar import StatusBar
from klinik_app.ui.sync_panel import NOT_CONFIGURED, SyncPanel, SyncStatusLabel
from klinik_app.ui.patient_language_dialog import add_language_dialog
from klinik_app.ui.record_copy_dialog import add_record_copy
from klinik_app.ui.archive_dialogs import add_archive_actions
from klinik_app.ui.referral_list import add_referrals_page
from klinik_app.ui.todo_view import add_todo_page

log = logging.getLogger(__name__)

DEMO_TEXT = QT_TRANSLATE_NOOP("main_window", "DEMODATA – inga riktiga patienter")
SYNC_NOT_CONFIGURED = NOT_CONFIGURED


def window_title(clinic: ClinicInfo) -> str:
    title = QCoreApplication.translate("main_window", "Klinik – {name}").format(name=clinic.name)
    return (QCoreApplication.translate("main_window", "{title} – DEMODATA").format(title=title) if clinic.is_demo
            else title)


class CardPage(QWidget):
    """The patient card with a way back to the list (the button, or Esc)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button = QPushButton(self.tr("← &Tillbaka till listan (Esc)"), objectName="back_button")
        self.back_button.setAccessibleName(self.tr("Tillbaka till listan"))
        self.back_button.setToolTip(self.tr("Tillbaka till patientlistan (Esc). Sökningen finns kvar."))
        self.back_button.setAutoDefault(False)
        self.card_view = PatientCardView()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.card_view)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)


class MainWindow(QMainWindow):
    def __init__(self, ctx: ServiceContext, clinic: ClinicInfo) -> None:
        super().__init__()
        self.ctx = ctx
        self.clinic = clinic
        self.setWindowTitle(window_title(clinic))
        self.setAccessibleName(window_title(clinic))

        self.register = RegisterView(ctx)
        self.register.open_requested.connect(self.open_patient)
        self.register.model.modelReset.connect(self.update_patient_count)
        self.card_page = CardPage()
        self.card_page.back_button.clicked.connect(self.show_list)
        self.card_view = self.card_page.card_view
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.card_page)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.show_list)

        self.card_view.list_requested.connect(self.list_patient)
        self.list_dialog: ListPatientDialog | None = None
        self.card_view.exam_requested.connect(self.register_examination)
        self.card_view.revision.status_message.connect(self.show_status)
        self.exam_dialog: ExaminationDialog | None = None

        self.stack = QStackedWidget()
        self.stack.addWidget(self.register)
        self.stack.addWidget(self.card_page)
        self.stack.currentChanged.connect(lambda _i: self._update_actions())

        # Built now (so the window's size is settled before it is shown), read when first shown.
        self.listing_view = ListingView(ctx)
        self.listing_view.open_patient_requested.connect(self.open_patient)
        self.listing_view.status_message.connect(self.show_status)
        self.listing_view.listings_changed.connect(self._listings_changed)
        self.recall_view = RecallView(ctx)  # the recall worklist (R-RV), read when first shown
        self.recall_view.open_patient_requested.connect(self.open_patient)
        self.recall_view.status_message.connect(self.show_status)

        self.tabs = QTabWidget(objectName="page_tabs")
        self.tabs.setAccessibleName(self.tr("Sidor"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.stack, self.tr("Patienter"))
        self.tabs.addTab(self.listing_view, self.tr("Listning"))
        self.tabs.setTabToolTip(0, self.tr("Patientregistret och patientkortet (Ctrl+1)"))
        self.tabs.setTabToolTip(1, self.tr("Klinikens listningar, listningsstopp och listade per månad (Ctrl+2)"))
        self.tabs.addTab(self.recall_view, self.tr("Kallelser"))
        self.tabs.setTabToolTip(
            2, self.tr("Patienter som ska kallas till revision: kallelsebrev, status och pauser (Ctrl+3)"))
        self.tabs.currentChanged.connect(self._page_changed)
        self.setCentralWidget(self.tabs)
        self.setStatusBar(StatusBar())  # before the menus: the session puts the user in it

        self._build_menus()
        self._build_status_bar()
        self.deviations_view = add_deviations_page(self)  # issue 6: the "Avvikelser" tab, Ctrl+4
        self.appointment_book = add_appointment_book_page(self)  # issue 5: the "Tidbok" tab, Ctrl+5
        self.todo_view = add_todo_page(self)  # issue 5: the "Att göra" tab, Ctrl+6
        self.emergency_view = add_emergency_page(self)  # issue 5: the "Akut" tab, Ctrl+7; Arkiv → Områdesansvar
        add_fee_schedules_action(self)  # issue 5: Arkiv → Taxor och prislistor
        add_orderers_action(self)  # issue 9: Arkiv → Beställare och mål; Dokument → Uppföljningsrapport
        self.dashboard_view = add_dashboard_page(self)  # issue 9: the "Uppföljning" tab, Ctrl+8
        self.planning_view = add_planning_page(self)  # issue 12: the "Planering" tab, Ctrl+9
        self.referrals_view = add_referrals_page(self)  # issue 12: the "Remisser" tab, Ctrl+0; card section
        add_language_dialog(self)  # issue 12: "Språk och tolk…" on the card
        add_record_copy(self)  # issue 13: "Journalkopia…" on the card and Patient → Journalkopia…, Ctrl+J
        add_archive_actions(self)  # issue 13: Arkiv → klinikarkiv export/import, Gallring av journaler
        self.resize(1200, 760)
        self.layout().activate()  # size hints settled before the native window exists (see help_dialogs)
        self.register.search_field.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        # Kept by role, not found by their (translated) titles: the other modules add to them.
        archive = self.archive_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        self.quit_action = QAction(self.tr("&Avsluta"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        archive.addAction(self.quit_action)

        patient = self.patient_menu = self.menuBar().addMenu(self.tr("&Patient"))
        self.search_action = QAction(self.tr("&Sök patient"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+F"))
        self.search_action.triggered.connect(self.focus_search)
        patient.addAction(self.search_action)
        self.open_action = QAction(self.tr("Öppna &patientkortet"), self)
        self.open_action.triggered.connect(self._open_from_menu)
        patient.addAction(self.open_action)
        self.back_action = QAction(self.tr("&Tillbaka till listan"), self)
        self.back_action.triggered.connect(self.show_list)
        patient.addAction(self.back_action)
        patient.addSeparator()
        self.list_action = QAction(self.tr("&Lista patient…"), self)
        self.list_action.setShortcut(QKeySequence("Ctrl+L"))
        self.list_action.setStatusTip(self.tr("Registrera patientens val av kliniken, med samtycke (R-LI-1)"))
        self.list_action.triggered.connect(self._list_from_menu)
        patient.addAction(self.list_action)
        self.exam_action = QAction(self.tr("Registrera &undersökning…"), self)
        self.exam_action.setShortcut(QKeySequence("Ctrl+E"))
        self.exam_action.setStatusTip(
            self.tr("Registrera en revisionsundersökning eller tandhälsokontroll (R-RV-1, R-RV-5)"))
        self.exam_action.triggered.connect(self._exam_from_menu)
        patient.addAction(self.exam_action)

        view = self.view_menu = self.menuBar().addMenu(self.tr("&Visa"))
        self.patients_page_action = QAction(self.tr("&Patienter"), self)
        self.patients_page_action.setShortcut(QKeySequence("Ctrl+1"))
        self.patients_page_action.triggered.connect(self.show_patients_page)
        view.addAction(self.patients_page_action)
        self.listing_page_action = QAction(self.tr("&Listning"), self)
        self.listing_page_action.setShortcut(QKeySequence("Ctrl+2"))
        self.listing_page_action.triggered.connect(self.show_listing_page)
        view.addAction(self.listing_page_action)
        self.recall_page_action = QAction(self.tr("&Kallelser"), self)
        self.recall_page_action.setShortcut(QKeySequence("Ctrl+3"))
        self.recall_page_action.triggered.connect(self.show_recall_page)
        view.addAction(self.recall_page_action)
        self._update_actions()

        self.documents = DocumentsMenu(self, self.ctx)

        from klinik_app.ui.settings_dialog import add_settings_action  # issue 11: Arkiv → Inställningar…, Ctrl+,

        self.settings_action = add_settings_action(self, archive)
        # The region in Arkiv (like send/receive in a mail program): every Alt+letter of the menu bar is taken.
        self.sync_action = QAction(self.tr("Synka &nu"), self)
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.setStatusTip(
            self.tr("Skicka väntande ändringar till regionen och hämta regionens ändringar"))
        self.sync_action.triggered.connect(self.sync_now)
        archive.insertAction(self.quit_action, self.sync_action)
        self.sync_problems_action = QAction(self.tr("Ändringar som &behöver åtgärd…"), self)
        self.sync_problems_action.setStatusTip(self.tr("Ändringar som regionen inte tog emot, och konflikter"))
        self.sync_problems_action.triggered.connect(self.show_sync_problems)
        archive.insertAction(self.quit_action, self.sync_problems_action)
        self.sync_settings_action = QAction(self.tr("S&ynkinställningar…"), self)
        self.sync_settings_action.setStatusTip(
            self.tr("Regionens adress, klinikens certifikat och automatisk synkronisering"))
        self.sync_settings_action.triggered.connect(self.show_sync_settings)
        archive.insertAction(self.quit_action, self.sync_settings_action)
        archive.insertSeparator(self.quit_action)
        self.audit_action = QAction(self.tr("&Loggkontroll…"), self)  # R-SE-2: the access log's review
        self.audit_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.audit_action.setStatusTip(
            self.tr("Åtkomstloggen per patient, användare och period; månadens granskning (R-SE-2)"))
        self.audit_action.triggered.connect(lambda: open_audit_review(self))
        archive.insertAction(self.quit_action, self.audit_action)
        archive.insertSeparator(self.quit_action)
        self.backup_action = QAction(self.tr("Säkerhets&kopiera nu"), self)
        self.backup_action.setStatusTip(self.tr("Gör en kontrollerad kopia av databasen i säkerhetskopiemappen"))
        self.backup_action.triggered.connect(self.backup_now)
        archive.insertAction(self.quit_action, self.backup_action)
        self.restore_action = QAction(self.tr("Åter&ställ från säkerhetskopia…"), self)
        self.restore_action.triggered.connect(self.show_restore)
        archive.insertAction(self.quit_action, self.restore_action)
        archive.insertSeparator(self.quit_action)
        self.reopen_requested = False  # set after a restore: app.py opens the restored database anew
        self.session = Session(self, self.ctx, archive, self.quit_action)  # who is logged in; lock; staff
        self._gate_by_role()

        help_menu = self.menuBar().addMenu(self.tr("&Hjälp"))
        self.shortcuts_action = QAction(self.tr("&Kortkommandon"), self)
        # ? too: a text field keeps it for typing (it overrides shortcuts of printable keys).
        self.shortcuts_action.setShortcuts([QKeySequence("F1"), QKeySequence("?")])
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        self.about_action = QAction(self.tr("&Om Klinik"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.count_label = QLabel(objectName="count_label")
        self.clinic_label = QLabel(self.clinic.name, objectName="clinic_label")
        self.clinic_label.setAccessibleName(self.tr("Klinik: {name}").format(name=self.clinic.name))
        self.sync_status_label = SyncStatusLabel()
        for label in (self.count_label, self.clinic_label, self.sync_status_label):
            label.setContentsMargins(6, 0, 6, 0)
        bar.addWidget(self.count_label)
        bar.addWidget(_separator())
        bar.addWidget(self.clinic_label)
        bar.addPermanentWidget(self.sync_status_label)
        self.demo_label: QLabel | None = None
        if self.clinic.is_demo:
            self.demo_label = _demo_label()
            bar.addPermanentWidget(self.demo_label)
        self.update_patient_count()
        self.sync_panel = SyncPanel(self.ctx, self, self.sync_status_label)
        self.sync_panel.status_message.connect(self.show_status)
        self.sync_panel.start_schedule()

    def update_patient_count(self) -> None:
        text = patients_text(self.register.model.total_patients)
        self.count_label.setText(text)
        self.count_label.setAccessibleName(self.tr("I registret: {count}").format(count=text))

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 20000)

    # --- pages ----------------------------------------------------------------------------------
    def show_patients_page(self) -> None:
        self.tabs.setCurrentWidget(self.stack)
        if self.showing_card():
            self.card_view.first_value().setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.show_list()

    def show_listing_page(self) -> None:
        self.tabs.setCurrentWidget(self.listing_view)
        self.listing_view.focus_table()

    def showing_listing_page(self) -> bool:
        return self.tabs.currentWidget() is self.listing_view

    def show_recall_page(self) -> None:
        self.tabs.setCurrentWidget(self.recall_view)
        self.recall_view.focus_table()

    def showing_recall_page(self) -> bool:
        return self.tabs.currentWidget() is self.recall_view

    def _page_changed(self, _index: int) -> None:
        if self.showing_listing_page():
            self.listing_view.ensure_loaded()
        if self.showing_recall_page():
            self.recall_view.page_shown()  # read the first time, and again each time (new examinations)
        self._update_actions()

    def _gate_by_role(self) -> None:
        """Offer only what the logged-in person's roles allow (the services refuse the rest anyway)."""
        self.audit_action.setVisible(may(self.ctx, perm.AUDIT_READ))
        self.restore_action.setVisible(may(self.ctx, perm.BACKUP_RESTORE))
        self.backup_action.setVisible(may(self.ctx, perm.BACKUP_RUN))
        self.sync_settings_action.setVisible(may(self.ctx, perm.SETTINGS_MANAGE))
        self._update_actions()

    def _update_actions(self) -> None:
        if hasattr(self, "list_action"):
            self.list_action.setEnabled(self.showing_card() and may(self.ctx, perm.PATIENT_REGISTER))
        if hasattr(self, "exam_action"):
            self.exam_action.setEnabled(self.showing_card() and (may(self.ctx, perm.EXAM_REVISION)
                                                                 or may(self.ctx, perm.EXAM_HEALTH_CHECK)))

    # --- navigation -----------------------------------------------------------------------------
    def open_patient(self, patient_id: int) -> None:
        try:
            card = get_patient_card(self.ctx, patient_id)
        except PatientNotFound as exc:  # removed since the list was loaded: say so and reload it
            show_error(self, exc)
            self.register.refresh()
            self.update_patient_count()
            return
        except Exception as exc:
            log.exception("opening patient %s failed", patient_id)
            show_error(self, exc)
            return
        self.card_view.set_card(card)
        self.card_view.revision.load(self.ctx, patient_id)  # a failure is said in the section itself
        self.tabs.setCurrentWidget(self.stack)
        self.stack.setCurrentWidget(self.card_page)
        self.card_view.first_value().setFocus(Qt.FocusReason.OtherFocusReason)

    def show_list(self) -> None:
        """Back to the list: the search text and the selected row are kept."""
        self.tabs.setCurrentWidget(self.stack)
        self.stack.setCurrentWidget(self.register)
        if self.register.model.rowCount():
            self.register.focus_table()
        else:
            self.register.focus_search()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.stack)
        if self.stack.currentWidget() is not self.register:
            self.stack.setCurrentWidget(self.register)
        self.register.focus_search()

    def showing_card(self) -> bool:
        return self.tabs.currentWidget() is self.stack and self.stack.currentWidget() is self.card_page

    def _open_from_menu(self) -> None:
        if not self.showing_card():
            self.register.open_current()

    # --- listing (R-LI-1) -----------------------------------------------------------------------
    def _list_from_menu(self) -> None:
        if self.showing_card() and self.card_view.card is not None:
            self.list_patient(self.card_view.card.id)

    def list_patient(self, patient_id: int) -> ListPatientDialog | None:
        """Open the consent dialog for the patient (window-modal; Enter saves, Esc cancels)."""
        if self.list_dialog is not None:
            return self.list_dialog
        try:
            form = listing_form(self.ctx, patient_id)
        except Exception as exc:
            if not isinstance(exc, PatientNotFound):
                log.exception("reading the listing form of patient %s failed", patient_id)
            show_error(self, exc)
            return None
        dialog = ListPatientDialog(self.ctx, form, self)
        dialog.listed.connect(lambda result, pid=patient_id: self._listed(pid, result))
        dialog.finished.connect(self._list_dialog_closed)
        self.list_dialog = dialog
        dialog.open()
        return dialog

    def _list_dialog_closed(self) -> None:
        self.list_dialog = None
        if self.showing_card():
            self.card_view.list_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _listed(self, patient_id: int, result) -> None:
        message = listed_message(result)
        try:
            card = get_patient_card(self.ctx, patient_id)
        except Exception as exc:
            log.exception("reloading patient %s after listing failed", patient_id)
            show_error(self, exc)
        else:
            self.card_view.set_card(card)
            self.card_view.show_notice(message)
        self.show_status(message)
        self._listings_changed(reload_listings=True)

    def _listings_changed(self, reload_listings: bool = False) -> None:
        """The register's listing column (and the Listning page) show the change."""
        row = self.register.current_row()
        self.register.refresh()
        if 0 <= row < self.register.model.rowCount():
            self.register.table.selectRow(row)
        if reload_listings and self.listing_view.loaded:
            self.listing_view.refresh()
            self.listing_view.load_chart()

    # --- examinations (R-RV-1, R-RV-5) ---------------------------------------------------------
    def _exam_from_menu(self) -> None:
        if self.showing_card() and self.card_view.card is not None:
            self.register_examination(self.card_view.card.id)

    def register_examination(self, patient_id: int) -> ExaminationDialog | None:
        """Open "Registrera undersökning" for the open patient (window-modal; Enter saves, Esc cancels)."""
        if self.exam_dialog is not None:
            return self.exam_dialog
        card = self.card_view.card
        if card is None or card.id != patient_id:
            return None
        dialog = ExaminationDialog(self.ctx, ExamPatient.from_card(card), self)
        dialog.saved.connect(lambda _result, message, pid=patient_id: self._exam_saved(pid, message))
        dialog.finished.connect(self._exam_dialog_closed)
        self.exam_dialog = dialog
        dialog.open()
        return dialog

    def _exam_dialog_closed(self) -> None:
        self.exam_dialog = None
        if self.showing_card():
            self.card_view.revision.exam_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _exam_saved(self, patient_id: int, message: str) -> None:
        if self.card_view.card is not None and self.card_view.card.id == patient_id:
            self.card_view.revision.load(self.ctx, patient_id)
            self.card_view.show_notice(message)
        self.show_status(message)

    # --- the region ------------------------------------------------------------------------------
    def sync_now(self) -> None:
        """One sync cycle in the background; the indicator and the status bar show how it went."""
        self.sync_action.setEnabled(False)
        self.sync_panel.sync_now(on_done=lambda: self.sync_action.setEnabled(True))

    def show_sync_problems(self):
        return self.sync_panel.show_problems()

    def show_sync_settings(self):
        """Arkiv → Synkinställningar…: the settings dialog at its page of the regional service (saving
        there refreshes the sync indicator and says so in the status bar, settings_dialog._apply)."""
        from klinik_app.ui.settings_dialog import open_settings  # imported when used, as above
        from klinik_app.ui.settings_pages.sync import SyncPage

        return open_settings(self, SyncPage)

    # --- backups ---------------------------------------------------------------------------------
    def backup_now(self):
        return backup_now(self, self.ctx)

    def show_restore(self) -> RestoreDialog:
        dialog = RestoreDialog(self.ctx, self)
        dialog.restored.connect(self._restored)
        dialog.open()
        return dialog

    def _restored(self) -> None:
        self.reopen_requested = True
        self.close()

    # --- help -----------------------------------------------------------------------------------
    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self)
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self, self.ctx)
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:  # nothing to save yet; later: dirty checks
        self.register.cancel_pending_search()
        self.session.stop()
        if self.list_dialog is not None:
            self.list_dialog.close()
        if self.exam_dialog is not None:
            self.exam_dialog.close()
        if self.sync_panel.dialog is not None:
            self.sync_panel.dialog.close()
        event.accept()


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def _demo_label() -> QLabel:
    """Impossible to miss, in the palette's own highlight colours (light and dark themes alike)."""
    label = QLabel(QCoreApplication.translate("main_window", DEMO_TEXT), objectName="demo_label")
    label.setAccessibleName(QCoreApplication.translate("main_window", DEMO_TEXT))
    label.setToolTip(QCoreApplication.translate(
                         "main_window", "Databasen innehåller påhittade patienter för övning och demonstration."))
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setAutoFillBackground(True)
    label.setBackgroundRole(QPalette.ColorRole.Highlight)
    label.setForegroundRole(QPalette.ColorRole.HighlightedText)
    label.setContentsMargins(8, 2, 8, 2)
    return label
