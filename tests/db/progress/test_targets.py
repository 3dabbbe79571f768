"""Action Plan targets: the curated indicators, and progress counted against hand-counted cases."""

from __future__ import annotations

from datetime import date

import pytest

from db.activities.service import create_activity, delete_activity
from db.catalog.compilation import COMPILATION_OFFICE_UUID
from db.errors import UnknownItemError
from db.installation.office import setup_office
from db.progress.scope import ProgressScope
from db.progress.targets import (
    COUNTED_STATUSES,
    target_detail,
    target_indicators,
    target_progress,
)
from exporters.activity import ActivityContent

# Hand-counted from participation.json: the 13 countries whose officials took part (line
# 1807); Eritrea is regional but only mentioned, so it is not one of them.
PARTICIPANTS = {"BI", "CD", "ET", "KE", "MW", "MZ", "RW", "SO", "ZA", "TZ", "UG", "ZM", "ZW"}
EVERYWHERE = ProgressScope()


@pytest.fixture
def headquarters(database):
    """Headquarters records activities in any country."""
    return setup_office(database, "UNHCR HQ", None, is_headquarters=True)


def make(database, items, country=None, status="completed", evidence="", title="Review"):
    content = ActivityContent(title=title, item_codes=tuple(items), status=status,
                              country_iso2=country, evidence=evidence)
    return create_activity(database, content, "user")


def detail(database, code, scope=EVERYWHERE):
    return target_detail(database, scope, code)


def catalog_targets(database) -> dict[str, tuple[str, str]]:
    """The Action Plan's targets in the database: code -> (section, text)."""
    with database.reading() as reader:
        rows = reader.all("SELECT code, section_code, text FROM catalog_item "
                          "WHERE document_code = 'DES-AP' AND kind = 'target'")
    return {code: (section, text) for code, section, text in rows}


# --- The curated indicators -------------------------------------------------------------------


def test_every_target_has_exactly_one_indicator(database):
    codes = [indicator.code for indicator in target_indicators()]
    assert len(codes) == len(set(codes)) == 25
    assert set(codes) == set(catalog_targets(database))


def test_the_source_text_is_a_phrase_of_the_target(database):
    targets = catalog_targets(database)
    for indicator in target_indicators():
        assert indicator.source_text in targets[indicator.code][1], indicator.code


def test_counted_items_are_the_target_and_actions_of_its_section(database):
    targets = catalog_targets(database)
    with database.reading() as reader:
        items = {code: (kind, section) for code, kind, section in reader.all(
            "SELECT code, kind, section_code FROM catalog_item WHERE document_code = 'DES-AP'")}
    for indicator in target_indicators():
        section = targets[indicator.code][0]
        assert indicator.counted_items[0] == indicator.code
        assert len(set(indicator.counted_items)) == len(indicator.counted_items)
        for code in indicator.counted_items[1:]:
            assert items[code] == ("action", section), (indicator.code, code)


def test_units_and_thresholds_as_the_texts_state_them():
    by_code = {indicator.code: indicator for indicator in target_indicators()}
    assert (by_code["DES-AP-I-T1"].unit, by_code["DES-AP-I-T1"].threshold) == ("countries", 4)
    assert (by_code["DES-AP-II-T3"].unit, by_code["DES-AP-II-T3"].threshold) == (
        "achievements", 2)
    alls = {code for code, indicator in by_code.items() if indicator.threshold is None}
    assert alls == {"DES-AP-II-T1", "DES-AP-II-T4", "DES-AP-VI-T1"}
    assert all(by_code[code].unit == "countries" for code in alls)
    assert target_indicators() is target_indicators()  # read once


# --- Progress -----------------------------------------------------------------------------------


def test_without_activities_every_target_is_open_in_action_plan_order(database, headquarters):
    progress = target_progress(database, EVERYWHERE)
    assert [each.code for each in progress] == [each.code for each in target_indicators()]
    first = progress[0]
    assert (first.section_title, first.deadline_year, first.source_text) == (
        "Legislative and policy reform", 2012, "in at least four countries")
    assert all(each.achieved == 0 and each.gap == each.threshold and not each.reached
               and each.activities == () for each in progress)


