"""The activities list service: filters, counts, sorting and paging, and the index behind them."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text

from db.activities import queries as activity_queries
from db.activities.queries import (
    SORTS,
    ActivityQuery,
    action_area_choices,
    activity_page,
    catalog_choices,
    count_activities,
    fts_expression,
    office_names,
    owner_choices,
)
from db.activities.service import (
    create_activity,
    delete_activity,
    get_activity,
    update_activity,
)
from db.catalog.compilation import COMPILATION_OFFICE_UUID
from db.catalog.loader import historical_activity_uuid
from db.installation.office import setup_office
from db.models import Activity, ActivityItemLink, Office, utc_now
from db.storage.sql_dialect import plain_vector, string_list
from exporters.activity import ActivityContent
from tests.db.sync.helpers import joined_codes, on_server, table_dump, trigger_definitions

HISTORICAL = 67  # read-only activities the 2011 compilation reports
KENYA_HISTORICAL = 32  # of them, those of Sana'a 2008 and Dar es Salaam 2010


@pytest.fixture
def office(database):
    return setup_office(database, "Nairobi", "KE")


@pytest.fixture
def headquarters(database):
    """Headquarters records activities in any country (a field office only in its own)."""
    return setup_office(database, "UNHCR HQ", None, is_headquarters=True)


def make(database, title="Border training", items=("DES-SR-III-01",), **fields):
    data = ActivityContent(title=title, item_codes=tuple(items), **fields)
    return create_activity(database, data, "amina")


def own(database, query: ActivityQuery | None = None, **changes) -> list:
    """Rows of the list, leaving out the 2011 compilation's activities."""
    rows = activity_page(database, replace(query or ActivityQuery(), **changes), 0, 1000)
    return [row for row in rows if not row.read_only]


def titles(database, query: ActivityQuery | None = None, **changes) -> list[str]:
    return [row.title for row in own(database, query, **changes)]


def test_a_new_activity_is_listed_with_its_items_owner_and_counts(database, office):
    before = count_activities(database, ActivityQuery())
    record = make(database, items=("DES-SR-III-02", "DES-SR-III-01"), status="ongoing",
                  kind="capacity_building", country_iso2="KE", start_date=date(2026, 2, 1))
    row = own(database, )[0]
    assert (row.uuid, row.title, row.status, row.kind) == (
        record.uuid, "Border training", "ongoing", "capacity_building")
    assert row.item_codes == ("DES-SR-III-01", "DES-SR-III-02")
    assert (row.owner_office_name, row.editable, row.deleted) == ("Nairobi", True, False)
    assert row.start_date == date(2026, 2, 1) and row.updated_at.tzinfo is not None
    after = count_activities(database, ActivityQuery())
    assert after.total == before.total + 1 == after.matching
    assert after.by_status["ongoing"] == before.by_status.get("ongoing", 0) + 1


def test_the_2011_activities_are_listed_read_only_when_asked_for(database, headquarters):
    rows = activity_page(database, ActivityQuery(include_baseline=True), 0, 500)
    historical = [row for row in rows if row.read_only]
    assert len(historical) == HISTORICAL
    assert not any(row.editable for row in historical)
    assert all(row.reported_in_2011 for row in historical)
    assert historical_activity_uuid("SAN-SEL-F-01") in {row.uuid for row in historical}


def test_the_2011_baseline_is_left_out_unless_asked_for(database, office):
    """A new office's list is empty: the compilation's activities are no follow-up of its."""
    counts = count_activities(database, ActivityQuery())
    assert (counts.total, counts.matching) == (0, 0)
    assert activity_page(database, ActivityQuery(), 0, 500) == []
    assert COMPILATION_OFFICE_UUID not in dict(owner_choices(database))
    make(database, title="Ours")
    assert [row.title for row in activity_page(database, ActivityQuery(), 0, 500)] == ["Ours"]


def test_the_2011_baseline_shown_is_that_of_the_offices_regions(database, office):
    """Kenya's conferences are Sana'a 2008 and Dar es Salaam 2010; not San José or Manila."""
    query = ActivityQuery(include_baseline=True)
    rows = activity_page(database, query, 0, 500)
    events = {code.split("-")[0] for row in rows for code in row.item_codes}
    assert events == {"SAN", "DES"}
    assert count_activities(database, query).total == len(rows) == KENYA_HISTORICAL
    with_text = ActivityQuery(include_baseline=True, text="a")
    assert count_activities(database, with_text).total == KENYA_HISTORICAL


