"""A text starting like a formula is written as a text cell that no spreadsheet evaluates."""

from __future__ import annotations

import csv
import re
import subprocess
import zipfile
from dataclasses import replace

import pytest

from exporters.cells import FORMULA_TRIGGERS
from exporters.writer import write_package
from tests.exporters.conftest import activity
from tests.outside_tools import needs

ACTIVITIES_SHEET = "xl/worksheets/sheet3.xml"
TITLES = {trigger: f"{trigger}1+2 from trigger {n}" for n, trigger in enumerate(FORMULA_TRIGGERS)}


def title_cells(path) -> list[str]:
    """The XML of each data row's Title cell (column B)."""
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read(ACTIVITIES_SHEET).decode()
    return re.findall(r'<c r="B(?:[2-9]|[1-9][0-9]+)"[^>]*>.*?</c>', sheet, re.DOTALL)


@pytest.fixture
def exported(tmp_path, content, lists):
    rows = tuple(activity(title=title) for title in TITLES.values())
    path = tmp_path / "triggers.xlsx"
    write_package(path, replace(content, activities=rows), lists)
    return path


def test_every_trigger_is_a_text_cell_never_a_formula(exported):
    cells = title_cells(exported)
    assert len(cells) == len(FORMULA_TRIGGERS)
    for cell in cells:
        assert re.search(r't="(?:s|inlineStr)"', cell), cell
        assert "<f" not in cell, cell


@needs("soffice")
def test_libreoffice_shows_the_literal_text_not_a_result(exported, tmp_path):
    out = tmp_path / "csv"
    subprocess.run(["soffice", "--headless", "--calc", "--convert-to",
                    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,3',
                    "--outdir", str(out), str(exported)], check=True, capture_output=True,
                   timeout=120)
    (sheet,) = out.glob("*Activities*.csv")
    with open(sheet, encoding="utf-8", newline="") as handle:
        titles = [row[1] for row in csv.reader(handle)][1:]
    for trigger, title in TITLES.items():  # XML turns a carriage return into a line feed
        assert title.replace("\r", "\n") in titles, (trigger, titles)
    assert "3" not in titles  # 1+2 was never computed
