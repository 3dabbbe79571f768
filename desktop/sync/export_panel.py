"""Export: an office's package, headquarters' update for an office or region, blank templates.

Signals: exported(object) with the ExportResult after a file was written and recorded.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from db.catalog.queries import countries
from db.errors import TenpointDataError
from db.installation.office import OfficeIdentity, local_office
from db.sync.exporting import (
    ExportResult,
    export_hq_package,
    export_office_package,
    export_template,
)
from db.sync.scopes import field_offices, regions
from desktop.context import AppContext
from desktop.shared.folders import EXPORT_PACKAGE, last_folder, remember_folder
from desktop.shared.labels import catalog_label
from desktop.shared.messages import error_message
from desktop.shared.sync_messages import sync_error_message
from desktop.shared.translate import translate
from desktop.shared.workbook_wording import writing_wording
from desktop.shared.workers import Worker, run_with_progress
from exporters.encryption import is_encrypted_workbook
from exporters.errors import OperationCancelled

# One context for the two panels that ask for a workbook (ExportPanel, SyncArea).
XLSX_FILTER = (
    #: A file dialog's filter: keep "(*.xlsx)", which picks the files the dialog lists.
    QT_TRANSLATE_NOOP("sync", "Excel workbook (*.xlsx)"))


def xlsx_filter() -> str:
    return translate("sync", XLSX_FILTER)


def narrow_combo() -> QComboBox:
    """A list as narrow as a dozen characters, not as its longest entry (an office's or a
    country's long name would widen the whole side column)."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


def file_slug(name: str) -> str:
    """An office name as a safe part of a file name."""
    return re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower() or "office"


def xlsx_path(path: str) -> Path:
    """The chosen path, with .xlsx added when the person typed a bare name."""
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == ".xlsx" else chosen.with_name(chosen.name + ".xlsx")


class ExportPanel(QWidget):
    """The export and template choices that fit this installation (office or headquarters)."""

    exported = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.identity: OfficeIdentity | None = None
        self._region_names: dict[str, str] = {}
        self.worker: Worker | None = None
        self._build()

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.export_box = QGroupBox(self.tr("Export"))
        self.template_box = QGroupBox(self.tr("Blank template"))
        self._build_office_export()
        self._build_hq_export()
        self._build_template()
        self.protection_box = self._make_protection_box()
        self.result_label = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.export_box)
        layout.addWidget(self.template_box)
        layout.addWidget(self.protection_box)
        layout.addWidget(self.result_label)
        layout.addStretch(1)

    def _build_office_export(self) -> None:
        self.office_widget = QWidget()
        self.all_radio = QRadioButton(self.tr("All this office's activities"))
        self.changed_radio = QRadioButton(self.tr("Only those changed since the last export"))
        self.all_radio.setChecked(True)
        self.export_button = QPushButton(self.tr("E&xport package..."))
        self.export_button.clicked.connect(self.export_package)
        layout = QVBoxLayout(self.office_widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("A package for headquarters, to send by e-mail or on "
                                        "a USB stick."), wordWrap=True))
        layout.addWidget(self.all_radio)
        layout.addWidget(self.changed_radio)
        layout.addWidget(self.export_button)

    def _build_hq_export(self) -> None:
        self.hq_widget = QWidget()
        self.office_radio = QRadioButton(self.tr("For an office:"))
        self.region_radio = QRadioButton(self.tr("For a region:"))
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.office_radio)
        self.scope_group.addButton(self.region_radio)
        self.office_combo = narrow_combo()
        self.region_combo = narrow_combo()
        self.update_button = QPushButton(self.tr("E&xport update..."))
        self.update_button.clicked.connect(self.export_package)
        self.scope_group.buttonToggled.connect(self._update_buttons)
        grid = QGridLayout(self.hq_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("An update package: the region's merged activities, "
                                      "catalog updates, and what headquarters holds of the "
                                      "office's work."), wordWrap=True), 0, 0, 1, 2)
        grid.addWidget(self.office_radio, 1, 0)
        grid.addWidget(self.office_combo, 1, 1)
        grid.addWidget(self.region_radio, 2, 0)
        grid.addWidget(self.region_combo, 2, 1)
        grid.addWidget(self.update_button, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self.export_box)
        layout.addWidget(self.office_widget)
        layout.addWidget(self.hq_widget)

    def _build_template(self) -> None:
        self.template_office_edit = QLineEdit(placeholderText=self.tr("e.g. Nairobi"))
        self.template_country_combo = narrow_combo()
        self.template_country_combo.addItem(self.tr("(choose a country)"), None)
        for code, name in countries(self.context.database):
            self.template_country_combo.addItem(f"{name} ({code})", code)
        self.template_button = QPushButton(self.tr("Write &template..."))
        self.template_button.clicked.connect(self.write_template)
        self.template_explain = QLabel(wordWrap=True)
        self.template_form = QWidget()
        form = QFormLayout(self.template_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Office:"), self.template_office_edit)
        form.addRow(self.tr("Country:"), self.template_country_combo)
        layout = QVBoxLayout(self.template_box)
        layout.addWidget(self.template_explain)
        layout.addWidget(self.template_form)
        row = QHBoxLayout()
        row.addWidget(self.template_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.template_office_edit.textChanged.connect(self._update_buttons)
        self.template_country_combo.currentIndexChanged.connect(self._update_buttons)

    def _make_protection_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Password"))
        self.protect_check = QCheckBox(self.tr("&Protect with a password"))
        self.password_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password_reason = QLabel(wordWrap=True)
        self.password_fields = QWidget()
        form = QFormLayout(self.password_fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(QLabel(self.tr(
            "The packages and templates written here are then encrypted: Excel, LibreOffice "
            "and Tenpoint ask for the password to open them. Give it to the recipient another "
            "way than the file (by phone, say). A lost password cannot be recovered."),
            wordWrap=True))
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow(self.tr("&Again:"), self.confirm_edit)
        form.addRow(self.password_reason)
        self.password_fields.setVisible(False)
        layout = QVBoxLayout(box)
        layout.addWidget(self.protect_check)
        layout.addWidget(self.password_fields)
        self.protect_check.toggled.connect(self._protection_toggled)
        self.password_edit.textChanged.connect(self._update_buttons)
        self.confirm_edit.textChanged.connect(self._update_buttons)
        return box

    def _protection_toggled(self, checked: bool) -> None:
        self.password_fields.setVisible(checked)
        if not checked:  # a password is kept no longer than needed, and never in settings
            self.password_edit.clear()
            self.confirm_edit.clear()
        self._update_buttons()

    def password(self) -> str | None:
        """The password to protect the next file with; None when not protecting."""
        return self.password_edit.text() if self.protect_check.isChecked() else None

    def _password_problem(self) -> str:
        """Why the files cannot be written yet with protection chosen ("" when they can)."""
        if not self.protect_check.isChecked():
            return ""
        if not self.password_edit.text() or not self.confirm_edit.text():
            return self.tr("Type the password in both fields.")
        if self.password_edit.text() != self.confirm_edit.text():
            return self.tr("The two passwords differ.")
        return ""

    # --- state ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the choices for this installation's role and the offices known now."""
        self.identity = local_office(self.context.database)
        hq = self.identity is not None and self.identity.is_headquarters
        self.office_widget.setVisible(not hq)
        self.hq_widget.setVisible(hq)
        self.template_form.setVisible(hq)
        self.template_explain.setText(self.tr(
            "A workbook with pre-assigned activity IDs for an office without Tenpoint to fill "
            "in by hand; importing it twice never creates duplicates.") if hq else self.tr(
            "A workbook with pre-assigned activity IDs, to enter many activities in Excel and "
            "import them here."))
        if hq:
            self._fill_combo(self.office_combo, [(s.name, s.code) for s in
                                                 field_offices(self.context.database)])
            found = regions(self.context.database)  # in conference order: Gulf of Aden first
            # English names for the file's name (file_slug keeps Latin letters only).
            self._region_names = {s.code: s.name for s in found}
            self._fill_combo(self.region_combo, [(f"{catalog_label(s.name)} ({s.code})", s.code)
                                                 for s in found])
            if self.scope_group.checkedButton() is None:
                (self.office_radio if self.office_combo.count() else self.region_radio
                 ).setChecked(True)
        self._update_buttons()

    def _fill_combo(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.clear()
        for text, code in items:
            combo.addItem(text, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _update_buttons(self, *args) -> None:
        reason = self._password_problem()
        self.password_reason.setText(reason)
        self.password_reason.setVisible(bool(reason))
        ready = self.identity is not None and self.worker is None and not reason
        self.export_button.setEnabled(ready)
        scope_combo = self.office_combo if self.office_radio.isChecked() else self.region_combo
        self.update_button.setEnabled(ready and scope_combo.count() > 0)
        self.office_radio.setEnabled(self.office_combo.count() > 0)
        hq = self.identity is not None and self.identity.is_headquarters
        named = bool(self.template_office_edit.text().strip()
                     and self.template_country_combo.currentData())
        self.template_button.setEnabled(ready and (named or not hq))
        if self.identity is None:
            self.result_label.setText(self.tr("Set up this installation's office (File > "
                                              "Office identity) before exporting."))

    # --- exporting -----------------------------------------------------------------------
    def _ask_path(self, title: str, name: str) -> Path | None:
        settings = self.context.settings
        folder = last_folder(settings, EXPORT_PACKAGE)
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name),
                                              xlsx_filter())
        if not path:
            return None
        chosen = xlsx_path(path)
        remember_folder(settings, EXPORT_PACKAGE, chosen.parent)
        return chosen

    def _default_name(self, what: str, recipient: str | None = None) -> str:
        """tenpoint-<office>-<what>[-<recipient>]-<date>.xlsx: an update names whom it is
        for, so headquarters' files for several offices are told apart."""
        office = self.identity.name if self.identity else "office"
        to = f"-{file_slug(recipient)}" if recipient else ""
        return f"tenpoint-{file_slug(office)}-{what}{to}-{date.today().isoformat()}.xlsx"

    def _recipient_name(self) -> str | None:
        """The office or region headquarters' update is for (its name, no region code)."""
        if self.office_radio.isChecked():
            return self.office_combo.currentText() or None
        code = self.region_combo.currentData()
        return self._region_names.get(code) if code else None

    def export_package(self) -> None:
        """Ask where to save, then write this installation's package behind a progress dialog."""
        hq = self.identity is not None and self.identity.is_headquarters
        path = self._ask_path(self.tr("Export update package") if hq
                              else self.tr("Export package"),
                              self._default_name("update", self._recipient_name()) if hq
                              else self._default_name("package"))
        if path is None:
            return
        database, user, password = self.context.database, self.context.user, self.password()
        wording = writing_wording()  # in the interface's language
        if hq:
            scope = ({"office_uuid": self.office_combo.currentData()}
                     if self.office_radio.isChecked()
                     else {"region_code": self.region_combo.currentData()})
            def job(progress, cancelled):
                return export_hq_package(database, path, progress=progress,
                                         cancelled=cancelled, user=user, password=password,
                                         wording=wording, **scope)
        else:
            changed_only = self.changed_radio.isChecked()
            def job(progress, cancelled):
                return export_office_package(database, path, changed_only=changed_only,
                                             progress=progress, cancelled=cancelled, user=user,
                                             password=password, wording=wording)
        self._run(self.tr("Writing {file}...").format(file=path.name), job)

    def write_template(self) -> None:
        """A blank template for this office or, at headquarters, for the office named."""
        hq = self.identity is not None and self.identity.is_headquarters
        office = self.template_office_edit.text().strip() if hq else None
        country = self.template_country_combo.currentData() if hq else None
        name = f"tenpoint-{file_slug(office or self.identity.name)}-template-" \
               f"{date.today().isoformat()}.xlsx"
        path = self._ask_path(self.tr("Write blank template"), name)
        if path is None:
            return
        database, user, password = self.context.database, self.context.user, self.password()
        wording = writing_wording()  # in the interface's language
        def job(progress, cancelled):
            return export_template(database, path, office_name=office, country=country,
                                   user=user, password=password, wording=wording)
        self._run(self.tr("Writing {file}...").format(file=path.name), job)

    def _run(self, label: str, job) -> None:
        self.result_label.clear()
        self.worker = run_with_progress(self, label, job, self._finished, self._failed)
        self._update_buttons()

    def _written_text(self, result: ExportResult) -> str:
        """What was written: a template and its rows, or a package and what it carries."""
        manifest = result.manifest
        if result.template_rows:
            return self.tr("Wrote {path}: a template for {office} with %Ln rows.", "",
                           result.template_rows).format(path=result.path,
                                                        office=manifest.office_name)
        contents = QLocale().createSeparatedList([
            self.tr("%Ln activities", "", manifest.activity_count),
            self.tr("%Ln deletions", "", manifest.deletion_count)])
        return self.tr("Wrote {path}: {contents}. It is listed in the history as sent.").format(
            path=result.path, contents=contents)

    def _finished(self, result: ExportResult) -> None:
        self.worker = None
        text = self._written_text(result)
        if is_encrypted_workbook(result.path):
            text += " " + self.tr("It is protected with a password.")
        self.result_label.setText(text)
        self._update_buttons()
        self.exported.emit(result)

    def _failed(self, error: Exception) -> None:
        self.worker = None
        self._update_buttons()
        if isinstance(error, OperationCancelled):
            self.result_label.setText(self.tr("Export cancelled: no file was written and "
                                              "nothing was recorded as sent."))
            return
        if not isinstance(error, TenpointDataError):
            raise error
        self.result_label.setText(sync_error_message(error) or error_message(error))
