"""Raw rows of a workbook's sheets, from python-calamine or openpyxl read-only.

Both give plain Python values (str, int/float, date/datetime, None) with each row's 1-based
number, so the parsing above them does not care which engine read the file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

ENGINE_CALAMINE = "calamine"
ENGINE_OPENPYXL = "openpyxl"
Row = tuple[int, tuple]


class UnreadableWorkbook(Exception):  # noqa: N818 - carries the reason as data
    """The file is not a workbook either engine can open."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class SheetSource:
    """An open workbook: its sheet names and the rows of each sheet.

    With python-calamine, sheets are loaded on one background thread: calamine releases the
    GIL while it parses a sheet's XML, so the next sheets load while Python reads this one.
    One thread only: the workbook object must not be used by two threads at once.
    """

    def __init__(self, path: Path, engine: str) -> None:
        self.path = Path(path)
        self.engine = engine
        self._loader: ThreadPoolExecutor | None = None
        self._loading: dict[str, Future] = {}
        try:
            if engine == ENGINE_CALAMINE:
                import python_calamine

                self._book = python_calamine.CalamineWorkbook.from_path(str(self.path))
                self.sheet_names = tuple(self._book.sheet_names)
            else:
                from openpyxl import load_workbook

                self._book = load_workbook(self.path, read_only=True, data_only=True)
                self.sheet_names = tuple(self._book.sheetnames)
        except Exception as error:  # every engine has its own zoo of parse errors
            raise UnreadableWorkbook(type(error).__name__) from error

    def rows(self, sheet_name: str) -> Iterator[Row]:
        """(row number, values) for each row; an empty cell is None or ""."""
        if self.engine == ENGINE_CALAMINE:
            return self._calamine_rows(sheet_name)
        return self._openpyxl_rows(sheet_name)

    def prefetch(self, sheet_names: Iterable[str]) -> None:
        """Start loading these sheets, in this order (calamine only; openpyxl reads lazily)."""
        if self.engine != ENGINE_CALAMINE:
            return
        for name in sheet_names:
            if name in self.sheet_names and name not in self._loading:
                self._loading[name] = self._load(name)

    def _load(self, sheet_name: str) -> Future:
        if self._loader is None:
            self._loader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sheets")
        return self._loader.submit(self._book.get_sheet_by_name, sheet_name)

    def _calamine_rows(self, sheet_name: str) -> Iterator[Row]:
        loading = self._loading.pop(sheet_name, None) or self._load(sheet_name)
        sheet = loading.result()
        start = sheet.start
        if start is None:
            return
        first_row, first_column = start
        padding = [None] * first_column
        # Empty cells come as "": every reader above treats "" and None alike.
        for offset, values in enumerate(sheet.iter_rows(), first_row + 1):
            yield offset, padding + values if first_column else values

    def _openpyxl_rows(self, sheet_name: str) -> Iterator[Row]:
        sheet = self._book[sheet_name]
        sheet.reset_dimensions()  # a re-saved file may claim a wrong used range
        for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
            yield number, tuple(None if v == "" else v for v in values)

    def close(self) -> None:
        if self._loader is not None:  # sheets not read yet are not loaded at all
            self._loader.shutdown(wait=True, cancel_futures=True)
        self._book.close()
