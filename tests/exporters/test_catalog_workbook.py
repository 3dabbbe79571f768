"""The catalog workbook: a template derived from the edits' declaration, filled and read back
into edits in the order they apply, in any language, and refused safely when hostile."""

from __future__ import annotations

import json
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from exporters import problems
from exporters.catalog_edits import (
    ACTION_FIELDS,
    ADD_DOCUMENT,
    ADD_EVENT,
    ADD_ITEM,
    ADD_SECTION,
    ANNOTATE,
    CORRECT,
    PARTICIPATION,
    SUPERSEDE,
    CatalogEdit,
)
from exporters.catalog_sheets import (
    BY_NAME,
    LISTS_SHEET,
    MERGED,
    NOT_A_CATALOG_WORKBOOK,
    SHEETS,
    CellProblem,
    placed,
    readable_texts,
)
from exporters.catalog_workbook import CatalogLists, write_catalog_template
from exporters.catalog_workbook_reader import read_catalog_workbook, read_catalog_workbook_isolated
from exporters.package_guard import check_package
from exporters.wording import ReadingWords, Wording
from tests.outside_tools import SYSTEM_PYTHON, needs
from tests.workbook_cells import fill_row

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "bad_packages"
LISTS = CatalogLists(
    events=(("DES", "Dar es Salaam 2010"),), documents=(("DES-SR", "Summary report"),),
    sections=(("DES-SR-III", "Protection-sensitive entry"),),
    items=(("DES-SR-III-01", "States should..."), ("DES-SR-III-02", "UNHCR should...")),
    countries=(("KE", "Kenya"), ("TZ", "Tanzania")), regions=(("EHSA", "East Horn"),),
    action_areas=((1, "Cooperation among key partners"), (2, "Data collection")))
# Made-up French, as tests/exporters/fake_languages.py does for packages.
FRENCH = {
    ("catalog", "Code"): "Code", ("catalog", "Title"): "Titre",
    ("catalog", "Short name"): "Nom court", ("catalog", "Kind"): "Type",
    ("catalog", "Country"): "Pays", ("catalog", "Start date"): "Date de début",
    ("catalog", "Region"): "Région", ("catalog", "Event"): "Événement",
    ("catalog", "Part in the event"): "Rôle dans l'événement",
    ("catalog", "Follow-up meeting"): "Réunion de suivi",
    ("catalog", "Participant"): "Participant",
    ("catalog", "What to do"): "Que faire",
    ("catalog", "Superseded by"): "Remplacé par",
    ("catalog", "Merge into another item"): "Fusionner avec un autre point",
    ("catalog", "Why (kept in the history)"): "Pourquoi (gardé dans l'historique)",
    ("labels", "Recommendation"): "Recommandation",
    ("workbook", "Tenpoint catalog workbook"): "Classeur du catalogue Tenpoint",
}


def french() -> Wording:
    return Wording(lambda context, text: FRENCH.get((context, text), ""), "fr")


def french_words() -> ReadingWords:
    return ReadingWords.of(readable_texts(), [lambda c, t: FRENCH.get((c, t), "")])


def fill(path: Path, target: Path, rows: dict[str, list[dict[str, object]]]) -> Path:
    """rows: sheet -> the rows to fill, each {header as written: value}, from row 2."""
    workbook = load_workbook(path)
    for sheet, values in rows.items():
        for number, row in enumerate(values, 2):
            fill_row(workbook[sheet], number, row)
    workbook.save(target)
    return target


ENGLISH_ROWS = {  # filled from the last sheet to the first: the order read is the sheets'
    "Changes": [
        {"Code": "DES-SR-III-01", "What to do": "Annotate an item",
         "New value or text": "See the Nairobi follow-up.", "Why (kept in the history)": "x"},
        {"Code": "DES-SR-III-02", "What to do": "Merge into another item",
         "Superseded by": "nbo-od-a-01"},
        {"Code": "NBO-OD-A-01", "What to do": "Correct an added item",
         "Field to correct": "Number as printed", "New value or text": "1 bis"},
    ],
    "Items": [{"Code": "NBO-OD-A-01", "Section": "NBO-OD-A", "Kind": "Recommendation",
               "Number as printed": "1.", "Text": "Reception of mixed flows",
               "Action areas": "2; 3"}],
    "Sections": [{"Code": "NBO-OD-A", "Document": "NBO-OD", "Title": "Entry"}],
    "Documents": [{"Code": "NBO-OD", "Event": "NBO", "Kind": "Outcome document",
                   "Title": "Outcome document", "Issued on": date(2013, 5, 7),
                   "Source reference (symbol, publication or link)": "UNHCR/NBO/2013/1"}],
    "Countries in events": [{"Event": "NBO", "Country": "KE", "Part in the event": "Participant"}],
    "Events": [{"Code": "NBO", "Title": "Follow-up meeting, Nairobi", "Short name": "Nairobi",
                "Kind": "Follow-up meeting", "Country": "KE", "Start date": "06/05/2013",
                "Region": "EHSA"}],
}


