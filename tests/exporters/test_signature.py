"""Package signatures: over canonical cell content, so re-saves keep them and edits break them."""

from __future__ import annotations

import base64
import subprocess
from dataclasses import replace

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from openpyxl import load_workbook

from exporters.reader import read_package
from exporters.records import KIND_HQ_UPDATE, CatalogRow
from exporters.signature import (
    Signer,
    fingerprint,
    normalized_fingerprint,
    signed_payload,
    verify,
)
from exporters.writer import finished_manifest, write_package
from tests.exporters.conftest import activity
from tests.outside_tools import needs


@pytest.fixture
def signer() -> Signer:
    return Signer(Ed25519PrivateKey.generate())


def signed(content, signer):
    """The content as the writer finishes and signs it."""
    content = replace(content, manifest=finished_manifest(content))
    return replace(content, manifest=signer.signed(content))


def valid(content) -> bool:
    return verify(content.manifest.signing_key, signed_payload(content),
                  content.manifest.signature)


def test_a_signed_content_verifies_and_row_order_does_not_matter(content, signer):
    content = signed(content, signer)
    assert valid(content)
    reordered = replace(content, activities=content.activities[::-1])
    assert valid(reordered)


def test_values_a_re_save_changes_in_form_only_keep_the_signature(content, signer):
    content = signed(content, signer)
    first = content.activities[0]
    # Trailing spaces, or a country code in lower case: the canonical form is the same.
    resaved = replace(first, lead_organisation=first.lead_organisation + "  ")
    content = replace(content, activities=(resaved, *content.activities[1:]),
                      manifest=replace(content.manifest, country="ke",
                                       office_name="Nairobi "))
    assert valid(content)


def test_numbers_re_saved_as_floats_or_text_keep_the_signature(tmp_path, content, lists,
                                                               signer):
    path = tmp_path / "package.xlsx"
    write_package(path, content, lists, signer=signer)
    book = load_workbook(path)
    sheet = book["Activities"]
    headers = [cell.value for cell in sheet[1]]
    sheet.cell(2, headers.index("People reached") + 1).value = 1200.0
    sheet.cell(2, headers.index("Revision") + 1).value = "2"
    for key, value in book["Manifest"].iter_rows(min_row=2, max_col=2):
        if key.value in ("catalog_version", "activity_count"):
            value.value = float(value.value)
    book.save(path)
    assert valid(read_package(path).content)


def test_a_one_cell_edit_breaks_the_signature(content, signer):
    content = signed(content, signer)
    edited = replace(content.activities[1], title="Second (edited)")
    assert not valid(replace(content, activities=(content.activities[0], edited)))


@pytest.mark.parametrize("change", [
    {"office_id": "another-office"}, {"office_name": "Kampala"}, {"kind": "hq_update"},
    {"recipient_office_id": "someone"}, {"activity_count": 9}, {"catalog_version": 7}])
def test_a_manifest_edit_breaks_the_signature(content, signer, change):
    content = signed(content, signer)
    assert not valid(replace(content, manifest=replace(content.manifest, **change)))


def test_a_flipped_signature_byte_or_another_key_fails(content, signer):
    content = signed(content, signer)
    raw = bytearray(base64.b64decode(content.manifest.signature))
    raw[10] ^= 0x01
    flipped = base64.b64encode(bytes(raw)).decode()
    assert not valid(replace(content, manifest=replace(content.manifest, signature=flipped)))
    other = Signer(Ed25519PrivateKey.generate()).public_key
    assert not valid(replace(content, manifest=replace(content.manifest, signing_key=other)))
    assert not valid(replace(content, manifest=replace(content.manifest, signature="not b64!")))


def test_catalog_updates_are_signed_too(content, signer):
    content = replace(content, manifest=replace(content.manifest, kind=KIND_HQ_UPDATE),
                      catalog_updates=(CatalogRow("DES-SR-III-01", "DES", "recommendation",
                                                  "States should ..."),))
    content = signed(content, signer)
    assert valid(content)
    changed = (replace(content.catalog_updates[0], text="States must ..."),)
    assert not valid(replace(content, catalog_updates=changed))


def test_the_signer_signs_the_checksum_the_finished_manifest_carries(content, signer,
                                                                    monkeypatch):
    """The writer has just computed the checksum: signing uses it, and it verifies against
    the checksum computed afresh, as a receiver computes it."""
    content = replace(content, manifest=finished_manifest(content))
    assert signed_payload(content, content.manifest.checksum) == signed_payload(content)
    with monkeypatch.context() as patched:
        patched.setattr("exporters.signature.content_checksum", None)  # not called
        manifest = signer.signed(content)
    assert valid(replace(content, manifest=manifest))


def test_the_fingerprint_reads_over_the_phone(signer):
    printed = fingerprint(signer.public_key)
    groups = printed.split("-")
    assert len(groups) == 8 and all(len(g) == 4 and g == g.upper() for g in groups)
    assert normalized_fingerprint(printed.lower().replace("-", " ")) == printed
    assert fingerprint(Signer(Ed25519PrivateKey.generate()).public_key) != printed


def test_a_written_package_reads_back_verified(tmp_path, content, lists, signer):
    path = tmp_path / "package.xlsx"
    written = write_package(path, content, lists, signer=signer)
    read = read_package(path)
    assert (read.content.manifest.signing_key, read.content.manifest.signature) == (
        written.signing_key, written.signature)
    assert valid(read.content)


def test_an_edited_cell_in_the_file_breaks_the_signature(tmp_path, content, lists, signer):
    path = tmp_path / "package.xlsx"
    write_package(path, content, lists, signer=signer)
    book = load_workbook(path)
    book["Activities"]["B2"] = "Changed by hand"
    book.save(path)
    assert not valid(read_package(path).content)


def test_an_unsigned_package_carries_empty_fields(tmp_path, content, lists):
    path = tmp_path / "package.xlsx"
    write_package(path, content, lists)
    manifest_read = read_package(path).content.manifest
    assert (manifest_read.signing_key, manifest_read.signature) == ("", "")


@needs("soffice")
def test_a_libreoffice_re_save_keeps_the_signature(tmp_path, content, lists, signer):
    content = replace(content, activities=(
        *content.activities, activity(title="=SUM(A1:A2) as text", people_reached=3)))
    source = tmp_path / "package.xlsx"
    write_package(source, content, lists, signer=signer)
    out = tmp_path / "resaved"
    subprocess.run(["soffice", "--headless", "--calc", "--convert-to", "xlsx", "--outdir",
                    str(out), str(source)], check=True, capture_output=True, timeout=120)
    resaved = out / source.name
    assert resaved.read_bytes() != source.read_bytes()
    assert valid(read_package(resaved).content)

