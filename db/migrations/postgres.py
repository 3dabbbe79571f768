"""What the migrations build on PostgreSQL where SQLite's own features do the job there: the
full-text search (FTS5 there, tsvector + GIN here), and the trigger-kept tables and
append-only rules (PL/pgSQL trigger functions here). Every migration branches on the dialect
of its connection; this module holds the PostgreSQL half they share.
"""

from __future__ import annotations

from alembic import op

from db.storage.server import SHARED_SIGNING_KEY
from db.storage.sql_dialect import SEARCH_TEXT_FUNCTION, plain_vector

__all__ = ["SEARCH_TEXT_FUNCTION", "SHARED_SIGNING_KEY", "plain_vector"]


def on_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


# Every ASCII punctuation character, as a regular expression (quoted twice: it sits in a
# function body that sits in a string). Letters and digits of every script stay.
PUNCTUATION = "''[!-/:-@\\[-`{-~]+''"


def create_search_text_function() -> None:
    """tenpoint_search_text(text): the text folded for searching, IMMUTABLE so that indexes
    and triggers may use it; unaccent when the server offers it, plain text otherwise.

    ASCII punctuation becomes a space, so the words are FTS5's (unicode61 splits at every
    character that is not a letter or digit): PostgreSQL's parser would otherwise keep
    "example.org", "a@b.org" or "3.5" as one token, and a search for "org" would miss them.
    """
    op.execute(f"""
        DO $$
        BEGIN
            BEGIN
                CREATE EXTENSION IF NOT EXISTS unaccent;
            EXCEPTION WHEN OTHERS THEN
                RAISE NOTICE 'unaccent unavailable: searches will match accents exactly';
            END;
            IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
                EXECUTE $f$CREATE FUNCTION tenpoint_search_text(value text) RETURNS text
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE
                    AS 'SELECT regexp_replace(unaccent(''unaccent''::regdictionary,
                        coalesce(value, '''')), {PUNCTUATION}, '' '', ''g'')'$f$;
            ELSE
                EXECUTE $f$CREATE FUNCTION tenpoint_search_text(value text) RETURNS text
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE
                    AS 'SELECT regexp_replace(coalesce(value, ''''), {PUNCTUATION},
                        '' '', ''g'')'$f$;
            END IF;
        END $$""")


def create_trigger(name: str, timing: str, body: str, when: str = "") -> None:
    """A row trigger `timing` (e.g. "AFTER INSERT ON activity") running body (PL/pgSQL
    statements, NEW and OLD as in SQLite's triggers) in a function of the same name."""
    op.execute(f"""
        CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            {body}
            RETURN NULL;
        END $body$""")
    op.execute(f"CREATE TRIGGER {name} {timing} FOR EACH ROW {when} EXECUTE FUNCTION {name}()")


def drop_trigger(name: str, table: str) -> None:
    op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    op.execute(f"DROP FUNCTION IF EXISTS {name}()")


def create_append_only(table: str, message: str) -> None:
    """Refuse every UPDATE and DELETE on table, as the SQLite triggers RAISE(ABORT)."""
    op.execute(f"""
        CREATE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            RAISE EXCEPTION '{message}' USING ERRCODE = 'restrict_violation';
        END $body$""")
    op.execute(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
               f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()")
    op.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
               f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()")


def drop_append_only(table: str) -> None:
    op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update ON {table}")
    op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete ON {table}")
    op.execute(f"DROP FUNCTION IF EXISTS {table}_append_only()")


def create_shared_signing_key() -> None:
    """Headquarters' one signing key, on a server that several officers share: each officer's
    own key file would sign packages with a different key, which the offices would refuse
    (db/installation/signing.py). One row; not in the SQLModel metadata (env_filters.py)."""
    op.execute(f"""
        CREATE TABLE {SHARED_SIGNING_KEY} (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            pem TEXT NOT NULL,
            created_at TIMESTAMP NOT NULL
        )""")


def make_foreign_keys_deferrable(connection) -> None:
    """Every foreign key DEFERRABLE INITIALLY IMMEDIATE: checked per statement as before, but
    a transaction that writes parents and children in one batch (a catalog load, a merge)
    may defer them to its commit with SET CONSTRAINTS ALL DEFERRED, as SQLite's
    defer_foreign_keys does. Run after every migration, so later tables get it too."""
    rows = connection.exec_driver_sql("""
        SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c
        JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE c.contype = 'f' AND NOT c.condeferrable AND n.nspname = current_schema()
    """).all()
    for table, name in rows:
        connection.exec_driver_sql(
            f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY IMMEDIATE')
