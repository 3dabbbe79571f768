"""The catalog item picker: search the catalog as you type and choose the items to link."""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.activities.queries import CatalogChoice
from db.catalog.browse import OfficeScope, office_scope
from desktop.context import AppContext
from desktop.shared.bidi import ContentDirectionDelegate
from desktop.shared.labels import catalog_list_text
from desktop.shared.table_model import ROOT
from desktop.shared.translate import translate

CODE_ROLE = Qt.ItemDataRole.UserRole
HEADERS = (QT_TRANSLATE_NOOP("CatalogChoiceModel", "Code"),
           QT_TRANSLATE_NOOP("CatalogChoiceModel", "Event"),
           QT_TRANSLATE_NOOP("CatalogChoiceModel", "Text"))
WORD = re.compile(r"\S+")


def choice_summary(choice: CatalogChoice, width: int = 110) -> str:
    """The item's text, shortened to one line."""
    text = " ".join(choice.text.split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


class CatalogChoiceModel(QAbstractTableModel):
    """Catalog items (code, event, text); the items already linked cannot be chosen again."""

    def __init__(self, choices: list[CatalogChoice], linked: set[str] | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self._choices = [c for c in choices if not c.retired]
        self._linked = linked or set()
        # lower-cased text searched by the filter, built once
        self.haystacks = [" ".join((c.code, c.label, c.cited_as or "", c.event_name, c.text))
                          .lower() for c in self._choices]

    def in_events(self, row: int, event_codes: frozenset[str] | None) -> bool:
        """Whether the row is offered within these events (None: all); an item already
        linked always is, so that it stays visible as linked."""
        choice = self._choices[row]
        return (event_codes is None or choice.event_code in event_codes
                or choice.code in self._linked)

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self._choices)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return translate("CatalogChoiceModel", HEADERS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._choices[index.row()].code in self._linked:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        choice = self._choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            cited = f" [{choice.cited_as}]" if choice.cited_as else ""
            return (choice.code + cited, choice.event_name, choice_summary(choice))[
                index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if choice.code in self._linked:
                return translate("CatalogChoiceModel", "Already linked")
            return choice.text
        if role == CODE_ROLE:
            return choice.code
        return None


class ChoiceFilter(QSortFilterProxyModel):
    """Keeps the items whose code or text holds every word typed, within the events set
    (the office's regions) unless all are shown."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.event_codes: frozenset[str] | None = None

    def set_event_codes(self, event_codes: frozenset[str] | None) -> None:
        self.beginFilterChange()
        self.event_codes = event_codes
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def offered_count(self) -> int:
        """How many items the events allow, whatever the words."""
        model = self.sourceModel()
        return sum(model.in_events(row, self.event_codes) for row in range(model.rowCount()))

    def set_words(self, typed: str) -> None:
        self.beginFilterChange()
        self._words = [w.lower() for w in WORD.findall(typed)]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model = self.sourceModel()
        if not model.in_events(source_row, self.event_codes):
            return False
        haystack = model.haystacks[source_row]
        return all(word in haystack for word in self._words)


def _context_above(widget: QWidget | None) -> AppContext | None:
    """The application context of the nearest window above that has one (the editor)."""
    while widget is not None:
        context = getattr(widget, "context", None)
        if isinstance(context, AppContext):
            return context
        widget = widget.parentWidget()
    return None


class ItemPickerDialog(QDialog):
    """Choose one or more catalog items; chosen_codes() after it is accepted.

    A field office is offered the items of its regions' events first, like the browser;
    "Show all regions" widens to every event. Items already linked stay listed (not
    selectable) whatever their region. The scope is given, or read from the application
    context of the window the picker opens from (the activity editor).
    """

    def __init__(self, choices: list[CatalogChoice], linked: set[str],
                 parent: QWidget | None = None, scope: OfficeScope | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link catalog items"))
        if scope is None:
            context = _context_above(parent)
            scope = office_scope(context.reader) if context is not None else OfficeScope(None)
        self.scope = scope
        self.model = CatalogChoiceModel(choices, linked, self)
        self.filter = ChoiceFilter(self)
        self.filter.setSourceModel(self.model)
        self.regions_check = self._make_regions_check()
        self.search_edit = QLineEdit(placeholderText=self.tr(
            "Type words or a code: border training, DES-AP-I, VIII (iv)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.filter.set_words)
        self.view = self._make_view()
        self.count_label = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link selected"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        search_label = QLabel(self.tr("&Find:"))
        search_label.setBuddy(self.search_edit)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.regions_check)
        layout.addWidget(search_label)
        layout.addLayout(search_row)
        for widget in (self.view, self.count_label, self.buttons):
            layout.addWidget(widget)
        self.filter.rowsInserted.connect(self._update)
        self.filter.rowsRemoved.connect(self._update)
        self.filter.modelReset.connect(self._update)
        self.filter.layoutChanged.connect(self._update)
        self.view.selectionModel().selectionChanged.connect(self._update)
        self._update()
        self.resize(900, 560)

    def _make_regions_check(self) -> QCheckBox:
        check = QCheckBox(self.tr("Show all &regions"))
        if self.scope.regional:
            check.setToolTip(self.tr(
                "Also offer the items of the regions your office does not belong to "
                "(your office: {regions})").format(
                    regions=catalog_list_text(self.scope.region_names)))
            self.filter.set_event_codes(self.scope.event_codes)
        else:
            check.setChecked(True)
            check.setEnabled(False)
            check.setToolTip(self.tr(
                "Headquarters, and an installation not yet set up, see every region"))
        check.toggled.connect(self._regions_toggled)
        return check

    def _regions_toggled(self, checked: bool) -> None:
        self.filter.set_event_codes(None if checked else self.scope.event_codes)

    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setItemDelegate(ContentDirectionDelegate(view))  # mixed directions
        view.setModel(self.filter)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        view.doubleClicked.connect(self.accept)
        return view

    def _update(self, *args) -> None:
        chosen = len(self.chosen_codes())
        self.count_label.setText(self.tr("{shown}; {selected}").format(
            shown=self._shown_text(), selected=self.tr("%Ln selected", "", chosen)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(chosen > 0)

    def _shown_text(self) -> str:
        """How many items the list shows of those offered; the plural follows the offered."""
        total, shown = self.filter.offered_count(), QLocale().toString(self.filter.rowCount())
        if self.filter.event_codes is None:
            return self.tr("{shown} of %Ln items shown", "", total).format(shown=shown)
        return self.tr("{shown} of %Ln items of your regions shown", "", total).format(
            shown=shown)

    def chosen_codes(self) -> list[str]:
        """The selected items' codes, in the catalog's order."""
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [index.data(CODE_ROLE) for index in rows]
