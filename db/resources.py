"""Where bundled resources live: beside the sources, or inside a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The resources/ folder, frozen-aware (PyInstaller unpacks data under sys._MEIPASS)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def catalog_dir() -> Path:
    """The bundled catalog data files."""
    return resources_dir() / "catalog"
