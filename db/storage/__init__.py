"""The database file: opening and migrating it, backups, the disk check, plain SQL reads."""