@pytest.fixture
def template(tmp_path) -> Path:
    path = tmp_path / "catalog-template.xlsx"
    write_catalog_template(path, LISTS, app_version="1.0", edition=3)
    return path


def test_every_field_of_every_action_has_a_column_of_one_sheet():
    """The sheets are derived from the declaration: nothing to keep in step by hand."""
    for action, fields in ACTION_FIELDS.items():
        (sheet,) = [s for s in SHEETS if action in s.actions]
        keys = {column.key for column in sheet.columns}
        several = len(sheet.actions) > 1
        assert {MERGED.get(f.name, f.name) if several else f.name for f in fields} <= keys
    assert [c.header for c in BY_NAME["Changes"].columns] == [
        "Code", "What to do", "Field to correct", "New value or text", "Superseded by",
        "Why (kept in the history)"]
    assert [s.name for s in SHEETS] == ["Events", "Countries in events", "Documents",
                                        "Sections", "Items", "Changes"]


@needs("soffice", "pdftotext")
def test_the_readme_prints_on_one_page(template, tmp_path):
    """Printed, the README is one page and the next page is the first sheet to fill (empty
    rows between its paragraphs used to push its last one onto a second page)."""
    profile = tmp_path / "profile"
    converted = subprocess.run(
        ["soffice", "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(template)],
        capture_output=True, text=True, timeout=240, check=False)
    pdf = tmp_path / "pdf" / (template.stem + ".pdf")
    assert converted.returncode == 0 and pdf.exists(), converted.stdout + converted.stderr
    pages = [subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                            capture_output=True, text=True, check=True).stdout
             for page in (1, 2)]
    assert "Tenpoint catalog workbook" in pages[0] and "README, page 1 of" in pages[0]
    assert "Every change raises the catalog's edition" in pages[0]  # the last paragraph
    assert "Events, page 2 of" in pages[1]


def test_the_template_has_its_sheets_headers_and_drop_downs(template):
    workbook = load_workbook(template)
    assert workbook.sheetnames == ["README", *(s.name for s in SHEETS), LISTS_SHEET]
    assert workbook["README"]["A1"].value == "Tenpoint catalog workbook"
    events = workbook["Events"]
    assert [c.value for c in events[1]] == [c.header for c in BY_NAME["Events"].columns]
    validations = {str(v.sqref): v for v in events.data_validations.dataValidation}
    kind = validations["D2:D501"]  # Kind: its labels, nothing else
    assert kind.showErrorMessage and kind.formula1.startswith("'Lists'!$B$2:$B$")
    region = validations["I2:I501"]  # Region: the catalog's codes, or a new one typed
    assert not region.showErrorMessage
    lists = workbook[LISTS_SHEET]
    column_of = {cell.value: cell.column for cell in lists[1]}
    region_codes = column_of["Region"]
    assert lists.cell(2, region_codes).value == "EHSA"
    assert region.formula1 == f"'Lists'!${lists.cell(1, region_codes).column_letter}$2:" \
                              f"${lists.cell(1, region_codes).column_letter}$2"
    assert lists.cell(2, column_of["Kind (Items)"] + 1).value == "Recommendation"


def test_a_filled_template_reads_back_as_edits_in_the_order_they_apply(template, tmp_path):
    read = read_catalog_workbook(fill(template, tmp_path / "filled.xlsx", ENGLISH_ROWS))
    assert read.problems == ()
    assert [(e.sheet, e.edit.row, e.edit.action) for e in read.edits] == [
        ("Events", 2, ADD_EVENT), ("Countries in events", 2, PARTICIPATION),
        ("Documents", 2, ADD_DOCUMENT), ("Sections", 2, ADD_SECTION), ("Items", 2, ADD_ITEM),
        ("Changes", 2, ANNOTATE), ("Changes", 3, SUPERSEDE), ("Changes", 4, CORRECT)]
    event, participation, document, _section, item, note, merge, correct = read.catalog_edits
    assert event.values["kind"] == "follow_up_meeting"
    assert event.values["start_date"] == date(2013, 5, 6)  # typed day/month/year
    assert participation.values == {"code": "NBO", "country_iso2": "KE", "role": "participant"}
    assert document.values["issued_on"] == date(2013, 5, 7)
    assert item.values["kind"] == "recommendation" and item.values["action_areas"] == "2; 3"
    assert note == CatalogEdit(ANNOTATE, {"code": "DES-SR-III-01",
                                          "text": "See the Nairobi follow-up."}, "x", 2)
    assert merge.values == {"code": "DES-SR-III-02", "into": "nbo-od-a-01"}
    assert correct.values == {"code": "NBO-OD-A-01", "field": "label", "value": "1 bis"}


