"""The browser's filters: event, document, kind of item, action area and follow-up, cleared at
once."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QWidget

from db.catalog.browse import BrowseFilter, DocumentChoice, FilterChoices
from desktop.shared.flow_layout import FlowLayout
from desktop.shared.labels import catalog_label, kind_label

# Long action-area names would otherwise make each combo as wide as its longest entry.
COMBO_MIN_CHARS = 14
FOLLOW_UP_CHOICES = {
    "none": QT_TRANSLATE_NOOP("FilterBar", "No follow-up yet"),
    "overdue": QT_TRANSLATE_NOOP("FilterBar", "Follow-up overdue"),
}


class FilterBar(QWidget):
    """Five filter lists, a Clear button and "Show retired items"; the lists offer only
    values that have items. Retired items (and those merged into another) are hidden until
    the box is ticked; Clear leaves the box as it is, since it is a way of looking rather than
    a filter.

    Signals:
        changed(): a filter was chosen or the filters were cleared.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = FilterChoices((), (), (), ())
        self._event_names: dict[str, str] = {}
        self.event_combo = self._combo(self.tr("Event"))
        self.document_combo = self._combo(self.tr("Document"))
        self.kind_combo = self._combo(self.tr("Kind of item"))
        self.area_combo = self._combo(self.tr("10-Point Plan action area"))
        self.follow_up_combo = self._combo(self.tr("Follow-up"))
        self._fill(self.follow_up_combo, self.tr("With or without follow-up"),
                   [(code, self.tr(text)) for code, text in FOLLOW_UP_CHOICES.items()], None)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show every item again"))
        self.clear_button.clicked.connect(self.clear)
        self.retired_check = QCheckBox(self.tr("Show retired items"))
        self.retired_check.setToolTip(self.tr(
            "Also show the items headquarters retired or merged into another item; they keep "
            "their follow-up activities"))
        self.retired_check.toggled.connect(self.changed)
        self.event_combo.currentIndexChanged.connect(self._event_changed)
        for combo in (self.document_combo, self.kind_combo, self.area_combo,
                      self.follow_up_combo):
            combo.currentIndexChanged.connect(self._filter_changed)
        # Each list as wide as its choice; what does not fit moves to a second line.
        layout = FlowLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Filter:"))
        layout.addWidget(label)
        for combo in self._combos():
            layout.addWidget(combo, stretch=1)
        layout.addWidget(self.clear_button)
        layout.addWidget(self.retired_check)
        self._update_clear_button()

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.event_combo, self.document_combo, self.kind_combo, self.area_combo,
                self.follow_up_combo)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_MIN_CHARS)
        return combo

    # --- choices ---------------------------------------------------------------------------
    def set_choices(self, choices: FilterChoices) -> None:
        """New lists (the scope changed); choices still offered stay chosen."""
        previous = self.current_filter()
        self._choices = choices
        self._event_names = dict(choices.events)
        self._fill(self.event_combo, self.tr("All events"), choices.events,
                   previous.event_code)
        self._fill_documents(previous.document_code)
        self._fill(self.kind_combo, self.tr("All kinds of item"),
                   [(kind, kind_label(kind)) for kind in choices.kinds], previous.item_kind)
        self._fill(self.area_combo, self.tr("All action areas"),
                   [(number, f"{number}. {catalog_label(name)}")
                    for number, name in choices.areas],
                   previous.area_number)
        self._update_clear_button()

    def _fill(self, combo: QComboBox, everything: str, entries, keep) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, text in entries:
            combo.addItem(text, value)
        found = combo.findData(keep) if keep is not None else -1
        combo.setCurrentIndex(max(found, 0))
        # The popup may be wider than the closed combo, so long names stay readable.
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        combo.blockSignals(False)

    def _fill_documents(self, keep: str | None) -> None:
        event = self.event_combo.currentData()
        documents = [(d.code, self._document_text(d)) for d in self._choices.documents
                     if event is None or d.event_code == event]
        self._fill(self.document_combo, self.tr("All documents"), documents, keep)

    def _document_text(self, document: DocumentChoice) -> str:
        # Without an event chosen, the event tells the five "Summary Report"s apart.
        if self.event_combo.currentData() is None:
            return self.tr("{event}: {document}").format(
                event=self._event_names.get(document.event_code, document.event_code),
                document=document.title)
        return document.title

    # --- state -----------------------------------------------------------------------------
    def current_filter(self, event_codes: frozenset[str] | None = None) -> BrowseFilter:
        """The chosen filters within the given scope."""
        return BrowseFilter(event_codes=event_codes,
                            event_code=self.event_combo.currentData(),
                            document_code=self.document_combo.currentData(),
                            item_kind=self.kind_combo.currentData(),
                            area_number=self.area_combo.currentData(),
                            follow_up=self.follow_up_combo.currentData(),
                            show_retired=self.retired_check.isChecked())

    def clear(self) -> None:
        """Back to every event, document, kind, area and follow-up, with one change signal."""
        if not self.current_filter().narrows:
            return
        for combo in self._combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._fill_documents(None)
        self._filter_changed()

    def _event_changed(self) -> None:
        self._fill_documents(self.document_combo.currentData())
        self._filter_changed()

    def _filter_changed(self) -> None:
        self._update_clear_button()
        self.changed.emit()

    def _update_clear_button(self) -> None:
        self.clear_button.setEnabled(self.current_filter().narrows)
