"""The catalog grows after 2011: headquarters' changes, logged, numbered and append-only.

`catalog_change` holds every change headquarters makes to the catalog (new events, documents,
sections and items, corrections, annotations, retirements, supersessions), numbered by
edition. The log travels in headquarters' updates and is each item's history, so like an
activity's history it is never updated or deleted. `catalog_item.superseded_by` names the item
that replaced one, `catalog_item.edition` the change that added it (0: the June 2011
compilation, whose texts are never rewritten), `document.reference` where an added document
comes from, and `catalog_state.edition` the newest change this database holds.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.migrations import postgres

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = {
    "catalog_change_no_update": """BEFORE UPDATE ON catalog_change BEGIN
        SELECT RAISE(ABORT, 'catalog_change is append-only'); END""",
    "catalog_change_no_delete": """BEFORE DELETE ON catalog_change BEGIN
        SELECT RAISE(ABORT, 'catalog_change is append-only'); END""",
}


def upgrade() -> None:
    op.create_table(
        "catalog_change",
        sa.Column("change_uuid", sa.String(), nullable=False),
        sa.Column("edition", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(), nullable=False),
        sa.Column("office_uuid", sa.String(), nullable=True),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("payload", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("change_uuid", name=op.f("pk_catalog_change")),
        sa.UniqueConstraint("edition", name=op.f("uq_catalog_change_edition")),
    )
    op.create_index(op.f("ix_catalog_change_code"), "catalog_change", ["code"])
    if postgres.on_postgresql():
        postgres.create_append_only("catalog_change", "catalog_change is append-only")
    else:
        for name, body in APPEND_ONLY.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    with op.batch_alter_table("catalog_state") as batch:
        batch.add_column(sa.Column("edition", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("document") as batch:
        batch.add_column(sa.Column("reference", sa.String(), nullable=False, server_default=""))
    with op.batch_alter_table("catalog_item") as batch:
        batch.add_column(sa.Column("superseded_by", sa.String(), nullable=True))
        batch.add_column(sa.Column("edition", sa.Integer(), nullable=False, server_default="0"))
        batch.create_foreign_key(op.f("fk_catalog_item_superseded_by_catalog_item"),
                                 "catalog_item", ["superseded_by"], ["code"])


def downgrade() -> None:
    with op.batch_alter_table("catalog_item") as batch:
        batch.drop_constraint(op.f("fk_catalog_item_superseded_by_catalog_item"),
                              type_="foreignkey")
        batch.drop_column("edition")
        batch.drop_column("superseded_by")
    with op.batch_alter_table("document") as batch:
        batch.drop_column("reference")
    with op.batch_alter_table("catalog_state") as batch:
        batch.drop_column("edition")
    if postgres.on_postgresql():
        postgres.drop_append_only("catalog_change")
    else:
        for name in APPEND_ONLY:
            op.execute(f"DROP TRIGGER {name}")
    op.drop_index(op.f("ix_catalog_change_code"), table_name="catalog_change")
    op.drop_table("catalog_change")
