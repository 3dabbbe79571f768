"""Headquarters changes the catalog: each change checked, numbered, logged and applied.

The log (`catalog_change`) is the catalog's history after 2011 and what travels: an office
applies headquarters' changes in edition order, through the same `_apply` as headquarters, so
both ends end alike whatever order packages arrive in. The June 2011 items keep the text the
source printed: they can be annotated, retired or superseded, never rewritten.

Superseding an item moves every activity's link to the surviving item, with a history entry
whose ID is derived from the change and the activity, so the entry headquarters writes and the
one the office writes are the same entry, stored once.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import delete, insert, select, text, true, update
from sqlmodel import Session

from db.catalog.compilation import TENPOINT_NAMESPACE
from db.catalog.search_index import rebuild_catalog_search
from db.models import (
    ActivityChange,
    ActivityItemLink,
    CatalogChange,
    CatalogItem,
    CatalogState,
    Country,
    Document,
    Event,
    ItemActionArea,
    Participation,
    Region,
    Section,
    new_uuid,
    utc_now,
)
from db.storage.database import Database
from db.storage.local_office import read_local_office
from db.storage.quick_read import sql_of
from db.storage.server import announce_change, take_write_lock
from db.storage.sql_dialect import defer_foreign_keys, dialect_of, json_value
from db.storage.upsert import insert_on
from exporters.catalog_edits import (
    ACTION_FIELDS,
    ADD_DOCUMENT,
    ADD_EVENT,
    ADD_ITEM,
    ADD_SECTION,
    ALREADY_RETIRED,
    ANNOTATE,
    CORRECT,
    DUPLICATE_CODE,
    INTO_ITSELF,
    INTO_RETIRED,
    NOT_RETIRED,
    PARTICIPATION,
    REINSTATE,
    RETIRE,
    SOURCE_TEXT,
    SUPERSEDE,
    SUPERSEDED,
    UNKNOWN_CODE,
    WRONG_PARENT,
    CatalogEdit,
    Problem,
    cleaned,
    shape_problems,
)

ITEM = CatalogItem.__table__
LINK = ActivityItemLink.__table__
CHANGE = CatalogChange.__table__
HISTORY = ActivityChange.__table__
# Which table an action's code names, and which table each parent field points into.
TARGET_TABLE = {ADD_EVENT: Event, ADD_DOCUMENT: Document, ADD_SECTION: Section,
                ADD_ITEM: CatalogItem, PARTICIPATION: Event}
PARENTS = {"event_code": Event, "document_code": Document, "section_code": Section,
           "country_iso2": Country, "into": CatalogItem}


class CatalogEditError(Exception):
    """Edits refused; problems are (edit index, field, problem code, value)."""

    def __init__(self, problems: list[tuple[int, str, str, object]]) -> None:
        super().__init__("; ".join(f"#{i} {f}: {c}" for i, f, c, _ in problems))
        self.problems = problems


@dataclass(frozen=True)
class EditOutcome:
    """What a batch of edits did (or, in a dry run, would do)."""

    from_edition: int
    to_edition: int
    changes: tuple[CatalogChange, ...]
    links_moved: int
    problems: tuple[tuple[int, str, str, object], ...] = ()


@dataclass(frozen=True)
class ItemHistoryEntry:
    """One line of a catalog item's history."""

    edition: int
    changed_at: datetime
    changed_by: str
    action: str
    values: dict = field(default_factory=dict)
    note: str = ""


# --- reading -----------------------------------------------------------------------------


def catalog_edition(session: Session) -> int:
    state = session.get(CatalogState, 1)
    return state.edition if state else 0


def change_log(session: Session, after: int = 0) -> list[CatalogChange]:
    """The changes after the given edition, in edition order."""
    return list(session.execute(select(CatalogChange).where(CatalogChange.edition > after)
                                .order_by(CatalogChange.edition)).scalars())


def item_history(database: Database, code: str) -> list[ItemHistoryEntry]:
    """Every change that touched the item: its addition, corrections, notes, retirement and
    supersession, and the items superseded into it."""
    with database.session() as session:
        into = json_value(dialect_of(session), "catalog_change.payload", "into")
        rows = session.execute(select(CatalogChange).where(
            (CatalogChange.code == code) | (text(f"{into} = :code")))
            .params(code=code).order_by(CatalogChange.edition)).scalars()
        return [ItemHistoryEntry(r.edition, r.changed_at, r.changed_by, r.action,
                                 json.loads(r.payload), r.note) for r in rows]


def survivors(session: Session) -> dict[str, str]:
    """Each superseded item's code -> the item that finally replaces it (chains followed)."""
    direct = dict(session.connection().execute(
        select(ITEM.c.code, ITEM.c.superseded_by).where(ITEM.c.superseded_by.is_not(None))).all())
    found = {}
    for code in direct:
        seen, target = {code}, direct[code]
        while target in direct and target not in seen:
            seen.add(target)
            target = direct[target]
        found[code] = target
    return found


