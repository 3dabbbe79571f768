"""Hostile and broken packages: each one read in the child process gives its exact problem."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from exporters import problems
from exporters.isolated_read import read_package_isolated, read_packages_isolated
from exporters.package_guard import MAX_MEMBER_BYTES, MAX_ROWS, _first_formula, check_package
from exporters.reader import ReadPackage
from tests.fixtures.bad_packages.make_bad_packages import PASSWORD

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "bad_packages"
FIRST_ID = "374b264c-6fe2-49dc-9be4-c3a6c926d707"
ACTIVITIES, MANIFEST = "Activities", "Manifest"

# file -> (code, sheet, row, column, value) of the one problem that refuses the file
REFUSED = {
    "not-a-zip.xlsx": (problems.NOT_A_WORKBOOK, None, None, None, None),
    "truncated.xlsx": (problems.DAMAGED_ZIP, None, None, None, "truncated"),
    "legacy-xls-renamed.xlsx": (problems.LEGACY_XLS, None, None, None, None),
    "ods-renamed.xlsx": (problems.ODS_FILE, None, None, None, None),
    "password-protected.xlsx": (problems.PASSWORD_REQUIRED, None, None, None, None),
    "entity-bomb.xlsx": (problems.ENTITY_DECLARATION, ACTIVITIES, None, None,
                         "xl/worksheets/sheet3.xml"),
    "far-cell.xlsx": (problems.SHEET_TOO_LARGE, ACTIVITIES, None, None, "A1:XFD1048576"),
    "formula-cell.xlsx": (problems.FORMULA_CELL, ACTIVITIES, 2, None, "B2"),
    "missing-sheet.xlsx": (problems.MISSING_SHEET, ACTIVITIES, None, None, None),
    "renamed-column.xlsx": (problems.MISSING_COLUMN, ACTIVITIES, None, "Title", None),
    "missing-column.xlsx": (problems.MISSING_COLUMN, ACTIVITIES, None, "Item codes", None),
    "future-format.xlsx": (problems.FUTURE_FORMAT, MANIFEST, None, "format_version", "99"),
}
# file -> the row problems (code, row, column, value) the reader finds
ROW_PROBLEMS = {
    "wrong-types.xlsx": [(problems.INVALID_NUMBER, 2, "People reached", "many")],
    "impossible-date.xlsx": [(problems.INVALID_DATE, 2, "Start date", "2026-02-30")],
    "duplicate-ids.xlsx": [(problems.DUPLICATE_ID, 2, "Activity ID", FIRST_ID),
                           (problems.DUPLICATE_ID, 3, "Activity ID", FIRST_ID)],
}


@pytest.fixture(scope="module")
def reads() -> dict[str, ReadPackage]:
    """Every corpus file read once, as an import reads them: one child, limits on."""
    paths = sorted(CORPUS.glob("*.xlsx"))
    return {read.file: read for read in read_packages_isolated(paths)}


def the_problem(read: ReadPackage):
    assert read.content is None and read.file_rejected
    assert len(read.problems) == 1
    return read.problems[0]


@pytest.mark.parametrize("file", sorted(REFUSED))
def test_a_hostile_or_broken_file_is_refused_with_its_exact_problem(reads, file):
    problem = the_problem(reads[file])
    assert (problem.code, problem.sheet, problem.row, problem.column, problem.value) \
        == REFUSED[file]
    assert problem.file == file


def test_a_zip_bomb_is_refused_on_its_declared_size_without_inflating_it(reads):
    problem = the_problem(reads["zip-bomb.xlsx"])
    assert problem.code == problems.TOO_LARGE
    assert int(problem.value) > MAX_MEMBER_BYTES


def test_a_changed_byte_inside_the_zip_is_damage(reads):
    assert the_problem(reads["damaged-crc.xlsx"]).code == problems.DAMAGED_ZIP


def test_a_far_cell_the_sheet_does_not_declare_is_refused_before_any_parser(reads):
    """python-calamine would abort on it; the guard finds the cell itself, whatever the sheet
    declares (a child that dies anyway is tests/db/sync/test_kill_import.py's case)."""
    problem = the_problem(reads["far-cell-undeclared.xlsx"])
    assert (problem.code, problem.value) == (problems.SHEET_TOO_LARGE, "A1:XFD1048576")
    assert reads["million-empty-rows.xlsx"].content is not None  # read after it, or before


@pytest.mark.parametrize("file", sorted(ROW_PROBLEMS))
def test_a_bad_cell_rejects_its_row_naming_sheet_row_column_and_value(reads, file):
    read = reads[file]
    found = [(p.code, p.row, p.column, p.value) for p in read.problems if not p.is_warning]
    assert found == ROW_PROBLEMS[file]
    assert all(p.sheet == ACTIVITIES for p in read.problems if not p.is_warning)
    assert {r.row for r in read.rejected_rows} == {row for _c, row, _col, _v in found}


def test_a_million_empty_formatted_rows_are_skipped(reads):
    read = reads["million-empty-rows.xlsx"]
    assert read.problems == ()
    assert len(read.content.activities) == 4


def test_a_cell_changed_after_export_is_a_checksum_warning(reads):
    read = reads["changed-after-checksum.xlsx"]
    assert [p.code for p in read.problems] == [problems.CHECKSUM_MISMATCH]
    assert read.checksum_matches is False
    assert read.content.activities[0].title == "National asylum law review (edited)"


@pytest.mark.parametrize("file", ["unknown-codes.xlsx", "other-office-rows.xlsx",
                                  "huge-text-cell.xlsx"])
def test_content_only_the_database_can_judge_reaches_it_flagged_as_edited(reads, file):
    """Catalog codes, owners and lengths are checked against the database (tests/db)."""
    read = reads[file]
    assert [p.code for p in read.problems] == [problems.CHECKSUM_MISMATCH]
    assert len(read.content.activities) == 4


def test_a_megabyte_text_cell_is_read_whole(reads):
    first = reads["huge-text-cell.xlsx"].content.activities[0]
    assert len(first.description) == 1_048_576


def test_a_protected_file_opens_with_its_password_only():
    path = CORPUS / "password-protected.xlsx"
    wrong = read_package_isolated(path, password="not it")
    assert [p.code for p in wrong.problems] == [problems.WRONG_PASSWORD]
    right = read_package_isolated(path, password=PASSWORD)
    assert right.problems == () and len(right.content.activities) == 4
    assert right.file == "password-protected.xlsx"  # not the decrypted copy's name


def test_the_real_packages_pass_the_guard():
    for path in (CORPUS.parent / "packages").glob("*.xlsx"):
        assert check_package(path) is None, path


def rewritten(tmp_path: Path, member: str, change) -> Path:
    source = CORPUS.parent / "packages" / "nairobi-office.xlsx"
    target = tmp_path / "changed.xlsx"
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w") as out:
        for info in archive.infolist():
            data = archive.read(info)
            out.writestr(info, change(data) if info.filename == member else data)
    return target


def test_a_declaration_hidden_behind_comments_is_found(tmp_path):
    comments = b"<!-- <worksheet> -->" * 10
    path = rewritten(tmp_path, "xl/worksheets/sheet2.xml",
                     lambda data: comments + b'<!DOCTYPE x [<!ENTITY a "b">]>' + data)
    problem = check_package(path)
    assert (problem.code, problem.sheet) == (problems.ENTITY_DECLARATION, "Manifest")


def test_a_sheet_only_claiming_many_rows_is_judged_by_what_it_holds(tmp_path):
    """LibreOffice declares A1:W1048576 after a row is deleted: the claim alone is no size."""
    claimed = rewritten(tmp_path, "xl/worksheets/sheet3.xml", lambda data: data.replace(
        b"<sheetViews>", f'<dimension ref="A1:W{MAX_ROWS + 1}"/><sheetViews>'.encode(), 1))
    assert check_package(claimed) is None


def test_a_sheet_holding_a_value_beyond_the_rows_a_package_may_have_is_refused(tmp_path):
    far = MAX_ROWS + 1
    path = rewritten(tmp_path, "xl/worksheets/sheet3.xml", lambda data: data.replace(
        b"</sheetData>", f'<row r="{far}"><c r="A{far}"><v>1</v></c></row></sheetData>'
        .encode(), 1))
    problem = check_package(path)
    assert (problem.code, problem.value) == (problems.SHEET_TOO_LARGE, f"A1:A{far}")


def test_a_member_larger_than_it_declares_is_damage_not_a_bomb(tmp_path):
    """Python's zipfile stops at the declared size; the CRC then fails."""
    path = rewritten(tmp_path, "xl/worksheets/sheet3.xml", lambda data: data)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet3.xml")
    for offset in (info.header_offset + 22, data.rfind(b"xl/worksheets/sheet3.xml") - 22):
        data[offset:offset + 4] = (1000).to_bytes(4, "little")  # declared: 1,000 bytes
    path.write_bytes(bytes(data))
    assert check_package(path).code == problems.DAMAGED_ZIP


@pytest.mark.parametrize("formula", [b"<f>1+1</f>", b"<x:f>1+1</x:f>",
                                     b'<f t="shared" si="0"/>', b"<f\n>A1</f>"])
def test_a_formula_is_found_however_it_is_written(tmp_path, formula):
    path = rewritten(tmp_path, "xl/worksheets/sheet3.xml", lambda data: data.replace(
        b'<c r="B2" s="7" t="inlineStr">', b'<c r="B2">' + formula + b"<v>2</v></c>"
        b'<c r="Z2" t="inlineStr">', 1))
    problem = check_package(path)
    assert (problem.code, problem.row, problem.value) == (problems.FORMULA_CELL, 2, "B2")


def test_text_that_looks_like_a_formula_tag_is_not_one():
    assert _first_formula(b'<c r="A1" t="inlineStr"><is><t>Note:f and &lt;f&gt;</t></is></c>'
                          b'<filterColumn/>') is None
    assert _first_formula(b'<c r="A1"><x:f>1</x:f></c>') == 10