def test_an_edit_moves_the_activity_between_statuses_and_search_words(database, office):
    record = make(database, title="Asylum law review", status="planned")
    update_activity(database, record.uuid, ActivityContent(
        title="Reception centre assessment", item_codes=record.item_codes, status="completed"),
        "omar")
    query = ActivityQuery(text="reception", owner_office_uuid=office.uuid)
    counts = count_activities(database, query)
    assert counts.by_status == {"completed": 1}
    assert titles(database, text="asylum law") == []
    assert titles(database, status="completed") == ["Reception centre assessment"]


def test_deleted_activities_are_hidden_unless_asked_for_and_then_counted(database, office):
    kept, gone = make(database, title="Kept"), make(database, title="Gone")
    delete_activity(database, gone.uuid, "amina")
    assert titles(database, ) == ["Kept"]
    rows = own(database, include_deleted=True)
    assert {(row.title, row.deleted, row.editable) for row in rows} == {
        ("Kept", False, True), ("Gone", True, False)}
    counts = count_activities(database, ActivityQuery(include_deleted=True, owner_office_uuid=
                                                      office.uuid))
    assert (counts.matching, counts.deleted, sum(counts.by_status.values())) == (2, 1, 1)
    assert kept.uuid in {row.uuid for row in rows}


def test_filters_by_status_kind_and_owner_combine(database, office):
    make(database, title="A", status="planned", kind="outreach")
    make(database, title="B", status="planned", kind="operations")
    make(database, title="C", status="ongoing", kind="outreach")
    assert titles(database, ActivityQuery(status="planned", kind="outreach")) == ["A"]
    assert sorted(titles(database, kind="outreach")) == ["A", "C"]
    query = ActivityQuery(owner_office_uuid=office.uuid)
    assert count_activities(database, query).matching == 3


def test_text_search_looks_in_every_text_field_ignoring_case_and_accents(database, office):
    make(database, title="Title word", description="Réunion of partners")
    make(database, title="Two", lead_organisation="Danish Refugee Council")
    make(database, title="Three", partners="IOM, UNICEF", progress_notes="Half done")
    make(database, title="Four", outcome="Manual printed", evidence="https://example.org/x")
    assert titles(database, text="reunion") == ["Title word"]
    assert titles(database, text="DANISH refugee") == ["Two"]
    assert titles(database, text="unicef") == ["Three"] == titles(database, text="half")
    assert titles(database, text="manual") == ["Four"] == titles(database, text="example.org")
    assert titles(database, text="refu") == ["Two"]  # words match by their beginning, as typed


def test_text_with_search_syntax_is_taken_as_plain_words(database, office):
    make(database, title='Quote "this" now')
    assert fts_expression('  "*!? ') is None
    assert titles(database, text='quote" OR "x*') == []  # every word must be there: "or", "x"
    assert titles(database, text='"this" (now)') == ['Quote "this" now']


def test_linked_item_filter_takes_a_code_its_sub_items_or_its_section(database, office):
    make(database, title="Parent", items=("SAN-SR-3-02",))
    make(database, title="Sub-item", items=("SAN-SR-3-02a",))
    make(database, title="Other section", items=("SAN-SR-4-01",))
    assert titles(database, item_code="SAN-SR-3-02a") == ["Sub-item"]
    assert sorted(titles(database, item_code="san-sr-3-02")) == ["Parent", "Sub-item"]
    assert sorted(titles(database, item_code="SAN-SR-3")) == ["Parent", "Sub-item"]
    assert len(titles(database, item_code="SAN")) == 3
    assert titles(database, item_code="SAN-SR-3-0") == []  # not a code nor a code's parts
    assert titles(database, item_code="NOPE") == []


