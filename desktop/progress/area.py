"""The Progress area: where the follow-up stands against what the conferences asked.

Four pages share one filter bar: Coverage (items by the latest status of their follow-up),
Action Plan targets, Late follow-up and Activity over time. Every figure is read off the GUI
thread; the newest filters win, and a page reads only when it is shown (the others wait
until they are), so the area opens as fast as its first page. A click on a chart or a number
lists what is behind it, and opens it.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from db.progress.choices import progress_choices
from db.progress.coverage import coverage_items
from db.progress.late import late_activities
from db.progress.targets import target_detail
from db.progress.timeline import activities_of_year
from desktop.context import AppContext
from desktop.progress.coverage_page import CoveragePage
from desktop.progress.figures import (
    CoverageFigures,
    LateFigures,
    TargetFigures,
    TimelineFigures,
    read_coverage,
    read_late,
    read_targets,
    read_timeline,
)
from desktop.progress.filter_bar import ProgressFilterBar
from desktop.progress.late_page import LatePage
from desktop.progress.loading import Loader
from desktop.progress.report_export import ReportExport
from desktop.progress.report_print import ReportPrint
from desktop.progress.targets_page import TargetsPage
from desktop.progress.timeline_page import TimelinePage


class ProgressArea(QWidget):
    """Signals: item_open_requested(str code); activity_open_requested(str uuid)."""

    item_open_requested = Signal(str)
    activity_open_requested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.loader = Loader(self)
        # What each page shows now; None until it is read for the current filters.
        self.shown: dict[str, object | None] = dict.fromkeys(
            ("coverage", "targets", "late", "timeline"))
        self.filter_bar = ProgressFilterBar(progress_choices(context.database))
        self.coverage_page = CoveragePage()
        self.targets_page = TargetsPage()
        self.late_page = LatePage()
        self.timeline_page = TimelinePage()
        self.pages = QTabWidget()
        self.pages.addTab(self.coverage_page, self.tr("Coverage"))
        self.pages.addTab(self.targets_page, self.tr("Action Plan targets"))
        self.pages.addTab(self.late_page, self.tr("Late follow-up"))
        self.pages.addTab(self.timeline_page, self.tr("Activity over time"))
        self.status_label = QLabel()
        self.export_button = QPushButton(self.tr("E&xport report..."))
        self.print_button = QPushButton(self.tr("Pr&int report..."))
        self.report_export = ReportExport(self, context.database, context.settings)
        self.report_print = ReportPrint(self, context.database)
        self._lay_out()
        self._connect()
        self.refresh()

    def _lay_out(self) -> None:
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.filter_bar.changed.connect(self.refresh)
        self.coverage_page.grouping_changed.connect(self._read_coverage)
        self.late_page.stale_days_changed.connect(self._read_late)
        self.pages.currentChanged.connect(self._read_current_page)
        self.coverage_page.drill_requested.connect(self._drill)
        self.coverage_page.item_open_requested.connect(self.item_open_requested)
        self.targets_page.activity_open_requested.connect(self.activity_open_requested)
        self.targets_page.detail_requested.connect(self._read_target)
        self.late_page.activity_open_requested.connect(self.activity_open_requested)
        self.timeline_page.drill_requested.connect(self._drill_year)
        self.timeline_page.activity_open_requested.connect(self.activity_open_requested)
        self.late_page.office_chosen.connect(self._office_chosen)
        self.loader.busy.connect(self._busy)
        self.loader.failed.connect(self._failed)
        self.export_button.clicked.connect(self.export_report)
        self.print_button.clicked.connect(self.print_report)

    # --- reading ----------------------------------------------------------------------------
    def reload(self) -> None:
        """The data changed (an import, an edit, a restore, a new identity): read the filter
        lists again, then the figures."""
        self.filter_bar.set_choices(progress_choices(self.context.database))
        self.refresh()

    def refresh(self) -> None:
        """Read the figures again for the current filters: the page shown now, and the others
        once they are shown. While the area itself is hidden (at start-up, and after every
        edit made in another tab) nothing is read until it shows."""
        self.shown = dict.fromkeys(self.shown)
        self._show_scope()
        if self.isVisible():
            self._read_current_page()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._read_current_page()

    def _read_current_page(self) -> None:
        page = self.pages.currentWidget()
        readers = {self.coverage_page: ("coverage", self._read_coverage),
                   self.targets_page: ("targets", self._read_targets),
                   self.late_page: ("late", self._read_late),
                   self.timeline_page: ("timeline", self._read_timeline)}
        name, read = readers[page]
        if self.shown[name] is None:
            read()

    def _read_coverage(self) -> None:
        job = partial(read_coverage, self.context.database, self.filter_bar.scope(),
                      self.coverage_page.grouping())
        self.loader.load("coverage", job, self._show_coverage)

    def _read_targets(self) -> None:
        job = partial(read_targets, self.context.database, self.filter_bar.scope())
        self.loader.load("targets", job, self._show_targets)

    def _read_target(self, code: str) -> None:
        job = partial(target_detail, self.context.database, self.filter_bar.scope(), code)
        self.loader.load("target", job, self.targets_page.show_detail)

    def _read_late(self) -> None:
        job = partial(read_late, self.context.database, self.filter_bar.scope(), date.today(),
                      self.late_page.stale_days())
        self.loader.load("late", job, self._show_late)

    def _read_timeline(self) -> None:
        job = partial(read_timeline, self.context.database, self.filter_bar.scope())
        self.loader.load("timeline", job, self._show_timeline)

    def _show_timeline(self, figures: TimelineFigures) -> None:
        self.shown["timeline"] = figures
        self.timeline_page.show_years(figures.years)

    def _drill_year(self, year: str, status: str) -> None:
        job = partial(activities_of_year, self.context.database, self.filter_bar.scope(), year,
                      status or None)
        self.loader.load("year", job, partial(self.timeline_page.show_activities, year=year,
                                              status=status))

    def _show_coverage(self, figures: CoverageFigures) -> None:
        self.shown["coverage"] = figures
        self.coverage_page.show_rows(figures.rows)

    def _show_targets(self, figures: TargetFigures) -> None:
        self.shown["targets"] = figures
        self.targets_page.show_targets(figures.targets)

    def _show_late(self, figures: LateFigures) -> None:
        self.shown["late"] = figures
        self.late_page.show_figures(figures.offices, figures.late)

    def _show_scope(self) -> None:
        words = self.filter_bar.scope_words()
        self.status_label.setText(self.tr("Showing: {scope}").format(
            scope=QLocale().createSeparatedList(words) if words else self.tr("everything")))

    def _drill(self, grouping: str, key: str, status: str, what: str) -> None:
        job = partial(coverage_items, self.context.database, self.filter_bar.scope(), grouping,
                      key, status or None)
        self.loader.load("items", job, partial(self.coverage_page.show_items, what=what))

    def _office_chosen(self, office_uuid: str) -> None:
        late = self.shown["late"]
        names = {row.office_uuid: row.office_name for row in (late.offices if late else [])}
        job = partial(late_activities, self.context.database, self.filter_bar.scope(),
                      date.today(), self.late_page.stale_days(), office_uuid or None)
        self.loader.load("late-office", job, partial(
            self.late_page.show_late, office_name=names.get(office_uuid),
            total=self.late_page.late_in(office_uuid)))

    def _busy(self, busy: bool) -> None:
        if busy:
            self.status_label.setText(self.tr("Counting..."))
        else:
            self._show_scope()

    def _failed(self, error: Exception) -> None:
        self.status_label.setText(self.tr("The figures could not be read: {error}").format(
            error=error))

    def wait_for_reads(self) -> None:
        """Let background reads end (before the database closes)."""
        self.loader.wait()

    # --- reports ------------------------------------------------------------------------------
    def export_report(self) -> None:
        """Ask where, then write the report of the current filters."""
        name = f"tenpoint-report-{date.today().isoformat()}.xlsx"
        self.report_export.ask_and_write(self.filter_bar.scope(), name)

    def print_report(self) -> None:
        """The report of the current filters in a print preview, to print from there."""
        self.report_print.print_with_preview(self.filter_bar.scope())
