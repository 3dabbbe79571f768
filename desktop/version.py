"""Tenpoint's own version, read without loading the database libraries (start-up stays fast)."""

from __future__ import annotations

from db.resources import bundle_root, is_frozen

DISTRIBUTION = "tenpoint"


def app_version() -> str:
    """The installed Tenpoint version.

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