def test_action_area_filter_follows_the_linked_items_areas(database, office):
    joined = string_list(database.engine.dialect.name, "CAST(area_number AS TEXT)", ",")
    areas = dict(table_dump(database, f"SELECT item_code, {joined} FROM item_action_area "
                            "GROUP BY item_code"))
    code = next(c for c, a in areas.items() if "3" in a.split(","))
    other = next(c for c, a in areas.items() if "3" not in a.split(","))
    record = make(database, title="Entry", items=(other,))
    assert titles(database, action_area=3) == []
    update_activity(database, record.uuid, ActivityContent(title="Entry", item_codes=(code,)),
                    "amina")
    assert titles(database, action_area=3) == ["Entry"]


def test_a_catalog_reload_that_changes_an_items_areas_updates_the_filter(database, office):
    make(database, title="Entry", items=("DES-SR-III-01",))
    with database.session() as session:
        areas = [row[0] for row in session.connection().exec_driver_sql(
            "SELECT area_number FROM item_action_area WHERE item_code = 'DES-SR-III-01'")]
        session.connection().exec_driver_sql(
            "DELETE FROM item_action_area WHERE item_code = 'DES-SR-III-01'")
    assert areas and titles(database, action_area=areas[0]) == []


def test_renaming_an_office_renames_it_in_the_list(database, office):
    make(database)
    setup_office(database, "Nairobi sub-office", "KE", force=True)
    assert own(database, )[0].owner_office_name == "Nairobi sub-office"


def test_another_offices_activities_are_read_only_unless_here_is_headquarters(database,
                                                                              office):
    other = _other_office_activity(database)
    row = next(r for r in activity_page(database, ActivityQuery(), 0, 500) if r.uuid == other)
    assert (row.read_only, row.editable, row.owner_office_name) == (False, False, "Kampala")
    setup_office(database, "UNHCR HQ", None, is_headquarters=True, force=True)
    row = next(r for r in activity_page(database, ActivityQuery(), 0, 500) if r.uuid == other)
    assert row.editable
    assert ("Kampala" in dict(owner_choices(database)).values()
            and office_names(database)[office.uuid] == "UNHCR HQ")


def _other_office_activity(database) -> str:
    """An activity that came from another office's package."""
    now = utc_now()
    office_uuid, activity_uuid = str(uuid.uuid4()), str(uuid.uuid4())
    with database.session() as session:
        session.add(Office(uuid=office_uuid, name="Kampala", country_iso2="UG",
                           created_at=now, updated_at=now))
        session.flush()
        session.add(Activity(uuid=activity_uuid, owner_office_uuid=office_uuid, title="Theirs",
                             version_vector=json.dumps({office_uuid: 1}), created_at=now,
                             created_by="x", updated_at=now, updated_by="x"))
        session.flush()
        session.add(ActivityItemLink(activity_uuid=activity_uuid, item_code="DES-SR-III-01"))
    return activity_uuid


SAMPLES = [
    dict(title="beta", status="planned", kind="outreach", country_iso2="KE",
         lead_organisation="IOM", start_date=date(2025, 1, 1), items=("SAN-SR-3-02",)),
    dict(title="Alpha", status="ongoing", kind=None, country_iso2=None,
         lead_organisation="iom", start_date=None, end_date=date(2026, 1, 1),
         items=("DES-SR-III-01",)),
    dict(title="gamma", status="completed", kind="operations", country_iso2="UG",
         lead_organisation="", start_date=date(2024, 6, 1), end_date=date(2024, 7, 1),
         items=("ALA-DECL-0-03", "DES-SR-III-02")),
    dict(title="Delta", status="cancelled", kind="capacity_building", country_iso2="TZ",
         lead_organisation="Zeta", start_date=date(2025, 1, 1), items=("MNL-COHOST-0-01",)),
]


def _fill_samples(database, copies: int = 6) -> None:
    for n in range(copies):
        for sample in SAMPLES:
            values = dict(sample)
            items = values.pop("items")
            make(database, **{**values, "title": f"{values['title']} {n}"}, items=items)


@pytest.mark.parametrize("sort", sorted(SORTS))
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_gives_the_same_pages_whichever_way_the_rows_are_found(
        database, headquarters, monkeypatch, sort, descending):
    """Pages read along the sort index or sorted after filtering must agree, with no gaps."""
    _fill_samples(database)
    query = ActivityQuery(sort=sort, descending=descending, include_baseline=True)
    walked, sorted_after = _pages_both_ways(database, query, monkeypatch)
    assert walked == sorted_after
    assert len(walked) == len(set(walked)) == 24 + HISTORICAL


