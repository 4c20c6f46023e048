"""Absence statistics (issue 5 item 6) in a dialog: a year selector and one table of months, age
groups and appointment kinds (services.absence_stats defines every figure)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klinik_app.services import absence_stats as stats
from klinik_app.services.appointments import KINDS
from klinik_app.services.context import ServiceContext
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import show_error
from klinik_app.ui.i18n import translated
from klinik_app.ui.row_tables import set_up_row_table

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")
COLUMNS = (QT_TRANSLATE_NOOP("absence_stats_view", "Period eller grupp"),
           QT_TRANSLATE_NOOP("absence_stats_view", "Överenskomna tider"),
           QT_TRANSLATE_NOOP("absence_stats_view", "Uteblivanden"),
           QT_TRANSLATE_NOOP("absence_stats_view", "Andel"),
           QT_TRANSLATE_NOOP("absence_stats_view", "Sena avbokningar"),
           QT_TRANSLATE_NOOP("absence_stats_view", "Avgifter"),
           QT_TRANSLATE_NOOP("absence_stats_view", "Avgifter (kr)"),
           QT_TRANSLATE_NOOP("absence_stats_view", "Nya tider i tid"))
NOTE = (QT_TRANSLATE_NOOP(
            "absence_stats_view",
            "Uteblivanden räknas enligt R-AB-6: överenskommen tid, listad patient, inte akut. Ålder = den ålder "
            "patienten fyller under året. Nya tider i tid: ny tid bokad före tidsgränsen (R-AB-2)."))


def _share(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f} %".replace(".", ",")


def figure_cells(label: str, f: stats.Figures) -> list[str]:
    reoffers = QCoreApplication.translate("absence_stats_view", "{reoffered} av {reoffer_due} ({share})").format(
        reoffered=f.reoffered, reoffer_due=f.reoffer_due, share=_share(f.reoffer_share)) if f.reoffer_due else "–"
    return [label, str(f.due), str(f.absences), _share(f.rate), str(f.late_cancellations), str(f.fees),
            str(f.fee_sum), reoffers]


def statistics_rows(s: stats.AbsenceStatistics) -> list[list[str]]:
    rows = [figure_cells(f"{MONTHS[d.month - 1]} {d.year}", f) for d, f in s.months.items()]
    rows.append(figure_cells(QCoreApplication.translate("absence_stats_view", "Hela perioden"), s.total))
    rows += [figure_cells(QCoreApplication.translate("absence_stats_view", "Ålder {ages}").format(ages=label), f)
             for label, f in s.by_age.items()]
    kind_text = QCoreApplication.translate("absence_stats_view", "Typ: {kind}")
    rows += [figure_cells(kind_text.format(kind=domain_text(KINDS.get(kind, kind))), f)
             for kind, f in sorted(s.by_kind.items())]
    return rows


class AbsenceStatsDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Uteblivandestatistik"))
        self.year = QSpinBox(minimum=2000, maximum=2100, value=ctx.today.year)
        self.year.setAccessibleName(self.tr("År"))
        year_label = QLabel(self.tr("&År:"))
        year_label.setBuddy(self.year)
        self.table = QTableWidget(0, len(COLUMNS), objectName="absence_stats_table")
        self.table.setAccessibleName(self.tr("Uteblivandestatistik"))
        self.table.setHorizontalHeaderLabels(translated("absence_stats_view", COLUMNS))
        set_up_row_table(self.table)
        note = QLabel(QCoreApplication.translate("absence_stats_view", NOTE), wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Stäng"))
        close.setAccessibleName(self.tr("Stäng"))
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.year.valueChanged.connect(self.reload)
        self.resize(980, 640)
        self.layout().activate()  # size hints settled before the native window exists (see help_dialogs)
        self.reload()

    def reload(self, *_args) -> None:
        try:
            rows = statistics_rows(stats.year_statistics(self.ctx, self.year.value()))
        except Exception as exc:  # a refusal or a database failure: say so, keep the dialog
            show_error(self, exc)
            return
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
