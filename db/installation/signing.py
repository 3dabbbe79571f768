"""This installation's signing key (a file in its data folder) and the trusted office keys.

The private key is `signing-key.pem` in the data folder, so any service holding the database
finds it; it is created with the office at setup, or on the first export of a database set up
before packages were signed. A restored database backup keeps working only with this file.

A headquarters on a shared server is one signer for every officer: its key is kept in the
database (table shared_signing_key), where each officer's Tenpoint finds it. The first one
to need it stores the key file it already has (a headquarters moved from SQLite keeps the key
the offices trust) or a new one; a local key file is then no longer used.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)
from sqlalchemy import text
from sqlmodel import Session, select

from db.errors import SigningKeyError
from db.models import Office, TrustedKey, utc_now
from db.storage.database import Database
from db.storage.local_office import LocalOffice, read_local_office
from db.storage.quick_read import sql_of
from db.storage.server import SHARED_SIGNING_KEY
from exporters.signature import (
    Signer,
    fingerprint,
    normalized_fingerprint,
    public_key_text,
    valid_public_key,
)

KEY_FILE_NAME = "signing-key.pem"
KEY_FILE_TITLE = "Tenpoint office signing key"
# A key file holds some 300 bytes; a bigger file chosen by mistake (a package, a photo) is
# refused before it is read whole.
KEY_FILE_MAX_BYTES = 16 * 1024
SOURCE_CONFIRMED, SOURCE_FILE = "confirmed", "file"


@dataclass(frozen=True)
class KeyInfo:
    """A trusted office key as people see it."""

    office_id: str
    office_name: str
    fingerprint: str
    registered_at: datetime
    registered_by: str
    source: str


@dataclass(frozen=True)
class KeyFile:
    """What an office's public key file says, checked: whose key, the key, its fingerprint."""

    office_id: str
    office_name: str  # "" when the file names none
    public_key: str
    fingerprint: str


def key_path(database: Database) -> Path:
    return Path(database.folder) / KEY_FILE_NAME


def _load(path: Path) -> Ed25519PrivateKey:
    try:
        pem = path.read_bytes()
    except OSError as error:
        raise SigningKeyError("own_key_unreadable", str(path)) from error
    return _key_of(pem, str(path))


def _key_of(pem: bytes, where: str) -> Ed25519PrivateKey:
    try:
        key = load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as error:
        raise SigningKeyError("own_key_unreadable", where) from error
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyError("own_key_unreadable", where)
    return key


def _new_pem() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(Encoding.PEM, PrivateFormat.PKCS8,
                                                      NoEncryption())


def _create(path: Path) -> None:
    """A new key, readable by its owner only; an existing file is never overwritten."""
    pem = _new_pem()
    # A SQLite database's folder holds its file already; a server's data folder may be new.
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # made meanwhile by another process: use that one
        return
    with os.fdopen(handle, "wb") as file:
        file.write(pem)


def _shared_key(database: Database, create: bool) -> Ed25519PrivateKey | None:
    """The server's one headquarters key; with create, stored first if there is none yet
    (this officer's key file if any, else a new key; two officers storing at once keep the
    first). None without create while there is none."""
    select_key = f"SELECT pem FROM {SHARED_SIGNING_KEY} WHERE id = 1"
    with database.engine.begin() as connection:
        pem = connection.exec_driver_sql(select_key).scalar()
        if pem is None and create:
            connection.execute(
                text(f"INSERT INTO {SHARED_SIGNING_KEY} (id, pem, created_at) "
                     "VALUES (1, :pem, :now) ON CONFLICT (id) DO NOTHING"),
                {"pem": _pem_to_share(key_path(database)), "now": utc_now().replace(tzinfo=None)})
            pem = connection.exec_driver_sql(select_key).scalar()
    return None if pem is None else _key_of(pem.encode("ascii"), SHARED_SIGNING_KEY)


def _pem_to_share(path: Path) -> str:
    if path.exists():
        return _load(path).private_bytes(Encoding.PEM, PrivateFormat.PKCS8,
                                         NoEncryption()).decode("ascii")
    return _new_pem().decode("ascii")


def installation_key(database: Database) -> Ed25519PrivateKey:
    """This installation's private key, created on first use."""
    if database.is_server:
        return _shared_key(database, create=True)
    path = key_path(database)
    if not path.exists():
        _create(path)
    return _load(path)


def own_public_key(database: Database) -> str | None:
    """This installation's public key, or None while it has no key (nothing created here)."""
    if database.is_server:
        key = _shared_key(database, create=False)
        return None if key is None else public_key_text(key)
    path = key_path(database)
    return public_key_text(_load(path)) if path.exists() else None


def own_fingerprint(database: Database) -> str:
    return fingerprint(public_key_text(installation_key(database)))


def installation_signer(database: Database) -> Signer:
    return Signer(installation_key(database))


def _info(row: TrustedKey) -> KeyInfo:
    return KeyInfo(row.office_uuid, row.office_name, row.fingerprint, row.registered_at,
                   row.registered_by, row.source)


def trusted_keys(database: Database) -> list[KeyInfo]:
    """Every registered office key, by office name."""
    with database.session() as session:
        rows = session.exec(select(TrustedKey).order_by(TrustedKey.office_name)).all()
        return [_info(row) for row in rows]


