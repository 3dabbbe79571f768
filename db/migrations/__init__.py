"""Alembic migrations of the Tenpoint schema, run in-process by open_database."""
