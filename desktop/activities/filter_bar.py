"""The filter bar above the activities list: status, kind, action area, item, office, text,
and whether deleted activities and the 2011 compilation's are shown."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from db.activities.queries import ActivityCounts, ActivityQuery
from desktop.shared.labels import (
    activity_kind_label,
    catalog_label,
    status_count_text,
    status_label,
)
from desktop.shared.translate import translate
from exporters.activity import KINDS, STATUSES

TYPING_PAUSE_MS = 250  # filter once the person stops typing, not at every key


class ActivityFilterBar(QWidget):
    """Filters for the activities list and the counts of what they let through.

    Signals: changed() whenever a filter changes; read query() for the new filters.
    """

    changed = Signal()

    def __init__(self, areas: list[tuple[int, str]], owners: list[tuple[str, str]],
                 item_codes: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.changed)
        self.text_edit = QLineEdit(placeholderText=self.tr(
            "Search titles, descriptions, organisations, notes, evidence (Ctrl+F)"))
        self.text_edit.setClearButtonEnabled(True)
        self.item_edit = QLineEdit(placeholderText=self.tr("Item code, e.g. DES-SR-III-01"))
        self.item_edit.setClearButtonEnabled(True)
        # A long translation of the example is cut in this narrow field: whole in its tip.
        self.item_edit.setToolTip(self.item_edit.placeholderText())
        completer = QCompleter(item_codes, self.item_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.item_edit.setCompleter(completer)
        self.status_combo = self._combo(self.tr("All statuses"),
                                        [(code, status_label(code)) for code in STATUSES])
        self.kind_combo = self._combo(self.tr("All kinds"),
                                      [(code, activity_kind_label(code))
                                       for code in KINDS])
        self.area_combo = self._combo(self.tr("All action areas"),
                                      [(number, f"{number}. {catalog_label(name)}")
                                       for number, name in areas])
        self.owner_combo = self._combo(self.tr("All offices"), owners)
        self.deleted_check = QCheckBox(self.tr("Show deleted"))
        self.baseline_check = QCheckBox(self.tr("Show the follow-up reported in &2011"))
        self.baseline_check.setToolTip(self.tr(
            "The June 2011 compilation's activities of this office's regions (at "
            "headquarters, of every region): the baseline of the follow-up, read-only."))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self._lay_out()
        self._connect()

    def _combo(self, everything: str, choices: list[tuple[object, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for value, label in choices:
            combo.addItem(label, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        return combo

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.text_edit)
        item_label = QLabel(self.tr("Linked &item:"))
        item_label.setBuddy(self.item_edit)
        grid.addWidget(search_label, 0, 0)
        grid.addWidget(self.text_edit, 0, 1, 1, 3)
        grid.addWidget(item_label, 0, 4)
        grid.addWidget(self.item_edit, 0, 5)
        grid.addWidget(self.deleted_check, 0, 6)
        for column, combo in enumerate((self.status_combo, self.kind_combo, self.area_combo),
                                       start=1):
            grid.addWidget(combo, 1, column)
        grid.addWidget(self.owner_combo, 1, 4, 1, 2)
        grid.addWidget(self.clear_button, 1, 6)
        grid.addWidget(self.summary_label, 2, 0, 1, 6)
        grid.addWidget(self.baseline_check, 2, 6)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(3, 3)
        grid.setColumnStretch(5, 2)

    def _connect(self) -> None:
        self.text_edit.textChanged.connect(self._typing.start)
        self.item_edit.textChanged.connect(self._typing.start)
        for combo in (self.status_combo, self.kind_combo, self.area_combo, self.owner_combo):
            combo.currentIndexChanged.connect(self.changed)
        self.deleted_check.toggled.connect(self.changed)
        self.baseline_check.toggled.connect(self.changed)
        self.clear_button.clicked.connect(self.clear)

    def query(self, base: ActivityQuery) -> ActivityQuery:
        """base (which carries the sort order) with this bar's filters."""
        return replace(
            base, status=self.status_combo.currentData(), kind=self.kind_combo.currentData(),
            action_area=self.area_combo.currentData(), item_code=self.item_edit.text().strip(),
            owner_office_uuid=self.owner_combo.currentData(), text=self.text_edit.text(),
            include_deleted=self.deleted_check.isChecked(),
            include_baseline=self.baseline_check.isChecked())

    def is_filtering(self) -> bool:
        """Whether any filter hides activities."""
        return self.query(ActivityQuery()) != ActivityQuery()

    def clear(self) -> None:
        """Every filter back to "all", with one change signal."""
        widgets = (self.text_edit, self.item_edit, self.status_combo, self.kind_combo,
                   self.area_combo, self.owner_combo, self.deleted_check, self.baseline_check)
        for widget in widgets:
            widget.blockSignals(True)
        self.text_edit.clear()
        self.item_edit.clear()
        for combo in (self.status_combo, self.kind_combo, self.area_combo, self.owner_combo):
            combo.setCurrentIndex(0)
        self.deleted_check.setChecked(False)
        self.baseline_check.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._typing.stop()
        self.changed.emit()

    def set_item_codes(self, item_codes: list[str]) -> None:
        """The item codes the item field completes, read again (the catalog changed)."""
        self.item_edit.completer().model().setStringList(item_codes)

    def set_owners(self, owners: list[tuple[str, str]]) -> None:
        """The offices offered, read again (an import brings new ones); the one chosen stays
        chosen while it is offered. No change signal: the caller reads the list again."""
        combo = self.owner_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:  # "All offices" stays
            combo.removeItem(combo.count() - 1)
        for value, label in owners:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def show_counts(self, counts: ActivityCounts) -> None:
        """"1,234 of 100,000 activities; 12 planned, 30 ongoing, ..." below the filters."""
        self.summary_label.setText(summary_text(counts))


# The summary's texts are translated under the bar's own context (literal, so lupdate files them
# there); %Ln puts the count in the locale's digits and grouping ("1,234"), as QLocale does.
def summary_text(counts: ActivityCounts) -> str:
    """The counts as one line: how many activities, then how many of each status."""
    if counts.matching == counts.total:
        head = translate("ActivityFilterBar", "%Ln activities", None, counts.total)
    else:  # a message has one plural: the total's, which the noun agrees with
        head = translate("ActivityFilterBar", "{matching} of %Ln activities", None,
                         counts.total).format(matching=QLocale().toString(counts.matching))
    parts = [status_count_text(code, counts.by_status[code])
             for code in STATUSES if counts.by_status.get(code)]
    if counts.deleted:
        parts.append(translate("ActivityFilterBar", "%Ln deleted", None, counts.deleted))
    if not parts:
        return head
    return translate("ActivityFilterBar", "{activities}; {by_status}").format(
        activities=head, by_status=QLocale().createSeparatedList(parts))
