"""The activities list index: a narrow trigger-kept copy of the listed columns, and FTS5.

Activity rows are wide (descriptions, notes), so counting, filtering and sorting 100,000 of
them by scanning the table takes 0.1-0.4 s. `activity_list_index` keeps, per activity, only
what the list shows, filters and sorts on (plus the linked item codes and a bit mask of their
action areas), with an index per sortable column; `activity_fts` indexes the free text. Both
are kept by triggers, so every writer (the editor, package import, bulk loads) keeps them
right without knowing they exist. They are not in the SQLModel metadata (like the catalog's
FTS table), see db/migrations/env_filters.py. A later migration that rebuilds activity,
activity_item_link, item_action_area or office in batch mode drops their triggers: it must
create them again (tests/db/test_activity_queries.py checks that they exist at head).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The text the search box looks in.
TEXT_COLUMNS = ("title", "description", "lead_organisation", "partners", "progress_notes",
                "outcome", "evidence")

ITEM_CODES = ("coalesce((SELECT group_concat(item_code, ', ') FROM (SELECT item_code "
              "FROM activity_item_link WHERE activity_uuid = {uuid} ORDER BY item_code)), '')")
AREA_MASK = ("coalesce((SELECT sum(DISTINCT 1 << ia.area_number) FROM activity_item_link l "
             "JOIN item_action_area ia ON ia.item_code = l.item_code "
             "WHERE l.activity_uuid = {uuid}), 0)")
OWNER_NAME = "coalesce((SELECT name FROM office WHERE uuid = {owner}), '')"

LISTED = ("title", "status", "kind", "country_iso2", "lead_organisation", "start_date",
          "end_date", "updated_at", "owner_office_uuid", "read_only")

INDEXES = {
    "ix_activity_list_index_counts": "deleted, status, kind, owner_office_uuid, area_mask",
    "ix_activity_list_index_title": "title COLLATE NOCASE",
    "ix_activity_list_index_status": "status",
    "ix_activity_list_index_kind": "kind",
    "ix_activity_list_index_item_codes": "item_codes",
    "ix_activity_list_index_country": "country_iso2",
    "ix_activity_list_index_lead": "lead_organisation COLLATE NOCASE",
    "ix_activity_list_index_start": "start_date",
    "ix_activity_list_index_end": "end_date",
    "ix_activity_list_index_owner": "owner_name COLLATE NOCASE",
    "ix_activity_list_index_updated": "updated_at",
}


def _values(prefix: str) -> str:
    return ", ".join(f"{prefix}.{name}" for name in TEXT_COLUMNS)


def _list_row(prefix: str) -> str:
    listed = ", ".join(f"{prefix}.{name}" for name in LISTED)
    return (f"{listed}, {OWNER_NAME.format(owner=prefix + '.owner_office_uuid')}, "
            f"{prefix}.deleted_at IS NOT NULL, {ITEM_CODES.format(uuid=prefix + '.uuid')}, "
            f"{AREA_MASK.format(uuid=prefix + '.uuid')}")


def _fts_row_id(uuid: str) -> str:
    return f"(SELECT id FROM activity_list_index WHERE uuid = {uuid})"


def _refresh_links(uuid: str) -> str:
    return (f"UPDATE activity_list_index SET item_codes = {ITEM_CODES.format(uuid=uuid)}, "
            f"area_mask = {AREA_MASK.format(uuid=uuid)} WHERE uuid = {uuid};")


def _refresh_areas(item_code: str) -> str:
    return ("UPDATE activity_list_index SET area_mask = "
            f"{AREA_MASK.format(uuid='activity_list_index.uuid')} WHERE uuid IN "
            f"(SELECT activity_uuid FROM activity_item_link WHERE item_code = {item_code});")


COLUMNS = ", ".join((*LISTED, "owner_name", "deleted", "item_codes", "area_mask"))
TEXT = ", ".join(TEXT_COLUMNS)
SET_LISTED = ", ".join(f"{name} = new.{name}" for name in LISTED)

TRIGGERS = {
    "activity_list_index_insert": f"""
        AFTER INSERT ON activity BEGIN
            INSERT INTO activity_list_index (uuid, {COLUMNS}) VALUES (new.uuid, {_list_row('new')});
            INSERT INTO activity_fts (rowid, {TEXT}) VALUES ({_fts_row_id('new.uuid')},
                                                           {_values('new')});
        END""",
    "activity_list_index_update": f"""
        AFTER UPDATE ON activity BEGIN
            UPDATE activity_list_index SET {SET_LISTED},
                owner_name = {OWNER_NAME.format(owner='new.owner_office_uuid')},
                deleted = new.deleted_at IS NOT NULL WHERE uuid = new.uuid;
        END""",
    "activity_fts_update": f"""
        AFTER UPDATE OF {TEXT} ON activity BEGIN
            INSERT INTO activity_fts (activity_fts, rowid, {TEXT})
                VALUES ('delete', {_fts_row_id('old.uuid')}, {_values('old')});
            INSERT INTO activity_fts (rowid, {TEXT}) VALUES ({_fts_row_id('new.uuid')},
                                                           {_values('new')});
        END""",
    "activity_list_index_delete": f"""
        AFTER DELETE ON activity BEGIN
            INSERT INTO activity_fts (activity_fts, rowid, {TEXT})
                VALUES ('delete', {_fts_row_id('old.uuid')}, {_values('old')});
            DELETE FROM activity_list_index WHERE uuid = old.uuid;
        END""",
    "activity_list_index_link_insert": f"""
        AFTER INSERT ON activity_item_link BEGIN {_refresh_links('new.activity_uuid')} END""",
    "activity_list_index_link_delete": f"""
        AFTER DELETE ON activity_item_link BEGIN {_refresh_links('old.activity_uuid')} END""",
    "activity_list_index_link_update": f"""
        AFTER UPDATE ON activity_item_link BEGIN
            {_refresh_links('old.activity_uuid')} {_refresh_links('new.activity_uuid')}
        END""",
    "activity_list_index_area_insert": f"""
        AFTER INSERT ON item_action_area BEGIN {_refresh_areas('new.item_code')} END""",
    "activity_list_index_area_delete": f"""
        AFTER DELETE ON item_action_area BEGIN {_refresh_areas('old.item_code')} END""",
    "activity_list_index_office_name": """
        AFTER UPDATE OF name ON office BEGIN
            UPDATE activity_list_index SET owner_name = new.name
                WHERE owner_office_uuid = new.uuid;
        END""",
}


def upgrade() -> None:
    op.execute("""
        CREATE TABLE activity_list_index (
            id INTEGER PRIMARY KEY,
            uuid VARCHAR NOT NULL UNIQUE,
            title VARCHAR NOT NULL,
            status VARCHAR NOT NULL,
            kind VARCHAR,
            country_iso2 VARCHAR,
            lead_organisation VARCHAR NOT NULL,
            start_date DATE,
            end_date DATE,
            updated_at DATETIME NOT NULL,
            owner_office_uuid VARCHAR NOT NULL,
            read_only BOOLEAN NOT NULL,
            owner_name VARCHAR NOT NULL,
            deleted BOOLEAN NOT NULL,
            item_codes VARCHAR NOT NULL,
            area_mask INTEGER NOT NULL
        )""")
    for name, columns in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON activity_list_index ({columns})")
    # External content: the text lives once, in activity; the view gives FTS5 the stable
    # integer ids of activity_list_index (activity's own rowids may change on VACUUM).
    op.execute(f"""
        CREATE VIEW activity_fts_content AS
            SELECT i.id AS id, {_values('a')}
            FROM activity_list_index i JOIN activity a ON a.uuid = i.uuid""")
    op.execute(
        f"CREATE VIRTUAL TABLE activity_fts USING fts5({TEXT}, "
        "content='activity_fts_content', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2', detail=column)")
    op.execute(f"INSERT INTO activity_list_index (uuid, {COLUMNS}) "
               f"SELECT a.uuid, {_list_row('a')} FROM activity a ORDER BY a.created_at")
    op.execute("INSERT INTO activity_fts (activity_fts) VALUES ('rebuild')")
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE activity_fts")
    op.execute("DROP VIEW activity_fts_content")
    op.execute("DROP TABLE activity_list_index")
