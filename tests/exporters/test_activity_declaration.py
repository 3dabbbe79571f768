"""The activity declared once (exporters/activity.py): the package's layout and checksum
follow it, and the checksum of a package stays what it was before it was declared once."""

from __future__ import annotations

from datetime import UTC, date, datetime

from exporters import layout
from exporters.activity import FIELDS, ActivityContent, ActivityReference, activity_problems
from exporters.checksum import ACTIVITY_FIELDS, content_checksum
from exporters.records import (
    AcknowledgementRow,
    DeletionRow,
    HistoryRow,
    Manifest,
    PackageActivity,
    PackageContent,
)

OFFICE = "0b8f6a52-5c1e-4a39-9d4e-2b1f7f4c9a10"
ACTIVITY = "5d7c2c9e-8f8e-4f55-9a56-6f1e0d7a1b01"
# Computed by the code before the activity was declared once (commit a8cf150): a package
# signed then must still verify.
PINNED_CHECKSUM = "806a287844d1277e2d530996e18c40dce74f73905c7036b32e0670df1408ec09"


def pinned_content() -> PackageContent:
    activity = PackageActivity(
        activity_id=ACTIVITY, title="National asylum law review",
        item_codes=("DES-SR-III-01", "DES-AP-I-A03"), status="ongoing",
        kind="capacity_building", country_iso2="KE",
        lead_organisation="Refugee Affairs Secretariat", partners="UNHCR; IOM",
        start_date=date(2026, 2, 1), end_date=date(2026, 12, 31), people_reached=1200,
        description="First line.\nSecond line.", owner_office_id=OFFICE, owner_office="Nairobi",
        revision=2, version={OFFICE: 2}, created_at=datetime(2026, 1, 5, 8, 30, tzinfo=UTC),
        created_by="amina", updated_at=datetime(2026, 3, 1, 14, 2, 9, tzinfo=UTC),
        updated_by="amina")
    deletion = DeletionRow("9a1d6c3e-1f7e-4b8e-8c1a-2d3e4f5a6b7c", "Old workshop", OFFICE,
                           "Nairobi", datetime(2026, 2, 1, 10, 0, tzinfo=UTC), "amina", 3,
                           {OFFICE: 3})
    history = HistoryRow(ACTIVITY, "c0ffee00000000000000000000000001",
                         datetime(2026, 1, 5, 8, 30, tzinfo=UTC), "amina", OFFICE, "created")
    manifest = Manifest(package_id="11111111-2222-4333-8444-555555555555", kind="office",
                        office_id=OFFICE, office_name="Nairobi", country="KE",
                        created_at=datetime(2026, 3, 2, 9, 0, tzinfo=UTC), app_version="0.1.0",
                        schema_version="0004", catalog_version=1)
    return PackageContent(manifest, (activity,), (deletion,),
                          (AcknowledgementRow(ACTIVITY, 2, {OFFICE: 2}),), history=(history,))


def test_the_checksum_is_what_it_was_before_the_declaration():
    assert content_checksum(pinned_content()) == PINNED_CHECKSUM


def test_a_template_has_one_column_per_declared_field_in_order_then_the_id():
    columns = layout.TEMPLATE_COLUMNS
    assert columns[-1] is layout.ACTIVITY_ID
    assert [(c.key, c.header, c.width, c.kind, c.required) for c in columns[:-1]] == [
        (f.name, f.header, f.width, f.value_type, f.required) for f in FIELDS]
    assert set(columns) == set(layout.ACTIVITY_INPUT_COLUMNS)  # the same columns, reordered


def test_the_checksum_covers_every_declared_field():
    covered = {name for name, _canonical in ACTIVITY_FIELDS}
    assert {f.name for f in FIELDS} <= covered


def test_the_declaration_is_the_dataclass():
    assert [f.name for f in FIELDS] == list(ActivityContent.__dataclass_fields__)
    assert ActivityContent() == ActivityContent(**{f.name: f.default for f in FIELDS})


def test_problems_come_in_field_order_with_every_rule():
    reference = ActivityReference({"des-sr-iii-01": "DES-SR-III-01"}, frozenset({"KE"}), "KE")
    content = ActivityContent(title="", item_codes=("X-1",), status="done",
                              country_iso2="UG", start_date=date(2026, 2, 1),
                              end_date=date(2026, 1, 1), people_reached=-1,
                              evidence="e" * 20_001)
    assert [(name, code) for name, code, _ in activity_problems(content, reference)] == [
        ("title", "required"), ("item_codes", "unknown_item_code"),
        ("status", "invalid_status"), ("country_iso2", "unknown_country"),
        ("end_date", "end_before_start"), ("people_reached", "negative"),
        ("evidence", "too_long")]
