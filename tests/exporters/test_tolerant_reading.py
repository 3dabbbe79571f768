"""Packages edited by people still import; what cannot be imported says where and why."""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exporters import layout, problems
from exporters.reader import read_package
from exporters.records import KIND_TEMPLATE
from exporters.sheet_rows import ENGINE_CALAMINE, ENGINE_OPENPYXL
from exporters.template import write_template
from exporters.writer import write_package
from tests.conftest import FIXTURES
from tests.exporters.conftest import manifest
from tests.workbook_cells import column_of, fill_row

ENGINES = [ENGINE_CALAMINE, ENGINE_OPENPYXL]
PACKAGES = FIXTURES / "packages"


def edit(path: Path, change) -> None:
    book = load_workbook(path)
    change(book[layout.ACTIVITIES_SHEET])
    book.save(path)


def same_rows(left, right) -> bool:
    key = lambda r: replace(r, sheet_row=0)  # noqa: E731
    return sorted(map(key, left), key=lambda r: r.activity_id) == sorted(
        map(key, right), key=lambda r: r.activity_id)


@pytest.fixture
def package(tmp_path, content, lists) -> Path:
    path = tmp_path / "p.xlsx"
    write_package(path, content, lists)
    return path


@pytest.mark.parametrize("engine", ENGINES)
def test_dates_and_numbers_typed_as_text_with_spaces_read_the_same(package, content, engine):
    def change(sheet):
        start, people = column_of(sheet, "Start date"), column_of(sheet, "People reached")
        lead = column_of(sheet, "Lead organisation")
        for row in (2, 3):
            sheet.cell(row, start).value = sheet.cell(row, start).value.strftime("%d/%m/%Y")
            value = sheet.cell(row, people).value
            sheet.cell(row, people).value = None if value is None else f" {value} "
            sheet.cell(row, lead).value = sheet.cell(row, lead).value + "   "
    edit(package, change)
    read = read_package(package, engine=engine)
    assert read.problems == () and read.checksum_matches
    assert same_rows(read.content.activities, content.activities)


@pytest.mark.parametrize("engine", ENGINES)
def test_blank_rows_hidden_and_reordered_columns_and_a_title_row_are_fine(package, content,
                                                                          engine):
    def change(sheet):
        sheet.move_range("A1:A3", cols=30)  # the ID column moved far right
        sheet.column_dimensions["B"].hidden = True
        sheet.insert_rows(3, 3)
        sheet.insert_rows(1)
        sheet["A1"] = "Activities of Nairobi, as of March"
        sheet.append([])
        sheet.append(["  ", None, " "])
    edit(package, change)
    read = read_package(package, engine=engine)
    assert read.problems == ()
    assert same_rows(read.content.activities, content.activities)


@pytest.mark.parametrize("engine", ENGINES)
def test_bad_cells_name_file_sheet_row_column_value_and_code(package, engine):
    def change(sheet):
        sheet.cell(3, column_of(sheet, "Start date")).value = "next spring"
        sheet.cell(3, column_of(sheet, "People reached")).value = "many"
        sheet.cell(2, column_of(sheet, "Title")).value = "   "
    edit(package, change)
    read = read_package(package, engine=engine)
    found = {(p.file, p.sheet, p.row, p.column, p.value, p.code) for p in read.problems}
    assert found == {
        ("p.xlsx", "Activities", 3, "Start date", "next spring", problems.INVALID_DATE),
        ("p.xlsx", "Activities", 3, "People reached", "many", problems.INVALID_NUMBER),
        ("p.xlsx", "Activities", 2, "Title", "", problems.REQUIRED),
    }
    assert [r.row for r in read.rejected_rows] == [2, 3]
    assert read.rejected_rows[1].text["start_date"] == "next spring"  # as the person typed it


def test_an_edited_cell_shows_as_a_checksum_mismatch_not_a_rejection(package):
    edit(package, lambda sheet: sheet.cell(2, column_of(sheet, "Outcome")).__setattr__(
        "value", "Changed at headquarters by hand"))
    read = read_package(package)
    assert read.checksum_matches is False
    assert [p.code for p in read.problems] == [problems.CHECKSUM_MISMATCH]
    assert not read.file_rejected


def test_two_rows_with_one_id_are_both_rejected(package):
    def change(sheet):
        column = column_of(sheet, "Activity ID")
        sheet.cell(3, column).value = sheet.cell(2, column).value
    edit(package, change)
    read = read_package(package)
    assert [(p.row, p.code) for p in read.problems] == [(2, problems.DUPLICATE_ID),
                                                        (3, problems.DUPLICATE_ID)]
    assert read.content.activities == ()


