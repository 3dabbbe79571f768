"""Read services for the Sync area's choices: the offices and regions headquarters exports to."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from db.models import Office, Region
from db.storage.database import Database


@dataclass(frozen=True)
class ExportScope:
    """An office or a region that headquarters can send an update package to."""

    code: str  # the office's UUID or the region's code
    name: str
    country_iso2: str | None = None


def field_offices(database: Database) -> list[ExportScope]:
    """The other field offices this installation knows (from their packages or templates)."""
    with database.session() as session:
        offices = session.exec(select(Office).where(
            Office.is_local == False, Office.is_headquarters == False)  # noqa: E712
            .order_by(Office.name)).all()
        return [ExportScope(o.uuid, o.name, o.country_iso2) for o in offices]


def regions(database: Database) -> list[ExportScope]:
    """Every region of the catalog, by name."""
    with database.session() as session:
        return [ExportScope(r.code, r.name)
                for r in session.exec(select(Region).order_by(Region.name)).all()]
