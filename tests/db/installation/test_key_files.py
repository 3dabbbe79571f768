"""An office's public key file, read defensively before a person trusts the key it holds."""

from __future__ import annotations

import pytest

from db.errors import SigningKeyError
from db.installation.signing import (
    KEY_FILE_MAX_BYTES,
    export_key_file,
    read_key_file,
    trust_key_file,
    trusted_keys,
)
from tests.db.sync.helpers import Site

OTHER_OFFICE = "3f2b8c1e-7d4a-4e6b-9a15-0c8d2e4f6a71"


@pytest.fixture
def sites(catalog_template, tmp_path):
    hq = Site(catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True)
    nairobi = Site(catalog_template, tmp_path / "nairobi", "Nairobi", "KE")
    yield hq, nairobi
    for site in (hq, nairobi):
        site.close()


@pytest.fixture
def key_text(sites, tmp_path) -> str:
    """Nairobi's key file as `tenpoint keys export` writes it."""
    return export_key_file(sites[1].database, tmp_path / "exported.txt").read_text()


def written(tmp_path, text: str | bytes, name: str = "key.txt"):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path


def refusal(path, office_id: str | None = None) -> SigningKeyError:
    with pytest.raises(SigningKeyError) as raised:
        read_key_file(path, office_id)
    return raised.value


def test_a_key_file_gives_its_office_and_fingerprint(sites, key_text, tmp_path):
    _hq, nairobi = sites
    key_file = read_key_file(written(tmp_path, key_text))
    assert (key_file.office_id, key_file.office_name, key_file.fingerprint) == (
        nairobi.uuid, "Nairobi", nairobi.fingerprint)


def test_a_key_file_re_saved_on_windows_still_reads(sites, key_text, tmp_path):
    """Notepad adds a byte order mark and CRLF; a person may type the ID in capitals."""
    _hq, nairobi = sites
    text = "\ufeff" + key_text.replace(nairobi.uuid, nairobi.uuid.upper()).replace(
        "\n", "\r\n")
    key_file = read_key_file(written(tmp_path, text), office_id=nairobi.uuid)
    assert (key_file.office_id, key_file.fingerprint) == (nairobi.uuid, nairobi.fingerprint)


@pytest.mark.parametrize("change", [
    lambda text: "Dear IT, here is our key.\n" + text,  # a line that is no setting
    lambda text: text + "public_key = " + "A" * 43 + "=\n",  # a second key: which one?
    lambda text: text.replace("office_id = ", "office_id = nairobi-"),  # not an office ID
    lambda text: text.replace("public_key = ", "public_key = x"),  # not a key
    lambda text: text.replace("fingerprint = ", "fingerprint = 0"),  # not this key's
    lambda text: "".join(line for line in text.splitlines(True) if "office_id" not in line),
    lambda text: "",
])
def test_a_file_in_another_format_is_refused_as_not_a_key_file(key_text, tmp_path, change):
    assert refusal(written(tmp_path, change(key_text))).code == "key_file_invalid"


def test_a_binary_file_chosen_by_mistake_is_not_a_key_file(tmp_path):
    path = written(tmp_path, b"PK\x03\x04\xff\xfe\x00 workbook", "package.xlsx")
    assert refusal(path).code == "key_file_invalid"


def test_a_file_too_large_is_refused_before_it_is_read(key_text, tmp_path):
    """Even a valid key file padded with comments: nothing Tenpoint writes is that large."""
    padding = "# " + "x" * 98 + "\n"
    text = key_text + padding * (KEY_FILE_MAX_BYTES // len(padding) + 1)
    error = refusal(written(tmp_path, text))
    assert (error.code, error.value) == ("key_file_too_large", str(tmp_path / "key.txt"))
    assert read_key_file(written(tmp_path, key_text + padding * 10)).office_name == "Nairobi"


def test_a_missing_file_or_a_folder_is_unreadable(tmp_path):
    assert refusal(tmp_path / "none.txt").code == "key_file_unreadable"
    assert refusal(tmp_path).code == "key_file_unreadable"


def test_a_key_for_another_office_is_refused_for_the_office_waiting_for_one(sites, key_text,
                                                                            tmp_path):
    hq, nairobi = sites
    path = written(tmp_path, key_text)
    error = refusal(path, office_id=OTHER_OFFICE)
    assert (error.code, error.value) == ("key_file_other_office", "Nairobi")
    assert refusal(path, office_id=hq.uuid).code == "key_file_other_office"
    assert read_key_file(path, office_id=nairobi.uuid).office_id == nairobi.uuid


def test_the_key_trusted_is_the_one_read_and_shown(sites, key_text, tmp_path):
    """Trusting uses what the person saw, not the file as it may be by then."""
    hq, nairobi = sites
    path = written(tmp_path, key_text)
    shown = read_key_file(path)
    path.write_text("changed meanwhile")
    info = trust_key_file(hq.database, shown, "it")
    assert (info.office_id, info.fingerprint, info.source) == (
        nairobi.uuid, nairobi.fingerprint, "file")
    assert trust_key_file(hq.database, shown, "it") == info  # the same key again: no change
    assert len(trusted_keys(hq.database)) == 1
    with pytest.raises(SigningKeyError) as own:
        trust_key_file(nairobi.database, shown, "it")
    assert own.value.code == "own_office"
