"""Preconfiguration by IT: a tenpoint.ini beside the executable (or --config FILE).

It can preset the office identity (applied at start when the database has none, so the
first-start dialog never shows), the data folder, portable mode and the language:

    [office]
    name = UNHCR Nairobi
    country = KE
    headquarters = no

    [data]
    folder = D:\\Tenpoint        ; relative paths are relative to this file
    portable = no               ; yes: data in TenpointData beside the executable
    database = postgresql://tenpoint@hq-db:5432/tenpoint?sslmode=verify-full

    [interface]
    language = fr

`database` points a headquarters at its shared PostgreSQL database (a libpq URL, or
`postgresql:///?service=tenpoint` for a service file); field offices leave it out and keep
their SQLite file. A password written in the URL is refused: it belongs in the user's
PostgreSQL password file (~/.pgpass, %APPDATA%\\postgresql\\pgpass.conf) or the service file,
never in plain text here. The data folder stays on this computer even then (logs, settings,
the signing key, pg_dump backups). `tenpoint setup --hq --database URL` records a URL in the
data folder instead (desktop/paths.py); the ini's wins over it.

Every key is optional. An unknown section or key, or a value that cannot be read, is an
error that names it: a typing mistake must not be ignored. This module stays free of the
database libraries (it is read before the first window paints).
"""

from __future__ import annotations

import configparser
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.paths import DataPaths, portable_data_dir
from desktop.shared.translate import translate

log = logging.getLogger(__name__)

INI_NAME = "tenpoint.ini"
KEYS = {
    "office": ("name", "country", "headquarters"),
    "data": ("folder", "portable", "database"),
    "interface": ("language",),
}
LANGUAGE = re.compile(r"^[a-z]{2,3}([_-][A-Za-z]{2,4})?$")
# The URL schemes libpq reads (db/storage/server.py SCHEMES, not imported: no SQLAlchemy here).
SERVER_SCHEMES = ("postgresql", "postgres")
HIDDEN_PASSWORD = "***"


class ConfigError(Exception):
    """A preconfiguration file that cannot be used; code says why, key and value say where.

    Codes: unreadable, syntax, unknown-section, unknown-key, not-yes-no, no-office-name,
    folder-and-portable, bad-language, unknown-country, bad-office-name, not-a-database-url,
    password-in-url, database-and-portable. value never holds a password (hidden_password).
    """

    def __init__(self, path: str, code: str, key: str = "", value: str = "") -> None:
        super().__init__(f"{path}: {code} {key}={value!r}")
        self.path = path
        self.code = code
        self.key = key
        self.value = value


@dataclass(frozen=True)
class OfficePreset:
    """The office identity IT presets."""

    name: str
    country: str | None
    headquarters: bool


@dataclass(frozen=True)
class Preconfiguration:
    """What a tenpoint.ini presets; the empty default presets nothing."""

    source: Path | None = None
    office: OfficePreset | None = None
    data_dir: Path | None = None
    portable: bool = False
    language: str | None = None
    database: str | None = None  # a PostgreSQL URL: a headquarters' shared database


def find_config(explicit: str | os.PathLike | None, install_dir: Path | None) -> Path | None:
    """The ini to read: --config if given (it must exist), else tenpoint.ini beside the
    executable if there is one."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    if install_dir is not None and (install_dir / INI_NAME).is_file():
        return install_dir / INI_NAME
    return None


def load_config(path: Path | None, install_dir: Path | None = None) -> Preconfiguration:
    """The preconfiguration in path (None: nothing preset); raises ConfigError."""
    if path is None:
        return Preconfiguration()
    parser = _read(path)
    _check_known_keys(parser, path)
    portable = _yes_no(parser, path, "data", "portable")
    folder = parser.get("data", "folder", fallback="").strip()
    if folder and portable:
        raise ConfigError(str(path), "folder-and-portable", "data/folder", folder)
    data_dir = _folder(folder, path) if folder else None
    if portable:
        data_dir = portable_data_dir(install_dir or path.parent)
    database = parser.get("data", "database", fallback="").strip() or None
    if database:
        check_database_url(database, str(path), "data/database")
        if portable:  # a copy carried on a USB stick works offline, on its own file
            raise ConfigError(str(path), "database-and-portable", "data/database",
                              hidden_password(database))
    return Preconfiguration(source=path, office=_office(parser, path), data_dir=data_dir,
                            portable=portable, language=_language(parser, path),
                            database=database)


def check_database_url(url: str, source: str, key: str) -> str:
    """url if it names a PostgreSQL database without a password; else a ConfigError naming
    source and key (the password itself never shown)."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:  # an unbalanced [ around an IPv6 address
        raise ConfigError(source, "not-a-database-url", key, hidden_password(url)) from None
    if parts.scheme not in SERVER_SCHEMES:
        raise ConfigError(source, "not-a-database-url", key, hidden_password(url))
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    if password is not None or "password" in query:
        raise ConfigError(source, "password-in-url", key, hidden_password(url))
    return url


def hidden_password(url: str) -> str:
    """url with any password written in it replaced by ***, for messages and logs (the rest
    as written: a URL rebuilt by urllib could read differently, postgresql:/// as :/)."""
    hidden = re.sub(r"([?&]password=)[^&#]*", rf"\g<1>{HIDDEN_PASSWORD}", url)
    try:
        password = urlsplit(url).password
    except ValueError:  # not a URL Python reads: hide whatever stands between : and @
        return re.sub(r":[^:/@]*@", f":{HIDDEN_PASSWORD}@", hidden)
    if password is None:
        return hidden
    # the credentials end at the last @ before the path: user:password@host
    return re.sub(r"^([^:]+://[^:/@]*):[^/]*@", rf"\g<1>:{HIDDEN_PASSWORD}@", hidden)