def test_a_template_written_in_french_reads_in_any_installation(tmp_path):
    path = tmp_path / "modele.xlsx"
    write_catalog_template(path, LISTS, french())
    workbook = load_workbook(path)
    assert workbook["README"]["A1"].value == "Classeur du catalogue Tenpoint"
    headers = [c.value for c in workbook["Events"][1]]
    assert headers[:4] == ["Code", "Titre", "Nom court", "Type"]
    assert [c.value for c in workbook["Changes"][1]][:2] == ["Code", "Que faire"]
    filled = fill(path, tmp_path / "rempli.xlsx", {
        "Events": [{"Code": "NBO", "Titre": "Réunion de Nairobi", "Nom court": "Nairobi",
                    "Type": "Réunion de suivi", "Pays": "KE", "Date de début": "2013-05-06",
                    "Région": "EHSA"}],
        "Countries in events": [{"Événement": "NBO", "Pays": "TZ",
                                 "Rôle dans l'événement": "Participant"}],
        "Changes": [{"Code": "DES-SR-III-02", "Que faire": "Fusionner avec un autre point",
                     "Remplacé par": "DES-SR-III-01",
                     "Pourquoi (gardé dans l'historique)": "doublon"}]})
    read = read_catalog_workbook(filled, words=french_words())
    assert read.problems == ()
    event, participation, merge = read.catalog_edits
    assert (event.action, event.values["kind"]) == (ADD_EVENT, "follow_up_meeting")
    assert participation.values["role"] == "participant"
    assert merge == CatalogEdit(SUPERSEDE, {"code": "DES-SR-III-02", "into": "DES-SR-III-01"},
                                "doublon", 2)


def test_labels_of_a_language_not_installed_read_from_the_lists_sheet(tmp_path):
    """Headers in English, labels in French: the Lists sheet says what each label means."""
    path = tmp_path / "labels.xlsx"
    write_catalog_template(path, LISTS, Wording(
        lambda c, t: FRENCH.get((c, t), "") if c != "catalog" or t in (
            "Follow-up meeting", "Merge into another item") else "", "fr"))
    filled = fill(path, tmp_path / "filled.xlsx", {"Changes": [
        {"Code": "DES-SR-III-02", "What to do": "Fusionner avec un autre point",
         "Superseded by": "DES-SR-III-01"}]})
    (merge,) = read_catalog_workbook(filled).catalog_edits
    assert merge.action == SUPERSEDE


def test_an_unknown_label_is_kept_as_typed_for_the_checks_to_name(template, tmp_path):
    filled = fill(template, tmp_path / "f.xlsx", {
        "Changes": [{"Code": "DES-SR-III-01", "What to do": "Delete it"},
                    {"Code": "DES-SR-III-02"}],
        "Events": [{"Code": "X", "Kind": "Congress", "Start date": "May 2013"}]})
    read = read_catalog_workbook(filled)
    event, unknown, empty = read.catalog_edits
    assert (event.values["kind"], event.values["start_date"]) == ("Congress", "May 2013")
    assert (unknown.action, empty.action) == ("Delete it", "")
    problem = placed(read, 0, "start_date", "bad_date", "May 2013")
    assert problem == CellProblem("f.xlsx", "bad_date", "Events", 2, "Start date", "start_date",
                                  "May 2013")
    assert placed(read, 1, "action", "bad_choice", "Delete it").column == "What to do"


def test_empty_rows_and_sheets_are_nothing_to_do(template):
    read = read_catalog_workbook(template)
    assert read.edits == () and read.problems == ()


def test_a_sheet_without_its_code_column_is_refused(template, tmp_path):
    workbook = load_workbook(template)
    workbook["Items"]["A1"] = "Identifier"
    workbook["Items"]["B2"] = "X"
    workbook.save(tmp_path / "renamed.xlsx")
    read = read_catalog_workbook(tmp_path / "renamed.xlsx")
    assert read.edits == ()
    assert read.problems == (CellProblem("renamed.xlsx", problems.MISSING_COLUMN, "Items",
                                         column="Code"),)


# --- hostile files, refused as packages are ----------------------------------------------

