"""`tenpoint catalog template` and `tenpoint catalog import` as headquarters runs them: a
preview of every row, all-or-nothing, and every problem named by file, sheet, row and column."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from tests.desktop.cli_support import run
from tests.workbook_cells import fill_row

EVENT = {"Code": "NBO", "Title": "Regional follow-up meeting, Nairobi", "Short name": "Nairobi",
         "Kind": "Follow-up meeting", "Country": "KE", "Start date": "2013-05-06",
         "Region": "EHSA"}
MERGE = {"Code": "DES-SR-III-01", "What to do": "Merge into another item",
         "Superseded by": "DES-SR-III-02"}


@pytest.fixture
def hq(tmp_path, capsys) -> str:
    folder = str(tmp_path / "hq")
    run(capsys, "--data-dir", folder, "setup", "--office-name", "UNHCR HQ", "--hq")
    return folder


def filled(template, rows: dict[str, list[dict]]):
    book = load_workbook(template)
    for sheet, values in rows.items():
        for number, row in enumerate(values, 2):
            fill_row(book[sheet], number, row)
    book.save(template)
    return str(template)


def test_headquarters_previews_then_imports_a_catalog_workbook(hq, tmp_path, capsys):
    template = tmp_path / "catalog.xlsx"
    code, out, _ = run(capsys, "--data-dir", hq, "catalog", "template", str(template))
    assert code == 0 and "catalog.xlsx" in out
    path = filled(template, {"Events": [EVENT], "Changes": [MERGE]})
    code, out, _ = run(capsys, "--data-dir", hq, "catalog", "import", "--dry-run", path)
    assert code == 0
    assert "Events, row 2: Add an event NBO — Regional follow-up meeting, Nairobi" in out
    assert "Changes, row 2: Merge into another item DES-SR-III-01 — into DES-SR-III-02" in out
    assert "Dry run: nothing was changed" in out and "from 0 to 2" in out
    code, out, _ = run(capsys, "--data-dir", hq, "catalog", "import", "--json", path)
    report = json.loads(out)
    assert code == 0 and report["applied"] and report["to_edition"] == 2
    assert report["counts"] == {"add_event": 1, "supersede": 1}
    assert report["rows"][0]["values"]["start_date"] == "2013-05-06"
    code, out, _ = run(capsys, "--data-dir", hq, "catalog", "import", path)
    assert code == 1  # imported already: every addition is now a duplicate


def test_a_refused_workbook_prints_every_problem_and_exits_1(hq, tmp_path, capsys):
    template = tmp_path / "catalog.xlsx"
    run(capsys, "--data-dir", hq, "catalog", "template", str(template))
    path = filled(template, {
        "Events": [{**EVENT, "Code": "DES"}],
        "Changes": [{**MERGE, "Superseded by": "DES-SR-III-01"}]})
    code, out, _ = run(capsys, "--data-dir", hq, "catalog", "import", path)
    assert code == 1
    assert ('catalog.xlsx, Events, row 2, column Code: DES — Code: the catalog already has '
            '"DES"; choose another code.') in out
    assert ("catalog.xlsx, Changes, row 2, column Superseded by: DES-SR-III-01 — Superseded "
            "by: an item cannot be merged into itself.") in out
    assert "Nothing was changed" in out
    code, out, _ = run(capsys, "--data-dir", hq, "catalog", "import", "--json", path)
    problems = json.loads(out)["problems"]
    assert [(p["sheet"], p["row"], p["column"], p["code"]) for p in problems] == [
        ("Events", 2, "Code", "duplicate_code"), ("Changes", 2, "Superseded by", "into_itself")]


def test_a_file_that_is_not_a_catalog_workbook_is_named_so(hq, tmp_path, capsys):
    package = tmp_path / "bulk.xlsx"
    run(capsys, "--data-dir", hq, "template", str(package), "--office-name", "Nairobi",
        "--country", "KE", "--rows", "2")
    code, out, _ = run(capsys, "--data-dir", hq, "catalog", "import", str(package))
    assert code == 1 and "bulk.xlsx — The workbook has none of the catalog workbook's" in out


def test_a_field_office_is_told_only_headquarters_edits_the_catalog(tmp_path, capsys):
    office = str(tmp_path / "nairobi")
    run(capsys, "--data-dir", office, "setup", "--office-name", "Nairobi", "--country", "KE")
    code, _, err = run(capsys, "--data-dir", office, "catalog", "template",
                       str(tmp_path / "c.xlsx"))
    assert code == 1 and "Only headquarters edits the catalog" in err
    assert not (tmp_path / "c.xlsx").exists()
