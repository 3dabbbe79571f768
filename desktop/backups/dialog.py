"""The Backups dialog: the data folder's backups, a backup on request, and restoring one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.errors import TenpointDataError
from db.installation.restore import RestoreReport, restore_backup
from db.storage.backups import BackupInfo, list_backups
from db.storage.server_backups import back_up
from desktop.context import AppContext
from desktop.shared.bidi import ltr
from desktop.shared.formatting import local_time_text, size_text
from desktop.shared.labels import backup_reason_label
from desktop.shared.messages import error_message
from desktop.shared.workers import Worker, run_with_progress
from exporters.errors import OperationCancelled

PATH_ROLE = Qt.ItemDataRole.UserRole
MAX_KEEP = 999


class BackupsDialog(QDialog):
    """Backups of this installation's database.

    Signals: restored(object) with the RestoreReport, after the database was replaced.
    """

    restored = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.worker: Worker | None = None
        self.confirm_box: QMessageBox | None = None
        self.result_box: QMessageBox | None = None
        self.backups: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Backups"))
        self._build()
        self.refresh()
        self.resize(760, 420)  # room for the office name beside date, reason and size

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(self.tr(
            "Tenpoint backs the database up before every import, schema upgrade and restore. "
            "Backups are kept in {folder}.").format(folder=ltr(str(self.context.paths.backups))))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Reason"),
                                              self.tr("Size"), self.tr("Activities"),
                                              self.tr("Office")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(self._keep_row())
        layout.addWidget(self.status_label)
        layout.addLayout(self._button_row())

    def _keep_row(self) -> QHBoxLayout:
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(1, MAX_KEEP)
        self.keep_spin.setValue(self.context.settings.backup_keep())
        self.keep_spin.valueChanged.connect(self._keep_changed)
        label = QLabel(self.tr("&Keep the newest backups:"))
        label.setBuddy(self.keep_spin)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.keep_spin)
        row.addStretch()
        return row

    def _button_row(self) -> QHBoxLayout:
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore..."))
        self.folder_button = QPushButton(self.tr("&Open folder"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.ask_restore)
        self.folder_button.clicked.connect(self.open_folder)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.folder_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(close)
        return row

    # --- the list ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.backups = list_backups(self.context.paths.backups)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            for column, text in enumerate(self._cells(info)):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(info.path))
                item.setToolTip(str(info.path))
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def _cells(self, info: BackupInfo) -> list[str]:
        when_why_size = [local_time_text(info.taken_at), backup_reason_label(info.reason),
                         size_text(info.size)]
        if info.damaged:
            return [*when_why_size, "", self.tr("damaged: cannot be restored")]
        count = "" if info.activity_count is None else str(info.activity_count)
        return [*when_why_size, count, info.office_name or self.tr("not set up")]

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        busy = self.worker is not None
        chosen = self.selected()
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and chosen is not None and not chosen.damaged)

    def _keep_changed(self, value: int) -> None:
        self.context.settings.set_backup_keep(value)
        self.context.settings.sync()

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.paths.backups)))

    # --- backing up ----------------------------------------------------------------------
    def back_up_now(self) -> None:
        database, folder = self.context.database, self.context.paths.backups
        keep = self.keep_spin.value()

        def job(_progress, cancelled):
            if cancelled():
                raise OperationCancelled()
            return back_up(database, folder, "manual", keep)
        self._run(self.tr("Backing up..."), job, self._backed_up)

    def _backed_up(self, info: BackupInfo) -> None:
        self.refresh()
        self.status_label.setText(
            self.tr("Backup written: {path}").format(path=ltr(str(info.path))))

    # --- restoring -----------------------------------------------------------------------
    def ask_restore(self) -> None:
        """Confirm first: restoring replaces everything recorded since the backup."""
        chosen = self.selected()
        if chosen is None:
            return
        self.confirm_box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Restore a backup"),
            self.tr("Replace the database by the backup of {date} ({reason})?\n\nEverything "
                    "recorded since then will be replaced. A backup of the current state is "
                    "taken first, so this can be undone by restoring that one.").format(
                        date=local_time_text(chosen.taken_at),
                        reason=backup_reason_label(chosen.reason)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        self.confirm_box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Restore"))
        self.confirm_box.accepted.connect(lambda: self.restore(chosen))
        self.confirm_box.open()

    def restore(self, chosen: BackupInfo) -> None:
        database, folder = self.context.database, self.context.paths.backups
        keep = self.keep_spin.value()

        def job(_progress, cancelled):
            if cancelled():  # once copying starts it runs to its end: it is one transaction
                raise OperationCancelled()
            return restore_backup(database, chosen.path, folder, keep)
        self._run(self.tr("Restoring..."), job, self._restored)

    def _restored(self, report: RestoreReport) -> None:
        self.refresh()
        text = self.tr("The backup was restored. The state before it was backed up to "
                       "{path}.").format(path=ltr(str(report.safety_backup.path)))
        self.status_label.setText(text)
        self.restored.emit(report)
        self.result_box = QMessageBox(QMessageBox.Icon.Information, self.tr("Restore done"),
                                      text, QMessageBox.StandardButton.Ok, self)
        self.result_box.open()

    # --- running -------------------------------------------------------------------------
    def _run(self, label: str, job, on_finished) -> None:
        def finished(result) -> None:
            self.worker = None
            self._update_buttons()
            on_finished(result)
        self.worker = run_with_progress(self, label, job, finished, self._failed)
        self._update_buttons()

    def _failed(self, error: Exception) -> None:
        self.worker = None
        self._update_buttons()
        if isinstance(error, OperationCancelled):
            self.status_label.setText(self.tr("Cancelled: nothing was changed."))
            return
        if not isinstance(error, TenpointDataError):
            raise error
        self.status_label.setText(error_message(error))
        self.result_box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Backups"),
                                      error_message(error), QMessageBox.StandardButton.Ok, self)
        self.result_box.open()
