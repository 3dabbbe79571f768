"""INSERT ... ON CONFLICT on the database in use: SQLAlchemy spells it per dialect
(sqlalchemy.dialects.sqlite.insert, sqlalchemy.dialects.postgresql.insert), both with the
same on_conflict_do_nothing and on_conflict_do_update."""

from __future__ import annotations

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from db.storage.sql_dialect import POSTGRESQL, dialect_of


def insert_on(bind: Session | Connection, table: Table):
    """An INSERT into table that may say what to do on a conflict, for bind's database."""
    module = postgresql if dialect_of(bind) == POSTGRESQL else sqlite
    return module.insert(table)
