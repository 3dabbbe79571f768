"""An encrypted package is what Excel and LibreOffice open with the password, and only then.

The LibreOffice test needs soffice and a system Python with LibreOffice's `uno` module
(`libreoffice-calc-nogui python3-uno`, which `./dev.sh test` installs); the others need no
LibreOffice.
"""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exporters.encryption import (
    WRONG_PASSWORD,
    PasswordError,
    decrypt_file,
    encrypt_file,
    is_encrypted_workbook,
    is_ole_file,
)
from exporters.writer import write_package
from tests.outside_tools import SYSTEM_PYTHON, needs

PASSWORD = "Garissa 2026 / é"  # not only ASCII: the key is derived from UTF-16 text
SCRIPT = Path(__file__).with_name("libreoffice_open.py")


def cells(path: Path) -> dict[str, list[tuple]]:
    book = load_workbook(path, read_only=True)
    try:
        return {sheet.title: [tuple(row) for row in sheet.iter_rows(values_only=True)]
                for sheet in book.worksheets}
    finally:
        book.close()


@pytest.fixture
def packages(tmp_path, content, lists) -> tuple[Path, Path]:
    """A plain package and the same package encrypted."""
    plain, protected = tmp_path / "plain.xlsx", tmp_path / "protected.xlsx"
    write_package(plain, content, lists)
    encrypt_file(plain, protected, PASSWORD)
    return plain, protected


def test_an_encrypted_package_is_an_ole_file_not_a_zip(packages):
    plain, protected = packages
    assert zipfile.is_zipfile(plain) and not is_ole_file(plain)
    assert is_ole_file(protected) and is_encrypted_workbook(protected)
    assert not zipfile.is_zipfile(protected)


def test_the_password_gives_back_the_same_cells(packages, tmp_path):
    plain, protected = packages
    opened = tmp_path / "opened.xlsx"
    decrypt_file(protected, opened, PASSWORD)
    assert cells(opened) == cells(plain)


def test_a_wrong_password_opens_nothing(packages, tmp_path):
    _, protected = packages
    opened = tmp_path / "opened.xlsx"
    with pytest.raises(PasswordError) as raised:
        decrypt_file(protected, opened, PASSWORD.upper())
    assert raised.value.code == WRONG_PASSWORD
    assert not opened.exists()


def open_in_libreoffice(path: Path, password: str) -> subprocess.CompletedProcess:
    return subprocess.run([SYSTEM_PYTHON, str(SCRIPT), str(path), password],
                          capture_output=True, text=True, timeout=240, check=False)


@needs("soffice", uno=True)
def test_libreoffice_opens_an_encrypted_package_with_the_password_only(packages):
    plain, protected = packages
    expected = cells(plain)
    first_id = expected["Activities"][1][0]
    opened = open_in_libreoffice(protected, PASSWORD)
    assert opened.returncode == 0, opened.stderr
    assert f"sheets: {', '.join(expected)}" in opened.stdout
    assert f"A2: {first_id}" in opened.stdout
    refused = open_in_libreoffice(protected, "not the password")
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert "A2:" not in refused.stdout
