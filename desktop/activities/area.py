"""The Activities area of the main window: the filtered list and what can be done with a row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from db.activities.queries import (
    ActivityListRow,
    action_area_choices,
    catalog_choices,
    owner_choices,
)
from desktop.activities.filter_bar import ActivityFilterBar
from desktop.activities.table_model import COLUMN_OF_SORT, ROW_ROLE, ActivityTableModel
from desktop.context import AppContext
from desktop.shared.bidi import ContentDirectionDelegate
from desktop.shared.column_share import ShareKeeper

if TYPE_CHECKING:
    from desktop.activities.editing import ActivityEditing
    from desktop.activities.editor import ActivityEditor
    from desktop.activities.history import HistoryDialog

HEADER_KEY = "activities/header"
# Initial widths, in average characters, of the columns whose texts run long (the person's
# own widths are restored after); the title takes the room left.
COLUMN_CHARS = {"item_codes": 15, "lead_organisation": 15}
# Short texts (a status, a date, an office's name): as wide as their longest text and
# header, so none is cut off where there is room.
FIT_COLUMNS = ("status", "sync", "kind", "country", "start_date", "end_date", "owner",
               "updated_at")
# The share of the list's width the title keeps at least: where the other columns want more
# (a long translation, a narrow window), they narrow and elide instead, each cell and header
# whole in its tooltip.
TITLE_SHARE = 0.25


class ActivitiesArea(QWidget):
    """The list of follow-up activities with its filters, toolbar and editor.

    It shows the list from the first frame on, read from the context's QuickReader on a quick
    start; what needs the database libraries (the editor, duplicate, delete, the history, the
    Sync column) comes with attach() once the database is open, and what a person asks for
    before then waits for it.

    Signals: activities_changed() after an activity was created, changed or deleted here.
    """

    activities_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editing: ActivityEditing | None = None  # attach()
        self._choices = None
        self.model = ActivityTableModel(context.reader, self)
        self.filter_bar = ActivityFilterBar(
            action_area_choices(context.reader), owner_choices(context.reader),
            [choice.code for choice in self.choices()])
        self.view = self._make_view()
        self._make_actions()
        self.toolbar = self._make_toolbar()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self._make_empty_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.pages, 1)
        self.filter_bar.changed.connect(self._apply_filters)
        self.model.reloaded.connect(self._show_counts)
        self.model.modelReset.connect(self._update_actions)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self._start_sorted()

    # --- building ------------------------------------------------------------------------
    def choices(self):
        """The catalog items for the item picker, read once."""
        if self._choices is None:
            self._choices = catalog_choices(self.context.reader)
        return self._choices

    def catalog_changed(self) -> None:
        """The catalog changed (headquarters added, retired or merged items): the item picker
        and the item filter offer it as it is now, and the list shows links that moved."""
        self._choices = None
        self.filter_bar.set_item_codes([choice.code for choice in self.choices()])
        if self.editing is not None:
            self.refresh()

    def attach(self, editing: ActivityEditing) -> None:
        """The database is open: what it brings (editing, country names, the Sync column),
        and the list read from it."""
        self.editing = editing
        self.model.attach(self.context.database, editing.country_names(), editing.sync_states)
        self.refresh()

    @property
    def editor(self) -> ActivityEditor | None:
        """The editor opened last (for tests and the soak test)."""
        return self.editing.editor if self.editing else None

    @property
    def history(self) -> HistoryDialog | None:
        return self.editing.history if self.editing else None

    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setItemDelegate(ContentDirectionDelegate(view))  # mixed directions
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setCornerButtonEnabled(False)
        rows = view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(view.fontMetrics().averageCharWidth() * 4)
        # Short columns fit their texts, the long ones start at a width the person may
        # change; the title takes the room left, and keeps its share of it.
        self.columns = ShareKeeper(
            view, COLUMN_OF_SORT["title"], TITLE_SHARE,
            [COLUMN_OF_SORT[name] for name in FIT_COLUMNS],
            {COLUMN_OF_SORT[name]: view.fontMetrics().averageCharWidth() * chars + 12
             for name, chars in COLUMN_CHARS.items()})
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._show_context_menu)
        # a double-click activates too (and Enter): one signal, one editor
        view.activated.connect(self._open_index)
        return view

    def _action(self, text: str, icon: QStyle.StandardPixmap, slot, shortcut=None,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QAction:
        action = QAction(self.style().standardIcon(icon), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(context)
            # The access key's "&" is for menus and buttons; a tooltip shows text as it is.
            action.setToolTip(self.tr("{action} ({shortcut})").format(
                action=text.replace("&&", "\0").replace("&", "").replace("\0", "&"),
                shortcut=action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        pixmap = QStyle.StandardPixmap
        self.new_action = self._action(self.tr("&New activity"), pixmap.SP_FileIcon,
                                       lambda: self.new_activity(), QKeySequence.StandardKey.New)
        self.open_action = self._action(self.tr("&Open"), pixmap.SP_DialogOpenButton,
                                        self.open_selected)
        self.duplicate_action = self._action(self.tr("D&uplicate"), pixmap.SP_FileLinkIcon,
                                             self.duplicate_selected, "Ctrl+D")
        # Delete only from the list, so the key still deletes text in the filter fields
        self.delete_action = self._action(self.tr("&Delete…"), pixmap.SP_TrashIcon,
                                          self.delete_selected, QKeySequence.StandardKey.Delete,
                                          Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.delete_action)
        self.history_action = self._action(self.tr("&History"),
                                           pixmap.SP_FileDialogContentsView,
                                           self.show_history, "Ctrl+H")
        self.refresh_action = self._action(self.tr("&Refresh"), pixmap.SP_BrowserReload,
                                           self.refresh, QKeySequence.StandardKey.Refresh)
        self.find_action = self._action(self.tr("&Find"), pixmap.SP_FileDialogDetailedView,
                                        self.focus_filter, QKeySequence.StandardKey.Find)

    def _make_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("Activities"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.open_action, self.duplicate_action,
                       self.delete_action, self.history_action, None, self.refresh_action):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
        return toolbar

    def _make_empty_page(self) -> QWidget:
        page = QWidget()
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_button = QPushButton()
        self.empty_button.clicked.connect(self._empty_page_action)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _start_sorted(self) -> None:
        """Newest changes first; turning sorting on loads the first page."""
        header = self.view.horizontalHeader()
        header.setSortIndicator(COLUMN_OF_SORT["updated_at"], Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)

    # --- the list ------------------------------------------------------------------------
    def _apply_filters(self) -> None:
        self.model.set_query(self.filter_bar.query(self.model.query))

    def _show_counts(self) -> None:
        counts = self.model.counts
        self.filter_bar.show_counts(counts)
        if counts.matching:
            self.pages.setCurrentWidget(self.view)
            return
        if counts.total or self.filter_bar.is_filtering():
            self.empty_label.setText(self.tr("No activity matches these filters."))
            self.empty_button.setText(self.tr("Clear filters"))
        else:
            self.empty_label.setText(self.tr(
                "No follow-up activities are recorded yet. Record the first one, or choose a "
                "recommendation in the browser and add a follow-up activity to it."))
            self.empty_button.setText(self.tr("New activity"))
        self.pages.setCurrentIndex(1)

    def _empty_page_action(self) -> None:
        if self.filter_bar.is_filtering():
            self.filter_bar.clear()
        else:
            self.new_activity()

    def refresh(self) -> None:
        """Read the list again, and the offices it may be filtered by (after changes made
        elsewhere: a package import or export, a restore, the office's identity)."""
        selected = self.selected_row()
        self.filter_bar.set_owners(owner_choices(self.context.reader))
        query = self.filter_bar.query(self.model.query)
        if query != self.model.query:  # the office chosen is gone (a restore)
            self.model.set_query(query)
        else:
            self.model.reload()
        if selected is not None:
            self._select(selected.uuid)

    def focus_filter(self) -> None:
        """Put the cursor in the search field (Ctrl+F)."""
        self.filter_bar.text_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.text_edit.selectAll()

    def selected_row(self) -> ActivityListRow | None:
        indexes = self.view.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def _select(self, activity_uuid: str) -> None:
        index = self.model.index_of(activity_uuid)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _update_actions(self, *args) -> None:
        row = self.selected_row()
        self.open_action.setEnabled(row is not None)
        self.open_action.setText(self.tr("&Edit") if row is not None and row.editable
                                 else self.tr("&View"))
        self.duplicate_action.setEnabled(row is not None)
        self.delete_action.setEnabled(row is not None and row.editable)
        self.history_action.setEnabled(row is not None)

    def _show_context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        if self.view.indexAt(position).isValid():
            menu.addActions([self.open_action, self.duplicate_action, self.delete_action,
                             self.history_action])
            menu.addSeparator()
        menu.addAction(self.new_action)
        menu.popup(self.view.viewport().mapToGlobal(position))

    # --- opening and editing (the database's side, once attached) ---------------------------
    def new_activity(self, item_codes: Sequence[str] = ()) -> None:
        """Open the editor for a new activity with these catalog items already linked."""
        item_codes = tuple(item_codes)
        self.context.when_ready(lambda: self.editing.new_activity(item_codes))

    def open_activity(self, activity_uuid: str) -> None:
        """Open an activity: in the editor if this office may change it, else read-only."""
        self.context.when_ready(lambda: self.editing.open_activity(activity_uuid))

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_activity(row.uuid)

    def _open_index(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_activity(row.uuid)

    def changed(self, activity_uuid: str | None = None) -> None:
        """An activity was saved, duplicated or deleted here: read the list again."""
        self.model.reload()
        if activity_uuid:
            self._select(activity_uuid)
        self.activities_changed.emit()

    def duplicate_selected(self) -> None:
        """Copy the selected activity as a new one of this office, then open the copy."""
        self._with_selected(lambda row: self.editing.duplicate(row))

    def delete_selected(self) -> None:
        """Mark the selected activity deleted, after asking."""
        self._with_selected(lambda row: self.editing.delete(row), editable_only=True)

    def show_history(self) -> None:
        self._with_selected(lambda row: self.editing.show_history(row))

    def _with_selected(self, action, editable_only: bool = False) -> None:
        """action(row) on the selected row, once the database is open."""
        def run() -> None:
            row = self.selected_row()
            if row is not None and (row.editable or not editable_only):
                action(row)
        self.context.when_ready(run)

    # --- state between runs --------------------------------------------------------------
    def save_state(self) -> None:
        """Remember column widths, order and sort order."""
        self.context.settings.set_state(HEADER_KEY, self.view.horizontalHeader().saveState())

    def restore_state(self) -> None:
        state = self.context.settings.state(HEADER_KEY)
        header = self.view.horizontalHeader()
        if state is None or not header.restoreState(state):
            return
        self.columns.set_modes()  # a state saved before they fitted their texts
        header.setSectionResizeMode(COLUMN_OF_SORT["title"], QHeaderView.ResizeMode.Stretch)
        self.columns.take_widths()  # the person's widths for the long columns
        self.columns.refit_later()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
