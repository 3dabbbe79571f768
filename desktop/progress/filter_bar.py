"""The Progress area's filters: region, country, office, event, action area, status, period,
and whether the 2011 compilation's follow-up is counted."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from db.progress.choices import ProgressChoices
from db.progress.scope import ProgressScope
from desktop.shared.labels import catalog_label, status_label
from exporters.activity import STATUSES

NO_DATE = QDate(2000, 1, 1)  # the date edits' "any" value, shown as their special text


class ProgressFilterBar(QWidget):
    """Filters for every page of the Progress area.

    Signals: changed() whenever a filter changes; read scope() for the new filters.
    """

    changed = Signal()

    def __init__(self, choices: ProgressChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.region_combo = self._combo(self.tr("All regions"), region_choices(choices))
        self.country_combo = self._combo(self.tr("All countries"), choices.countries)
        self.office_combo = self._combo(self.tr("All offices"), choices.offices)
        self.event_combo = self._combo(self.tr("All events"),
                                       [(code, name) for code, name, _region in choices.events])
        self.area_combo = self._combo(self.tr("All action areas"),
                                      [(number, f"{number}. {catalog_label(name)}")
                                       for number, name in choices.areas])
        self.status_combo = self._combo(self.tr("All statuses"),
                                        [(code, status_label(code)) for code in STATUSES])
        self.from_edit, self.to_edit = self._date_edit(), self._date_edit()
        self.baseline_check = QCheckBox(self.tr("Count the follow-up reported in &2011"))
        self.baseline_check.setToolTip(self.tr(
            "The June 2011 compilation's follow-up is the baseline, left out of the figures "
            "unless this is ticked."))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self._lay_out()
        self.reset()
        self._connect()

    def _combo(self, everything: str, choices) -> QComboBox:
        combo = QComboBox()
        _fill(combo, everything, choices)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        return combo

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_DATE)
        return edit

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        rows = ((self.tr("Re&gion:"), self.region_combo, self.tr("&Country:"),
                 self.country_combo, self.tr("&Office:"), self.office_combo),
                (self.tr("E&vent:"), self.event_combo, self.tr("Ac&tion area:"), self.area_combo,
                 self.tr("Stat&us:"), self.status_combo),
                (self.tr("Running fro&m:"), self.from_edit, self.tr("u&ntil:"), self.to_edit))
        for row, cells in enumerate(rows):
            for column in range(0, len(cells), 2):
                label = QLabel(cells[column])
                label.setBuddy(cells[column + 1])
                grid.addWidget(label, row, column)
                grid.addWidget(cells[column + 1], row, column + 1)
        # Across the last label and its box: in the label column alone, the check box's long
        # text would widen that column and part "Status:" from its box.
        last = QHBoxLayout()
        last.addWidget(self.baseline_check, 1)
        last.addWidget(self.clear_button)
        grid.addLayout(last, 2, 4, 1, 2)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        self.office_label = grid.itemAtPosition(0, 4).widget()
        self._show_offices()

    def _show_offices(self) -> None:
        # Offices are headquarters' concern: a field office sees only its own.
        self.office_combo.setVisible(self.choices.is_headquarters)
        self.office_label.setVisible(self.choices.is_headquarters)

    def _connect(self) -> None:
        for combo in self._combos():
            combo.currentIndexChanged.connect(self.changed)
        self.region_combo.currentIndexChanged.connect(self._limit_events)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.changed)
        self.baseline_check.toggled.connect(self.changed)
        self.clear_button.clicked.connect(self.clear)

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.region_combo, self.country_combo, self.office_combo, self.event_combo,
                self.area_combo, self.status_combo)

    def _limit_events(self) -> None:
        """Only the chosen region's events can be chosen."""
        region = self.region_combo.currentData()
        regions = {code: region_code for code, _name, region_code in self.choices.events}
        for row in range(1, self.event_combo.count()):
            allowed = region is None or regions[self.event_combo.itemData(row)] == region
            self.event_combo.view().setRowHidden(row, not allowed)
        if region is not None and self.event_combo.currentData() not in (None, *(
                code for code, event_region in regions.items() if event_region == region)):
            self.event_combo.setCurrentIndex(0)

    def set_choices(self, choices: ProgressChoices) -> None:
        """New lists (an office imported, the identity changed), keeping what is chosen where
        it is still offered; one changed() at the end."""
        self.blockSignals(True)
        try:
            home_moved = self.choices.home_region != choices.home_region
            self.choices = choices
            for combo, values in ((self.region_combo, region_choices(choices)),
                                  (self.country_combo, choices.countries),
                                  (self.office_combo, choices.offices)):
                _fill(combo, combo.itemText(0), values)
            self._show_offices()
            if home_moved:
                self.reset()
        finally:
            self.blockSignals(False)

    def reset(self) -> None:
        """Where the area starts: a field office on its region, headquarters on everything."""
        self.region_combo.setCurrentIndex(max(self.region_combo.findData(
            self.choices.home_region), 0) if self.choices.home_region else 0)
        for combo in self._combos()[1:]:
            combo.setCurrentIndex(0)
        for edit in (self.from_edit, self.to_edit):
            edit.setDate(NO_DATE)
        self.baseline_check.setChecked(False)

    def clear(self) -> None:
        """Clear filters: back to where the area starts, then one refresh."""
        self.blockSignals(True)
        try:
            self.reset()
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def scope(self) -> ProgressScope:
        """The filters as a scope for the services."""
        return ProgressScope(
            region_code=self.region_combo.currentData(),
            country_iso2=self.country_combo.currentData(),
            office_uuid=self.office_combo.currentData(),
            event_code=self.event_combo.currentData(),
            area_number=self.area_combo.currentData(),
            status=self.status_combo.currentData(),
            period_start=_date_of(self.from_edit), period_end=_date_of(self.to_edit),
            include_baseline=self.baseline_check.isChecked())

    def scope_words(self) -> list[str]:
        """The filters in force, as a person reads them."""
        words = [combo.currentText() for combo in self._combos() if combo.currentIndex() > 0]
        start, end = _date_of(self.from_edit), _date_of(self.to_edit)
        if start or end:
            words.append(self.tr("running {start} – {end}").format(
                start=start.isoformat() if start else "…", end=end.isoformat() if end else "…"))
        if self.baseline_check.isChecked():
            words.append(self.tr("with the 2011 follow-up"))
        return words


def region_choices(choices: ProgressChoices) -> list[tuple[str, str]]:
    """The regions by code, named in the person's language."""
    return [(code, catalog_label(name)) for code, name in choices.regions]


def _date_of(edit: QDateEdit) -> date | None:
    chosen = edit.date()
    return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())


def _fill(combo: QComboBox, everything: str, choices) -> None:
    """Everything first, then the choices; the current choice kept if it is still there."""
    current = combo.currentData()
    combo.clear()
    combo.addItem(everything, None)
    for value, label in choices:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
