"""The activity editor: record or change a follow-up activity, or read one another office owns."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.activities import (
    ActivityInput,
    ActivityRecord,
    ActivityValidationError,
    StaleActivityError,
    check_activity,
    create_activity,
    get_activity,
    update_activity,
)
from db.activity_queries import CatalogChoice
from db.errors import TenpointDataError
from desktop.activities.fields import (
    CountryCombo,
    FieldBox,
    LinkedItemsEdit,
    OptionalDateEdit,
    PeopleReachedEdit,
)
from desktop.activities.formatting import field_label, local_time_text
from desktop.activities.messages import activity_error_message, problem_message
from desktop.context import AppContext
from desktop.labels import ACTIVITY_KINDS, STATUSES, activity_kind_label, status_label

GEOMETRY_KEY = "activities/editor_geometry"
TEXT_FIELDS = ("description", "progress_notes", "outcome", "evidence")


class TextBox(QPlainTextEdit):
    """A multi-line field that asks for a few lines and grows into the room the form has."""

    def __init__(self, placeholder: str, lines: int) -> None:
        super().__init__()
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self._lines = lines
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:
        # QPlainTextEdit asks for ~12 lines; that many per box would not fit a laptop screen
        height = self.fontMetrics().lineSpacing() * self._lines + 2 * self.frameWidth() + 8
        return QSize(super().sizeHint().width(), height)


def _text_edit(placeholder: str, lines: int = 4) -> TextBox:
    return TextBox(placeholder, lines)


class ActivityEditor(QDialog):
    """Edits one activity; read-only for other offices' activities and deleted ones.

    Signals: saved(str) with the activity's UUID after it was saved.
    """

    saved = Signal(str)

    def __init__(self, context: AppContext, choices: list[CatalogChoice],
                 countries: list[tuple[str, str]], record: ActivityRecord | None = None,
                 item_codes: Sequence[str] = (), default_country: str | None = None,
                 parent: QWidget | None = None, only_country: str | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.record = record
        self.read_only = record is not None and (not record.editable
                                                 or record.deleted_at is not None)
        self._checked = False  # after a refused save, problems are re-checked as one types
        self._build_fields(choices, countries, only_country)
        self._lay_out()
        self._fill(record, item_codes, default_country)
        self._initial = self.current_input()
        self._connect_changes()
        self.set_read_only(self.read_only)
        self._restore_geometry()

    # --- building ------------------------------------------------------------------------
    def _build_fields(self, choices: list[CatalogChoice], countries,
                      only_country: str | None) -> None:
        self.title_edit = QLineEdit(placeholderText=self.tr("What is being done, in a line"))
        self.items_edit = LinkedItemsEdit(choices)
        self.description_edit = _text_edit(self.tr("What the activity is and who it is for"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("(not set)"), None)
        for code in ACTIVITY_KINDS:
            self.kind_combo.addItem(activity_kind_label(code), code)
        self.status_combo = QComboBox()
        for code in STATUSES:
            self.status_combo.addItem(status_label(code), code)
        self.start_edit = OptionalDateEdit()
        self.end_edit = OptionalDateEdit()
        self.country_combo = CountryCombo(countries,
                                          offered=(only_country,) if only_country else None)
        self.lead_edit = QLineEdit(placeholderText=self.tr("e.g. Ministry of Interior"))
        self.partners_edit = QLineEdit(placeholderText=self.tr("Other organisations taking "
                                                                "part, separated by commas"))
        self.progress_edit = _text_edit(self.tr("Where the activity stands"), 3)
        self.outcome_edit = _text_edit(self.tr("What it achieved"), 3)
        self.evidence_edit = _text_edit(self.tr("References to documents or links, one per "
                                                "line"), 3)
        self.people_edit = PeopleReachedEdit()
        self.boxes = {name: FieldBox(widget) for name, widget in (
            ("title", self.title_edit), ("item_codes", self.items_edit),
            ("description", self.description_edit), ("kind", self.kind_combo),
            ("status", self.status_combo), ("start_date", self.start_edit),
            ("end_date", self.end_edit), ("country_iso2", self.country_combo),
            ("lead_organisation", self.lead_edit), ("partners", self.partners_edit),
            ("progress_notes", self.progress_edit), ("outcome", self.outcome_edit),
            ("evidence", self.evidence_edit), ("people_reached", self.people_edit))}

    def _form(self, names: Sequence[str]) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        mnemonics = {"title": self.tr("&Title:"), "item_codes": self.tr("&Linked items:"),
                     "description": self.tr("&Description:"), "status": self.tr("Stat&us:"),
                     "country_iso2": self.tr("C&ountry:"),
                     "lead_organisation": self.tr("Lead or&ganisation:")}
        for name in names:
            label = QLabel(mnemonics.get(name, field_label(name) + ":"))
            label.setBuddy(self.boxes[name].field)
            form.addRow(label, self.boxes[name])
        return form

    def _lay_out(self) -> None:
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setMargin(6)
        self.banner.hide()
        columns = QHBoxLayout()
        columns.addLayout(self._form(("title", "item_codes", "description", "kind", "status",
                                      "start_date", "end_date")), 1)
        columns.addLayout(self._form(("country_iso2", "lead_organisation", "partners",
                                      "progress_notes", "outcome", "evidence",
                                      "people_reached")), 1)
        page = QWidget()
        page.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.general_error = FieldBox(QWidget())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        layout = QVBoxLayout(self)
        for widget in (self.banner, scroll, self.general_error, self.info_label, self.buttons):
            layout.addWidget(widget, 1 if widget is scroll else 0)

    def _connect_changes(self) -> None:
        for edit in (self.title_edit, self.lead_edit, self.partners_edit, self.people_edit):
            edit.textChanged.connect(self._edited)
        for edit in (self.description_edit, self.progress_edit, self.outcome_edit,
                     self.evidence_edit):
            edit.textChanged.connect(self._edited)
        for combo in (self.kind_combo, self.status_combo):
            combo.currentIndexChanged.connect(self._edited)
        self.country_combo.currentTextChanged.connect(self._edited)
        for changing in (self.start_edit, self.end_edit, self.items_edit):
            changing.changed.connect(self._edited)

    # --- values --------------------------------------------------------------------------
    def _fill(self, record: ActivityRecord | None, item_codes: Sequence[str],
              default_country: str | None) -> None:
        if record is None:
            record = ActivityRecord(title="", item_codes=tuple(item_codes),
                                    country_iso2=default_country)
        self.title_edit.setText(record.title)
        self.title_edit.setCursorPosition(0)  # long titles show their beginning
        self.items_edit.set_codes(record.item_codes)
        self.description_edit.setPlainText(record.description)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(record.kind)))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(record.status)))
        self.start_edit.set_value(record.start_date)
        self.end_edit.set_value(record.end_date)
        self.country_combo.set_value(record.country_iso2)
        self.lead_edit.setText(record.lead_organisation)
        self.partners_edit.setText(record.partners)
        self.progress_edit.setPlainText(record.progress_notes)
        self.outcome_edit.setPlainText(record.outcome)
        self.evidence_edit.setPlainText(record.evidence)
        self.people_edit.set_value(record.people_reached)
        self._show_record_info()

    def current_input(self) -> ActivityInput:
        """What the form holds now, as the service takes it."""
        return ActivityInput(
            title=self.title_edit.text(), item_codes=self.items_edit.codes(),
            description=self.description_edit.toPlainText(),
            country_iso2=self.country_combo.value(), lead_organisation=self.lead_edit.text(),
            partners=self.partners_edit.text(), kind=self.kind_combo.currentData(),
            status=self.status_combo.currentData(), start_date=self.start_edit.value(),
            end_date=self.end_edit.value(), progress_notes=self.progress_edit.toPlainText(),
            outcome=self.outcome_edit.toPlainText(), evidence=self.evidence_edit.toPlainText(),
            people_reached=self.people_edit.value())

    def is_modified(self) -> bool:
        return not self.read_only and self.current_input() != self._initial

    # --- read-only and information -------------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        for edit in (self.title_edit, self.lead_edit, self.partners_edit, self.people_edit,
                     self.description_edit, self.progress_edit, self.outcome_edit,
                     self.evidence_edit):
            edit.setReadOnly(read_only)
        for widget in (self.kind_combo, self.status_combo, self.country_combo):
            widget.setEnabled(not read_only)
        for optional in (self.start_edit, self.end_edit, self.items_edit):
            optional.set_read_only(read_only)
        self.save_button.setVisible(not read_only)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Close") if read_only else self.tr("Cancel"))
        self._show_banner()
        self._show_title()

    def _show_banner(self) -> None:
        record = self.record
        if record is None or not self.read_only:
            self.banner.hide()
            return
        if record.deleted_at is not None:
            text = self.tr("This activity was deleted on {when}. It is kept so that the "
                           "deletion reaches the other offices; it cannot be changed.").format(
                when=local_time_text(record.deleted_at))
        else:
            text = self.tr("Recorded by {owner}. It is shown here read-only: only its owner "
                           "can change it.").format(owner=record.owner_office_name)
        self.banner.setText(text)
        self.banner.show()

    def _show_title(self) -> None:
        if self.record is None:
            self.setWindowTitle(self.tr("New activity"))
        elif self.read_only:
            self.setWindowTitle(self.tr("Activity (read-only): {title}").format(
                title=self.record.title))
        else:
            self.setWindowTitle(self.tr("Edit activity: {title}").format(title=self.record.title))

    def _show_record_info(self) -> None:
        record = self.record
        if record is None:
            self.info_label.setText(self.tr("Fields marked by a message must be corrected "
                                            "before saving. Save with Ctrl+S."))
            return
        self.info_label.setText(self.tr(
            "Created by {creator} on {created}; last changed by {editor} on {updated} "
            "(revision {revision}).").format(
            creator=record.created_by, created=local_time_text(record.created_at),
            editor=record.updated_by, updated=local_time_text(record.updated_at),
            revision=record.revision))

    # --- validation ----------------------------------------------------------------------
    def _edited(self, *args) -> None:
        if self._checked and not self.read_only:
            self.show_problems(check_activity(self.context.database, self.current_input()))

    def show_problems(self, problems: list[tuple[str, str, object]]) -> None:
        """Each problem's sentence next to its field; the first faulty field gets the focus."""
        by_field: dict[str, list[str]] = {}
        for field, code, value in problems:
            by_field.setdefault(field, []).append(problem_message(field, code, value))
        for name, box in self.boxes.items():
            box.show_error(" ".join(by_field.pop(name, [])))
        self.general_error.show_error(" ".join(
            f"{field_label(f)}: {' '.join(m)}" for f, m in by_field.items()))

    def _focus_first_problem(self) -> None:
        for box in self.boxes.values():
            if box.error():
                box.field.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # --- saving and closing --------------------------------------------------------------
    def save(self) -> bool:
        """Save the form; problems are shown next to their fields and nothing is closed."""
        if self.read_only:
            return False
        data = self.current_input()
        try:
            record = self._write(data)
        except ActivityValidationError as error:
            self._checked = True
            self.show_problems(error.problems)
            self._focus_first_problem()
            return False
        except StaleActivityError as error:
            self._offer_reload(error)
            return False
        except TenpointDataError as error:
            QMessageBox.warning(self, self.tr("Activity not saved"),
                                activity_error_message(error))
            return False
        self.record, self._initial = record, data
        self.saved.emit(record.uuid)
        self.accept()
        return True

    def _write(self, data: ActivityInput) -> ActivityRecord:
        database, user = self.context.database, self.context.user
        if self.record is None:
            return create_activity(database, data, user)
        return update_activity(database, self.record.uuid, data, user,
                               expected_revision=self.record.revision)

    def _offer_reload(self, error: StaleActivityError) -> None:
        """Someone saved first: never overwrite; the person may reload or keep their text."""
        answer = QMessageBox.question(
            self, self.tr("Saved by someone else"),
            activity_error_message(error) + "\n\n" + self.tr(
                "Load the saved version now? Your changes will be lost; choose No to keep "
                "them on screen and copy what you need first."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.reload()

    def reload(self) -> None:
        """Show the saved version of the activity, dropping the unsaved changes."""
        self.record = get_activity(self.context.database, self.record.uuid)
        self._fill(self.record, (), None)
        self._initial = self.current_input()
        self._checked = False
        self.show_problems([])
        self.read_only = (self.read_only or not self.record.editable
                          or self.record.deleted_at is not None)
        self.set_read_only(self.read_only)

    def reject(self) -> None:
        """Esc, Cancel and the window's close button: ask before unsaved changes are lost."""
        if self.is_modified():
            answer = QMessageBox.warning(
                self, self.tr("Unsaved changes"),
                self.tr("This activity has changes that are not saved. Save them?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def done(self, result: int) -> None:
        self.context.settings.set_state(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

    def _restore_geometry(self) -> None:
        geometry = self.context.settings.state(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1040, 680)
