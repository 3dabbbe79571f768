"""Translated sentences for the sync codes of db/ and exporters/ (problems and errors)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from db.errors import NoOfficeError, SigningKeyError, TenpointDataError
from db.sync.activity_plan import REJECTED_ROW, ActivityPlan, FieldChange
from db.sync.errors import (
    ConflictChoiceError,
    ConflictNotFoundError,
    ExportScopeError,
    PackageFileError,
)
from db.sync.merge_rule import CONFLICT, EDITED, NEW, OUTDATED, UNCHANGED, UPDATED
from desktop.shared.formatting import history_value, local_time_text
from desktop.shared.labels import field_label
from desktop.shared.translate import translate, translated_label
from exporters.layout import ACTIVITIES_SHEET, all_columns
from exporters.problems import TOO_LONG, Problem

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
    "signature_invalid": QT_TRANSLATE_NOOP(
        "sync", "The signature does not match the content: the package was changed after it "
                "was signed (or damaged). Import it only as unsigned data, if you know where it "
                "comes from."),
    "key_mismatch": QT_TRANSLATE_NOOP(
        "sync", "The package claims to come from an office whose registered key is a "
                "different one; it is signed by the key {value}. If that office was "
                "reinstalled, check the fingerprint with it, remove the old key (Trusted keys, "
                "or: tenpoint keys remove OFFICE) and import again."),
    "untrusted_key": QT_TRANSLATE_NOOP(
        "sync", "This is the first signed package from this office. Check the key's "
                "fingerprint {value} with the office (by phone, for instance), then confirm "
                "it (on the command line: --trust-key {value})."),
    "unsigned": QT_TRANSLATE_NOOP(
        "sync", "The package is not signed (a filled template or a hand-made file): nothing "
                "shows who made it. Import it only as unsigned data, if you know where it "
                "comes from (on the command line: --accept-unsigned)."),
    "required": QT_TRANSLATE_NOOP("sync", "A value is required."),
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
    "control_character": QT_TRANSLATE_NOOP(
        "sync", "The cell holds an invisible control character ({value}), which Tenpoint "
                "cannot store; remove it."),
    "unknown_country": QT_TRANSLATE_NOOP(
        "sync", "Unknown country code \"{value}\"; use ISO codes such as KE."),
    "unknown_item_code": QT_TRANSLATE_NOOP(
        "sync", "Unknown catalog item code(s): {value}. See the Lists sheet."),
    "not_owner": QT_TRANSLATE_NOOP(
        "sync", "The activity belongs to another office ({value}); an office sends only "
                "its own activities."),
    "other_country": QT_TRANSLATE_NOOP(
        "sync", "The row is for another country ({value}) than the office that sent the "
                "package; an office records its own country's activities. Ask the office to "
                "correct the country."),
    "read_only": QT_TRANSLATE_NOOP(
        "sync", "The activity {value} is part of the 2011 compilation and cannot change."),
    "checksum_mismatch": QT_TRANSLATE_NOOP(
        "sync", "Cells were changed after the package was exported (the checksum differs)."),
    "not_a_workbook": QT_TRANSLATE_NOOP(
        "sync", "The file is not an Excel workbook (.xlsx), whatever its name says. Ask the "
                "office to export the package again and send that file."),
    "legacy_xls": QT_TRANSLATE_NOOP(
        "sync", "The file is an old Excel 97-2003 workbook (.xls), perhaps renamed. Open it, "
                "save it as .xlsx (Excel workbook) and import that file."),
    "ods_file": QT_TRANSLATE_NOOP(
        "sync", "The file is an OpenDocument spreadsheet (.ods), perhaps renamed. Open it, "
                "save it as .xlsx (Excel workbook) and import that file."),
    "damaged_zip": QT_TRANSLATE_NOOP(
        "sync", "The file is damaged or incomplete (cut short while copying or sending?). Ask "
                "the office to export the package again."),
    "too_large": QT_TRANSLATE_NOOP(
        "sync", "The file unpacks to far more than a package holds ({value}); it was not "
                "opened. Ask the office to export the package again."),
    "entity_declaration": QT_TRANSLATE_NOOP(
        "sync", "The file holds XML declarations ({value}) that no spreadsheet program writes "
                "and that can make a program use up all memory; it was not opened. Ask the "
                "office to export the package again."),
    "sheet_too_large": QT_TRANSLATE_NOOP(
        "sync", "The sheet has a value as far out as {value}, far beyond what a package "
                "holds; it was not opened. Delete what was typed in those far cells, or ask "
                "the office to export the package again."),
    "formula_cell": QT_TRANSLATE_NOOP(
        "sync", "Cell {value} holds a formula; a package holds values only. Replace the "
                "formula with its value (copy, then paste values only) and import again."),
    "password_required": QT_TRANSLATE_NOOP(
        "sync", "The file is protected by a password; give the password to import it."),
    "wrong_password": QT_TRANSLATE_NOOP(
        "sync", "The password does not open this file; check it with the office that sent "
                "it."),
    "parser_crashed": QT_TRANSLATE_NOOP(
        "sync", "Reading the file failed ({value}); it may be damaged or made to harm. Nothing "
                "was changed. Ask the office to export the package again."),
    # "{value} s", like "{value} MB" below: a unit's symbol reads the same for any number.
    "parser_timeout": QT_TRANSLATE_NOOP(
        "sync", "Reading the file took longer than {value} s and was stopped; it may be "
                "damaged or made to harm. Nothing was changed. Ask the office to export the "
                "package again."),
    "parser_out_of_memory": QT_TRANSLATE_NOOP(
        "sync", "Reading the file needed more than {value} MB of memory and was stopped; it "
                "may be damaged or made to harm. Nothing was changed. Ask the office to export "
                "the package again."),
}


# Why a file in a folder was not read (db.sync.package_files.SKIPPED_*).
SKIPPED = {
    "lock_file": QT_TRANSLATE_NOOP(
        "sync", "the lock file Excel or LibreOffice keeps while a workbook is open, not a "
                "package: save and close that workbook before importing it"),
    "ods": QT_TRANSLATE_NOOP(
        "sync", "not an Excel workbook: open it, save it as .xlsx and import that file"),
    "xls": QT_TRANSLATE_NOOP(
        "sync", "an old Excel 97-2003 workbook: open it, save it as .xlsx and import that "
                "file"),
    "other_excel": QT_TRANSLATE_NOOP(
        "sync", "not a plain Excel workbook: open it, save it as .xlsx and import that file"),
    "csv": QT_TRANSLATE_NOOP(
        "sync", "a text file (CSV) holds one sheet only, not a package: import the .xlsx file "
                "Tenpoint exported"),
    "folder": QT_TRANSLATE_NOOP(
        "sync", "a folder: the folders inside are not searched; import that folder itself"),
    "not_a_package": QT_TRANSLATE_NOOP("sync", "not an Excel workbook (.xlsx)"),
}


def skipped_file_reason(reason: str) -> str:
    """Why a file was not read, as a clause: "not an Excel workbook (.xlsx)"."""
    return translate("sync", SKIPPED.get(reason, SKIPPED["not_a_package"]))


def skipped_file_text(skipped) -> str:
    """One file of a folder that was not read (a db.sync.package_files.SkippedFile), and why."""
    return translate("sync", "Not read: {path} ({reason}).").format(
        path=skipped.path, reason=skipped_file_reason(skipped.reason))


def empty_folder_text(folder, skipped) -> str:
    """A named folder without any package, with what it held instead (SkippedFiles)."""
    if not skipped:
        return translate("sync", "No package (.xlsx) in {folder}.").format(folder=folder)
    # Not QLocale's list: the reasons hold commas of their own.
    found = translate("sync", "; ", "between the files of a list").join(
        translate("sync", "{name} ({reason})").format(
            name=s.path.name, reason=skipped_file_reason(s.reason)) for s in skipped)
    return translate("sync", "No package (.xlsx) in {folder}; found: {files}.").format(
        folder=folder, files=found)


def folder_texts(found) -> list[str]:
    """What the named folders held besides packages (a db.sync.package_files.PackageFiles): a
    line per folder without any package, then one per file not read from the others."""
    lines = [empty_folder_text(folder, found.skipped_in(folder))
             for folder in found.empty_folders]
    empty = set(found.empty_folders)
    lines += [skipped_file_text(s) for s in found.skipped if s.path.parent not in empty]
    return lines


def row_count_texts(outcome) -> list[str]:
    """Rows added to or missing from a package since export, sheet by sheet, as the manifest
    (signed with the rows) lists them; for an import preview or summary."""
    lines = []
    for count in outcome.row_counts:
        if count.added:
            lines.append(translate(
                "sync", "Rows added to the sheet \"{sheet}\" after export: {n} (the package "
                        "listed {listed}, the file holds {found}). Rows added by hand are not "
                        "signed: the package imports only as unsigned data. To add activities "
                        "by hand, fill a template.").format(
                sheet=count.sheet, n=count.added, listed=count.listed, found=count.found))
        elif count.missing and count.sheet == ACTIVITIES_SHEET:
            lines.append(translate(
                "sync", "Activities missing from this copy: {n} (the package listed {listed}, "
                        "the file holds {found}). Deleting a row does not delete an activity: "
                        "the missing ones stay as they are here. An activity is deleted in "
                        "Tenpoint, and its deletion travels in the Deletions sheet.").format(
                n=count.missing, listed=count.listed, found=count.found))
        elif count.missing:
            lines.append(translate(
                "sync", "Rows missing from the sheet \"{sheet}\": {n} (the package listed "
                        "{listed}, the file holds {found}).").format(
                sheet=count.sheet, n=count.missing, listed=count.listed, found=count.found))
    return lines


def outcome_counts_text(counts: Mapping[str, int]) -> str:
    """What importing a package does to its activities, count by count, as a list in the
    person's language: "2 new, 1 updated, 0 unchanged, 0 in conflict, and 0 rejected"."""
    return QLocale().createSeparatedList([
        translate("sync", "%Ln new", "activities", counts.get("new", 0)),
        translate("sync", "%Ln updated", "activities", counts.get("updated", 0)),
        translate("sync", "%Ln unchanged", "activities", counts.get("unchanged", 0)),
        translate("sync", "%Ln in conflict", "activities", counts.get("conflicts", 0)),
        translate("sync", "%Ln rejected", "activities", counts.get("rejected", 0))])