def test_a_countries_target_is_reached_in_four_countries(database, headquarters):
    for country in ("KE", "TZ", "UG"):
        make(database, ["DES-AP-I-A07"], country)
    progress = detail(database, "DES-AP-I-T1")
    assert (progress.achieved, progress.threshold, progress.reached, progress.gap) == (3, 4,
                                                                                     False, 1)
    make(database, ["DES-AP-I-T1"], "ZA")
    progress = detail(database, "DES-AP-I-T1")
    assert (progress.achieved, progress.reached, progress.gap) == (4, True, 0)
    assert [country.iso2 for country in progress.countries] == ["KE", "ZA", "TZ", "UG"]  # by name


def test_two_activities_in_one_country_count_once(database, headquarters):
    make(database, ["DES-AP-I-A07"], "KE", title="Asylum law review")
    make(database, ["DES-AP-I-A11"], "KE", title="Trafficking law review")
    progress = detail(database, "DES-AP-I-T1")
    assert progress.achieved == 1
    assert [(each.iso2, each.name, each.activities) for each in progress.countries] == [
        ("KE", "Kenya", 2)]


def test_an_activity_linked_to_two_counted_items_is_listed_once(database, headquarters):
    make(database, ["DES-AP-VI-T3", "DES-AP-VI-A09"])
    progress = detail(database, "DES-AP-VI-T3")
    assert (len(progress.activities), progress.achieved) == (1, 1)


def test_ongoing_counts_only_with_evidence(database, headquarters):
    bare = make(database, ["DES-AP-I-A07"], "KE", status="ongoing")
    blank = make(database, ["DES-AP-I-A07"], "TZ", status="ongoing", evidence="   ")
    shown = make(database, ["DES-AP-I-A07"], "UG", status="ongoing", evidence="Gazette 12/2026")
    progress = detail(database, "DES-AP-I-T1")
    counts = {activity.uuid: activity.counts for activity in progress.activities}
    assert counts == {bare.uuid: False, blank.uuid: False, shown.uuid: True}
    assert [country.iso2 for country in progress.countries] == ["UG"]
    assert progress.achieved == 1
    assert COUNTED_STATUSES == ("completed", "ongoing")


def test_planned_suspended_and_cancelled_never_count(database, headquarters):
    for status in ("planned", "suspended", "cancelled"):
        make(database, ["DES-AP-VI-A09"], status=status, evidence="Minutes of the meeting")
    progress = detail(database, "DES-AP-VI-T3")
    assert [activity.status for activity in progress.activities] == [
        "planned", "suspended", "cancelled"]
    assert not any(activity.counts for activity in progress.activities)
    assert (progress.achieved, progress.reached) == (0, False)


def test_deleted_activities_neither_count_nor_show(database, headquarters):
    record = make(database, ["DES-AP-VI-A09"])
    delete_activity(database, record.uuid, "user")
    progress = detail(database, "DES-AP-VI-T3")
    assert (progress.activities, progress.achieved) == ((), 0)


def test_an_achievements_target_is_reached_by_one_mechanism(database, headquarters):
    record = make(database, ["DES-AP-VI-A09"], title="IGAD regional consultative process")
    progress = detail(database, "DES-AP-VI-T3")
    assert (progress.unit, progress.threshold, progress.achieved) == ("achievements", 1, 1)
    assert (progress.reached, progress.gap, progress.countries) == (True, 0, ())
    only = progress.activities[0]
    assert (only.uuid, only.title, only.country_iso2, only.office_name, only.counts) == (
        record.uuid, "IGAD regional consultative process", None, "UNHCR HQ", True)


def test_achievements_count_activities_not_countries(database, headquarters):
    make(database, ["DES-AP-V-T2"], "KE", title="Study one")
    make(database, ["DES-AP-V-A04"], "KE", title="Study two")
    progress = detail(database, "DES-AP-V-T2")
    assert (progress.achieved, progress.reached) == (2, True)


