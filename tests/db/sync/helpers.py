"""Several installations (offices and headquarters) in one test, exchanging packages."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.serialization import load_pem_private_key
from sqlalchemy import text

from db.installation.office import setup_office
from db.installation.signing import KEY_FILE_NAME, own_fingerprint
from db.storage.database import Database, open_database
from db.sync.exporting import export_hq_package, export_office_package
from db.sync.importing import apply_import, read_packages
from exporters.activity import ActivityContent
from exporters.reader import read_package
from exporters.signature import fingerprint, public_key_text
from tests.database_templates import DatabaseTemplate


def sample(**changes) -> ActivityContent:
    values = dict(title="National asylum law review", item_codes=("DES-SR-III-01",),
                  lead_organisation="Refugee Affairs Secretariat", status="ongoing",
                  start_date=date(2026, 2, 1))
    values.update(changes)
    return ActivityContent(**values)


FINGERPRINT_FILE = "fingerprint.txt"


class Site:
    """One installation: its database file, its identity, and a folder for its packages."""

    def __init__(self, template: DatabaseTemplate | Path, folder: Path, name: str,
                 country: str | None, hq: bool = False) -> None:
        """template: a DatabaseTemplate (the db/ tests, either backend) or a SQLite file."""
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        if isinstance(template, DatabaseTemplate):
            self.database: Database = template.open_copy(folder)
        else:
            path = folder / "tenpoint.sqlite"
            shutil.copy(template, path)
            self.database = open_database(path)
        self.identity = setup_office(self.database, name, country, is_headquarters=hq)
        # On a server the key is in the database, not a file: the others read this instead.
        (folder / FINGERPRINT_FILE).write_text(own_fingerprint(self.database))
        self.uuid = self.identity.uuid
        self.sent = 0

    def export(self, **scope) -> Path:
        self.sent += 1
        path = self.folder / f"package-{self.sent}.xlsx"
        if self.identity.is_headquarters:
            export_hq_package(self.database, path, **scope)
        else:
            export_office_package(self.database, path, **scope)
        return path

    @property
    def fingerprint(self) -> str:
        return own_fingerprint(self.database)

    def peer_fingerprints(self) -> list[str]:
        """Every installation of this test (sibling folders): as if each had checked the
        others' fingerprints with them. Tests of refusals pass trusted_fingerprints=()."""
        files = [fingerprint(public_key_text(load_pem_private_key(key.read_bytes(), None)))
                 for key in sorted(self.folder.parent.glob(f"*/{KEY_FILE_NAME}"))]
        return files + [path.read_text() for path in
                        sorted(self.folder.parent.glob(f"*/{FINGERPRINT_FILE}"))]

    def receive(self, *paths: Path, reader=read_packages, **options):
        """Import the packages; reader=read_in_process skips the child process, for tests of
        merge semantics that import hundreds of packages the test itself wrote."""
        options.setdefault("trusted_fingerprints", self.peer_fingerprints())
        return apply_import(self.database, reader(paths), "tester", **options)

    def close(self) -> None:
        self.database.close()


def read_in_process(paths) -> tuple:
    """The packages read in this process: only for files the test itself wrote."""
    return tuple(read_package(path) for path in paths)


def table_dump(database: Database, sql: str, params: dict | None = None) -> list[tuple]:
    with database.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text(sql), params or {})]


def on_server(database: Database) -> bool:
    return database.engine.dialect.name == "postgresql"


def stored_state(database: Database) -> str:
    """A digest of everything the database holds: the SQLite file byte for byte, once the
    write-ahead log is folded into it; on a server, every row of every table (the one thing
    a rolled-back transaction leaves behind there, a sequence moved on, is no data)."""
    digest = hashlib.sha256()
    with database.engine.connect() as connection:
        if not on_server(database):
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            path = connection.exec_driver_sql("PRAGMA database_list").fetchone()[2]
            return hashlib.sha256(Path(path).read_bytes()).hexdigest()
        tables = connection.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "ORDER BY tablename").scalars().all()
        for table in tables:
            rows = sorted(repr(tuple(row)) for row in
                          connection.exec_driver_sql(f'SELECT * FROM "{table}"'))
            digest.update(repr((table, rows)).encode())
    return digest.hexdigest()


def joined_codes(database: Database, activity: str, separator: str) -> str:
    """SQL for the item codes of activity (an SQL expression) joined in code order, as the
    list index joins them (revision 0003)."""
    if on_server(database):
        return (f"(SELECT string_agg(item_code, '{separator}' ORDER BY item_code COLLATE \"C\")"
                f" FROM activity_item_link WHERE activity_uuid = {activity})")
    return (f"(SELECT group_concat(item_code, '{separator}') FROM (SELECT item_code FROM "
            f"activity_item_link WHERE activity_uuid = {activity} ORDER BY item_code))")


def trigger_definitions(database: Database) -> list[tuple[str, str]]:
    """Every trigger of the schema as (name, definition), by name."""
    if on_server(database):
        return table_dump(database, "SELECT t.tgname, pg_get_triggerdef(t.oid) "
                          "FROM pg_trigger AS t WHERE NOT t.tgisinternal ORDER BY t.tgname")
    return table_dump(database, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                      "ORDER BY name")


def full_text_hits(database: Database, word: str) -> list[tuple]:
    """The activities (uuid) whose text holds word, read from the full-text index itself."""
    if on_server(database):
        return table_dump(database, "SELECT i.uuid FROM activity_fts AS f JOIN "
                          "activity_list_index AS i ON i.id = f.id WHERE f.document @@ "
                          "to_tsquery('simple', :word) ORDER BY i.uuid", {"word": word})
    return table_dump(database, "SELECT i.uuid FROM activity_fts AS f JOIN activity_list_index "
                      "AS i ON i.id = f.rowid WHERE activity_fts MATCH :word ORDER BY i.uuid",
                      {"word": word})


def activity_state(database: Database) -> list[tuple]:
    """Every activity's content, version and deletion, with its links: the merged state."""
    return table_dump(database, f"""
        select a.uuid, a.owner_office_uuid, a.title, a.description, a.status, a.kind,
               a.start_date, a.end_date, a.people_reached, a.version_vector,
               a.deleted_at is not null, {joined_codes(database, 'a.uuid', ',')}
        from activity a where a.read_only = FALSE order by a.uuid""")


def held_versions(database: Database) -> dict[str, set]:
    """Per activity, the versions held: the row's and the open conflicts' (vector, content)."""
    import json

    from db.sync.conflicts import open_conflicts
    from db.sync.held import held_activities

    uuids = [row[0] for row in activity_state(database)]
    with database.session() as session:
        held = held_activities(session, uuids)
    result = {}
    for uuid, activity in held.items():
        versions = {(json.dumps(activity.row.vector, sort_keys=True),
                     repr(activity.row.content_key()))}
        result[uuid] = versions
    for conflict in open_conflicts(database):
        result[conflict.activity_uuid].add((json.dumps(conflict.incoming.vector,
                                                       sort_keys=True),
                                            repr(conflict.incoming.content_key())))
    return result
