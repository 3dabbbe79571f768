"""Alembic environment: runs on the connection open_database hands over; batch mode for SQLite."""

from alembic import context

from db.migrations.env_filters import include_object
from db.migrations.postgres import make_foreign_keys_deferrable
from db.models import SQLModel

config = context.config
target_metadata = SQLModel.metadata


def run_migrations() -> None:
    """Migrate on the caller's connection; SQLite needs batch mode to alter tables (on
    PostgreSQL, batch mode alters in place)."""
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()
        if connection.dialect.name == "postgresql":
            make_foreign_keys_deferrable(connection)


run_migrations()
