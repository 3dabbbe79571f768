"""What the Recommendations browser reads once the database is open: the search, an item in
full and the follow-up figures (the tree shows from the first frame on without them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.catalog.browse import BrowseFilter
from db.catalog.queries import ItemDetail, item_detail
from db.catalog.search import SearchResult, search_items
from desktop.browser.follow_up_loader import FollowUpLoader

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

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
