"""Writes a sync package: README, manifest, data sheets and the lists behind their drop-downs."""

from __future__ import annotations

import math
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
from exporters.styles import LINE_HEIGHT, CellStyles, header_width, print_layout, text_lines
from exporters.validation_lists import (
    add_drop_downs,
    choice_labels,
    worded_lists,
    write_lists_sheet,
)
from exporters.wording import ENGLISH, Wording

REPORT_EVERY = 250  # rows between progress reports and Cancel checks
# Text that wraps within its column rather than running over the next one; IDs, versions,
# dates and numbers keep to one line.
WRAPPED_KINDS = (value_types.LONG_TEXT, value_types.CODES, value_types.TEXT)
# Column widths one landscape page holds at about two thirds of full size, the smallest that
# still reads: the Activities sheet (some 600) prints on three pages across, a template on two.
PRINTED_WIDTH = 220


def display_width(column: Column, labels: dict[str, str] | None = None,
                  header: str = "") -> int:
    """The column's width, widened so that each of its drop-down's labels fits on a line,
    and each word of its header (as written, translated) too."""
    longest = max((len(label) for label in (labels or {}).values()), default=0)
    return header_width(header, max(column.width, longest + 2))


def header_text(column: Column, wording: Wording = ENGLISH) -> str:
    """The column's header in the wording's language."""
    return wording.text(column.context, column.header)


def note_text(column: Column, wording: Wording = ENGLISH) -> str:
    """The header's comment in the wording's language, its sentences translated one by one."""
    return " ".join(wording.workbook(sentence) for sentence in column.note)


class SheetWriter:
    """Streams rows of one data sheet with its header, widths, frozen panes, filter and print
    layout. Statuses and kinds are written as their labels (labels: column key -> code ->
    label), the words the Lists sheet and its drop-downs show; the reader maps them back.
    Headers and their comments are in the wording's language; values never are."""

    def __init__(self, workbook: Workbook, title: str, columns: Sequence[Column],
                 row_count: int, labels: dict[str, dict[str, str]] | None = None,
                 key_column: str | None = None, wording: Wording = ENGLISH) -> None:
        self.sheet = workbook.create_sheet(title)
        self.columns = tuple(columns)
        self.labels = labels or {}
        self.wording = wording
        self.headers = {c.key: header_text(c, wording) for c in self.columns}
        self.styles = CellStyles(self.sheet)
        self.widths = {c.key: display_width(c, self.labels.get(c.key), self.headers[c.key])
                       for c in self.columns}
        for number, column in enumerate(self.columns, 1):
            self.sheet.column_dimensions[get_column_letter(number)].width = self.widths[
                column.key]
        self.sheet.freeze_panes = "A2"
        self._print_layout(key_column)
        self.wrapped = [c for c in self.columns if c.kind in WRAPPED_KINDS]
        self.rows_written = 1
        last = get_column_letter(len(self.columns))
        self.sheet.auto_filter.ref = f"A1:{last}{max(row_count + 1, 2)}"
        header_lines = max(text_lines(self.headers[c.key], self.widths[c.key] - 2)
                           for c in self.columns)
        if header_lines > 1:
            self.sheet.row_dimensions[1].height = LINE_HEIGHT * header_lines
        self.sheet.append([self.styles.header(self.headers[c.key], c.fillable,
                                              note_text(c, wording)) for c in self.columns])

    def _print_layout(self, key_column: str | None) -> None:
        """One page wide; a sheet too wide to read so (the Activities sheet) prints over as
        many pages across as keep its text legible, with its key column on each of them."""
        if key_column is None:
            print_layout(self.sheet, wording=self.wording)
            return
        letter = get_column_letter(1 + [c.key for c in self.columns].index(key_column))
        pages = math.ceil(sum(self.widths.values()) / PRINTED_WIDTH)
        print_layout(self.sheet, pages_wide=pages, key_columns=f"{letter}:{letter}",
                     wording=self.wording)

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
            if column.kind == value_types.CODES and value:
                value = "; ".join(value)
            if isinstance(value, str) and value:
                lines = max(lines, text_lines(value, self.widths[column.key]))
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
        if column.kind == value_types.CHOICE:
            return self.labels.get(column.key, {}).get(value, value)
        if column.kind == value_types.CODES:
            value = "; ".join(value)
        if isinstance(value, str):
            return self.styles.text(value, wrap=column.kind in WRAPPED_KINDS,
                                    width=self.widths[column.key])
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


MANIFEST_WIDTHS = (24, 66, 80)  # key, value (a checksum's 64 digits fit), meaning


