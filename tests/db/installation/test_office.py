"""Setting this installation's identity, and the regions that follow from its country."""

from __future__ import annotations

import pytest

from db.errors import IdentityExistsError, InvalidIdentityError, UnknownCountryError
from db.installation.office import country_regions, local_office, setup_office


def region_codes(identity) -> list[str]:
    return [r.code for r in identity.regions]


def test_a_field_office_gets_the_regions_of_its_country(database):
    identity = setup_office(database, "  Sana'a   field office ", "ye")
    assert (identity.name, identity.country_iso2) == ("Sana'a field office", "YE")
    assert identity.country_name
    assert len(identity.regions) == 1
    assert identity.regions[0].event_codes == ("SAN",)
    assert local_office(database) == identity


def test_a_country_in_two_series_gets_both_regions(database):
    """Ethiopia took part in Sana'a (Gulf of Aden) and Dar es Salaam."""
    events = {code for r in country_regions(database, "ET") for code in r.event_codes}
    assert {"SAN", "DES"} <= events


def test_somalia_covers_somaliland_and_puntland(database):
    events = {code for r in country_regions(database, "SO") for code in r.event_codes}
    assert "SAN" in events


def test_headquarters_may_name_no_country(database):
    identity = setup_office(database, "UNHCR HQ Geneva", None, is_headquarters=True)
    assert identity.is_headquarters and identity.country_iso2 is None
    assert identity.regions == ()


def test_a_field_office_must_name_a_known_country(database):
    with pytest.raises(UnknownCountryError):
        setup_office(database, "Office", None)
    with pytest.raises(UnknownCountryError):
        setup_office(database, "Office", "XX")
    assert local_office(database) is None


def test_an_empty_office_name_is_refused(database):
    with pytest.raises(InvalidIdentityError) as raised:
        setup_office(database, "   ", "KE")
    assert raised.value.field == "office_name"


def test_changing_the_identity_needs_force_and_keeps_the_office_id(database):
    first = setup_office(database, "Nairobi", "KE")
    assert setup_office(database, "Nairobi", "KE") == first  # the same again is harmless
    with pytest.raises(IdentityExistsError):
        setup_office(database, "Mombasa", "KE")
    assert local_office(database) == first
    changed = setup_office(database, "Mombasa", "KE", force=True)
    assert (changed.uuid, changed.name) == (first.uuid, "Mombasa")