def test_all_means_the_conference_s_13_participant_countries(database, headquarters):
    with database.reading() as reader:
        rows = reader.all("SELECT DISTINCT country_iso2 FROM participation WHERE event_code = "
                          "'DES' AND regional = TRUE AND role = 'participant'")
    assert {row[0] for row in rows} == PARTICIPANTS and len(PARTICIPANTS) == 13
    progress = detail(database, "DES-AP-II-T4")
    assert (progress.threshold, progress.threshold_is_all, progress.gap) == (13, True, 13)


def test_all_counts_only_the_region_s_countries(database, headquarters):
    make(database, ["DES-AP-II-A01"], "KE")
    make(database, ["DES-AP-II-A01"], "ER")  # regional, but not a participant
    progress = detail(database, "DES-AP-II-T4")
    assert [country.iso2 for country in progress.countries] == ["ER", "KE"]
    assert (progress.achieved, progress.gap) == (1, 12)


def test_all_participants_reach_an_all_target(database, headquarters):
    for country in sorted(PARTICIPANTS):
        make(database, ["DES-AP-VI-A01"], country)
    progress = detail(database, "DES-AP-VI-T1")
    assert (progress.achieved, progress.reached, progress.gap) == (13, True, 0)


def test_a_country_scope_counts_its_own_activities_and_all_means_it(database, headquarters):
    make(database, ["DES-AP-II-A01"], "KE")
    make(database, ["DES-AP-II-A01"], "TZ")
    kenya = ProgressScope(country_iso2="KE")
    progress = detail(database, "DES-AP-II-T4", kenya)
    assert (progress.threshold, progress.achieved, progress.reached) == (1, 1, True)
    assert [activity.country_iso2 for activity in progress.activities] == ["KE"]
    assert detail(database, "DES-AP-II-T4").achieved == 2
    assert detail(database, "DES-AP-II-T1", kenya).gap == 1


def test_an_activity_without_country_takes_its_office_s(database):
    setup_office(database, "Nairobi", "KE")
    make(database, ["DES-AP-III-A03"])
    progress = detail(database, "DES-AP-III-T2")
    assert progress.activities[0].country_iso2 == "KE"
    assert (progress.achieved, progress.reached) == (1, True)


def test_the_2011_compilation_activities_never_count(database, headquarters):
    with database.reading() as reader:
        linked = reader.scalar(
            "SELECT COUNT(*) FROM activity JOIN activity_item_link AS link "
            "ON link.activity_uuid = activity.uuid WHERE activity.owner_office_uuid = :office "
            "AND link.item_code LIKE 'DES-AP-%'", {"office": COMPILATION_OFFICE_UUID})
    assert linked == 0  # they follow up Selected-page items, never the Action Plan
    make(database, ["DES-AP-I-A07"], "KE")
    with_baseline = target_progress(database, ProgressScope(include_baseline=True))
    assert with_baseline == target_progress(database, EVERYWHERE)


def test_the_scope_s_event_and_area_choose_the_targets(database, headquarters):
    assert target_progress(database, ProgressScope(event_code="SAN")) == []
    assert len(target_progress(database, ProgressScope(event_code="DES"))) == 25
    data = target_progress(database, ProgressScope(area_number=2))
    assert [each.code for each in data] == [f"DES-AP-V-T{n}" for n in range(1, 6)]
    with pytest.raises(UnknownItemError):
        detail(database, "DES-AP-V-T1", ProgressScope(event_code="SAN"))
    with pytest.raises(UnknownItemError):
        detail(database, "DES-AP-I-A07")


def test_the_period_and_status_filters_apply(database, headquarters):
    content = ActivityContent(title="Review", item_codes=("DES-AP-I-A07",), status="completed",
                              country_iso2="KE", start_date=date(2026, 1, 1),
                              end_date=date(2026, 3, 1))
    create_activity(database, content, "user")
    later = ProgressScope(period_start=date(2026, 6, 1))
    assert detail(database, "DES-AP-I-T1", later).activities == ()
    assert detail(database, "DES-AP-I-T1", ProgressScope(status="planned")).achieved == 0
    assert detail(database, "DES-AP-I-T1", ProgressScope(status="completed")).achieved == 1
