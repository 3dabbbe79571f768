"""Alembic migrations of the Tenpoint schema, run in-process by db.database.open_database."""