# --- editing -----------------------------------------------------------------------------


def record_edits(database: Database, edits: list[CatalogEdit], user: str,
                 dry_run: bool = False) -> EditOutcome:
    """Check and apply the edits in order, in one transaction: all of them, or none when any
    has a problem (CatalogEditError lists them all). A dry run checks and counts, then rolls
    back. Only headquarters edits the catalog."""
    with database.session() as session:
        office = read_local_office(sql_of(session))
        if office is None or not office.is_headquarters:
            raise CatalogEditError([(0, "office", "not_headquarters", None)])
        # Officers sharing a server take turns: the editions they number must not collide.
        take_write_lock(session.connection())
        start = catalog_edition(session)
        defer_foreign_keys(session)
        changes, moved, problems = [], 0, []
        for index, edit in enumerate(edits):
            edit = cleaned(edit)
            found = shape_problems(edit) or database_problems(session, edit)
            problems += [(index, *problem) for problem in found]
            if found:
                continue
            change = _new_change(session, edit, user, office.uuid)
            moved += _apply(session, change)
            changes.append(change)
        if problems and not dry_run:
            raise CatalogEditError(problems)
        outcome = EditOutcome(start, start + len(changes), tuple(changes), moved,
                              tuple(problems))
        if dry_run:
            session.rollback()
        else:
            _refresh_search(session, changes)
            announce_change(session.connection(), "catalog")
        return outcome


def check_edits(database: Database, edits: list[CatalogEdit]
                ) -> list[tuple[int, str, str, object]]:
    """What record_edits would refuse in each edit taken on its own against the catalog as it
    stands, without writing (the editor checks as a person types); [] when none. Edits that
    build on one another in one batch (an item in a section added before it) are checked
    together only by record_edits, dry or not."""
    with database.session() as session:
        found = []
        for index, edit in enumerate(edits):
            edit = cleaned(edit)
            problems = shape_problems(edit)
            if edit.action in ACTION_FIELDS:
                # What the catalog says of the codes that are sound, while other fields are
                # still being filled in (a code at fault or missing is asked as "": no row).
                at_fault = {name for name, *_ in problems}
                values = {name: "" if name in at_fault or value is None else value
                          for name, value in edit.values.items()}
                problems += [problem for problem in database_problems(
                    session, replace(edit, values=values)) if problem[0] not in at_fault]
            found += [(index, *problem) for problem in problems]
        return found


def _new_change(session: Session, edit: CatalogEdit, user: str, office_uuid: str
                ) -> CatalogChange:
    values = {k: _plain(v) for k, v in edit.values.items() if v not in (None, "", [])}
    return CatalogChange(change_uuid=new_uuid(), edition=catalog_edition(session) + 1,
                         changed_at=utc_now(), changed_by=user, office_uuid=office_uuid,
                         action=edit.action, code=edit.code, payload=json.dumps(
                             values, ensure_ascii=False, sort_keys=True), note=edit.note)


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def database_problems(session: Session, edit: CatalogEdit) -> list[Problem]:
    """What is wrong with the edit given what the catalog holds now."""
    values, action = edit.values, edit.action
    found: list[Problem] = []
    target = TARGET_TABLE.get(action, CatalogItem)
    exists = session.get(target, edit.code) is not None
    if action in TARGET_TABLE and action != PARTICIPATION:
        if exists:
            found.append(("code", DUPLICATE_CODE, edit.code))
    elif not exists:
        return [("code", UNKNOWN_CODE, edit.code)]
    for name, model in PARENTS.items():
        if values.get(name) and session.get(model, values[name]) is None:
            found.append((name, UNKNOWN_CODE, values[name]))
    region = values.get("region_code") if action == ADD_EVENT else None
    if region and session.get(Region, region) is None and not values.get("region_name"):
        found.append(("region_code", UNKNOWN_CODE, region))
    found += _parent_problems(session, edit)
    if action in (CORRECT, ANNOTATE, RETIRE, REINSTATE, SUPERSEDE):
        found += _item_state_problems(session, edit, session.get(CatalogItem, edit.code))
    return found


def _parent_problems(session: Session, edit: CatalogEdit) -> list[Problem]:
    """A sub-section in its parent's document; an item's parent item in its section's
    document."""
    parent = edit.values.get("parent_code")
    if not parent:
        return []
    if edit.action == ADD_SECTION:
        section = session.get(Section, parent)
        if section is None:
            return [("parent_code", UNKNOWN_CODE, parent)]
        same = section.document_code == edit.values.get("document_code")
        return [] if same else [("parent_code", WRONG_PARENT, parent)]
    if edit.action == ADD_ITEM:
        item, section = session.get(CatalogItem, parent), session.get(
            Section, edit.values.get("section_code"))
        if item is None:
            return [("parent_code", UNKNOWN_CODE, parent)]
        if section is not None and item.document_code != section.document_code:
            return [("parent_code", WRONG_PARENT, parent)]
    return []


