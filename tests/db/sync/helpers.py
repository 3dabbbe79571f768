"""Several installations (offices and headquarters) in one test, exchanging packages."""

from __future__ import annotations

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


def sample(**changes) -> ActivityContent:
    values = dict(title="National asylum law review", item_codes=("DES-SR-III-01",),
                  lead_organisation="Refugee Affairs Secretariat", status="ongoing",
                  start_date=date(2026, 2, 1))
    values.update(changes)
    return ActivityContent(**values)


class Site:
    """One installation: its database file, its identity, and a folder for its packages."""

    def __init__(self, template: Path, folder: Path, name: str, country: str | None,
                 hq: bool = False) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        path = folder / "tenpoint.sqlite"
        shutil.copy(template, path)
        self.database: Database = open_database(path)
        self.identity = setup_office(self.database, name, country, is_headquarters=hq)
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
        return [fingerprint(public_key_text(load_pem_private_key(key.read_bytes(), None)))
                for key in sorted(self.folder.parent.glob(f"*/{KEY_FILE_NAME}"))]

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


def table_dump(database: Database, sql: str) -> list[tuple]:
    with database.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text(sql))]


def activity_state(database: Database) -> list[tuple]:
    """Every activity's content, version and deletion, with its links: the merged state."""
    return table_dump(database, """
        select a.uuid, a.owner_office_uuid, a.title, a.description, a.status, a.kind,
               a.start_date, a.end_date, a.people_reached, a.version_vector,
               a.deleted_at is not null,
               (select group_concat(item_code, ',') from (select item_code from
                 activity_item_link l where l.activity_uuid = a.uuid order by item_code))
        from activity a where a.read_only = 0 order by a.uuid""")


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
