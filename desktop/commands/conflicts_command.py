"""`tenpoint conflicts [list|resolve ID --keep local|incoming]`: the conflicts queue."""

from __future__ import annotations

import argparse
import sys

from db.errors import TenpointDataError
from db.sync.conflicts import ConflictRecord, open_conflicts, resolve_conflict
from db.sync.merge_rule import Version
from desktop.context import AppContext
from desktop.shared.formatting import local_time_text
from desktop.shared.messages import error_message
from desktop.shared.sync_messages import sync_error_message
from desktop.shared.translate import translate

NAME = "conflicts"


def register(commands) -> None:
    conflicts = commands.add_parser(
        NAME, help=translate("cli", "list concurrent edits kept side by side, and resolve them"))
    actions = conflicts.add_subparsers(dest="conflicts_command", metavar=translate("cli", "ACTION"))
    actions.add_parser("list", help=translate("cli", "the open conflicts with both versions "
                                                     "(default)"))
    resolve = actions.add_parser("resolve", help=translate("cli", "keep one of the two versions"))
    resolve.add_argument("conflict_id", type=int, metavar=translate("cli", "ID"))
    resolve.add_argument("--keep", required=True, choices=("local", "incoming"),
                         help=translate("cli", "local: the version shown here; incoming: the one "
                                               "received"))


def run(args: argparse.Namespace, context: AppContext) -> int:
    try:
        if args.conflicts_command == "resolve":
            resolve_conflict(context.database, args.conflict_id, args.keep, context.user)
            print(_resolved_text(args.conflict_id, args.keep))
            return 0
        print(format_conflicts(open_conflicts(context.database)))
        return 0
    except TenpointDataError as error:
        print(sync_error_message(error) or error_message(error), file=sys.stderr)
        return 1


def _resolved_text(conflict_id: int, keep: str) -> str:
    if keep == "local":
        text = translate("cli", "Conflict {id} resolved: kept the local version. The decision "
                                "is in the activity's history and travels with the next package.")
    else:
        text = translate("cli", "Conflict {id} resolved: kept the incoming version. The "
                                "decision is in the activity's history and travels with the next "
                                "package.")
    return text.format(id=conflict_id)


def _version_lines(heading: str, version: Version, fields: tuple[str, ...]) -> list[str]:
    """One version's lines under its heading, a whole message with {who} in it."""
    who = version.updated_by or version.deleted_by or "?"
    lines = ["    " + heading.format(who=who)]
    if version.deleted:
        lines.append("      " + translate("cli", "deleted"))
        return lines
    for name in fields:
        value = ", ".join(version.item_codes) if name == "item_codes" else \
            version.values.get(name)
        lines.append(f"      {name}: {value if value not in (None, '') else '-'}")
    return lines


def format_conflict(conflict: ConflictRecord) -> list[str]:
    fields = conflict.differing_fields()
    lines = [translate("cli", "#{id} "
                              " {title}  [{owner}]").format(id=conflict.id, title=conflict.title,
                                                     owner=conflict.owner_office_name),
             "    " + translate("cli", "from {sender}, detected {date}; differs in: {fields}"
                               ).format(
                 sender=conflict.sender_office_name or "?",
                 date=local_time_text(conflict.detected_at),
                 fields=", ".join(fields) or translate("cli", "nothing (same content)"))]
    fields = tuple(f for f in fields if f != "deleted")
    lines += _version_lines(translate("cli", "local (by {who}):"), conflict.local, fields)
    lines += _version_lines(translate("cli", "incoming (by {who}):"), conflict.incoming, fields)
    return lines


def format_conflicts(conflicts: list[ConflictRecord]) -> str:
    if not conflicts:
        return translate("cli", "No open conflicts.")
    lines = [translate("cli", "%Ln open conflicts. Resolve one with: tenpoint conflicts resolve "
                              "ID --keep local|incoming", None, len(conflicts)), ""]
    for conflict in conflicts:
        lines += format_conflict(conflict) + [""]
    return "\n".join(lines).rstrip()
