"""Packages edited and saved by LibreOffice 7.4 as people do import: deleted rows, true/false.

After Sheet > Delete Rows LibreOffice declares the sheet as A1:W1048576 (A1:O1048576 for a
template), and it saves a true/false cell as =TRUE() / =FALSE() with its value. The fixtures
in tests/fixtures/resaved/ were made from real exports by tools/fixtures/make_resaved.py; the
last test makes one again, live, when LibreOffice is installed.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from exporters import problems
from exporters.isolated_read import read_packages_isolated
from exporters.package_guard import check_package
from exporters.reader import read_package
from exporters.sheet_rows import ENGINE_CALAMINE, ENGINE_OPENPYXL, SheetSource
from exporters.signature import signed_payload, verify
from exporters.writer import write_package
from tests.exporters.conftest import activity
from tests.outside_tools import SYSTEM_PYTHON, needs

ROOT = Path(__file__).resolve().parents[2]
RESAVED = ROOT / "tests" / "fixtures" / "resaved"
SCRIPT = ROOT / "tools" / "fixtures" / "make_resaved.py"
ROW_DELETED = RESAVED / "office-row-deleted.xlsx"
TEMPLATE_ROW_DELETED = RESAVED / "template-empty-row-deleted.xlsx"
HQ_UPDATE = RESAVED / "hq-update-resaved.xlsx"
ACTIVITIES_SHEET = "xl/worksheets/sheet3.xml"
KEPT_TITLES = ["National asylum law review", "Border monitoring training",
               "Radio spots on asylum procedures"]  # "Reception centre assessment" deleted
ENGINES = [ENGINE_CALAMINE, ENGINE_OPENPYXL]


def member(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def declared_range(path: Path, name: str = ACTIVITIES_SHEET) -> str:
    return re.search(rb'<dimension ref="([^"]+)"', member(path, name)).group(1).decode()


def test_the_fixtures_are_what_libreoffice_writes():
    """If LibreOffice stops doing it, these tests would prove nothing: say so."""
    assert declared_range(ROW_DELETED) == "A1:W1048576"
    assert declared_range(TEMPLATE_ROW_DELETED) == "A1:O1048576"
    catalog = member(HQ_UPDATE, "xl/worksheets/sheet6.xml")
    assert b"<f aca=\"false\">FALSE()</f><v>0</v>" in catalog
    assert b"<f aca=\"false\">TRUE()</f><v>1</v>" in catalog


@pytest.mark.parametrize("path", [ROW_DELETED, TEMPLATE_ROW_DELETED, HQ_UPDATE],
                         ids=lambda p: p.name)
def test_the_guard_passes_them(path):
    assert check_package(path) is None


@pytest.mark.parametrize("engine", ENGINES)
def test_a_package_with_a_deleted_row_imports_its_other_rows(engine):
    read = read_package(ROW_DELETED, engine=engine)
    assert [a.title for a in read.content.activities] == KEPT_TITLES
    # The rows are not those exported: a warning the person decides on, nothing refused.
    assert [p.code for p in read.problems] == [problems.CHECKSUM_MISMATCH]
    assert not read.file_rejected and read.rejected_rows == ()


@pytest.mark.parametrize("engine", ENGINES)
def test_a_template_with_an_empty_row_deleted_reads_as_blank(engine):
    read = read_package(TEMPLATE_ROW_DELETED, engine=engine)
    assert read.problems == () and read.content.activities == ()
    assert read.blank_template_rows == 5  # six pre-assigned IDs, one row deleted


@pytest.mark.parametrize("engine", ENGINES)
def test_a_resaved_headquarters_update_keeps_its_true_false_values(engine):
    read = read_package(HQ_UPDATE, engine=engine)
    assert read.problems == () and read.checksum_matches is True
    retired = {row.code: row.retired for row in read.content.catalog_updates}
    assert len(retired) == 182
    assert [code for code, value in retired.items() if value] == ["DES-SR-III-02"]
    manifest = read.content.manifest
    assert verify(manifest.signing_key, signed_payload(read.content), manifest.signature)


def test_all_three_import_through_the_child_as_an_import_reads_them():
    reads = {read.file: read for read in read_packages_isolated(
        [ROW_DELETED, TEMPLATE_ROW_DELETED, HQ_UPDATE])}
    assert not any(read.file_rejected for read in reads.values())
    assert len(reads[ROW_DELETED.name].content.activities) == 3
    assert sum(r.retired for r in reads[HQ_UPDATE.name].content.catalog_updates) == 1


# --- the size guard judges the cells, not the claim ---------------------------------------


def rewritten(tmp_path: Path, source: Path, name: str, change) -> Path:
    target = tmp_path / f"changed-{source.name}"
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w") as out:
        for info in archive.infolist():
            data = archive.read(info)
            out.writestr(info, change(data) if info.filename == name else data)
    return target


def test_a_value_in_the_last_row_is_still_refused(tmp_path):
    """LibreOffice's empty row 1048576 passes; the same row holding a value does not."""
    path = rewritten(tmp_path, ROW_DELETED, ACTIVITIES_SHEET, lambda data: data.replace(
        b'customHeight="false" outlineLevel="0" collapsed="false"></row></sheetData>',
        b'customHeight="false" outlineLevel="0" collapsed="false"><c r="A1048576" '
        b't="inlineStr"><is><t>x</t></is></c></row></sheetData>'))
    problem = check_package(path)
    assert (problem.code, problem.sheet, problem.value) \
        == (problems.SHEET_TOO_LARGE, "Activities", "A1:A1048576")