@pytest.mark.parametrize("change, code", [
    (lambda book: book.remove(book[layout.ACTIVITIES_SHEET]), problems.MISSING_SHEET),
    (lambda book: book[layout.ACTIVITIES_SHEET].delete_cols(2), problems.MISSING_COLUMN),
    (lambda book: book[layout.MANIFEST_SHEET].cell(2, 2).__setattr__("value", 99),
     problems.FUTURE_FORMAT),
    (lambda book: book[layout.MANIFEST_SHEET].cell(3, 2).__setattr__("value", None),
     problems.BAD_MANIFEST),
])
def test_a_broken_file_is_rejected_whole_with_its_reason(package, change, code):
    book = load_workbook(package)
    change(book)
    book.save(package)
    read = read_package(package)
    assert read.file_rejected and [p.code for p in read.problems] == [code]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_file_that_is_not_a_workbook_is_a_problem_not_a_crash(tmp_path, engine):
    path = tmp_path / "notes.xlsx"
    path.write_text("not a workbook")
    read = read_package(path, engine=engine)
    assert read.file_rejected and read.problems[0].code == problems.UNREADABLE


def test_a_template_keeps_its_ids_when_rows_are_sorted_and_skips_empty_rows(tmp_path, lists):
    path = tmp_path / "t.xlsx"
    ids = [str(uuid.uuid4()) for _ in range(10)]
    write_template(path, manifest(kind=KIND_TEMPLATE), ids, lists)
    book = load_workbook(path)
    sheet = book[layout.ACTIVITIES_SHEET]
    fill_row(sheet, 5, {"Title": "Zebra crossing", "Item codes": "DES-SR-III-01"})
    fill_row(sheet, 8, {"Title": "Awareness", "Item codes": "DES-AP-I-A03",
                        "Start date": "01/05/2026"})
    book.save(path)
    read = read_package(path)
    assert read.problems == () and read.blank_template_rows == 8
    by_title = {a.title: a for a in read.content.activities}
    assert by_title["Zebra crossing"].activity_id == ids[3]
    assert by_title["Awareness"].activity_id == ids[6]
    assert by_title["Awareness"].owner_office_id == manifest().office_id
    assert by_title["Awareness"].country_iso2 == "KE"  # the template's country when left empty


def _id_moved_first(source: Path, target: Path) -> None:
    """The template as it was sent before: the Activity ID in column A."""
    book = load_workbook(source)
    sheet = book[layout.ACTIVITIES_SHEET]
    last = column_of(sheet, "Activity ID")
    sheet.insert_cols(1)
    for row in range(1, sheet.max_row + 1):
        sheet.cell(row, 1).value = sheet.cell(row, last + 1).value
    sheet.delete_cols(last + 1)
    book.save(target)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_template_reads_alike_with_its_id_last_or_first_as_sent_before(tmp_path, lists,
                                                                         engine):
    """Templates now put the ID at the right edge; those already sent have it first."""
    now, before = tmp_path / "now.xlsx", tmp_path / "before.xlsx"
    ids = [str(uuid.uuid4()) for _ in range(4)]
    write_template(now, manifest(kind=KIND_TEMPLATE), ids, lists)
    book = load_workbook(now)
    sheet = book[layout.ACTIVITIES_SHEET]
    assert column_of(sheet, "Activity ID") == sheet.max_column
    fill_row(sheet, 3, {"Title": "Hotline", "Item codes": "DES-SR-III-01",
                        "People reached": "40"})
    book.save(now)
    _id_moved_first(now, before)
    assert column_of(load_workbook(before)[layout.ACTIVITIES_SHEET], "Activity ID") == 1
    read_now, read_before = read_package(now, engine=engine), read_package(before, engine=engine)
    assert read_now.problems == read_before.problems == ()
    assert same_rows(read_now.content.activities, read_before.content.activities)
    [hotline] = read_now.content.activities
    assert (hotline.activity_id, hotline.people_reached) == (ids[1], 40)
    assert read_now.blank_template_rows == read_before.blank_template_rows == 3


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", ["nairobi-office-libreoffice.xlsx",
                                  "nairobi-office-hand-edited.xlsx"])
def test_packages_saved_by_libreoffice_read_exactly_like_the_export(name, engine):
    """Real files: re-saved by LibreOffice Calc, and edited as people do (make_packages.py)."""
    original = read_package(PACKAGES / "nairobi-office.xlsx", engine=engine)
    resaved = read_package(PACKAGES / name, engine=engine)
    assert resaved.problems == () and resaved.checksum_matches
    assert same_rows(resaved.content.activities, original.content.activities)
    assert resaved.content.deletions == original.content.deletions


@pytest.mark.parametrize("engine", ENGINES)
def test_a_template_filled_by_hand_and_saved_by_libreoffice_reads(engine):
    read = read_package(PACKAGES / "nairobi-template-filled.xlsx", engine=engine)
    assert read.problems == ()
    assert sorted(a.title for a in read.content.activities) == [
        "Data sharing agreement", "Radio spots on asylum procedures",
        "Reception centre assessment"]
    by_title = {a.title: a for a in read.content.activities}
    assert by_title["Reception centre assessment"].status == "planned"  # label "Planned"
    assert by_title["Data sharing agreement"].kind == "data_collection_analysis"
    assert by_title["Data sharing agreement"].people_reached == 12