def _pages_both_ways(database, query: ActivityQuery, monkeypatch) -> list[list[str]]:
    """Every page of 7 rows read along the sort index, then with the matches sorted."""
    results = []
    for ratio in (10**9, 0):  # walk the sort index always; never
        monkeypatch.setattr(activity_queries, "WALK_RATIO", ratio)
        pages = [activity_page(database, query, offset, 7) for offset in range(0, 120, 7)]
        results.append([row.uuid for page in pages for row in page])
    return results


@pytest.mark.parametrize(("words", "expected"), [("gamma", 6), ("a", None), ("zz", 0)])
def test_a_text_filter_gives_the_same_pages_whichever_way_the_rows_are_found(
        database, headquarters, monkeypatch, words, expected):
    """Along the sort index asking each row whether its text matches, or the matches looked
    up first and sorted (on a server, a subquery planned apart): the same rows in order."""
    _fill_samples(database)
    query = ActivityQuery(text=words, sort="title", include_baseline=True)
    matching = count_activities(database, query).matching
    walked, sorted_after = _pages_both_ways(database, query, monkeypatch)
    assert walked == sorted_after
    assert len(walked) == len(set(walked)) == matching
    # "a": the six Alpha and the 2011 compilation's activities with a word in a
    assert matching == expected if expected is not None else matching > 6


@pytest.mark.postgresql_only
@pytest.mark.parametrize("sort", sorted(SORTS))
@pytest.mark.parametrize("descending", [False, True])
def test_the_server_reads_every_sort_from_an_index(database, headquarters, sort, descending):
    """A NULLS clause unlike the index's makes PostgreSQL sort every row for a page (0.05 s
    at 100,000 rather than a millisecond): forbidden to sort, it still plans the page."""
    query = ActivityQuery(sort=sort, descending=descending)
    page = activity_queries._page_sql(query, [], "postgresql", walk=True)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("SET enable_sort = off")
        plan = [row[0] for row in connection.execute(text(f"EXPLAIN {page}"),
                                                     {"limit": 50, "offset": 0})]
    assert not any(re.search(r"(^|->  )Sort ", line) for line in plan), "\n".join(plan)


def _sort_value(row, sort):
    value = {"country": row.country_iso2, "owner": row.owner_office_name,
             "item_codes": ", ".join(row.item_codes)}.get(sort, getattr(row, sort, None))
    if isinstance(value, str) and sort in ("title", "lead_organisation", "owner"):
        value = value.lower()
    return (value is not None, value if value is not None else "")


@pytest.mark.parametrize("sort", sorted(SORTS))
def test_sorting_orders_rows_by_the_columns_value(database, headquarters, sort):
    _fill_samples(database, copies=2)
    for descending in (False, True):
        rows = own(database, sort=sort, descending=descending)
        keys = [_sort_value(row, sort) for row in rows]
        assert keys == sorted(keys, reverse=descending), sort


def test_text_lookup_first_and_row_by_row_agree(database, headquarters, monkeypatch):
    _fill_samples(database, copies=2)
    query = ActivityQuery(text="gamma", sort="title")
    found = []
    for ratio in (10**9, 0):
        monkeypatch.setattr(activity_queries, "LOOKUP_RATIO", ratio)
        found.append(([r.uuid for r in activity_page(database, query, 0, 100)],
                      count_activities(database, query)))
    assert found[0] == found[1] and found[0][1].matching == 2


def test_the_list_index_always_matches_the_activity_tables(database, office):
    """Triggers keep the index; every kind of write must leave it equal to a fresh build."""
    records = [make(database, title=f"T{n}", items=("SAN-SR-3-02", "DES-SR-III-01"))
               for n in range(5)]
    update_activity(database, records[0].uuid, ActivityContent(
        title="Changed", item_codes=("ALA-DECL-0-03",), description="new words"), "omar")
    delete_activity(database, records[1].uuid, "amina")
    with database.session() as session:
        session.connection().execute(text(
            "DELETE FROM activity_item_link WHERE activity_uuid = :uuid"),
            {"uuid": records[2].uuid})
    assert _index_rows(database) == _rebuilt_rows(database)
    _check_full_text(database)
    assert get_activity(database, records[0].uuid).title == "Changed"


