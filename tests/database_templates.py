"""Databases for the db/ tests on either backend: a template with the catalog loaded, copied
for each test (a file copy on SQLite, CREATE DATABASE ... TEMPLATE on PostgreSQL)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from db.storage.database import Database, open_database
from tests.pg_cluster import Cluster

SQLITE, POSTGRESQL = "sqlite", "postgresql"
DATABASE_FILE = "tenpoint.sqlite"


@dataclass
class DatabaseTemplate:
    """A catalog-loaded database to copy: the SQLite file at path, or the PostgreSQL
    database named template on cluster."""

    backend: str
    path: Path | None = None
    cluster: Cluster | None = None
    template: str | None = None
    made: list[str] = field(default_factory=list)

    def new_copy(self, folder: Path) -> Path | str:
        """A fresh copy for one installation whose data folder is folder: a path or URL."""
        folder.mkdir(parents=True, exist_ok=True)
        if self.backend == SQLITE:
            target = folder / DATABASE_FILE
            shutil.copy(self.path, target)
            return target
        url = self.cluster.new_database(self.template)
        self.made.append(url)
        return url

    def new_empty(self, folder: Path) -> Path | str:
        """A target with no schema yet (open_database migrates it)."""
        folder.mkdir(parents=True, exist_ok=True)
        if self.backend == SQLITE:
            return folder / DATABASE_FILE
        url = self.cluster.new_database()
        self.made.append(url)
        return url

    def open_copy(self, folder: Path) -> Database:
        return open_database(self.new_copy(folder), folder=folder)

    def drop_made(self) -> None:
        """Remove the databases this test made (the server keeps them otherwise)."""
        while self.made:
            name = self.made.pop().rsplit("/", 1)[1]
            self.cluster.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
