"""Asking for the password of a protected package, and which read files still need one."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.shared.bidi import ltr
from exporters.encryption import PASSWORD_REQUIRED, WRONG_PASSWORD
from exporters.reader import ReadPackage

PASSWORD_TRIES = 3
PASSWORD_CODES = (PASSWORD_REQUIRED, WRONG_PASSWORD)


def password_code(read: ReadPackage) -> str | None:
    """password_required or wrong_password, when that is why the file was refused."""
    return next((p.code for p in read.problems if p.code in PASSWORD_CODES), None)


class PasswordDialog(QDialog):
    """The password of one file; on a retry it says the last one was not correct."""

    def __init__(self, file_name: str, wrong: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protected package"))
        self.edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.error_label = QLabel(self.tr("The password is not correct."), wordWrap=True)
        self.error_label.setVisible(wrong)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Open"))
        self.ok_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.edit)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "{file} is protected with a password. Type the password its sender gave you; "
            "Cancel leaves the file out of the import.").format(file=ltr(file_name)),
            wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.edit.setFocus()

    def password(self) -> str:
        return self.edit.text()


def ask_password(parent: QWidget, file_name: str, wrong: bool) -> str | None:
    """The password typed for the file, or None after Cancel (tests replace this)."""
    dialog = PasswordDialog(file_name, wrong, parent)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.password() if accepted and dialog.password() else None
    finally:
        dialog.deleteLater()


class PasswordRound:
    """The files of one import as read so far, and the passwords tried for protected ones."""

    def __init__(self, paths: Sequence[Path], reads: Sequence[ReadPackage]) -> None:
        self.paths = list(paths)
        self.reads = list(reads)
        self.tries = [0] * len(self.paths)
        self.given_up: set[int] = set()

    def next_locked(self) -> int | None:
        """The first file still refused for its password that may be asked for again."""
        return next((index for index, read in enumerate(self.reads)
                     if password_code(read) and index not in self.given_up
                     and self.tries[index] < PASSWORD_TRIES), None)

    def was_wrong(self, index: int) -> bool:
        return password_code(self.reads[index]) == WRONG_PASSWORD

    def give_up(self, index: int) -> None:
        """Cancel: the file stays refused, with its message, among the others."""
        self.given_up.add(index)

    def opened(self, index: int, read: ReadPackage) -> None:
        """The file read again with a password (right or wrong)."""
        self.reads[index] = read
        self.tries[index] += 1
