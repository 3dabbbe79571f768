"""The activities list as a paged Qt table model; filtering and sorting are done by db/."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from db.activities.queries import (
    ActivityCounts,
    ActivityListRow,
    ActivityQuery,
    activity_page,
    count_activities,
)
from db.errors import TenpointDataError
from db.storage.quick_read import ReadSource
from desktop.shared.formatting import date_text, local_time_text, time_zone_text
from desktop.shared.labels import activity_kind_label, status_label, sync_state_label
from desktop.shared.table_model import ROOT
from desktop.shared.translate import translate

SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SYNC_COLUMN = "sync"
# The Sync column's reader: activity UUIDs -> their sync state (db/sync/status.py)
SyncStates = Callable[[list[str]], dict[str, str]]


@dataclass(frozen=True)
class Column:
    """One column of the list: its header, what it shows, and what it sorts by."""

    sort: str  # the list service's sort name
    header: str  # translated in the "ActivityTableModel" context
    value: Callable[[ActivityListRow], str]
    sort_value: Callable[[ActivityListRow], object]
    alignment: Qt.AlignmentFlag = LEFT


def _status_text(row: ActivityListRow) -> str:
    status = status_label(row.status)
    if row.deleted:
        return translate("ActivityTableModel", "Deleted ({status})").format(
            status=status)
    return status


def _changed_text(row: ActivityListRow) -> str:
    """When the activity last changed; the 2011 compilation's were stored when the catalog was
    loaded here, so their date is the compilation's."""
    if row.reported_in_2011:
        return translate("ActivityTableModel", "June 2011")
    return local_time_text(row.updated_at)


COLUMNS = (
    Column("title", QT_TRANSLATE_NOOP("ActivityTableModel", "Title"),
           lambda r: r.title, lambda r: r.title.lower()),
    Column("status", QT_TRANSLATE_NOOP("ActivityTableModel", "Status"),
           _status_text, lambda r: r.status),
    # Filled by the model from db.sync.status, page by page; the service cannot sort on it.
    Column(SYNC_COLUMN, QT_TRANSLATE_NOOP("ActivityTableModel", "Sync"),
           lambda r: "", lambda r: ""),
    Column("kind", QT_TRANSLATE_NOOP("ActivityTableModel", "Kind"),
           lambda r: activity_kind_label(r.kind), lambda r: r.kind or ""),
    Column("item_codes", QT_TRANSLATE_NOOP("ActivityTableModel", "Linked items"),
           lambda r: ", ".join(r.item_codes), lambda r: ", ".join(r.item_codes)),
    Column("country", QT_TRANSLATE_NOOP("ActivityTableModel", "Country"),
           lambda r: r.country_iso2 or "", lambda r: r.country_iso2 or ""),
    Column("lead_organisation", QT_TRANSLATE_NOOP("ActivityTableModel", "Lead organisation"),
           lambda r: r.lead_organisation, lambda r: r.lead_organisation.lower()),
    Column("start_date", QT_TRANSLATE_NOOP("ActivityTableModel", "Start"),
           lambda r: date_text(r.start_date), lambda r: date_text(r.start_date), RIGHT),
    Column("end_date", QT_TRANSLATE_NOOP("ActivityTableModel", "End"),
           lambda r: date_text(r.end_date), lambda r: date_text(r.end_date), RIGHT),
    Column("owner", QT_TRANSLATE_NOOP("ActivityTableModel", "Recorded by"),
           lambda r: r.owner_office_name, lambda r: r.owner_office_name.lower()),
    Column("updated_at", QT_TRANSLATE_NOOP("ActivityTableModel", "Last changed"),
           _changed_text, lambda r: r.updated_at.isoformat(), RIGHT),
)
COLUMN_OF_SORT = {column.sort: number for number, column in enumerate(COLUMNS)}
ANSWERED_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
    SORT_ROLE, ROW_ROLE, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole})


