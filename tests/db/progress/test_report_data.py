"""What a report is made of: activities by status per country, office and event, the items
with their follow-up, and the offices the data came from."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from db.activities.service import create_activity
from db.installation.office import setup_office
from db.models import SyncPackage
from db.progress.report_data import (
    data_sources,
    report_activities,
    report_events,
    scope_names,
    status_counts,
)
from db.progress.scope import ProgressScope
from db.progress.timeline import activities_of_year, activity_by_year
from exporters.activity import ActivityContent


@pytest.fixture
def headquarters(database):
    return setup_office(database, "UNHCR HQ", None, is_headquarters=True)


def make(database, title, items, status="completed", country="KE"):
    return create_activity(database, ActivityContent(
        title=title, item_codes=tuple(items), status=status, country_iso2=country,
        start_date=date(2026, 3, 1)), "amina")


@pytest.fixture
def recorded(database, headquarters):
    make(database, "Law review", ["DES-SR-I-01", "SAN-SR-1-01"])
    make(database, "Ratification", ["DES-SR-I-02"], status="ongoing", country="TZ")
    make(database, "Campaign", ["DES-SR-I-02"], status="planned", country="TZ")
    return headquarters


def test_status_counts_per_country_office_and_event(database, recorded):
    by_country = {row.name: row.counts for row in status_counts(database, ProgressScope(),
                                                                 "country")}
    assert by_country == {"Kenya": {"completed": 1},
                          "Tanzania, United Republic of": {"ongoing": 1, "planned": 1}}
    by_event = {row.key: row.counts for row in status_counts(database, ProgressScope(),
                                                              "event")}
    # "Law review" follows up items of two events: it counts once in each.
    assert by_event == {"SAN": {"completed": 1},
                        "DES": {"completed": 1, "ongoing": 1, "planned": 1}}
    offices = status_counts(database, ProgressScope(), "office")
    assert [(row.name, row.total) for row in offices] == [("UNHCR HQ", 3)]


def test_a_region_scope_keeps_its_own_events_activities(database, recorded):
    scope = ProgressScope(region_code="GOA")  # Sana'a
    assert [row.key for row in status_counts(database, scope, "event")] == ["SAN"]
    assert [activity.title for activity in report_activities(database, scope)] == ["Law review"]


def test_report_events_list_every_asking_item_with_its_follow_up(database, recorded):
    events = report_events(database, ProgressScope(event_code="DES"))
    assert [event.code for event in events] == ["DES"]
    items = {item.code: item for item in events[0].items}
    assert len(items) == 155
    assert [a.title for a in items["DES-SR-I-02"].activities] == ["Campaign", "Ratification"]
    assert items["DES-SR-I-01"].activities[0].item_codes == ("DES-SR-I-01", "SAN-SR-1-01")
    assert items["DES-SR-I-03"].activities == ()
    first = list(items)[:2]
    assert first == ["DES-SR-I-01", "DES-SR-I-02"]  # source order


def test_data_sources_say_how_current_each_office_is(database, recorded):
    with database.session() as session:
        session.execute(text(
            "INSERT INTO office (uuid, name, country_iso2, is_headquarters, is_local, "
            "created_at, updated_at) VALUES ('nbo', 'Nairobi', 'KE', FALSE, FALSE, :t, :t)"),
            {"t": "2026-11-01 08:00:00.000000"})
        session.add(SyncPackage(
            package_uuid="p", direction="received", kind="office", office_uuid="nbo",
            file_name="nbo.xlsx", created_at=datetime(2026, 11, 30, 10, tzinfo=UTC),
            recorded_at=datetime(2026, 12, 1, 9, tzinfo=UTC), recorded_by="hq"))
        session.execute(text("UPDATE activity SET owner_office_uuid = 'nbo' "
                             "WHERE title = 'Law review'"))
    sources = {source.office_name: source for source in data_sources(database, ProgressScope())}
    assert sources["Nairobi"].latest_package_at == datetime(2026, 11, 30, 10, tzinfo=UTC)
    assert (sources["Nairobi"].activities, sources["UNHCR HQ"].activities) == (1, 2)
    assert sources["UNHCR HQ"].is_local and sources["UNHCR HQ"].latest_package_at is None


def test_scope_names(database, recorded):
    names = scope_names(database, ProgressScope(region_code="EHSA", country_iso2="KE",
                                                event_code="DES", area_number=3))
    assert names.region.startswith("East and Horn of Africa") and names.country == "Kenya"
    assert names.event.startswith("Dar es Salaam 2010 — ") and names.area.startswith("3. ")


def test_activity_by_year_counts_the_start_year_or_the_year_recorded(database, recorded):
    make(database, "Old campaign", ["DES-SR-I-03"], status="completed")
    with database.session() as session:
        session.execute(text("UPDATE activity SET start_date = NULL WHERE title = 'Campaign'"))
        session.execute(text("UPDATE activity SET start_date = '2019-05-01' "
                             "WHERE title = 'Old campaign'"))
    with database.session() as session:  # recorded in 2025, started in no year
        session.execute(text("UPDATE activity SET created_at = '2025-07-01 10:00:00.000000' "
                             "WHERE title = 'Campaign'"))
    years = {row.key: row.counts for row in activity_by_year(database, ProgressScope())}
    assert years == {"2019": {"completed": 1}, "2025": {"planned": 1},
                     "2026": {"completed": 1, "ongoing": 1}}
    behind = activities_of_year(database, ProgressScope(), "2026", "ongoing")
    assert [activity.title for activity in behind] == ["Ratification"]