def server_database(config: Preconfiguration, paths: DataPaths) -> str | None:
    """The PostgreSQL URL this data folder opens, None for its SQLite file: the ini's, else
    the one `tenpoint setup --hq --database` recorded (checked as the ini's is)."""
    if config.database:
        return config.database
    recorded = paths.recorded_database()
    if recorded is None:
        return None
    return check_database_url(recorded, str(paths.database_record), "database")


def _read(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, inline_comment_prefixes=(";",))
    try:
        # utf-8-sig: Windows Notepad may save the file with a byte-order mark.
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(str(path), "unreadable", value=str(error)) from error
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as error:
        raise ConfigError(str(path), "syntax", value=error.message.splitlines()[0]) from error
    return parser


def _check_known_keys(parser: configparser.ConfigParser, path: Path) -> None:
    for section in parser.sections():
        if section not in KEYS:
            raise ConfigError(str(path), "unknown-section", section)
        for key in parser.options(section):
            if key not in KEYS[section]:
                raise ConfigError(str(path), "unknown-key", f"{section}/{key}")


def _yes_no(parser: configparser.ConfigParser, path: Path, section: str, key: str) -> bool:
    try:
        return parser.getboolean(section, key, fallback=False)
    except ValueError as error:
        raise ConfigError(str(path), "not-yes-no", f"{section}/{key}",
                          parser.get(section, key)) from error


def _folder(folder: str, path: Path) -> Path:
    """Environment variables and ~ expanded; relative to the ini's own folder."""
    expanded = Path(os.path.expandvars(folder)).expanduser()
    return (expanded if expanded.is_absolute() else path.parent / expanded).resolve()


def _office(parser: configparser.ConfigParser, path: Path) -> OfficePreset | None:
    if not parser.has_section("office"):
        return None
    name = parser.get("office", "name", fallback="").strip()
    country = parser.get("office", "country", fallback="").strip().upper() or None
    headquarters = _yes_no(parser, path, "office", "headquarters")
    if not name:
        raise ConfigError(str(path), "no-office-name", "office/name")
    return OfficePreset(name, country, headquarters)


def _language(parser: configparser.ConfigParser, path: Path) -> str | None:
    language = parser.get("interface", "language", fallback="").strip()
    if language and not LANGUAGE.match(language):
        raise ConfigError(str(path), "bad-language", "interface/language", language)
    return language.replace("-", "_") or None


_MESSAGES = {
    "unreadable": QT_TRANSLATE_NOOP(
        "config", "Tenpoint cannot read the settings file {path}: {value}"),
    "syntax": QT_TRANSLATE_NOOP(
        "config", "The settings file {path} is not a valid .ini file: {value}"),
    "unknown-section": QT_TRANSLATE_NOOP(
        "config", "The settings file {path} has an unknown section [{key}]; the known "
        "sections are [office], [data] and [interface]."),
    "unknown-key": QT_TRANSLATE_NOOP(
        "config", "The settings file {path} has an unknown setting \"{key}\"; check its "
        "spelling against the installation guide."),
    "not-yes-no": QT_TRANSLATE_NOOP(
        "config", "In the settings file {path}, \"{key}\" must be yes or no, not \"{value}\"."),
    "no-office-name": QT_TRANSLATE_NOOP(
        "config", "The settings file {path} presets an office but gives no office name "
        "([office] name = ...)."),
    "folder-and-portable": QT_TRANSLATE_NOOP(
        "config", "The settings file {path} sets both a data folder and portable mode; "
        "keep one of them."),
    "bad-language": QT_TRANSLATE_NOOP(
        "config", "In the settings file {path}, \"{value}\" is not a language code such as "
        "fr, ar or es."),
    "unknown-country": QT_TRANSLATE_NOOP(
        "config", "The settings file {path} presets the country \"{value}\", which is not "
        "an ISO 3166-1 alpha-2 code Tenpoint knows (such as KE or YE)."),
    "not-a-database-url": QT_TRANSLATE_NOOP(
        "config", "In the settings file {path}, \"{key}\" must be a PostgreSQL URL such as "
        "postgresql://tenpoint@server:5432/tenpoint or postgresql:///?service=tenpoint, not "
        "\"{value}\"."),
    "password-in-url": QT_TRANSLATE_NOOP(
        "config", "In the settings file {path}, \"{key}\" writes a password in the database "
        "URL. Tenpoint never keeps a password in plain text: remove it from the URL and put "
        "it in your PostgreSQL password file (.pgpass; on Windows "
        "%APPDATA%\\postgresql\\pgpass.conf) or in a service file."),
    "database-and-portable": QT_TRANSLATE_NOOP(
        "config", "The settings file {path} sets both a shared database and portable mode; a "
        "portable copy keeps its own database file, so keep one of them."),
    "bad-office-name": QT_TRANSLATE_NOOP(
        "config", "The settings file {path} presets the office name \"{value}\"; it must be "
        "1 to 200 characters."),
}


def config_error_message(error: ConfigError) -> str:
    """A sentence IT can act on."""
    from desktop.shared.bidi import ltr_in_rtl  # a file path keeps its direction in Arabic

    source = _MESSAGES.get(error.code, _MESSAGES["unreadable"])
    return translate("config", source).format(
        path=ltr_in_rtl(str(error.path)), key=error.key, value=error.value)