@pytest.mark.parametrize("cells, value", [
    (b'<row r="3"><c r="GS3" t="inlineStr"><is><t>x</t></is></c></row>', "A1:GS3"),
    (b'<row r="500001"><c r="A500001"><v>1</v></c></row>', "A1:A500001"),
    # Without references a parser places cells one after the other: so does the guard.
    (b'<row r="9"><c r="A9"><v>1</v></c></row>' + b"<row/>" * 500_000
     + b"<row><c><v>1</v></c></row>", "A1:A500010"),
    (b'<row r="7">' + b"<c><v>1</v></c>" * 201 + b"</row>", "A1:GS7"),
    (b'<x:row r="500001"><x:c r="A500001"><x:v>1</x:v></x:c></x:row>', "A1:A500001"),
])
def test_cells_past_the_limits_are_refused_however_written(tmp_path, cells, value):
    source = RESAVED.parent / "packages" / "nairobi-office.xlsx"
    path = rewritten(tmp_path, source, ACTIVITIES_SHEET,
                     lambda data: data.replace(b"</sheetData>", cells + b"</sheetData>", 1))
    problem = check_package(path)
    assert (problem.code, problem.value) == (problems.SHEET_TOO_LARGE, value)


def test_empty_cells_and_rows_far_away_hold_nothing(tmp_path):
    source = RESAVED.parent / "packages" / "nairobi-office.xlsx"
    far = b'<row r="1048576" s="1" customFormat="1"><c r="XFD1048576" s="1"/></row>'
    path = rewritten(tmp_path, source, ACTIVITIES_SHEET,
                     lambda data: data.replace(b"</sheetData>", far + b"</sheetData>", 1))
    assert check_package(path) is None
    assert len(read_package(path).content.activities) == 4


def test_a_big_package_passes_whole_chunks(tmp_path, content, lists):
    """Several megabytes: cells cut between chunks are read whole."""
    rows = tuple(activity(title=f"Activity {n}", description="Long text. " * 60)
                 for n in range(2000))
    path = tmp_path / "big.xlsx"
    write_package(path, replace(content, activities=rows), lists)
    assert len(member(path, ACTIVITIES_SHEET)) > 3 * 1024 * 1024
    assert check_package(path) is None


# --- constant true/false formulas are values; every other formula is refused --------------

BOOLEAN_CELL = b'<c r="B2" t="b">{formula}<v>{value}</v></c><c r="Z2" t="inlineStr">'


def with_cell(tmp_path: Path, formula: bytes, value: bytes = b"1") -> Path:
    source = RESAVED.parent / "packages" / "nairobi-office.xlsx"
    cell = BOOLEAN_CELL.replace(b"{formula}", formula).replace(b"{value}", value)
    return rewritten(tmp_path, source, ACTIVITIES_SHEET, lambda data: data.replace(
        b'<c r="B2" s="7" t="inlineStr">', cell, 1))


@pytest.mark.parametrize("formula, value", [
    (b"<f>TRUE()</f>", b"1"), (b"<f>=TRUE()</f>", b"1"), (b"<f>true</f>", b"1"),
    (b'<f aca="false">FALSE()</f>', b"0"), (b"<f>=false()</f>", b"0"),
    (b"<f> TRUE ( ) </f>", b"1"), (b'<f ca="1">False</f>', b"0"),
])
def test_a_typed_true_or_false_is_a_value(tmp_path, formula, value):
    assert check_package(with_cell(tmp_path, formula, value)) is None


