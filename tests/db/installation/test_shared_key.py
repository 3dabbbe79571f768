"""A headquarters on a shared server signs with one key, whichever officer exports: the
offices trust one key per sender."""

from __future__ import annotations

import pytest

from db.installation.office import setup_office
from db.installation.signing import KEY_FILE_NAME, installation_key, own_fingerprint
from db.storage.database import open_database
from exporters.signature import fingerprint, public_key_text

pytestmark = pytest.mark.postgresql_only


def test_every_officer_signs_with_the_one_key_the_server_keeps(database, tmp_path):
    setup_office(database, "UNHCR HQ", None, is_headquarters=True)
    second = open_database(database.url, folder=tmp_path / "second-officer")
    try:
        assert own_fingerprint(second) == own_fingerprint(database)
    finally:
        second.close()
    assert not (tmp_path / "second-officer" / KEY_FILE_NAME).exists()
    assert not (database.folder / KEY_FILE_NAME).exists()


def test_the_key_an_officer_brings_becomes_the_shared_one(database, tmp_path):
    """A headquarters moved from its SQLite file keeps the key the offices already trust."""
    sqlite_hq = open_database(tmp_path / "laptop" / "tenpoint.sqlite")
    laptop_key = public_key_text(installation_key(sqlite_hq))
    sqlite_hq.close()
    on_server = open_database(database.url, folder=tmp_path / "laptop")
    try:
        assert own_fingerprint(on_server) == fingerprint(laptop_key)
        assert own_fingerprint(database) == fingerprint(laptop_key)
    finally:
        on_server.close()
