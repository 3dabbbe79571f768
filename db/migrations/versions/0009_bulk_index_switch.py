"""On PostgreSQL, the index insert triggers can be paused for one transaction.

An import of many new activities writes the list index, full-text and progress rows in bulk
after its inserts (db/sync/bulk_index.py). On SQLite it drops the three insert triggers
inside its transaction; on PostgreSQL that would lock the tables against every other
officer until the import commits. Instead each trigger gets a WHEN condition on a setting
the import sets for its own transaction only (sql_dialect.TRIGGERS_RUN): the trigger
functions stay as they are, and on SQLite nothing changes.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

from db.migrations import postgres
from db.storage.sql_dialect import TRIGGERS_RUN

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The insert triggers of revisions 0003 and 0006, by the table they fire on.
PAUSABLE = {
    "activity_list_index_insert": "activity",
    "activity_list_index_link_insert": "activity_item_link",
    "progress_link_insert": "activity_item_link",
}


def _recreate(when: str) -> None:
    for name, table in PAUSABLE.items():
        op.execute(f"DROP TRIGGER {name} ON {table}")
        op.execute(f"CREATE TRIGGER {name} AFTER INSERT ON {table} FOR EACH ROW {when} "
                   f"EXECUTE FUNCTION {name}()")


def upgrade() -> None:
    if postgres.on_postgresql():
        _recreate(f"WHEN ({TRIGGERS_RUN})")


def downgrade() -> None:
    if postgres.on_postgresql():
        _recreate("")
