"""The activity editor: record or change a follow-up activity, or read one another office owns."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.activities.queries import CatalogChoice
from db.activities.service import (
    ActivityRecord,
    CountryOptions,
    check_activity,
    create_activity,
    get_activity,
    update_activity,
)
from db.errors import ActivityValidationError, StaleActivityError, TenpointDataError
from desktop.activities.fields import FieldBox, field_input, show_hint
from desktop.activities.messages import problem_message
from desktop.context import AppContext
from desktop.shared.formatting import local_time_text, time_zone_text
from desktop.shared.labels import field_label
from desktop.shared.messages import activity_error_message
from desktop.shared.translate import translate
from desktop.shared.unsaved import may_discard
from exporters import problems as problem_codes
from exporters.activity import FIELDS, ActivityContent

GEOMETRY_KEY = "activities/editor_geometry"
# The form's two columns, by field name (every field of the declaration, once).
COLUMNS = (("title", "item_codes", "description", "kind", "status", "start_date", "end_date"),
           ("country_iso2", "lead_organisation", "partners", "progress_notes", "outcome",
            "evidence", "people_reached"))
# The fields Alt+letter jumps to: their label with the "&" each language places on a letter of
# its own wording. The English is the field's label (exporters/activity.py) with the "&" added
# (tests/desktop/activities/test_editor.py holds them together); the other fields' labels are
# the declared ones.
ACCESS_LABELS = {
    "title": QT_TRANSLATE_NOOP("ActivityEditor", "&Title"),
    "item_codes": QT_TRANSLATE_NOOP("ActivityEditor", "&Linked items"),
    "description": QT_TRANSLATE_NOOP("ActivityEditor", "&Description"),
    "status": QT_TRANSLATE_NOOP("ActivityEditor", "Stat&us"),
    "country_iso2": QT_TRANSLATE_NOOP("ActivityEditor", "C&ountry"),
    "lead_organisation": QT_TRANSLATE_NOOP("ActivityEditor", "Lead or&ganisation"),
}


def form_label(name: str) -> str:
    """A field's label in the form, with its access key and the colon the language puts."""
    access = ACCESS_LABELS.get(name)
    label = translate("ActivityEditor", access) if access else field_label(name)
    return translate("ActivityEditor", "{field}:").format(field=label)


class ActivityEditor(QDialog):
    """Edits one activity; read-only for other offices' activities and deleted ones.

    Signals: saved(str) with the activity's UUID after it was saved.
    """

    saved = Signal(str)

    def __init__(self, context: AppContext, choices: list[CatalogChoice],
                 countries: CountryOptions, record: ActivityRecord | None = None,
                 item_codes: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.record = record
        self.read_only = record is not None and (not record.editable
                                                 or record.deleted_at is not None)
        self._checked = False  # after a refused save, problems are re-checked as one types
        self._build_fields(choices, countries)
        self._lay_out()
        self._fill(record, item_codes, countries.default)
        self._initial = self.current_input()
        self._connect_changes()
        self.set_read_only(self.read_only)
        self._restore_geometry()

    # --- building ------------------------------------------------------------------------
    def _build_fields(self, choices: list[CatalogChoice], countries: CountryOptions) -> None:
        """One input per field of the activity's declaration, each in a box for its error."""
        self.inputs = {spec.name: field_input(spec, choices, countries) for spec in FIELDS}
        self.boxes = {name: FieldBox(widget) for name, widget in self.inputs.items()}

    def _form(self, names: Sequence[str]) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            label = QLabel(form_label(name))
            label.setBuddy(self.inputs[name])
            form.addRow(label, self.boxes[name])
        return form

    def _lay_out(self) -> None:
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setMargin(6)
        self.banner.hide()
        columns = QHBoxLayout()
        for names in COLUMNS:
            columns.addLayout(self._form(names), 1)
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
        for widget in self.inputs.values():
            widget.changed.connect(self._edited)

    # --- values --------------------------------------------------------------------------
    def _fill(self, record: ActivityRecord | None, item_codes: Sequence[str],
              default_country: str | None) -> None:
        content = (record.content() if record is not None else
                   ActivityContent(item_codes=tuple(item_codes), country_iso2=default_country))
        for name, value in content.values().items():
            self.inputs[name].set_value(value)
        self._show_record_info()

    def current_input(self) -> ActivityContent:
        """What the form holds now, as the service takes it."""
        return ActivityContent(**{name: widget.value() for name, widget in self.inputs.items()})

    def is_modified(self) -> bool:
        return not self.read_only and (self.current_input() != self._initial
                                       or bool(self.input_problems()))

    def input_problems(self) -> list[tuple[str, str, object]]:
        """What the form cannot even hand to the service: a number that is no whole number
        ("about 50"), as (field, problem code, text typed)."""
        found = []
        for name, widget in self.inputs.items():
            typed = widget.problem() if hasattr(widget, "problem") else None
            if typed is not None:
                found.append((name, problem_codes.INVALID_NUMBER, typed))
        return found

    def _all_problems(self) -> list[tuple[str, str, object]]:
        """The form's own problems, then the activity rules' on the rest."""
        typed = self.input_problems()
        faulty = {field for field, _code, _value in typed}
        checked = check_activity(self.context.database, self.current_input())
        return typed + [problem for problem in checked if problem[0] not in faulty]

    # --- read-only and information -------------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        for widget in self.inputs.values():
            widget.set_read_only(read_only)
            show_hint(widget, not read_only)  # "e.g. ..." invites typing where none can be
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
        if record.reported_in_2011:  # its stored times are when the catalog was loaded here
            self.info_label.setText(self.tr(
                "Reported in the June 2011 compilation: the baseline of the follow-up, kept as "
                "reported."))
            return
        # which office owns it, first: at headquarters every office's activities are shown
        owner = self.tr("Recorded by {office}.").format(
            office=record.owner_office_name) + " " if record.owner_office_name else ""
        self.info_label.setText(owner + self.tr(
            "Created by {creator} on {created}; last changed by {editor} on {updated} "
            "(revision {revision}, times in local time, {zone}).").format(
            creator=record.created_by, created=local_time_text(record.created_at),
            editor=record.updated_by, updated=local_time_text(record.updated_at),
            revision=record.revision, zone=time_zone_text(record.updated_at)))

    # --- validation ----------------------------------------------------------------------
    def _edited(self, *args) -> None:
        if self._checked and not self.read_only:
            self.show_problems(self._all_problems())

    def show_problems(self, problems: list[tuple[str, str, object]]) -> None:
        """Each problem's sentence next to its field; the first faulty field gets the focus."""
        by_field: dict[str, list[str]] = {}
        for field, code, value in problems:
            by_field.setdefault(field, []).append(problem_message(field, code, value))
        for name, box in self.boxes.items():
            box.show_error(" ".join(by_field.pop(name, [])))
        self.general_error.show_error(" ".join(
            self.tr("{field}: {problems}").format(field=field_label(f), problems=" ".join(m))
            for f, m in by_field.items()))

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
        typed = self.input_problems()
        if typed:  # never saved as something else than what was typed
            self._checked = True
            self.show_problems(self._all_problems())
            self._focus_first_problem()
            return False
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

    def _write(self, data: ActivityContent) -> ActivityRecord:
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
        if self.is_modified() and not may_discard(
                self, self.tr("Unsaved changes"),
                self.tr("This activity has changes that are not saved. Save them?"), self.save):
            return
        super().reject()

    def done(self, result: int) -> None:
        self.context.settings.set_state(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)

    def _restore_geometry(self) -> None:
        geometry = self.context.settings.state(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1040, 680)
