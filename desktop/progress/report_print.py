"""File > Print report...: the follow-up compilation of the Progress area's scope on paper,
seen first in a print preview (desktop/progress/report_preview.py). The data is read off the
GUI thread; the preview lays out and paints the pages."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from db.progress.scope import ProgressScope
from db.storage.database import Database
from desktop.progress.report_export import default_page_size
from desktop.progress.report_preview import ReportPreview
from desktop.reports.contents import ReportContents, gather
from desktop.reports.pdf import PAGE_SIZES, PdfReport
from desktop.shared.workers import Worker, run_with_progress
from exporters.errors import OperationCancelled


def pdf_report(contents: ReportContents, page_size: str) -> PdfReport:
    """What the compilation shows, from a report's contents."""
    return PdfReport(contents.title, contents.scope_lines, contents.sources, contents.events,
                     page_size)


class ReportPrint(QObject):
    """Reads the scope's report, then shows it in a print preview from which it is printed."""

    def __init__(self, parent: QWidget, database: Database) -> None:
        super().__init__(parent)
        self.parent_widget, self.database = parent, database
        self.worker: Worker | None = None
        self.report: PdfReport | None = None
        self.preview: ReportPreview | None = None

    def print_with_preview(self, scope: ProgressScope) -> Worker:
        job = partial(_gather_job, self.database, scope)
        self.worker = run_with_progress(self.parent_widget, self.tr("Reading the report..."),
                                        job, self._show_preview, self._failed)
        return self.worker

    def _show_preview(self, contents: ReportContents) -> None:
        self.worker = None
        page_size = default_page_size()
        self.report = pdf_report(contents, page_size)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(PAGE_SIZES[page_size]))
        printer.setDocName(contents.title)
        self.preview = ReportPreview(self.report, printer, self.parent_widget)
        self.preview.open()

    def _failed(self, error: Exception) -> None:
        self.worker = None
        if not isinstance(error, OperationCancelled):
            QMessageBox.warning(self.parent_widget, self.tr("Report not printed"),
                                self.tr("The report could not be read: {error}").format(
                                    error=error))


def _gather_job(database: Database, scope: ProgressScope, _progress, _cancelled
                ) -> ReportContents:
    return gather(database, scope)
