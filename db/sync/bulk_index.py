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
# The linked item codes, joined in code order ("C": by the characters' codes, as SQLite's
# BINARY collation sorts them; revision 0003).
ITEM_CODES = {
    SQLITE: """coalesce((SELECT group_concat(item_code, ', ') FROM (SELECT item_code
            FROM activity_item_link WHERE activity_uuid = a.uuid ORDER BY item_code)), '')""",
    POSTGRESQL: """coalesce((SELECT string_agg(item_code, ', ' ORDER BY item_code COLLATE "C")
            FROM activity_item_link WHERE activity_uuid = a.uuid), '')"""}

LIST_ROWS = """
    INSERT INTO activity_list_index (uuid, {listed}, owner_name, deleted, item_codes, area_mask)
    SELECT a.uuid, {listed_values},
        coalesce((SELECT name FROM office WHERE uuid = a.owner_office_uuid), ''),
        a.deleted_at IS NOT NULL,
        {item_codes},
        coalesce((SELECT sum(DISTINCT 1 << ia.area_number) FROM activity_item_link l
            JOIN item_action_area ia ON ia.item_code = l.item_code
            WHERE l.activity_uuid = a.uuid), 0)
    FROM ({new}) AS n JOIN activity AS a ON a.uuid = n.uuid"""
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
PROGRESS_ROWS = """
    INSERT {or_replace}INTO progress_link ({columns})
    SELECT l.item_code, a.uuid, {copied}, a.deleted_at IS NOT NULL, {has_evidence}
    FROM ({new}) AS n JOIN activity_item_link AS l ON l.activity_uuid = n.uuid
    JOIN activity AS a ON a.uuid = n.uuid{on_conflict}"""
# SQLite's INSERT OR REPLACE, as PostgreSQL says it.
REPLACED = ", ".join(f"{name} = excluded.{name}" for name in (*COPIED, "deleted",
                                                               "has_evidence"))
ON_CONFLICT = f" ON CONFLICT (item_code, activity_uuid) DO UPDATE SET {REPLACED}"


def bulk_statements(dialect: str) -> list[str]:
    """The three INSERT ... SELECTs, in the order they must run, as dialect spells them."""
    new = NEW[dialect]
    on_server = dialect == POSTGRESQL
    return [
        LIST_ROWS.format(listed=", ".join(LISTED),
                         listed_values=", ".join("a." + name for name in LISTED),
                         item_codes=ITEM_CODES[dialect], new=new),
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


@contextmanager
def _triggers_paused(connection: Connection) -> Iterator[bool]:
    """Pause the insert triggers around the block; yields whether they were paused."""
    if dialect_of(connection) == POSTGRESQL:
        _set_paused(connection, True)
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
