"""Country names in the interface's language, and a country found by what a person types."""

from __future__ import annotations

import pytest

from exporters.country_names import localised_name, matches, search_keys


@pytest.mark.parametrize(("language", "name"), [
    ("fr", "Sénégal"), ("es", "Senegal"), ("ru", "Сенегал"), ("ar", "السنغال"),
    ("en", "Senegal")])
def test_a_country_is_named_in_the_interface_language(language, name):
    assert localised_name("SN", "Senegal", language) == name


def test_a_code_cldr_does_not_know_keeps_the_catalog_name():
    assert localised_name("QQ", "Nowhere", "fr") == "Nowhere"


@pytest.mark.parametrize("typed", ["Sén", "sen", "Seneg", "SN", "sn", "Сенег"])
def test_senegal_is_found_by_its_local_and_english_names_and_its_code(typed):
    keys = search_keys("SN", ["Sénégal", "Senegal", "Сенегал"])
    assert matches(typed, keys)


def test_a_word_inside_a_name_counts_but_not_a_fragment_of_a_word():
    keys = search_keys("GB", ["Royaume-Uni", "United Kingdom"])
    assert matches("Kingdom", keys)
    assert not matches("ingdom", keys)
    assert not matches("Sén", search_keys("KE", ["Kenya"]))
