"""`tenpoint report OUT.xlsx|OUT.pdf`: the report of a scope, read back from what it wrote."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from db.activities.service import create_activity
from db.storage.database import open_database
from exporters.activity import ActivityContent
from tests.desktop.cli_support import run
from tests.outside_tools import needs


@pytest.fixture
def data(tmp_path, capsys):
    folder = tmp_path / "data"
    run(capsys, "--data-dir", str(folder), "setup", "--office-name", "UNHCR Nairobi",
        "--country", "KE")
    database = open_database(folder / "tenpoint.sqlite")
    for title, items, status in (("Asylum law review", ("DES-SR-I-01",), "completed"),
                                 ("=HYPERLINK(\"x\")", ("DES-SR-I-01", "DES-AP-I-T1"),
                                  "ongoing"),
                                 ("Border training", ("SAN-SR-1-01",), "planned")):
        create_activity(database, ActivityContent(
            title=title, item_codes=items, status=status, country_iso2="KE",
            start_date=date(2026, 1, 5), evidence="Gazette No. 12"), "amina")
    database.close()
    return str(folder)


def cells(sheet) -> list[tuple]:
    return [row for row in sheet.iter_rows(values_only=True)]


def test_the_workbook_has_a_summary_a_sheet_per_event_and_the_activities(data, capsys,
                                                                         tmp_path):
    out = tmp_path / "report.xlsx"
    code, printed, err = run(capsys, "--data-dir", data, "report", str(out), "--event", "DES")
    assert code == 0, err
    assert "3 activities" not in printed and "2 activities and 1 event." in printed
    book = load_workbook(out)
    assert book.sheetnames == ["Summary", "Dar es Salaam 2010", "Activities"]
    summary = [value for row in cells(book["Summary"]) for value in row if value is not None]
    assert any(str(value).startswith("Event: Dar es Salaam 2010 — ") for value in summary)
    assert "Kenya" in summary and "DES-AP-I-T1" in summary
    event_rows = cells(book["Dar es Salaam 2010"])
    followed = [row for row in event_rows if row[0] == "DES-SR-I-01"]
    assert sorted(row[5] for row in followed) == ["=HYPERLINK(\"x\")", "Asylum law review"]
    assert any(row[0] == "DES-SR-I-02" and row[5] == "No follow-up recorded"
               for row in event_rows)
    sheet = book["Activities"]
    titles = [row[0] for row in cells(sheet)]
    assert "Asylum law review" in titles and "Border training" not in titles
    formula = next(cell for row in sheet.iter_rows() for cell in row
                   if cell.value == "=HYPERLINK(\"x\")")
    assert formula.data_type == "s"  # a typed text never becomes a formula


@needs("pdftotext")
def test_the_pdf_lists_every_activity_on_letter_paper(data, capsys, tmp_path):
    out = tmp_path / "report.pdf"
    code, printed, err = run(capsys, "--data-dir", data, "report", str(out), "--region",
                             "EHSA", "--page-size", "Letter")
    assert code == 0, err
    pages = int(re.search(r"(\d+) pages\.", printed).group(1))
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+(\d+)", info).group(1) == str(pages) and "612 x 792" in info
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True).stdout
    for title in ("Asylum law review", "=HYPERLINK(\"x\")"):
        assert title in text
    assert "Border training" not in text  # Sana'a is another region's conference
    assert "Follow-up activities: 2" in text  # one of them under two items, counted once


def test_an_unknown_format_or_scope_is_refused(data, capsys, tmp_path):
    code, _, err = run(capsys, "--data-dir", data, "report", str(tmp_path / "report.docx"))
    assert code == 2 and ".xlsx or .pdf" in err
    assert not Path(tmp_path / "report.docx").exists()
    with pytest.raises(SystemExit):
        run(capsys, "--data-dir", data, "report", str(tmp_path / "r.xlsx"), "--from", "soon")