TEXT_COLUMNS = ("title", "description", "lead_organisation", "partners", "progress_notes",
                "outcome", "evidence")


def _check_full_text(database) -> None:
    """FTS5's own integrity check on SQLite; on PostgreSQL, one document per listed activity,
    each the vector of the activity's text as it is now."""
    if not on_server(database):
        with database.session() as session:
            check = "INSERT INTO activity_fts (activity_fts, rank) VALUES ('integrity-check', 1)"
            session.connection().exec_driver_sql(check)
        return
    vector = plain_vector(*(f"a.{name}" for name in TEXT_COLUMNS))
    assert table_dump(database, f"""
        SELECT count(*), count(f.id), count(*) FILTER (WHERE f.document = {vector})
        FROM activity_list_index i JOIN activity a ON a.uuid = i.uuid
        LEFT JOIN activity_fts f ON f.id = i.id""") == [(len(_index_rows(database)),) * 3]
    assert table_dump(database, "SELECT count(*) FROM activity_fts") == [
        (len(_index_rows(database)),)]


INDEX_COLUMNS = ("uuid, title, status, kind, country_iso2, lead_organisation, start_date, "
                 "end_date, updated_at, owner_office_uuid, read_only, owner_name, deleted, "
                 "item_codes, area_mask")


def _index_rows(database) -> list[tuple]:
    with database.session() as session:
        return session.connection().exec_driver_sql(
            f"SELECT {INDEX_COLUMNS} FROM activity_list_index ORDER BY uuid").all()


def _rebuilt_rows(database) -> list[tuple]:
    with database.session() as session:
        return session.connection().execute(text(f"""
            SELECT a.uuid, a.title, a.status, a.kind, a.country_iso2, a.lead_organisation,
                   a.start_date, a.end_date, a.updated_at, a.owner_office_uuid, a.read_only,
                   o.name, a.deleted_at IS NOT NULL,
                   coalesce({joined_codes(database, 'a.uuid', ', ')}, ''),
                   coalesce((SELECT sum(DISTINCT 1 << ia.area_number) FROM activity_item_link l
                       JOIN item_action_area ia ON ia.item_code = l.item_code
                       WHERE l.activity_uuid = a.uuid), 0)
            FROM activity a JOIN office o ON o.uuid = a.owner_office_uuid ORDER BY a.uuid
            """)).all()


def test_catalog_choices_list_every_item_in_reading_order(database):
    choices = catalog_choices(database)
    codes = [c.code for c in choices]
    assert len(codes) == len(set(codes)) == 659
    assert codes[0].startswith("SAN-") and codes[-1].startswith("MNL-")  # the compilation's order
    assert codes.index("SAN-SR-3-02") < codes.index("SAN-SR-3-02a") < codes.index("SAN-SR-3-03")
    assert codes.index("SAN-SR-2-01") < codes.index("SAN-SR-9-01")
    des = next(c for c in choices if c.code == "DES-SR-VIII-04")
    assert (des.cited_as, des.event_code, des.kind) == ("VIII (iv)", "DES", "recommendation")
    assert des.text and not des.retired


def test_action_area_choices_are_the_ten_areas(database):
    areas = action_area_choices(database)
    assert [n for n, _ in areas] == list(range(1, 11))


def test_the_index_triggers_survive_every_later_migration(database):
    """A later migration that rebuilds a table (SQLite batch mode) would drop them silently."""
    names = {name for name, _definition in trigger_definitions(database)}
    assert {"activity_list_index_insert", "activity_list_index_update", "activity_fts_update",
            "activity_list_index_delete", "activity_list_index_link_insert",
            "activity_list_index_link_delete", "activity_list_index_link_update",
            "activity_list_index_area_insert", "activity_list_index_area_delete",
            "activity_list_index_office_name", "progress_link_insert", "progress_link_delete",
            "progress_link_update", "progress_link_activity_update",
            "progress_link_activity_delete"} <= names