def register_key(session: Session, office_id: str, office_name: str, public_key: str,
                 user: str, source: str) -> KeyInfo:
    """Trust this key for the office (inside the caller's transaction)."""
    row = TrustedKey(office_uuid=office_id, office_name=office_name, public_key=public_key,
                     fingerprint=fingerprint(public_key), registered_at=utc_now(),
                     registered_by=user, source=source)
    session.add(row)
    session.flush()
    return _info(row)


def registered_key(session: Session, office_id: str) -> TrustedKey | None:
    return session.get(TrustedKey, office_id)


def _local_office(session: Session) -> LocalOffice:
    office = read_local_office(sql_of(session))
    if office is None:
        raise SigningKeyError("no_office")
    return office


def export_key_file(database: Database, path: Path | str) -> Path:
    """This installation's public key as a small text file for IT to register elsewhere."""
    path = Path(path)
    public_key = public_key_text(installation_key(database))
    with database.session() as session:
        office = _local_office(session)
        lines = [f"# {KEY_FILE_TITLE}: public, not secret. Register it where its packages arrive",
                 "# (Sync > Trusted keys > Trust a key file, or: tenpoint keys trust FILE)",
                 f"office_id = {office.uuid}", f"office_name = {office.name}",
                 f"fingerprint = {fingerprint(public_key)}", f"public_key = {public_key}"]
    try:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError as error:
        raise SigningKeyError("key_file_unwritable", str(path)) from error
    return path


def _key_file_text(path: Path) -> str:
    """The file's text, never read beyond the size limit (a file growing meanwhile too)."""
    if not path.is_file():  # a folder, a pipe or a device: reading one may never end
        raise SigningKeyError("key_file_unreadable", str(path))
    try:
        with path.open("rb") as file:
            data = file.read(KEY_FILE_MAX_BYTES + 1)
    except OSError as error:
        raise SigningKeyError("key_file_unreadable", str(path)) from error
    if len(data) > KEY_FILE_MAX_BYTES:
        raise SigningKeyError("key_file_too_large", str(path))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:  # a workbook or a picture chosen by mistake
        raise SigningKeyError("key_file_invalid", str(path)) from error


def _key_file_values(text: str, path: Path) -> dict[str, str]:
    """The key = value lines; a line of anything else, or a key given twice (which one would
    count?), means the file is not one Tenpoint wrote."""
    values: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, equals, value = line.partition("=")
        key = key.strip().lower()
        if not equals or key in values:
            raise SigningKeyError("key_file_invalid", str(path))
        values[key] = value.strip()
    return values


def _office_id(text: str) -> str | None:
    """An office ID as stored (a UUID in lower case), or None."""
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return None


def read_key_file(path: Path | str, office_id: str | None = None) -> KeyFile:
    """An office's public key file (`tenpoint keys export`), checked: an office ID, a valid key
    and, when stated, its matching fingerprint. office_id: the office the key must be for
    (the one whose package waits for it), or None for any office. Writes nothing.

    SigningKeyError codes: key_file_unreadable, key_file_too_large (over KEY_FILE_MAX_BYTES),
    key_file_invalid, key_file_other_office (value: the office the file is for)."""
    path = Path(path)
    values = _key_file_values(_key_file_text(path), path)
    public_key, found = values.get("public_key", ""), _office_id(values.get("office_id", ""))
    stated = values.get("fingerprint")
    if found is None or not valid_public_key(public_key) or (
            stated and normalized_fingerprint(stated) != fingerprint(public_key)):
        raise SigningKeyError("key_file_invalid", str(path))
    key_file = KeyFile(found, values.get("office_name", ""), public_key,
                       fingerprint(public_key))
    if office_id is not None and found != _office_id(office_id):
        raise SigningKeyError("key_file_other_office", key_file.office_name or found)
    return key_file


def trust_key_file(database: Database, key_file: KeyFile, user: str) -> KeyInfo:
    """Trust the key a person accepted from a key file, before that office's first package
    arrives (one transaction). The same key again changes nothing."""
    with database.session() as session:
        if _local_office(session).uuid == key_file.office_id:
            raise SigningKeyError("own_office", key_file.office_id)
        existing = registered_key(session, key_file.office_id)
        if existing is not None and existing.public_key == key_file.public_key:
            return _info(existing)
        if existing is not None:
            raise SigningKeyError("key_exists", existing.office_name)
        office = session.get(Office, key_file.office_id)
        name = key_file.office_name or (office.name if office else key_file.office_id)
        return register_key(session, key_file.office_id, name, key_file.public_key, user,
                            SOURCE_FILE)


def register_key_file(database: Database, path: Path | str, user: str) -> KeyInfo:
    """Trust the key in a file IT provides (`tenpoint keys trust FILE`)."""
    return trust_key_file(database, read_key_file(path), user)


def remove_trusted_key(database: Database, office: str) -> KeyInfo:
    """Forget an office's key (e.g. the office was reinstalled); its next package shows the
    new key's fingerprint for a person to confirm. office: the ID, or the name as listed."""
    wanted = (office or "").strip()
    with database.session() as session:
        row = session.get(TrustedKey, wanted) or session.exec(select(TrustedKey).where(
            TrustedKey.office_name == wanted)).first()
        if row is None:
            raise SigningKeyError("unknown_key", wanted)
        info = _info(row)
        session.delete(row)
        return info
