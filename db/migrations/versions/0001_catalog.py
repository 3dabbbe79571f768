"""Catalog tables: regions, countries, events, documents, sections, items, links.

Revision ID: 0001
Revises: 
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.migrations import postgres

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('action_area',
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('chapter', sa.String(), nullable=True),
    sa.Column('variants', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('number', name=op.f('pk_action_area'))
    )
    op.create_table('catalog_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('source_sha256', sa.String(), nullable=False),
    sa.Column('loaded_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalog_state'))
    )
    op.create_table('country',
    sa.Column('iso2', sa.String(length=2), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('aliases', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('iso2', name=op.f('pk_country'))
    )
    op.create_table('region',
    sa.Column('code', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_region'))
    )
    op.create_table('event',
    sa.Column('code', sa.String(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('short_name', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('city', sa.String(), nullable=False),
    sa.Column('country_iso2', sa.String(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('region_code', sa.String(), nullable=False),
    sa.Column('organizers', sa.String(), nullable=False),
    sa.Column('url', sa.String(), nullable=False),
    sa.Column('first_line', sa.Integer(), nullable=False),
    sa.Column('last_line', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['country_iso2'], ['country.iso2'], name=op.f('fk_event_country_iso2_country')),
    sa.ForeignKeyConstraint(['region_code'], ['region.code'], name=op.f('fk_event_region_code_region')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_event'))
    )
    op.create_table('place',
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('country_iso2', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['country_iso2'], ['country.iso2'], name=op.f('fk_place_country_iso2_country')),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_place'))
    )
    op.create_table('document',
    sa.Column('code', sa.String(), nullable=False),
    sa.Column('event_code', sa.String(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('first_line', sa.Integer(), nullable=False),
    sa.Column('last_line', sa.Integer(), nullable=False),
    sa.Column('annexes', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['event_code'], ['event.code'], name=op.f('fk_document_event_code_event')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_document'))
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_event_code'), ['event_code'], unique=False)
    op.create_table('participation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_code', sa.String(), nullable=False),
    sa.Column('country_iso2', sa.String(), nullable=False),
    sa.Column('place', sa.String(), nullable=True),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('regional', sa.Boolean(), nullable=False),
    sa.Column('source_lines', sa.String(), nullable=False),
    sa.Column('evidence', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['country_iso2'], ['country.iso2'], name=op.f('fk_participation_country_iso2_country')),
    sa.ForeignKeyConstraint(['event_code'], ['event.code'], name=op.f('fk_participation_event_code_event')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participation')),
    sa.UniqueConstraint('event_code', 'country_iso2', 'place', 'role', name=op.f('uq_participation_event_code'))
    )
    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participation_country_iso2'), ['country_iso2'], unique=False)
        batch_op.create_index(batch_op.f('ix_participation_event_code'), ['event_code'], unique=False)
    op.create_table('section',
    sa.Column('code', sa.String(), nullable=False),
    sa.Column('document_code', sa.String(), nullable=False),
    sa.Column('parent_code', sa.String(), nullable=True),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('label', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('line', sa.Integer(), nullable=False),
    sa.Column('extra', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['document_code'], ['document.code'], name=op.f('fk_section_document_code_document')),
    sa.ForeignKeyConstraint(['parent_code'], ['section.code'], name=op.f('fk_section_parent_code_section')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_section'))
    )
    with op.batch_alter_table('section', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_section_document_code'), ['document_code'], unique=False)
    op.create_table('catalog_item',
    sa.Column('code', sa.String(), nullable=False),
    sa.Column('document_code', sa.String(), nullable=False),
    sa.Column('section_code', sa.String(), nullable=False),
    sa.Column('parent_code', sa.String(), nullable=True),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(), nullable=False),
    sa.Column('cited_as', sa.String(), nullable=True),
    sa.Column('subheading', sa.String(), nullable=True),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('source_lines', sa.String(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('extra', sa.String(), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['document_code'], ['document.code'], name=op.f('fk_catalog_item_document_code_document')),
    sa.ForeignKeyConstraint(['parent_code'], ['catalog_item.code'], name=op.f('fk_catalog_item_parent_code_catalog_item')),
    sa.ForeignKeyConstraint(['section_code'], ['section.code'], name=op.f('fk_catalog_item_section_code_section')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_catalog_item'))
    )
    with op.batch_alter_table('catalog_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalog_item_document_code'), ['document_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalog_item_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_catalog_item_section_code'), ['section_code'], unique=False)
    op.create_table('action_plan_target',
    sa.Column('item_code', sa.String(), nullable=False),
    sa.Column('area_section_code', sa.String(), nullable=False),
    sa.Column('deadline_year', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['area_section_code'], ['section.code'], name=op.f('fk_action_plan_target_area_section_code_section')),
    sa.ForeignKeyConstraint(['item_code'], ['catalog_item.code'], name=op.f('fk_action_plan_target_item_code_catalog_item')),
    sa.PrimaryKeyConstraint('item_code', name=op.f('pk_action_plan_target'))
    )
    op.create_table('cross_reference',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_code', sa.String(), nullable=False),
    sa.Column('target_code', sa.String(), nullable=True),
    sa.Column('printed', sa.String(), nullable=False),
    sa.Column('suspect', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['source_code'], ['catalog_item.code'], name=op.f('fk_cross_reference_source_code_catalog_item')),
    sa.ForeignKeyConstraint(['target_code'], ['catalog_item.code'], name=op.f('fk_cross_reference_target_code_catalog_item')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cross_reference'))
    )
    with op.batch_alter_table('cross_reference', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cross_reference_source_code'), ['source_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_cross_reference_target_code'), ['target_code'], unique=False)
    op.create_table('item_action_area',
    sa.Column('item_code', sa.String(), nullable=False),
    sa.Column('area_number', sa.Integer(), nullable=False),
    sa.Column('basis', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['area_number'], ['action_area.number'], name=op.f('fk_item_action_area_area_number_action_area')),
    sa.ForeignKeyConstraint(['item_code'], ['catalog_item.code'], name=op.f('fk_item_action_area_item_code_catalog_item')),
    sa.PrimaryKeyConstraint('item_code', 'area_number', name=op.f('pk_item_action_area'))
    )

    # Full-text index over the catalog (external content: the text lives once, in
    # catalog_item); db.catalog_loader rebuilds it after every load.
    if postgres.on_postgresql():
        _catalog_search_postgresql()
        return
    op.execute(
        "CREATE VIRTUAL TABLE catalog_item_fts USING fts5("
        "code, label, cited_as, subheading, text, "
        "content='catalog_item', content_rowid='rowid', "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )


def _catalog_search_postgresql() -> None:
    """The same index on PostgreSQL: one weighted tsvector per item (code, label, cited_as,
    subheading, text), rebuilt like FTS5's by the loader (db/catalog/search.py)."""
    postgres.create_search_text_function()
    op.execute("""
        CREATE TABLE catalog_item_fts (
            code VARCHAR PRIMARY KEY,
            document tsvector NOT NULL
        )""")
    op.execute("CREATE INDEX ix_catalog_item_fts_document ON catalog_item_fts "
               "USING gin (document)")


def downgrade() -> None:
    op.execute("DROP TABLE catalog_item_fts")
    if postgres.on_postgresql():
        op.execute(f"DROP FUNCTION IF EXISTS {postgres.SEARCH_TEXT_FUNCTION}(text)")
    op.drop_table('item_action_area')
    with op.batch_alter_table('cross_reference', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cross_reference_target_code'))
        batch_op.drop_index(batch_op.f('ix_cross_reference_source_code'))
    op.drop_table('cross_reference')
    op.drop_table('action_plan_target')
    with op.batch_alter_table('catalog_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalog_item_section_code'))
        batch_op.drop_index(batch_op.f('ix_catalog_item_kind'))
        batch_op.drop_index(batch_op.f('ix_catalog_item_document_code'))
    op.drop_table('catalog_item')
    with op.batch_alter_table('section', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_section_document_code'))
    op.drop_table('section')
    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participation_event_code'))
        batch_op.drop_index(batch_op.f('ix_participation_country_iso2'))
    op.drop_table('participation')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_event_code'))
    op.drop_table('document')
    op.drop_table('place')
    op.drop_table('event')
    op.drop_table('region')
    op.drop_table('country')
    op.drop_table('catalog_state')
    op.drop_table('action_area')
