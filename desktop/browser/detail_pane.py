"""The detail pane: one item in full, with links to what it cites, what cites it, its activities."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.browser.detail_html import (
    ACTIVITY_SCHEME,
    DETAILS_ANCHOR,
    HIDE_DETAILS,
    ITEM_SCHEME,
    MUTED,
    SHOW_DETAILS,
    item_html,
)
from desktop.browser.highlight import Spans

if TYPE_CHECKING:  # a read object only: the window shows before the database libraries load
    from db.catalog.queries import ItemDetail
    from desktop.settings import Settings


class ItemDetailPane(QWidget):
    """Shows one catalog item; links and buttons are turned into signals. Its "Source details"
    are closed until the person opens them; settings, when given, remember that choice.

    Signals:
        item_requested(str): a link to another item was clicked; the item's code.
        back_requested(): the Back button was clicked.
        activity_open_requested(str): a linked activity was clicked; its uuid.
        add_activity_requested(str): "Add follow-up activity"; the shown item's code.
    """

    item_requested = Signal(str)
    back_requested = Signal()
    activity_open_requested = Signal(str)
    add_activity_requested = Signal(str)

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._code: str | None = None
        self._shown: tuple[ItemDetail, Spans] | None = None  # to show again with details
        self._source_details = settings.source_details_shown() if settings else False
        self.back_button = QToolButton()
        self.back_button.setText(self.tr("Back"))
        self.back_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back_button.setToolTip(self.tr("Back to the item whose reference you followed"))
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.back_requested)
        self.add_button = QPushButton(self.tr("Add follow-up activity"))
        self.add_button.setToolTip(self.tr("Record a follow-up activity linked to this item"))
        self.add_button.clicked.connect(self._add_clicked)
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setVisible(False)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link_clicked)
        self._build_layout()
        self.show_placeholder()

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.browser, stretch=1)

    # --- what is shown ---------------------------------------------------------------------
    def current_code(self) -> str | None:
        """The code of the item shown, or None."""
        return self._code

    def current_item(self) -> ItemDetail | None:
        """The item shown, as read when it was shown, or None."""
        return self._shown[0] if self._shown is not None else None

    def show_item(self, item: ItemDetail, text_spans: Spans = (), notice: str = "") -> None:
        """Show an item; showing the same item again (a refresh) keeps the scroll position."""
        scrollbar = self.browser.verticalScrollBar()
        position = scrollbar.value() if item.code == self._code else 0
        self._code, self._shown = item.code, (item, text_spans)
        self.browser.setHtml(item_html(item, text_spans, self._source_details))
        scrollbar.setValue(position)
        self.add_button.setEnabled(not item.retired)
        self.add_button.setToolTip(
            self.tr("Retired items take no new follow-up activities") if item.retired
            else self.tr("Record a follow-up activity linked to {code}").format(code=item.code))
        self._set_notice(notice)

    def show_message(self, title: str, text: str) -> None:
        """Show a short message instead of an item (nothing selected, a section, an error)."""
        self._code, self._shown = None, None
        self.browser.setHtml(f"<h3>{html.escape(title)}</h3>"
                             f'<p style="{MUTED}">{html.escape(text)}</p>')
        self.add_button.setEnabled(False)
        self._set_notice("")

    def show_placeholder(self) -> None:
        self.show_message(self.tr("No item selected"), self.tr(
            "Select an item in the tree or in the search results to read its text, its "
            "10-Point Plan action areas, its cross-references and its follow-up activities."))

    def source_details_shown(self) -> bool:
        return self._source_details

    def set_source_details_shown(self, shown: bool) -> None:
        """Open or close the source details, for this item and the next ones."""
        self._source_details = shown
        if self._settings is not None:
            self._settings.set_source_details_shown(shown)
        if self._shown is not None:
            self.show_item(*self._shown, notice=self.notice_label.text())
            if shown:  # asked for: bring them into view rather than leave them below it
                self.browser.scrollToAnchor(DETAILS_ANCHOR)

    def set_back_enabled(self, enabled: bool) -> None:
        self.back_button.setEnabled(enabled)

    def _set_notice(self, notice: str) -> None:
        self.notice_label.setText(notice)
        self.notice_label.setVisible(bool(notice))

    # --- user actions ----------------------------------------------------------------------
    def _add_clicked(self) -> None:
        if self._code:
            self.add_activity_requested.emit(self._code)

    def _link_clicked(self, url: QUrl) -> None:
        target = url.path() or url.toString().partition(":")[2]
        if url.scheme() == ITEM_SCHEME:
            self.item_requested.emit(target)
        elif url.scheme() == ACTIVITY_SCHEME:
            self.activity_open_requested.emit(target)
        elif url.toString() in (SHOW_DETAILS, HIDE_DETAILS):
            self.set_source_details_shown(url.toString() == SHOW_DETAILS)
