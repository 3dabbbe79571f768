"""How the sync commands print import previews and results, as text or JSON."""

from __future__ import annotations

from db.sync.importing import ACCEPTED, PARTIAL, PackageOutcome
from desktop.shared.formatting import local_time_text
from desktop.shared.sync_messages import (
    describe_problem,
    problem_message,
    problem_place,
    row_count_texts,
    signature_text,
)
from desktop.shared.translate import translate

MAX_PROBLEMS_SHOWN = 20  # per package; the error workbook and --json carry them all



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
    lines.append("  " + translate("sync", "new {new}, updated {updated}, unchanged {unchanged}, "
                                          "conflicts {conflicts}, "
                                          "rejected {rejected}").format(**outcome.counts()))
    details = [translate("sync", "{n} "
                                 "deletions").format(n=outcome.deleted) if outcome.deleted else "",
               translate("sync", "{n} older versions ignored").format(n=outcome.outdated)
               if outcome.outdated else "",
               translate("sync", "{n} acknowledged by headquarters").format(n=outcome.acknowledged)
               if outcome.acknowledged else "",
               translate("sync", "{n} catalog updates").format(n=outcome.catalog_updates)
               if outcome.catalog_updates else "",
               translate("sync", "{n} empty template rows").format(n=outcome.blank_template_rows)
               if outcome.blank_template_rows else ""]
    details = [d for d in details if d]
    if details:
        lines.append("  (" + ", ".join(details) + ")")
    if outcome.previously_imported_at:
        lines.append("  " + translate("sync", "already imported on {date}").format(
            date=local_time_text(outcome.previously_imported_at)))
    for problem in outcome.problems[:MAX_PROBLEMS_SHOWN]:
        lines.append(f"  - {describe_problem(problem)}")
    if len(outcome.problems) > MAX_PROBLEMS_SHOWN:
        lines.append("  " + translate("sync", "... and {n} more problems").format(
            n=len(outcome.problems) - MAX_PROBLEMS_SHOWN))
    lines.append("  => " + _status(outcome, dry_run))
    return "\n".join(lines)


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
        "problems": [{"file": p.file, "sheet": p.sheet, "row": p.row, "column": p.column,
                      "value": p.value, "code": p.code, "place": problem_place(p),
                      "message": problem_message(p)} for p in outcome.problems],
    }
