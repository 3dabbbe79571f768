"""One set of rules for an activity, whether a person types it or a package brings it.

The editor's service once checked five long texts and the package check six, so an office
could save an activity that headquarters then refused with the whole package. Both now ask
exporters/activity.py; these tests hold every rule to that, field by field.
"""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from db.activities.rules import activity_reference
from db.activities.service import (
    check_activity,
    country_options,
    create_activity,
    get_activity,
)
from db.catalog.loader import historical_activity_uuid
from db.errors import ActivityValidationError
from db.installation.office import setup_office
from db.sync.exporting import export_template
from db.sync.validation import check_row
from exporters import layout
from exporters.activity import FIELDS, MAX_TEXT
from exporters.records import PackageActivity
from tests.db.sync.helpers import Site, sample
from tests.workbook_cells import fill_row

FIELD_OF_HEADER = {column.header: column.key for column in layout.ACTIVITY_COLUMNS}
LONG = {spec.name: "x" * (spec.max_length + 1) for spec in FIELDS if spec.max_length}
BAD = {
    **{f"{name} too long": {name: text} for name, text in LONG.items()},
    "no title": {"title": " "},
    "no item": {"item_codes": ()},
    "unknown item": {"item_codes": ("NOPE-1",)},
    "status": {"status": "done"},
    "kind": {"kind": "party"},
    "unknown country": {"country_iso2": "ZZ"},
    "another country": {"country_iso2": "UG"},
    "end before start": {"start_date": date(2026, 5, 1), "end_date": date(2026, 4, 1)},
    "negative people": {"people_reached": -3},
    "control character": {"description": "Half\x00done"},
}


@pytest.fixture
def nairobi(database):
    setup_office(database, "Nairobi", "KE")
    return database


def package_problems(database, content) -> set[tuple[str, str]]:
    """What headquarters' check says of the same content in a Nairobi package row."""
    row = PackageActivity(**content.values(), activity_id="a", sheet_row=2)
    with database.session() as session:
        _row, found = check_row("p.xlsx", activity_reference(session, "KE"), row)
    return {(FIELD_OF_HEADER[p.column], p.code) for p in found}


def test_every_text_field_with_a_limit_is_in_the_table():
    """The lead organisation was the text the editor forgot."""
    assert {"title", "lead_organisation", "partners", "description", "progress_notes",
            "outcome", "evidence"} <= set(LONG)
    assert len(LONG["lead_organisation"]) == MAX_TEXT + 1


@pytest.mark.parametrize("case", BAD)
def test_the_editor_and_the_package_check_refuse_the_same_things(nairobi, case):
    content = sample(**BAD[case])
    typed = {(name, code) for name, code, _value in check_activity(nairobi, content)}
    assert typed, f"the editor accepts {case}"
    assert typed == package_problems(nairobi, content)


def test_an_activity_headquarters_would_refuse_cannot_be_saved(nairobi):
    with pytest.raises(ActivityValidationError) as refused:
        create_activity(nairobi, sample(lead_organisation=LONG["lead_organisation"]), "amina")
    assert refused.value.problems == [("lead_organisation", "too_long", MAX_TEXT + 1)]


def test_a_template_filled_for_a_field_office_keeps_to_its_country(catalog_template, tmp_path):
    """Its rows would otherwise be stored and refused at headquarters with the next package."""
    nairobi = Site(catalog_template, tmp_path / "nairobi", "Nairobi", "KE")
    try:
        path = tmp_path / "template.xlsx"
        export_template(nairobi.database, path, rows=2)
        book = load_workbook(path)
        sheet = book["Activities"]
        fill_row(sheet, 2, {"Title": "Radio spots", "Item codes": "DES-SR-III-01",
                            "Country": "UG"})
        book.save(path)
        outcome = nairobi.receive(path, accept_unsigned=True).packages[0]
        assert outcome.status == "rejected"
        assert [(p.column, p.value, p.code) for p in outcome.problems] == [
            ("Country", "UG", "other_country")]
    finally:
        nairobi.close()


def test_the_editor_is_offered_the_countries_the_rules_allow(database):
    """The GUI asks the service instead of restating the own-country rule."""
    setup_office(database, "Nairobi", "KE")
    new = country_options(database, None)
    assert (new.only, new.default) == ("KE", "KE")
    assert ("UG", "Uganda") in new.known  # typed, it is named as another country
    others = country_options(database, get_activity(database, historical_activity_uuid(
        "DES-SEL-F-01")))  # the 2011 compilation's, read-only
    assert (others.only, others.default) == (None, None)
    setup_office(database, "UNHCR HQ", "CH", is_headquarters=True, force=True)
    assert country_options(database, None).only is None
