"""An office in Senegal works in French; headquarters, in English, merges what it sends.

The translations are made up (tests/exporters/fake_languages.py), so this holds whatever the
translators write; tests/desktop/sync/test_workbook_wording.py uses the real ones.
"""

from __future__ import annotations

from functools import partial

import pytest
from openpyxl import load_workbook

from db.activities.service import create_activity
from db.sync.exporting import export_office_package, export_template
from db.sync.importing import read_packages
from db.sync.signatures import NEW_KEY, VERIFIED
from exporters import problems
from exporters.wording import ENGLISH
from tests.db.sync.helpers import Site, activity_state, sample, table_dump
from tests.exporters.fake_languages import reading_words, wording
from tests.workbook_cells import fill_row


@pytest.fixture
def sites(catalog_template, tmp_path):
    made = [Site(catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True),
            Site(catalog_template, tmp_path / "hq2", "UNHCR HQ", None, hq=True),
            Site(catalog_template, tmp_path / "dakar", "Dakar", "SN")]
    yield made
    for site in made:
        site.close()


# What the office types, in the words its template shows.
ROWS = {
    "en": [{"Title": "Asylum law workshop", "Item codes": "DES-SR-III-01",
            "Status": "Ongoing", "Kind": "Capacity-building", "People reached": 40},
           {"Title": "Radio campaign", "Item codes": "des-ap-i-a03", "Status": "Completed",
            "Start date": "31/01/2026"}],
    "fr": [{"Titre": "Asylum law workshop", "Codes des points": "DES-SR-III-01",
            "Statut": "En cours", "Type": "Renforcement des capacités",
            "Personnes touchées": 40},
           {"Titre": "Radio campaign", "Codes des points": "des-ap-i-a03",
            "Statut": "Terminée", "Date de début": "31/01/2026"}],
}


def filled_template(site: Site, language: str):
    path = site.folder / f"template-{language}.xlsx"
    export_template(site.database, path, rows=4,
                    wording=ENGLISH if language == "en" else wording(language))
    book = load_workbook(path)
    for row, values in enumerate(ROWS[language], 2):
        fill_row(book["Activities"], row, values)
    book.save(path)
    return path


def contents(database) -> list[tuple]:
    """Each activity's content, without its identity: what was recorded, not under which ID."""
    return sorted(row[2:9] + row[10:] for row in activity_state(database))


def test_a_french_template_imports_at_an_english_headquarters_with_the_same_data(sites):
    hq, hq2, dakar = sites
    french, english = filled_template(dakar, "fr"), filled_template(dakar, "en")
    assert load_workbook(french)["Activities"]["A1"].value == "Titre"
    read = partial(read_packages, words=reading_words())  # in the child process, as always
    from_french = hq.receive(french, reader=read, accept_unsigned=True).packages[0]
    from_english = hq2.receive(english, reader=read, accept_unsigned=True).packages[0]
    for outcome in (from_french, from_english):
        assert (outcome.status, outcome.new, outcome.blank_template_rows) == ("accepted", 2, 2)
    assert contents(hq.database) == contents(hq2.database)
    statuses = table_dump(hq.database, "select status, kind from activity "
                                       "where read_only = FALSE order by title")
    assert statuses == [("ongoing", "capacity_building"), ("completed", None)]


def test_headquarters_reading_english_only_refuses_a_french_template_by_name(sites):
    hq, _hq2, dakar = sites
    outcome = hq.receive(filled_template(dakar, "fr"), accept_unsigned=True).packages[0]
    assert outcome.status == "rejected"
    assert [(p.code, p.column) for p in outcome.problems] == [
        (problems.MISSING_COLUMN, "Activity ID")]


def test_a_french_office_package_verifies_and_merges_as_an_english_one(sites):
    """Signed in French, verified in English: the signature covers values and codes."""
    hq, hq2, dakar = sites
    create_activity(dakar.database, sample(kind="outreach"), "awa")
    create_activity(dakar.database, sample(title="Training", status="completed"), "awa")
    french, english = dakar.folder / "fr.xlsx", dakar.folder / "en.xlsx"
    sent_french = export_office_package(dakar.database, french, wording=wording("fr"))
    sent_english = export_office_package(dakar.database, english)
    assert "Statut" in [c.value for c in load_workbook(french)["Activities"][1]]
    read = partial(read_packages, words=reading_words())
    from_french = hq.receive(french, reader=read).packages[0]
    from_english = hq2.receive(english, reader=read).packages[0]
    assert from_french.signature in (VERIFIED, NEW_KEY) and from_french.status == "accepted"
    assert from_french.checksum_matches is True and from_english.checksum_matches is True
    assert activity_state(hq.database) == activity_state(hq2.database)
    assert sent_french.manifest.activity_count == sent_english.manifest.activity_count == 2
