"""Reads a sync package or filled template into validated records and typed problems.

`read_package` is a plain function of a path returning plain, picklable data, so it can run
in a child process with time and memory limits (see the data-safety issue).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from exporters import cells, layout, problems
from exporters.activity import BY_NAME, LABEL_CONTEXT
from exporters.checksum import content_checksum
from exporters.errors import OperationCancelled
from exporters.layout import Column
from exporters.problems import Problem
from exporters.progress import Cancelled, Progress, never_cancelled, no_progress
from exporters.records import (
    FORMAT_VERSION,
    KIND_HQ_UPDATE,
    KIND_TEMPLATE,
    PACKAGE_KINDS,
    AcknowledgementRow,
    CatalogChangeRow,
    CatalogRow,
    DeletionRow,
    HistoryRow,
    Manifest,
    PackageActivity,
    PackageContent,
)
from exporters.sheet_parser import ParsedRow, RowParser, data_rows, find_header
from exporters.sheet_rows import ENGINE_CALAMINE, SheetSource, UnreadableWorkbook
from exporters.wording import ENGLISH_ONLY, ReadingWords, fold

REPORT_EVERY = 250
MANIFEST_REQUIRED = ("format_version", "package_id", "kind", "office_id", "office_name")
SHEETS_IN_READING_ORDER = (layout.MANIFEST_SHEET, layout.LISTS_SHEET, layout.ACTIVITIES_SHEET,
                           layout.DELETIONS_SHEET, layout.ACKNOWLEDGEMENTS_SHEET,
                           layout.CATALOG_UPDATES_SHEET, layout.CATALOG_CHANGES_SHEET,
                           layout.HISTORY_SHEET)
HISTORY_CHANGE_ID = next(c for c in layout.HISTORY_COLUMNS if c.key == "change_id")
CATALOG_CHANGE_ID = next(c for c in layout.CATALOG_CHANGE_COLUMNS if c.key == "change_id")


@dataclass(frozen=True)
class RejectedRow:
    """A row that cannot be imported: what its cells showed and everything wrong with it."""

    sheet: str
    row: int
    text: dict[str, str]
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class RowCount:
    """A data sheet whose rows differ in number from what the (signed) manifest lists: rows
    were added or removed after export. Rejected rows are counted as found."""

    sheet: str
    listed: int  # the manifest's count
    found: int  # the rows the file holds

    @property
    def added(self) -> int:
        return max(0, self.found - self.listed)

    @property
    def missing(self) -> int:
        return max(0, self.listed - self.found)


@dataclass(frozen=True)
class ReadPackage:
    """A package as read: its content (None when the file itself is unusable) and problems."""

    file: str
    content: PackageContent | None
    problems: tuple[Problem, ...] = ()
    rejected_rows: tuple[RejectedRow, ...] = ()
    checksum_matches: bool | None = None
    blank_template_rows: int = 0
    extra: dict = field(default_factory=dict)
    row_counts: tuple[RowCount, ...] = ()  # only the sheets whose count differs

    @property
    def file_rejected(self) -> bool:
        return self.content is None or any(p.rejects_file for p in self.problems)


class _Reading:
    """The state of one read: the open file, problems so far, progress."""

    def __init__(self, path: Path, engine: str, progress: Progress, cancelled: Cancelled,
                 words: ReadingWords = ENGLISH_ONLY):
        self.file = path.name
        self.words = words
        self.source = SheetSource(path, engine)
        self.problems: list[Problem] = []
        self.rejected: list[RejectedRow] = []
        self.progress, self.cancelled = progress, cancelled
        self.done, self.total = 0, 0
        self.found: Counter = Counter()  # data rows per sheet, rejected ones included

    def file_problem(self, sheet: str | None, code: str, column: str | None = None,
                     value: str | None = None) -> None:
        self.problems.append(Problem(self.file, sheet, None, column, value, code))

    def tick(self) -> None:
        self.done += 1
        if self.done % REPORT_EVERY == 0:
            if self.cancelled():
                raise OperationCancelled()
            # The manifest counts no history rows: never report more than all of it done.
            self.progress(self.done, max(self.total, self.done))

    def has_sheet(self, name: str) -> bool:
        return name in self.source.sheet_names

    def rows(self, name: str) -> Iterator:
        return self.source.rows(name)


def _manifest_values(reading: _Reading) -> dict[str, object]:
    values: dict[str, object] = {}
    for _number, row in reading.rows(layout.MANIFEST_SHEET):
        key = cells.read_text(row[0] if row else None)
        if key and key.lower() != "key":
            values[key] = row[1] if len(row) > 1 else None
    return values


def _read_manifest(reading: _Reading) -> Manifest | None:
    if not reading.has_sheet(layout.MANIFEST_SHEET):
        reading.file_problem(layout.MANIFEST_SHEET, problems.MISSING_SHEET)
        return None
    values = _manifest_values(reading)
    missing = [k for k in MANIFEST_REQUIRED if not cells.read_text(values.get(k))]
    if missing:
        reading.file_problem(layout.MANIFEST_SHEET, problems.BAD_MANIFEST, missing[0])
        return None
    try:
        manifest = _manifest(values)
    except (cells.CellError, ValueError) as error:
        reading.file_problem(layout.MANIFEST_SHEET, problems.BAD_MANIFEST, None, str(error))
        return None
    if manifest.format_version > FORMAT_VERSION:
        reading.file_problem(layout.MANIFEST_SHEET, problems.FUTURE_FORMAT, "format_version",
                             str(manifest.format_version))
        return None
    if manifest.kind not in PACKAGE_KINDS:
        reading.file_problem(layout.MANIFEST_SHEET, problems.UNKNOWN_PACKAGE_KIND, "kind",
                             manifest.kind)
        return None
    return manifest


def _manifest(values: dict[str, object]) -> Manifest:
    def text(key: str) -> str:
        return cells.read_text(values.get(key))

    def number(key: str) -> int:
        return cells.read_integer(values.get(key)) or 0

    created = cells.read_datetime(values.get("created_at")) or datetime.now(UTC)
    return Manifest(
        package_id=text("package_id"), kind=text("kind"), office_id=text("office_id"),
        office_name=text("office_name"), country=text("country").upper() or None,
        created_at=created, app_version=text("app_version"),
        schema_version=text("schema_version"), catalog_version=number("catalog_version"),
        format_version=number("format_version"), region=text("region") or None,
        recipient_office_id=text("recipient_office_id") or None,
        activity_count=number("activity_count"), deletion_count=number("deletion_count"),
        acknowledgement_count=number("acknowledgement_count"), checksum=text("checksum"),
        signing_key=text("signing_key"), signature=text("signature"))


def _declared_labels(name: str, words: ReadingWords) -> dict[str, str]:
    """A choice's labels as the activity declares them, in English and in each language of
    words, folded, to their codes. English wins a clash; a translation two codes share
    reads as neither (it could not say which)."""
    labels = {fold(label): code for code, label in BY_NAME[name].choices.items()}
    translated: dict[str, set[str]] = {}
    for code, label in BY_NAME[name].choices.items():
        for spelling in words.spellings(LABEL_CONTEXT, label)[1:]:
            translated.setdefault(fold(spelling), set()).add(code)
    for spelling, codes in translated.items():
        if len(codes) == 1 and spelling not in labels:
            labels[spelling] = next(iter(codes))
    return labels


def _choice_labels(reading: _Reading) -> dict[str, dict[str, str]]:
    """Status and kind labels, so a cell may show either label or code: the labels the
    activity declares, in every language the reading words hold (cells show them; a person
    may delete the Lists sheet), then those of the Lists sheet (a package written by another
    version, or in another language, may word them otherwise)."""
    labels: dict[str, dict[str, str]] = {
        name: _declared_labels(name, reading.words) for name in ("status", "kind")}
    if not reading.has_sheet(layout.LISTS_SHEET):
        return labels
    for number, row in reading.rows(layout.LISTS_SHEET):
        if number == 1:
            continue
        for key, offset in (("status", 0), ("kind", 2)):
            code, label = (tuple(row[offset:offset + 2]) + (None, None))[:2]
            if code and label:
                labels[key][fold(label)] = str(code).strip()
    return labels


def _is_blank(raw: tuple) -> bool:
    """No cell holds anything but spaces (usually decided by the first cell, the ID)."""
    for value in raw:
        if value is None or value == "" or (isinstance(value, str) and not value.strip()):
            continue
        return False
    return True


def _read_sheet(reading: _Reading, sheet: str, columns: tuple[Column, ...],
                required: tuple[str, ...], labels: dict, optional: bool = False
                ) -> list[ParsedRow] | None:
    """Parsed rows of one sheet; None (with a file problem) when it cannot be read."""
    if not reading.has_sheet(sheet):
        if not optional:
            reading.file_problem(sheet, problems.MISSING_SHEET)
        return [] if optional else None
    rows = reading.rows(sheet)
    header = find_header(rows, columns, reading.words)
    if header is None:
        reading.file_problem(sheet, problems.MISSING_COLUMN, columns[0].header)
        return None
    missing = header.missing(required)
    if missing:
        reading.file_problem(sheet, problems.MISSING_COLUMN, missing[0].header)
        return None
    parser = RowParser(reading.file, sheet, header, labels)
    raw_rows = []
    for row in data_rows(rows, header.row, _is_blank):
        raw_rows.append(row)
        reading.tick()
    reading.found[sheet] = len(raw_rows)
    return parser.parse_all(raw_rows)


def _reject_duplicates(reading: _Reading, sheet: str, rows: list[ParsedRow],
                       unique: Column = layout.ACTIVITY_ID) -> list[ParsedRow]:
    """Two rows claiming one ID are both rejected: which one is right is for a person to say."""
    key = unique.key
    counts = Counter(r.values.get(key) for r in rows if not r.problems and r.values.get(key))
    result = []
    for row in rows:
        if not row.problems and counts[row.values.get(key)] > 1:
            row = row._replace(problems=(Problem(reading.file, sheet, row.row, unique.header,
                                                 row.values[key], problems.DUPLICATE_ID),))
        result.append(row)
    return result


def _split(reading: _Reading, sheet: str, rows: list[ParsedRow],
           unique: Column = layout.ACTIVITY_ID) -> list[ParsedRow]:
    """The valid rows; the others are kept as rejected rows with their problems."""
    valid = []
    for row in _reject_duplicates(reading, sheet, rows, unique):
        if row.problems:
            reading.rejected.append(RejectedRow(sheet, row.row, row.text, row.problems))
            reading.problems.extend(row.problems)
        else:
            valid.append(row)
    return valid


def _activity(row: ParsedRow, manifest: Manifest) -> PackageActivity:
    values = row.values
    values["status"] = values.get("status") or BY_NAME["status"].default
    if manifest.kind == KIND_TEMPLATE:  # a hand-filled row belongs to the template's office
        values["country_iso2"] = values.get("country_iso2") or manifest.country
        values["owner_office_id"] = manifest.office_id
        values["owner_office"] = manifest.office_name
    return PackageActivity(**values, sheet_row=row.row)


def _template_blank(raw: tuple, id_index: int | None) -> bool:
    return _is_blank(tuple(v for i, v in enumerate(raw) if i != id_index))


def _read_activities(reading: _Reading, manifest: Manifest, labels: dict
                     ) -> tuple[list[PackageActivity], int] | None:
    template = manifest.kind == KIND_TEMPLATE
    columns = layout.ACTIVITY_INPUT_COLUMNS if template else layout.ACTIVITY_COLUMNS
    required = tuple(c.key for c in columns if c.required)
    parsed = _read_sheet(reading, layout.ACTIVITIES_SHEET, columns, required, labels)
    if parsed is None:
        return None
    blank = 0
    if template:  # rows with nothing but their pre-assigned ID were simply not used
        filled = [r for r in parsed if any(
            cells.read_text(v) for k, v in r.cells.items() if k != "activity_id")]
        blank = len(parsed) - len(filled)
        parsed = filled
    valid = _split(reading, layout.ACTIVITIES_SHEET, parsed)
    return [_activity(row, manifest) for row in valid], blank


def _read_optional(reading: _Reading, sheet: str, columns: tuple[Column, ...], build,
                   unique: Column = layout.ACTIVITY_ID) -> list:
    required = tuple(c.key for c in columns if c.required)
    parsed = _read_sheet(reading, sheet, columns, required, {}, optional=True)
    if parsed is None:
        return []
    return [build(row) for row in _split(reading, sheet, parsed, unique)]


def _deletion(row: ParsedRow) -> DeletionRow:
    v = row.values
    return DeletionRow(v["activity_id"], v.get("title", ""), v["owner_office_id"],
                       v.get("owner_office", ""), v.get("deleted_at"), v.get("deleted_by", ""),
                       v.get("revision") or 0, v["version"], sheet_row=row.row)


def _acknowledgement(row: ParsedRow) -> AcknowledgementRow:
    v = row.values
    return AcknowledgementRow(v["activity_id"], v.get("revision") or 0, v["version"],
                              sheet_row=row.row)


def _history(row: ParsedRow) -> HistoryRow:
    return HistoryRow(**row.values, sheet_row=row.row)  # each column is one of its fields


def _read_history(reading: _Reading, manifest: Manifest) -> tuple[HistoryRow, ...]:
    """The optional History sheet: older packages have none, and templates never carry one."""
    if manifest.kind == KIND_TEMPLATE:
        return ()
    return tuple(_read_optional(reading, layout.HISTORY_SHEET, layout.HISTORY_COLUMNS, _history,
                                unique=HISTORY_CHANGE_ID))


def _catalog_change(row: ParsedRow) -> CatalogChangeRow:
    return CatalogChangeRow(**row.values, sheet_row=row.row)  # each column is one of its fields


def _read_catalog_changes(reading: _Reading, manifest: Manifest
                          ) -> tuple[CatalogChangeRow, ...]:
    """Headquarters' catalog log: only its updates carry one."""
    if manifest.kind != KIND_HQ_UPDATE:
        return ()
    return tuple(_read_optional(reading, layout.CATALOG_CHANGES_SHEET,
                                layout.CATALOG_CHANGE_COLUMNS, _catalog_change,
                                unique=CATALOG_CHANGE_ID))


