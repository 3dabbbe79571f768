"""Translated sentences for the typed errors of db/ (which itself gives only codes and values)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from db.errors import (
    ActivityNotFoundError,
    ActivityReadOnlyError,
    BackupError,
    CatalogDataError,
    DatabaseTooNewError,
    IdentityExistsError,
    InvalidIdentityError,
    NetworkShareError,
    NoOfficeError,
    NotADatabaseError,
    ServerBackupError,
    ServerConnectionError,
    StaleActivityError,
    TenpointDataError,
    UnknownCountryError,
    UnknownItemError,
)
from desktop.shared.bidi import ltr_in_rtl
from desktop.shared.labels import catalog_label, kind_label
from desktop.shared.translate import translate, translated_label

if TYPE_CHECKING:
    from db.catalog.regions import EventReason


def server_connection_message(error: ServerConnectionError) -> str:
    return translate(
        "messages",
        "Tenpoint cannot open the shared database {location}. The server or the connection "
        "said:\n\n{detail}\n\nCheck that the server is running and can be reached from this "
        "computer, and that your PostgreSQL "
        "password file (.pgpass; on Windows %APPDATA%\\postgresql\\pgpass.conf) or service "
        "file holds the password for this user; nothing was changed.").format(
            location=ltr_in_rtl(error.location), detail=error.detail)


def server_backup_message(error: ServerBackupError) -> str:
    """pg_dump, pg_restore or psql missing or failing (a server's backups)."""
    if error.code == "no-tool":
        return translate(
            "messages",
            "The shared database cannot be backed up or restored here: {tool} was not found. "
            "Install the PostgreSQL client tools (the same version as the server or newer), "
            "or ask the database administrator; nothing was changed.").format(
                tool=ltr_in_rtl(error.detail))
    if error.code == "restore-failed":
        return translate(
            "messages", "The backup could not be restored; the shared database was left as "
            "it was. The tool said:\n\n{detail}").format(detail=error.detail)
    return translate(
        "messages", "The shared database could not be backed up; nothing was changed. The "
        "tool said:\n\n{detail}").format(detail=error.detail)


def error_message(error: TenpointDataError) -> str:
    """A sentence a person can act on."""
    if isinstance(error, ServerConnectionError):
        return server_connection_message(error)
    if isinstance(error, DatabaseTooNewError) and error.written_by:
        return translate(
            "messages",
            "The database {path} was last opened by Tenpoint {version}, whose schema ({found}) "
            "this version does not know (it knows up to {known}). Install Tenpoint {version} "
            "or newer to open it; nothing was changed.").format(
                path=ltr_in_rtl(str(error.path)), version=error.written_by,
                found=error.found_revision, known=error.known_head)
    if isinstance(error, DatabaseTooNewError):
        return translate(
            "messages",
            "The database {path} was written by a newer version of Tenpoint (schema {found}; "
            "this version knows up to {known}). Install the newer version to open it; "
            "nothing was changed.").format(path=ltr_in_rtl(str(error.path)),
                                           found=error.found_revision, known=error.known_head)
    if isinstance(error, NotADatabaseError):
        return translate(
            "messages", "{path} is not a Tenpoint database ({detail}); nothing was changed."
        ).format(path=ltr_in_rtl(str(error.path)), detail=error.detail)
    if isinstance(error, UnknownCountryError) and not error.code:
        return translate("messages", "A field office needs its country: give its ISO 3166-1 "
                                     "alpha-2 code.")
    if isinstance(error, UnknownCountryError):
        return translate(
            "messages", "Unknown country code \"{code}\": use an ISO 3166-1 alpha-2 code "
            "such as YE, KE or CR.").format(code=error.code)
    if isinstance(error, IdentityExistsError):
        return translate(
            "messages", "This installation is already set up as \"{name}\" ({country}). "
            "Packages already sent carry that identity; use --force to change it."
        ).format(name=error.office_name, country=error.country_iso2 or "-")
    if isinstance(error, InvalidIdentityError):
        return translate(
            "messages", "The office name must be 1 to 200 characters; got \"{value}\"."
        ).format(value=error.value)
    if isinstance(error, UnknownItemError):
        return translate(
            "messages", "No catalog item has the code \"{code}\".").format(code=error.code)
    if isinstance(error, CatalogDataError):
        return translate(
            "messages", "The bundled catalog is damaged ({file}: {detail}); please reinstall."
        ).format(file=ltr_in_rtl(str(error.file)), detail=error.detail)
    if isinstance(error, NetworkShareError):
        return network_share_message(error)
    if isinstance(error, BackupError):
        return backup_error_message(error)
    if isinstance(error, ServerBackupError):
        return server_backup_message(error)
    return translate("messages", "Unexpected data error: {error}").format(error=error)


# Why an office follows a conference of its regions: the part the texts give its country
# (db/catalog/regions.py ROLES), marked for lupdate, translated when worded.
PARTICIPATION_ROLES = {
    "participant": QT_TRANSLATE_NOOP("messages", "took part"),
    "invited": QT_TRANSLATE_NOOP("messages", "invited"),
    "observer": QT_TRANSLATE_NOOP("messages", "observer"),
    "mentioned": QT_TRANSLATE_NOOP("messages", "named in its texts"),
}


def event_reason_text(reason: EventReason) -> str:
    """Why the office follows this conference; where the texts only name its country, their
    words too, and the catalog item quoting them (Kenya's follow-up teleconferences)."""
    role = translated_label("messages", PARTICIPATION_ROLES, reason.role)
    if reason.role != "mentioned" or not reason.evidence:
        return role
    if reason.item_code:
        return translate("messages", "named in {kind} {code}: “{words}”").format(
            kind=kind_label(reason.item_kind), code=reason.item_code, words=reason.evidence)
    return translate("messages", "{reason}: “{words}”").format(reason=role,
                                                               words=reason.evidence)


def office_conferences_html(reasons: Sequence[EventReason]) -> str:
    """One paragraph per region: its conferences, each with why the office follows it (rich
    text, so that a label or a tip wraps it and the regions stand apart)."""
    regions: dict[str, list[str]] = {}
    for reason in reasons:
        event = f"<nobr>{escape(reason.event_name)}</nobr>"  # never "Dar es | Salaam 2010"
        regions.setdefault(escape(catalog_label(reason.region_name)), []).append(translate(
            "messages", "{event} ({reason})").format(event=event,
                                                     reason=escape(event_reason_text(reason))))
    paragraphs = (translate("messages", "{region}: {events}").format(
        region=region, events=_conference_list(events)) for region, events in regions.items())
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def _conference_list(conferences: list[str]) -> str:
    """One region's conferences with their reasons; a reason may hold commas, so the list is
    told apart by the separator a translation chooses (Arabic "؛")."""
    listed = conferences[0]
    for conference in conferences[1:]:
        listed = translate("messages", "{conferences}; {conference}").format(
            conferences=listed, conference=conference)
    return listed


def network_share_message(error: NetworkShareError) -> str:
    return translate(
        "messages",
        "The data folder {path} is on a network share ({share}). Tenpoint keeps its database "
        "on this computer's own disk, because a network share can lose or corrupt changes. "
        "Choose a folder on this computer with --data-dir, or with \"folder\" in the [data] "
        "section of tenpoint.ini; nothing was changed.").format(
            path=ltr_in_rtl(str(error.path)), share=error.fs_type)


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
        return translate("messages", "The backup {path} cannot be used ({code}).").format(
            path=ltr_in_rtl(str(error.path)), code=error.code)
    return translate("messages", text).format(path=ltr_in_rtl(str(error.path)))


def activity_error_message(error: TenpointDataError) -> str:
    """A sentence a person can act on, for the activity service's errors."""
    if isinstance(error, StaleActivityError):
        return translate(
            "activities", "This activity was saved by someone else since you opened it (it is now "
            "at revision {found}; you opened revision {expected}). Your changes have not been "
            "saved.").format(found=error.found, expected=error.expected)
    if isinstance(error, ActivityReadOnlyError):
        return translate(
            "activities", "This activity belongs to {owner}; it can be read here but not changed."
        ).format(owner=error.owner_name)
    if isinstance(error, ActivityNotFoundError):
        return translate("activities", "This activity no longer exists or has been deleted; "
                                       "nothing was changed.")
    if isinstance(error, NoOfficeError):
        return translate("activities", "This installation has no office yet. Set up the office "
                                       "(its name and country) before recording activities.")
    return error_message(error)