REFUSED = {
    "not-a-zip.xlsx": problems.NOT_A_WORKBOOK, "truncated.xlsx": problems.DAMAGED_ZIP,
    "legacy-xls-renamed.xlsx": problems.LEGACY_XLS, "ods-renamed.xlsx": problems.ODS_FILE,
    "zip-bomb.xlsx": problems.TOO_LARGE, "entity-bomb.xlsx": problems.ENTITY_DECLARATION,
    "far-cell.xlsx": problems.SHEET_TOO_LARGE, "formula-cell.xlsx": problems.FORMULA_CELL,
    "nairobi-office.xlsx": NOT_A_CATALOG_WORKBOOK,
}


@pytest.mark.parametrize("file", sorted(REFUSED))
def test_a_hostile_or_foreign_file_is_refused_before_or_by_the_isolated_reader(file):
    folder = CORPUS if (CORPUS / file).exists() else CORPUS.parent / "packages"
    read = read_catalog_workbook_isolated(folder / file)
    assert read.edits == ()
    assert [p.code for p in read.problems] == [REFUSED[file]]


def test_a_formula_in_a_catalog_sheet_is_refused_with_its_cell(template, tmp_path):
    workbook = load_workbook(template)
    workbook["Items"]["F2"] = '=HYPERLINK("http://example.org","click")'
    workbook.save(tmp_path / "formula.xlsx")
    (problem,) = read_catalog_workbook_isolated(tmp_path / "formula.xlsx").problems
    assert (problem.code, problem.sheet, problem.row, problem.value) == (
        problems.FORMULA_CELL, "Items", 2, "F2")


def test_an_entity_declaration_in_a_catalog_sheet_is_refused(template, tmp_path):
    target = tmp_path / "doctype.xlsx"
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet6.xml":  # Items
                data = b'<!DOCTYPE x [<!ENTITY a "aaaa">]>' + data
            out.writestr(info, data)
    (problem,) = read_catalog_workbook_isolated(target).problems
    assert (problem.code, problem.sheet) == (problems.ENTITY_DECLARATION, "Items")


def test_the_isolated_reader_reads_what_the_plain_one_reads(template, tmp_path):
    filled = fill(template, tmp_path / "filled.xlsx", ENGLISH_ROWS)
    assert read_catalog_workbook_isolated(filled) == read_catalog_workbook(filled)


# --- filled and saved by LibreOffice, as a person does ---------------------------------------

FILL_SCRIPT = Path(__file__).resolve().parent / "libreoffice_fill.py"


def typed(sheet: str, row: int, values: dict[str, str]) -> list[list[str]]:
    """[sheet, cell, text] for each value, the cell found by its column's English header."""
    headers = [c.header for c in BY_NAME[sheet].columns]
    return [[sheet, f"{get_column_letter(headers.index(h) + 1)}{row}", text]
            for h, text in values.items()]


@needs("soffice", uno=True)
def test_a_template_filled_and_saved_in_libreoffice_reads_back(template, tmp_path):
    """LibreOffice turns a typed date into a date cell and a number into a number, rewrites
    the drop-downs and declares its own used range: the guard passes it and every row reads."""
    cells = (typed("Events", 2, {"Code": "NBO", "Title": "Follow-up meeting, Nairobi",
                                 "Short name": "Nairobi", "Kind": "Follow-up meeting",
                                 "Country": "KE", "Start date": "2013-05-06",
                                 "End date": "2013-05-07", "Region": "EHSA"})
             + typed("Items", 2, {"Code": "NBO-OD-A-01", "Section": "DES-SR-III",
                                  "Kind": "Recommendation", "Number as printed": "1.",
                                  "Text": "Reception of mixed flows", "Action areas": "2"})
             + typed("Changes", 2, {"Code": "DES-SR-III-02",
                                    "What to do": "Merge into another item",
                                    "Superseded by": "NBO-OD-A-01"}))
    (tmp_path / "cells.json").write_text(json.dumps(cells), encoding="utf-8")
    saved = tmp_path / "saved-by-libreoffice.xlsx"
    subprocess.run([SYSTEM_PYTHON, str(FILL_SCRIPT), str(template), str(saved),
                    str(tmp_path / "cells.json")], check=True, capture_output=True, timeout=300)
    assert check_package(saved) is None
    read = read_catalog_workbook_isolated(saved)
    assert read.problems == ()
    event, item, merge = read.catalog_edits
    assert (event.values["start_date"], event.values["end_date"]) == (
        date(2013, 5, 6), date(2013, 5, 7))
    assert event.values["kind"] == "follow_up_meeting"
    assert (item.values["kind"], item.values["action_areas"]) == ("recommendation", 2)
    assert merge == CatalogEdit(SUPERSEDE, {"code": "DES-SR-III-02", "into": "NBO-OD-A-01"},
                                "", 2)
