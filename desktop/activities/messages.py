"""Translated sentences for the activity rules' problems, shown next to the editor's fields."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from desktop.shared.translate import translate
from exporters import problems
from exporters.activity import BY_NAME

# (field, problem code) -> sentence; "{value}" is the value the rules reported. The codes are
# the activity rules' (exporters/activity.py), the same a package's rows are refused with.
# Sentences that depend on a count (too long, unknown codes) have plural forms: below.
PROBLEMS = {
    ("title", problems.REQUIRED): QT_TRANSLATE_NOOP("activities", "Give the activity a title."),
    ("item_codes", problems.REQUIRED): QT_TRANSLATE_NOOP(
        "activities", "Link at least one catalog item that this activity follows up on."),
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
# Any text field: a control character (a NUL, an escape) pasted from elsewhere.
CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "activities", "This text holds an invisible control character ({value}) that cannot be "
                  "saved; remove it (it often comes with text pasted from another program).")
UNKNOWN_PROBLEM = QT_TRANSLATE_NOOP("activities", "This value cannot be saved ({code}).")


def _shown(value: object) -> str:
    if isinstance(value, tuple | list):
        return QLocale().createSeparatedList([str(v) for v in value])
    return str(value)


def too_long_message(field: str, length: int) -> str:
    """Two sentences, one count each (a plural message holds one): the length, the limit."""
    if field == "title":
        has = translate("activities", "The title has %Ln characters.", None, length)
    else:
        has = translate("activities", "This text has %Ln characters.", None, length)
    spec = BY_NAME.get(field)
    if spec is None or spec.max_length is None:
        return has
    fit = translate("activities", "At most %Ln characters fit.", None, spec.max_length)
    return f"{has} {fit}"  # whole sentences: each language reads them in this order


def unknown_codes_message(codes: tuple[str, ...]) -> str:
    # The count chooses "This code is" or "These codes are" (English plural file).
    return translate("activities", "These codes are not in the catalog: {codes}.", None,
                     len(codes)).format(codes=_shown(codes))


def problem_message(field: str, code: str, value: object) -> str:
    """The sentence shown next to a field for one (field, code, value) problem."""
    if code == problems.TOO_LONG and isinstance(value, int):
        return too_long_message(field, value)
    if code == problems.UNKNOWN_ITEM_CODE and isinstance(value, tuple | list):
        return unknown_codes_message(tuple(value))
    source = (CONTROL_CHARACTER if code == problems.CONTROL_CHARACTER
              else PROBLEMS.get((field, code)))
    if source is None:
        return translate("activities", UNKNOWN_PROBLEM).format(code=code)
    return translate("activities", source).format(value=_shown(value))
