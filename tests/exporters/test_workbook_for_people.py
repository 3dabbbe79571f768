"""The package workbook as a person reads and prints it in Excel or LibreOffice."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime

from openpyxl import load_workbook

from exporters import layout
from exporters.activity import FIELDS, KIND_LABELS, STATUS_LABELS
from exporters.reader import read_package
from exporters.records import KIND_TEMPLATE, HistoryRow
from exporters.styles import LINE_HEIGHT
from exporters.template import write_template
from exporters.validation_lists import offered_to
from exporters.writer import write_package
from tests.exporters.conftest import activity, manifest

GREY, BLUE = "7F7F7F", "1F4E79"


def written(tmp_path, content, lists):
    path = tmp_path / "p.xlsx"
    write_package(path, content, lists)
    return path, load_workbook(path)


def header_cells(sheet) -> dict:
    return {cell.value: cell for cell in sheet[1] if cell.value}


def test_what_must_not_change_has_a_grey_header_and_says_why(tmp_path, content, lists):
    """The Activity ID looked like a column to fill; grey plus a comment says leave it."""
    _path, book = written(tmp_path, content, lists)
    headers = header_cells(book[layout.ACTIVITIES_SHEET])
    assert headers["Activity ID"].fill.fgColor.rgb.endswith(GREY)
    assert headers["Version"].fill.fgColor.rgb.endswith(GREY)
    assert headers["Title"].fill.fgColor.rgb.endswith(BLUE)
    # A font without a name reads as serif in LibreOffice beside the Calibri cells.
    assert {cell.font.name for cell in headers.values()} == {"Calibri"}
    note = headers["Activity ID"].comment.text
    assert "Never change" in note and "sort" in note  # and why the sheet is not locked
    assert book[layout.ACTIVITIES_SHEET].protection.sheet is False  # sorting stays possible


def test_status_and_kind_show_the_labels_the_drop_down_offers(tmp_path, content, lists):
    """One word everywhere: the sheet, the drop-down and the application show the label."""
    path, book = written(tmp_path, content, lists)
    sheet = book[layout.ACTIVITIES_SHEET]
    headers = header_cells(sheet)
    status, kind = headers["Status"].column, headers["Kind"].column
    first = content.activities[0]
    assert sheet.cell(2, status).value == dict(lists.statuses)[first.status]
    assert sheet.cell(2, kind).value == dict(lists.kinds)[first.kind]
    formulas = {v.formula1 for v in sheet.data_validations.dataValidation}
    assert "'Lists'!$D$2:$D$3" in formulas  # the kinds' labels
    lists_sheet = book[layout.LISTS_SHEET]
    assert lists_sheet["D2"].value == lists.kinds[0][1]
    read = read_package(path)
    assert read.problems == () and read.checksum_matches  # the reader maps labels back
    assert [a.kind for a in read.content.activities] == [a.kind for a in content.activities]


def test_an_office_is_offered_only_its_own_country(tmp_path, content, lists):
    _path, book = written(tmp_path, content, offered_to(lists, "KE"))
    sheet = book[layout.ACTIVITIES_SHEET]
    country = header_cells(sheet)["Country"].column_letter
    [validation] = [v for v in sheet.data_validations.dataValidation
                    if f"{country}2" in str(v.sqref)]
    assert validation.formula1 == "'Lists'!$E$2:$E$2"
    assert [r[4] for r in book[layout.LISTS_SHEET].iter_rows(min_row=2, values_only=True)
            if r[4]] == ["KE"]
    assert offered_to(lists, None) == lists  # headquarters: every country


def test_long_text_wraps_in_its_column_and_the_row_is_sized_to_it(tmp_path, content, lists):
    """Item codes ran over the Status column; every text cell now wraps in its own."""
    codes = ("DES-SR-III-01", "DES-AP-I-A03", "DES-SR-III-02")
    row = activity(item_codes=codes, kind="legislative_policy_reform")
    lists = replace(lists, kinds=tuple(KIND_LABELS.items()), statuses=tuple(
        STATUS_LABELS.items()))
    _path, book = written(tmp_path, replace(content, activities=(row,)), lists)
    sheet = book[layout.ACTIVITIES_SHEET]
    headers = header_cells(sheet)
    assert sheet.cell(2, headers["Item codes"].column).alignment.wrap_text
    assert sheet.row_dimensions[2].height >= 2 * LINE_HEIGHT
    kind_width = sheet.column_dimensions[headers["Kind"].column_letter].width
    assert kind_width >= len(KIND_LABELS["legislative_policy_reform"])  # a label on a line


def test_a_history_entry_on_one_line_keeps_its_row_one_line_tall(tmp_path, content, lists):
    """A change ID (a UUID) wrapped in a column narrower than it: every History row printed
    two lines tall."""
    first = content.activities[0]
    entry = HistoryRow(first.activity_id, str(uuid.uuid4()),
                       datetime(2026, 3, 1, 9, 0, tzinfo=UTC), "amina", first.owner_office_id,
                       "changed", "status", "planned", "ongoing")
    _path, book = written(tmp_path, replace(content, history=(entry,)), lists)
    sheet = book[layout.HISTORY_SHEET]
    change_id = header_cells(sheet)["Change ID"]
    assert sheet.cell(2, change_id.column).value == entry.change_id
    assert not sheet.cell(2, change_id.column).alignment.wrap_text
    assert sheet.row_dimensions[2].height is None  # the default: one line


def test_every_sheet_prints_landscape_with_its_header_on_every_page(tmp_path, content, lists):
    _path, book = written(tmp_path, content, lists)
    for name in (layout.MANIFEST_SHEET, layout.ACTIVITIES_SHEET, layout.DELETIONS_SHEET,
                 layout.HISTORY_SHEET, layout.LISTS_SHEET):
        sheet = book[name]
        assert sheet.page_setup.orientation == "landscape", name
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, name
        assert sheet.page_setup.fitToHeight == 0, name
        assert sheet.print_title_rows == "$1:$1", name
    assert book[layout.DELETIONS_SHEET].page_setup.fitToWidth == 1
    activities = book[layout.ACTIVITIES_SHEET]
    assert activities.page_setup.fitToWidth == 3  # legible: some 600 widths of columns
    assert activities.print_title_cols == "$B:$B"  # the Title on every page across


def blank_template(tmp_path, lists):
    path = tmp_path / "t.xlsx"
    write_template(path, manifest(kind=KIND_TEMPLATE), ["0" * 8 + "-0000-4000-8000-" + "0" * 12],
                   lists)
    return load_workbook(path)[layout.ACTIVITIES_SHEET]


def test_a_template_prints_two_pages_wide_with_its_titles(tmp_path, lists):
    sheet = blank_template(tmp_path, lists)
    title = header_cells(sheet)["Title"].column_letter
    assert (sheet.page_setup.fitToWidth, sheet.print_title_cols) == (2, f"${title}:${title}")


def test_a_template_starts_with_what_a_person_fills_and_keeps_the_id_at_the_edge(tmp_path,
                                                                                  lists):
    """A long grey ID in column A was the first thing a person met; now Title is."""
    sheet = blank_template(tmp_path, lists)
    headers = [cell.value for cell in sheet[1]]
    assert headers == [f.header for f in FIELDS] + ["Activity ID"]
    identity = header_cells(sheet)["Activity ID"]
    assert identity.fill.fgColor.rgb.endswith(GREY) and "Never change" in identity.comment.text
    assert {header_cells(sheet)[f.header].fill.fgColor.rgb[-6:] for f in FIELDS} == {BLUE}
    assert sheet.auto_filter.ref == f"A1:{identity.column_letter}2"  # the ID still filtered


def test_labels_still_read_when_a_person_deleted_the_lists_sheet(tmp_path, content, lists):
    """Cells show labels: the reader knows the declared ones without the Lists sheet."""
    declared = replace(lists, statuses=tuple(STATUS_LABELS.items()),
                       kinds=tuple(KIND_LABELS.items()))
    content = replace(content, activities=tuple(
        replace(each, kind="legislative_policy_reform" if each.kind else None)
        for each in content.activities))
    path, book = written(tmp_path, content, declared)
    assert "Legislative and policy reform" in {cell.value for row in
                                               book[layout.ACTIVITIES_SHEET].iter_rows()
                                               for cell in row}
    del book[layout.LISTS_SHEET]
    book.save(path)
    read = read_package(path)
    assert not [p for p in read.problems if p.column in ("Status", "Kind")]
    assert [a.kind for a in read.content.activities] == [a.kind for a in content.activities]
