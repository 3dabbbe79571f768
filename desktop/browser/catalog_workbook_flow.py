"""The catalog workbook from the Recommendations browser (headquarters): save a template to
fill, and import a filled one through a preview, all-or-nothing, off the GUI thread."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from db.catalog.workbook import (
    CatalogImport,
    apply_catalog_workbook,
    export_catalog_template,
    prepare_reading,
    read_catalog_workbook,
)
from desktop.context import AppContext
from desktop.shared.bidi import ltr
from desktop.shared.catalog_edit_words import action_label, edit_line, workbook_problem_text
from desktop.shared.folders import last_folder, remember_folder
from desktop.shared.workbook_wording import catalog_reading_words, writing_wording
from desktop.shared.workers import Worker, run_with_progress
from exporters.errors import OperationCancelled

CATALOG_WORKBOOK = "catalog_workbook"  # the folder remembered for catalog workbooks
XLSX_FILTER = "*.xlsx"


def _preview_job(context: AppContext, path: Path, progress, cancelled) -> tuple:
    """Read the workbook in its child process, then check every row by applying it and
    rolling back: the preview shows exactly what Apply would do."""
    read = read_catalog_workbook(path, catalog_reading_words(), progress, cancelled)
    return read, apply_catalog_workbook(context.database, read, context.user, dry_run=True)


def _apply_job(context: AppContext, read, progress, cancelled) -> CatalogImport:
    return apply_catalog_workbook(context.database, read, context.user,
                                  backup_dir=context.paths.backups,
                                  keep_backups=context.settings.backup_keep())


class CatalogWorkbookFlow(QObject):
    """Template and import of the catalog workbook.

    Signals: applied(object CatalogImport) once a workbook changed the catalog.
    """

    applied = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context, self.parent_widget = context, parent
        self.worker: Worker | None = None
        self.preview: CatalogPreviewDialog | None = None

    # --- template ---------------------------------------------------------------------------
    def ask_and_save_template(self) -> None:
        folder = Path(last_folder(self.context.settings, CATALOG_WORKBOOK))
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Save a catalog template"),
            str(folder / self.tr("catalog-changes.xlsx")), XLSX_FILTER)
        if path:
            self.save_template(Path(path).with_suffix(".xlsx"))

    def save_template(self, path: Path) -> Worker:
        remember_folder(self.context.settings, CATALOG_WORKBOOK, path.parent)
        wording = writing_wording()

        def job(progress, cancelled) -> Path:
            return export_catalog_template(self.context.database, path, wording)
        self.worker = run_with_progress(self.parent_widget, self.tr("Writing the template..."),
                                        job, self._template_saved, self._failed)
        return self.worker

    def _template_saved(self, path: Path) -> None:
        self.worker = None
        QMessageBox.information(
            self.parent_widget, self.tr("Catalog template saved"),
            self.tr("Wrote {path}. Fill in its sheets (each explains itself in the README), "
                    "then import it with Edit catalog > Import a catalog workbook.").format(
                path=ltr(str(path))))

    # --- import -----------------------------------------------------------------------------
    def ask_and_import(self) -> None:
        prepare_reading()  # the reading process starts while the person chooses
        folder = last_folder(self.context.settings, CATALOG_WORKBOOK)
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Import a catalog workbook"), folder, XLSX_FILTER)
        if path:
            self.import_workbook(Path(path))

    def import_workbook(self, path: Path) -> Worker:
        """Read and check the workbook, then show what applying it would do."""
        remember_folder(self.context.settings, CATALOG_WORKBOOK, path.parent)
        self.worker = run_with_progress(
            self.parent_widget, self.tr("Reading and checking {file}...").format(
                file=ltr(path.name)),
            partial(_preview_job, self.context, path), self._previewed, self._failed)
        return self.worker

    def _previewed(self, result: tuple) -> None:
        self.worker = None
        read, outcome = result
        self.preview = CatalogPreviewDialog(outcome, self.parent_widget)
        self.preview.accepted.connect(lambda: self._apply(read))
        self.preview.open()

    def _apply(self, read) -> None:
        self.worker = run_with_progress(self.parent_widget, self.tr("Changing the catalog..."),
                                        partial(_apply_job, self.context, read), self._applied,
                                        self._failed)

    def _applied(self, outcome: CatalogImport) -> None:
        self.worker = None
        if outcome.refused:  # the catalog changed between the preview and Apply
            self.preview = CatalogPreviewDialog(outcome, self.parent_widget)
            self.preview.open()
            return
        self.applied.emit(outcome)
        QMessageBox.information(
            self.parent_widget, self.tr("Catalog changed"),
            self.tr("%n changes applied; the catalog is now at edition {edition}. Offices "
                    "receive them with their next update.", None, len(outcome.edits)).format(
                edition=outcome.to_edition))

    def _failed(self, error: Exception) -> None:
        self.worker = None
        if isinstance(error, OperationCancelled):
            return  # nothing was changed
        QMessageBox.warning(self.parent_widget, self.tr("Catalog workbook"),
                            self.tr("The workbook could not be used: {error}").format(
                                error=error))


class CatalogPreviewDialog(QDialog):
    """What a workbook would do, row by row, or every problem that stops it; Apply only when
    it can be applied whole."""

    def __init__(self, outcome: CatalogImport, parent: QWidget) -> None:
        super().__init__(parent)
        self.outcome = outcome
        self.setWindowTitle(self.tr("Catalog workbook: {file}").format(file=outcome.file))
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        self.rows = QListWidget()
        self.rows.addItems(self._lines())
        self.rows.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if self.can_apply:
            self.apply_button = buttons.addButton(
                self.tr("Apply %n changes", None, len(outcome.edits)),
                QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        else:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.rows, 1)
        layout.addWidget(buttons)
        self.resize(760, 460)

    @property
    def can_apply(self) -> bool:
        return not self.outcome.refused and bool(self.outcome.edits)

    def _summary(self) -> str:
        outcome = self.outcome
        if outcome.refused:
            return self.tr("This workbook cannot be imported: %n problems, listed below with "
                           "their sheet, row and column. Correct them in the workbook and "
                           "import it again; nothing was changed.", None,
                           len(outcome.problems))
        if not outcome.edits:
            return self.tr("No rows are filled in: there is nothing to import.")
        counts = "; ".join(f"{action_label(action)}: {count}"
                           for action, count in outcome.counts.items())
        return self.tr("Applying this workbook makes %n changes to the catalog, all together "
                       "or none (edition {start} to {end}): {counts}. Offices receive them with "
                       "their next update.", None, len(outcome.edits)).format(
            start=outcome.from_edition, end=outcome.to_edition, counts=counts)

    def _lines(self) -> list[str]:
        if self.outcome.refused:
            return [workbook_problem_text(problem) for problem in self.outcome.problems]
        return [edit_line(e.sheet, e.edit) for e in self.outcome.edits]
