"""The Backups dialog: take, list and restore backups of the database."""
