"""The list index, full-text and progress rows of many new activities, written in bulk.

Triggers keep `activity_list_index`, `activity_fts` (revision 0003) and `progress_link`
(revision 0006) right for every writer, one row at a time. For an import of 20,000 new
activities with two or three links each they cost 2.3 s of a 3.5 s write on SQLite, and
most of the write on PostgreSQL: the list row is updated again for every link, the
full-text row written one by one. So an import of many new activities pauses those three
insert triggers inside its own transaction, inserts its rows, fills the three tables with
one INSERT ... SELECT each, and lets the triggers run again, still inside the transaction.

SQLite drops the triggers and creates them again from the very text it dropped: a rollback
(a failed import, a preview) restores them with everything else, and no other connection
writes meanwhile (SQLite has one writer). PostgreSQL would lock the tables against every
other officer for that; there each trigger has a WHEN condition on a setting (revision 0009)
that the import sets for its own transaction only, so other officers' writes still fire them.

On PostgreSQL the import then refreshes the planner's statistics of the tables the next
package's lookups read (_refresh_statistics), and those of the tables the officers' lists read
once, before it commits (refresh_list_statistics); it turns just-in-time compiling off for its
transaction.

The SELECTs below say what the triggers say (tests/db/sync/test_bulk_index.py compares both
ways row by row, on both databases); a migration that changes those triggers changes them too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection, text

from db.storage.sql_dialect import (
    BULK_INDEX_SETTING,
    POSTGRESQL,
    SQLITE,
    dialect_of,
    plain_vector,
)

# The per-row triggers a bulk insert of activities and their links replaces.
INSERT_TRIGGERS = ("activity_list_index_insert", "activity_list_index_link_insert",
                   "progress_link_insert")
# What PostgreSQL needs analysed after a bulk insert (see _refresh_statistics): the columns
# the next package's lookups read, after each package (analysing the whole tables took
# 0.45 s a package, the activities' texts most of it; these columns, 0.07 s)...
LOOKED_UP = ("activity (uuid)", "activity_item_link (activity_uuid)")
# ... and, once before the import commits, the tables the officers' lists and Progress read
# (planned for the tables as they were, filtering the list of 100,000 activities by a word
# took 450 ms instead of 200 ms, until autovacuum came by).
LISTED_TABLES = ("activity", "activity_list_index", "activity_fts", "progress_link")
# Set, for its transaction only, once bulk_inserted has filled them (a rollback forgets it).
STALE_LISTS = "tenpoint.stale_list_statistics"
# Fewer new activities than this: the triggers cost less than changing the schema twice.
BULK_MINIMUM = 200

TEXT = ("title", "description", "lead_organisation", "partners", "progress_notes", "outcome",
        "evidence")
LISTED = ("title", "status", "kind", "country_iso2", "lead_organisation", "start_date",
          "end_date", "updated_at", "owner_office_uuid", "read_only")
COPIED = ("status", "updated_at", "owner_office_uuid", "country_iso2", "start_date", "end_date")
# The new activities' uuids, passed as one parameter (a JSON array on SQLite, an array here).
NEW = {SQLITE: "SELECT value AS uuid FROM json_each(:uuids)",
       POSTGRESQL: "SELECT unnest(CAST(:uuids AS varchar[])) AS uuid"}
LIST_COLUMNS = "uuid, {listed}, owner_name, deleted, item_codes, area_mask"
LIST_ROWS = {
    # SQLite: what the trigger says, for each new activity (its subqueries cost little there).
    SQLITE: """
        INSERT INTO activity_list_index ({columns})
        SELECT a.uuid, {listed_values},
            coalesce((SELECT name FROM office WHERE uuid = a.owner_office_uuid), ''),
            a.deleted_at IS NOT NULL,
            coalesce((SELECT group_concat(item_code, ', ') FROM (SELECT item_code
                FROM activity_item_link WHERE activity_uuid = a.uuid ORDER BY item_code)), ''),
            coalesce((SELECT sum(DISTINCT 1 << ia.area_number) FROM activity_item_link l
                JOIN item_action_area ia ON ia.item_code = l.item_code
                WHERE l.activity_uuid = a.uuid), 0)
        FROM ({new}) AS n JOIN activity AS a ON a.uuid = n.uuid""",
    # PostgreSQL: the same values, each aggregate computed once for all the new activities;
    # run per activity, the area mask's subquery scanned item_action_area 20,000 times (1.6 s
    # of a 3 s statement). Item codes joined by their characters' codes ("C"), as SQLite's
    # BINARY collation sorts them (revision 0003).
    POSTGRESQL: """
        WITH n AS ({new}),
        codes AS (SELECT l.activity_uuid,
                         string_agg(l.item_code, ', ' ORDER BY l.item_code COLLATE "C") AS joined
                  FROM n JOIN activity_item_link AS l ON l.activity_uuid = n.uuid
                  GROUP BY l.activity_uuid),
        areas AS (SELECT l.activity_uuid, sum(DISTINCT 1 << ia.area_number) AS mask
                  FROM n JOIN activity_item_link AS l ON l.activity_uuid = n.uuid
                  JOIN item_action_area AS ia ON ia.item_code = l.item_code
                  GROUP BY l.activity_uuid)
        INSERT INTO activity_list_index ({columns})
        SELECT a.uuid, {listed_values}, coalesce(o.name, ''), a.deleted_at IS NOT NULL,
            coalesce(codes.joined, ''), coalesce(areas.mask, 0)
        FROM n JOIN activity AS a ON a.uuid = n.uuid
        LEFT JOIN office AS o ON o.uuid = a.owner_office_uuid
        LEFT JOIN codes ON codes.activity_uuid = a.uuid
        LEFT JOIN areas ON areas.activity_uuid = a.uuid"""}
FULL_TEXT_ROWS = {
    SQLITE: f"""
        INSERT INTO activity_fts (rowid, {', '.join(TEXT)})
        SELECT i.id, {', '.join('a.' + name for name in TEXT)}""",
    POSTGRESQL: f"""
        INSERT INTO activity_fts (id, document)
        SELECT i.id, {plain_vector(*('a.' + name for name in TEXT))}"""}
FULL_TEXT_FROM = """
    FROM ({new}) AS n JOIN activity_list_index AS i ON i.uuid = n.uuid
    JOIN activity AS a ON a.uuid = n.uuid"""
HAS_EVIDENCE = {
    SQLITE: "trim(coalesce(a.evidence, ''), ' ' || char(9) || char(10) || char(13)) != ''",
    POSTGRESQL: "btrim(coalesce(a.evidence, ''), ' ' || chr(9) || chr(10) || chr(13)) != ''"}
PROGRESS_COLUMNS = f"item_code, activity_uuid, {', '.join(COPIED)}, deleted, has_evidence"
# In the order of the table's key (item, activity): the rows then go into its index a page at
# a time. In the links' order they landed all over it, and took longer as it grew: 0.18 s for
# the first package of 20,000 on SQLite, 0.61 s for the fifth (0.16 and 0.37 s in order).
# PostgreSQL merged a folder as fast either way.
PROGRESS_ROWS = """
    INSERT {or_replace}INTO progress_link ({columns})
    SELECT l.item_code, a.uuid, {copied}, a.deleted_at IS NOT NULL, {has_evidence}
    FROM ({new}) AS n JOIN activity_item_link AS l ON l.activity_uuid = n.uuid
    JOIN activity AS a ON a.uuid = n.uuid
    ORDER BY l.item_code, a.uuid{on_conflict}"""
# SQLite's INSERT OR REPLACE, as PostgreSQL says it.
REPLACED = ", ".join(f"{name} = excluded.{name}" for name in (*COPIED, "deleted",
                                                               "has_evidence"))
ON_CONFLICT = f" ON CONFLICT (item_code, activity_uuid) DO UPDATE SET {REPLACED}"


def bulk_statements(dialect: str) -> list[str]:
    """The three INSERT ... SELECTs, in the order they must run, as dialect spells them."""
    new = NEW[dialect]
    on_server = dialect == POSTGRESQL
    return [
        LIST_ROWS[dialect].format(columns=LIST_COLUMNS.format(listed=", ".join(LISTED)),
                                  listed_values=", ".join("a." + name for name in LISTED),
                                  new=new),
        FULL_TEXT_ROWS[dialect] + FULL_TEXT_FROM.format(new=new),
        PROGRESS_ROWS.format(or_replace="" if on_server else "OR REPLACE ",
                             columns=PROGRESS_COLUMNS,
                             copied=", ".join("a." + name for name in COPIED),
                             has_evidence=HAS_EVIDENCE[dialect], new=new,
                             on_conflict=ON_CONFLICT if on_server else ""),
    ]


def _in_transaction(connection: Connection) -> bool:
    """Whether SQLite has begun the transaction: DDL before its BEGIN would commit at once
    (Python's sqlite3 begins one only before the first write)."""
    dbapi = connection.connection.dbapi_connection
    return bool(getattr(dbapi, "in_transaction", False))


def _trigger_statements(connection: Connection) -> list[str]:
    """The CREATE statements of SQLite's insert triggers, as stored; empty unless all exist."""
    rows = dict(connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all())
    if not all(name in rows for name in INSERT_TRIGGERS):
        return []
    return [rows[name] for name in INSERT_TRIGGERS]


def _set_paused(connection: Connection, paused: bool) -> None:
    """PostgreSQL: pause or resume the insert triggers, for this transaction only."""
    connection.execute(text("SELECT set_config(:name, :value, true)"),
                       {"name": BULK_INDEX_SETTING, "value": "on" if paused else "off"})


def _without_jit(connection: Connection) -> None:
    """PostgreSQL: no just-in-time compiling for the rest of this transaction. Its estimate
    of the bulk statements' cost made the server compile each one, 0.2 s apiece, for a
    statement that runs once."""
    connection.exec_driver_sql("SELECT set_config('jit', 'off', true)")


@contextmanager
def _triggers_paused(connection: Connection) -> Iterator[bool]:
    """Pause the insert triggers around the block; yields whether they were paused."""
    if dialect_of(connection) == POSTGRESQL:
        _set_paused(connection, True)
        _without_jit(connection)
        yield True
        _set_paused(connection, False)
        return
    statements = _trigger_statements(connection) if _in_transaction(connection) else []
    for name in INSERT_TRIGGERS if statements else ():
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    yield bool(statements)
    for statement in statements:
        connection.exec_driver_sql(statement)


def _uuids_parameter(dialect: str, uuids: Sequence[str]) -> object:
    return list(uuids) if dialect == POSTGRESQL else json.dumps(list(uuids))


@contextmanager
def bulk_inserted(connection: Connection, uuids: Sequence[str]) -> Iterator[None]:
    """Around the inserts of new activities (uuids) and their links: the index rows are
    written once, after them, instead of by triggers row by row. An error inside leaves
    the triggers paused: the caller's transaction, rolled back, resumes them."""
    if len(uuids) < BULK_MINIMUM:
        yield
        return
    dialect = dialect_of(connection)
    with _triggers_paused(connection) as paused:
        yield
        if paused:
            parameters = {"uuids": _uuids_parameter(dialect, uuids)}
            for statement in bulk_statements(dialect):
                connection.execute(text(statement), parameters)
    if dialect == POSTGRESQL:
        _refresh_statistics(connection)
        connection.execute(text("SELECT set_config(:name, 'on', true)"), {"name": STALE_LISTS})


def refresh_list_statistics(connection: Connection) -> None:
    """PostgreSQL, before an import commits: the statistics of the list, search and progress
    tables, if bulk_inserted filled them in this transaction (one ANALYZE for all packages)."""
    if dialect_of(connection) != POSTGRESQL:
        return
    stale = connection.execute(text("SELECT current_setting(:name, true)"),
                               {"name": STALE_LISTS}).scalar()
    if stale == "on":
        connection.exec_driver_sql(f"ANALYZE {', '.join(LISTED_TABLES)}")


def _refresh_statistics(connection: Connection) -> None:
    """PostgreSQL plans each statement from its statistics of the tables, which autovacuum
    refreshes only after a commit, in its own time. Planned for the few rows the tables held
    before, the next package's lookups of its activities, 500 at a time, each read the whole
    activity table (9.6 s of a 20 s import, 20 s of the next one's). ANALYZE in this
    transaction counts its own new rows; its lock, held to the commit, keeps out only another
    ANALYZE or VACUUM of these tables, never another officer's reads and writes."""
    connection.exec_driver_sql(f"ANALYZE {', '.join(LOOKED_UP)}")
