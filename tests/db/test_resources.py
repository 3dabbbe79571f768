"""Bundled files are found from the sources and inside a frozen build alike."""

from __future__ import annotations

import sys

from db import resources


def test_from_sources_everything_is_in_the_tree():
    assert not resources.is_frozen()
    assert (resources.catalog_dir() / "meta.json").is_file()
    assert (resources.migrations_dir() / "env.py").is_file()
    assert (resources.icons_dir() / "tenpoint-64.png").is_file()
    assert resources.install_dir() is None  # no tenpoint.ini is looked for beside python


def test_frozen_resources_come_from_the_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "Tenpoint"))
    assert resources.catalog_dir() == tmp_path / "_internal" / "resources" / "catalog"
    assert resources.migrations_dir() == tmp_path / "_internal" / "db" / "migrations"
    assert resources.install_dir() == tmp_path.resolve()


def test_a_macos_bundle_looks_for_its_ini_beside_the_app(monkeypatch, tmp_path):
    """Tenpoint.app is signed and must not change, so tenpoint.ini sits beside it."""
    app = tmp_path / "Applications" / "Tenpoint.app"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(app / "Contents" / "Frameworks"), raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "Contents" / "MacOS" / "Tenpoint"))
    assert resources.install_dir() == (tmp_path / "Applications").resolve()