@pytest.mark.parametrize("engine", ENGINES)
def test_both_readers_take_the_stored_value_of_true(tmp_path, engine):
    """=TRUE() as LibreOffice writes it is read as True, by either engine."""
    source = SheetSource(with_cell(tmp_path, b'<f aca="false">TRUE()</f>'), engine)
    try:
        second = next(raw for number, raw in source.rows("Activities") if number == 2)
    finally:
        source.close()
    assert second[1] is True


@pytest.mark.parametrize("formula, value", [
    (b"<f>NOT(FALSE())</f>", b"1"), (b"<f>FALSE()+1</f>", b"1"),
    (b"<f>IF(1,TRUE(),FALSE())</f>", b"1"), (b"<f>TRUE()</f>", b"0"),  # value not its own
    (b"<f>TRUE()&amp;TRUE()</f>", b"1"), (b'<f t="shared" si="0">TRUE()</f>', b"1"),
    (b'<f t="array" ref="B2">TRUE()</f>', b"1"), (b"<f>TRUE</f><f>A1</f>", b"1"),
    (b"<f>TRUEX()</f>", b"1"), (b"<f>A1</f>", b"1"), (b'<f t="shared" si="0"/>', b"1"),
])
def test_every_real_formula_is_still_refused(tmp_path, formula, value):
    problem = check_package(with_cell(tmp_path, formula, value))
    assert (problem.code, problem.row, problem.value) == (problems.FORMULA_CELL, 2, "B2")


def test_a_constant_in_a_text_cell_is_refused(tmp_path):
    """The cell would show TRUE and import its stored text: a formula like any other."""
    source = RESAVED.parent / "packages" / "nairobi-office.xlsx"
    path = rewritten(tmp_path, source, ACTIVITIES_SHEET, lambda data: data.replace(
        b'<c r="B2" s="7" t="inlineStr">',
        b'<c r="B2" t="str"><f>TRUE()</f><v>Pay to account 123</v></c>'
        b'<c r="Z2" t="inlineStr">', 1))
    assert check_package(path).code == problems.FORMULA_CELL


# --- live: LibreOffice deletes a row again ------------------------------------------------


@needs("soffice", uno=True)
def test_libreoffice_deletes_a_row_and_the_package_still_imports(tmp_path, content, lists):
    exported, edited = tmp_path / "exported.xlsx", tmp_path / "edited.xlsx"
    rows = tuple(activity(title=title) for title in ("First", "Second", "Third"))
    write_package(exported, replace(content, activities=rows), lists)
    subprocess.run([SYSTEM_PYTHON, str(SCRIPT), "--edit", "delete-row:3", str(exported),
                    str(edited)], check=True, capture_output=True, timeout=300)
    assert declared_range(edited) == "A1:W1048576"
    assert check_package(edited) is None
    (read,) = read_packages_isolated([edited])
    assert [a.title for a in read.content.activities] == ["First", "Third"]
    assert [p.code for p in read.problems] == [problems.CHECKSUM_MISMATCH]


def test_true_false_cells_across_chunks_pass_and_a_formula_after_them_is_found(tmp_path):
    """Megabytes of LibreOffice's true/false cells: each cut between chunks is read whole."""
    source = RESAVED.parent / "packages" / "nairobi-office.xlsx"
    rows = b"".join(f'<row r="{n}"><c r="X{n}" s="1" t="b"><f aca="false">'
                    f'{"TRUE" if n % 2 else "FALSE"}()</f><v>{n % 2}</v></c></row>'.encode()
                    for n in range(10, 40_000))
    path = rewritten(tmp_path, source, ACTIVITIES_SHEET,
                     lambda data: data.replace(b"</sheetData>", rows + b"</sheetData>", 1))
    assert check_package(path) is None
    formula = b'<row r="40000"><c r="B40000"><f>SUM(X10:X39999)</f><v>1</v></c></row>'
    path = rewritten(tmp_path, source, ACTIVITIES_SHEET, lambda data: data.replace(
        b"</sheetData>", rows + formula + b"</sheetData>", 1))
    problem = check_package(path)
    assert (problem.code, problem.row, problem.value) == (problems.FORMULA_CELL, 40000, "B40000")
