"""Plans and writes the merge of one package: checks rows, decides each version, writes in bulk."""

from __future__ import annotations

from collections import Counter

from sqlmodel import Session, select

from db.models import CatalogItem, utc_now
from db.storage.local_office import LocalOffice
from db.sync.activity_plan import ActivityPlan, activity_plan, rejected_plan
from db.sync.apply import PackageWrites, WriteContext, write_changes
from db.sync.catalog_log import MergedLinks, new_changes, with_incoming_items
from db.sync.held import held_activities, seen_contents, template_states
from db.sync.merge_rule import (
    CONFLICT,
    EDITED,
    NEW,
    OUTDATED,
    UNCHANGED,
    UPDATED,
    HeldActivity,
    Version,
    applied,
    decide,
    edited_here,
)
from db.sync.validation import (
    check_row,
    office_in_region,
    package_reference,
    recipient_problem,
)
from db.sync.versions import bumped, parse_vector, vector_text
from exporters import layout, problems
from exporters.activity import COLUMN_NAMES
from exporters.problems import Problem
from exporters.reader import ReadPackage, RejectedRow
from exporters.records import (
    KIND_HQ_UPDATE,
    KIND_OFFICE,
    KIND_TEMPLATE,
    DeletionRow,
    HistoryRow,
    PackageActivity,
)


def incoming_version(row: PackageActivity) -> Version:
    return Version(
        uuid=row.activity_id, owner=row.owner_office_id, vector=dict(row.version),
        values={name: getattr(row, name) for name in COLUMN_NAMES},
        item_codes=row.item_codes, created_at=row.created_at, created_by=row.created_by,
        updated_at=row.updated_at, updated_by=row.updated_by)


def deletion_version(row: DeletionRow) -> Version:
    return Version(uuid=row.activity_id, owner=row.owner_office_id, vector=dict(row.version),
                   values={"title": row.title}, deleted_at=row.deleted_at or utc_now(),
                   deleted_by=row.deleted_by or "")


# Outcomes whose incoming content this database now holds or keeps: remembered as seen even
# from an edited copy (an older version from an edited copy is not known to be as it was).
KEPT = frozenset({NEW, UPDATED, EDITED, UNCHANGED, CONFLICT})


def _row_text(row: PackageActivity | DeletionRow) -> dict[str, str]:
    return {key: "; ".join(value) if isinstance(value, tuple) else
            "" if value is None else str(value)
            for key, value in vars(row).items() if key != "sheet_row"}


