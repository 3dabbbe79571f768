"""Headquarters' catalog log in packages: written whole into its updates, applied by offices.

An update carries every catalog change (a few hundred rows at most), so an office any number
of editions behind ends at the latest one; the office applies those it does not hold, in
edition order, before the activities (which may link to the new items), in the import's
transaction (db/catalog/changes.py receive_changes).
"""

from __future__ import annotations

import json
from dataclasses import replace

from sqlalchemy import select
from sqlmodel import Session

from db.catalog.changes import change_log, link_move_entry, survivors
from db.models import CatalogChange
from exporters.activity import ActivityReference
from exporters.catalog_edits import ADD_ITEM, SUPERSEDE
from exporters.records import CatalogChangeRow, HistoryRow


def change_rows(session: Session) -> tuple[CatalogChangeRow, ...]:
    """The whole log as package rows, in edition order."""
    return tuple(CatalogChangeRow(c.change_uuid, c.edition, c.changed_at, c.changed_by,
                                  c.office_uuid or "", c.action, c.code, c.payload, c.note)
                 for c in change_log(session))


def new_changes(session: Session, rows: tuple[CatalogChangeRow, ...]) -> list[CatalogChange]:
    """The package's changes this database does not hold yet, in edition order."""
    held = set(session.connection().execute(select(CatalogChange.change_uuid)).scalars())
    return [CatalogChange(change_uuid=r.change_id, edition=r.edition, changed_at=r.changed_at,
                          changed_by=r.changed_by, office_uuid=r.office_id or None,
                          action=r.action, code=r.code, payload=r.payload or "{}",
                          note=r.note or "")
            for r in sorted(rows, key=lambda r: r.edition) if r.change_id not in held]


def with_incoming_items(reference: ActivityReference, changes: list[CatalogChange]
                        ) -> ActivityReference:
    """The reference an update's rows are checked against: this catalog plus the items the
    update's catalog changes add, and its merged items spelled as their survivors."""
    if not changes:
        return reference
    codes = dict(reference.item_codes)
    for change in changes:
        if change.action == ADD_ITEM:
            codes[change.code.lower()] = change.code
    merged = {c.code: json.loads(c.payload)["into"] for c in changes if c.action == SUPERSEDE}
    for old in merged:
        codes[old.lower()] = _final(merged, old)
    return replace(reference, item_codes=codes)


def _final(merged: dict[str, str], code: str) -> str:
    seen = set()
    while code in merged and code not in seen:
        seen.add(code)
        code = merged[code]
    return code


class MergedLinks:
    """The history entries of rows whose links named merged items, resolved to the survivors:
    the same entry (same ID) the change wrote wherever the activity was held. The merges are
    read once per package, not per row."""

    def __init__(self, session: Session) -> None:
        merged = survivors(session)
        self.changes: dict[str, CatalogChange] = {} if not merged else {
            change.code: change for change in session.execute(select(CatalogChange).where(
                CatalogChange.action == SUPERSEDE, CatalogChange.code.in_(list(merged)))
            ).scalars()}

    def entries(self, activity_id: str, typed: tuple[str, ...], stored: tuple[str, ...]
                ) -> list[HistoryRow]:
        changes = sorted((self.changes[code] for code in typed if code in self.changes),
                         key=lambda change: change.edition)
        return [_history_row(link_move_entry(change, activity_id, tuple(sorted(typed)),
                                             tuple(sorted(stored)))) for change in changes]


def _history_row(entry: dict) -> HistoryRow:
    return HistoryRow(entry["activity_uuid"], entry["change_uuid"], entry["changed_at"],
                      entry["changed_by"], entry["office_uuid"] or "", entry["action"],
                      entry["field"], entry["old_value"], entry["new_value"], entry["note"])
