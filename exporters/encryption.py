"""Password protection of packages in the format Excel and LibreOffice open themselves.

An encrypted .xlsx is an OLE compound file holding the workbook encrypted with ECMA-376
"agile" encryption (AES-256, SHA-512 key derivation), which msoffcrypto-tool writes and reads.
"""

from __future__ import annotations

import io
from pathlib import Path

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # also the start of a legacy .xls


class PasswordError(Exception):
    """A protected package could not be opened: code is password_required or wrong_password."""

    def __init__(self, path: Path | str, code: str) -> None:
        super().__init__(f"{path}: {code}")
        self.path = str(path)
        self.code = code


PASSWORD_REQUIRED = "password_required"
WRONG_PASSWORD = "wrong_password"


def is_ole_file(path: Path | str) -> bool:
    """Whether the file is an OLE compound file (an encrypted workbook or a legacy .xls)."""
    with open(path, "rb") as handle:
        return handle.read(len(OLE_MAGIC)) == OLE_MAGIC


def is_encrypted_workbook(path: Path | str) -> bool:
    """Whether the file is a password-protected OOXML workbook (not a legacy .xls)."""
    if not is_ole_file(path):
        return False
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            return ole.exists("EncryptionInfo") and ole.exists("EncryptedPackage")
    except OSError:
        return False


def encrypt_file(source: Path | str, target: Path | str, password: str) -> None:
    """Write target as source encrypted with password (source is a plain .xlsx)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    if not password:
        raise ValueError("an empty password protects nothing")
    buffer = io.BytesIO()
    with open(source, "rb") as handle:
        OOXMLFile(handle).encrypt(password, buffer)
    Path(target).write_bytes(buffer.getvalue())


def decrypt_file(source: Path | str, target: Path | str, password: str | None) -> None:
    """Write target as the plain workbook inside the protected source.

    Raises PasswordError (password_required without one, wrong_password when it does not fit).
    """
    import msoffcrypto
    from msoffcrypto import exceptions

    if not password:
        raise PasswordError(source, PASSWORD_REQUIRED)
    with open(source, "rb") as handle:
        office = msoffcrypto.OfficeFile(handle)
        try:
            office.load_key(password=password, verify_password=True)
            with open(target, "wb") as out:
                office.decrypt(out)
        except (exceptions.InvalidKeyError, exceptions.DecryptionError) as error:
            Path(target).unlink(missing_ok=True)
            raise PasswordError(source, WRONG_PASSWORD) from error
