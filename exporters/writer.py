"""Writes a sync package: README, manifest, data sheets and the lists behind their drop-downs."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from exporters import layout, readme, value_types
from exporters.cells import utc_naive, version_text
from exporters.checksum import content_checksum
from exporters.errors import OperationCancelled, PackageWriteError
from exporters.layout import Column
from exporters.progress import Cancelled, Progress, never_cancelled, no_progress
from exporters.records import (
    KIND_HQ_UPDATE,
    KIND_TEMPLATE,
    Manifest,
    PackageContent,
    ReferenceLists,
)
from exporters.signature import Signer
from exporters.styles import CellStyles
from exporters.validation_lists import add_drop_downs, write_lists_sheet

REPORT_EVERY = 250  # rows between progress reports and Cancel checks
LINE_HEIGHT = 15  # points per line of text at the default font
MAX_LINES = 6  # a long description shows its start; the cell holds it all


class SheetWriter:
    """Streams rows of one data sheet with its header, widths, frozen row and filter."""

    def __init__(self, workbook: Workbook, title: str, columns: Sequence[Column],
                 row_count: int, sync_from: int | None = None) -> None:
        self.sheet = workbook.create_sheet(title)
        self.columns = tuple(columns)
        self.styles = CellStyles(self.sheet)
        for number, column in enumerate(self.columns, 1):
            self.sheet.column_dimensions[get_column_letter(number)].width = column.width
        self.sheet.freeze_panes = "A2"
        self.sheet.page_setup.orientation = "landscape"
        self.wrapped = [c for c in self.columns if c.kind == value_types.LONG_TEXT]
        self.rows_written = 1
        last = get_column_letter(len(self.columns))
        self.sheet.auto_filter.ref = f"A1:{last}{max(row_count + 1, 2)}"
        self.sheet.append([
            self.styles.cell(c.header, "sync_header" if sync_from is not None and i >= sync_from
                             else "header") for i, c in enumerate(self.columns)])

    def append(self, record: object) -> None:
        self.rows_written += 1
        lines = self._lines(record)
        if lines > 1:  # Excel does not size rows to wrapped text on opening; say it here
            self.sheet.row_dimensions[self.rows_written].height = LINE_HEIGHT * lines
        cells = [self._cell(c, getattr(record, c.key)) for c in self.columns]
        if lines > 1:  # in a tall row, every cell starts at the top, beside the wrapped text
            cells = [self.styles.cell(v, "top") if isinstance(v, str | int) else v
                     for v in cells]
        self.sheet.append(cells)

    def _lines(self, record: object) -> int:
        """Lines the tallest wrapped cell needs, up to MAX_LINES."""
        lines = 1
        for column in self.wrapped:
            value = getattr(record, column.key)
            if isinstance(value, str) and (len(value) > column.width or "\n" in value):
                needed = sum(len(part) // column.width + 1 for part in value.split("\n"))
                lines = max(lines, min(needed, MAX_LINES))
        return lines

    def _cell(self, column: Column, value: object) -> object:
        if value is None or value == "":
            return None
        if column.kind == value_types.DATE:
            return self.styles.cell(value, "date") if isinstance(value, date) else value
        if column.kind == value_types.DATETIME:
            return self.styles.cell(utc_naive(value), "datetime") if isinstance(
                value, datetime) else value
        if column.kind == value_types.VERSION:
            return version_text(value)
        if column.kind == value_types.CODES:
            return self.styles.text("; ".join(value))
        if isinstance(value, str):
            return self.styles.text(value, wrap=column.kind == value_types.LONG_TEXT)
        return value


def _write_rows(writer: SheetWriter, rows: Iterable[object], done: int, total: int,
                progress: Progress, cancelled: Cancelled) -> int:
    for row in rows:
        writer.append(row)
        done += 1
        if done % REPORT_EVERY == 0:
            if cancelled():
                raise OperationCancelled()
            progress(done, total)
    return done


def _row_total(content: PackageContent) -> int:
    """The rows progress counts: every data sheet's but the catalog updates' (few, fast)."""
    return (len(content.activities) + len(content.deletions) + len(content.acknowledgements)
            + len(content.history))


def write_manifest_sheet(workbook: Workbook, manifest: Manifest) -> None:
    sheet = workbook.create_sheet(layout.MANIFEST_SHEET)
    styles = CellStyles(sheet)
    for letter, width in (("A", 24), ("B", 44), ("C", 80)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.append([styles.cell(h, "header") for h in ("Key", "Value", "Meaning")])
    for key, meaning in layout.MANIFEST_FIELDS:
        value = getattr(manifest, key)
        if isinstance(value, datetime):
            value = styles.cell(utc_naive(value), "datetime")
        elif isinstance(value, str):
            value = styles.text(value)
        sheet.append([styles.cell(key, "bold"), value, styles.cell(meaning, "wrap")])


def finished_manifest(content: PackageContent) -> Manifest:
    """The manifest with its counts and checksum filled in from the content."""
    manifest = replace(content.manifest, activity_count=len(content.activities),
                       deletion_count=len(content.deletions),
                       acknowledgement_count=len(content.acknowledgements))
    manifest = replace(manifest, checksum=content_checksum(replace(content, manifest=manifest)))
    return manifest


def write_beside_then_rename(path: Path, write: Callable[[str], object]) -> None:
    """write(temporary) into a file beside path, then rename it onto path: a failed or
    cancelled write leaves no half file, and the target is never half-written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(suffix=".xlsx.part", dir=path.parent)
    os.close(handle)
    try:
        write(temporary)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; a package is meant to be shared
        os.replace(temporary, path)
    except OSError as error:
        raise PackageWriteError(str(path), error.strerror or str(error)) from error
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def save_atomically(workbook: Workbook, path: Path) -> None:
    write_beside_then_rename(path, workbook.save)