def _catalog_update(row: ParsedRow) -> CatalogRow:
    v = row.values
    retired = str(v.get("retired", "")).strip().lower() in ("true", "1", "yes")
    return CatalogRow(v["code"], v.get("event", ""), v.get("kind", ""), v["text"], retired)


def read_package(path: Path | str, progress: Progress | None = None,
                 cancelled: Cancelled | None = None, engine: str = ENGINE_CALAMINE,
                 words: ReadingWords | None = None) -> ReadPackage:
    """Read and check a whole package; never raises for a bad file, it reports problems.

    words: the headers and labels of other languages to recognise (English only without)."""
    return _opened(path, _read, SHEETS_IN_READING_ORDER, engine, progress, cancelled, words)


def _opened(path: Path | str, read: Callable[[_Reading], ReadPackage], sheets: tuple[str, ...],
            engine: str, progress: Progress | None, cancelled: Cancelled | None,
            words: ReadingWords | None) -> ReadPackage:
    """read(reading) of the workbook opened, its sheets loading ahead, closed after; a file
    that is no workbook is a problem, never an exception."""
    path = Path(path)
    try:
        reading = _Reading(path, engine, progress or no_progress,
                           cancelled or never_cancelled, words or ENGLISH_ONLY)
    except UnreadableWorkbook as error:
        return ReadPackage(path.name, None, (Problem(path.name, None, None, None, error.detail,
                                                     problems.UNREADABLE),))
    reading.source.prefetch(sheets)
    try:
        return read(reading)
    finally:
        reading.source.close()


