"""Checks a package against this database: who may send it here, and each row's content."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlmodel import Session

from db.activities import KINDS, MAX_TEXT, MAX_TITLE, STATUSES
from db.models import CatalogItem, Country, Office
from db.offices import regions_for_country
from exporters import layout, problems
from exporters.problems import Problem
from exporters.records import KIND_HQ_UPDATE, KIND_OFFICE, KIND_TEMPLATE, ActivityRow, Manifest

HEADERS = {c.key: c.header for c in layout.ACTIVITY_COLUMNS}
LONG_FIELDS = ("description", "progress_notes", "outcome", "evidence", "partners",
               "lead_organisation")


@dataclass(frozen=True)
class Reference:
    """What rows are checked against: catalog codes (by lower case) and country codes."""

    codes: dict[str, str]
    countries: frozenset[str]


def load_reference(session: Session) -> Reference:
    connection = session.connection()
    codes = {code.lower(): code for code in connection.execute(select(CatalogItem.code))
             .scalars()}
    countries = frozenset(connection.execute(select(Country.iso2)).scalars())
    return Reference(codes, countries)


def recipient_problem(file: str, manifest: Manifest, local: Office) -> Problem | None:
    """Packages go office -> headquarters -> office; templates to HQ or their own office."""
    wrong = Problem(file, layout.MANIFEST_SHEET, None, "kind", manifest.kind,
                    problems.WRONG_RECIPIENT)
    if manifest.office_id == local.uuid and manifest.kind != KIND_TEMPLATE:
        return wrong  # one's own package coming back
    if manifest.kind == KIND_OFFICE:
        return None if local.is_headquarters else wrong
    if manifest.kind == KIND_HQ_UPDATE:
        if local.is_headquarters:
            return wrong
        return None if _is_for(manifest, local) else wrong
    if manifest.kind == KIND_TEMPLATE and not local.is_headquarters \
            and manifest.office_id != local.uuid:
        return wrong
    return None


def _is_for(manifest: Manifest, local: Office) -> bool:
    if manifest.recipient_office_id:
        return manifest.recipient_office_id == local.uuid
    return True  # a regional update: any office may take it


def office_in_region(session: Session, office: Office, region_codes: str | None) -> bool:
    if not region_codes or not office.country_iso2:
        return True
    mine = {r.code for r in regions_for_country(session, office.country_iso2)}
    return bool(mine & set(region_codes.split(",")))


def _problem(file: str, row: ActivityRow, key: str, value: object, code: str) -> Problem:
    return Problem(file, layout.ACTIVITIES_SHEET, row.sheet_row, HEADERS.get(key, key),
                   None if value is None else str(value), code)


def check_row(file: str, reference: Reference, row: ActivityRow
              ) -> tuple[ActivityRow, list[Problem]]:
    """The row with item codes spelled as the catalog spells them, and its problems."""
    found = []
    unknown = [c for c in row.item_codes if c.lower() not in reference.codes]
    if unknown:
        found.append(_problem(file, row, "item_codes", "; ".join(unknown),
                              problems.UNKNOWN_ITEM_CODE))
    codes = tuple(dict.fromkeys(reference.codes.get(c.lower(), c) for c in row.item_codes))
    if not row.title:
        found.append(_problem(file, row, "title", "", problems.REQUIRED))
    elif len(row.title) > MAX_TITLE:
        found.append(_problem(file, row, "title", len(row.title), problems.TOO_LONG))
    if row.status not in STATUSES:
        found.append(_problem(file, row, "status", row.status, problems.INVALID_STATUS))
    if row.kind is not None and row.kind not in KINDS:
        found.append(_problem(file, row, "kind", row.kind, problems.INVALID_KIND))
    if row.country and row.country not in reference.countries:
        found.append(_problem(file, row, "country", row.country, problems.UNKNOWN_COUNTRY))
    if row.start_date and row.end_date and row.end_date < row.start_date:
        found.append(_problem(file, row, "end_date", row.end_date, problems.END_BEFORE_START))
    if row.people_reached is not None and row.people_reached < 0:
        found.append(_problem(file, row, "people_reached", row.people_reached,
                              problems.NEGATIVE))
    for name in LONG_FIELDS:
        if len(getattr(row, name)) > MAX_TEXT:
            found.append(_problem(file, row, name, len(getattr(row, name)), problems.TOO_LONG))
    return replace(row, item_codes=codes), found
