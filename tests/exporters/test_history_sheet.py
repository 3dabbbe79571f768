"""The History sheet: reads back as written, its checksum notices edits, older files still read."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exporters import layout, problems
from exporters.checksum import content_checksum
from exporters.reader import read_package
from exporters.records import KIND_HQ_UPDATE, HistoryRow
from exporters.sheet_rows import ENGINE_CALAMINE, ENGINE_OPENPYXL
from exporters.writer import write_package
from tests.conftest import FIXTURES
from tests.exporters.conftest import OFFICE
from tests.outside_tools import needs
from tests.workbook_cells import column_of

ENGINES = [ENGINE_CALAMINE, ENGINE_OPENPYXL]
HQ = "5d0c7e8e-2f7b-4f61-9f55-8d5e2c0b7a11"


def history_of(content) -> tuple[HistoryRow, ...]:
    first, second = content.activities
    deletion = content.deletions[0]
    return (
        HistoryRow(first.activity_id, uuid.uuid4().hex,
                   datetime(2026, 1, 5, 8, 30, 12, tzinfo=UTC), "amina", OFFICE, "created"),
        HistoryRow(first.activity_id, uuid.uuid4().hex, datetime(2026, 3, 1, 14, 2, 9,
                                                                 tzinfo=UTC),
                   "amina", OFFICE, "updated", "description", "First line.",
                   "First line.\nSecond line."),
        HistoryRow(first.activity_id, uuid.uuid4().hex, datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
                   "jo", HQ, "updated", "progress_notes", "", "=SUM(A1) looks like a formula",
                   "package 1"),
        HistoryRow(second.activity_id, uuid.uuid4().hex, datetime(2026, 2, 1, tzinfo=UTC),
                   "amina", OFFICE, "updated", "people_reached", "-5", "1200"),
        HistoryRow(deletion.activity_id, uuid.uuid4().hex, datetime(2026, 2, 2, 10, 0,
                                                                    tzinfo=UTC),
                   "amina", OFFICE, "deleted"),
    )


@pytest.fixture
def with_history(content):
    return replace(content, history=history_of(content))


def written(path: Path, content, lists) -> Path:
    write_package(path, content, lists)
    return path


def edit_history(path: Path, change) -> None:
    book = load_workbook(path)
    change(book[layout.HISTORY_SHEET])
    book.save(path)


@pytest.mark.parametrize("engine", ENGINES)
def test_the_history_reads_back_exactly_as_written(tmp_path, with_history, lists, engine):
    read = read_package(written(tmp_path / "p.xlsx", with_history, lists), engine=engine)
    assert read.problems == () and read.checksum_matches is True
    back = tuple(replace(row, sheet_row=0) for row in read.content.history)
    assert sorted(back, key=lambda r: r.change_id) == sorted(with_history.history,
                                                             key=lambda r: r.change_id)


def test_headquarters_updates_carry_the_history_too(tmp_path, with_history, lists):
    update = replace(with_history, manifest=replace(with_history.manifest, kind=KIND_HQ_UPDATE))
    read = read_package(written(tmp_path / "p.xlsx", update, lists))
    assert read.problems == () and len(read.content.history) == len(update.history)


def test_the_sheet_has_its_headers_and_no_formula(tmp_path, with_history, lists):
    sheet = load_workbook(written(tmp_path / "p.xlsx", with_history, lists))[
        layout.HISTORY_SHEET]
    assert [c.value for c in sheet[1]] == [c.header for c in layout.HISTORY_COLUMNS]
    new_values = [row[0] for row in sheet.iter_rows(
        min_row=2, min_col=column_of(sheet, "New value"), values_only=True)]
    assert "=SUM(A1) looks like a formula" in new_values
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_the_readme_asks_people_not_to_edit_the_history(tmp_path, with_history, lists):
    sheet = load_workbook(written(tmp_path / "p.xlsx", with_history, lists))[layout.README_SHEET]
    lines = [row[0] for row in sheet.iter_rows(values_only=True) if row[0]]
    assert any(line.startswith("History:") and "Do not edit it" in line for line in lines)


@pytest.mark.parametrize("header, value", [
    ("Old value", "changed by hand"), ("Changed by", "someone else"),
    ("Changed at (UTC)", datetime(2020, 1, 1)), ("Office ID", HQ)])
def test_editing_a_history_cell_changes_the_checksum(tmp_path, with_history, lists, header,
                                                     value):
    path = written(tmp_path / "p.xlsx", with_history, lists)
    edit_history(path, lambda sheet: sheet.cell(3, column_of(sheet, header)).__setattr__(
        "value", value))
    read = read_package(path)
    assert read.checksum_matches is False
    assert [p.code for p in read.problems] == [problems.CHECKSUM_MISMATCH]


def test_removing_a_history_row_changes_the_checksum(tmp_path, with_history, lists):
    path = written(tmp_path / "p.xlsx", with_history, lists)
    edit_history(path, lambda sheet: sheet.delete_rows(3))
    assert read_package(path).checksum_matches is False


def test_a_committed_package_without_history_keeps_its_checksum():
    """Made before the history travelled: same checksum, no history, nothing to complain of."""
    path = FIXTURES / "packages" / "nairobi-office.xlsx"
    assert layout.HISTORY_SHEET not in load_workbook(path, read_only=True).sheetnames
    read = read_package(path)
    assert read.problems == () and read.content.history == ()
    assert content_checksum(read.content) == read.content.manifest.checksum


def test_bad_history_rows_are_rejected_with_their_place_and_reason(tmp_path, with_history,
                                                                   lists):
    def change(sheet):
        sheet.cell(2, column_of(sheet, "Changed at (UTC)")).value = "last tuesday"
        sheet.cell(3, column_of(sheet, "Change ID")).value = None
        sheet.cell(5, column_of(sheet, "Change ID")).value = sheet.cell(
            4, column_of(sheet, "Change ID")).value
    path = written(tmp_path / "p.xlsx", with_history, lists)
    edit_history(path, change)
    read = read_package(path)
    history_problems = {(p.file, p.sheet, p.row, p.column, p.code) for p in read.problems
                        if p.sheet == layout.HISTORY_SHEET}
    assert history_problems == {
        ("p.xlsx", "History", 2, "Changed at (UTC)", problems.INVALID_DATE),
        ("p.xlsx", "History", 3, "Change ID", problems.REQUIRED),
        ("p.xlsx", "History", 4, "Change ID", problems.DUPLICATE_ID),
        ("p.xlsx", "History", 5, "Change ID", problems.DUPLICATE_ID)}
    assert [(r.sheet, r.row) for r in read.rejected_rows] == [("History", n) for n in (2, 3, 4,
                                                                                       5)]
    assert len(read.content.history) == len(with_history.history) - 4
    assert not read.file_rejected  # rejected rows, like any other sheet's


@needs("soffice")
def test_a_package_with_history_saved_by_libreoffice_keeps_history_and_checksum(
        tmp_path, with_history, lists):
    source = written(tmp_path / "p.xlsx", with_history, lists)
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["soffice", "--headless", "--calc", "--convert-to", "xlsx", "--outdir",
                        out, str(source)], check=True, capture_output=True, timeout=120)
        resaved = tmp_path / "resaved.xlsx"
        shutil.move(Path(out) / source.name, resaved)
    read = read_package(resaved)
    assert read.problems == () and read.checksum_matches is True
    assert {r.change_id for r in read.content.history} == {
        r.change_id for r in with_history.history}
