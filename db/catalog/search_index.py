"""The catalog's full-text index, rebuilt after the catalog's texts change (a load, a
headquarters change, an update package): FTS5's external-content rebuild on SQLite, one
weighted tsvector per item on PostgreSQL (db/migrations/versions/0001_catalog.py)."""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlmodel import Session

from db.storage.sql_dialect import POSTGRESQL, dialect_of, weighted_vector

# Weighted as SQLite's bm25 weights rank them (db/catalog/search.py): a hit in a code, then
# in the way other documents cite an item, then a subheading, says more than a word of text.
WEIGHTED_COLUMNS = ("code", "cited_as", "subheading", "label", "text")


def rebuild_catalog_search(bind: Session | Connection) -> None:
    """Rebuild the index from catalog_item, in the caller's transaction."""
    run = bind.exec if isinstance(bind, Session) else bind.execute
    if dialect_of(bind) == POSTGRESQL:
        run(text("DELETE FROM catalog_item_fts"))
        run(text(f"INSERT INTO catalog_item_fts (code, document) SELECT code, "
                 f"{weighted_vector(*WEIGHTED_COLUMNS)} FROM catalog_item"))
    else:
        run(text("INSERT INTO catalog_item_fts(catalog_item_fts) VALUES('rebuild')"))
