"""Workbooks with the real translations: written in the office's language, read in any.

A template written where the person chose French has French headers and labels wherever the
translators have given them (the activity's field labels and statuses are translated);
headquarters, in English, reads it with the same words from tenpoint_<language>.qm.
"""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QTranslator

from db.resources import translations_dir
from db.storage.database import open_database
from desktop.shared.workbook_wording import reading_words, writing_wording
from desktop.translations import ENGLISH, LANGUAGE_SETTING, LANGUAGES, language_switcher
from exporters import layout
from exporters.activity import FIELDS, LABEL_CONTEXT
from exporters.wording import fold
from tests.db.sync.helpers import table_dump
from tests.desktop.cli_support import run
from tests.workbook_cells import fill_row

OTHER_LANGUAGES = tuple(code for code in LANGUAGES if code != ENGLISH)
SHEETS = {layout.ACTIVITIES_SHEET: layout.ACTIVITY_COLUMNS,
          layout.DELETIONS_SHEET: layout.DELETION_COLUMNS,
          layout.ACKNOWLEDGEMENTS_SHEET: layout.ACKNOWLEDGEMENT_COLUMNS,
          layout.CATALOG_UPDATES_SHEET: layout.CATALOG_UPDATE_COLUMNS,
          layout.HISTORY_SHEET: layout.HISTORY_COLUMNS}


@pytest.fixture
def english_after():
    yield
    language_switcher().switch(ENGLISH)


def translator(language: str) -> QTranslator:
    loaded = QTranslator()
    assert loaded.load(f"tenpoint_{language}", str(translations_dir()))
    return loaded


def in_language(language: str, context: str, text: str) -> str:
    return translator(language).translate(context, text) or text


def test_the_reading_words_come_from_every_language_translated():
    words = reading_words()
    for language in OTHER_LANGUAGES:
        assert in_language(language, "activity", "Title") in words.spellings(
            "activity", "Title")
        assert in_language(language, "activity", "Planned") in words.spellings(
            "activity", "Planned")
    assert "Titre" in words.spellings("activity", "Title")  # French, as translated


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_no_translation_makes_two_columns_or_two_choices_read_alike(language):
    """For the translators: one word for two columns of a sheet (or two statuses) could not
    be read back, and a column translated as another's English header would read as it."""
    for sheet, columns in SHEETS.items():
        english = {layout.normalize_header(c.header): c.key for c in columns}
        seen: dict[str, str] = {}
        for column in columns:
            word = layout.normalize_header(in_language(language, column.context, column.header))
            assert seen.setdefault(word, column.key) == column.key, (sheet, word)
            assert english.get(word, column.key) == column.key, (sheet, word)
    for spec in FIELDS:
        labels = {fold(in_language(language, LABEL_CONTEXT, label)): code
                  for code, label in spec.choices.items()}
        assert len(labels) == len(spec.choices), spec.name


def test_writing_follows_the_interface_language(english_after):
    language_switcher().switch("fr")
    wording = writing_wording()
    assert wording.language == "fr"
    assert wording.text("activity", "Title") == "Titre"
    language_switcher().switch(ENGLISH)
    assert writing_wording().text("activity", "Title") == "Title"


def test_a_french_template_from_senegal_imports_at_an_english_headquarters(
        tmp_path, capsys, english_after):
    hq, dakar = tmp_path / "hq", tmp_path / "dakar"
    dakar.mkdir()
    section, key = LANGUAGE_SETTING.split("/")
    (dakar / "settings.ini").write_text(f"[{section}]\n{key}=fr\n")
    run(capsys, "--data-dir", str(hq), "setup", "--office-name", "UNHCR HQ", "--hq")
    run(capsys, "--data-dir", str(dakar), "setup", "--office-name", "Dakar", "--country", "SN")
    template = tmp_path / "dakar.xlsx"
    code, _out, err = run(capsys, "--data-dir", str(dakar), "template", str(template),
                          "--rows", "4")
    assert code == 0, err
    book = load_workbook(template)
    sheet = book["Activities"]
    shown = [cell.value for cell in sheet[1]]
    assert "Titre" in shown and "Statut" in shown and "Title" not in shown
    assert book["Lists"]["B2"].value == "Prévue" and book.sheetnames[0] == "README"

    def header(text: str) -> str:
        return in_language("fr", "activity", text)
    fill_row(sheet, 2, {header("Title"): "Atelier sur le droit d'asile",
                        header("Item codes"): "DES-SR-III-01",
                        header("Status"): in_language("fr", "activity", "Ongoing"),
                        header("Kind"): in_language("fr", "activity", "Capacity-building")})
    fill_row(sheet, 3, {header("Title"): "Campagne radio", header("Item codes"): "des-ap-i-a03",
                        header("Status"): in_language("fr", "activity", "Completed")})
    book.save(template)
    code, out, err = run(capsys, "--data-dir", str(hq), "import", "--accept-unsigned",
                         str(template))
    assert code == 0 and "2 new" in out, out + err
    database = open_database(hq / "tenpoint.sqlite")
    try:
        rows = table_dump(database, "select title, status, kind, country_iso2 from activity "
                                    "where read_only = 0 order by title")
    finally:
        database.close()
    assert rows == [("Atelier sur le droit d'asile", "ongoing", "capacity_building", "SN"),
                    ("Campagne radio", "completed", None, "SN")]
