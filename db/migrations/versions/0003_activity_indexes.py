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

from db.migrations import postgres

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


def _list_row(prefix: str, item_codes: str = ITEM_CODES) -> str:
    listed = ", ".join(f"{prefix}.{name}" for name in LISTED)
    return (f"{listed}, {OWNER_NAME.format(owner=prefix + '.owner_office_uuid')}, "
            f"{prefix}.deleted_at IS NOT NULL, {item_codes.format(uuid=prefix + '.uuid')}, "
            f"{AREA_MASK.format(uuid=prefix + '.uuid')}")


def _fts_row_id(uuid: str) -> str:
    return f"(SELECT id FROM activity_list_index WHERE uuid = {uuid})"


def _refresh_links(uuid: str, item_codes: str = ITEM_CODES) -> str:
    return (f"UPDATE activity_list_index SET item_codes = {item_codes.format(uuid=uuid)}, "
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


LIST_INDEX_TABLE = """
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
        )"""


def upgrade() -> None:
    if postgres.on_postgresql():
        _upgrade_postgresql()
        return
    op.execute(LIST_INDEX_TABLE)
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


# --- PostgreSQL: the same table, a tsvector per activity, PL/pgSQL triggers ---------------
# string_agg for group_concat; the case-blind sort columns use the "nocase" ICU collation,
# so the list's queries say COLLATE NOCASE on both databases. Item codes are joined and
# sorted by their characters' codes, as SQLite's BINARY does ("C"): a server's language
# collation would skip the hyphens and order "SAN-SR-3-02a" apart from SQLite.
PG_ITEM_CODES = ("coalesce((SELECT string_agg(item_code, ', ' ORDER BY item_code COLLATE \"C\") "
                 "FROM activity_item_link WHERE activity_uuid = {uuid}), '')")
PG_NOCASE = ("CREATE COLLATION IF NOT EXISTS nocase "
             "(provider = icu, locale = 'und-u-ks-level2', deterministic = false)")


# The list sorts empty values first, as SQLite does (db/activities/queries.py says NULLS
# FIRST ascending, NULLS LAST descending); these indexes keep them in that order, so that
# either direction reads an index rather than sorting every row.
PG_NULLS_FIRST = ("ix_activity_list_index_kind", "ix_activity_list_index_country",
                  "ix_activity_list_index_start", "ix_activity_list_index_end")


def _pg_vector(prefix: str) -> str:
    return postgres.plain_vector(*(f"{prefix}.{name}" for name in TEXT_COLUMNS))


PG_TRIGGERS = {
    "activity_list_index_insert": ("AFTER INSERT ON activity", f"""
        INSERT INTO activity_list_index (uuid, {COLUMNS})
            VALUES (new.uuid, {_list_row('new', PG_ITEM_CODES)});
        INSERT INTO activity_fts (id, document)
            VALUES ({_fts_row_id('new.uuid')}, {_pg_vector('new')});"""),
    "activity_list_index_update": ("AFTER UPDATE ON activity", f"""
        UPDATE activity_list_index SET {SET_LISTED},
            owner_name = {OWNER_NAME.format(owner='new.owner_office_uuid')},
            deleted = new.deleted_at IS NOT NULL WHERE uuid = new.uuid;"""),
    "activity_fts_update": (f"AFTER UPDATE OF {TEXT} ON activity", f"""
        UPDATE activity_fts SET document = {_pg_vector('new')}
            WHERE id = {_fts_row_id('new.uuid')};"""),
    "activity_list_index_delete": ("AFTER DELETE ON activity", f"""
        DELETE FROM activity_fts WHERE id = {_fts_row_id('old.uuid')};
        DELETE FROM activity_list_index WHERE uuid = old.uuid;"""),
    "activity_list_index_link_insert": ("AFTER INSERT ON activity_item_link",
                                        _refresh_links('new.activity_uuid', PG_ITEM_CODES)),
    "activity_list_index_link_delete": ("AFTER DELETE ON activity_item_link",
                                        _refresh_links('old.activity_uuid', PG_ITEM_CODES)),
    "activity_list_index_link_update": ("AFTER UPDATE ON activity_item_link",
                                        _refresh_links('old.activity_uuid', PG_ITEM_CODES)
                                        + _refresh_links('new.activity_uuid', PG_ITEM_CODES)),
    "activity_list_index_area_insert": ("AFTER INSERT ON item_action_area",
                                        _refresh_areas('new.item_code')),
    "activity_list_index_area_delete": ("AFTER DELETE ON item_action_area",
                                        _refresh_areas('old.item_code')),
    "activity_list_index_office_name": ("AFTER UPDATE OF name ON office", """
        UPDATE activity_list_index SET owner_name = new.name
            WHERE owner_office_uuid = new.uuid;"""),
}


def _upgrade_postgresql() -> None:
    op.execute(PG_NOCASE)
    op.execute(LIST_INDEX_TABLE.replace("DATETIME", "TIMESTAMP").replace(
        "id INTEGER PRIMARY KEY", "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
        .replace("item_codes VARCHAR", 'item_codes VARCHAR COLLATE "C"'))
    for name, columns in INDEXES.items():
        nulls = " NULLS FIRST" if name in PG_NULLS_FIRST else ""
        op.execute(f"CREATE INDEX {name} ON activity_list_index ({columns}{nulls})")
    op.execute("CREATE TABLE activity_fts (id BIGINT PRIMARY KEY, document tsvector NOT NULL)")
    op.execute("CREATE INDEX ix_activity_fts_document ON activity_fts USING gin (document)")
    op.execute(f"INSERT INTO activity_list_index (uuid, {COLUMNS}) "
               f"SELECT a.uuid, {_list_row('a', PG_ITEM_CODES)} FROM activity a "
               "ORDER BY a.created_at")
    op.execute(f"INSERT INTO activity_fts (id, document) SELECT i.id, {_pg_vector('a')} "
               "FROM activity_list_index i JOIN activity a ON a.uuid = i.uuid")
    for name, (timing, body) in PG_TRIGGERS.items():
        postgres.create_trigger(name, timing, body)


def downgrade() -> None:
    if postgres.on_postgresql():
        for name, (timing, _body) in PG_TRIGGERS.items():
            postgres.drop_trigger(name, timing.rsplit(" ON ", 1)[1])
        op.execute("DROP TABLE activity_fts")
        op.execute("DROP TABLE activity_list_index")
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE activity_fts")
    op.execute("DROP VIEW activity_fts_content")
    op.execute("DROP TABLE activity_list_index")
