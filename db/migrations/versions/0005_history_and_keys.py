"""History entries that travel with activities (append-only), and trusted signing keys.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.migrations import postgres

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The history is evidence: no path in the application may change or remove an entry.
APPEND_ONLY = (
    """CREATE TRIGGER activity_change_no_update BEFORE UPDATE ON activity_change
       BEGIN SELECT RAISE(ABORT, 'activity history is append-only'); END""",
    """CREATE TRIGGER activity_change_no_delete BEFORE DELETE ON activity_change
       BEGIN SELECT RAISE(ABORT, 'activity history is append-only'); END""",
)


def upgrade() -> None:
    with op.batch_alter_table('activity_change', schema=None) as batch_op:
        batch_op.add_column(sa.Column('change_uuid', sa.String(), nullable=True))
    op.execute("UPDATE activity_change SET change_uuid = "
               + ("md5(random()::text || clock_timestamp()::text)" if postgres.on_postgresql()
                  else "lower(hex(randomblob(16)))"))
    with op.batch_alter_table('activity_change', schema=None) as batch_op:
        batch_op.alter_column('change_uuid', existing_type=sa.String(), nullable=False)
        batch_op.create_index(batch_op.f('ix_activity_change_change_uuid'), ['change_uuid'],
                              unique=True)
    if postgres.on_postgresql():
        postgres.create_append_only("activity_change", "activity history is append-only")
    else:
        for statement in APPEND_ONLY:
            op.execute(statement)
    op.create_table('trusted_key',
    sa.Column('office_uuid', sa.String(), nullable=False),
    sa.Column('office_name', sa.String(), nullable=False),
    sa.Column('public_key', sa.String(), nullable=False),
    sa.Column('fingerprint', sa.String(), nullable=False),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.Column('registered_by', sa.String(), nullable=False),
    sa.Column('source', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('office_uuid', name=op.f('pk_trusted_key'))
    )
    if postgres.on_postgresql():
        postgres.create_shared_signing_key()


def downgrade() -> None:
    op.drop_table('trusted_key')
    op.execute(f"DROP TABLE IF EXISTS {postgres.SHARED_SIGNING_KEY}")
    if postgres.on_postgresql():
        postgres.drop_append_only("activity_change")
    else:
        op.execute("DROP TRIGGER IF EXISTS activity_change_no_delete")
        op.execute("DROP TRIGGER IF EXISTS activity_change_no_update")
    with op.batch_alter_table('activity_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_change_change_uuid'))
        batch_op.drop_column('change_uuid')
