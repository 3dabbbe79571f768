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

    [interface]
    language = fr

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

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.paths import portable_data_dir
from desktop.shared.translate import translate

log = logging.getLogger(__name__)

INI_NAME = "tenpoint.ini"
KEYS = {
    "office": ("name", "country", "headquarters"),
    "data": ("folder", "portable"),
    "interface": ("language",),
}
LANGUAGE = re.compile(r"^[a-z]{2,3}([_-][A-Za-z]{2,4})?$")


class ConfigError(Exception):
    """A preconfiguration file that cannot be used; code says why, key and value say where.

    Codes: unreadable, syntax, unknown-section, unknown-key, not-yes-no, no-office-name,
    folder-and-portable, bad-language, unknown-country, bad-office-name.
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
    return Preconfiguration(source=path, office=_office(parser, path), data_dir=data_dir,
                            portable=portable, language=_language(parser, path))


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
