"""Translated sentences for the typed errors of db/ (which itself gives only codes and values)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db.errors import (
    BackupError,
    CatalogDataError,
    DatabaseTooNewError,
    IdentityExistsError,
    InvalidIdentityError,
    NetworkShareError,
    NotADatabaseError,
    TenpointDataError,
    UnknownCountryError,
    UnknownItemError,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def error_message(error: TenpointDataError) -> str:
    """A sentence a person can act on."""
    if isinstance(error, DatabaseTooNewError) and error.written_by:
        return QCoreApplication.translate(
            "messages",
            "The database {path} was last opened by Tenpoint {version}, whose schema ({found}) "
            "this version does not know (it knows up to {known}). Install Tenpoint {version} "
            "or newer to open it; nothing was changed.").format(
                path=error.path, version=error.written_by, found=error.found_revision,
                known=error.known_head)
    if isinstance(error, DatabaseTooNewError):
        return QCoreApplication.translate(
            "messages",
            "The database {path} was written by a newer version of Tenpoint (schema {found}; "
            "this version knows up to {known}). Install the newer version to open it; "
            "nothing was changed.").format(path=error.path, found=error.found_revision,
                                           known=error.known_head)
    if isinstance(error, NotADatabaseError):
        return QCoreApplication.translate(
            "messages", "{path} is not a Tenpoint database ({detail}); nothing was changed."
        ).format(path=error.path, detail=error.detail)
    if isinstance(error, UnknownCountryError) and not error.code:
        return _tr("A field office needs its country: give its ISO 3166-1 alpha-2 code.")
    if isinstance(error, UnknownCountryError):
        return QCoreApplication.translate(
            "messages", "Unknown country code \"{code}\": use an ISO 3166-1 alpha-2 code "
            "such as YE, KE or CR.").format(code=error.code)
    if isinstance(error, IdentityExistsError):
        return QCoreApplication.translate(
            "messages", "This installation is already set up as \"{name}\" ({country}). "
            "Packages already sent carry that identity; use --force to change it."
        ).format(name=error.office_name, country=error.country_iso2 or "-")
    if isinstance(error, InvalidIdentityError):
        return QCoreApplication.translate(
            "messages", "The office name must be 1 to 200 characters; got \"{value}\"."
        ).format(value=error.value)
    if isinstance(error, UnknownItemError):
        return QCoreApplication.translate(
            "messages", "No catalog item has the code \"{code}\".").format(code=error.code)
    if isinstance(error, CatalogDataError):
        return QCoreApplication.translate(
            "messages", "The bundled catalog is damaged ({file}: {detail}); please reinstall."
        ).format(file=error.file, detail=error.detail)
    if isinstance(error, NetworkShareError):
        return network_share_message(error)
    if isinstance(error, BackupError):
        return backup_error_message(error)
    return _tr("Unexpected data error: ") + str(error)


def network_share_message(error: NetworkShareError) -> str:
    return QCoreApplication.translate(
        "messages",
        "The data folder {path} is on a network share ({share}). Tenpoint keeps its database "
        "on this computer's own disk, because a network share can lose or corrupt changes. "
        "Choose a folder on this computer with --data-dir, or with \"folder\" in the [data] "
        "section of tenpoint.ini; nothing was changed.").format(
            path=error.path, share=error.fs_type)


BACKUP_ERRORS = {  # marked for lupdate, translated when worded
    "missing": QT_TRANSLATE_NOOP(
        "messages", "There is no backup file {path}; nothing was changed."),
    "damaged": QT_TRANSLATE_NOOP(
        "messages", "The backup {path} is damaged (SQLite's integrity check fails); it cannot "
        "be restored and nothing was changed. Choose another backup."),
    "not-tenpoint": QT_TRANSLATE_NOOP(
        "messages", "{path} is not a Tenpoint backup; nothing was changed."),
    "copy-damaged": QT_TRANSLATE_NOOP(
        "messages", "The backup written to {path} failed its check, so it was not kept. The "
        "disk may be full or failing; nothing else was changed."),
}


def backup_error_message(error: BackupError) -> str:
    text = BACKUP_ERRORS.get(error.code)
    if text is None:
        return _tr("The backup {path} cannot be used ({code}).").format(
            path=error.path, code=error.code)
    return QCoreApplication.translate("messages", text).format(path=error.path)
