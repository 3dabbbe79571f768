"""Parses one data sheet into typed values per row, tolerating what re-saving and people do."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from exporters import cells, layout, problems, value_types
from exporters.layout import Column
from exporters.problems import Problem
from exporters.sheet_rows import Row
from exporters.wording import ReadingWords, fold

HEADER_SEARCH_ROWS = 10  # a person may add a title row or two above the header


class ParsedRow(NamedTuple):
    """A row's values by column key, or its problems; raw keeps the cells as the sheet held.

    A named tuple, not a dataclass: one is built per row read, and it is twice as fast.
    """

    row: int
    values: dict
    raw: tuple
    columns: dict[str, int]  # column key -> index in raw
    problems: tuple[Problem, ...]

    @property
    def cells(self) -> dict[str, object]:
        width = len(self.raw)
        return {key: self.raw[i] if i < width else None for key, i in self.columns.items()}

    @property
    def text(self) -> dict[str, str]:
        """The cells as a person saw them (for rejected rows and the error workbook)."""
        return {key: cells.read_text(value) for key, value in self.cells.items()}


@dataclass(frozen=True)
class SheetHeader:
    """Where the header is and which column index holds which field."""

    row: int
    columns: dict[int, Column]

    def missing(self, required: tuple[str, ...]) -> list[Column]:
        present = {c.key for c in self.columns.values()}
        return [c for c in self.all_columns if c.key in required and c.key not in present]

    all_columns: tuple[Column, ...] = ()


def find_header(rows: Iterator[Row], columns: tuple[Column, ...],
                words: ReadingWords | None = None) -> SheetHeader | None:
    """The first row naming the sheet's key column, the first declared (Activity ID, Code...),
    wherever the row has it: a template puts the ID last, one sent before first. Headers are
    recognised in English and, given words, in each language they hold."""
    index = layout.header_index(columns, words)
    first = columns[0]
    for searched, (number, values) in enumerate(rows):
        found = {i: index[layout.normalize_header(v)] for i, v in enumerate(values)
                 if v is not None and layout.normalize_header(v) in index}
        if first in found.values():
            return SheetHeader(number, found, columns)
        if searched >= HEADER_SEARCH_ROWS:
            return None
    return None


def choice_code(text: str, labels: dict[str, str]) -> str:
    """A status or kind as its code, whether the cell shows the code or a label (labels:
    each label folded, exporters.wording.fold, to its code)."""
    code = labels.get(fold(text))
    if code is not None:
        return code
    return re.sub(r"[\s\-]+", "_", " ".join(text.lower().split()))


def _read_choice(labels: dict[str, str]):
    known: dict[object, str | None] = {}  # a column holds a handful of distinct values

    def read(cell: object) -> str | None:
        if cell not in known:
            text = cells.read_text(cell)
            known[cell] = choice_code(text, labels) if text else None
        return known[cell]
    return read


def _read_country(cell: object) -> str | None:
    return cells.read_text(cell).upper() or None


def _read_optional_version(cell: object) -> dict[str, int]:
    return cells.read_version(cell) if cells.read_text(cell) else {}


# Readers that take a whole column at once, for the column kinds that are most cells.
COLUMN_READERS = {cells.read_text: cells.read_text_column,
                  cells.read_datetime: cells.read_datetime_column,
                  _read_optional_version: cells.read_version_column}


class RowParser:
    """Turns raw cells into typed values by column kind, noting each cell's problem.

    It works a column at a time: one reader mapped over a column is several times faster
    than dispatching on every cell, and a package has hundreds of thousands of cells.
    """

    def __init__(self, file: str, sheet: str, header: SheetHeader,
                 choice_labels: dict[str, dict[str, str]]) -> None:
        self.file, self.sheet, self.header = file, sheet, header
        readers = {value_types.ID: _read_id, value_types.CODES: cells.read_codes,
                   value_types.COUNTRY: _read_country, value_types.DATE: cells.read_date,
                   value_types.DATETIME: cells.read_datetime,
                   value_types.INTEGER: cells.read_integer,
                   value_types.VERSION: _read_optional_version}
        self.plan = [(index, column,
                      _read_choice(choice_labels.get(column.key, {}))
                      if column.kind == value_types.CHOICE else readers.get(column.kind,
                                                                       cells.read_text))
                     for index, column in header.columns.items()]
        self.columns = {column.key: index for index, column, _read in self.plan}

    def problem(self, row: int, column: Column | None, value: str | None, code: str) -> Problem:
        return Problem(self.file, self.sheet, row, column.header if column else None, value,
                       code)

    def _column(self, numbers: list[int], raws: list[tuple], narrowest: int, index: int,
                column: Column, read, found: dict[int, list[Problem]]) -> list:
        if narrowest > index:
            column_cells = [raw[index] for raw in raws]
        else:
            column_cells = [raw[index] if index < len(raw) else None for raw in raws]
        try:
            whole_column = COLUMN_READERS.get(read)
            values = whole_column(column_cells) if whole_column else list(map(read, column_cells))
        except cells.CellError:  # a bad cell somewhere: go cell by cell to name each one
            values = []
            for position, cell in enumerate(column_cells):
                try:
                    values.append(read(cell))
                except cells.CellError as error:
                    values.append(None)
                    found.setdefault(position, []).append(self.problem(
                        numbers[position], column, cells.read_text(cell), error.code))
        if column.required:
            for position, value in enumerate(values):
                if not value and not any(p.column == column.header
                                         for p in found.get(position, ())):
                    found.setdefault(position, []).append(self.problem(
                        numbers[position], column, cells.read_text(column_cells[position]),
                        problems.REQUIRED))
        return values

    def parse_all(self, rows: list[Row]) -> list[ParsedRow]:
        """Every row parsed; each row's problems listed in column order."""
        numbers = [number for number, _raw in rows]
        raws = [raw for _number, raw in rows]
        found: dict[int, list[Problem]] = {}
        keys = [column.key for _index, column, _read in self.plan]
        narrowest = min(map(len, raws), default=0)
        columns = [self._column(numbers, raws, narrowest, index, column, read, found)
                   for index, column, read in self.plan]
        order = {column.header: i for i, (_x, column, _r) in enumerate(self.plan)}
        for position, row_problems in found.items():
            found[position] = tuple(sorted(row_problems, key=lambda p: order.get(p.column, 0)))
        return [ParsedRow(numbers[position], dict(zip(keys, values, strict=True)),
                          raws[position], self.columns, found.get(position, ()))
                for position, values in enumerate(zip(*columns, strict=True))]


CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _read_id(cell: object) -> str:
    text = cells.read_text(cell)
    if not text or CANONICAL_UUID.fullmatch(text):  # as Tenpoint writes them: no need to parse
        return text
    try:
        return str(uuid.UUID(text))
    except ValueError as error:
        raise cells.CellError(problems.INVALID_ID) from error


def data_rows(rows: Iterator[Row], header_row: int, is_blank: Callable[[tuple], bool]
              ) -> Iterator[Row]:
    """The non-blank rows after the header."""
    for number, raw in rows:
        if number > header_row and not is_blank(raw):
            yield number, raw
