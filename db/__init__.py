"""Tenpoint's storage: tables, migrations, catalog loading and the services the GUI calls.

Cut by domain, each layer importing only those below it (import-linter keeps it so):
sync/ (packages, merge, conflicts), activities/ (the editor's service, the list, the rules),
installation/ (this office's identity, its keys, restoring a backup, the quick start),
catalog/ (the recommendations: loading, browsing, searching), storage/ (the database file,
its schema, backups, the disk check, plain SQL reads and the local office). errors.py,
models.py and resources.py serve them all.

One query style per purpose: ORM sessions for a person's edits (one object at a time, with
history), SQLAlchemy Core for the bulk writes of a sync, and plain SQL through a SqlReader
for the reads the first screen shares with the quick start (no SQLAlchemy needed). `select`
is always sqlmodel's, which serves the ORM and Core alike.
"""