def read_manifest(path: Path | str, progress: Progress | None = None,
                  words: ReadingWords | None = None) -> ReadPackage:
    """Only the package's Manifest sheet, as read_package reads it first: a ReadPackage whose
    content holds the manifest alone (None, with the problem, when it cannot be read).

    A few milliseconds for a package of 20,000 activities: what a folder's import orders its
    packages by before it reads them (db/sync/read_store.py)."""
    return _opened(path, _manifest_only, (), ENGINE_CALAMINE, progress, None, words)


def _manifest_only(reading: _Reading) -> ReadPackage:
    manifest = _read_manifest(reading)
    return ReadPackage(reading.file, PackageContent(manifest) if manifest else None,
                       tuple(reading.problems))


# The Manifest sheet is parsed in the reading child, within its limits, without the checks
# of the whole file first (exporters/isolated_read.py): they stream every sheet, a third of
# a second for 20,000 activities. A file whose manifest this cannot read is read whole after,
# checks first, so a person learns what is wrong with it in the checks' words.
read_manifest.checked_first = False


def _read(reading: _Reading) -> ReadPackage:
    manifest = _read_manifest(reading)
    if manifest is None:
        return ReadPackage(reading.file, None, tuple(reading.problems))
    reading.total = (manifest.activity_count + manifest.deletion_count
                     + manifest.acknowledgement_count)
    labels = _choice_labels(reading)
    activities = _read_activities(reading, manifest, labels)
    if activities is None:
        return ReadPackage(reading.file, None, tuple(reading.problems))
    content = PackageContent(
        manifest, tuple(activities[0]),
        tuple(_read_optional(reading, layout.DELETIONS_SHEET, layout.DELETION_COLUMNS,
                             _deletion)),
        tuple(_read_optional(reading, layout.ACKNOWLEDGEMENTS_SHEET,
                             layout.ACKNOWLEDGEMENT_COLUMNS, _acknowledgement)),
        tuple(_read_optional(reading, layout.CATALOG_UPDATES_SHEET,
                             layout.CATALOG_UPDATE_COLUMNS, _catalog_update)),
        _read_history(reading, manifest), _read_catalog_changes(reading, manifest))
    counts = _row_counts(reading, content.manifest)
    matches = _checksum_matches(reading, content, counts)
    return ReadPackage(reading.file, content, tuple(reading.problems), tuple(reading.rejected),
                       matches, activities[1], row_counts=counts)


