"""The Recommendations browser: search, filters, the catalog tree or ranked results, an item."""

from __future__ import annotations

from contextlib import contextmanager
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.catalog.browse import BrowseFilter, BrowseNode, catalog_tree, filter_choices, office_scope
from db.catalog.regions import local_event_reasons
from db.errors import UnknownItemError
from desktop.browser.catalog_menu import CatalogMenu
from desktop.browser.detail_pane import ItemDetailPane
from desktop.browser.filter_bar import FilterBar
from desktop.browser.highlight import Spans
from desktop.browser.results_model import SearchResultsModel
from desktop.browser.search_field import SearchField
from desktop.browser.tree_model import CatalogTreeModel
from desktop.browser.views import CatalogTreeView, SearchResultsView
from desktop.context import AppContext
from desktop.shared.labels import catalog_list_text
from desktop.shared.messages import error_message, office_conferences_html

if TYPE_CHECKING:
    from db.catalog.queries import ItemDetail
    from db.catalog.search import SearchResult
    from desktop.browser.follow_up_loader import FollowUpLoader
    from desktop.browser.lookup import CatalogLookup

SPLITTER_KEY, HEADER_KEY = "browser/splitter", "browser/tree_header"
class BrowserArea(QWidget):
    """Browse and search the recommendations catalog and read one item in full.

    The follow-up figures are read off the GUI thread (at start and on refresh()), since
    with 100,000 activities they take about half a second; meanwhile the tree shows "…".
    On a quick start the tree comes from the context's QuickReader; the figures, the search
    and the item in full come with attach() once the database is open (and what a person asks
    for before then waits for it).

    Signals:
        add_activity_requested(str): the code of the item a new activity should follow up.
        activity_open_requested(str): the uuid of a linked activity to open.
        follow_up_updated(): the follow-up figures shown were (re-)read.
        catalog_changed(): headquarters changed the catalog here (items added, retired,
            merged: activities' links may have moved).
    """

    add_activity_requested = Signal(str)
    activity_open_requested = Signal(str)
    follow_up_updated = Signal()
    catalog_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._scope = office_scope(context.reader)
        self._summaries: dict | None = None  # None until the first read ends
        self._lookup: CatalogLookup | None = None  # attach()
        self._loader: FollowUpLoader | None = None
        self._back_stack: list[str] = []
        self._navigating = False
        self._build_search_row()
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self._reload)
        # after the reload: the item shown says whether the tree shows it now
        self.filter_bar.retired_check.toggled.connect(self._show_current_again)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setWordWrap(True)
        # Shown when a search limited to the office's regions has matches elsewhere too.
        self.show_all_button = QPushButton(self.tr("Show all regions"))
        self.show_all_button.setToolTip(self.tr(
            "Tick “Show all regions” to see the matches in the other regions too"))
        self.show_all_button.clicked.connect(lambda: self.regions_check.setChecked(True))
        self.show_all_button.hide()
        self._build_views()
        self.detail_pane = ItemDetailPane(context.settings)
        self._connect_detail_pane()
        self._build_layout()
        self._reload_scope()

    # --- construction ----------------------------------------------------------------------
    def _build_search_row(self) -> None:
        self.search_field = SearchField()
        self.search_field.changed.connect(self._reload)
        self.search_field.submitted.connect(self._search_now)
        self.regions_check = QCheckBox(self.tr("Show all regions"))
        self.regions_check.toggled.connect(self._regions_toggled)
        self.scope_label = QLabel()
        self.scope_label.setWordWrap(True)
        self.catalog_menu = CatalogMenu(self)
        self.catalog_menu.changed.connect(self._catalog_changed)

    def _build_views(self) -> None:
        self.tree_model = CatalogTreeModel(self)
        self.tree_view = CatalogTreeView(self.tree_model)
        self.tree_view.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.results_model = SearchResultsModel(self)
        self.results_view = SearchResultsView(self.results_model)
        self.results_view.selectionModel().currentChanged.connect(self._result_current_changed)
        self.views = QStackedWidget()
        self.views.addWidget(self.tree_view)
        self.views.addWidget(self.results_view)

    def _connect_detail_pane(self) -> None:
        self.detail_pane.item_requested.connect(self._follow_reference)
        self.detail_pane.back_requested.connect(self._go_back)
        self.detail_pane.add_activity_requested.connect(self.add_activity_requested)
        self.detail_pane.activity_open_requested.connect(self.activity_open_requested)

    def _build_layout(self) -> None:
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_field, stretch=1)
        search_row.addWidget(self.regions_check)
        search_row.addWidget(self.catalog_menu.button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label, stretch=1)
        count_row.addWidget(self.show_all_button)
        left_layout.addLayout(count_row)
        left_layout.addWidget(self.views, stretch=1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.splitter, stretch=1)

    # --- public interface ------------------------------------------------------------------
    @property
    def context(self) -> AppContext:
        return self._context

    @property
    def lookup(self) -> CatalogLookup | None:
        """The database side's reads, once attach() gave them."""
        return self._lookup

    def focus_search(self) -> None:
        """Put the cursor in the search field, its text selected for typing over."""
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def attach(self, lookup: CatalogLookup) -> None:
        """The database is open: search and items in full, and the follow-up counted in the
        background from now on."""
        self._lookup = lookup
        self._loader = lookup.follow_up_loader(self)
        self._loader.loaded.connect(self._summaries_loaded)
        self._loader.request()

    def refresh(self) -> None:
        """Re-read the item shown now and the follow-up figures in the background, after
        activities changed elsewhere; and the office's events, if setup changed them."""
        self.catalog_menu.show_where_allowed()
        scope = office_scope(self._context.reader)
        if scope != self._scope:
            self._scope = scope
            self.regions_check.setEnabled(True)
            self._reload_scope()
        code = self.detail_pane.current_code()
        if code:
            self._show_detail(code, self._current_spans(code))
        if self._loader is not None:
            self._loader.request()

    def wait_for_follow_up(self, milliseconds: int = -1) -> bool:
        """Block until the follow-up figures being read are in (for shutdown and tests)."""
        return self._loader is None or self._loader.wait(milliseconds)

    def _summaries_loaded(self, summaries: dict) -> None:
        self._summaries = summaries
        self.tree_model.set_summaries(summaries)
        self.results_model.set_summaries(summaries)
        current = self.tree_model.node(self.tree_view.currentIndex())
        if self.detail_pane.current_code() is None and current is not None \
                and current.level != "item":
            self._show_branch(current)
        self.follow_up_updated.emit()

    def select_item(self, code: str) -> None:
        """Show the item with this code, selected in the tree or the results, and in full."""
        self._back_stack.clear()
        self._go_to(code)

    def save_state(self) -> None:
        """Remember the splitter and the tree's column widths (window state, not preferences)."""
        settings = self._context.settings
        settings.set_state(SPLITTER_KEY, self.splitter.saveState())
        settings.set_state(HEADER_KEY, self.tree_view.header().saveState())

    def restore_state(self) -> None:
        """Put back what save_state remembered, if anything."""
        settings = self._context.settings
        splitter, header = settings.state(SPLITTER_KEY), settings.state(HEADER_KEY)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        if header is not None:
            self.tree_view.header().restoreState(header)

    def _catalog_changed(self, shown: str, reveal: str) -> None:
        """Headquarters changed the catalog: the tree, the filters, the search and the item
        read again; shown (an item added) is shown, reveal (a tree node added) revealed."""
        shown = shown or self.detail_pane.current_code() or ""
        if shown:
            self._back_stack.clear()
            self._show_detail(shown)
        self._reload_scope()
        index = self.tree_model.index_of_code(reveal) if reveal else QModelIndex()
        if index.isValid():
            self.tree_view.show_index(index)
        if self._loader is not None:
            self._loader.request()  # a merge moves links: the follow-up figures change
        self.catalog_changed.emit()

    # --- scope, filters and search ---------------------------------------------------------
    def _event_codes(self) -> frozenset[str] | None:
        if not self._scope.regional or self.regions_check.isChecked():
            return None
        return self._scope.event_codes

    def _current_filter(self) -> BrowseFilter:
        return self.filter_bar.current_filter(self._event_codes())

    def _reload_scope(self) -> None:
        """Region scope changed (or first show): new filter lists, then the tree or results."""
        self.regions_check.blockSignals(True)
        if self._scope.regional:
            self.regions_check.setChecked(self._context.settings.show_all_regions())
            self.regions_check.setToolTip(self.tr(
                "Also show the events of the regions your office does not belong to"))
        else:
            self.regions_check.setChecked(True)
            self.regions_check.setEnabled(False)
            self.regions_check.setToolTip(self.tr(
                "Headquarters, and an installation not yet set up, see every region"))
        self.regions_check.blockSignals(False)
        self.filter_bar.set_choices(filter_choices(self._context.reader, self._event_codes()))
        self.scope_label.setText(self._scope_text())
        self.scope_label.setToolTip(self._scope_reasons())
        self._reload()

    def _scope_text(self) -> str:
        regions = catalog_list_text(self._scope.region_names)
        if not self._scope.regional:
            return self.tr("Showing the events of all regions.")
        if self.regions_check.isChecked():
            return self.tr("Showing the events of all regions (your office: {regions}).").format(
                regions=regions)
        # The number of regions chooses "region" or "regions" (English plural file).
        return self.tr("Showing the events of your office's regions: {regions}.", "",
                       len(self._scope.region_names)).format(regions=regions)

    def _scope_reasons(self) -> str:
        """Why the office follows each of its conferences, as a tip (rich text: it wraps)."""
        reasons = local_event_reasons(self._context.reader)
        if not reasons:
            return ""
        title = escape(self.tr("Why your office follows these conferences:"), quote=False)
        return f"<p>{title}</p>{office_conferences_html(reasons)}"

    def _regions_toggled(self, checked: bool) -> None:
        self._context.settings.set_show_all_regions(checked)
        self._reload_scope()

    def _search_now(self) -> None:
        self._reload()
        view = self.views.currentWidget()
        if view.model().rowCount() > 0:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not view.currentIndex().isValid():
                view.setCurrentIndex(view.model().index(0, 0))

    def _reload(self) -> None:
        """Show the tree (filtered) when the search field is empty, else the ranked results."""
        self.search_field.cancel_pending()
        text = self.search_field.text()
        if text.strip() and not self._context.ready:
            self._context.when_ready(self._reload)  # the search needs the database
        elif text.strip():
            self._show_results(self._lookup.search(text, self._current_filter()))
        else:
            self._show_tree()

    def _show_tree(self) -> None:
        filters = self._current_filter()
        self.tree_model.set_tree(catalog_tree(self._context.reader, filters), self._summaries)
        if filters.narrows:
            self.tree_view.expandAll()
        else:  # events and documents open: the sections show what each document covers
            self.tree_view.expandToDepth(1)
        self.views.setCurrentWidget(self.tree_view)
        self.count_label.setText(self._tree_count_text(filters.narrows))
        self.show_all_button.hide()
        self._select_in_tree(self.detail_pane.current_code())

    def _tree_count_text(self, filtered: bool) -> str:
        if filtered:
            count = self.tree_model.matching_item_count()
            if count == 0:
                return self.tr("No item matches these filters.")
            return self.tr("Items matching the filters: {count}").format(count=count)
        return self.tr("Items: {count}").format(count=self.tree_model.item_count())

    def _show_results(self, result: SearchResult) -> None:
        self.results_model.set_result(result, self._summaries)
        self.views.setCurrentWidget(self.results_view)
        self.count_label.setText(self._result_count_text(result))
        self.show_all_button.setVisible(self._matches_elsewhere(result))
        self._select_in_results(self.detail_pane.current_code())

    @staticmethod
    def _matches_elsewhere(result: SearchResult) -> bool:
        return result.all_regions_count is not None and result.all_regions_count > len(
            result.hits)

    def _result_count_text(self, result: SearchResult) -> str:
        query, count = result.query.strip(), len(result.hits)
        if self._matches_elsewhere(result):
            return self._scoped_count_text(result)
        if count == 0:
            return self.tr("No item matches “{query}”.").format(query=query)
        if result.by_code:
            return self.tr("Items whose code starts with “{query}”: {count}").format(
                query=query, count=count)
        return self.tr("Results for “{query}”, best first: {count}").format(
            query=query, count=count)

    def _scoped_count_text(self, result: SearchResult) -> str:
        """A search limited to the office's regions that has matches in other regions."""
        query, count, total = result.query.strip(), len(result.hits), result.all_regions_count
        if result.by_code:
            if count == 0:
                return self.tr("No item in your regions has a code starting with “{query}”; "
                               "{total} in all regions.").format(query=query, total=total)
            return self.tr("Items whose code starts with “{query}”: {count} in your regions; "
                           "{total} in all regions.").format(query=query, count=count,
                                                             total=total)
        if count == 0:
            return self.tr("No item in your regions matches “{query}”; {total} in all "
                           "regions.").format(query=query, total=total)
        return self.tr("Results for “{query}”, best first: {count} in your regions; {total} in "
                       "all regions.").format(query=query, count=count, total=total)

    # --- selection and navigation ----------------------------------------------------------
    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._navigating or not current.isValid():
            return
        self._back_stack.clear()
        node = self.tree_model.node(current)
        if node.level == "item":
            self._show_detail(node.code)
        else:
            self._show_branch(node)

    def _show_branch(self, node: BrowseNode) -> None:
        """An event, document or section: how much of it is followed up."""
        title = f"{node.code} {node.name}" if node.level != "event" else node.name
        codes = node.item_codes()
        if self._summaries is None:
            text = self.tr("%Ln items here; counting their follow-up activities…", "",
                           len(codes))
        else:  # one count per sentence: a plural message holds one
            followed = sum(code in self._summaries for code in codes)
            text = " ".join((self.tr("%Ln items here.", "", len(codes)),
                             self.tr("%Ln of them have follow-up activities.", "", followed),
                             self.tr("Select an item to read it in full.")))
        self.detail_pane.show_message(title, text)

    def _result_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._navigating or not current.isValid():
            return
        self._back_stack.clear()
        hit = self.results_model.hit(current.row())
        self._show_detail(hit.code, hit.text_spans)

    def _current_spans(self, code: str) -> Spans:
        row = self.results_model.row_of_code(code)
        if self.views.currentWidget() is self.results_view and row >= 0:
            return self.results_model.hit(row).text_spans
        return ()

    def _show_detail(self, code: str, spans: Spans = ()) -> ItemDetail | None:
        """Fill the detail pane; returns the item shown, or None if the code is unknown (or
        not read yet: shown once the database is open)."""
        if not self._context.ready:
            self.detail_pane.show_message(code, self.tr("Opening the item…"))
            self._context.when_ready(self._show_current_detail)
            return None
        try:
            item = self._lookup.item(code)
        except UnknownItemError as error:
            self.detail_pane.show_message(self.tr("Unknown item"), error_message(error))
            return None
        self.detail_pane.show_item(item, spans, self._out_of_scope_notice(
            item.event_code, item.event_name, item.retired))
        self.detail_pane.set_back_enabled(bool(self._back_stack))
        return item

    def _show_current_again(self) -> None:
        """The item shown, read and shown again (its notice follows the view's options)."""
        code = self.detail_pane.current_code()
        if code and self._context.ready:
            self._show_detail(code, self._current_spans(code))

    def _show_current_detail(self) -> None:
        """The item selected now, in full (it was selected before the database was open)."""
        view = self.views.currentWidget()
        index = view.currentIndex()
        if view is self.tree_view:
            node = self.tree_model.node(index)
            if node is not None and node.level == "item":
                self._show_detail(node.code)
        elif index.isValid():
            hit = self.results_model.hit(index.row())
            self._show_detail(hit.code, hit.text_spans)

    def _in_scope(self, event_code: str) -> bool:
        codes = self._event_codes()
        return codes is None or event_code in codes

    def _out_of_scope_notice(self, event_code: str, event_name: str,
                             retired: bool = False) -> str:
        if retired and not self.filter_bar.retired_check.isChecked():
            return self.tr("This item is retired, and hidden in the tree and the search. Tick "
                           "“Show retired items” to see it there.")
        if self._in_scope(event_code):
            return ""
        return self.tr("This item is from {event}, outside your office's region. Tick “Show "
                       "all regions” to see it in the tree.").format(event=event_name)

    def _follow_reference(self, code: str) -> None:
        current = self.detail_pane.current_code()
        if current and current != code:
            self._back_stack.append(current)
        self._go_to(code)

    def _go_back(self) -> None:
        if self._back_stack:
            self._go_to(self._back_stack.pop())

    def _go_to(self, code: str) -> None:
        item = self._show_detail(code, self._current_spans(code))
        if item is None:
            return
        hidden_by_filters = (self._current_filter().narrows and self._in_scope(item.event_code)
                             and not self.tree_model.index_of_code(item.code).isValid())
        if self.views.currentWidget() is self.tree_view and hidden_by_filters:
            self.filter_bar.clear()  # the person asked for this item: show it
        self._select_in_results(item.code)
        self._select_in_tree(item.code)

    @contextmanager
    def _selecting(self):
        """Selection changes made here show nothing by themselves (the caller already did)."""
        self._navigating = True
        try:
            yield
        finally:
            self._navigating = False

    def _select_in_tree(self, code: str | None) -> None:
        index = self.tree_model.index_of_code(code) if code else QModelIndex()
        with self._selecting():
            if index.isValid():
                self.tree_view.show_index(index)
            else:
                self.tree_view.clear_current()

    def _select_in_results(self, code: str | None) -> None:
        row = self.results_model.row_of_code(code) if code else -1
        with self._selecting():
            if row >= 0:
                self.results_view.show_row(row)
            else:
                self.results_view.clear_current()
