"""The merge rule for one activity: given what this database holds and an incoming version,
decide new / updated / edited / unchanged / outdated / conflict. Pure functions, no database.

Versions are compared by their version vectors. The activity row plus its open conflicts are
always the versions no other known version has superseded, so whatever order packages arrive
in, the same versions end up held: the merge is idempotent and order-independent.

A package whose cells were changed after export (its checksum does not match) may carry a
person's edits under the version vector it was exported with. Such a row is told apart by
its content: under that vector this database held (or saw) other content. Made on the
version held here, the edit is an update (EDITED, a new version made here); made on a version
this database has changed since, it is a conflict. Nothing typed is passed over as "older".
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from db.sync.versions import CONCURRENT, DOMINATED, DOMINATES, EQUAL, bumped, compare
from exporters.activity import BY_NAME, COLUMN_NAMES, DATE

NEW, UPDATED, UNCHANGED, OUTDATED, CONFLICT = "new", "updated", "unchanged", "outdated", "conflict"
# An edit typed into an exported package, on the version this database holds (module docstring)
EDITED = "edited"
ITEM_CODES = "item_codes"  # the field name of the linked items in a list of changes


@dataclass(frozen=True)
class Version:
    """One version of an activity: content, item codes, deletion and version vector."""

    uuid: str
    owner: str
    vector: dict[str, int]
    values: dict[str, object]
    item_codes: tuple[str, ...] = ()
    deleted_at: datetime | None = None
    deleted_by: str | None = None
    created_at: datetime | None = None
    created_by: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def revision(self) -> int:
        """Every edit anywhere adds one to some entry, so the sum counts the edits seen."""
        return sum(self.vector.values())

    def content_key(self) -> tuple:
        """What makes two versions the same for a person (deleted versions are all alike)."""
        if self.deleted:
            return ("deleted",)
        return (tuple(self.values.get(name) for name in COLUMN_NAMES),
                tuple(sorted(self.item_codes)))

    def digest(self) -> str:
        """The content in 64 characters, to remember what a version held (or a template row)."""
        key = json.dumps(self.content_key(), default=str, ensure_ascii=False)
        return hashlib.sha256(key.encode("utf-8")).hexdigest()

    def same_as(self, other: Version) -> bool:
        return self.vector == other.vector and self.content_key() == other.content_key()

    def snapshot(self) -> str:
        """JSON kept in activity_conflict, so both versions survive until a person decides."""
        def plain(value: object) -> object:
            return value.isoformat() if isinstance(value, date | datetime) else value
        return json.dumps({
            "uuid": self.uuid, "owner": self.owner, "vector": self.vector,
            "values": {k: plain(v) for k, v in self.values.items()},
            "item_codes": list(self.item_codes), "deleted_at": plain(self.deleted_at),
            "deleted_by": self.deleted_by, "created_at": plain(self.created_at),
            "created_by": self.created_by, "updated_at": plain(self.updated_at),
            "updated_by": self.updated_by}, sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_snapshot(cls, text: str) -> Version:
        data = json.loads(text)
        values = dict(data["values"])
        for name in (n for n in COLUMN_NAMES if BY_NAME[n].value_type == DATE):
            if values.get(name):
                values[name] = date.fromisoformat(values[name])
        def moment(key: str) -> datetime | None:
            return datetime.fromisoformat(data[key]) if data.get(key) else None
        return cls(data["uuid"], data["owner"], data["vector"], values,
                   tuple(data["item_codes"]), moment("deleted_at"), data.get("deleted_by"),
                   moment("created_at"), data.get("created_by", ""), moment("updated_at"),
                   data.get("updated_by", ""))


@dataclass
class HeldActivity:
    """What this database holds of one activity: its row and its open conflicts."""

    row: Version
    read_only: bool = False
    conflicts: list[tuple[int, Version]] = field(default_factory=list)


@dataclass(frozen=True)
class Decision:
    """What to do with an incoming version; supersedes lists conflicts it makes obsolete."""

    outcome: str
    supersedes: tuple[int, ...] = ()


def _already_held(held: HeldActivity, incoming: Version) -> bool:
    """A held conflict version is this one, or has seen it (it is not news)."""
    for _id, version in held.conflicts:
        relation = compare(incoming.vector, version.vector)
        if relation == DOMINATED or (relation == EQUAL and version.same_as(incoming)):
            return True
    return False


def _superseded(held: HeldActivity, incoming: Version) -> tuple[int, ...]:
    return tuple(conflict_id for conflict_id, version in held.conflicts
                 if compare(incoming.vector, version.vector) == DOMINATES)


def _typed_after_export(held: HeldActivity, incoming: Version, relation: str,
                        seen: frozenset[str]) -> bool:
    """Whether an edited copy's row differs from what its vector held when it was exported:
    the row held here at that very vector, or the contents this database saw under it."""
    if incoming.digest() in seen:
        return False
    if relation == EQUAL:
        return incoming.content_key() != held.row.content_key()
    return relation == DOMINATED and bool(seen)


def decide(held: HeldActivity | None, incoming: Version, edited_copy: bool = False,
           seen: frozenset[str] = frozenset()) -> Decision:
    """The merge rule (see the module docstring). edited_copy: the package's cells were
    changed after export; seen: the digests of contents seen here under the incoming vector."""
    if held is None:
        return Decision(NEW)
    relation = compare(incoming.vector, held.row.vector)
    if edited_copy and _typed_after_export(held, incoming, relation, seen):
        if relation == EQUAL:
            return Decision(EDITED)
        # Only this very edit counts as held: a newer version seen since has not seen it.
        held_as_conflict = any(v.same_as(incoming) for _id, v in held.conflicts)
        return Decision(UNCHANGED) if held_as_conflict else Decision(CONFLICT)
    if relation == DOMINATED:
        return Decision(OUTDATED)
    if relation == EQUAL and incoming.content_key() == held.row.content_key():
        return Decision(UNCHANGED)
    if relation == DOMINATES:
        return Decision(UPDATED, _superseded(held, incoming))
    # Concurrent edits, or one version edited by hand without a new version: a person decides.
    assert relation in (CONCURRENT, EQUAL)
    if _already_held(held, incoming):
        return Decision(UNCHANGED)
    return Decision(CONFLICT, _superseded(held, incoming))


def applied(held: HeldActivity, incoming: Version) -> Version:
    """The row after an update: a deletion keeps the fields it does not carry."""
    if incoming.deleted and not incoming.values.keys() >= set(COLUMN_NAMES):
        return replace(incoming, values=dict(held.row.values), item_codes=held.row.item_codes)
    return incoming


def edited_here(held: HeldActivity, incoming: Version, office: str, user: str,
                now: datetime) -> Version:
    """The new version an edit typed into an exported package becomes: one more edit at the
    office importing it, by the person importing it (the file does not say who typed it)."""
    return replace(incoming, vector=bumped(held.row.vector, office),
                   created_at=held.row.created_at, created_by=held.row.created_by,
                   updated_at=now, updated_by=user)


def value_text(value: object) -> str | None:
    """A field's value as history and previews show it (None for no value)."""
    if value is None:
        return None
    if isinstance(value, tuple | list):
        return ", ".join(value)
    return value.isoformat() if isinstance(value, date | datetime) else str(value)


def field_changes(old: Version, new: Version) -> list[tuple[str, object, object]]:
    """(field, old value, new value) of every field that differs, linked items last."""
    changes: list[tuple[str, object, object]] = [
        (name, old.values.get(name), new.values.get(name)) for name in COLUMN_NAMES
        if old.values.get(name) != new.values.get(name)]
    if sorted(old.item_codes) != sorted(new.item_codes):
        changes.append((ITEM_CODES, tuple(sorted(old.item_codes)),
                        tuple(sorted(new.item_codes))))
    return changes