def _discard(workbook: Workbook) -> None:
    """Finish a cancelled workbook into a scratch file, so its streams close cleanly."""
    handle, scratch = tempfile.mkstemp(suffix=".xlsx")
    os.close(handle)
    try:
        workbook.save(scratch)
    finally:
        os.unlink(scratch)


def write_package(path: Path | str, content: PackageContent, lists: ReferenceLists,
                  progress: Progress | None = None,
                  cancelled: Cancelled | None = None, signer: Signer | None = None
                  ) -> Manifest:
    """Write the package file and return its manifest as written (counts, checksum and,
    given a signer, the signature over the content)."""
    manifest = finished_manifest(content)
    if signer is not None:
        manifest = signer.signed(replace(content, manifest=manifest))
    workbook = Workbook(write_only=True)
    try:
        _write_workbook(workbook, manifest, content, lists, progress or no_progress,
                        cancelled or never_cancelled)
    except OperationCancelled:
        _discard(workbook)
        raise
    save_atomically(workbook, Path(path))
    total = _row_total(content)
    (progress or no_progress)(total, total)
    return manifest


def _write_workbook(workbook: Workbook, manifest: Manifest, content: PackageContent,
                    lists: ReferenceLists, progress: Progress, cancelled: Cancelled) -> None:
    readme.write_readme(workbook, manifest)
    write_manifest_sheet(workbook, manifest)
    total = _row_total(content)
    activities = SheetWriter(workbook, layout.ACTIVITIES_SHEET, layout.ACTIVITY_COLUMNS,
                             len(content.activities),
                             sync_from=len(layout.ACTIVITY_INPUT_COLUMNS))
    done = _write_rows(activities, content.activities, 0, total, progress, cancelled)
    add_drop_downs(activities.sheet, activities.columns, len(content.activities) + 1, lists)
    deletions = SheetWriter(workbook, layout.DELETIONS_SHEET, layout.DELETION_COLUMNS,
                            len(content.deletions))
    done = _write_rows(deletions, content.deletions, done, total, progress, cancelled)
    if manifest.kind == KIND_HQ_UPDATE:
        acks = SheetWriter(workbook, layout.ACKNOWLEDGEMENTS_SHEET,
                           layout.ACKNOWLEDGEMENT_COLUMNS, len(content.acknowledgements))
        done = _write_rows(acks, content.acknowledgements, done, total, progress, cancelled)
        updates = SheetWriter(workbook, layout.CATALOG_UPDATES_SHEET,
                              layout.CATALOG_UPDATE_COLUMNS, len(content.catalog_updates))
        _write_rows(updates, content.catalog_updates, 0, 0, no_progress, cancelled)
    if manifest.kind != KIND_TEMPLATE:  # a template has no history yet
        history = SheetWriter(workbook, layout.HISTORY_SHEET, layout.HISTORY_COLUMNS,
                              len(content.history))
        _write_rows(history, content.history, done, total, progress, cancelled)
    write_lists_sheet(workbook, lists)
    if cancelled():
        raise OperationCancelled()
