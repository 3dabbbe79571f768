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
    KeyFile,
    KeyInfo,
    export_key_file,
    own_fingerprint,
    read_key_file,
    remove_trusted_key,
    trust_key_file,
    trusted_keys,
)
from desktop.context import AppContext
from desktop.shared.bidi import ltr
from desktop.shared.folders import KEY_FILE, last_folder, remember_folder
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


def _warn(parent: QWidget | None, error: TenpointDataError) -> None:
    QMessageBox.warning(parent, translate("KeysDialog", "Trusted keys"),
                        sync_error_message(error) or error_message(error))


def _accepted(parent: QWidget | None, key_file: KeyFile) -> bool:
    """The person read whose key the file holds and its fingerprint, and trusts it."""
    answer = QMessageBox.question(
        parent, translate("KeysDialog", "Trust a key file"),
        translate("KeysDialog",
                  "This file holds the key of {office} (office ID {office_id}), with the "
                  "fingerprint\n\n{fingerprint}\n\nTrust it only if the file came from that "
                  "office's IT by a way you rely on: its packages will then be accepted as "
                  "the office's own.").format(
            office=key_file.office_name or key_file.office_id,
            office_id=ltr(key_file.office_id), fingerprint=ltr(key_file.fingerprint)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def choose_key_file(parent: QWidget | None, context: AppContext,
                    office_id: str | None = None) -> KeyFile | None:
    """Ask for an office's key file, read it and show whose key it is with its fingerprint:
    the file the person accepted, or None (cancelled, declined, or unusable and said why).
    office_id: the office the key must be for, or None for any. Writes nothing."""
    path, _ = QFileDialog.getOpenFileName(parent, translate("KeysDialog", "Trust a key file"),
                                          last_folder(context.settings, KEY_FILE),
                                          translate("KeysDialog", KEY_FILTER))
    if not path:
        return None
    remember_folder(context.settings, KEY_FILE, Path(path).parent)
    try:
        key_file = read_key_file(path, office_id)
    except TenpointDataError as error:
        _warn(parent, error)
        return None
    return key_file if _accepted(parent, key_file) else None


def choose_trusted_key_file(parent: QWidget | None, context: AppContext,
                            office_id: str | None = None) -> str | None:
    """For the import preview: the fingerprint of the key file the person accepted, or None.

    The preview treats it as a fingerprint checked with the office (like --trust-key), so the
    import registers the key in its own transaction; a package signed with another key stays
    refused. office_id: the package's office, so that another office's file is refused."""
    key_file = choose_key_file(parent, context, office_id)
    return key_file.fingerprint if key_file else None


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
            "office asks you to check its key's fingerprint with the office first, or to "
            "trust the key file the office's IT exported."),
            wordWrap=True)
        self.trust_file_button = QPushButton(self.tr("&Trust a key file..."))
        self.remove_button = QPushButton(self.tr("Re&move..."))
        self.export_button = QPushButton(self.tr("&Export my key..."))
        self.trust_file_button.clicked.connect(self.trust_from_file)
        self.remove_button.clicked.connect(self.remove_selected)
        self.export_button.clicked.connect(self.export_own_key)
        actions = QHBoxLayout()
        actions.addWidget(self.trust_file_button)
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
            _warn(self, error)
            fingerprint = "?"
        self.own_label.setText(self.tr(
            "This installation's key: {fingerprint}. Offices and headquarters compare it "
            "when they receive your first package.").format(fingerprint=ltr(fingerprint)))
        self.view.resizeColumnsToContents()
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    def selected(self) -> KeyInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def trust_from_file(self) -> None:
        """Trust an office's key from the file its IT exported, once the person has seen whose
        key it is and its fingerprint."""
        key_file = choose_key_file(self, self.context)
        if key_file is None:
            return
        try:
            info = trust_key_file(self.context.database, key_file, self.context.user)
        except TenpointDataError as error:
            _warn(self, error)
            return
        self.refresh()
        self.status_label.setText(self.tr(
            "The key of {office} is trusted: fingerprint {fingerprint}.").format(
            office=info.office_name, fingerprint=ltr(info.fingerprint)))

    def remove_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove key"), self.tr(
            "Remove the key of {office} ({fingerprint})? Do it only after checking with the "
            "office that it was reinstalled: its next package will ask you to confirm the "
            "new key's fingerprint.").format(office=info.office_name,
                                             fingerprint=ltr(info.fingerprint)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_trusted_key(self.context.database, info.office_id)
        except TenpointDataError as error:
            _warn(self, error)
            self.refresh()
            return
        self.refresh()
        self.status_label.setText(self.tr("The key of {office} was removed.").format(
            office=info.office_name))

    def export_own_key(self) -> None:
        settings = self.context.settings
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export this installation's key"),
            str(Path(last_folder(settings, KEY_FILE)) / "tenpoint-key.txt"),
            self.tr(KEY_FILTER))
        if not path:
            return
        remember_folder(settings, KEY_FILE, Path(path).parent)
        try:
            export_key_file(self.context.database, path)
        except TenpointDataError as error:
            _warn(self, error)
            return
        self.status_label.setText(self.tr(
            "Your public key is in {path}. It is not secret: give it to the IT of the offices "
            "or headquarters that import your packages.").format(path=ltr(str(path))))
