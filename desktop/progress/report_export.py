"""File > Export report...: the Progress area's scope as an Excel workbook or a PDF, written
off the GUI thread behind a progress dialog with Cancel."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from db.progress.scope import ProgressScope
from db.storage.database import Database
from desktop.reports.writing import WrittenReport, contents_text, write_report_file
from desktop.settings import Settings
from desktop.shared.bidi import ltr
from desktop.shared.folders import REPORT, last_folder, remember_folder
from desktop.shared.translate import translate
from desktop.shared.workers import Worker, run_with_progress
from exporters.errors import OperationCancelled

# The file dialog's filters by the ending they write.
FILTERS = {
    #: A file dialog's filter: keep "(*.xlsx)", which picks the files the dialog lists.
    ".xlsx": QT_TRANSLATE_NOOP("ReportExport", "Excel workbook (*.xlsx)"),
    #: A file dialog's filter: keep "(*.pdf)", which picks the files the dialog lists.
    ".pdf": QT_TRANSLATE_NOOP("ReportExport", "PDF document (*.pdf)"),
}


def file_filters() -> dict[str, str]:
    """The filters as the dialog shows them, in the person's language."""
    return {suffix: translate("ReportExport", text) for suffix, text in FILTERS.items()}


def default_page_size() -> str:
    """Letter where the locale measures in inches (the United States, Canada's English), else A4."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if imperial else "A4"


def chosen_path(path: str, chosen_filter: str) -> Path:
    """The chosen file, with the chosen format's ending added when the person left it out
    (the chosen filter is matched whole with the translated ones, whatever their words)."""
    chosen = Path(path)
    if chosen.suffix.lower() in FILTERS:
        return chosen
    shown = {text: suffix for suffix, text in file_filters().items()}
    return chosen.with_name(chosen.name + shown.get(chosen_filter, ".xlsx"))


class ReportExport(QObject):
    """Asks where, writes the report, says what was written.

    Signals: written(object WrittenReport) once a report is on disk.
    """

    written = Signal(object)

    def __init__(self, parent: QWidget, database: Database, settings: Settings) -> None:
        super().__init__(parent)
        self.parent_widget, self.database, self.settings = parent, database, settings
        self.worker: Worker | None = None

    def ask_and_write(self, scope: ProgressScope, name: str) -> None:
        filters = ";;".join(file_filters().values())
        path, chosen_filter = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Export report"),
            str(Path(last_folder(self.settings, REPORT)) / name), filters)
        if path:
            self.write(scope, chosen_path(path, chosen_filter))

    def write(self, scope: ProgressScope, path: Path, page_size: str | None = None) -> Worker:
        """Write the report to path off the GUI thread."""
        remember_folder(self.settings, REPORT, path.parent)
        job = partial(_write_job, self.database, scope, path, page_size or default_page_size())
        self.worker = run_with_progress(self.parent_widget, self.tr("Writing the report..."),
                                        job, self._finished, self._failed)
        return self.worker

    def _finished(self, written: WrittenReport) -> None:
        self.worker = None
        self.written.emit(written)
        QMessageBox.information(self.parent_widget, self.tr("Report written"),
                                self.tr("Wrote {path}:\n{contents}.").format(
                                    path=ltr(str(written.path)), contents=contents_text(written)))

    def _failed(self, error: Exception) -> None:
        self.worker = None
        if isinstance(error, OperationCancelled):
            return  # the person cancelled: no file was left behind, nothing to say
        QMessageBox.warning(self.parent_widget, self.tr("Report not written"),
                            self.tr("The report could not be written: {error}").format(
                                error=error))


def _write_job(database: Database, scope: ProgressScope, path: Path, page_size: str,
               progress, cancelled) -> WrittenReport:
    return write_report_file(database, scope, path, page_size,
                             lambda done: progress(done, 0), cancelled)
