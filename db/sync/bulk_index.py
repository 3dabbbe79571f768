"""The list index, full-text and progress rows of many new activities, written in bulk.

Triggers keep `activity_list_index`, `activity_fts` (revision 0003) and `progress_link`
(revision 0006) right for every writer, one row at a time. For an import of 20,000 new
activities with two or three links each they cost 2.3 s of a 3.5 s write: the list row is
updated again for every link, the full-text row written one by one. So an import of many new
activities drops those three insert triggers inside its own transaction, inserts its rows,
fills the three tables with one INSERT ... SELECT each, and creates the triggers again from
the very text it dropped, still inside the transaction: a rollback (a failed import, a
preview) restores them with everything else, and no other connection writes meanwhile (SQLite
has one writer). The SELECTs below say what the triggers say (tests/db/sync/test_bulk_index.py
compares both ways row by row); a migration that changes those triggers changes them too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection

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
NEW = "SELECT value AS uuid FROM json_each(:uuids)"

LIST_ROWS = f"""
    INSERT INTO activity_list_index (uuid, {', '.join(LISTED)}, owner_name, deleted, item_codes,
                                     area_mask)
    SELECT a.uuid, {', '.join('a.' + name for name in LISTED)},
        coalesce((SELECT name FROM office WHERE uuid = a.owner_office_uuid), ''),
        a.deleted_at IS NOT NULL,
        coalesce((SELECT group_concat(item_code, ', ') FROM (SELECT item_code
            FROM activity_item_link WHERE activity_uuid = a.uuid ORDER BY item_code)), ''),
        coalesce((SELECT sum(DISTINCT 1 << ia.area_number) FROM activity_item_link l
            JOIN item_action_area ia ON ia.item_code = l.item_code
            WHERE l.activity_uuid = a.uuid), 0)
    FROM ({NEW}) AS n JOIN activity AS a ON a.uuid = n.uuid"""
FULL_TEXT_ROWS = f"""
    INSERT INTO activity_fts (rowid, {', '.join(TEXT)})
    SELECT i.id, {', '.join('a.' + name for name in TEXT)}
    FROM ({NEW}) AS n JOIN activity_list_index AS i ON i.uuid = n.uuid
    JOIN activity AS a ON a.uuid = n.uuid"""
HAS_EVIDENCE = "trim(coalesce(a.evidence, ''), ' ' || char(9) || char(10) || char(13)) != ''"
PROGRESS_ROWS = f"""
    INSERT OR REPLACE INTO progress_link (item_code, activity_uuid, {', '.join(COPIED)},
                                          deleted, has_evidence)
    SELECT l.item_code, a.uuid, {', '.join('a.' + name for name in COPIED)},
        a.deleted_at IS NOT NULL, {HAS_EVIDENCE}
    FROM ({NEW}) AS n JOIN activity_item_link AS l ON l.activity_uuid = n.uuid
    JOIN activity AS a ON a.uuid = n.uuid"""


def _in_transaction(connection: Connection) -> bool:
    """Whether SQLite has begun the transaction: DDL before its BEGIN would commit at once
    (Python's sqlite3 begins one only before the first write)."""
    dbapi = connection.connection.dbapi_connection
    return bool(getattr(dbapi, "in_transaction", False))


def _trigger_statements(connection: Connection) -> list[str]:
    """The CREATE statements of the insert triggers, as stored; empty unless all exist.

    None on PostgreSQL, which keeps its per-row triggers: dropping or disabling a trigger
    there takes a lock on the table that every other officer's reads and writes would wait
    for, for the whole import (an import writes one after the other anyway).
    """
    if connection.dialect.name != "sqlite":
        return []
    rows = dict(connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all())
    if not all(name in rows for name in INSERT_TRIGGERS):
        return []
    return [rows[name] for name in INSERT_TRIGGERS]


@contextmanager
def bulk_inserted(connection: Connection, uuids: Sequence[str]) -> Iterator[None]:
    """Around the inserts of new activities (uuids) and their links: the index rows are
    written once, after them, instead of by triggers row by row. An error inside leaves
    the triggers dropped: the caller's transaction, rolled back, restores them."""
    statements = (_trigger_statements(connection)
                  if len(uuids) >= BULK_MINIMUM and _in_transaction(connection) else [])
    if not statements:
        yield
        return
    for name in INSERT_TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    yield
    parameters = {"uuids": json.dumps(list(uuids))}
    for statement in (LIST_ROWS, FULL_TEXT_ROWS, PROGRESS_ROWS):
        connection.exec_driver_sql(statement, parameters)
    for statement in statements:
        connection.exec_driver_sql(statement)
