"""Writing a report file, Excel or PDF by its name's ending, for the CLI and the Progress area."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale

from db.progress.scope import ProgressScope
from db.storage.database import Database
from desktop.reports.contents import gather
from desktop.reports.pdf import PdfReport, write_pdf
from desktop.reports.sheets import write_excel
from desktop.shared.translate import translate

FORMATS = (".xlsx", ".pdf")


class UnknownReportFormat(ValueError):
    """The file's name ends in neither .xlsx nor .pdf; args[0] is the path."""


@dataclass(frozen=True)
class WrittenReport:
    """What was written: where, how many activities, and a PDF's pages."""

    path: Path
    activities: int
    events: int
    pages: int | None = None


def contents_text(written: WrittenReport) -> str:
    """What a written report holds, as the language lists: "2 activities and 1 event"."""
    counts = [translate("reports", "%Ln activities", None, written.activities),
              translate("reports", "%Ln events", None, written.events)]
    if written.pages is not None:
        counts.append(translate("reports", "%Ln pages", None, written.pages))
    return QLocale().createSeparatedList(counts)


def report_format(path: Path) -> str:
    """".xlsx" or ".pdf", or UnknownReportFormat."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise UnknownReportFormat(str(path))
    return suffix


def write_report_file(database: Database, scope: ProgressScope, path: Path,
                      page_size: str = "A4", progress: Callable[[int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> WrittenReport:
    """Gather the scope's data and write it as the file's name says."""
    suffix = report_format(path)
    contents = gather(database, scope)
    pages = None
    if suffix == ".xlsx":
        write_excel(contents, path, progress, cancelled)
    else:
        pdf = PdfReport(contents.title, contents.scope_lines, contents.sources, contents.events,
                        page_size)
        pages = write_pdf(pdf, path, _pages_progress(progress), cancelled).pages
    return WrittenReport(path, len(contents.activities), len(contents.events), pages)


def _pages_progress(progress: Callable[[int], None] | None
                    ) -> Callable[[int, int], None] | None:
    return None if progress is None else (lambda done, _total: progress(done))
