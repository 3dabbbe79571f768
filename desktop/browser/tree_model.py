"""The catalog tree as a Qt item model: events, documents, sections and items, with follow-up."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from db.catalog.browse import BrowseNode, FollowUpSummary
from db.catalog.compilation import FOLLOWUP_KINDS
from desktop.browser.follow_up import (
    DIMMED_COLOR,
    NO_FOLLOW_UP_COLOR,
    count_text,
    counting_text,
    counting_tooltip,
    coverage_text,
    coverage_tooltip,
    no_follow_up_text,
)
from desktop.shared.bidi import in_direction_of, italic_allowed
from desktop.shared.labels import catalog_label, kind_label, status_label
from desktop.shared.table_model import ROOT

CODE_COLUMN, TEXT_COLUMN, COUNT_COLUMN, STATUS_COLUMN = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("CatalogTreeModel", "Code"),
    QT_TRANSLATE_NOOP("CatalogTreeModel", "Text"),
    QT_TRANSLATE_NOOP("CatalogTreeModel", "Follow-up"),
    QT_TRANSLATE_NOOP("CatalogTreeModel", "Latest status"),
)
# The item code of a row (None for events, documents and sections), and the row's node.
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
NODE_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass
class _Entry:
    """A node with its place in the tree; the model's internalId is the entry's position."""

    node: BrowseNode
    parent: int  # -1 for an event
    row: int
    children: list[int] = field(default_factory=list)
    item_codes: tuple[str, ...] = ()  # asking items at or below: the coverage of a branch
    followed: int = 0


def _asking_items(node: BrowseNode) -> tuple[str, ...]:
    """The items at or below node that ask for follow-up: the follow-up the 2011 compilation
    reports is itself an item, with its own activity, but no office's follow-up (so a branch
    reads "0 of 74" until an office records something, as the Progress area counts it)."""
    return tuple(each.code for each in node.walk()
                 if each.level == "item" and each.item_kind not in FOLLOWUP_KINDS)


class CatalogTreeModel(QAbstractItemModel):
    """Read-only tree over BrowseNode read objects and the follow-up summaries of items."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[_Entry] = []
        self._top: list[int] = []
        self._by_code: dict[str, int] = {}
        self._summaries: dict[str, FollowUpSummary] | None = None  # None: still counting
        self._bold, self._italic = QFont(), QFont()
        self._bold.setBold(True)
        self._italic.setItalic(italic_allowed())

    # --- filling ---------------------------------------------------------------------------
    def set_tree(self, nodes: list[BrowseNode],
                 summaries: dict[str, FollowUpSummary] | None) -> None:
        """Show a new tree (after the scope or the filters changed)."""
        self.beginResetModel()
        self._entries, self._top, self._by_code = [], [], {}
        self._summaries = summaries
        for row, node in enumerate(nodes):
            self._top.append(self._add(node, -1, row))
        self._count_followed()
        self.endResetModel()

    def _add(self, node: BrowseNode, parent: int, row: int) -> int:
        entry_id = len(self._entries)
        entry = _Entry(node, parent, row, item_codes=_asking_items(node))
        self._entries.append(entry)
        self._by_code.setdefault(self._code_key(node), entry_id)
        for child_row, child in enumerate(node.children):
            entry.children.append(self._add(child, entry_id, child_row))
        return entry_id

    @staticmethod
    def _code_key(node: BrowseNode) -> str:
        return node.code if node.level == "item" else f"{node.level}:{node.code}"

    def set_summaries(self, summaries: dict[str, FollowUpSummary] | None) -> None:
        """New follow-up figures (activities changed elsewhere); the tree itself stays."""
        self._summaries = summaries
        self._count_followed()
        for parent_index, rows in self._sibling_groups():
            if rows:
                self.dataChanged.emit(self.index(0, COUNT_COLUMN, parent_index),
                                      self.index(rows - 1, STATUS_COLUMN, parent_index))

    def _sibling_groups(self):
        yield QModelIndex(), len(self._top)
        for entry_id, entry in enumerate(self._entries):
            if entry.children:
                yield self.createIndex(entry.row, 0, entry_id), len(entry.children)

    def _count_followed(self) -> None:
        summaries = self._summaries or {}
        for entry in self._entries:
            entry.followed = sum(code in summaries for code in entry.item_codes)

    def _has_follow_up(self, code: str) -> bool:
        """False also while counting, so nothing is marked before it is known."""
        return self._summaries is None or code in self._summaries

    # --- lookups ---------------------------------------------------------------------------
    def node(self, index: AnyIndex) -> BrowseNode | None:
        return self._entries[index.internalId()].node if index.isValid() else None

    def index_of_code(self, code: str) -> QModelIndex:
        """The row of an item by its code, of a branch by "section:CODE" (or "event:", "document:"),
        or an invalid index."""
        entry_id = self._by_code.get(code)
        if entry_id is None:
            return QModelIndex()
        return self.createIndex(self._entries[entry_id].row, 0, entry_id)

    def item_count(self) -> int:
        return sum(1 for entry in self._entries if entry.node.level == "item")

    def matching_item_count(self) -> int:
        return sum(1 for entry in self._entries
                   if entry.node.level == "item" and entry.node.matches)

    # --- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        siblings = self._entries[parent.internalId()].children if parent.isValid() else self._top
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: AnyIndex | None = None):  # type: ignore[override]
        if index is None:  # QObject.parent(): the model's owner
            return super().parent()
        if not index.isValid():
            return QModelIndex()
        parent_id = self._entries[index.internalId()].parent
        if parent_id < 0:
            return QModelIndex()
        return self.createIndex(self._entries[parent_id].row, 0, parent_id)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0:
            return 0
        return len(self._entries[parent.internalId()].children)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.internalId()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(entry, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COUNT_COLUMN:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == CODE_ROLE:
            return entry.node.code if entry.node.level == "item" else None
        if role == NODE_ROLE:
            return entry.node
        return None

    # --- what each cell shows --------------------------------------------------------------
    def _display(self, entry: _Entry, column: int) -> str:
        node = entry.node
        if column == CODE_COLUMN:
            return node.name if node.level == "event" else node.code
        if column == TEXT_COLUMN:
            return self._text(node)
        if column == STATUS_COLUMN and node.level != "item":
            return ""
        if self._summaries is None:
            return counting_text()
        if node.level != "item":
            # A branch of reported follow-up only (the 2011 Selected pages) asks nothing.
            return coverage_text(entry.followed, len(entry.item_codes)) if entry.item_codes \
                else ""
        summary = self._summaries.get(node.code)
        if column == COUNT_COLUMN:
            return str(summary.activities) if summary else "0"
        return status_label(summary.latest_status) if summary else no_follow_up_text()

    def _text(self, node: BrowseNode) -> str:
        if node.level == "event":  # an event's text is its region's name
            return catalog_label(node.text)
        if node.level != "item":
            return node.name
        text = " ".join(part for part in (node.name, node.text) if part)
        if not node.retired:
            return text
        return in_direction_of(text, self.tr("(retired) {text}").format(text=text))

    def _tooltip(self, entry: _Entry, column: int) -> str | None:
        node = entry.node
        if column in (COUNT_COLUMN, STATUS_COLUMN) and self._summaries is None:
            return counting_tooltip()
        if node.level != "item":
            if column == COUNT_COLUMN and entry.item_codes:
                return coverage_tooltip(entry.followed, len(entry.item_codes))
            return html.escape(node.name if node.level != "event" else catalog_label(node.text))
        if column in (COUNT_COLUMN, STATUS_COLUMN):
            summary = self._summaries.get(node.code)
            return count_text(summary.activities) if summary else no_follow_up_text()
        lines = [f"<b>{html.escape(node.code)}</b> {html.escape(kind_label(node.item_kind))}"]
        if node.retired:
            lines.append(self.tr("Retired: no longer in the current catalog."))
        if node.subheading:
            lines.append(f"<i>{html.escape(node.subheading)}</i>")
        lines.append(html.escape(node.text))
        # Rich text lets Qt wrap long texts in the tool tip.
        return "<p>" + "<br>".join(lines) + "</p>"

    def _foreground(self, entry: _Entry, column: int):
        node = entry.node
        if node.level == "item" and (node.retired or not node.matches):
            return DIMMED_COLOR
        if node.level == "item" and column == STATUS_COLUMN and \
                not self._has_follow_up(node.code):
            return NO_FOLLOW_UP_COLOR
        return None

    def _font(self, entry: _Entry, column: int) -> QFont | None:
        node = entry.node
        if node.level != "item":
            return self._bold
        if node.retired or (column == STATUS_COLUMN and not self._has_follow_up(node.code)):
            return self._italic
        return None