# Each sheet column's translation context, by its English header (the name problems give).
HEADER_CONTEXTS = {column.header: column.context for column in all_columns()}


def column_label(header: str) -> str:
    """A column named in the interface's language, as its header reads in a workbook written
    in that language (a header Tenpoint does not know stays as given)."""
    context = HEADER_CONTEXTS.get(header)
    return translate(context, header) if context else header


def problem_message(problem: Problem) -> str:
    """The problem as a sentence, without its place (see problem_place)."""
    if problem.code == TOO_LONG and str(problem.value).isdigit():
        return translate("sync", "The text is too long (%Ln characters).", None,
                         int(problem.value))
    source = PROBLEMS.get(problem.code)
    if source is None:
        return translate("sync", "Problem \"{code}\" with value \"{value}\".").format(
            code=problem.code, value=problem.value or "")
    return translate("sync", source).format(value=problem.value or "", sheet=problem.sheet or "",
                                            column=column_label(problem.column or ""))


def problem_place(problem: Problem) -> str:
    """Where the problem is: file, sheet, row and column, as far as they apply."""
    place = problem.file
    if problem.sheet:
        place = translate("sync", "{place}, sheet \"{sheet}\"").format(place=place,
                                                                         sheet=problem.sheet)
    if problem.row:
        place = translate("sync", "{place}, row {row}").format(place=place, row=problem.row)
    if problem.column and problem.row:
        place = translate("sync", "{place}, column \"{column}\"").format(
            place=place, column=column_label(problem.column))
    return place


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


