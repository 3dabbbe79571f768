"""Translated sentences for the activity rules' problems, shown next to the editor's fields."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.shared.translate import translate
from exporters import problems
from exporters.activity import BY_NAME

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
    ("people_reached", problems.INVALID_NUMBER): QT_TRANSLATE_NOOP(
        "activities", "\"{value}\" is not a whole number. Type the number of people, e.g. 50, "
                      "or leave it empty."),
}
TOO_LONG = QT_TRANSLATE_NOOP("activities", "This text has {value} characters; at most {limit} fit.")
UNKNOWN_PROBLEM = QT_TRANSLATE_NOOP("activities", "This value cannot be saved ({code}).")



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
        return translate("activities", UNKNOWN_PROBLEM).format(code=code)
    limit = BY_NAME[field].max_length if field in BY_NAME else None
    return translate("activities", source).format(value=_shown(value), limit=f"{limit or 0:,}")
