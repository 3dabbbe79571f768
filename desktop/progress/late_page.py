"""Late follow-up: per office, the open activities that are overdue (end date passed, not
completed) or stale (not updated for a chosen time), and the list behind each count."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QSplitter, QVBoxLayout, QWidget

from db.progress.late import DEFAULT_STALE_DAYS, LateActivity, OfficeLateness
from desktop.progress.tables import number_text, record_view
from desktop.shared.formatting import date_text, local_time_text
from desktop.shared.labels import status_label
from desktop.shared.table_model import RIGHT, ROW_ROLE, Column, RecordTableModel
from desktop.shared.translate import translate

CONTEXT = "ProgressTables"

OFFICE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Office"), lambda row: row.office_name),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Open activities"),
           lambda row: number_text(row.open_activities), lambda row: row.open_activities, RIGHT),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Overdue"), lambda row: number_text(row.overdue),
           lambda row: row.overdue, RIGHT),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Stale"), lambda row: number_text(row.stale),
           lambda row: row.stale, RIGHT),
]


def lateness_text(activity: LateActivity) -> str:
    if activity.overdue and activity.stale:
        return translate("ProgressTables", "Overdue and stale")
    if activity.overdue:
        return translate("ProgressTables", "Overdue")
    return translate("ProgressTables", "Stale")


LATE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Activity"), lambda a: a.title),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Late"), lateness_text),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Status"), lambda a: status_label(a.status)),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Office"), lambda a: a.office_name),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "End date"), lambda a: date_text(a.end_date),
           lambda a: a.end_date.isoformat() if a.end_date else ""),
    Column(QT_TRANSLATE_NOOP("ProgressTables", "Last updated"),
           lambda a: local_time_text(a.updated_at), lambda a: a.updated_at.isoformat()),
]


class LatePage(QWidget):
    """Signals: stale_days_changed(); office_chosen(str uuid or ""); activity_open_requested."""

    stale_days_changed = Signal()
    office_chosen = Signal(str)
    activity_open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stale_spin = QSpinBox()
        self.stale_spin.setRange(7, 3650)
        self.stale_spin.setValue(DEFAULT_STALE_DAYS)
        self._show_days_suffix(DEFAULT_STALE_DAYS)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.offices = record_view(RecordTableModel(OFFICE_COLUMNS, context=CONTEXT), stretch=0)
        self.offices.setMinimumWidth(380)
        self.late = record_view(RecordTableModel(LATE_COLUMNS, context=CONTEXT), stretch=0)
        self.late_label = QLabel()
        self.late_by_office: dict[str, int] = {}
        self.late_label.setWordWrap(True)
        self._lay_out()
        self.stale_spin.valueChanged.connect(self._show_days_suffix)
        self.stale_spin.valueChanged.connect(self.stale_days_changed)
        self.offices.clicked.connect(self._office_clicked)
        self.late.activated.connect(self._activity_activated)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        label = QLabel(self.tr("Sta&le when not updated for more than:"))
        label.setBuddy(self.stale_spin)
        top.addWidget(label)
        top.addWidget(self.stale_spin)
        top.addWidget(self.summary_label, 1)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.late_label)
        below_layout.addWidget(self.late)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.offices)
        split.addWidget(below)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def _show_days_suffix(self, days: int) -> None:
        # The unit after the number takes the number's plural form (21 день, 22 дня, 25 дней).
        self.stale_spin.setSuffix(self.tr(" days", "unit after a number of days", days))

    def stale_days(self) -> int:
        return self.stale_spin.value()

    def show_figures(self, offices: list[OfficeLateness], late: list[LateActivity],
                     office_name: str | None = None) -> None:
        """The per-office counts, and the late activities (of one office when named)."""
        self.offices.model().set_records(offices)
        self.late_by_office = {row.office_uuid: row.late for row in offices}
        overdue = sum(row.overdue for row in offices)
        stale = sum(row.stale for row in offices)
        # Overdue and stale as labels: one sentence agrees with one number only.
        self.summary_label.setText(self.tr(
            "%Ln open activities; overdue: {overdue}, stale: {stale}.", "",
            sum(row.open_activities for row in offices)).format(
            overdue=number_text(overdue), stale=number_text(stale)))
        self.show_late(late, total=sum(self.late_by_office.values()))

    def show_late(self, late: list[LateActivity], office_name: str | None = None,
                  total: int | None = None) -> None:
        """The late activities listed (the most overdue first, total of them in all)."""
        self.late.model().set_records(late)
        total = len(late) if total is None else total
        if not late:
            text = self.tr("Nothing is late.")
        elif office_name:
            text = self.tr("{office}: %Ln late activities. Double-click one to open it.", "",
                           total).format(office=office_name)
        else:
            text = self.tr("%Ln late activities in every office. Click an office to see only "
                           "its own; double-click an activity to open it.", "", total)
        if len(late) < total:
            text += " " + self.tr("The %Ln most overdue activities are listed.", "", len(late))
        self.late_label.setText(text)

    def _office_clicked(self, index: QModelIndex) -> None:
        office = index.data(ROW_ROLE)
        if office is not None:
            self.office_chosen.emit(office.office_uuid)

    def late_in(self, office_uuid: str) -> int:
        """How many activities of an office are late (as last counted)."""
        return self.late_by_office.get(office_uuid, 0)

    def _activity_activated(self, index: QModelIndex) -> None:
        activity = index.data(ROW_ROLE)
        if activity is not None:
            self.activity_open_requested.emit(activity.uuid)
