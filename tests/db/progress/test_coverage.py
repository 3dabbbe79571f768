"""Coverage of the catalog and late follow-up, counted by hand against the bundled catalog."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from db.activities.service import create_activity, delete_activity, update_activity
from db.installation.office import setup_office
from db.progress.coverage import coverage, coverage_items
from db.progress.late import late_activities, lateness_by_office
from db.progress.scope import ProgressScope
from exporters.activity import ActivityContent

# Asking items per event: everything but the 2011 follow-up and the Action Plan's lists.
ASKING = {"SAN": 74, "DKR": 60, "SJO": 66, "DES": 155, "ALA": 70, "MNL": 150}
# The 2011 compilation's activities per event (its Selected pages' follow-up).
BASELINE = {"SAN": 22, "DKR": 15, "SJO": 10, "DES": 10, "ALA": 4, "MNL": 6}
TODAY = date(2026, 12, 5)


@pytest.fixture
def headquarters(database):
    return setup_office(database, "UNHCR HQ", None, is_headquarters=True)


def make(database, items, status="ongoing", country="KE", **fields):
    return create_activity(database, ActivityContent(
        title=fields.pop("title", "Follow-up"), item_codes=tuple(items), status=status,
        country_iso2=country, **fields), "amina")


def by_key(rows):
    return {row.key: row for row in rows}


def test_with_no_follow_up_every_asking_item_is_counted_as_none_and_the_baseline_apart(
        database, headquarters):
    rows = by_key(coverage(database, ProgressScope()))
    assert {key: row.items for key, row in rows.items()} == ASKING
    assert {key: row.counts for key, row in rows.items()} == {
        key: {"none": count} for key, count in ASKING.items()}
    assert {key: row.baseline for key, row in rows.items()} == BASELINE


def test_the_baseline_is_counted_only_when_asked(database, headquarters):
    rows = by_key(coverage(database, ProgressScope(include_baseline=True)))
    # The 22 follow-up items of Sana'a join its 74 asking items, each followed up by its own
    # 2011 activity (reported as undertaken = completed, or planned).
    assert rows["SAN"].items == 74 + 22 and rows["SAN"].followed_up == 22
    assert rows["ALA"].items == 70 + 4


def test_the_latest_activity_gives_an_items_status(database, headquarters):
    make(database, ["DES-SR-I-01"], status="planned")
    make(database, ["DES-SR-I-01", "DES-SR-I-02"], status="completed")
    make(database, ["DES-AP-I-A01"], status="ongoing")
    gone = make(database, ["DES-SR-II-01"], status="completed")
    delete_activity(database, gone.uuid, "amina")
    des = by_key(coverage(database, ProgressScope()))["DES"]
    assert des.counts == {"completed": 2, "ongoing": 1, "none": 152}
    assert des.followed_up == 3
    documents = by_key(coverage(database, ProgressScope(event_code="DES"), "document"))
    assert set(documents) == {"DES-SR", "DES-AP", "DES-SEL"}
    assert documents["DES-SR"].counts == {"completed": 2, "none": 62}
    assert documents["DES-AP"].counts == {"ongoing": 1, "none": 82}


def test_drill_down_lists_the_items_behind_a_figure(database, headquarters):
    make(database, ["DES-SR-I-02"], status="completed")
    make(database, ["DES-SR-I-01"], status="completed")
    items = coverage_items(database, ProgressScope(), "event", "DES", "completed")
    assert [(item.code, item.status, item.activities) for item in items] == [
        ("DES-SR-I-01", "completed", 1), ("DES-SR-I-02", "completed", 1)]
    none = coverage_items(database, ProgressScope(), "event", "DES", "none")
    assert len(none) == 153 and "DES-SR-I-01" not in {item.code for item in none}


def test_filters_narrow_items_and_activities(database, headquarters):
    make(database, ["DES-SR-I-01"], status="completed", country="KE")
    make(database, ["DES-SR-I-02"], status="planned", country="TZ")
    kenya = by_key(coverage(database, ProgressScope(country_iso2="KE")))["DES"]
    assert kenya.counts == {"completed": 1, "none": 154}
    planned = by_key(coverage(database, ProgressScope(status="planned")))["DES"]
    assert planned.counts == {"planned": 1, "none": 154}
    region = coverage(database, ProgressScope(region_code="EHSA"))
    assert [row.key for row in region] == ["DES"]
    running = ProgressScope(period_start=date(2027, 1, 1))
    make(database, ["DES-SR-II-01"], status="ongoing", end_date=date(2026, 6, 30),
         start_date=date(2026, 1, 1))
    assert by_key(coverage(database, running))["DES"].counts["none"] == 153


def test_coverage_by_action_area_and_section(database, headquarters):
    areas = coverage(database, ProgressScope(), "area")
    assert [row.key for row in areas] == [str(number) for number in range(1, 11)]
    sections = coverage(database, ProgressScope(event_code="SJO"), "section")
    # San José's nested sections (3 -> 3.a) count under their top-level section.
    assert sum(row.items for row in sections) == ASKING["SJO"]
    assert all(row.key.startswith("SJO-") for row in sections)


def backdate(database, uuid, then: datetime):
    with database.session() as session:
        session.execute(text("UPDATE activity SET updated_at = :at WHERE uuid = :uuid"),
                        {"at": then.isoformat(sep=" "), "uuid": uuid})


def test_overdue_and_stale_activities_per_office(database, headquarters):
    overdue = make(database, ["DES-SR-I-01"], status="ongoing", title="Overdue",
                   end_date=date(2026, 11, 30))
    make(database, ["DES-SR-I-01"], status="completed", title="Done late",
         end_date=date(2026, 1, 1))
    make(database, ["DES-SR-I-01"], status="planned", title="Not yet due",
         end_date=date(2027, 1, 1))
    stale = make(database, ["DES-SR-I-01"], status="planned", title="Stale")
    backdate(database, stale.uuid, datetime(2026, 1, 1))  # 338 days before TODAY
    late = late_activities(database, ProgressScope(), TODAY)
    assert [(row.title, row.overdue, row.stale) for row in late] == [
        ("Overdue", True, False), ("Stale", False, True)]
    assert late[0].uuid == overdue.uuid and late[1].updated_at.tzinfo is UTC
    offices = lateness_by_office(database, ProgressScope(), TODAY)
    assert [(row.office_name, row.open_activities) for row in offices] == [("UNHCR HQ", 3)]
    assert (offices[0].overdue, offices[0].stale) == (1, 1)
    assert [row.title for row in late_activities(database, ProgressScope(), TODAY, 365)] \
        == ["Overdue"]
    # The 2011 compilation's planned activities are never reported late.
    assert all(row.office_name == "UNHCR HQ" for row in late)


def progress_links(database) -> set[tuple]:
    with database.session() as session:
        return set(session.execute(text(
            "SELECT item_code, activity_uuid, status, updated_at, owner_office_uuid, "
            "country_iso2, start_date, end_date, deleted, has_evidence FROM progress_link")))


def links_as_computed(database) -> set[tuple]:
    with database.session() as session:
        return set(session.execute(text(
            "SELECT l.item_code, a.uuid, a.status, a.updated_at, a.owner_office_uuid, "
            "a.country_iso2, a.start_date, a.end_date, a.deleted_at IS NOT NULL, "
            "trim(coalesce(a.evidence, ''), :whitespace) != '' "
            "FROM activity_item_link AS l JOIN activity AS a ON a.uuid = l.activity_uuid"),
            {"whitespace": " \t\n\r"}))


def test_the_progress_links_follow_every_change_of_activities_and_links(database,
                                                                       headquarters):
    """The figures read progress_link, kept by triggers (migration 0006): it must match."""
    assert progress_links(database) == links_as_computed(database)  # the 2011 activities
    first = make(database, ["DES-SR-I-01", "DES-SR-I-02"], status="planned")
    second = make(database, ["DES-SR-II-01"], status="ongoing", evidence=" \n")
    update_activity(database, first.uuid, ActivityContent(
        title="Follow-up", item_codes=("DES-SR-I-02", "DES-SR-III-01"), status="ongoing",
        country_iso2="TZ", evidence="Gazette"), "omar")
    delete_activity(database, second.uuid, "amina")
    assert progress_links(database) == links_as_computed(database)
    with database.session() as session:
        evidence = session.execute(text(
            "SELECT has_evidence FROM progress_link WHERE activity_uuid = :uuid"),
            {"uuid": second.uuid}).scalar()
    assert evidence == 0  # whitespace alone is no evidence
