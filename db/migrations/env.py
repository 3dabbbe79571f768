"""Alembic environment: runs on the connection open_database hands over; batch mode for SQLite."""

from alembic import context

from db.migrations.env_filters import include_object
from db.models import SQLModel

config = context.config
target_metadata = SQLModel.metadata


def run_migrations() -> None:
    """Migrate on the caller's connection; SQLite needs batch mode to alter tables."""
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
