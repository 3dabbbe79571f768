"""Password-protected exports: the file under the target name is only ever the encrypted one."""

from __future__ import annotations

import tempfile

import pytest
from openpyxl import load_workbook
from sqlmodel import select

import db.sync.exporting
from db.activities.service import create_activity
from db.models import SyncPackage
from db.sync.errors import PackageFileError
from db.sync.exporting import export_hq_package, export_office_package, export_template
from db.sync.importing import apply_import, read_packages
from exporters.encryption import (
    PASSWORD_REQUIRED,
    WRONG_PASSWORD,
    decrypt_file,
    is_encrypted_workbook,
)
from tests.db.sync.helpers import Site, sample

PASSWORD = "Correct horse 7"


@pytest.fixture
def sites(catalog_template, tmp_path):
    hq = Site(catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True)
    nairobi = Site(catalog_template, tmp_path / "nairobi", "Nairobi", "KE")
    yield hq, nairobi
    hq.close()
    nairobi.close()


@pytest.fixture
def private_temp(tmp_path, monkeypatch):
    """The system temporary folder, redirected so a test sees what is left in it."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def sent_packages(site: Site) -> list[SyncPackage]:
    with site.database.session() as session:
        return list(session.exec(select(SyncPackage)))


def test_a_password_export_is_encrypted_and_imports_with_the_password(sites, tmp_path):
    hq, nairobi = sites
    record = create_activity(nairobi.database, sample(), "amina")
    path = tmp_path / "out" / "nairobi.xlsx"
    result = export_office_package(nairobi.database, path, password=PASSWORD)
    assert is_encrypted_workbook(path)
    assert result.manifest.activity_count == 1
    without, wrong, right = (read_packages([path], passwords=p) for p in
                             (None, {str(path): "guess"}, {str(path): PASSWORD}))
    assert [p.code for p in without[0].problems] == [PASSWORD_REQUIRED]
    assert [p.code for p in wrong[0].problems] == [WRONG_PASSWORD]
    assert not right[0].file_rejected
    assert [a.activity_id for a in right[0].content.activities] == [record.uuid]
    assert right[0].checksum_matches  # the checksum covers cells, not the file's bytes
    assert [p.file_name for p in sent_packages(nairobi)] == ["nairobi.xlsx"]
    report = apply_import(hq.database, right, "hq",
                          trusted_fingerprints=hq.peer_fingerprints())
    assert (report.packages[0].status, report.packages[0].new) == ("accepted", 1)


def test_a_headquarters_update_and_a_template_can_be_protected_too(sites, tmp_path):
    hq, nairobi = sites
    hq.receive(nairobi.export())
    update = export_hq_package(hq.database, tmp_path / "update.xlsx",
                               office_uuid=nairobi.uuid, password=PASSWORD)
    template = export_template(nairobi.database, tmp_path / "template.xlsx", rows=3,
                               password=PASSWORD)
    for result in (update, template):
        assert is_encrypted_workbook(result.path)
        plain = tmp_path / f"plain-{result.path.name}"
        decrypt_file(result.path, plain, PASSWORD)
        assert "Manifest" in load_workbook(plain, read_only=True).sheetnames


def test_without_a_password_the_export_stays_a_plain_workbook(sites, tmp_path):
    _, nairobi = sites
    path = tmp_path / "plain.xlsx"
    export_office_package(nairobi.database, path, password=None)
    assert not is_encrypted_workbook(path)
    assert load_workbook(path, read_only=True).sheetnames


def test_a_failing_encryption_leaves_no_file_no_temporary_and_no_record(
        sites, tmp_path, private_temp, monkeypatch):
    _, nairobi = sites
    create_activity(nairobi.database, sample(), "amina")
    target_folder = tmp_path / "usb"
    target_folder.mkdir()

    def broken(source, target, password):
        with open(target, "wb") as handle:
            handle.write(b"half")  # as if encrypting stopped midway
        raise RuntimeError("encryption failed")
    monkeypatch.setattr(db.sync.exporting, "encrypt_file", broken)
    with pytest.raises(RuntimeError):
        export_office_package(nairobi.database, target_folder / "p.xlsx", password=PASSWORD)
    assert list(target_folder.iterdir()) == []
    assert list(private_temp.iterdir()) == []
    assert sent_packages(nairobi) == []


def test_a_failing_encryption_keeps_an_earlier_file_under_the_target_name(
        sites, tmp_path, private_temp, monkeypatch):
    _, nairobi = sites
    path = tmp_path / "p.xlsx"
    export_office_package(nairobi.database, path, password=PASSWORD)
    before = path.read_bytes()
    monkeypatch.setattr(db.sync.exporting, "encrypt_file",
                        lambda *args: (_ for _ in ()).throw(OSError(28, "No space left")))
    with pytest.raises(PackageFileError):
        export_office_package(nairobi.database, path, password="another one")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".part") == []
    assert list(private_temp.iterdir()) == []


def test_a_cancelled_protected_export_leaves_nothing(sites, tmp_path, private_temp):
    from exporters.errors import OperationCancelled

    _, nairobi = sites
    create_activity(nairobi.database, sample(), "amina")
    path = tmp_path / "p.xlsx"
    with pytest.raises(OperationCancelled):
        export_office_package(nairobi.database, path, password=PASSWORD,
                              cancelled=lambda: True)
    assert not path.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert list(private_temp.iterdir()) == []
