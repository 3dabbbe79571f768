"""Offices and follow-up activities, with what offline sync needs from the start.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('office',
    sa.Column('uuid', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('country_iso2', sa.String(), nullable=True),
    sa.Column('is_headquarters', sa.Boolean(), nullable=False),
    sa.Column('is_local', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['country_iso2'], ['country.iso2'], name=op.f('fk_office_country_iso2_country')),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_office'))
    )
    op.create_table('activity',
    sa.Column('uuid', sa.String(), nullable=False),
    sa.Column('owner_office_uuid', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('country_iso2', sa.String(), nullable=True),
    sa.Column('lead_organisation', sa.String(), nullable=False),
    sa.Column('partners', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=True),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('progress_notes', sa.String(), nullable=False),
    sa.Column('outcome', sa.String(), nullable=False),
    sa.Column('evidence', sa.String(), nullable=False),
    sa.Column('people_reached', sa.Integer(), nullable=True),
    sa.Column('read_only', sa.Boolean(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('version_vector', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('deleted_by', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['country_iso2'], ['country.iso2'], name=op.f('fk_activity_country_iso2_country')),
    sa.ForeignKeyConstraint(['owner_office_uuid'], ['office.uuid'], name=op.f('fk_activity_owner_office_uuid_office')),
    sa.PrimaryKeyConstraint('uuid', name=op.f('pk_activity'))
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_owner_office_uuid'), ['owner_office_uuid'], unique=False)
    op.create_table('activity_item_link',
    sa.Column('activity_uuid', sa.String(), nullable=False),
    sa.Column('item_code', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['activity_uuid'], ['activity.uuid'], name=op.f('fk_activity_item_link_activity_uuid_activity')),
    sa.ForeignKeyConstraint(['item_code'], ['catalog_item.code'], name=op.f('fk_activity_item_link_item_code_catalog_item')),
    sa.PrimaryKeyConstraint('activity_uuid', 'item_code', name=op.f('pk_activity_item_link'))
    )
    with op.batch_alter_table('activity_item_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_item_link_item_code'), ['item_code'], unique=False)

    op.create_table('activity_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('activity_uuid', sa.String(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by', sa.String(), nullable=False),
    sa.Column('office_uuid', sa.String(), nullable=True),
    sa.Column('action', sa.String(), nullable=False),
    sa.Column('field', sa.String(), nullable=True),
    sa.Column('old_value', sa.String(), nullable=True),
    sa.Column('new_value', sa.String(), nullable=True),
    sa.Column('note', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['activity_uuid'], ['activity.uuid'], name=op.f('fk_activity_change_activity_uuid_activity')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_change'))
    )
    with op.batch_alter_table('activity_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_change_activity_uuid'), ['activity_uuid'], unique=False)

    op.create_table('activity_conflict',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('activity_uuid', sa.String(), nullable=False),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.Column('package_uuid', sa.String(), nullable=True),
    sa.Column('sender_office_uuid', sa.String(), nullable=True),
    sa.Column('incoming_version', sa.String(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolved_by', sa.String(), nullable=True),
    sa.Column('resolution', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['activity_uuid'], ['activity.uuid'], name=op.f('fk_activity_conflict_activity_uuid_activity')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_conflict'))
    )
    with op.batch_alter_table('activity_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_conflict_activity_uuid'), ['activity_uuid'], unique=False)


def downgrade() -> None:
    op.drop_table('activity_conflict')
    op.drop_table('activity_change')
    with op.batch_alter_table('activity_item_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_item_link_item_code'))
    op.drop_table('activity_item_link')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_owner_office_uuid'))
    op.drop_table('activity')
    op.drop_table('office')
