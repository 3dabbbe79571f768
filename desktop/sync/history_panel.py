"""The history of packages sent and received, newest first, times in local time."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.activities.queries import office_names
from db.sync.status import PackageRecord, package_history
from desktop.context import AppContext
from desktop.shared.formatting import local_time_text
from desktop.shared.sync_messages import outcome_counts_text
from desktop.shared.table_model import RIGHT, SORT_ROLE, Column, RecordTableModel
from desktop.shared.translate import translate
from desktop.sync.messages import direction_label, kind_label

HEADER_KEY = "sync/history_header"


def _summary(record: PackageRecord) -> str:
    """For a received package, what importing it did."""
    counts = record.summary
    if not counts:
        return ""
    text = outcome_counts_text(counts)
    if counts.get("status") == "partial":
        return translate("SyncArea", "{counts} (valid rows only)").format(counts=text)
    return text


class HistoryPanel(QWidget):
    """A sortable list of every package this installation sent or received."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._names: dict[str, str] = {}
        self.model = RecordTableModel(self._columns(), parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        # an empty table says nothing: until a package is sent or received, say so instead
        self.empty_label = QLabel(self.tr("No package sent or received yet."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.empty_label)
        self.pages.setCurrentWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _office(self, record: PackageRecord) -> str:
        if record.office_uuid:
            return self._names.get(record.office_uuid, record.office_uuid)
        return record.region_code or ""

    def _columns(self) -> tuple[Column, ...]:
        return (
            Column(QT_TRANSLATE_NOOP("SyncTableModel", "Date"),
                   lambda r: local_time_text(r.recorded_at), lambda r: r.recorded_at.isoformat()),
            Column(QT_TRANSLATE_NOOP("SyncTableModel", "Direction"),
                   lambda r: direction_label(r.direction)),
            Column(QT_TRANSLATE_NOOP("SyncTableModel", "Kind"), lambda r: kind_label(r.kind)),
            Column(QT_TRANSLATE_NOOP("SyncTableModel", "File"), lambda r: r.file_name),
            Column(QT_TRANSLATE_NOOP("SyncTableModel", "Office or region"), self._office),
            Column(QT_TRANSLATE_NOOP("SyncTableModel", "Activities"),
                   lambda r: str(r.activity_count), lambda r: r.activity_count, RIGHT),
            Column(QT_TRANSLATE_NOOP("SyncTableModel", "Deletions"),
                   lambda r: str(r.deletion_count), lambda r: r.deletion_count, RIGHT),
            Column(QT_TRANSLATE_NOOP("SyncTableModel", "By"), lambda r: r.recorded_by),
            Column(QT_TRANSLATE_NOOP("SyncTableModel", "Result"), _summary),
        )

    def refresh(self) -> None:
        self._names = office_names(self.context.database)
        self.model.set_records(package_history(self.context.database))
        if self.model.rowCount():
            self.view.resizeColumnsToContents()
        self.pages.setCurrentWidget(self.view if self.model.rowCount() else self.empty_label)

    def save_state(self) -> None:
        self.context.settings.set_state(HEADER_KEY, self.view.horizontalHeader().saveState())

    def restore_state(self) -> None:
        state = self.context.settings.state(HEADER_KEY)
        if state is not None:
            self.view.horizontalHeader().restoreState(state)
