"""Edits typed into an exported package: remember what each version of an activity held.

An edited copy of a package carries a person's edits under the version vector it was exported
with. `activity_version_seen` keeps, per activity and vector, the digest of every content this
database received or held under it, so the import can tell those edits apart from an older
version it has seen (db/sync/merge_rule.py). It starts empty: versions received before this
revision are compared with the row held, which covers an edit on the version held here.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "activity_version_seen",
        sa.Column("activity_uuid", sa.String(), nullable=False),
        sa.Column("version_vector", sa.String(), nullable=False),
        sa.Column("content_digest", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("activity_uuid", "version_vector", "content_digest"),
    )


def downgrade() -> None:
    op.drop_table("activity_version_seen")
