"""Sample records for the workbook tests (no database, no Qt)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest

from exporters.records import (
    KIND_OFFICE,
    CatalogRow,
    DeletionRow,
    Manifest,
    PackageActivity,
    PackageContent,
    ReferenceLists,
)

OFFICE = "0b8f6a52-5c1e-4a39-9d4e-2b1f7f4c9a10"


def activity(**changes) -> PackageActivity:
    values = dict(
        activity_id=str(uuid.uuid4()), title="National asylum law review",
        item_codes=("DES-SR-III-01", "DES-AP-I-A03"), status="ongoing",
        kind="capacity_building", country_iso2="KE",
        lead_organisation="Refugee Affairs Secretariat",
        partners="UNHCR; IOM", start_date=date(2026, 2, 1), end_date=date(2026, 12, 31),
        people_reached=1200, description="First line.\nSecond line.", progress_notes="",
        outcome="", evidence="", owner_office_id=OFFICE, owner_office="Nairobi", revision=2,
        version={OFFICE: 2}, created_at=datetime(2026, 1, 5, 8, 30, tzinfo=UTC),
        created_by="amina", updated_at=datetime(2026, 3, 1, 14, 2, 9, tzinfo=UTC),
        updated_by="amina")
    values.update(changes)
    return PackageActivity(**values)


def manifest(**changes) -> Manifest:
    values = dict(package_id=str(uuid.uuid4()), kind=KIND_OFFICE, office_id=OFFICE,
                  office_name="Nairobi", country="KE",
                  created_at=datetime(2026, 3, 2, 9, 0, tzinfo=UTC), app_version="0.1.0",
                  schema_version="0004", catalog_version=1)
    values.update(changes)
    return Manifest(**values)


@pytest.fixture
def lists() -> ReferenceLists:
    return ReferenceLists(
        statuses=(("planned", "Planned"), ("ongoing", "Ongoing"), ("completed", "Completed")),
        kinds=(("capacity_building", "Capacity building"), ("outreach", "Outreach")),
        countries=(("KE", "Kenya"), ("UG", "Uganda")),
        catalog=(CatalogRow("DES-SR-III-01", "DES", "recommendation", "States should ..."),
                 CatalogRow("DES-AP-I-A03", "DES", "action", "Develop ...")))


@pytest.fixture
def content() -> PackageContent:
    deletion = DeletionRow(str(uuid.uuid4()), "Old workshop", OFFICE, "Nairobi",
                           datetime(2026, 2, 2, 10, 0, tzinfo=UTC), "amina", 3, {OFFICE: 3})
    return PackageContent(manifest(), (activity(), activity(title="Second", kind=None,
                                                            people_reached=None)), (deletion,))
