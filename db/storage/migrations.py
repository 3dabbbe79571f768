"""alembic, which runs the migration scripts: the head, every known revision, the revision a
database holds, and the upgrade. The one module of db/ that uses alembic; it imports it in
each function, because a database already at the head opens without it (its import costs
0.2 to 0.5 s, db/storage/schema_files.py answers that case).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.storage.schema_files import MIGRATIONS_DIR

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(connection) -> Config:
    """alembic's configuration for Tenpoint's scripts, on connection (None: scripts only)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def schema_head() -> str:
    """The newest schema revision this build knows."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(None)).get_current_head()


def known_revisions() -> set[str]:
    """Every schema revision this build can open or migrate from."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(None))
    return {rev.revision for rev in script.walk_revisions()}


def stored_revision(connection) -> str | None:
    """The revision alembic finds in the database on connection (None: an empty one)."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection, revision: str) -> None:
    """Run the migration scripts on connection up to revision."""
    from alembic import command

    command.upgrade(alembic_config(connection), revision)