def _item_state_problems(session: Session, edit: CatalogEdit, item: CatalogItem
                         ) -> list[Problem]:
    action = edit.action
    if action == CORRECT and item.edition == 0:
        return [("code", SOURCE_TEXT, item.code)]  # annotate or supersede a 2011 item instead
    if action == RETIRE and item.retired:
        return [("code", ALREADY_RETIRED, item.code)]
    if action == REINSTATE and item.superseded_by:
        return [("code", SUPERSEDED, item.code)]
    if action == REINSTATE and not item.retired:
        return [("code", NOT_RETIRED, item.code)]
    if action == SUPERSEDE:
        return _supersede_problems(session, item, edit.values.get("into"))
    return []


def _supersede_problems(session: Session, item: CatalogItem, into_code: str) -> list[Problem]:
    if item.superseded_by:
        return [("code", SUPERSEDED, item.code)]
    into = session.get(CatalogItem, into_code)
    if into_code == item.code:
        return [("into", INTO_ITSELF, into_code)]
    if into is not None and into.retired:  # superseded items are retired too: no cycles
        return [("into", INTO_RETIRED, into_code)]
    return []


# --- receiving ---------------------------------------------------------------------------


def receive_changes(session: Session, changes: list[CatalogChange]) -> int:
    """Headquarters' changes this database does not hold yet, applied in edition order, in the
    caller's transaction; returns how many were new. A change already held is skipped."""
    held = set(session.connection().execute(select(CHANGE.c.change_uuid)).scalars())
    new = sorted((c for c in changes if c.change_uuid not in held), key=lambda c: c.edition)
    if new:
        defer_foreign_keys(session)
    for change in new:
        _apply(session, change)
    _refresh_search(session, new)
    return len(new)


def replay_log(session: Session) -> None:
    """After the bundled catalog files were loaded again (a newer build), headquarters'
    changes are made again on top, so no retirement, correction, new item or participation
    is lost; what already stands is left alone and no link moves twice."""
    changes = change_log(session)
    for change in changes:
        values = json.loads(change.payload)
        if change.action in TARGET_TABLE and change.action != PARTICIPATION:
            if session.get(TARGET_TABLE[change.action], change.code) is None:
                APPLY[change.action](session, change, values)
            elif change.action == ADD_ITEM:
                _add_areas(session, change.code, values)
            continue
        APPLY[change.action](session, change, values)
    _refresh_search(session, changes)


# --- applying (the same at headquarters and at every office) --------------------------------


def _apply(session: Session, change: CatalogChange) -> int:
    """Log the change and make it; returns how many activity links it moved."""
    session.connection().execute(insert(CHANGE), [change.model_dump()])
    values = json.loads(change.payload)
    moved = APPLY[change.action](session, change, values) or 0
    state = session.get(CatalogState, 1)
    state.edition = max(state.edition, change.edition)
    return moved


def _add_event(session: Session, change: CatalogChange, v: dict) -> None:
    if session.get(Region, v["region_code"]) is None:
        session.add(Region(code=v["region_code"], name=v.get("region_name", v["region_code"])))
        session.flush()
    start = date.fromisoformat(v["start_date"])
    session.add(Event(
        code=change.code, ordinal=_next_ordinal(session, Event.ordinal, true()),
        title=v["title"], short_name=v["short_name"],
        kind=v["kind"], city=v.get("city", ""), country_iso2=v["country_iso2"], start_date=start,
        end_date=date.fromisoformat(v["end_date"]) if v.get("end_date") else start,
        region_code=v["region_code"], organizers=v.get("organizers", ""), url=v.get("url", ""),
        first_line=0, last_line=0))


def _next_ordinal(session: Session, column, where) -> int:
    last = session.execute(select(column).where(where).order_by(column.desc())).scalars().first()
    return (last or 0) + 1


def _add_document(session: Session, change: CatalogChange, v: dict) -> None:
    session.add(Document(
        code=change.code, event_code=v["event_code"], kind=v["kind"], title=v["title"],
        ordinal=_next_ordinal(session, Document.ordinal, Document.event_code == v["event_code"]),
        issued_on=date.fromisoformat(v["issued_on"]) if v.get("issued_on") else None,
        reference=v.get("reference", ""), first_line=0, last_line=0))


