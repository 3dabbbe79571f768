"""Headquarters and Nairobi, each with its own data folder: the installations the Sync tests
exchange packages between, with each other's keys trusted or not yet."""

from __future__ import annotations

import pytest

from tests.desktop.sync.support import Installation, trust_each_other


def _headquarters_and_nairobi(qtbot, catalog_template, tmp_path) -> list[Installation]:
    return [Installation(qtbot, catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True),
            Installation(qtbot, catalog_template, tmp_path / "nairobi", "Nairobi", "KE")]


@pytest.fixture
def sites(qtbot, catalog_template, tmp_path):
    """Headquarters and Nairobi, each trusting the other's key."""
    made = _headquarters_and_nairobi(qtbot, catalog_template, tmp_path)
    trust_each_other(made)
    yield made
    for site in made:
        site.close()


@pytest.fixture
def strangers(qtbot, catalog_template, tmp_path):
    """Headquarters and Nairobi; neither knows the other's key yet."""
    made = _headquarters_and_nairobi(qtbot, catalog_template, tmp_path)
    yield made
    for site in made:
        site.close()
