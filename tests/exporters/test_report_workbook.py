"""The consolidated report workbook: layout, safe text, charts, atomic writing, LibreOffice."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exporters.errors import OperationCancelled
from exporters.report_workbook import (
    SERIES_COLOURS,
    ChartSpec,
    Report,
    ReportCancelled,
    ReportSheet,
    ReportTable,
    valid_sheet_names,
    write_report,
)
from tests.outside_tools import needs

REGIONS = ("East Africa", "Horn of Africa", "Great Lakes")


def summary_table() -> ReportTable:
    return ReportTable(
        "Activities by region", ("Region", "Planned", "Ongoing", "Completed"),
        [(region, 1 + n, 5 + n, 2 * n) for n, region in enumerate(REGIONS)], widths=(20, 10),
        chart=ChartSpec("stacked_bar", "Activities by region", 0, (1, 2, 3),
                        y_title="Activities", x_title="Region"))


def detail_table(count: int = 3) -> ReportTable:
    rows = ((f"Activity {n}", date(2026, 1, 1 + n % 28), datetime(2026, 3, 1, 9, n % 60),
             n * 10, "=1+1" if n == 0 else "@mention" if n == 1 else None)
            for n in range(count))  # a generator, as a database query gives them
    return ReportTable("All activities", ("Title", "Start", "Updated", "People", "Note"), rows,
                       autofilter=True)


def sample_report(count: int = 3, name: str = "Summary: Q1/Q2 [draft]") -> Report:
    return Report("Consolidated report 2026", (
        ReportSheet(name, ("Scope: all offices", "Made on 2026-03-02"),
                    (summary_table(), detail_table(count))),
        ReportSheet("Notes", (), (ReportTable("Empty", ("A", "B"), []),), freeze_header=False),
    ), {"author": "amina"})


@pytest.fixture
def written(tmp_path) -> Path:
    path = tmp_path / "report.xlsx"
    write_report(sample_report(), path)
    return path


def rows_of(path: Path, sheet: int = 0) -> list[tuple]:
    book = load_workbook(path)
    return [tuple(row) for row in book.worksheets[sheet].iter_rows(values_only=True)]


def test_titles_intro_headers_and_cells(written):
    rows = rows_of(written)
    assert rows[0][0] == "Consolidated report 2026"
    assert [r[0] for r in rows[1:3]] == ["Scope: all offices", "Made on 2026-03-02"]
    assert rows[3] == (None,) * len(rows[3])  # a blank row before the tables
    assert rows[4][0] == "Activities by region"
    assert rows[5][:4] == ("Region", "Planned", "Ongoing", "Completed")
    assert rows[6][:4] == ("East Africa", 1, 5, 0)
    detail = next(i for i, row in enumerate(rows) if row[0] == "All activities")
    assert rows[detail - 1] == (None,) * len(rows[0])  # tables stand apart
    assert rows[detail + 1][:5] == ("Title", "Start", "Updated", "People", "Note")
    assert rows[detail + 2][:5] == ("Activity 0", datetime(2026, 1, 1),
                                    datetime(2026, 3, 1, 9, 0), 0, "=1+1")


def test_styles_dates_and_widths(written):
    sheet = load_workbook(written).worksheets[0]
    assert sheet["A1"].font.b and sheet["A1"].font.sz > 12
    assert sheet["A5"].font.b
    header = sheet["A6"]
    assert header.font.b and header.fill.fgColor.rgb.endswith("1F4E79")
    assert header.alignment.wrap_text and header.border.bottom.style == "thin"
    start = next(c for c in sheet["B"] if isinstance(c.value, datetime))
    assert start.is_date and start.number_format == "yyyy-mm-dd"
    assert sheet.column_dimensions["A"].width == 20


def test_typed_text_never_becomes_a_formula(written):
    sheet = load_workbook(written).worksheets[0]
    cells = {cell.value: cell for row in sheet.iter_rows() for cell in row if cell.value}
    for text in ("=1+1", "@mention"):
        assert cells[text].data_type == "s"
    formulas = [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []


def test_a_title_or_header_starting_with_equals_stays_text(tmp_path):
    path = tmp_path / "report.xlsx"
    table = ReportTable("=HYPERLINK(\"x\")", ("=A1", "-B"), [("+1", "-2")])
    write_report(Report("=SUM(1)", (ReportSheet("S", (), (table,)),)), path)
    sheet = load_workbook(path).worksheets[0]
    texts = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    assert [c.value for c in texts] == ["=SUM(1)", "=HYPERLINK(\"x\")", "=A1", "-B", "+1", "-2"]
    assert all(c.data_type == "s" for c in texts)


def test_sheet_names_are_made_valid_and_unique(tmp_path):
    names = valid_sheet_names(["Summary: Q1/Q2 [draft]", "A" * 40, "a" * 40, "Notes", "notes",
                               "", "'quoted'", "x?*\\"])
    assert names == ["Summary_ Q1_Q2 _draft_", "A" * 31, "a" * 27 + " (2)", "Notes",
                     "notes (2)", "Sheet", "quoted", "x___"]
    path = tmp_path / "report.xlsx"
    write_report(sample_report(name="Notes"), path)
    assert load_workbook(path).sheetnames == ["Notes", "Notes (2)"]


def test_frozen_pane_and_autofilter(written):
    book = load_workbook(written)
    first, second = book.worksheets
    assert first.freeze_panes == "A7"  # below the first table's header, row 6
    rows = rows_of(written)
    detail = next(i for i, row in enumerate(rows) if row[0] == "All activities") + 1
    assert first.auto_filter.ref == f"A{detail + 1}:E{detail + 4}"
    assert second.freeze_panes is None
    assert not second.auto_filter.ref


def test_one_autofilter_per_sheet():
    tables = (detail_table(), detail_table())
    with pytest.raises(ValueError, match="autofilter"):
        ReportSheet("S", (), tables)


def test_the_chart_references_its_table(written):
    sheet = load_workbook(written).worksheets[0]
    (chart,) = sheet._charts
    assert chart.type == "bar" and chart.grouping == "stacked" and chart.overlap == 100
    assert len(chart.series) == 3
    refs = [s.val.numRef.f for s in chart.series]
    quoted = "'Summary_ Q1_Q2 _draft_'"
    assert refs == [f"{quoted}!${c}$7:${c}$9" for c in "BCD"]
    assert [s.tx.strRef.f for s in chart.series] == [f"{quoted}!{c}6" for c in "BCD"]
    category = chart.series[0].cat
    assert (category.numRef or category.strRef).f == f"{quoted}!$A$7:$A$9"
    assert chart.legend is not None
    fills = [s.graphicalProperties.solidFill.srgbClr for s in chart.series]
    assert fills == list(SERIES_COLOURS[:3])
    assert chart.anchor._from.col == 5 and chart.anchor._from.row == 4  # F5: beside the table


def test_column_charts_are_clustered(tmp_path):
    path = tmp_path / "report.xlsx"
    table = ReportTable("T", ("Q", "Women", "Men"), [("Q1", 1, 2), ("Q2", 3, 4)],
                        chart=ChartSpec("column", "People", 0, (1, 2)))
    write_report(Report("R", (ReportSheet("S", (), (table,)),)), path)
    (chart,) = load_workbook(path).worksheets[0]._charts
    assert chart.type == "col" and chart.grouping == "clustered" and len(chart.series) == 2


def test_the_palette_differs_in_greyscale():
    def luma(colour: str) -> float:
        red, green, blue = (int(colour[i:i + 2], 16) for i in (0, 2, 4))
        return 0.299 * red + 0.587 * green + 0.114 * blue
    levels = sorted(luma(colour) for colour in SERIES_COLOURS)
    assert min(b - a for a, b in zip(levels, levels[1:], strict=False)) >= 25


def test_document_properties(written):
    properties = load_workbook(written).properties
    assert properties.title == "Consolidated report 2026" and properties.creator == "amina"


def test_progress_counts_rows(tmp_path):
    seen: list[int] = []
    write_report(sample_report(count=1200), tmp_path / "report.xlsx", progress=seen.append)
    assert seen[:2] == [500, 1000] and seen[-1] == 1203  # 3 summary rows, 1200 detail rows


def test_cancel_leaves_no_file_and_no_temporary(tmp_path):
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) >= 2

    path = tmp_path / "report.xlsx"
    with pytest.raises(ReportCancelled) as raised:
        write_report(sample_report(count=5000), path, cancelled=cancelled)
    assert isinstance(raised.value, OperationCancelled)  # the desktop's Cancel handling
    assert list(tmp_path.iterdir()) == []


def test_a_failing_row_source_leaves_nothing(tmp_path):
    def rows():
        yield ("a",)
        raise RuntimeError("database gone")

    path = tmp_path / "report.xlsx"
    with pytest.raises(RuntimeError):
        write_report(Report("R", (ReportSheet("S", (), (ReportTable("T", ("A",), rows()),)),)),
                     path)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_report_is_replaced_whole(tmp_path, written):
    write_report(Report("Second", (ReportSheet("Only", (), ()),)), written)
    assert load_workbook(written).sheetnames == ["Only"]
    assert [p.name for p in written.parent.iterdir()] == ["report.xlsx"]


@needs("soffice")
def test_libreoffice_prints_the_report_with_its_chart(tmp_path, written):
    profile = tmp_path / "profile"
    converted = subprocess.run(
        [shutil.which("soffice") or "soffice", "--headless", "--norestore",
         f"-env:UserInstallation={profile.as_uri()}", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), str(written)],
        capture_output=True, text=True, timeout=240, check=False)
    pdf = tmp_path / "pdf" / "report.pdf"
    assert converted.returncode == 0 and pdf.exists(), converted.stdout + converted.stderr
    pages = re.findall(rb"/Type\s*/Page\b", pdf.read_bytes())
    assert len(pages) >= 2  # one sheet at least a page each
