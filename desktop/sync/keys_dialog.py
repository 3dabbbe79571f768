"""Trusted keys: the offices whose signed packages this installation accepts, and its own key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.errors import TenpointDataError
from db.installation.signing import (
    KeyInfo,
    export_key_file,
    own_fingerprint,
    register_key_file,
    remove_trusted_key,
    trusted_keys,
)
from desktop.context import AppContext
from desktop.shared.formatting import local_time_text
from desktop.shared.messages import error_message
from desktop.shared.sync_messages import sync_error_message
from desktop.shared.table_model import ROW_ROLE, Column, RecordTableModel
from desktop.shared.translate import translate

KEY_FILTER = QT_TRANSLATE_NOOP("KeysDialog", "Key files (*.txt);;All files (*)")
SOURCES = {"file": QT_TRANSLATE_NOOP("KeysDialog", "From a key file"),
           "confirmed": QT_TRANSLATE_NOOP("KeysDialog", "Confirmed on import")}


def _source(info: KeyInfo) -> str:
    source = SOURCES.get(info.source)
    return translate("KeysDialog", source) if source else info.source


KEY_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Office"), lambda k: k.office_name),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Fingerprint"), lambda k: k.fingerprint),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Registered"),
           lambda k: local_time_text(k.registered_at), lambda k: k.registered_at.isoformat()),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "By"), lambda k: k.registered_by),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "How"), _source),
)


class KeysDialog(QDialog):
    """Lists the trusted office keys; registers one from a file, removes one, exports ours."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.folder = str(Path.home())
        self.setWindowTitle(self.tr("Trusted keys"))
        self.model = RecordTableModel(KEY_COLUMNS, parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.own_label = QLabel(wordWrap=True)
        self.own_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(wordWrap=True)  # what the last action did
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out()
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()
        self.resize(820, 420)

    def _lay_out(self) -> None:
        intro = QLabel(self.tr(
            "Packages are signed by the office that made them. A package from an office "
            "listed here is accepted only with that office's key; a package from another "
            "office asks you to check its key's fingerprint with the office first."),
            wordWrap=True)
        self.register_button = QPushButton(self.tr("&Register from file..."))
        self.remove_button = QPushButton(self.tr("Re&move..."))
        self.export_button = QPushButton(self.tr("&Export my key..."))
        self.register_button.clicked.connect(self.register_from_file)
        self.remove_button.clicked.connect(self.remove_selected)
        self.export_button.clicked.connect(self.export_own_key)
        actions = QHBoxLayout()
        actions.addWidget(self.register_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        own = QHBoxLayout()
        own.addWidget(self.own_label, 1)
        own.addWidget(self.export_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addLayout(own)
        layout.addWidget(self.status_label)
        layout.addWidget(close)

    def refresh(self) -> None:
        database = self.context.database
        try:
            fingerprint = own_fingerprint(database)
            self.model.set_records(trusted_keys(database))
        except TenpointDataError as error:
            self._warn(error)
            fingerprint = "?"
        self.own_label.setText(self.tr(
            "This installation's key: {fingerprint}. Offices and headquarters compare it "
            "when they receive your first package.").format(fingerprint=fingerprint))
        self.view.resizeColumnsToContents()
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    def selected(self) -> KeyInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def register_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Register an office key"),
                                              self.folder, self.tr(KEY_FILTER))
        if not path:
            return
        self.folder = str(Path(path).parent)
        try:
            info = register_key_file(self.context.database, path, self.context.user)
        except TenpointDataError as error:
            self._warn(error)
            return
        self.refresh()
        self.status_label.setText(self.tr(
            "The key of {office} is trusted: fingerprint {fingerprint}.").format(
            office=info.office_name, fingerprint=info.fingerprint))

    def remove_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove key"), self.tr(
            "Remove the key of {office} ({fingerprint})? Do it only after checking with the "
            "office that it was reinstalled: its next package will ask you to confirm the "
            "new key's fingerprint.").format(office=info.office_name,
                                             fingerprint=info.fingerprint))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_trusted_key(self.context.database, info.office_id)
        except TenpointDataError as error:
            self._warn(error)
            self.refresh()
            return
        self.refresh()
        self.status_label.setText(self.tr("The key of {office} was removed.").format(
            office=info.office_name))

    def export_own_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export this installation's key"),
            str(Path(self.folder) / "tenpoint-key.txt"), self.tr(KEY_FILTER))
        if not path:
            return
        try:
            export_key_file(self.context.database, path)
        except TenpointDataError as error:
            self._warn(error)
            return
        self.status_label.setText(self.tr(
            "Your public key is in {path}. It is not secret: give it to the IT of the offices "
            "or headquarters that import your packages.").format(path=path))

    def _warn(self, error: TenpointDataError) -> None:
        QMessageBox.warning(self, self.tr("Trusted keys"),
                            sync_error_message(error) or error_message(error))
