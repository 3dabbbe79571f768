"""The catalog workbook at headquarters: a template with the catalog's codes in its drop-downs,
and a filled one applied all-or-nothing, each problem named by its sheet, row and column."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session

from db.catalog.changes import CatalogEditError, catalog_edition, record_edits
from db.models import ActionArea, CatalogItem, Country, Document, Event, Region, Section
from db.resources import app_version
from db.storage.backups import DEFAULT_KEEP, take_backup
from db.storage.database import Database
from db.storage.local_office import read_local_office
from db.storage.quick_read import sql_of
from exporters.catalog_edits import BAD_CHOICE, REQUIRED, cleaned
from exporters.catalog_sheets import ACTION, CatalogWorkbookRead, CellProblem, SheetEdit, placed
from exporters.catalog_workbook import CatalogLists, write_catalog_template
from exporters.catalog_workbook_reader import read_catalog_workbook_isolated
from exporters.isolated_read import prestart
from exporters.progress import Cancelled, Progress
from exporters.wording import ENGLISH, ReadingWords, Wording

NOT_HEADQUARTERS = "not_headquarters"  # the problem code of a field office's attempt
NAME_LENGTH = 100  # an item's first words beside its code in the Lists sheet


@dataclass(frozen=True)
class CatalogImport:
    """A catalog workbook previewed (dry run), applied, or refused with its problems."""

    file: str
    applied: bool
    edits: tuple[SheetEdit, ...] = ()  # cleaned: codes in capitals, dates parsed
    from_edition: int = 0
    to_edition: int = 0
    links_moved: int = 0
    problems: tuple[CellProblem, ...] = ()

    @property
    def refused(self) -> bool:
        return bool(self.problems)

    @property
    def counts(self) -> dict[str, int]:
        """How many rows of each action, in the order the actions are declared."""
        return dict(Counter(sheet_edit.edit.action for sheet_edit in self.edits))


def is_headquarters(database: Database) -> bool:
    with database.session() as session:
        office = read_local_office(sql_of(session))
        return office is not None and office.is_headquarters


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= NAME_LENGTH else text[:NAME_LENGTH - 3].rstrip() + "..."


def catalog_lists(session: Session) -> CatalogLists:
    """The codes the template's drop-downs offer, in catalog order; items in use only (a
    retired one is no merge target, and Reinstate takes a typed code)."""
    def pairs(statement) -> tuple:
        return tuple((code, _short(name or "")) for code, name in
                     session.connection().execute(statement))

    events = select(Event.code, Event.short_name).order_by(Event.ordinal)
    documents = (select(Document.code, Document.title)
                 .join(Event, Event.code == Document.event_code)
                 .order_by(Event.ordinal, Document.ordinal))
    sections = (select(Section.code, Section.title)
                .join(Document, Document.code == Section.document_code)
                .join(Event, Event.code == Document.event_code)
                .order_by(Event.ordinal, Document.ordinal, Section.ordinal))
    items = (select(CatalogItem.code, CatalogItem.text)
             .join(Document, Document.code == CatalogItem.document_code)
             .join(Event, Event.code == Document.event_code)
             .where(CatalogItem.retired.is_(False))
             .order_by(Event.ordinal, Document.ordinal, CatalogItem.code))
    return CatalogLists(
        events=pairs(events), documents=pairs(documents), sections=pairs(sections),
        items=pairs(items), countries=pairs(select(Country.iso2, Country.name)
                                            .order_by(Country.iso2)),
        regions=pairs(select(Region.code, Region.name).order_by(Region.code)),
        action_areas=pairs(select(ActionArea.number, ActionArea.name)
                           .order_by(ActionArea.number)))


def export_catalog_template(database: Database, path: Path | str,
                            wording: Wording = ENGLISH) -> Path:
    """Write the catalog workbook to fill, in the wording's language."""
    with database.session() as session:
        lists, edition = catalog_lists(session), catalog_edition(session)
    write_catalog_template(path, lists, wording, app_version(), edition)
    return Path(path)


def prepare_reading() -> None:
    """Start the reading child process ahead (while a person chooses the file, say)."""
    prestart()


def read_catalog_workbook(path: Path | str, words: ReadingWords | None = None,
                          progress: Progress | None = None,
                          cancelled: Cancelled | None = None) -> CatalogWorkbookRead:
    """Check and read an untrusted workbook in a child process, as packages are read: its
    edits in the order they are applied, or the problems that stop it being read."""
    return read_catalog_workbook_isolated(path, words, progress, cancelled)


def apply_catalog_workbook(database: Database, read: CatalogWorkbookRead, user: str,
                           dry_run: bool = False, backup_dir: Path | None = None,
                           keep_backups: int | None = DEFAULT_KEEP) -> CatalogImport:
    """Apply every row of the workbook in one transaction, or none: each problem is placed at
    its sheet, row and column, and the database is left as it was. A dry run checks and
    counts, then rolls back. Applying backs a SQLite database up first."""
    edits = tuple(SheetEdit(e.sheet, cleaned(e.edit)) for e in read.edits)
    if read.problems:
        return CatalogImport(read.file, False, edits, problems=read.problems)
    if not is_headquarters(database):
        return CatalogImport(read.file, False, edits, problems=(
            CellProblem(read.file, NOT_HEADQUARTERS),))
    # On a server an import takes no backup: it is one transaction, and the server's
    # continuous backups are its administrator's (db/storage/server_backups.py).
    if not dry_run and edits and not database.is_server:
        take_backup(database.path, backup_dir or database.path.parent / "backups", "import",
                    keep_backups)
    try:
        outcome = record_edits(database, read.catalog_edits, user, dry_run=dry_run)
    except CatalogEditError as error:
        return CatalogImport(read.file, False, edits, problems=_placed(read, error.problems))
    if outcome.problems:
        return CatalogImport(read.file, False, edits, outcome.from_edition,
                             outcome.from_edition, 0, _placed(read, outcome.problems))
    return CatalogImport(read.file, not dry_run, edits, outcome.from_edition,
                         outcome.to_edition, outcome.links_moved)


def _placed(read: CatalogWorkbookRead, problems) -> tuple[CellProblem, ...]:
    found = []
    for index, name, code, value in problems:
        if code == NOT_HEADQUARTERS:
            found.append(CellProblem(read.file, code))
            continue
        if name == ACTION and code == BAD_CHOICE and not value:  # What to do left empty
            code, value = REQUIRED, None
        found.append(placed(read, index, name, code, value))
    return tuple(found)


def import_catalog_workbook(database: Database, path: Path | str, user: str,
                            dry_run: bool = False, words: ReadingWords | None = None,
                            backup_dir: Path | None = None) -> CatalogImport:
    """Read the workbook (isolated) and apply it, or preview it in a dry run."""
    read = read_catalog_workbook(path, words)
    return apply_catalog_workbook(database, read, user, dry_run, backup_dir)
