"""Headquarters' "Edit catalog" menu in the Recommendations browser: the catalog editor for
one change, and the catalog workbook's template and import.

The menu is offered at headquarters only (offices receive the changes in its updates). What
is added goes where the tree's selection says; what is done to an item is done to the item
shown. The browser reads everything again when the catalog changed (its `changed` signal).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton

from db.storage.local_office import read_local_office
from desktop.shared.translate import translate
from exporters import catalog_edits as edits

if TYPE_CHECKING:
    from db.catalog.changes import EditOutcome
    from db.catalog.queries import ItemDetail
    from desktop.browser.area import BrowserArea
    from desktop.browser.catalog_editor import CatalogEditDialog
    from desktop.browser.catalog_workbook_flow import CatalogWorkbookFlow

# What is added (the selection in the tree says where), then what is done to the item shown.
ADD_ACTIONS = (edits.ADD_EVENT, edits.ADD_DOCUMENT, edits.ADD_SECTION, edits.ADD_ITEM,
               edits.PARTICIPATION)
ITEM_ACTIONS = (edits.CORRECT, edits.ANNOTATE, edits.RETIRE, edits.REINSTATE, edits.SUPERSEDE)
# The tree level each addition goes under, and the field that names it (an added event,
# document or section is shown in the tree at that level).
PLACED_UNDER = {edits.ADD_DOCUMENT: ("event", "event_code"),
                edits.ADD_SECTION: ("document", "document_code"),
                edits.ADD_ITEM: ("section", "section_code"),
                edits.PARTICIPATION: ("event", "code")}
ADDED_LEVEL = {edits.ADD_EVENT: "event", edits.ADD_DOCUMENT: "document",
               edits.ADD_SECTION: "section"}


def _action_label(action: str) -> str:
    """A catalog editor's action, as desktop/shared/catalog_edit_words.py words it (that
    module brings the workbook's reader, which the first screen does without)."""
    return translate(edits.CONTEXT, edits.ACTION_LABELS[action])


class CatalogMenu(QObject):
    """The "Edit catalog" button and its menu.

    Signals:
        changed(str, str): the catalog changed; the code of the item to show ("" for the one
            shown) and the tree node to reveal (an added event, document or section; "").
    """

    changed = Signal(str, str)

    def __init__(self, area: BrowserArea) -> None:
        super().__init__(area)
        self.area = area
        self.edit_dialog: CatalogEditDialog | None = None  # the editor opened last
        self.workbook_flow: CatalogWorkbookFlow | None = None  # made on first use
        menu = QMenu(area)
        menu.setToolTipsVisible(True)  # a disabled action's tip says why
        self.actions: dict[str, QAction] = {}
        for action in ADD_ACTIONS + ITEM_ACTIONS:
            if action == ITEM_ACTIONS[0]:
                menu.addSeparator()
            entry = menu.addAction(_action_label(action) + "…")
            entry.triggered.connect(lambda _=False, a=action: self.open_editor(a))
            self.actions[action] = entry
        menu.addSeparator()
        menu.addAction(self.tr("Import a catalog workbook…")).triggered.connect(
            lambda: self.with_workbook_flow(lambda flow: flow.ask_and_import()))
        menu.addAction(self.tr("Save a catalog template to fill…")).triggered.connect(
            lambda: self.with_workbook_flow(lambda flow: flow.ask_and_save_template()))
        menu.aboutToShow.connect(self.update_actions)
        self.button = QPushButton(self.tr("Edit catalog"))
        self.button.setToolTip(self.tr(
            "Add events, documents, sections and items to the catalog, or correct, annotate, "
            "retire or merge the item shown; offices receive the changes with the next update"))
        self.button.setMenu(menu)
        self.show_where_allowed()

    def show_where_allowed(self) -> None:
        """Shown at headquarters only (setup may change the office's role)."""
        with self.area.context.reader.reading() as sql:
            office = read_local_office(sql)
        self.button.setVisible(office is not None and office.is_headquarters)

    def update_actions(self) -> None:
        """The item actions name the item shown and offer only what it allows."""
        item = self.area.detail_pane.current_item()
        for action in ITEM_ACTIONS:
            entry = self.actions[action]
            label = _action_label(action)
            entry.setText(self.tr("{action}: {code}…").format(action=label, code=item.code)
                          if item else label + "…")
            reason = self._not_offered(action, item)
            entry.setEnabled(reason is None)
            entry.setToolTip(reason or "")
            entry.setStatusTip(reason or "")
        for action in ADD_ACTIONS:
            self.actions[action].setEnabled(self.area.context.ready)

    def _not_offered(self, action: str, item: ItemDetail | None) -> str | None:
        """Why the action cannot be done to the item shown, or None when it can."""
        if item is None:
            return self.tr("Select an item first")
        if self.area.lookup is None:
            return self.tr("Opening the catalog…")
        return self.area.lookup.edit_refusal(action, item)

    def open_editor(self, action: str) -> None:
        """The editor for one change; an item action changes the item shown."""
        self.area.context.when_ready(lambda: self._open_editor(action))

    def _open_editor(self, action: str) -> None:
        item = self.area.detail_pane.current_item() if action in ITEM_ACTIONS else None
        if action in ITEM_ACTIONS and item is None:
            return
        values = {"code": item.code} if item is not None else self._placed_under(action)
        self.edit_dialog = self.area.lookup.edit_dialog(action, values, item, self.area)
        self.edit_dialog.recorded.connect(self._edited)
        self.edit_dialog.open()

    def _placed_under(self, action: str) -> dict:
        """Where the thing added goes, from the selection in the tree: the event of a new
        document, the document of a new section, the section of a new item."""
        if action not in PLACED_UNDER:
            return {}
        level, name = PLACED_UNDER[action]
        area = self.area
        index = area.tree_view.currentIndex()
        if area.views.currentWidget() is not area.tree_view and area.detail_pane.current_code():
            index = area.tree_model.index_of_code(area.detail_pane.current_code())
        while index.isValid():
            node = area.tree_model.node(index)
            if node.level == level:
                return {name: node.code}
            index = index.parent()
        return {}

    def _edited(self, outcome: EditOutcome) -> None:
        """Show an added item, reveal an added event, document or section."""
        change = outcome.changes[-1]
        shown = change.code if change.action == edits.ADD_ITEM else ""
        level = ADDED_LEVEL.get(change.action)
        self.changed.emit(shown, f"{level}:{change.code}" if level else "")

    def with_workbook_flow(self, step) -> None:
        """Run a step of the catalog workbook's flow once the database is open."""
        def run() -> None:
            if self.workbook_flow is None:
                self.workbook_flow = self.area.lookup.workbook_flow(self.area)
                self.workbook_flow.applied.connect(lambda _outcome: self.changed.emit("", ""))
            step(self.workbook_flow)
        self.area.context.when_ready(run)
