"""Signed packages: who may send what, and what happens to unsigned or tampered files."""

from __future__ import annotations

import os
import stat
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from db.activities.service import activity_history, create_activity
from db.errors import SigningKeyError
from db.installation.signing import (
    KEY_FILE_NAME,
    export_key_file,
    own_public_key,
    register_key_file,
    remove_trusted_key,
    trusted_keys,
)
from db.sync.exporting import export_template
from db.sync.importing import read_packages
from db.sync.signatures import check_signature
from db.sync.status import package_history
from tests.conftest import FIXTURES
from tests.db.sync.helpers import Site, sample, stored_state
from tests.workbook_cells import fill_row

PACKAGES = FIXTURES / "packages"


@pytest.fixture
def sites(catalog_template, tmp_path):
    hq = Site(catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True)
    nairobi = Site(catalog_template, tmp_path / "nairobi", "Nairobi", "KE")
    yield hq, nairobi
    for site in (hq, nairobi):
        site.close()


def state(site: Site) -> str:
    """The database, byte for byte (on a server, row for row)."""
    return stored_state(site.database)


def only(report):
    [outcome] = report.packages
    return outcome


def file_codes(outcome) -> list[str]:
    return [p.code for p in outcome.problems if p.rejects_file]


def manifest_cell(path, key: str, value) -> None:
    book = load_workbook(path)
    for name, cell in book["Manifest"].iter_rows(min_row=2, max_col=2):
        if name.value == key:
            cell.value = value
    book.save(path)


# A field office's key file (on a server the key is in the database: test_shared_key.py).
@pytest.mark.sqlite_only
def test_the_key_is_made_at_setup_readable_by_its_owner_only(sites):
    _, nairobi = sites
    path = nairobi.folder / KEY_FILE_NAME
    assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_first_package_waits_for_the_fingerprint_then_its_key_is_trusted(sites):
    hq, nairobi = sites
    create_activity(nairobi.database, sample(), "amina")
    package = nairobi.export()
    before = state(hq)
    refused = only(hq.receive(package, trusted_fingerprints=()))
    assert (refused.status, refused.signature, refused.new) == ("rejected", "new_key", 1)
    assert file_codes(refused) == ["untrusted_key"]
    assert refused.problems[0].value == refused.signature_fingerprint == nairobi.fingerprint
    assert state(hq) == before
    confirmed = only(hq.receive(package, trusted_fingerprints=[
        nairobi.fingerprint.lower().replace("-", " ")]))  # as typed from a phone call
    assert (confirmed.status, confirmed.new) == ("accepted", 1)
    [key] = trusted_keys(hq.database)
    assert (key.office_id, key.fingerprint, key.registered_by, key.source) == (
        nairobi.uuid, nairobi.fingerprint, "tester", "confirmed")
    create_activity(nairobi.database, sample(title="Second"), "amina")
    later = only(hq.receive(nairobi.export(), trusted_fingerprints=()))
    assert (later.status, later.signature, later.new) == ("accepted", "verified", 1)


def test_a_key_registered_from_a_file_verifies_the_first_package(sites):
    hq, nairobi = sites
    key_file = export_key_file(nairobi.database, nairobi.folder / "nairobi-key.txt")
    info = register_key_file(hq.database, key_file, "it")
    assert (info.office_name, info.fingerprint, info.source) == (
        "Nairobi", nairobi.fingerprint, "file")
    create_activity(nairobi.database, sample(), "amina")
    outcome = only(hq.receive(nairobi.export(), trusted_fingerprints=()))
    assert (outcome.status, outcome.signature) == ("accepted", "verified")
    assert package_history(hq.database)[0].summary["signature"] == "verified"


# A field office's key file (on a server the key is in the database: test_shared_key.py).
@pytest.mark.sqlite_only
def test_key_files_that_cannot_be_trusted_are_refused(sites, tmp_path):
    hq, nairobi = sites
    key_file = export_key_file(nairobi.database, tmp_path / "key.txt")
    with pytest.raises(SigningKeyError) as own:
        register_key_file(nairobi.database, key_file, "it")
    assert own.value.code == "own_office"
    forged = tmp_path / "forged.txt"
    forged.write_text(key_file.read_text().replace("fingerprint = ", "fingerprint = 0"))
    with pytest.raises(SigningKeyError) as invalid:
        register_key_file(hq.database, forged, "it")
    assert invalid.value.code == "key_file_invalid"
    register_key_file(hq.database, key_file, "it")
    (nairobi.folder / KEY_FILE_NAME).unlink()  # reinstalled: a new key
    with pytest.raises(SigningKeyError) as exists:
        register_key_file(hq.database, export_key_file(nairobi.database, tmp_path / "new.txt"),
                          "it")
    assert exists.value.code == "key_exists"


# A field office's key file (on a server the key is in the database: test_shared_key.py).
@pytest.mark.sqlite_only
def test_a_package_signed_by_another_key_than_the_registered_one_is_refused(sites):
    hq, nairobi = sites
    create_activity(nairobi.database, sample(), "amina")
    hq.receive(nairobi.export())  # trusted the first time
    old = nairobi.fingerprint
    (nairobi.folder / KEY_FILE_NAME).unlink()  # the office reinstalled, or an impostor
    create_activity(nairobi.database, sample(title="Second"), "amina")
    package = nairobi.export()  # a new key is made for it
    before = state(hq)
    refused = only(hq.receive(package, accept_unsigned=True,
                              trusted_fingerprints=[nairobi.fingerprint]))
    assert (refused.status, refused.signature) == ("rejected", "key_mismatch")
    assert (refused.signature_fingerprint, refused.registered_fingerprint) == (
        nairobi.fingerprint, old)
    assert file_codes(refused) == ["key_mismatch"]
    assert state(hq) == before
    remove_trusted_key(hq.database, "Nairobi")  # after checking with the office
    accepted = only(hq.receive(package, trusted_fingerprints=[nairobi.fingerprint]))
    assert (accepted.status, accepted.new) == ("accepted", 1)