SIGNING_KEY_ERRORS = {
    "own_key_unreadable": QT_TRANSLATE_NOOP(
        "sync", "This installation's signing key {value} is damaged. Restore it from a "
                "backup of the data folder."),
    "key_file_unreadable": QT_TRANSLATE_NOOP("sync", "Could not read the key file {value}."),
    "key_file_unwritable": QT_TRANSLATE_NOOP("sync", "Could not write the key file {value}."),
    "key_file_invalid": QT_TRANSLATE_NOOP(
        "sync", "{value} is not a Tenpoint key file, or its fingerprint does not match its "
                "key."),
    "key_file_too_large": QT_TRANSLATE_NOOP(
        "sync", "{value} is too large to be a Tenpoint key file, which holds a few lines. "
                "Choose the .txt file the office's IT exported with `tenpoint keys export`."),
    "key_file_other_office": QT_TRANSLATE_NOOP(
        "sync", "That key file is for {value}, not for the office whose package waits for "
                "a key. Ask that office's IT for its own key file."),
    "key_exists": QT_TRANSLATE_NOOP(
        "sync", "Another key is already registered for {value}. Check with the office, remove "
                "the old key, then register the new one."),
    "own_office": QT_TRANSLATE_NOOP(
        "sync", "That is this installation's own key; it needs no registering."),
    "unknown_key": QT_TRANSLATE_NOOP(
        "sync", "No key is registered for \"{value}\"; `tenpoint keys` lists them."),
    "no_office": QT_TRANSLATE_NOOP(
        "sync", "Set up this installation's office first: tenpoint setup --office-name NAME "
                "--country CC."),
}


