"""Read services for the Sync area's choices: the offices and regions headquarters exports to."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import func, select

from db.models import Event, Office, Region
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
    """Every region of the catalog in conference order (the order its first conference
    holds in the Process: Gulf of Aden first), as the catalog lists them."""
    first_event = (select(Event.region_code, func.min(Event.ordinal).label("first"))
                   .group_by(Event.region_code).subquery())
    with database.session() as session:
        found = session.exec(
            select(Region).outerjoin(first_event, first_event.c.region_code == Region.code)
            .order_by(first_event.c.first.is_(None), first_event.c.first, Region.name)).all()
        return [ExportScope(r.code, r.name) for r in found]
