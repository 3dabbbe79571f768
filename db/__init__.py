"""Tenpoint's storage: tables, migrations, catalog loading and the services the GUI calls."""
