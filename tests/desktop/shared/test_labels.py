"""Labels in the person's language: the catalog's names Tenpoint wrote, counts per status with
their plural forms, sizes and error sentences in the locale's own wording."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

from db.errors import TenpointDataError
from desktop.shared.formatting import size_text
from desktop.shared.labels import (
    STATUS_COUNTS,
    catalog_label,
    catalog_list_text,
    status_count_text,
)
from desktop.shared.messages import error_message
from exporters.activity import STATUSES
from tests.desktop.shared.translation_support import translation
from tools.translations.update import OPTIONS, catalog_names, qt_tool, write_catalog_labels

WEST_AFRICA, CENTRAL_ASIA = "West Africa", "Central Asia"


def shown_names(database) -> set[str]:
    """The action areas' and regions' names as the interface reads them from the database."""
    with database.reading() as sql:
        return {row[0] for table in ("action_area", "region")
                for row in sql.all(f"SELECT name FROM {table}")}


def test_lupdate_finds_every_catalog_name_the_interface_shows(database, tmp_path):
    assert set(catalog_names()) == shown_names(database)
    source, ts_file = write_catalog_labels(tmp_path / "catalog_labels.py"), tmp_path / "x.ts"
    subprocess.run([str(qt_tool("lupdate")), *OPTIONS, str(source), "-ts", str(ts_file)],
                   check=True)
    found = {message.findtext("source") for context in ET.parse(ts_file).getroot()
             if context.findtext("name") == "catalog" for message in context.iter("message")}
    assert found == set(catalog_names())


def test_a_region_is_named_in_the_persons_language_and_listed_their_way(tmp_path):
    assert catalog_label(WEST_AFRICA) == WEST_AFRICA  # English: the catalog's own words
    assert catalog_label(None) == ""
    with translation(tmp_path, "fr", {("catalog", WEST_AFRICA): "Afrique de l’Ouest",
                                      ("catalog", CENTRAL_ASIA): "Asie centrale"}):
        assert catalog_label(WEST_AFRICA) == "Afrique de l’Ouest"
        assert catalog_list_text([WEST_AFRICA, CENTRAL_ASIA]) == \
            "Afrique de l’Ouest et Asie centrale"


def test_each_status_counts_with_its_own_plural_forms(tmp_path):
    assert set(STATUS_COUNTS) == set(STATUSES)
    assert status_count_text("ongoing", 1) == "1 ongoing"
    assert status_count_text("planned", 1234) == "1,234 planned"
    planned = ("labels", "%Ln planned", "activities with this status")
    with translation(tmp_path, "ru", {planned: ("%Ln запланирована", "%Ln запланированы",
                                                "%Ln запланировано")}):
        assert [status_count_text("planned", n) for n in (1, 3, 5)] == [
            "1 запланирована", "3 запланированы", "5 запланировано"]


def test_sizes_use_the_locales_decimal_sign(tmp_path):
    assert size_text(1_500_000) == "1.5 MB"
    with translation(tmp_path, "fr", {("backups", "{size} MB"): "{size} Mo"}):
        assert size_text(1_500_000) == "1,5 Mo"


def test_an_unexpected_error_is_one_sentence_a_translator_words(tmp_path):
    assert error_message(TenpointDataError("disk full")) == "Unexpected data error: disk full"
    with translation(tmp_path, "fr", {("messages", "Unexpected data error: {error}"):
                                      "Erreur de données inattendue : {error}"}):
        assert error_message(TenpointDataError("disk full")) == \
            "Erreur de données inattendue : disk full"
