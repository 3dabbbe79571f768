"""The import preview: what each package would do, every rejected cell, then apply or cancel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.sync.activity_plan import ActivityPlan
from db.sync.importing import REJECTED, ImportPreview, PackageOutcome
from db.sync.signatures import NEEDS_ACCEPT_UNSIGNED, NEW_KEY
from desktop.shared.bidi import ContentDirectionDelegate, ltr, select_row
from desktop.shared.formatting import history_value, local_time_text
from desktop.shared.labels import field_label
from desktop.shared.sync_messages import (
    activities_worth_reading,
    activity_outcome_label,
    problem_message,
)
from desktop.shared.table_model import RIGHT, ROW_ROLE, Column, RecordTableModel
from desktop.shared.translate import translate
from desktop.shared.workers import Job, run_with_progress
from desktop.sync.messages import kind_label, outcome_notes, signature_label, status_label
from exporters import problems

APPLY, VALID_ROWS_ONLY = "apply", "valid_rows_only"
# A package kept out only by these is not refused: it waits for the person's decision.
AWAITING_CONFIRMATION = frozenset({problems.UNTRUSTED_KEY})
AWAITING_DECISION = frozenset({problems.UNTRUSTED_KEY, problems.UNSIGNED,
                               problems.SIGNATURE_INVALID})


def waiting_codes(outcome: PackageOutcome) -> frozenset[str]:
    """The decisions a rejected package waits for, when nothing else keeps it out; empty
    when it is accepted or truly rejected."""
    if outcome.status != REJECTED:
        return frozenset()
    codes = frozenset(p.code for p in outcome.problems if not p.is_warning)
    return codes if codes and codes <= AWAITING_DECISION else frozenset()


def result_label(outcome: PackageOutcome) -> str:
    """The Result column: a package waiting for a decision is not called rejected."""
    waiting = waiting_codes(outcome)
    if waiting and waiting <= AWAITING_CONFIRMATION:
        return translate("SyncTableModel", "Waiting for your confirmation")
    if waiting:
        return translate("SyncTableModel", "Waiting for your decision")
    return status_label(outcome.status)


@dataclass(frozen=True)
class SignatureChoices:
    """What the person decided about signatures; the preview is recomputed with it."""

    accept_unsigned: bool = False
    trusted_fingerprints: tuple[str, ...] = ()

    def options(self) -> dict:
        """Keyword arguments of preview_import and apply_import."""
        return {"accept_unsigned": self.accept_unsigned,
                "trusted_fingerprints": self.trusted_fingerprints}


# Given the choices, the job that computes the preview again (run off the GUI thread).
Recompute = Callable[[SignatureChoices], Job]


def _count(name: str, header: str) -> Column:
    return Column(header, lambda o: str(getattr(o, name)), lambda o: getattr(o, name), RIGHT)


# The Result comes second: at 1366 pixels the columns after the counts may be off-screen.
PACKAGE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "File"), lambda o: o.file),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Result"), result_label),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "From"), lambda o: o.sender_name or ""),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Kind"), lambda o: kind_label(o.kind)),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Signature"), signature_label),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Made"), lambda o: local_time_text(o.created_at),
           lambda o: o.created_at.isoformat() if o.created_at else ""),
    _count("new", QT_TRANSLATE_NOOP("SyncTableModel", "New")),
    _count("updated", QT_TRANSLATE_NOOP("SyncTableModel", "Updated")),
    _count("unchanged", QT_TRANSLATE_NOOP("SyncTableModel", "Unchanged")),
    _count("conflicts", QT_TRANSLATE_NOOP("SyncTableModel", "In conflict")),
    _count("rejected", QT_TRANSLATE_NOOP("SyncTableModel", "Rejected")),
)
PROBLEM_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "File"), lambda p: p.file),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Sheet"), lambda p: p.sheet or ""),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Row"), lambda p: str(p.row or ""),
           lambda p: p.row or 0, RIGHT),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Column"), lambda p: p.column or ""),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Value"), lambda p: p.value or ""),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Reason"), problem_message),
)

# One line per changed field of an activity (an activity without changes: one line).
ACTIVITY_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Activity"), lambda line: line[0].title),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Row"), lambda line: str(line[0].row or ""),
           lambda line: line[0].row or 0, RIGHT),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "What happens"),
           lambda line: activity_outcome_label(line[0])),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Field"),
           lambda line: field_label(line[1].field) if line[1] else ""),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "Held here"),
           lambda line: history_value(line[1].field, line[1].held) if line[1] else ""),
    Column(QT_TRANSLATE_NOOP("SyncTableModel", "In the file"),
           lambda line: history_value(line[1].field, line[1].incoming) if line[1] else ""),
)


def activity_lines(plans: Sequence[ActivityPlan]) -> list[tuple]:
    """(plan, change) per changed field, (plan, None) for an activity without changes."""
    return [(plan, change) for plan in plans for change in (plan.changes or (None,))]


def _table(model: RecordTableModel) -> QTableView:
    view = QTableView()
    view.setItemDelegate(ContentDirectionDelegate(view))  # mixed directions
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def valid_rows_possible(outcome: PackageOutcome) -> bool:
    """A package rejected for some rows only (not the whole file) can import its valid rows."""
    return outcome.status == REJECTED and not any(p.rejects_file for p in outcome.problems)


def _new_keys(packages: tuple[PackageOutcome, ...]) -> dict[str, PackageOutcome]:
    """Fingerprint to a package signed with it, for every office key seen for the first time."""
    return {p.signature_fingerprint: p for p in packages
            if p.signature == NEW_KEY and p.signature_fingerprint}


# Given the office ID, the fingerprint of the key file a person chose and accepted, or None.
ChooseKeyFile = Callable[[str | None], str | None]


class ImportPreviewDialog(QDialog):
    """Shows an ImportPreview; nothing is written here. After accept(), `choice` is APPLY or
    VALID_ROWS_ONLY and `signatures` the SignatureChoices to apply with; after reject()
    nothing must be written.

    A package without a valid signature, or signed by an office key not yet registered, is
    left out unless the person decides otherwise in the Signatures box; each decision
    recomputes the preview (with recompute, off the GUI thread).

    Signals: preview_changed() after a recomputed preview is shown; recompute_failed(object)
    with the error (or OperationCancelled) when recomputing failed, before the dialog closes.
    """

    preview_changed = Signal()
    recompute_failed = Signal(object)

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None,
                 recompute: Recompute | None = None, not_read: Sequence[str] = (),
                 key_file: ChooseKeyFile | None = None) -> None:
        super().__init__(parent)
        self.key_file = key_file
        self.preview = preview
        self.not_read = tuple(not_read)  # sentences: files of a folder that were not read
        self.choice = APPLY
        self.signatures = SignatureChoices()
        self.recompute = recompute
        self.worker = None
        self.setWindowTitle(self.tr("Import preview"))
        self.packages_model = RecordTableModel(PACKAGE_COLUMNS, preview.packages, parent=self)
        self.problems_model = RecordTableModel(PROBLEM_COLUMNS, parent=self)
        self.activities_model = RecordTableModel(ACTIVITY_COLUMNS, parent=self)
        self.packages_view = _table(self.packages_model)
        self.problems_view = _table(self.problems_model)
        self.activities_view = _table(self.activities_model)
        self.show_unchanged = QCheckBox(self.tr("Show the activities that do not change"))
        self.show_unchanged.toggled.connect(self._show_activities)
        self.notes_label = QLabel(wordWrap=True)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out()
        self.packages_view.selectionModel().selectionChanged.connect(self._show_package)
        self._select_first()
        self.resize(1100, 640)

    def _lay_out(self) -> None:
        intro = QLabel(self.tr(
            "Nothing has been written yet. Check what importing would do, then import or "
            "cancel. Applying is all-or-nothing: a package with a rejected row is left out "
            "whole unless you choose to import only its valid rows."), wordWrap=True)
        self.details = QTabWidget()
        self.details.addTab(self._activities_tab(), "")
        self.details.addTab(self.problems_view, "")
        self.not_read_label = QLabel("\n".join(self.not_read), wordWrap=True)
        self.not_read_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.not_read_label.setVisible(bool(self.not_read))
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.notes_label)
        lower_layout.addWidget(self.details)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.packages_view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.not_read_label)
        layout.addWidget(splitter, 1)
        signatures = self._make_signature_box()
        if signatures is not None:
            layout.addWidget(signatures)
        layout.addWidget(self._make_buttons())
        for view in (self.packages_view, self.problems_view, self.activities_view):
            view.resizeColumnsToContents()
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _activities_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.show_unchanged)
        layout.addWidget(self.activities_view)
        return tab

    def _make_signature_box(self) -> QGroupBox | None:
        """A checkbox per decision the signatures ask for; None when none is needed."""
        packages = self.preview.packages
        self.key_boxes: dict[str, QCheckBox] = {}
        self.unsigned_box: QCheckBox | None = None
        self.undecided_label: QLabel | None = None
        unsigned = [p.file for p in packages if p.signature in NEEDS_ACCEPT_UNSIGNED]
        new_keys = _new_keys(packages)
        if not unsigned and not new_keys:
            return None
        box = QGroupBox(self.tr("Signatures"))
        layout = QVBoxLayout(box)
        for fingerprint, package in new_keys.items():
            office = package.sender_name or package.sender_id or ""
            layout.addWidget(QLabel(self.tr(
                "First signed package from {office}. Call the office and compare the key's "
                "fingerprint: {fingerprint}. Or trust the key file its IT exported (tenpoint "
                "keys export).").format(office=office, fingerprint=ltr(fingerprint)),
                wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse))
            check = QCheckBox(self.tr("I have checked this fingerprint with {office}").format(
                office=office))
            check.toggled.connect(self._choices_changed)
            self.key_boxes[fingerprint] = check
            row = QHBoxLayout()
            row.addWidget(check, 1)
            if self.key_file is not None:
                button = QPushButton(self.tr("Trust the office's &key file..."))
                button.clicked.connect(lambda _checked=False, f=fingerprint, p=package:
                                       self.trust_key_file(f, p))
                row.addWidget(button)
            layout.addLayout(row)
        if unsigned:
            layout.addWidget(QLabel(self.tr(
                "Not signed, or changed after signing: {files}. Nothing shows who made these "
                "files or that they are as exported. Import them only if you know where they "
                "come from; the activity history will record that they arrived unsigned."
            ).format(files=QLocale().createSeparatedList(unsigned)), wordWrap=True))
            self.unsigned_box = QCheckBox(self.tr("Import as unsigned data"))
            self.unsigned_box.toggled.connect(self._choices_changed)
            layout.addWidget(self.unsigned_box)
        self.undecided_label = QLabel(self.tr(
            "Until you decide, these packages are left out of the import."), wordWrap=True)
        layout.addWidget(self.undecided_label)
        return box

    def _make_buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox()
        self.apply_button = QPushButton(self.tr("&Import"))
        self.valid_rows_button = QPushButton(self.tr("Import only the &valid rows..."))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.valid_rows_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.valid_rows_button.setToolTip(self.tr(
            "Import the valid rows of packages with rejected rows; you then choose where to "
            "save a workbook listing the rejected rows."))
        self._update_buttons()
        self.apply_button.clicked.connect(self.apply)
        self.valid_rows_button.clicked.connect(self.import_valid_rows)
        self.cancel_button.clicked.connect(self.reject)
        return self.buttons

    def _update_buttons(self) -> None:
        packages = self.preview.packages
        importable = [p for p in packages if p.status != REJECTED]
        idle = self.worker is None
        self.apply_button.setEnabled(bool(importable) and idle)
        self.apply_button.setDefault(bool(importable))
        self.valid_rows_button.setVisible(any(valid_rows_possible(p) for p in packages))
        self.valid_rows_button.setEnabled(idle)

    # --- signature decisions -------------------------------------------------------------
    def trust_key_file(self, fingerprint: str, package: PackageOutcome) -> None:
        """The office's key file, checked against the key that signed its package: the same
        key ticks the box (the import then registers it); another is said, and refused."""
        chosen = self.key_file(package.sender_id)
        if chosen is None:
            return
        if chosen != fingerprint:
            QMessageBox.warning(self, self.tr("Not the key of this package"), self.tr(
                "The key file holds the key {chosen}, but {file} was signed with the key "
                "{fingerprint}. The package was not made with the key of that file: check "
                "with the office before importing it.").format(
                chosen=ltr(chosen), file=ltr(package.file), fingerprint=ltr(fingerprint)))
            return
        self.key_boxes[fingerprint].setChecked(True)
    def _choices_changed(self) -> None:
        self.signatures = SignatureChoices(
            accept_unsigned=bool(self.unsigned_box and self.unsigned_box.isChecked()),
            trusted_fingerprints=tuple(f for f, c in self.key_boxes.items() if c.isChecked()))
        if self.undecided_label is not None:  # said only while a decision is still open
            self.undecided_label.setVisible(not all(
                check.isChecked() for check in [*self.key_boxes.values(), self.unsigned_box]
                if check is not None))
        if self.recompute is None or self.worker is not None:
            self._update_buttons()  # a running recompute picks the new choices up when done
            return
        self._start_recompute()

    def _start_recompute(self) -> None:
        choices = self.signatures
        self._set_deciding(False)
        self.worker = run_with_progress(
            self, self.tr("Checking the packages again..."), self.recompute(choices),
            lambda preview: self._recomputed(preview, choices), self._recompute_failed)
        self._update_buttons()

    def _recomputed(self, preview: ImportPreview, choices: SignatureChoices) -> None:
        self.worker = None
        self._set_deciding(True)
        if choices != self.signatures:  # changed meanwhile: compute again with the latest
            self._start_recompute()
            return
        self.show_preview(preview)

    def _recompute_failed(self, error: Exception) -> None:
        self.worker = None
        self.recompute_failed.emit(error)  # the area words it; nothing was written
        self.reject()

    def _set_deciding(self, enabled: bool) -> None:
        for check in [*self.key_boxes.values(), self.unsigned_box]:
            if check is not None:
                check.setEnabled(enabled)

    def show_preview(self, preview: ImportPreview) -> None:
        """Show a recomputed preview (same files, other decisions)."""
        current = self.packages_view.currentIndex().row()
        self.preview = preview
        self.packages_model.set_records(preview.packages)
        self._update_buttons()
        if 0 <= current < len(preview.packages):
            select_row(self.packages_view, current)
        else:
            self._select_first()
        self.preview_changed.emit()

    def _select_first(self) -> None:
        packages = self.preview.packages
        rejected = [n for n, p in enumerate(packages) if p.status == REJECTED]
        if packages:
            select_row(self.packages_view, rejected[0] if rejected else 0)

    def selected_outcome(self) -> PackageOutcome | None:
        rows = self.packages_view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _show_package(self, selected: QItemSelection, _deselected=None) -> None:
        outcome = self.selected_outcome()
        if outcome is None:
            return
        # Rejections first: a warning (edited since export) alone does not stop an import.
        self.problems_model.set_records(sorted(outcome.problems, key=lambda p: p.is_warning))
        self.problems_view.resizeColumnsToContents()
        self.notes_label.setText("\n".join(outcome_notes(outcome)))
        self.notes_label.setVisible(bool(outcome_notes(outcome)))
        self.details.setTabText(1, self.tr("Problems in {file}: {n}").format(
            file=outcome.file, n=len(outcome.problems)))
        self._show_activities()
        # A package waiting for a decision opens on what it brings: that is what to decide on.
        refused = outcome.status == REJECTED and not waiting_codes(outcome)
        self.details.setCurrentIndex(1 if refused else 0)

    def _show_activities(self) -> None:
        """The selected package's activities: those that change something, or all."""
        outcome = self.selected_outcome()
        if outcome is None:
            return
        plans = outcome.activities if self.show_unchanged.isChecked() \
            else activities_worth_reading(outcome.activities)
        self.activities_model.set_records(activity_lines(plans))
        self.activities_view.resizeColumnsToContents()
        self.details.setTabText(0, self.tr("Activities: {shown} of {n}").format(
            shown=len(plans), n=len(outcome.activities)))

    def apply(self) -> None:
        self.choice = APPLY
        self.accept()

    def import_valid_rows(self) -> None:
        self.choice = VALID_ROWS_ONLY
        self.accept()