def write_manifest_sheet(workbook: Workbook, manifest: Manifest,
                         wording: Wording = ENGLISH) -> None:
    """Key, value and meaning per row; Tenpoint fills it all, so its headers are grey. The
    keys are the reader's and stay as they are; headers and meanings are in the wording's
    language."""
    sheet = workbook.create_sheet(layout.MANIFEST_SHEET)
    styles = CellStyles(sheet)
    for number, width in enumerate(MANIFEST_WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = "A2"
    print_layout(sheet, wording=wording)
    sheet.append([styles.header(wording.workbook(h), fillable=False)
                  for h in layout.MANIFEST_HEADERS])
    for row, (key, source) in enumerate(layout.MANIFEST_FIELDS, 2):
        meaning = wording.workbook(source)
        value = getattr(manifest, key)
        lines = text_lines(meaning, MANIFEST_WIDTHS[2])
        if isinstance(value, datetime):
            value = styles.cell(utc_naive(value), "datetime")
        elif isinstance(value, str):
            lines = max(lines, text_lines(value, MANIFEST_WIDTHS[1]))
            value = styles.text(value, wrap=True, width=MANIFEST_WIDTHS[1])
        if lines > 1:
            sheet.row_dimensions[row].height = LINE_HEIGHT * lines
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
                  cancelled: Cancelled | None = None, signer: Signer | None = None,
                  wording: Wording = ENGLISH) -> Manifest:
    """Write the package file and return its manifest as written (counts, checksum and,
    given a signer, the signature over the content). The wording words headers, notes,
    labels and the README; the checksum and signature are over values and codes, the same
    in every language."""
    manifest = finished_manifest(content)
    if signer is not None:
        manifest = signer.signed(replace(content, manifest=manifest))
    workbook = Workbook(write_only=True)
    try:
        _write_workbook(workbook, manifest, content, worded_lists(lists, wording),
                        progress or no_progress, cancelled or never_cancelled, wording)
    except OperationCancelled:
        _discard(workbook)
        raise
    save_atomically(workbook, Path(path))
    total = _row_total(content)
    (progress or no_progress)(total, total)
    return manifest


def _write_workbook(workbook: Workbook, manifest: Manifest, content: PackageContent,
                    lists: ReferenceLists, progress: Progress, cancelled: Cancelled,
                    wording: Wording) -> None:
    readme.write_readme(workbook, manifest, wording)
    write_manifest_sheet(workbook, manifest, wording)
    total = _row_total(content)
    activities = SheetWriter(workbook, layout.ACTIVITIES_SHEET, layout.ACTIVITY_COLUMNS,
                             len(content.activities), choice_labels(lists), key_column="title",
                             wording=wording)
    done = _write_rows(activities, content.activities, 0, total, progress, cancelled)
    add_drop_downs(activities.sheet, activities.columns, len(content.activities) + 1, lists,
                   wording)
    deletions = SheetWriter(workbook, layout.DELETIONS_SHEET, layout.DELETION_COLUMNS,
                            len(content.deletions), wording=wording)
    done = _write_rows(deletions, content.deletions, done, total, progress, cancelled)
    if manifest.kind == KIND_HQ_UPDATE:
        acks = SheetWriter(workbook, layout.ACKNOWLEDGEMENTS_SHEET,
                           layout.ACKNOWLEDGEMENT_COLUMNS, len(content.acknowledgements),
                           wording=wording)
        done = _write_rows(acks, content.acknowledgements, done, total, progress, cancelled)
        updates = SheetWriter(workbook, layout.CATALOG_UPDATES_SHEET,
                              layout.CATALOG_UPDATE_COLUMNS, len(content.catalog_updates),
                              wording=wording)
        _write_rows(updates, content.catalog_updates, 0, 0, no_progress, cancelled)
        changes = SheetWriter(workbook, layout.CATALOG_CHANGES_SHEET,
                              layout.CATALOG_CHANGE_COLUMNS, len(content.catalog_changes),
                              wording=wording)
        _write_rows(changes, content.catalog_changes, 0, 0, no_progress, cancelled)
    if manifest.kind != KIND_TEMPLATE:  # a template has no history yet
        history = SheetWriter(workbook, layout.HISTORY_SHEET, layout.HISTORY_COLUMNS,
                              len(content.history), wording=wording)
        _write_rows(history, content.history, done, total, progress, cancelled)
    write_lists_sheet(workbook, lists, wording)
    if cancelled():
        raise OperationCancelled()
