"""Typed errors of the storage layer: codes and values, never user-facing sentences."""

from __future__ import annotations


class TenpointDataError(Exception):
    """Base of the expected failures the GUI and CLI turn into translated messages."""


class DatabaseTooNewError(TenpointDataError):
    """The database was written by a newer Tenpoint whose schema this build does not know.

    written_by is the version that last opened it ("1.4.0"), None if it recorded none.
    """

    def __init__(self, path: str, found_revision: str, known_head: str,
                 written_by: str | None = None) -> None:
        super().__init__(f"{path}: schema revision {found_revision} is newer than {known_head}"
                         f" (last opened by {written_by or 'an unknown version'})")
        self.path = path
        self.found_revision = found_revision
        self.known_head = known_head
        self.written_by = written_by


class NotADatabaseError(TenpointDataError):
    """The file is not a Tenpoint database (not SQLite, or foreign tables)."""

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


class UnknownCountryError(TenpointDataError):
    """An ISO 3166-1 alpha-2 code that the catalog's country list does not hold."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class NoOfficeError(TenpointDataError):
    """Activities and packages need this installation's office identity (tenpoint setup)."""


class IdentityExistsError(TenpointDataError):
    """Setup was asked to change an existing office identity without force."""

    def __init__(self, office_name: str, country_iso2: str | None) -> None:
        super().__init__(f"{office_name} ({country_iso2})")
        self.office_name = office_name
        self.country_iso2 = country_iso2


class InvalidIdentityError(TenpointDataError):
    """An office identity that cannot be saved; field names which input is wrong."""

    def __init__(self, field: str, value: str) -> None:
        super().__init__(f"{field}={value!r}")
        self.field = field
        self.value = value


class UnknownItemError(TenpointDataError):
    """No catalog item has this code."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class CatalogDataError(TenpointDataError):
    """The bundled catalog files are inconsistent (a broken build, not a user error)."""

    def __init__(self, file: str, detail: str) -> None:
        super().__init__(f"{file}: {detail}")
        self.file = file
        self.detail = detail


class BackupError(TenpointDataError):
    """A backup that cannot be taken or restored.

    Codes: missing (no such file), damaged (fails SQLite's integrity check, or pg_restore
    cannot read the dump), not-tenpoint (no Tenpoint schema in it), copy-damaged (the copy
    just written failed its check), other-kind (a SQLite file's backup for a server database,
    or a server's dump for a SQLite file: `tenpoint migrate-to` moves between the two).
    """

    def __init__(self, path: str, code: str) -> None:
        super().__init__(f"{path}: {code}")
        self.path = path
        self.code = code


class NetworkShareError(TenpointDataError):
    """The data folder is on a network share, where SQLite's locking and syncing cannot be
    trusted; fs_type names the share type found (nfs, cifs, unc, remote-drive...)."""

    def __init__(self, path: str, fs_type: str) -> None:
        super().__init__(f"{path}: {fs_type}")
        self.path = path
        self.fs_type = fs_type


class ActivityValidationError(TenpointDataError):
    """The input has problems; each is (field, code, value) for the GUI to word."""

    def __init__(self, problems: list[tuple[str, str, object]]) -> None:
        super().__init__("; ".join(f"{f}: {c}" for f, c, _ in problems))
        self.problems = problems


class ActivityNotFoundError(TenpointDataError):
    def __init__(self, activity_uuid: str) -> None:
        super().__init__(activity_uuid)
        self.activity_uuid = activity_uuid


class ActivityReadOnlyError(TenpointDataError):
    """The activity belongs to another office (or to the 2011 compilation)."""

    def __init__(self, activity_uuid: str, owner_name: str) -> None:
        super().__init__(f"{activity_uuid} owned by {owner_name}")
        self.activity_uuid = activity_uuid
        self.owner_name = owner_name


class StaleActivityError(TenpointDataError):
    """Someone saved the activity since it was opened; reload before saving."""

    def __init__(self, activity_uuid: str, expected: int, found: int) -> None:
        super().__init__(f"{activity_uuid}: revision {found}, expected {expected}")
        self.activity_uuid, self.expected, self.found = activity_uuid, expected, found


class SigningKeyError(TenpointDataError):
    """A key file that cannot be used.

    code: own_key_unreadable (signing-key.pem is damaged), key_file_unreadable,
    key_file_invalid (not a Tenpoint key file, or its fingerprint does not match its key),
    key_exists (another key is registered for the office: remove it first),
    own_office (this installation's own key), unknown_key (no key registered for the office),
    no_office (set up the office first).
    """

    def __init__(self, code: str, value: str | None = None) -> None:
        super().__init__(f"{code}: {value}")
        self.code = code
        self.value = value


class ServerConnectionError(TenpointDataError):
    """The shared PostgreSQL database could not be reached or refused the login; location
    names it (no password), detail is what the server or libpq said."""

    def __init__(self, location: str, detail: str) -> None:
        super().__init__(f"{location}: {detail}")
        self.location = location
        self.detail = detail


class ServerBackupError(TenpointDataError):
    """pg_dump, pg_restore or psql is missing or failed; code says which, detail what it
    printed.

    Codes: no-tool, dump-failed, restore-failed.
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail
