"""Translated sentences for the activity service's errors and validation problems."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db.activities import (
    MAX_TEXT,
    MAX_TITLE,
    ActivityNotFoundError,
    ActivityReadOnlyError,
    NoOfficeError,
    StaleActivityError,
)
from db.errors import TenpointDataError
from desktop.messages import error_message

CONTEXT = "activities"

# (field, code) -> sentence; "{value}" is the value the service reported.
PROBLEMS = {
    ("title", "required"): QT_TRANSLATE_NOOP("activities", "Give the activity a title."),
    ("title", "too_long"): QT_TRANSLATE_NOOP(
        "activities", "The title has {value} characters; at most {limit} fit."),
    ("item_codes", "required"): QT_TRANSLATE_NOOP(
        "activities", "Link at least one catalog item that this activity follows up on."),
    ("item_codes", "unknown"): QT_TRANSLATE_NOOP(
        "activities", "These codes are not in the catalog: {value}."),
    ("status", "invalid"): QT_TRANSLATE_NOOP("activities", "Choose a status from the list."),
    ("kind", "invalid"): QT_TRANSLATE_NOOP(
        "activities", "Choose a kind of activity from the list."),
    ("country_iso2", "unknown"): QT_TRANSLATE_NOOP(
        "activities", "\"{value}\" is not a country of the list; choose one from it."),
    ("country_iso2", "other_country"): QT_TRANSLATE_NOOP(
        "activities", "This office records its own country's activities; \"{value}\" is "
                      "another country."),
    ("end_date", "before_start"): QT_TRANSLATE_NOOP(
        "activities", "The end date ({value}) is before the start date."),
    ("people_reached", "negative"): QT_TRANSLATE_NOOP(
        "activities", "The number of people reached cannot be negative."),
}
TOO_LONG = QT_TRANSLATE_NOOP("activities", "This text has {value} characters; at most {limit} fit.")
UNKNOWN_PROBLEM = QT_TRANSLATE_NOOP("activities", "This value cannot be saved ({code}).")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _shown(value: object) -> str:
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    return str(value)


def problem_message(field: str, code: str, value: object) -> str:
    """The sentence shown next to a field for one (field, code, value) problem."""
    source = PROBLEMS.get((field, code))
    if source is None and code == "too_long":
        source = TOO_LONG
    if source is None:
        return _tr(UNKNOWN_PROBLEM).format(code=code)
    limit = MAX_TITLE if field == "title" else MAX_TEXT
    return _tr(source).format(value=_shown(value), limit=f"{limit:,}")


def activity_error_message(error: TenpointDataError) -> str:
    """A sentence a person can act on, for the activity service's errors."""
    if isinstance(error, StaleActivityError):
        return QCoreApplication.translate(
            CONTEXT, "This activity was saved by someone else since you opened it (it is now "
            "at revision {found}; you opened revision {expected}). Your changes have not been "
            "saved.").format(found=error.found, expected=error.expected)
    if isinstance(error, ActivityReadOnlyError):
        return QCoreApplication.translate(
            CONTEXT, "This activity belongs to {owner}; it can be read here but not changed."
        ).format(owner=error.owner_name)
    if isinstance(error, ActivityNotFoundError):
        return _tr("This activity no longer exists or has been deleted; nothing was changed.")
    if isinstance(error, NoOfficeError):
        return _tr("This installation has no office yet. Set up the office (its name and "
                   "country) before recording activities.")
    return error_message(error)
