"""What the Recommendations browser reads once the database is open: the search, an item in
full and the follow-up figures (the tree shows from the first frame on without them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.catalog.browse import BrowseFilter
from db.catalog.queries import ItemDetail, item_detail
from db.catalog.search import SearchResult, search_items
from desktop.browser.catalog_editor import CatalogEditDialog, edit_refusal
from desktop.browser.catalog_workbook_flow import CatalogWorkbookFlow
from desktop.browser.follow_up_loader import FollowUpLoader

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QWidget

    from desktop.context import AppContext


class CatalogLookup:
    """The browser's reads that need the database libraries."""

    def __init__(self, context: AppContext) -> None:
        self.context = context

    def search(self, text: str, filters: BrowseFilter) -> SearchResult:
        return search_items(self.context.database, text, filters)

    def item(self, code: str) -> ItemDetail:
        """The item in full; UnknownItemError for a code the catalog does not have."""
        return item_detail(self.context.database, code)

    def follow_up_loader(self, parent: QObject) -> FollowUpLoader:
        return FollowUpLoader(self.context.database, parent)

    def edit_dialog(self, action: str, values: dict, item: ItemDetail | None,
                    parent: QWidget) -> CatalogEditDialog:
        """The catalog editor for one change (headquarters only)."""
        return CatalogEditDialog(self.context, action, values, item, parent)

    def workbook_flow(self, parent: QWidget) -> CatalogWorkbookFlow:
        """The catalog workbook's template and import (headquarters only)."""
        return CatalogWorkbookFlow(self.context, parent)

    @staticmethod
    def edit_refusal(action: str, item: ItemDetail) -> str | None:
        """Why an item action is not offered for the item, or None."""
        return edit_refusal(action, item)
