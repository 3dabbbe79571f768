"""The few SQL spellings that differ between SQLite and PostgreSQL, each declared once.

The services write plain SQL both databases read alike (||, coalesce, substr, CASE, ...);
where they cannot, they ask this module for the spelling of the database they are on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not at run time: the first screen's reads use this without SQLAlchemy
    from sqlalchemy import Connection, Engine
    from sqlmodel import Session

SQLITE, POSTGRESQL = "sqlite", "postgresql"


def dialect_of(bind: Session | Connection | Engine) -> str:
    """"sqlite" or "postgresql" for a session, connection or engine."""
    if hasattr(bind, "get_bind"):  # a session
        bind = bind.get_bind()
    return bind.dialect.name


def defer_foreign_keys(session: Session) -> None:
    """Check foreign keys at commit rather than per statement, for this transaction only:
    parents and children written in one batch (db/migrations/postgres.py makes PostgreSQL's
    keys deferrable for this)."""
    statement = ("SET CONSTRAINTS ALL DEFERRED" if dialect_of(session) == POSTGRESQL
                 else "PRAGMA defer_foreign_keys=ON")
    session.connection().exec_driver_sql(statement)


def json_value(dialect: str, expression: str, key: str | int) -> str:
    """The text of one member (a key, or an array index) of the JSON text in expression."""
    if dialect == POSTGRESQL:
        member = f"'{key}'" if isinstance(key, str) else str(int(key))
        return f"(({expression})::json ->> {member})"
    path = f"$.{key}" if isinstance(key, str) else f"$[{int(key)}]"
    return f"json_extract({expression}, '{path}')"


def string_list(dialect: str, expression: str, separator: str) -> str:
    """An aggregate joining expression's values with separator (in the rows' order)."""
    if dialect == POSTGRESQL:
        return f"string_agg({expression}, '{separator}')"
    return f"group_concat({expression}, '{separator}')"


def position_of(dialect: str, needle: str, haystack: str) -> str:
    """Where needle starts in haystack, 1-based, 0 when absent."""
    if dialect == POSTGRESQL:
        return f"strpos({haystack}, {needle})"
    return f"instr({haystack}, {needle})"


# --- the per-row index triggers, paused for one transaction (db/sync/bulk_index.py) -------
# On PostgreSQL the insert triggers of the list index, full text and progress rows fire only
# while this setting is not 'on' (revision 0009); an import sets it for its own transaction
# with set_config(..., true), so every other officer's writes still fire them.
BULK_INDEX_SETTING = "tenpoint.bulk_index"
TRIGGERS_RUN = f"current_setting('{BULK_INDEX_SETTING}', true) IS DISTINCT FROM 'on'"


# --- full-text search on PostgreSQL (SQLite's is FTS5) ------------------------------------
# Text as both databases search it: FTS5's unicode61 tokenizer with remove_diacritics 2
# lowercases and drops accents; PostgreSQL's 'simple' configuration lowercases, and this
# function (db/migrations/postgres.py) drops accents with unaccent when the server has it.
SEARCH_TEXT_FUNCTION = "tenpoint_search_text"
SEARCH_CONFIGURATION = "simple"


def weighted_vector(*columns: str) -> str:
    """A tsvector of the columns, weighted A, B, C, D in the order given (the rest D)."""
    return " || ".join(
        f"setweight(to_tsvector('{SEARCH_CONFIGURATION}', {SEARCH_TEXT_FUNCTION}({column})), "
        f"'{'ABCD'[min(index, 3)]}')" for index, column in enumerate(columns))


def plain_vector(*columns: str) -> str:
    """A tsvector of the columns' words, unweighted (every column counts alike)."""
    joined = ", ".join(columns)
    return (f"to_tsvector('{SEARCH_CONFIGURATION}', "
            f"{SEARCH_TEXT_FUNCTION}(concat_ws(' ', {joined})))")