class ActivityTableModel(QAbstractTableModel):
    """Activities matching a query, loaded a page at a time as the view scrolls.

    Reads from a Database, or (quick start) from a QuickReader until attach(); country names
    and the Sync column come with attach().

    Signals: reloaded() after the rows and counts were read afresh.
    """

    reloaded = Signal()

    def __init__(self, source: ReadSource, parent=None) -> None:
        super().__init__(parent)
        self.source = source
        self.country_names: dict[str, str] = {}
        self._sync_states_of: SyncStates | None = None
        self.query = ActivityQuery()
        self.counts = ActivityCounts(0, 0)
        self._rows: list[ActivityListRow] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # shown texts by row, made when first shown
        self._sync_states: dict[str, str] = {}  # this office's activities: uuid -> sync state
        self._exhausted = False

    # --- loading -------------------------------------------------------------------------
    def attach(self, source: ReadSource, country_names: dict[str, str],
               sync_states: SyncStates) -> None:
        """Read from the opened database from now on, with country names and the Sync column
        (call reload)."""
        self.source = source
        self.country_names = country_names
        self._sync_states_of = sync_states

    def set_query(self, query: ActivityQuery) -> None:
        """Show the activities matching query, from its first page."""
        self.query = query
        self.reload(keep_loaded=False)

    def reload(self, keep_loaded: bool = True) -> None:
        """Read counts and rows again (after edits); keeps as many rows as were loaded."""
        wanted = max(PAGE_SIZE, len(self._rows)) if keep_loaded else PAGE_SIZE
        self.beginResetModel()
        self.counts = count_activities(self.source, self.query)
        self._rows = activity_page(self.source, self.query, 0, wanted, self.counts)
        self._texts.clear()
        self._sync_states = self._read_sync_states(self._rows)
        self._exhausted = len(self._rows) < wanted
        self.endResetModel()
        self.reloaded.emit()

    def canFetchMore(self, parent=ROOT) -> bool:
        return (not parent.isValid() and not self._exhausted
                and len(self._rows) < self.counts.matching)

    def fetchMore(self, parent=ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        page = activity_page(self.source, self.query, len(self._rows), PAGE_SIZE,
                             self.counts)
        # the data changed under us (another writer): stop asking instead of looping
        self._exhausted = len(page) < PAGE_SIZE
        if not page:
            return
        first = len(self._rows)
        self._sync_states.update(self._read_sync_states(page))
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def _read_sync_states(self, rows: list[ActivityListRow]) -> dict[str, str]:
        """Not yet sent / sent / received by headquarters / changed since, for own rows."""
        if self._sync_states_of is None:
            return {}
        try:
            return self._sync_states_of([row.uuid for row in rows])
        except TenpointDataError:  # no office set up yet: nothing of ours to send
            return {}

    # --- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("ActivityTableModel", COLUMNS[section].header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return COLUMNS[section].alignment
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section].sort == "updated_at":
            return translate("ActivityTableModel",
                             "In this computer's local time ({zone})").format(
                zone=time_zone_text())
        if role == Qt.ItemDataRole.ToolTipRole:  # whole where a narrowed column elides it
            return translate("ActivityTableModel", COLUMNS[section].header)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _text(self, number: int, column: int) -> str:
        """A cell's text; a view asks for it at every repaint, so each row is formatted once."""
        texts = self._texts.get(number)
        if texts is None:
            row = self._rows[number]
            texts = self._texts[number] = tuple(
                self._sync_text(row) if c.sort == SYNC_COLUMN else c.value(row)
                for c in COLUMNS)
        return texts[column]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if role not in ANSWERED_ROLES or not index.isValid() \
                or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), index.column())
        row, column = self._rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        if role == SORT_ROLE:
            return column.sort_value(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.FontRole and row.deleted:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.deleted:
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                   QPalette.ColorRole.Text)
        return None

    def _sync_text(self, row: ActivityListRow) -> str:
        state = self._sync_states.get(row.uuid)
        return sync_state_label(state) if state and not row.deleted else ""

    def _tooltip(self, row: ActivityListRow, column: Column) -> str:
        if column.sort == "country" and row.country_iso2:
            return self.country_names.get(row.country_iso2, row.country_iso2)
        if column.sort == "owner" and not row.editable and not row.deleted:
            return translate(
                "ActivityTableModel", "Recorded by {owner}; read-only here.").format(
                owner=row.owner_office_name)
        if column.sort == SYNC_COLUMN:
            return self._sync_text(row)
        if column.sort == "updated_at" and row.reported_in_2011:
            return translate("ActivityTableModel", "Reported in the June 2011 compilation")
        if column.sort == "updated_at":
            return translate("ActivityTableModel", "{time}, local time ({zone})").format(
                time=column.value(row), zone=time_zone_text(row.updated_at))
        return column.value(row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the service's: a loaded page is only a slice of the list."""
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].sort == SYNC_COLUMN:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self.query, sort=COLUMNS[column].sort, descending=descending))

    # --- rows by identity ----------------------------------------------------------------
    def index_of(self, activity_uuid: str) -> QModelIndex:
        """The first column's index of a loaded activity, or an invalid index."""
        for number, row in enumerate(self._rows):
            if row.uuid == activity_uuid:
                return self.index(number, 0)
        return QModelIndex()
