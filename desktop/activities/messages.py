"""Translated sentences for the activity service's errors and validation problems."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db.activities.service import (
    ActivityNotFoundError,
    ActivityReadOnlyError,
    StaleActivityError,
)
from db.errors import NoOfficeError, TenpointDataError
from desktop.messages import error_message
from exporters import problems
from exporters.activity import BY_NAME

CONTEXT = "activities"

# (field, problem code) -> sentence; "{value}" is the value the rules reported. The codes are
# the activity rules' (exporters/activity.py), the same a package's rows are refused with.
PROBLEMS = {
    ("title", problems.REQUIRED): QT_TRANSLATE_NOOP("activities", "Give the activity a title."),
    ("title", problems.TOO_LONG): QT_TRANSLATE_NOOP(
        "activities", "The title has {value} characters; at most {limit} fit."),
    ("item_codes", problems.REQUIRED): QT_TRANSLATE_NOOP(
        "activities", "Link at least one catalog item that this activity follows up on."),
    ("item_codes", problems.UNKNOWN_ITEM_CODE): QT_TRANSLATE_NOOP(
        "activities", "These codes are not in the catalog: {value}."),
    ("status", problems.INVALID_STATUS): QT_TRANSLATE_NOOP(
        "activities", "Choose a status from the list."),
    ("kind", problems.INVALID_KIND): QT_TRANSLATE_NOOP(
        "activities", "Choose a kind of activity from the list."),
    ("country_iso2", problems.UNKNOWN_COUNTRY): QT_TRANSLATE_NOOP(
        "activities", "\"{value}\" is not a country of the list; choose one from it."),
    ("country_iso2", problems.OTHER_COUNTRY): QT_TRANSLATE_NOOP(
        "activities", "This office records its own country's activities; \"{value}\" is "
                      "another country."),
    ("end_date", problems.END_BEFORE_START): QT_TRANSLATE_NOOP(
        "activities", "The end date ({value}) is before the start date."),
    ("people_reached", problems.NEGATIVE): QT_TRANSLATE_NOOP(
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
    if source is None and code == problems.TOO_LONG:
        source = TOO_LONG
    if source is None:
        return _tr(UNKNOWN_PROBLEM).format(code=code)
    limit = BY_NAME[field].max_length if field in BY_NAME else None
    return _tr(source).format(value=_shown(value), limit=f"{limit or 0:,}")


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
