"""Country names in the interface's language (CLDR through Babel), and finding a country by
what a person types: its local name, its English name or its code, accents optional."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

from babel import Locale, UnknownLocaleError

from exporters.wording import fold  # the one rule for comparing what people type


@cache
def _territories(language: str) -> Mapping[str, str]:
    try:
        return Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        return {}


def localised_name(code: str, english: str, language: str) -> str:
    """The country's name in language; the catalog's English name where CLDR has none
    (and always in English, which is the catalog's own)."""
    if language == "en":
        return english
    return _territories(language).get(code.upper(), english)


def search_keys(code: str, names: Iterable[str]) -> tuple[str, ...]:
    """The folded forms a country is found by: its code and each of its names."""
    return (fold(code), *(fold(name) for name in names if name))


def matches(query: str, keys: Iterable[str]) -> bool:
    """A typed text finds a country when a word of one of its names, or its code, starts with
    it ("Seneg", "SN", "Sén"; "Kingdom" finds "United Kingdom")."""
    wanted = fold(query)
    if not wanted:
        return True
    return any(f" {wanted}" in f" {key}" for key in keys)