class PackageMerge:
    """One package against this database: plan() decides, write() writes the decisions."""

    def __init__(self, session: Session, local: LocalOffice, local_catalog: int, read: ReadPackage,
                 user: str) -> None:
        self.session, self.local, self.local_catalog = session, local, local_catalog
        self.read, self.user = read, user
        self.manifest = read.content.manifest
        self.file = read.file
        self.writes = PackageWrites()
        self.tally: Counter = Counter()
        self.problems: list[Problem] = []
        self.rejected_rows: list[RejectedRow] = []
        self.file_rejected = False
        self.accepted: set[str] = set()  # activities whose row was decided, not rejected
        self.plans: list[ActivityPlan] = []  # every row, in the package's order
        # Cells were changed after export: rows may hold edits under their exported vector.
        self.edited_copy = read.checksum_matches is False
        self.seen: dict[tuple[str, str], frozenset[str]] = {}
        self.merged_links: list[HistoryRow] = []
        self.now = utc_now()

    # --- planning ----------------------------------------------------------------------
    def plan(self) -> None:
        problem = recipient_problem(self.file, self.manifest, self.local)
        if problem is None and self.manifest.kind == KIND_HQ_UPDATE and not office_in_region(
                self.session, self.local, self.manifest.region):
            problem = Problem(self.file, layout.MANIFEST_SHEET, None, "region",
                              self.manifest.region, problems.WRONG_RECIPIENT)
        if problem is not None:
            self.problems.append(problem)
            self.file_rejected = True
            return
        self._plan_catalog_changes()
        incoming = self._checked_activities() + self._checked_deletions()
        uuids = [v.uuid for v, _row in incoming]
        held = held_activities(self.session, uuids)
        if self.edited_copy:
            self.seen = seen_contents(self.session, uuids)
        if self.manifest.kind == KIND_TEMPLATE:
            incoming = self._template_versions(incoming, held)
        for version, row in incoming:
            self._decide(held.get(version.uuid), version, row)
        self._plan_offices(incoming)
        self._plan_acknowledgements(held)
        self._plan_catalog_updates()
        self._plan_history()

    def _reject(self, sheet: str, row, found: list[Problem]) -> None:
        self.problems.extend(found)
        self.rejected_rows.append(RejectedRow(sheet, row.sheet_row, _row_text(row),
                                              tuple(found)))
        self.plans.append(rejected_plan(row.activity_id, getattr(row, "title", "") or "",
                                        sheet, row.sheet_row))

    def _problem(self, sheet: str, row, column: str, value: str, code: str) -> Problem:
        return Problem(self.file, sheet, row.sheet_row, column, value, code)

    def _owner_problem(self, sheet: str, row) -> Problem | None:
        if self.manifest.kind == KIND_OFFICE and row.owner_office_id != self.manifest.office_id:
            return self._problem(sheet, row, "Owner office ID", row.owner_office_id,
                                 problems.NOT_OWNER)
        return None

    def _checked_activities(self) -> list[tuple[Version, PackageActivity]]:
        reference = with_incoming_items(
            package_reference(self.session, self.manifest, self.local),
            self.writes.catalog_changes)
        merged = MergedLinks(self.session)
        checked = []
        for row in self.read.content.activities:
            typed = tuple(code.strip().upper() for code in row.item_codes)
            row, found = check_row(self.file, reference, row)
            self.merged_links += merged.entries(row.activity_id, typed, row.item_codes)
            owner = self._owner_problem(layout.ACTIVITIES_SHEET, row)
            found += [owner] if owner else []
            if found:
                self._reject(layout.ACTIVITIES_SHEET, row, found)
            else:
                checked.append((incoming_version(row), row))
        return checked

    def _checked_deletions(self) -> list[tuple[Version, DeletionRow]]:
        in_activities = {row.activity_id for row in self.read.content.activities}
        checked = []
        for row in self.read.content.deletions:
            found = [self._owner_problem(layout.DELETIONS_SHEET, row)]
            if row.activity_id in in_activities:
                found.append(self._problem(layout.DELETIONS_SHEET, row, "Activity ID",
                                           row.activity_id, problems.DUPLICATE_ID))
            found = [p for p in found if p]
            if found:
                self._reject(layout.DELETIONS_SHEET, row, found)
            else:
                checked.append((deletion_version(row), row))
        return checked

    def _template_versions(self, incoming, held: dict[str, HeldActivity]) -> list:
        """A hand-filled row has no version: it counts as one more edit at its office, unless
        it is the very row imported before (then importing it again changes nothing)."""
        states = template_states(self.session, [v.uuid for v, _ in incoming])
        result = []
        now = utc_now()
        for version, row in incoming:
            digest = version.digest()
            state = states.get(version.uuid)
            if state and state[0] == digest:
                self.tally[UNCHANGED] += 1
                self.plans.append(activity_plan(None, version, UNCHANGED,
                                                layout.ACTIVITIES_SHEET, row.sheet_row))
                continue
            current = held.get(version.uuid)
            base = parse_vector(state[1]) if state else (current.row.vector if current else {})
            version = Version(version.uuid, self.manifest.office_id,
                              bumped(base, self.manifest.office_id), version.values,
                              version.item_codes, created_at=now, created_by=self.user,
                              updated_at=now, updated_by=self.user)
            self.writes.templates.append((version.uuid, digest, version.vector))
            result.append((version, row))
        return result

    def _decide(self, held: HeldActivity | None, version: Version, row) -> None:
        sheet = layout.DELETIONS_SHEET if version.deleted else layout.ACTIVITIES_SHEET
        if held is not None and held.read_only:
            self._reject(sheet, row, [self._problem(sheet, row, "Activity ID", version.uuid,
                                                    problems.READ_ONLY)])
            return
        if held is not None and held.row.owner != version.owner:
            self._reject(sheet, row, [self._problem(sheet, row, "Owner office ID",
                                                    version.owner, problems.NOT_OWNER)])
            return
        seen = self.seen.get((version.uuid, vector_text(version.vector)), frozenset()) \
            if self.seen else frozenset()  # only an edited copy looks: 20,000 JSON texts
        decision = decide(held, version, self.edited_copy, seen)
        outcome = decision.outcome
        self.tally[outcome] += 1
        self.accepted.add(version.uuid)
        self.plans.append(activity_plan(held, version, outcome, sheet, row.sheet_row))
        self.writes.superseded.extend(decision.supersedes)
        if outcome in KEPT or not self.edited_copy:
            self.writes.seen.append(version)
        if outcome == NEW:
            self.writes.new.append(version)
            self.tally["deleted"] += version.deleted
        elif outcome == UPDATED:
            self.writes.updates.append((held.row, applied(held, version)))
            self.tally["deleted"] += version.deleted and not held.row.deleted
        elif outcome == EDITED:
            self.writes.updates.append((held.row, edited_here(held, version, self.local.uuid,
                                                              self.user, self.now)))
            self.writes.typed.add(version.uuid)
        elif outcome == CONFLICT:
            self.writes.conflicts.append(version)

    def _plan_offices(self, incoming) -> None:
        manifest = self.manifest
        for version, row in incoming:
            name = getattr(row, "owner_office", "") or manifest.office_name
            self.writes.offices.setdefault(version.owner, (name, None, False))
        self.writes.offices[manifest.office_id] = (
            manifest.office_name, manifest.country, manifest.kind == KIND_HQ_UPDATE)

    def _plan_acknowledgements(self, held: dict[str, HeldActivity]) -> None:
        if self.manifest.kind != KIND_HQ_UPDATE:
            return
        mine = self._own_activity_uuids([a.activity_id for a in
                                         self.read.content.acknowledgements])
        for ack in self.read.content.acknowledgements:
            if ack.activity_id in mine:
                self.writes.acknowledgements.append((ack.activity_id, ack.version))
        self.tally["acknowledged"] = len(self.writes.acknowledgements)

    def _own_activity_uuids(self, uuids: list[str]) -> set[str]:
        found = set()
        owned = held_activities(self.session, uuids)
        for uuid, activity in owned.items():
            if activity.row.owner == self.local.uuid:
                found.add(uuid)
        return found

    def _plan_history(self) -> None:
        """The history entries of every activity the package brings that was not rejected,
        whatever the decision: entries are facts about what happened where, so the history
        of a conflicting, older or unchanged version is kept too (and stored once)."""
        self.writes.history = [entry for entry in self.read.content.history
                               if entry.activity_id in self.accepted]
        # Links typed to merged items, resolved to the survivors: said in the history.
        self.writes.history += [entry for entry in self.merged_links
                                if entry.activity_id in self.accepted]

    def _plan_catalog_changes(self) -> None:
        """Headquarters' catalog changes this office does not hold yet."""
        if self.manifest.kind == KIND_HQ_UPDATE:
            self.writes.catalog_changes = new_changes(self.session,
                                                      self.read.content.catalog_changes)
            self.tally["catalog_changes"] = len(self.writes.catalog_changes)

    def _plan_catalog_updates(self) -> None:
        """Newer catalog texts from headquarters, for codes this catalog already has."""
        manifest = self.manifest
        if manifest.kind != KIND_HQ_UPDATE or manifest.catalog_version <= self.local_catalog:
            return
        current = dict((code, (text, retired)) for code, text, retired in
                       self.session.connection().execute(
                           select(CatalogItem.code, CatalogItem.text, CatalogItem.retired)))
        self.writes.catalog_updates = [
            row for row in self.read.content.catalog_updates
            if row.code in current and current[row.code] != (row.text, row.retired)]
        self.tally["catalog_updates"] = len(self.writes.catalog_updates)

    # --- writing -----------------------------------------------------------------------
    def write(self, unsigned: bool = False) -> None:
        now = utc_now()
        context = WriteContext(self.manifest.package_id, self.manifest.office_id,
                               self.local.uuid, self.user, now, unsigned,
                               min(self.manifest.created_at or now, now))
        write_changes(self.session, self.writes, context)

    def counts(self) -> dict[str, int]:
        tally = self.tally
        return {"new": tally[NEW], "updated": tally[UPDATED] + tally[EDITED],
                "edited": tally[EDITED],
                "unchanged": tally[UNCHANGED] + tally[OUTDATED], "conflicts": tally[CONFLICT],
                "rejected": len(self.rejected_rows) + len(self.read.rejected_rows),
                "deleted": tally["deleted"], "outdated": tally[OUTDATED],
                "acknowledged": tally["acknowledged"],
                "catalog_updates": tally["catalog_updates"],
                "catalog_changes": tally["catalog_changes"]}
