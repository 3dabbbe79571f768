"""Changing an office identity that is set up: what changes, and what the GUI's confirmation
says of it holds (the office ID and key stay; who already knows the office knows it by its new
name and country from its next package on; activities of the old country no longer travel)."""

from __future__ import annotations

import time

import pytest

from db.activities.service import create_activity
from db.errors import IdentityExistsError, UnknownCountryError
from db.installation.office import (
    COUNTRY,
    NAME,
    ROLE,
    identity_changes,
    local_office,
    setup_office,
)
from tests.db.sync.helpers import Site, sample, table_dump


def test_nothing_changes_before_setup_or_when_saved_again(database):
    assert identity_changes(database, "Nairobi", "KE") == ()
    setup_office(database, "Nairobi", "KE")
    assert identity_changes(database, "  Nairobi ", "ke") == ()


def test_each_part_that_changes_is_named(database):
    setup_office(database, "Nairobi", "KE")
    assert identity_changes(database, "Mombasa", "KE") == (NAME,)
    assert identity_changes(database, "Nairobi", "UG") == (COUNTRY,)
    assert identity_changes(database, "Nairobi", "KE", is_headquarters=True) == (ROLE,)
    assert identity_changes(database, "UNHCR HQ", None, True) == (NAME, COUNTRY, ROLE)


def test_a_change_is_refused_as_setup_refuses_it(database):
    setup_office(database, "Nairobi", "KE")
    with pytest.raises(UnknownCountryError):
        identity_changes(database, "Nairobi", "XX")
    with pytest.raises(IdentityExistsError):
        setup_office(database, "Mombasa", "UG")
    assert local_office(database).name == "Nairobi"


@pytest.fixture
def sites(catalog_template, tmp_path):
    hq = Site(catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True)
    nairobi = Site(catalog_template, tmp_path / "nairobi", "Nairobi", "KE")
    yield hq, nairobi
    hq.close()
    nairobi.close()


def offices_at(site):
    return table_dump(site.database, "SELECT uuid, name, country_iso2 FROM office "
                                     "WHERE is_local = FALSE AND is_headquarters = FALSE")


def test_headquarters_learns_the_new_name_from_the_next_package_and_trusts_the_key(sites):
    hq, nairobi = sites
    create_activity(nairobi.database, sample(country_iso2="KE"), "amina")
    first = nairobi.export()
    hq.receive(first)
    time.sleep(1.1)  # a Manifest says when to the second: the next package is a second later
    fingerprint = nairobi.fingerprint
    renamed = setup_office(nairobi.database, "Nairobi Branch Office", "KE", force=True)
    assert renamed.uuid == nairobi.uuid and nairobi.fingerprint == fingerprint
    report = hq.receive(nairobi.export(), trusted_fingerprints=())
    package = report.packages[0]
    assert (package.status, package.signature, package.sender_name) == (
        "accepted", "verified", "Nairobi Branch Office")
    assert offices_at(hq) == [(nairobi.uuid, "Nairobi Branch Office", "KE")]
    hq.receive(first)  # an older package, imported again, does not bring the old name back
    assert offices_at(hq) == [(nairobi.uuid, "Nairobi Branch Office", "KE")]


def test_activities_of_the_old_country_are_refused_after_a_change_of_country(sites):
    hq, nairobi = sites
    create_activity(nairobi.database, sample(country_iso2="KE"), "amina")
    setup_office(nairobi.database, "Kampala", "UG", force=True)
    package = hq.receive(nairobi.export()).packages[0]
    assert package.status == "rejected"
    assert {(p.column, p.value, p.code) for p in package.problems} == {
        ("Country", "KE", "other_country")}


def test_offices_learn_the_new_name_of_headquarters_from_its_next_update(sites):
    hq, nairobi = sites
    hq.receive(nairobi.export())
    nairobi.receive(hq.export(office_uuid=nairobi.uuid))
    setup_office(hq.database, "UNHCR Headquarters", None, is_headquarters=True, force=True)
    report = nairobi.receive(hq.export(office_uuid=nairobi.uuid))
    assert report.packages[0].status == "accepted"
    assert table_dump(nairobi.database,
                      f"SELECT name FROM office WHERE uuid = '{hq.uuid}'") == [
        ("UNHCR Headquarters",)]
