"""The ranked search results as a Qt list model, each row ready to paint with its highlights."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from db.catalog.browse import FollowUpSummary
from desktop.browser.follow_up import NO_FOLLOW_UP_COLOR, counting_tooltip, summary_text
from desktop.browser.highlight import excerpt, highlighted_html
from desktop.browser.tree_model import CODE_ROLE
from desktop.shared.bidi import emphasis
from desktop.shared.labels import kind_label
from desktop.shared.table_model import ROOT

if TYPE_CHECKING:  # read objects only: the main window shows before the database libraries load
    from db.catalog.search import SearchHit, SearchResult

# The SearchHit of a row, and its rich-text rendering (what the delegate paints).
HIT_ROLE = Qt.ItemDataRole.UserRole + 3
HTML_ROLE = Qt.ItemDataRole.UserRole + 4
# Colours by class, so a selected row can drop them for the selection's text colour.
RESULT_STYLE_SHEET = f".no-follow-up {{ color: {NO_FOLLOW_UP_COLOR.name()}; }}"

AnyIndex = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    """One row per hit, best first, with the follow-up state of each item."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: tuple[SearchHit, ...] = ()
        self._summaries: dict[str, FollowUpSummary] | None = None  # None: still counting
        self._html_cache: dict[int, str] = {}

    def set_result(self, result: SearchResult,
                   summaries: dict[str, FollowUpSummary] | None) -> None:
        self.beginResetModel()
        self._hits = result.hits
        self._summaries = summaries
        self._html_cache = {}
        self.endResetModel()

    def set_summaries(self, summaries: dict[str, FollowUpSummary] | None) -> None:
        self._summaries = summaries
        self._html_cache = {}
        if self._hits:
            self.dataChanged.emit(self.index(0), self.index(len(self._hits) - 1))

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def row_of_code(self, code: str) -> int:
        """The row of the item with this code, or -1."""
        return next((row for row, hit in enumerate(self._hits) if hit.code == code), -1)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.code}  {hit.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"<p>{html.escape(hit.text)}</p>"
        if role == CODE_ROLE:
            return hit.code
        if role == HIT_ROLE:
            return hit
        if role == HTML_ROLE:
            return self._html(index.row())
        return None

    def _html(self, row: int) -> str:
        if row not in self._html_cache:
            self._html_cache[row] = self._render(self._hits[row])
        return self._html_cache[row]

    def _render(self, hit: SearchHit) -> str:
        """Code, kind and place on the first line; then the text around the first match."""
        summary = self._summaries.get(hit.code) if self._summaries is not None else None
        follow_up = html.escape(summary_text(summary) if self._summaries is not None
                                else counting_tooltip())
        if summary is None and self._summaries is not None:
            follow_up = f'<span class="no-follow-up">{emphasis(follow_up)}</span>'
        place = " · ".join(html.escape(part) for part in (
            kind_label(hit.kind), hit.event_name, hit.document_title, hit.section_name) if part)
        # Outside the f-string: lupdate never reads a call inside one.
        retired_text = html.escape(self.tr("(retired)")) if hit.retired else ""
        retired = f" {emphasis(retired_text)}" if hit.retired else ""
        label = f" {html.escape(hit.label)}" if hit.label else ""
        text, spans = excerpt(hit.text, hit.text_spans)
        heading = f"<i>{highlighted_html(hit.subheading, hit.subheading_spans)}</i><br>" \
            if hit.subheading and hit.subheading_spans else ""
        return (f"<b>{highlighted_html(hit.code, hit.code_spans)}</b>{label}{retired}"
                f" &nbsp;<small>{place} — {follow_up}</small><br>"
                f"{heading}{highlighted_html(text, spans)}")
