"""Translated words of the Sync area not already in desktop/shared/sync_messages.py."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from db.sync.importing import ACCEPTED, PARTIAL, PackageOutcome
from desktop.shared.sync_messages import (
    outcome_counts_text,
    previously_imported_text,
    row_count_texts,
    signature_text,
)
from desktop.shared.translate import translate

DIRECTIONS = {
    "sent": QT_TRANSLATE_NOOP("SyncArea", "Sent"),
    "received": QT_TRANSLATE_NOOP("SyncArea", "Received"),
}
KINDS = {
    "office": QT_TRANSLATE_NOOP("SyncArea", "Office package"),
    "hq_update": QT_TRANSLATE_NOOP("SyncArea", "Headquarters update"),
    "template": QT_TRANSLATE_NOOP("SyncArea", "Template"),
}
STATUSES = {
    ACCEPTED: QT_TRANSLATE_NOOP("SyncArea", "Ready to import"),
    PARTIAL: QT_TRANSLATE_NOOP("SyncArea", "Valid rows only"),
    "rejected": QT_TRANSLATE_NOOP("SyncArea", "Rejected"),
}
SIGNATURES = {
    "verified": QT_TRANSLATE_NOOP("SyncArea", "Verified"),
    "new_key": QT_TRANSLATE_NOOP("SyncArea", "New office key"),
    "unsigned": QT_TRANSLATE_NOOP("SyncArea", "Not signed"),
    "bad_signature": QT_TRANSLATE_NOOP("SyncArea", "Changed after signing"),
    "key_mismatch": QT_TRANSLATE_NOOP("SyncArea", "Wrong key"),
}
RESOLUTIONS = {
    "kept_local": QT_TRANSLATE_NOOP("SyncArea", "kept this installation's version"),
    "kept_incoming": QT_TRANSLATE_NOOP("SyncArea", "kept the received version"),
    "edited": QT_TRANSLATE_NOOP("SyncArea", "saved an edited version"),
}



def _label(table: dict[str, str], code: str | None) -> str:
    source = table.get(code or "")
    return translate("SyncArea", source) if source else (code or "")


def direction_label(direction: str) -> str:
    return _label(DIRECTIONS, direction)


def kind_label(kind: str | None) -> str:
    return _label(KINDS, kind)


def status_label(status: str) -> str:
    return _label(STATUSES, status)


def signature_label(outcome: PackageOutcome) -> str:
    """The signature state in a word or two, for a table column."""
    label = _label(SIGNATURES, outcome.signature)
    return translate("SyncArea", "{state} (imported "
                                 "unsigned)").format(state=label) if outcome.imported_unsigned \
        else label


def resolution_label(choice: str) -> str:
    return _label(RESOLUTIONS, choice)


def outcome_notes(outcome: PackageOutcome) -> list[str]:
    """What else a person should know about a package before applying it."""
    notes = [signature_text(outcome)] if outcome.signature else []
    previously = previously_imported_text(outcome)
    notes += [previously] if previously else []
    if outcome.checksum_matches is False and outcome.previously_imported_at is None:
        notes.append(translate("SyncArea", "Cells were changed after the package was exported."))
    if outcome.edited:
        notes.append(translate("SyncArea", "%Ln activities were edited in the file after export, "
                                           "on the version held here: once you accept the file "
                                           "as unsigned data, they are updated, and their "
                                           "history says so.", None, outcome.edited))
    notes += row_count_texts(outcome)
    if outcome.outdated:
        notes.append(translate("SyncArea", "%Ln older versions will be ignored: they never "
                                           "overwrite newer data.", None, outcome.outdated))
    if outcome.deleted:
        notes.append(translate("SyncArea", "%Ln deletions.", None, outcome.deleted))
    if outcome.acknowledged:
        notes.append(translate("SyncArea", "%Ln activities acknowledged by headquarters.", None,
                               outcome.acknowledged))
    if outcome.catalog_updates:
        notes.append(translate("SyncArea", "%Ln catalog updates.", None, outcome.catalog_updates))
    if outcome.catalog_changes:
        notes.append(translate("SyncArea", "%Ln changes to the catalog by headquarters (new "
                                           "items, corrections, retirements, merges).", None,
                               outcome.catalog_changes))
    return notes


def summary_text(outcomes: tuple[PackageOutcome, ...]) -> str:
    """After applying: one line per package, what was imported and what was left out."""
    lines = []
    for outcome in outcomes:
        if outcome.status == "rejected":
            lines.append(translate("SyncArea", "{file}: "
                                               "rejected, nothing imported from it.").format(
                file=outcome.file))
        else:
            lines.append(translate("SyncArea", "{file}: {counts}.").format(
                file=outcome.file, counts=outcome_counts_text(outcome.counts())))
            if outcome.imported_unsigned:
                unsigned = translate("SyncArea", "Imported as unsigned data: the activity "
                                                 "history records it.")
                lines.append("    " + unsigned)
    return "\n".join(lines)