def _row_counts(reading: _Reading, manifest: Manifest) -> tuple[RowCount, ...]:
    """The data sheets holding more or fewer rows than the manifest lists (exported packages
    only: a template's rows are the person's to fill, delete or add)."""
    if manifest.kind == KIND_TEMPLATE or not manifest.checksum:
        return ()
    listed = ((layout.ACTIVITIES_SHEET, manifest.activity_count),
              (layout.DELETIONS_SHEET, manifest.deletion_count),
              (layout.ACKNOWLEDGEMENTS_SHEET, manifest.acknowledgement_count))
    return tuple(RowCount(sheet, count, reading.found[sheet]) for sheet, count in listed
                 if reading.found[sheet] != count)


def _checksum_matches(reading: _Reading, content: PackageContent,
                      counts: tuple[RowCount, ...]) -> bool | None:
    """None for templates (filled by hand, no checksum). A row added, removed or changed
    since export is a mismatch, a warning only; db/sync/signatures.py then treats the package
    as changed after signing. A rejected row (left out of the content) is a mismatch too,
    which the rejection already reports: the import adds the warning (db/sync/importing.py)."""
    if content.manifest.kind == KIND_TEMPLATE or not content.manifest.checksum:
        return None
    if reading.rejected:
        return False
    matches = not counts and content_checksum(content) == content.manifest.checksum
    if not matches:
        reading.problems.append(Problem(reading.file, layout.MANIFEST_SHEET, None, "checksum",
                                        content.manifest.checksum, problems.CHECKSUM_MISMATCH))
    return matches