def sync_error_message(error: TenpointDataError) -> str | None:
    """A sentence for the sync errors, or None for errors worded elsewhere."""
    if isinstance(error, ExportScopeError):
        return translate("sync", EXPORT_SCOPE.get(error.code,
                                                  error.code)).format(value=error.value or "")
    if isinstance(error, ConflictNotFoundError):
        return translate("sync", "There is no open conflict number {id}; `tenpoint conflicts` "
                                 "lists them."
                  ).format(id=error.conflict_id)
    if isinstance(error, ConflictChoiceError):
        return translate("sync", "Choose --keep local or --keep incoming.")
    if isinstance(error, PackageFileError):
        return translate("sync", "Could not "
                                 "write {path}: {detail}. Nothing was recorded as sent.").format(
            path=error.path, detail=error.detail)
    if isinstance(error, SigningKeyError):
        return translate("sync", SIGNING_KEY_ERRORS.get(error.code, error.code)).format(
            value=error.value or "")
    if isinstance(error, NoOfficeError):
        return translate("sync", "Set up this installation's office first: tenpoint setup "
                                 "--office-name NAME --country CC.")
    return None


SIGNATURES = {
    "verified": QT_TRANSLATE_NOOP("sync", "Signed by {office} (key {fingerprint})."),
    "new_key": QT_TRANSLATE_NOOP(
        "sync", "Signed with a key not yet registered for {office}: fingerprint {fingerprint}."),
    "new_key_confirmed": QT_TRANSLATE_NOOP(
        "sync", "Signed by {office} with the key {fingerprint}, confirmed by you: registered "
                "on import."),
    "key_mismatch": QT_TRANSLATE_NOOP(
        "sync", "Signed with the key {fingerprint}, but the key registered for {office} is "
                "{registered}: refused."),
    "unsigned": QT_TRANSLATE_NOOP("sync", "Not signed."),
    "bad_signature": QT_TRANSLATE_NOOP(
        "sync", "The signature does not match the content (changed after signing)."),
}
ACCEPTED_UNSIGNED = QT_TRANSLATE_NOOP("sync", "Imported as unsigned data.")


def signature_text(outcome) -> str:
    """The package's signature state in a sentence ("" when the file could not be read)."""
    status = outcome.signature
    if status is None:
        return ""
    if status == "new_key" and outcome.status != "rejected":
        status = "new_key_confirmed"
    text = translate("sync", SIGNATURES.get(status, status)).format(
        office=outcome.sender_name or outcome.sender_id or "?",
        fingerprint=outcome.signature_fingerprint or "",
        registered=outcome.registered_fingerprint or "")
    if outcome.imported_unsigned:
        text += " " + translate("sync", ACCEPTED_UNSIGNED)
    return text


ACTIVITY_OUTCOMES = {
    NEW: QT_TRANSLATE_NOOP("sync", "New"),
    UPDATED: QT_TRANSLATE_NOOP("sync", "Updated"),
    EDITED: QT_TRANSLATE_NOOP("sync", "Edited in the file after export"),
    UNCHANGED: QT_TRANSLATE_NOOP("sync", "Unchanged"),
    OUTDATED: QT_TRANSLATE_NOOP("sync", "Older version: not imported"),
    CONFLICT: QT_TRANSLATE_NOOP("sync", "Conflict: both versions kept"),
    REJECTED_ROW: QT_TRANSLATE_NOOP("sync", "Rejected"),
}
# What a person need not read to decide: listed only on request.
QUIET_OUTCOMES = frozenset({UNCHANGED})


def activity_outcome_label(plan: ActivityPlan) -> str:
    """What importing does to one activity, in a few words (a deletion says so)."""
    if plan.deletion and plan.outcome in (NEW, UPDATED):
        return translate("sync", "Deleted")
    return translated_label("sync", ACTIVITY_OUTCOMES, plan.outcome)


def change_text(change: FieldChange) -> str:
    """One changed field on one line: "Status: Ongoing -> Completed"."""
    return translate("sync", "{field}: {held} \u2192 {incoming}").format(
        field=field_label(change.field), held=history_value(change.field, change.held) or "\u2014",
        incoming=history_value(change.field, change.incoming) or "\u2014")


def activities_worth_reading(plans) -> list[ActivityPlan]:
    """The activities a preview lists by default: all but those that change nothing."""
    return [plan for plan in plans if plan.outcome not in QUIET_OUTCOMES]


def previously_imported_text(outcome) -> str | None:
    """Whether this package was imported before, and whether this copy is the same one."""
    if outcome.previously_imported_at is None:
        return None
    date = local_time_text(outcome.previously_imported_at)
    if outcome.same_copy_imported:
        return translate("sync", "Already imported on {date}; importing it again changes "
                                 "nothing that is already here.").format(date=date)
    return translate("sync", "A copy of this package was imported on {date}. Cells of this "
                             "copy were changed since it was exported: each change is "
                             "listed with the activity it belongs to.").format(date=date)
