"""The main text column of a table or tree keeps a fair share of its width.

A stretching column (a recommendation's text, an activity's title) takes the room the other
columns leave. Under a long translation those others want more (their headers, statuses and
dates grow), and the main column would shrink to a few letters. Here the others get the
widths they want while the main column keeps at least its share; where that is not possible
they narrow, each first down to its contents (a header wider than its cells elides first,
whole in its tooltip), then all alike, and their cells elide, whole in their tooltips.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

FLOOR = 40  # the narrowest a column is made, in pixels


def shared_widths(wanted: Mapping[int, int], room: float,
                  least: Mapping[int, int] | None = None,
                  floor: int = FLOOR) -> dict[int, int]:
    """Widths for the columns in wanted that together take at most room where they can:
    each gives up first what it wants beyond its least width (all in proportion), then all
    narrow alike; none narrower than floor."""
    least = {column: min(least.get(column, width), width) if least else width
             for column, width in wanted.items()}
    total, total_least = sum(wanted.values()), sum(least.values())
    if total <= room:
        widths = dict(wanted)
    elif total_least < room:
        give = (room - total_least) / (total - total_least)
        widths = {column: least[column] + int((width - least[column]) * give)
                  for column, width in wanted.items()}
    else:
        scale = room / total_least if total_least and room > 0 else 1.0
        widths = {column: int(width * scale) for column, width in least.items()}
    return {column: max(width, floor) for column, width in widths.items()}


def fit_sections(header: QHeaderView, wanted: Mapping[int, int], share: float,
                 least: Mapping[int, int] | None = None, width: int | None = None) -> None:
    """Resize header's sections in wanted so the column left out (the stretching one) keeps
    at least share of the width (the view's viewport, by default the header's); hidden
    sections take no room."""
    shown = {column: wanted_width for column, wanted_width in wanted.items()
             if not header.isSectionHidden(column)}
    room = (header.viewport().width() if width is None else width) * (1 - share)
    for column, size in shared_widths(shown, room, least).items():
        if header.sectionSize(column) != size:
            header.resizeSection(column, size)


class ShareKeeper(QObject):
    """Keeps a table's stretching column at its share of the width, as the window, the rows
    or the language change.

    The columns in fit are as wide as their header and cells want (ResizeToContents would
    make them so whatever the room left); those in chosen want the width given or their
    header's, whichever is wider, until the person drags them. All narrow as shared_widths
    says where room is short, a narrowed header elided.
    """

    def __init__(self, view: QTableView, stretch: int, share: float, fit: Sequence[int],
                 chosen: Mapping[int, int]) -> None:
        super().__init__(view)
        self.view = view
        self.share = share
        self.fit = tuple(fit)
        self.chosen = dict(chosen)
        self.dragged: set[int] = set()
        self._fitting = False
        self._pending = False
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Contents are measured on the rows in view only: at 100,000 activities, measuring a
        # thousand rows (Qt's default) after every filter or page cost 70 ms.
        header.setResizeContentsPrecision(0)
        self.set_modes()
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved, model.dataChanged, model.headerDataChanged):
            signal.connect(self.refit_later)

    def set_modes(self) -> None:
        """The fitted columns follow the cells, the chosen ones the person (after a saved
        header state is restored, which brings the modes it was saved with)."""
        header = self.view.horizontalHeader()
        for column in self.fit:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        for column in self.chosen:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)

    def take_widths(self) -> None:
        """The chosen columns' present widths (a restored header state) become wanted."""
        header = self.view.horizontalHeader()
        self.chosen = {column: header.sectionSize(column) for column in self.chosen}
        self.dragged = set(self.chosen)

    def refit_later(self, *args) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.refit)

    def refit(self) -> None:
        self._pending = False
        header = self.view.horizontalHeader()
        wanted, least = {}, dict(self.chosen)
        for column, width in self.chosen.items():
            wanted[column] = width if column in self.dragged \
                else max(width, header.sectionSizeHint(column))
        for column in self.fit:
            cells = max(self.view.sizeHintForColumn(column), 0)
            wanted[column] = max(cells, header.sectionSizeHint(column))
            least[column] = cells or wanted[column]
        self._fitting = True
        try:
            fit_sections(header, wanted, self.share, least, width=self.view.viewport().width())
        finally:
            self._fitting = False

    def _resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and column in self.chosen:
            self.chosen[column] = new  # the person dragged it
            self.dragged.add(column)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.refit()
        return False
