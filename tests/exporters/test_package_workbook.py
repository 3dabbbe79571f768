"""The package workbook: what it looks like, that it reads back equal, and that no cell is code."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from exporters import layout
from exporters.errors import OperationCancelled
from exporters.reader import read_package
from exporters.records import KIND_HQ_UPDATE, AcknowledgementRow, CatalogRow
from exporters.sheet_rows import ENGINE_CALAMINE, ENGINE_OPENPYXL
from exporters.writer import write_package
from tests.exporters.conftest import OFFICE, activity, manifest

ENGINES = [ENGINE_CALAMINE, ENGINE_OPENPYXL]
DANGEROUS = ["=HYPERLINK(\"http://x\",\"click\")", "+254 700 000", "-5 degrees", "@SUM(A1)",
             "\tindented", "\rcarriage", "\nnewline first", "=cmd|' /C calc'!A0"]


def without_sheet_rows(rows):
    return tuple(replace(r, sheet_row=0) for r in rows)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_package_reads_back_exactly_as_written(tmp_path, content, lists, engine):
    path = tmp_path / "p.xlsx"
    written = write_package(path, content, lists)
    read = read_package(path, engine=engine)
    assert read.problems == ()
    assert read.checksum_matches is True
    assert read.content.manifest == written
    assert without_sheet_rows(read.content.activities) == content.activities
    assert without_sheet_rows(read.content.deletions) == content.deletions


def test_the_manifest_counts_the_rows_and_carries_a_checksum(tmp_path, content, lists):
    written = write_package(tmp_path / "p.xlsx", content, lists)
    assert (written.activity_count, written.deletion_count) == (2, 1)
    assert re.fullmatch(r"[0-9a-f]{64}", written.checksum)


@pytest.mark.parametrize("engine", ENGINES)
def test_text_that_looks_like_a_formula_stays_text(tmp_path, content, lists, engine):
    """openpyxl would store '=...' as a live formula; a package must never run anything."""
    rows = tuple(activity(title=text, description=text, partners=text) for text in DANGEROUS)
    path = tmp_path / "p.xlsx"
    write_package(path, replace(content, activities=rows), lists)
    with zipfile.ZipFile(path) as archive:
        sheets = [archive.read(n).decode() for n in archive.namelist()
                  if n.startswith("xl/worksheets/")]
    assert not any("<f>" in sheet or "<f " in sheet for sheet in sheets)
    titles = [r.title for r in read_package(path, engine=engine).content.activities]
    assert titles == [text.strip() for text in DANGEROUS]
    cells = load_workbook(path)[layout.ACTIVITIES_SHEET]
    for row in cells.iter_rows(min_row=2, max_col=2):
        assert row[1].data_type == "s"
        assert row[1].quotePrefix is True  # Excel keeps it text even when the cell is edited


def test_the_workbook_looks_native(tmp_path, content, lists):
    """README first, frozen styled header, filters, widths, real dates, wrapped long text."""
    path = tmp_path / "p.xlsx"
    write_package(path, content, lists)
    book = load_workbook(path)
    assert book.sheetnames[:2] == [layout.README_SHEET, layout.MANIFEST_SHEET]
    sheet = book[layout.ACTIVITIES_SHEET]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:W3"
    assert sheet["B1"].font.bold and sheet["B1"].fill.fgColor.rgb.endswith("1F4E79")
    assert sheet["A1"].font.bold and sheet["A1"].fill.fgColor.rgb.endswith("7F7F7F")
    assert sheet.column_dimensions["B"].width == 40
    start = [c for c in sheet[1] if c.value == "Start date"][0].column_letter
    assert sheet[f"{start}2"].is_date and sheet[f"{start}2"].number_format == "yyyy-mm-dd"
    description = [c for c in sheet[1] if c.value == "Description"][0].column_letter
    assert sheet[f"{description}2"].alignment.wrap_text


def test_drop_downs_draw_on_the_lists_sheet(tmp_path, content, lists):
    path = tmp_path / "p.xlsx"
    write_package(path, content, lists)
    book = load_workbook(path)
    validations = {v.formula1: v for v in book[layout.ACTIVITIES_SHEET].data_validations
                   .dataValidation}
    assert "'Lists'!$B$2:$B$4" in validations  # three statuses, by their labels
    assert validations["'Lists'!$B$2:$B$4"].errorStyle == "stop"
    assert validations["'Lists'!$G$2:$G$3"].errorStyle == "warning"  # several codes per cell
    lists_sheet = book[layout.LISTS_SHEET]
    assert [lists_sheet.cell(r, 7).value for r in (2, 3)] == ["DES-SR-III-01", "DES-AP-I-A03"]


def test_an_hq_update_carries_acknowledgements_and_catalog_updates(tmp_path, content, lists):
    ack = AcknowledgementRow(content.activities[0].activity_id, 2, {OFFICE: 2})
    update = CatalogRow("DES-SR-III-01", "DES", "recommendation", "New text", retired=False)
    package = replace(content, manifest=manifest(kind=KIND_HQ_UPDATE, recipient_office_id=OFFICE),
                      acknowledgements=(ack,), catalog_updates=(update,))
    path = tmp_path / "hq.xlsx"
    write_package(path, package, lists)
    read = read_package(path)
    assert without_sheet_rows(read.content.acknowledgements) == (ack,)
    assert read.content.catalog_updates == (update,)
    assert read.checksum_matches


def test_cancelling_an_export_leaves_no_file(tmp_path, content, lists):
    rows = tuple(activity() for _ in range(600))
    path = tmp_path / "p.xlsx"
    with pytest.raises(OperationCancelled):
        write_package(path, replace(content, activities=rows), lists, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_progress_is_reported_up_to_the_total(tmp_path, content, lists):
    rows = tuple(activity() for _ in range(600))
    seen = []
    write_package(tmp_path / "p.xlsx", replace(content, activities=rows), lists,
                  progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (250, 601) and seen[-1] == (601, 601)
