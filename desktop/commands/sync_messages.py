"""Translated sentences for the sync codes of db/ and exporters/ (problems and errors)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db.activities import NoOfficeError
from db.errors import TenpointDataError
from db.sync_errors import (
    ConflictChoiceError,
    ConflictNotFoundError,
    ExportScopeError,
    PackageFileError,
)
from exporters.problems import Problem

CONTEXT = "sync"

PROBLEMS = {
    "unreadable": QT_TRANSLATE_NOOP(
        "sync", "The file is not an Excel workbook Tenpoint can read ({value})."),
    "missing_sheet": QT_TRANSLATE_NOOP(
        "sync", "The workbook has no sheet \"{sheet}\"; it is not a Tenpoint package."),
    "missing_column": QT_TRANSLATE_NOOP(
        "sync", "The sheet \"{sheet}\" has no column \"{column}\"."),
    "bad_manifest": QT_TRANSLATE_NOOP(
        "sync", "The Manifest sheet is incomplete or damaged (\"{column}\")."),
    "future_format_version": QT_TRANSLATE_NOOP(
        "sync", "The package was made by a newer Tenpoint (format {value}); update Tenpoint "
                "to import it."),
    "unknown_package_kind": QT_TRANSLATE_NOOP(
        "sync", "The Manifest names an unknown kind of package (\"{value}\")."),
    "wrong_recipient": QT_TRANSLATE_NOOP(
        "sync", "This package is not for this installation (an office package goes to "
                "headquarters, a headquarters update to its office, a template to "
                "headquarters or its own office)."),
    "required": QT_TRANSLATE_NOOP("sync", "A value is required."),
    "too_long": QT_TRANSLATE_NOOP("sync", "The text is too long ({value} characters)."),
    "invalid_date": QT_TRANSLATE_NOOP(
        "sync", "\"{value}\" is not a date; write it as 2026-03-31 or 31/03/2026."),
    "invalid_number": QT_TRANSLATE_NOOP("sync", "\"{value}\" is not a whole number."),
    "negative": QT_TRANSLATE_NOOP("sync", "The number cannot be negative ({value})."),
    "invalid_status": QT_TRANSLATE_NOOP(
        "sync", "\"{value}\" is not a status; choose one from the Lists sheet."),
    "invalid_kind": QT_TRANSLATE_NOOP(
        "sync", "\"{value}\" is not a kind of activity; choose one from the Lists sheet."),
    "invalid_id": QT_TRANSLATE_NOOP(
        "sync", "\"{value}\" is not an activity ID; keep the IDs Tenpoint wrote."),
    "invalid_version": QT_TRANSLATE_NOOP(
        "sync", "The version \"{value}\" was changed; keep the Version column as exported."),
    "duplicate_id": QT_TRANSLATE_NOOP(
        "sync", "The activity ID {value} appears more than once; each row needs its own ID."),
    "end_before_start": QT_TRANSLATE_NOOP("sync", "The end date {value} is before the start."),
    "unknown_country": QT_TRANSLATE_NOOP(
        "sync", "Unknown country code \"{value}\"; use ISO codes such as KE."),
    "unknown_item_code": QT_TRANSLATE_NOOP(
        "sync", "Unknown catalog item code(s): {value}. See the Lists sheet."),
    "not_owner": QT_TRANSLATE_NOOP(
        "sync", "The activity belongs to another office ({value}); an office sends only "
                "its own activities."),
    "read_only": QT_TRANSLATE_NOOP(
        "sync", "The activity {value} is part of the 2011 compilation and cannot change."),
    "checksum_mismatch": QT_TRANSLATE_NOOP(
        "sync", "Cells were changed after the package was exported (the checksum differs)."),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def problem_message(problem: Problem) -> str:
    """The problem as a sentence, without its place (see problem_place)."""
    source = PROBLEMS.get(problem.code)
    if source is None:
        return tr("Problem \"{code}\" with value \"{value}\".").format(
            code=problem.code, value=problem.value or "")
    return tr(source).format(value=problem.value or "", sheet=problem.sheet or "",
                             column=problem.column or "")


def problem_place(problem: Problem) -> str:
    """Where the problem is: file, sheet, row and column, as far as they apply."""
    parts = [problem.file]
    if problem.sheet:
        parts.append(tr("sheet \"{sheet}\"").format(sheet=problem.sheet))
    if problem.row:
        parts.append(tr("row {row}").format(row=problem.row))
    if problem.column and problem.row:
        parts.append(tr("column \"{column}\"").format(column=problem.column))
    return ", ".join(parts)


def describe_problem(problem: Problem) -> str:
    """Place and sentence in one line (also what the error workbook shows)."""
    return f"{problem_place(problem)}: {problem_message(problem)}"


EXPORT_SCOPE = {
    "hq_needs_scope": QT_TRANSLATE_NOOP(
        "sync", "Headquarters exports an update for one office or region: give --office ID "
                "or --region CODE."),
    "office_has_no_scope": QT_TRANSLATE_NOOP(
        "sync", "A field office exports only its own package and templates; --office, "
                "--region and --office-name are for headquarters."),
    "unknown_office": QT_TRANSLATE_NOOP(
        "sync", "No other office has the ID \"{value}\" (offices are known here once a "
                "package or template of theirs was handled)."),
    "unknown_region": QT_TRANSLATE_NOOP(
        "sync", "Unknown region \"{value}\"; regions are GOA, WAF, AME, EHSA, CAS, APAC."),
}


def sync_error_message(error: TenpointDataError) -> str | None:
    """A sentence for the sync errors, or None for errors worded elsewhere."""
    if isinstance(error, ExportScopeError):
        return tr(EXPORT_SCOPE.get(error.code, error.code)).format(value=error.value or "")
    if isinstance(error, ConflictNotFoundError):
        return tr("There is no open conflict number {id}; `tenpoint conflicts` lists them."
                  ).format(id=error.conflict_id)
    if isinstance(error, ConflictChoiceError):
        return tr("Choose --keep local or --keep incoming.")
    if isinstance(error, PackageFileError):
        return tr("Could not write {path}: {detail}. Nothing was recorded as sent.").format(
            path=error.path, detail=error.detail)
    if isinstance(error, NoOfficeError):
        return tr("Set up this installation's office first: tenpoint setup --office-name "
                  "NAME --country CC.")
    return None
