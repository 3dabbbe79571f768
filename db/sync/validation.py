"""Checks a package against this database: who may send it here, and each row's content by
the activity's own rules (exporters/activity.py), as the editor checks what a person types."""

from __future__ import annotations

from sqlmodel import Session

from db.activities.rules import activity_reference, checked_problems
from db.catalog.regions import regions_of
from db.storage.local_office import LocalOffice
from db.storage.quick_read import sql_of
from exporters import layout, problems
from exporters.activity import (
    ActivityReference,
    normalised,
    with_catalog_spelling,
)
from exporters.problems import Problem
from exporters.records import KIND_HQ_UPDATE, KIND_OFFICE, KIND_TEMPLATE, Manifest, PackageActivity

HEADERS = {c.key: c.header for c in layout.ACTIVITY_COLUMNS}


def recipient_problem(file: str, manifest: Manifest, local: LocalOffice) -> Problem | None:
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


def _is_for(manifest: Manifest, local: LocalOffice) -> bool:
    if manifest.recipient_office_id:
        return manifest.recipient_office_id == local.uuid
    return True  # a regional update: any office may take it


def office_in_region(session: Session, office: LocalOffice, region_codes: str | None) -> bool:
    if not region_codes or not office.country_iso2:
        return True
    mine = {r.code for r in regions_of(sql_of(session), office.country_iso2)}
    return bool(mine & set(region_codes.split(",")))


def rows_country(manifest: Manifest, local: LocalOffice) -> str | None:
    """The one country the rows' office records, as its editor would hold it to: an office's
    package, or a template filled for a field office; None for headquarters' own rows and
    for headquarters' updates, which carry every office's activities."""
    if manifest.kind == KIND_OFFICE:
        return manifest.country
    if manifest.kind == KIND_TEMPLATE:
        own_template_at_hq = manifest.office_id == local.uuid and local.is_headquarters
        return None if own_template_at_hq else manifest.country
    return None


def package_reference(session: Session, manifest: Manifest, local: LocalOffice
                      ) -> ActivityReference:
    return activity_reference(session, rows_country(manifest, local))


def check_row(file: str, reference: ActivityReference, row: PackageActivity
              ) -> tuple[PackageActivity, list[Problem]]:
    """The row as the editor would store it (trimmed, item codes spelled as the catalog spells
    them), and its problems."""
    row = with_catalog_spelling(normalised(row), reference)
    found = [Problem(file, layout.ACTIVITIES_SHEET, row.sheet_row, HEADERS[name],
                     _shown(value), code)
             for name, code, value in checked_problems(row, reference)]
    return row, found


def _shown(value: object) -> str | None:
    if value is None:
        return None
    return "; ".join(value) if isinstance(value, tuple) else str(value)
