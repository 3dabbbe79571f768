"""Why an office follows each conference of its regions: the part the texts give its country."""

from __future__ import annotations

import pytest

from db.catalog.regions import ROLES, event_reasons, local_event_reasons, regions_of
from db.installation.office import country_event_reasons, setup_office


def reasons(database, country):
    with database.reading() as sql:
        return {r.event_code: r for r in event_reasons(sql, country)}


def test_kenya_follows_sanaa_for_its_follow_up_teleconferences_not_as_a_participant(database):
    found = reasons(database, "KE")
    assert list(found) == ["SAN", "DES"]
    sanaa = found["SAN"]
    assert (sanaa.role, sanaa.item_code, sanaa.item_kind) == (
        "mentioned", "SAN-SEL-F-18", "selected_followup")
    assert "Teleconferences" in sanaa.evidence and "Kenya" in sanaa.evidence
    assert (sanaa.region_code, sanaa.event_name) == ("GOA", "Sana'a 2008")


def test_the_strongest_part_is_the_reason(database):
    """Kenya was invited to Dar es Salaam and took part: it took part."""
    assert reasons(database, "KE")["DES"].role == "participant"


@pytest.mark.parametrize("country", ["KE", "SO", "ET", "CR", "KZ", "SN", "PH", "YE", "FR"])
def test_one_reason_for_each_event_of_the_country_regions(database, country):
    with database.reading() as sql:
        events = [code for region in regions_of(sql, country) for code in region.event_codes]
        found = event_reasons(sql, country)
    assert [r.event_code for r in found] == events
    assert all(r.role in ROLES for r in found)


def test_the_setup_dialog_reads_them_by_country(database):
    assert [r.event_code for r in country_event_reasons(database, "ke")] == ["SAN", "DES"]


def test_the_local_office_reasons_follow_its_country(database):
    assert local_event_reasons(database) == ()  # before setup
    setup_office(database, "Nairobi", "KE")
    assert [r.event_code for r in local_event_reasons(database)] == ["SAN", "DES"]
    setup_office(database, "UNHCR HQ", "KE", is_headquarters=True, force=True)
    assert local_event_reasons(database) == ()  # headquarters follows every event
