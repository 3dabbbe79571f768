"""Sync packages: the package log, per-activity sync state and export watermarks.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_package',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('package_uuid', sa.String(), nullable=False),
    sa.Column('direction', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('office_uuid', sa.String(), nullable=True),
    sa.Column('region_code', sa.String(), nullable=True),
    sa.Column('file_name', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(), nullable=False),
    sa.Column('checksum', sa.String(), nullable=False),
    sa.Column('activity_count', sa.Integer(), nullable=False),
    sa.Column('deletion_count', sa.Integer(), nullable=False),
    sa.Column('summary', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_package'))
    )
    with op.batch_alter_table('sync_package', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_package_package_uuid'), ['package_uuid'], unique=False)

    op.create_table('activity_sync_state',
    sa.Column('activity_uuid', sa.String(), nullable=False),
    sa.Column('sent_version', sa.String(), nullable=True),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('acknowledged_version', sa.String(), nullable=True),
    sa.Column('acknowledged_at', sa.DateTime(), nullable=True),
    sa.Column('template_digest', sa.String(), nullable=True),
    sa.Column('template_version', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['activity_uuid'], ['activity.uuid'], name=op.f('fk_activity_sync_state_activity_uuid_activity')),
    sa.PrimaryKeyConstraint('activity_uuid', name=op.f('pk_activity_sync_state'))
    )
    op.create_table('export_watermark',
    sa.Column('scope', sa.String(), nullable=False),
    sa.Column('package_uuid', sa.String(), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('scope', name=op.f('pk_export_watermark'))
    )


def downgrade() -> None:
    op.drop_table('export_watermark')
    op.drop_table('activity_sync_state')
    with op.batch_alter_table('sync_package', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_package_package_uuid'))
    op.drop_table('sync_package')
