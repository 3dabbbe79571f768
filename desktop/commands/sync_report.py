"""How the sync commands print import previews and results, as text or JSON."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from db.sync.activity_plan import ActivityPlan
from db.sync.importing import ACCEPTED, PARTIAL, PackageOutcome
from db.sync.merge_rule import NEW
from desktop.shared.formatting import local_time_text
from desktop.shared.sync_messages import (
    activities_worth_reading,
    activity_outcome_label,
    change_text,
    describe_problem,
    outcome_counts_text,
    previously_imported_text,
    problem_message,
    problem_place,
    row_count_texts,
    signature_text,
)
from desktop.shared.translate import translate

MAX_PROBLEMS_SHOWN = 20  # per package; the error workbook and --json carry them all
MAX_ACTIVITIES_SHOWN = 50  # per package; --json carries them all


def _kind(kind: str | None) -> str:
    return {"office": translate("sync", "office package"),
            "hq_update": translate("sync", "headquarters update"),
            "template": translate("sync", "filled "
                                          "template")}.get(kind or "", translate("sync", "package"))


def _status(outcome: PackageOutcome, dry_run: bool) -> str:
    if outcome.status == ACCEPTED:
        return translate("sync", "would be imported") if dry_run else translate("sync", "imported")
    if outcome.status == PARTIAL:
        return (translate("sync", "valid rows would be imported") if dry_run
                else translate("sync", "valid rows imported"))
    return translate("sync", "REJECTED: nothing imported from this file")


def format_outcome(outcome: PackageOutcome, dry_run: bool) -> str:
    """One package's summary: who sent it, the counts, the problems."""
    lines = []
    if outcome.package_id:
        made = local_time_text(outcome.created_at) or "?"
        lines.append(translate("sync", "{file}: {kind} from {office}, made {made}").format(
            file=outcome.file, kind=_kind(outcome.kind), office=outcome.sender_name,
            made=made))
    else:
        lines.append(outcome.file)
    if outcome.signature:
        lines.append("  " + signature_text(outcome))
    lines += ["  " + text for text in row_count_texts(outcome)]
    lines.append("  " + outcome_counts_text(outcome.counts()))
    details = _details(outcome)
    if details:
        lines.append(f"  ({QLocale().createSeparatedList(details)})")
    previously = previously_imported_text(outcome)
    if previously:
        lines.append("  " + previously)
    lines += _activity_lines(outcome)
    for problem in outcome.problems[:MAX_PROBLEMS_SHOWN]:
        lines.append(f"  - {describe_problem(problem)}")
    if len(outcome.problems) > MAX_PROBLEMS_SHOWN:
        lines.append("  " + translate("sync", "... and %Ln more problems", None,
                                      len(outcome.problems) - MAX_PROBLEMS_SHOWN))
    lines.append("  => " + _status(outcome, dry_run))
    return "\n".join(lines)


def _details(outcome: PackageOutcome) -> list[str]:
    """The counts a package has only at times (deletions, ...), those that are not 0."""
    counted = (
        (outcome.deleted, translate("sync", "%Ln deletions", None, outcome.deleted)),
        (outcome.outdated, translate("sync", "%Ln older versions ignored", None, outcome.outdated)),
        (outcome.acknowledged, translate("sync", "%Ln acknowledged by headquarters", None,
                                         outcome.acknowledged)),
        (outcome.catalog_updates, translate("sync", "%Ln catalog updates", None,
                                            outcome.catalog_updates)),
        (outcome.catalog_changes, translate("sync", "%Ln catalog changes by headquarters", None,
                                            outcome.catalog_changes)),
        (outcome.blank_template_rows, translate("sync", "%Ln empty template rows", None,
                                                outcome.blank_template_rows)))
    return [text for count, text in counted if count]


def _activity_lines(outcome: PackageOutcome) -> list[str]:
    """Each activity that changes something other than by arriving new, with its fields."""
    shown = [p for p in activities_worth_reading(outcome.activities) if p.outcome != NEW]
    lines = []
    for plan in shown[:MAX_ACTIVITIES_SHOWN]:
        lines.append("  * " + translate("sync", "{title} [{id}]: {what}").format(
            title=plan.title, id=plan.activity_id, what=activity_outcome_label(plan)))
        lines += ["      " + change_text(change) for change in plan.changes]
    if len(shown) > MAX_ACTIVITIES_SHOWN:
        lines.append("  " + translate("sync", "... and %Ln more activities (--json lists them "
                                              "all)", None, len(shown) - MAX_ACTIVITIES_SHOWN))
    return lines


def _plan_json(plan: ActivityPlan) -> dict:
    return {"activity_id": plan.activity_id, "title": plan.title, "outcome": plan.outcome,
            "sheet": plan.sheet, "row": plan.row, "deletion": plan.deletion,
            "changes": [{"field": c.field, "held": c.held, "incoming": c.incoming}
                        for c in plan.changes]}


def outcome_json(outcome: PackageOutcome) -> dict:
    """The same as plain JSON-ready data."""
    return {
        "file": outcome.file, "status": outcome.status, "package_id": outcome.package_id,
        "kind": outcome.kind, "sender_office_id": outcome.sender_id,
        "sender_office_name": outcome.sender_name,
        "created_at": outcome.created_at.isoformat() if outcome.created_at else None,
        "counts": outcome.counts(), "checksum_matches": outcome.checksum_matches,
        "signature": outcome.signature, "signature_fingerprint": outcome.signature_fingerprint,
        "registered_fingerprint": outcome.registered_fingerprint,
        "row_counts": [{"sheet": c.sheet, "listed": c.listed, "found": c.found,
                        "added": c.added, "missing": c.missing} for c in outcome.row_counts],
        "previously_imported_at": outcome.previously_imported_at.isoformat()
        if outcome.previously_imported_at else None,
        "same_copy_imported": outcome.same_copy_imported,
        "activities": [_plan_json(plan) for plan in outcome.activities],
        "problems": [{"file": p.file, "sheet": p.sheet, "row": p.row, "column": p.column,
                      "value": p.value, "code": p.code, "place": problem_place(p),
                      "message": problem_message(p)} for p in outcome.problems],
    }