@pytest.mark.parametrize("tamper", ["cell", "manifest", "signature"])
def test_a_package_changed_after_signing_needs_accept_unsigned_and_history_says_so(
        sites, tamper):
    hq, nairobi = sites
    record = create_activity(nairobi.database, sample(), "amina")
    package = nairobi.export()
    if tamper == "cell":
        book = load_workbook(package)
        book["Activities"]["B2"] = "Retitled by hand"
        book.save(package)
    elif tamper == "manifest":
        manifest_cell(package, "office_name", "Nairobi Sub-Office")
    else:
        signature = read_packages([package])[0].content.manifest.signature
        flipped = ("B" if signature[5] == "A" else "A").join((signature[:5], signature[6:]))
        manifest_cell(package, "signature", flipped)
    before = state(hq)
    refused = only(hq.receive(package))
    assert (refused.status, refused.signature) == ("rejected", "bad_signature")
    assert file_codes(refused) == ["signature_invalid"]
    assert state(hq) == before
    accepted = only(hq.receive(package, accept_unsigned=True))
    assert (accepted.status, accepted.signature, accepted.new) == ("accepted",
                                                                  "bad_signature", 1)
    assert accepted.imported_unsigned
    [imported] = [c for c in activity_history(hq.database, record.uuid)
                  if c.action == "imported"]  # the entries made here, not those travelled
    assert imported.note.startswith("unsigned package ")
    assert trusted_keys(hq.database) == []  # an unverified key is never registered


def test_a_filled_template_is_imported_only_as_unsigned_data(sites, tmp_path):
    hq, _ = sites
    path = tmp_path / "garissa.xlsx"
    export_template(hq.database, path, office_name="Garissa", country="KE", rows=3)
    book = load_workbook(path)
    fill_row(book["Activities"], 2, {"Title": "Radio spots", "Item codes": "DES-SR-III-01"})
    book.save(path)
    before = state(hq)
    refused = only(hq.receive(path))
    assert (refused.status, refused.signature, file_codes(refused)) == (
        "rejected", "unsigned", ["unsigned"])
    assert state(hq) == before
    accepted = only(hq.receive(path, accept_unsigned=True))
    assert (accepted.status, accepted.new) == ("accepted", 1)
    uuid = read_packages([path])[0].content.activities[0].activity_id
    assert [(c.action, c.note.split()[0]) for c in activity_history(hq.database, uuid)] == [
        ("imported", "unsigned")]


def test_a_signed_package_from_this_installation_verifies_with_its_own_key(sites):
    hq, nairobi = sites
    create_activity(nairobi.database, sample(), "amina")
    [read] = read_packages([nairobi.export()])
    with nairobi.database.session() as session:
        mine = check_signature(session, read, own_public_key(nairobi.database), nairobi.uuid)
        elsewhere = check_signature(session, read)
    assert (mine.status, elsewhere.status) == ("verified", "new_key")


def test_the_checksum_the_reader_compared_is_trusted_and_only_that_one(sites, monkeypatch):
    """A read whose checksum the reader found equal to its content's is verified without
    computing it again (0.25 s for 20,000 activities); a read the reader did not compare
    is checked against its content, so a changed row breaks the signature."""
    _, nairobi = sites
    create_activity(nairobi.database, sample(), "amina")
    [read] = read_packages([nairobi.export()])
    assert read.checksum_matches is True
    first = read.content.activities[0]
    uncompared = replace(read, checksum_matches=None, content=replace(
        read.content, activities=(replace(first, title="Changed"),)))
    with nairobi.database.session() as session:
        with monkeypatch.context() as patched:
            patched.setattr("exporters.signature.content_checksum", None)  # not called
            compared = check_signature(session, read)
        changed = check_signature(session, uncompared)
    assert (compared.status, changed.status) == ("new_key", "bad_signature")


# A field office's key file (on a server the key is in the database: test_shared_key.py).
@pytest.mark.sqlite_only
def test_a_database_set_up_before_signing_gets_its_key_at_the_first_export(sites):
    _, nairobi = sites
    (nairobi.folder / KEY_FILE_NAME).unlink()
    assert own_public_key(nairobi.database) is None
    [read] = read_packages([nairobi.export()])
    assert read.content.manifest.signing_key == own_public_key(nairobi.database)


def test_a_signed_package_re_saved_by_libreoffice_still_verifies(sites):
    """The committed fixture: exported signed, opened and saved in LibreOffice Calc."""
    hq, _ = sites
    register_key_file(hq.database, PACKAGES / "nairobi-signed-key.txt", "it")
    outcome = only(hq.receive(PACKAGES / "nairobi-signed-libreoffice.xlsx",
                              trusted_fingerprints=()))
    assert (outcome.status, outcome.signature, outcome.new) == ("accepted", "verified", 4)
