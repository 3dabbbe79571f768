"""Where bundled resources live: beside the sources, or inside a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

# The source tree's root: resources/ and db/ sit directly under it.
SOURCE_ROOT = Path(__file__).resolve().parents[1]


def is_frozen() -> bool:
    """True inside a PyInstaller build (one-folder, one-file or macOS app bundle)."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundle_root() -> Path:
    """The folder that holds resources/ and db/migrations/: sys._MEIPASS when frozen.

    In a one-file build _MEIPASS is the temporary folder the bootloader unpacks into; in a
    one-folder build it is the _internal/ folder beside the executable.
    """
    return Path(sys._MEIPASS) if is_frozen() else SOURCE_ROOT


def resources_dir() -> Path:
    """The resources/ folder."""
    return bundle_root() / "resources"


def catalog_dir() -> Path:
    """The bundled catalog data files."""
    return resources_dir() / "catalog"


def icons_dir() -> Path:
    """The application icon in its sizes (tenpoint-<size>.png)."""
    return resources_dir() / "icons"


def translations_dir() -> Path:
    """Tenpoint's compiled translations (tenpoint_<language>.qm)."""
    return resources_dir() / "translations"


def fonts_dir() -> Path:
    """Fonts Tenpoint carries so a script shows wherever it runs (Noto Sans Arabic UI, OFL)."""
    return resources_dir() / "fonts"


def migrations_dir() -> Path:
    """Alembic's script folder: env.py and versions/*.py are read as files at run time."""
    return bundle_root() / "db" / "migrations"


def install_dir() -> Path | None:
    """The folder IT copied Tenpoint into, where tenpoint.ini may sit; None from sources.

    That is the executable's folder, or for a macOS app bundle the folder holding
    Tenpoint.app (the bundle itself is signed and must not change).
    """
    if not is_frozen():
        return None
    executable = Path(sys.executable).resolve()
    for parent in executable.parents:
        if parent.suffix == ".app":
            return parent.parent
    return executable.parent


DISTRIBUTION = "tenpoint"


def app_version() -> str:
    """The installed Tenpoint version (packages and the database's stamp carry it).

    A frozen build carries the package metadata (tenpoint-<version>.dist-info); reading the
    folder's name spares importlib.metadata, whose imports cost 50 ms before the first frame.
    """
    if is_frozen():
        for folder in bundle_root().glob(f"{DISTRIBUTION}-*.dist-info"):
            return folder.name[len(DISTRIBUTION) + 1:-len(".dist-info")]
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"
