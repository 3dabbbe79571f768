"""Signing keys from the command line: confirming a new office key, key files, unsigned data."""

from __future__ import annotations

import json
import re

import pytest
from openpyxl import load_workbook

from tests.desktop.cli_support import run
from tests.workbook_cells import fill_row

FINGERPRINT = re.compile(r"[0-9A-F]{4}(?:-[0-9A-F]{4}){7}")


@pytest.fixture
def offices(tmp_path, capsys):
    hq, nairobi = str(tmp_path / "hq"), str(tmp_path / "nairobi")
    run(capsys, "--data-dir", hq, "setup", "--office-name", "UNHCR HQ", "--hq")
    run(capsys, "--data-dir", nairobi, "setup", "--office-name", "Nairobi", "--country", "KE")
    return hq, nairobi


def own_fingerprint(capsys, folder: str) -> str:
    code, out, _ = run(capsys, "--data-dir", folder, "keys")
    assert code == 0 and "This installation's key" in out
    return FINGERPRINT.search(out.splitlines()[0]).group(0)


def test_a_new_office_key_is_refused_until_its_fingerprint_is_confirmed(offices, tmp_path,
                                                                         capsys):
    hq, nairobi = offices
    package = tmp_path / "nairobi.xlsx"
    run(capsys, "--data-dir", nairobi, "export", str(package))
    fingerprint = own_fingerprint(capsys, nairobi)
    code, out, _ = run(capsys, "--data-dir", hq, "import", str(package))
    assert code == 1 and "REJECTED" in out
    assert fingerprint in out and f"--trust-key {fingerprint}" in out
    code, out, _ = run(capsys, "--data-dir", hq, "keys")
    assert "No office keys are trusted yet." in out
    code, out, _ = run(capsys, "--data-dir", hq, "import", "--json", "--trust-key",
                       fingerprint, str(package))
    [outcome] = json.loads(out)["packages"]
    assert code == 0 and (outcome["status"], outcome["signature"]) == ("accepted", "new_key")
    code, out, _ = run(capsys, "--data-dir", hq, "keys")
    assert "Nairobi" in out and fingerprint in out and "confirmed on import" in out
    code, out, _ = run(capsys, "--data-dir", hq, "import", str(package))
    assert code == 0 and f"Signed by Nairobi (key {fingerprint})" in out


def test_keys_travel_as_files_and_can_be_removed(offices, tmp_path, capsys):
    hq, nairobi = offices
    key_file = tmp_path / "nairobi-key.txt"
    code, out, _ = run(capsys, "--data-dir", nairobi, "keys", "export", str(key_file))
    assert code == 0 and "not secret" in out
    code, out, _ = run(capsys, "--data-dir", hq, "keys", "trust", str(key_file))
    assert code == 0 and own_fingerprint(capsys, nairobi) in out
    code, out, _ = run(capsys, "--data-dir", hq, "keys", "remove", "Nairobi")
    assert code == 0 and "Removed the key of Nairobi" in out
    code, _, err = run(capsys, "--data-dir", hq, "keys", "remove", "Nairobi")
    assert code == 1 and "No key is registered" in err
    code, _, err = run(capsys, "--data-dir", hq, "keys", "trust", str(tmp_path / "none.txt"))
    assert code == 1 and "Could not read the key file" in err
    large = tmp_path / "package.txt"
    large.write_bytes(b"x" * 100_000)
    code, _, err = run(capsys, "--data-dir", hq, "keys", "trust", str(large))
    assert code == 1 and "too large to be a Tenpoint key file" in err


def test_a_filled_template_needs_accept_unsigned(offices, tmp_path, capsys):
    hq, _ = offices
    template = tmp_path / "kigali.xlsx"
    run(capsys, "--data-dir", hq, "template", str(template), "--office-name", "Kigali",
        "--country", "RW", "--rows", "2")
    book = load_workbook(template)
    fill_row(book["Activities"], 2, {"Title": "Hotline", "Item codes": "DES-SR-III-02"})
    book.save(template)
    code, out, _ = run(capsys, "--data-dir", hq, "import", str(template))
    assert code == 1 and "Not signed." in out and "--accept-unsigned" in out
    code, out, _ = run(capsys, "--data-dir", hq, "import", "--accept-unsigned", str(template))
    assert code == 0 and "1 new" in out and "Imported as unsigned data." in out