def _add_section(session: Session, change: CatalogChange, v: dict) -> None:
    document = v["document_code"]
    session.add(Section(
        code=change.code, document_code=document, parent_code=v.get("parent_code"),
        ordinal=_next_ordinal(session, Section.ordinal, Section.document_code == document),
        key=v.get("label", ""), label=v.get("label", ""), title=v["title"], line=0))


def _add_item(session: Session, change: CatalogChange, v: dict) -> None:
    section = session.get(Section, v["section_code"])
    session.add(CatalogItem(
        code=change.code, document_code=section.document_code, section_code=section.code,
        parent_code=v.get("parent_code"), kind=v["kind"], label=v.get("label", ""),
        ordinal=_next_ordinal(session, CatalogItem.ordinal,
                              CatalogItem.section_code == section.code),
        cited_as=v.get("cited_as"), text=v["text"], source_lines="[]", edition=change.edition))
    session.flush()
    _add_areas(session, change.code, v)


def _add_areas(session: Session, code: str, v: dict) -> None:
    for number in v.get("action_areas", []):
        if session.get(ItemActionArea, (code, number)) is None:
            session.add(ItemActionArea(item_code=code, area_number=number, basis="explicit"))


def _participation(session: Session, change: CatalogChange, v: dict) -> None:
    held = session.execute(select(Participation).where(
        Participation.event_code == change.code, Participation.country_iso2 == v["country_iso2"],
        Participation.place.is_(None), Participation.role == v["role"])).scalars().first()
    if held is None:
        # Headquarters names the region's own states: their offices follow the event.
        session.add(Participation(event_code=change.code, country_iso2=v["country_iso2"],
                                  role=v["role"], regional=True,
                                  evidence=change.note or ""))


def _correct(session: Session, change: CatalogChange, v: dict) -> None:
    session.connection().execute(
        update(ITEM).where(ITEM.c.code == change.code).values({v["field"]: v["value"]}))


def _set_retired(retired: bool):
    def apply(session: Session, change: CatalogChange, v: dict) -> None:
        session.connection().execute(
            update(ITEM).where(ITEM.c.code == change.code).values(retired=retired))
    return apply


def _supersede(session: Session, change: CatalogChange, v: dict) -> int:
    survivor = v["into"]
    session.connection().execute(update(ITEM).where(ITEM.c.code == change.code).values(
        superseded_by=survivor, retired=True))
    return _move_links(session, change, change.code, survivor)


def _move_links(session: Session, change: CatalogChange, old: str, new: str) -> int:
    """Every activity linked to old ends linked to new, with the same history entry wherever
    the change is applied."""
    connection = session.connection()
    linked = list(connection.execute(
        select(LINK.c.activity_uuid).where(LINK.c.item_code == old)).scalars())
    for activity in linked:
        before = tuple(sorted(connection.execute(
            select(LINK.c.item_code).where(LINK.c.activity_uuid == activity)).scalars()))
        after = tuple(sorted({*before, new} - {old}))
        connection.execute(delete(LINK).where(LINK.c.activity_uuid == activity,
                                              LINK.c.item_code == old))
        if new not in before:
            connection.execute(insert(LINK), [{"activity_uuid": activity, "item_code": new}])
        # The same entry, written by the other end and received already, is left alone.
        connection.execute(insert_on(session, HISTORY).on_conflict_do_nothing(),
                           [link_move_entry(change, activity, before, after)])
    return len(linked)


def link_move_entry(change: CatalogChange, activity_uuid: str, before: tuple[str, ...],
                    after: tuple[str, ...]) -> dict:
    """The history entry of an activity whose link a supersession moved."""
    return {"activity_uuid": activity_uuid,
            "change_uuid": uuid.uuid5(TENPOINT_NAMESPACE,
                                      f"catalog-link:{change.change_uuid}:{activity_uuid}").hex,
            "changed_at": change.changed_at, "changed_by": change.changed_by,
            "office_uuid": change.office_uuid, "action": "updated", "field": "item_codes",
            "old_value": ", ".join(before), "new_value": ", ".join(after),
            "note": f"catalog edition {change.edition}: {change.code} superseded by "
                    f"{json.loads(change.payload)['into']}"}


def _refresh_search(session: Session, changes: list[CatalogChange]) -> None:
    """The search index rebuilt once after the changes that add or reword an item."""
    if any(change.action in (ADD_ITEM, CORRECT) for change in changes):
        session.flush()
        rebuild_catalog_search(session)


APPLY = {ADD_EVENT: _add_event, ADD_DOCUMENT: _add_document, ADD_SECTION: _add_section,
         ADD_ITEM: _add_item, PARTICIPATION: _participation, CORRECT: _correct,
         ANNOTATE: lambda *_: None, RETIRE: _set_retired(True),
         REINSTATE: _set_retired(False), SUPERSEDE: _supersede}
