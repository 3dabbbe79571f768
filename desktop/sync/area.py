"""The Sync area: export, import with preview, the conflicts queue and the package history."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.errors import TenpointDataError
from db.sync.importing import (
    ImportPreview,
    ImportReport,
    apply_import,
    prepare_reading,
    preview_import,
    read_packages,
)
from db.sync.package_files import (
    find_package_files,
)
from desktop.context import AppContext
from desktop.shared.flow_layout import FlowLayout
from desktop.shared.folders import IMPORT_PACKAGE, last_folder, remember_folder
from desktop.shared.messages import error_message
from desktop.shared.sync_messages import describe_problem, folder_texts, sync_error_message
from desktop.shared.workbook_wording import reading_words, writing_wording
from desktop.shared.workers import Worker, run_with_progress
from desktop.sync import password_dialog
from desktop.sync.conflicts_panel import ConflictsPanel
from desktop.sync.export_panel import ExportPanel, xlsx_filter, xlsx_path
from desktop.sync.history_panel import HistoryPanel
from desktop.sync.keys_dialog import KeysDialog, choose_trusted_key_file
from desktop.sync.messages import summary_text
from desktop.sync.password_dialog import PasswordRound
from desktop.sync.preview_dialog import (
    VALID_ROWS_ONLY,
    ImportPreviewDialog,
    SignatureChoices,
)
from exporters.errors import OperationCancelled

TAB_KEY = "sync/tab"


class SyncArea(QWidget):
    """Exchange of packages with headquarters or the offices.

    Signals: activities_changed() after what the activity views show changed here: an import
    applied, a package exported (the list's Sync column), a conflict resolved.
    """

    activities_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.worker: Worker | None = None
        self.preview_dialog: ImportPreviewDialog | None = None
        self.not_read: list[str] = []  # files of the chosen folder not read, and why
        self.summary_box: QMessageBox | None = None
        self.export_panel = ExportPanel(context)
        self.conflicts = ConflictsPanel(context)
        self.history = HistoryPanel(context)
        self._build()
        self.export_panel.exported.connect(self._exported)
        self.conflicts.resolved.connect(self._conflict_resolved)
        self.refresh()

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self.conflicts, "")
        self.tabs.addTab(self.history, self.tr("History of packages"))
        left = QVBoxLayout()
        left.addWidget(self._make_import_box())
        left.addWidget(self.export_panel, 1)
        side = QWidget()
        side.setLayout(left)
        side.setMaximumWidth(440)
        layout = QHBoxLayout(self)
        layout.addWidget(side)
        layout.addWidget(self.tabs, 1)

    def _make_import_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Import"))
        self.import_files_button = QPushButton(self.tr("Import &files..."))
        self.import_folder_button = QPushButton(self.tr("Import a f&older..."))
        self.keys_button = QPushButton(self.tr("Trusted &keys..."))
        self.keys_button.setToolTip(self.tr(
            "The offices' package signing keys this installation trusts, and its own key."))
        self.import_files_button.clicked.connect(self.import_files)
        self.import_folder_button.clicked.connect(self.import_folder)
        self.keys_button.clicked.connect(self.show_keys)
        self.import_label = QLabel(self.tr(
            "Packages from offices or headquarters, and filled templates. Every file is "
            "checked and previewed before anything is written."), wordWrap=True)
        buttons = QWidget()
        row = FlowLayout(buttons)  # long translations wrap the buttons rather than cut them
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.import_files_button)
        row.addWidget(self.import_folder_button)
        row.addWidget(self.keys_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.import_label)
        layout.addWidget(buttons)
        return box

    # --- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read again what other areas or an import may have changed."""
        self.export_panel.refresh()
        self.conflicts.refresh()
        self.history.refresh()
        count = self.conflicts.count()
        self.tabs.setTabText(0, self.tr("Conflicts ({n})").format(n=count) if count
                             else self.tr("Conflicts"))

    def _conflict_resolved(self, _conflict_id: int) -> None:
        self.refresh()
        self.activities_changed.emit()

    def _exported(self, result) -> None:
        self.history.refresh()
        if not result.template_rows:  # a package: what it holds is now sent
            self.activities_changed.emit()

    def show_keys(self) -> None:
        """The trusted office keys and this installation's own (a dialog of their own)."""
        self.keys_dialog = KeysDialog(self.context, self)
        self.keys_dialog.open()

    # --- importing -----------------------------------------------------------------------
    def import_files(self) -> None:
        """Choose one or more package files, then check and preview them."""
        prepare_reading()  # the reading process starts while the person chooses
        settings = self.context.settings
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import packages"),
                                                last_folder(settings, IMPORT_PACKAGE),
                                                xlsx_filter())
        if paths:
            remember_folder(settings, IMPORT_PACKAGE, Path(paths[0]).parent)
            self.start_import([Path(p) for p in paths])

    def import_folder(self) -> None:
        """Choose a folder; every .xlsx file in it is checked and previewed."""
        prepare_reading()
        settings = self.context.settings
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of packages"),
                                                  last_folder(settings, IMPORT_PACKAGE))
        if not folder:
            return
        remember_folder(settings, IMPORT_PACKAGE, folder)
        found = find_package_files([folder])
        not_read = folder_texts(found)  # every other file of the folder, and why
        if not found.files:
            self._show_result("\n".join(not_read))
            return
        self.start_import(list(found.files), not_read)

    def start_import(self, paths: list[Path], not_read: Sequence[str] = ()) -> None:
        """Read and validate the files off the GUI thread, ask for the passwords of protected
        ones, then compute the preview; not_read: sentences the preview shows about the files
        of a chosen folder that are not read."""
        self.not_read = list(not_read)
        words = reading_words()  # headers and labels in any of Tenpoint's languages
        database = self.context.database  # a package accepted before is not read again
        def job(progress, cancelled):
            return read_packages(paths, progress, cancelled, words=words, database=database)
        self._run(self._checking_text(len(paths)), job,
                  lambda reads: self._unlock_next(PasswordRound(paths, reads)))

    def _checking_text(self, files: int) -> str:
        return self.tr("Checking %Ln files...", "", files)

    def _unlock_next(self, round_: PasswordRound) -> None:
        """Ask for the next protected file's password and read it again (off the GUI thread);
        once none is left to ask for, compute the preview of them all."""
        index = round_.next_locked()
        if index is None:
            self._preview(round_.reads)
            return
        path = round_.paths[index]
        prepare_reading()  # while the password is typed
        password = password_dialog.ask_password(self, path.name, round_.was_wrong(index))
        if password is None:
            round_.give_up(index)
            self._unlock_next(round_)
            return

        words = reading_words()
        def job(progress, cancelled):
            return read_packages([path], progress, cancelled, {str(path): password},
                                 words=words)[0]

        def opened(read) -> None:
            round_.opened(index, read)
            self._unlock_next(round_)
        self._run(self.tr("Opening {file}...").format(file=path.name), job, opened)

    def _preview(self, reads) -> None:
        database, user = self.context.database, self.context.user

        def job(progress, cancelled):
            return preview_import(database, reads, user, cancelled=cancelled)
        self._run(self._checking_text(len(reads)), job, self._show_preview)

    def _recompute(self, reads) -> Callable:
        """For the preview dialog: the job computing the preview again with new choices."""
        database, user = self.context.database, self.context.user

        def job_for(choices: SignatureChoices):
            return lambda progress, cancelled: preview_import(
                database, reads, user, cancelled=cancelled, **choices.options())
        return job_for

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview_dialog = ImportPreviewDialog(
            preview, self, self._recompute(preview.reads), not_read=self.not_read,
            key_file=lambda office_id: choose_trusted_key_file(self.preview_dialog, self.context,
                                                               office_id))
        self.preview_dialog.recompute_failed.connect(self._failed)
        self.preview_dialog.accepted.connect(self._preview_accepted)
        self.preview_dialog.rejected.connect(self._preview_cancelled)
        self.preview_dialog.open()

    def _preview_cancelled(self) -> None:
        self._release_preview()
        self._say_cancelled()

    def _say_cancelled(self) -> None:
        self._show_result(self.tr("Import cancelled: nothing was written."))

    def _release_preview(self) -> None:
        """Let the closed preview go: its plan of every row and, for a folder, the rows waiting
        on disk (db/sync/read_store.py) are freed once nothing needs them, not at the next
        import."""
        if self.preview_dialog is not None:
            self.preview_dialog.deleteLater()
            self.preview_dialog = None

    def _preview_accepted(self) -> None:
        dialog = self.preview_dialog
        preview, choice, signatures = dialog.preview, dialog.choice, dialog.signatures
        self._release_preview()  # the import holds the preview until it ends
        errors_path = None
        if choice == VALID_ROWS_ONLY:
            errors_path = self._ask_error_workbook()
            if errors_path is None:  # the person closed the file dialog
                self._say_cancelled()
                return
        self.apply(preview, errors_path, signatures)

    def _ask_error_workbook(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the rejected rows as"),
            str(Path(last_folder(self.context.settings, IMPORT_PACKAGE))
                / "tenpoint-rejected-rows.xlsx"), xlsx_filter())
        return xlsx_path(path) if path else None

    def apply(self, preview: ImportPreview, errors_path: Path | None = None,
              signatures: SignatureChoices | None = None) -> None:
        """Write the previewed packages in one transaction (all valid rows, if chosen), with
        the signature decisions the preview was computed with."""
        database, user = self.context.database, self.context.user
        options = (signatures or SignatureChoices()).options()
        options.update(backup_dir=self.context.paths.backups,
                       keep_backups=self.context.settings.backup_keep(),
                       wording=writing_wording())  # the rejected rows' workbook

        def job(progress, cancelled):
            return apply_import(database, preview, user,
                                valid_rows_only=errors_path is not None,
                                error_workbook=errors_path, describe=describe_problem,
                                progress=progress, cancelled=cancelled, **options)
        self._run(self.tr("Importing..."), job, self._applied)

    def _applied(self, report: ImportReport) -> None:
        self.refresh()
        self.activities_changed.emit()
        text = summary_text(report.packages)
        if report.error_workbook:
            text += "\n\n" + self.tr("The rejected rows are listed in {path}.").format(
                path=report.error_workbook)
        self._show_result(self.tr("Import done."))
        self.summary_box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import done"),
                                       text, QMessageBox.StandardButton.Ok, self)
        self.summary_box.open()

    # --- running -------------------------------------------------------------------------
    def _run(self, label: str, job, on_finished) -> None:
        self._set_busy(True)

        def finished(result) -> None:
            self._set_busy(False)
            on_finished(result)
        self.worker = run_with_progress(self, label, job, finished, self._failed)

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self.worker = None
        for button in (self.import_files_button, self.import_folder_button):
            button.setEnabled(not busy)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, OperationCancelled):
            self._say_cancelled()
            return
        if not isinstance(error, TenpointDataError):
            raise error
        message = sync_error_message(error) or error_message(error)
        self._show_result(message)
        QMessageBox.warning(self, self.tr("Import"), message)

    def _show_result(self, text: str) -> None:
        self.import_label.setText(text)

    # --- state between runs ----------------------------------------------------------------
    def save_state(self) -> None:
        self.history.save_state()
        self.context.settings.set_state(TAB_KEY, str(self.tabs.currentIndex()).encode())

    def restore_state(self) -> None:
        self.history.restore_state()
        state = self.context.settings.state(TAB_KEY)
        if state is not None and bytes(state).isdigit():
            self.tabs.setCurrentIndex(int(bytes(state)))
