"""Progress figures at scale: a narrow trigger-kept row per activity-item link, and a covering
index for late follow-up.

Coverage and the Action Plan targets group the links of 100,000 activities by item; joining
the wide activity rows for it took 0.25-0.3 s. `progress_link` keeps, per link, only what the
Progress area filters and counts on (status, last update, owner, country, dates, deleted,
whether evidence was recorded), keyed by item then activity, so a figure reads one narrow
table (0.04 s). Triggers keep it right for every writer, as they keep `activity_list_index`
(revision 0003; the same warning holds: a later migration that rebuilds activity or
activity_item_link in batch mode drops the triggers and must create them again). The late
follow-up reads open activities from `activity_list_index` through one covering index.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

from db.migrations import postgres

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Whitespace alone is no evidence (TRIM strips only spaces unless told).
HAS_EVIDENCE = "trim(coalesce({a}.evidence, ''), ' ' || char(9) || char(10) || char(13)) != ''"
COPIED = ("status", "updated_at", "owner_office_uuid", "country_iso2", "start_date", "end_date")


def _copied(prefix: str) -> str:
    return ", ".join(f"{prefix}.{name}" for name in COPIED)


def _set_from(prefix: str) -> str:
    return ", ".join(f"{name} = {prefix}.{name}" for name in COPIED)


def _insert_link(item_code: str, activity_uuid: str) -> str:
    return (f"INSERT OR REPLACE INTO progress_link (item_code, activity_uuid, "
            f"{', '.join(COPIED)}, deleted, has_evidence) SELECT {item_code}, a.uuid, "
            f"{_copied('a')}, a.deleted_at IS NOT NULL, {HAS_EVIDENCE.format(a='a')} "
            f"FROM activity AS a WHERE a.uuid = {activity_uuid};")


def _delete_link(item_code: str, activity_uuid: str) -> str:
    return (f"DELETE FROM progress_link WHERE item_code = {item_code} "
            f"AND activity_uuid = {activity_uuid};")


TRIGGERS = {
    "progress_link_insert": f"""
        AFTER INSERT ON activity_item_link BEGIN
            {_insert_link('new.item_code', 'new.activity_uuid')}
        END""",
    "progress_link_delete": f"""
        AFTER DELETE ON activity_item_link BEGIN
            {_delete_link('old.item_code', 'old.activity_uuid')}
        END""",
    "progress_link_update": f"""
        AFTER UPDATE ON activity_item_link BEGIN
            {_delete_link('old.item_code', 'old.activity_uuid')}
            {_insert_link('new.item_code', 'new.activity_uuid')}
        END""",
    "progress_link_activity_update": f"""
        AFTER UPDATE OF {', '.join(COPIED)}, deleted_at, evidence ON activity BEGIN
            UPDATE progress_link SET {_set_from('new')}, deleted = new.deleted_at IS NOT NULL,
                has_evidence = {HAS_EVIDENCE.format(a='new')}
                WHERE activity_uuid = new.uuid;
        END""",
    "progress_link_activity_delete": """
        AFTER DELETE ON activity BEGIN
            DELETE FROM progress_link WHERE activity_uuid = old.uuid;
        END""",
}
LATE_INDEX = ("ix_activity_list_index_late",
              "status, deleted, owner_office_uuid, country_iso2, end_date, start_date, "
              "updated_at, uuid")


PROGRESS_LINK_TABLE = """
        CREATE TABLE progress_link (
            item_code VARCHAR NOT NULL,
            activity_uuid VARCHAR NOT NULL,
            status VARCHAR NOT NULL,
            updated_at DATETIME NOT NULL,
            owner_office_uuid VARCHAR NOT NULL,
            country_iso2 VARCHAR,
            start_date DATE,
            end_date DATE,
            deleted BOOLEAN NOT NULL,
            has_evidence BOOLEAN NOT NULL,
            PRIMARY KEY (item_code, activity_uuid)
        )"""


def upgrade() -> None:
    if postgres.on_postgresql():
        _upgrade_postgresql()
        return
    op.execute(PROGRESS_LINK_TABLE + " WITHOUT ROWID")
    op.execute("CREATE INDEX ix_progress_link_activity ON progress_link (activity_uuid)")
    op.execute(f"INSERT INTO progress_link (item_code, activity_uuid, {', '.join(COPIED)}, "
               f"deleted, has_evidence) SELECT l.item_code, a.uuid, {_copied('a')}, "
               f"a.deleted_at IS NOT NULL, {HAS_EVIDENCE.format(a='a')} "
               "FROM activity_item_link AS l JOIN activity AS a ON a.uuid = l.activity_uuid")
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(f"CREATE INDEX {LATE_INDEX[0]} ON activity_list_index ({LATE_INDEX[1]})")


# --- PostgreSQL: the same table, PL/pgSQL triggers ----------------------------------------
# INSERT ... ON CONFLICT for INSERT OR REPLACE, chr for char.
PG_HAS_EVIDENCE = HAS_EVIDENCE.replace("char(", "chr(").replace("trim(", "btrim(")


def _pg_insert_link(item_code: str, activity_uuid: str) -> str:
    updated = ", ".join(f"{name} = excluded.{name}" for name in (*COPIED, "deleted",
                                                                   "has_evidence"))
    return (f"INSERT INTO progress_link (item_code, activity_uuid, {', '.join(COPIED)}, "
            f"deleted, has_evidence) SELECT {item_code}, a.uuid, {_copied('a')}, "
            f"a.deleted_at IS NOT NULL, {PG_HAS_EVIDENCE.format(a='a')} "
            f"FROM activity AS a WHERE a.uuid = {activity_uuid} "
            f"ON CONFLICT (item_code, activity_uuid) DO UPDATE SET {updated};")


PG_TRIGGERS = {
    "progress_link_insert": ("AFTER INSERT ON activity_item_link",
                             _pg_insert_link("new.item_code", "new.activity_uuid")),
    "progress_link_delete": ("AFTER DELETE ON activity_item_link",
                             _delete_link("old.item_code", "old.activity_uuid")),
    "progress_link_update": ("AFTER UPDATE ON activity_item_link",
                             _delete_link("old.item_code", "old.activity_uuid")
                             + _pg_insert_link("new.item_code", "new.activity_uuid")),
    "progress_link_activity_update": (
        f"AFTER UPDATE OF {', '.join(COPIED)}, deleted_at, evidence ON activity", f"""
        UPDATE progress_link SET {_set_from('new')}, deleted = new.deleted_at IS NOT NULL,
            has_evidence = {PG_HAS_EVIDENCE.format(a='new')}
            WHERE activity_uuid = new.uuid;"""),
    "progress_link_activity_delete": ("AFTER DELETE ON activity",
                                      "DELETE FROM progress_link WHERE activity_uuid = old.uuid;"),
}


def _upgrade_postgresql() -> None:
    op.execute(PROGRESS_LINK_TABLE.replace("DATETIME", "TIMESTAMP"))
    op.execute("CREATE INDEX ix_progress_link_activity ON progress_link (activity_uuid)")
    op.execute(f"INSERT INTO progress_link (item_code, activity_uuid, {', '.join(COPIED)}, "
               f"deleted, has_evidence) SELECT l.item_code, a.uuid, {_copied('a')}, "
               f"a.deleted_at IS NOT NULL, {PG_HAS_EVIDENCE.format(a='a')} "
               "FROM activity_item_link AS l JOIN activity AS a ON a.uuid = l.activity_uuid")
    for name, (timing, body) in PG_TRIGGERS.items():
        postgres.create_trigger(name, timing, body)
    op.execute(f"CREATE INDEX {LATE_INDEX[0]} ON activity_list_index ({LATE_INDEX[1]})")


def downgrade() -> None:
    op.execute(f"DROP INDEX {LATE_INDEX[0]}")
    if postgres.on_postgresql():
        for name, (timing, _body) in PG_TRIGGERS.items():
            postgres.drop_trigger(name, timing.rsplit(" ON ", 1)[1])
        op.execute("DROP TABLE progress_link")
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE progress_link")
