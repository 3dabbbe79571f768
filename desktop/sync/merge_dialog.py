"""Resolving a conflict field by field: keep mine or take theirs, edit the result, save it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from db.activities.service import CountryOptions, check_activity, country_options
from db.errors import ActivityValidationError, TenpointDataError
from db.sync.conflicts import ConflictRecord, merged_draft, resolve_conflict
from db.sync.errors import ConflictNotFoundError
from db.sync.merge_rule import ITEM_CODES, Version
from desktop.context import AppContext
from desktop.shared.bidi import emphasis
from desktop.shared.countries import fill_country_box
from desktop.shared.labels import field_label
from desktop.shared.messages import activity_error_message
from desktop.shared.sync_messages import problem_message, sync_error_message
from desktop.shared.translate import translated_label
from desktop.sync.comparison import html_text, marked_difference, value_text
from exporters import cells
from exporters.activity import (
    BY_NAME,
    COLUMN_NAMES,
    DEFAULTS,
    FIELDS,
    LABEL_CONTEXT,
    ActivityContent,
    ActivityField,
)
from exporters.problems import Problem
from exporters.value_types import CHOICE, CODES, COUNTRY, DATE, INTEGER

MINE, THEIRS, BOTH = "mine", "theirs", "both"
ERROR_STYLE = "color: #b3261e;"  # readable on light and mid-grey backgrounds
Problems = list[tuple[str, str, object]]  # (field, problem code, value), as the rules report


# --- the two contents ------------------------------------------------------------------------


def merge_versions(conflict: ConflictRecord) -> tuple[Version, Version]:
    """The two contents a person merges. Deletion is not among the choices (a merged version
    keeps the activity); a deleted version that carries no content counts as the other one."""
    local = replace(conflict.local, deleted_at=None)
    incoming = replace(conflict.incoming, deleted_at=None)
    if not set(COLUMN_NAMES) <= incoming.values.keys():
        incoming = replace(incoming, values=dict(local.values), item_codes=local.item_codes)
    return local, incoming


def differing_fields(conflict: ConflictRecord) -> tuple[str, ...]:
    """The fields whose contents differ, in the activity's field order."""
    local, incoming = merge_versions(conflict)
    found = set(replace(conflict, local=local, incoming=incoming).differing_fields())
    return tuple(spec.name for spec in FIELDS if spec.name in found)


def side_value(version: Version, name: str) -> object:
    """A field's value in one version, as the activity service takes it."""
    if name == ITEM_CODES:
        return tuple(sorted(version.item_codes))
    value = version.values.get(name)
    return DEFAULTS[name] if value is None else value


def deleting_side(conflict: ConflictRecord) -> str | None:
    """MINE or THEIRS when that version deletes the activity and the other keeps it."""
    if conflict.local.deleted == conflict.incoming.deleted:
        return None
    return MINE if conflict.local.deleted else THEIRS


def _same(left: object, right: object) -> bool:
    """Item codes are the same whatever their order; other values as they are."""
    if isinstance(left, tuple) and isinstance(right, tuple):
        return sorted(left) == sorted(right)
    return left == right


# --- the result's inputs ---------------------------------------------------------------------


class TextResult(QPlainTextEdit):
    """A text result, wrapped: a few lines, or a title's one line shown on two."""

    changed = Signal()

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._one_line = lines == 1
        self.setTabChangesFocus(True)  # Tab moves on to the next field, as in the editor
        height = self.fontMetrics().lineSpacing() * max(lines, 2) + 2 * self.frameWidth() + 8
        self.setFixedHeight(height)
        self.textChanged.connect(self.changed)

    def value(self) -> str:
        text = self.toPlainText()
        # a title is one line, as the editor's line field keeps it: a line break typed or
        # pasted into the wrapped box is a space
        return " ".join(text.splitlines()) if self._one_line else text

    def set_value(self, value: str | None) -> None:
        self.setPlainText(value or "")

    def problem(self) -> tuple[str, str] | None:
        return None


class ChoiceResult(QComboBox):
    """A status or a kind, by its translated label; "(not set)" where it may be left out."""

    changed = Signal()

    def __init__(self, spec: ActivityField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if spec.default is None:
            self.addItem(self.tr("(not set)"), None)
        for code in spec.choices:
            self.addItem(translated_label(LABEL_CONTEXT, spec.choices, code), code)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self.changed)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, code: str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(code)))

    def problem(self) -> tuple[str, str] | None:
        return None


class CountryResult(QComboBox):
    """A country picked as everywhere else in Tenpoint (desktop/shared/countries.py): named in
    the interface language, found by typing its local or English name or its code."""

    changed = Signal()

    def __init__(self, countries: CountryOptions, options: dict[str, object],
                 parent: QWidget | None = None) -> None:
        """A field office is offered its own country and the two versions' (the rules say why
        another is refused); headquarters every country."""
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        offered = None if countries.only is None else {
            countries.only, *(code for code in options.values() if isinstance(code, str))}
        self._known = fill_country_box(self, countries.known, offered)
        self.lineEdit().setPlaceholderText(self.tr("(no country)"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(20)
        self.currentTextChanged.connect(self.changed)

    def value(self) -> str | None:
        """The chosen country's code; what was typed if it names none, for the rules to name."""
        typed = self.currentText().strip()
        return self._known.get(typed.casefold(), typed) if typed else None

    def set_value(self, code: str | None) -> None:
        row = self.findData(code) if code else 0
        if row < 0:  # not in the list: shown as it is, so the rules can say why
            self.setEditText(code)
        else:
            self.setCurrentIndex(row)

    def problem(self) -> tuple[str, str] | None:
        return None


class TypedResult(QLineEdit):
    """A date or a number, typed; read as a package's cell is read, so the same texts are
    accepted (2026-03-31 or 31/03/2026, 1,200) and refused alike."""

    changed = Signal()
    READERS: dict[str, Callable[[str], object]] = {
        DATE: cells.read_date, INTEGER: cells.read_integer}

    def __init__(self, value_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read = self.READERS[value_type]
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.textChanged.connect(self.changed)

    def value(self) -> object:
        try:
            return self._read(self.text())
        except cells.CellError:
            return None  # problem() says what is wrong; the rules never see a guess

    def set_value(self, value: object) -> None:
        self.setText(value.isoformat() if isinstance(value, date) else
                     "" if value is None else str(value))

    def problem(self) -> tuple[str, str] | None:
        """(problem code, text typed) when the text is no value of the field's type."""
        try:
            self._read(self.text())
        except cells.CellError as error:
            return error.code, self.text()
        return None


class CodesResult(QListWidget):
    """The items of both versions, each ticked when the result links it."""

    changed = Signal()

    def __init__(self, codes: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code in codes:
            item = QListWidgetItem(code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        rows = min(max(len(codes), 2), 6)
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 4)
        self.itemChanged.connect(self.changed)

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(row) for row in range(self.count())]

    def value(self) -> tuple[str, ...]:
        return tuple(item.text() for item in self._items()
                     if item.checkState() == Qt.CheckState.Checked)

    def set_value(self, codes: tuple[str, ...]) -> None:
        self.blockSignals(True)  # one change, not one per item
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if item.text() in codes
                               else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.changed.emit()

    def problem(self) -> tuple[str, str] | None:
        return None


def result_input(spec: ActivityField, options: dict[str, object],
                 countries: CountryOptions) -> QWidget:
    """The input of a field's result, by its value type in the activity's declaration."""
    if spec.value_type == CODES:
        return CodesResult(options[BOTH])
    if spec.value_type == CHOICE:
        return ChoiceResult(spec)
    if spec.value_type == COUNTRY:
        return CountryResult(countries, options)
    if spec.value_type in TypedResult.READERS:
        return TypedResult(spec.value_type)
    return TextResult(spec.lines)


# --- one field -------------------------------------------------------------------------------


class FieldChoice(QGroupBox):
    """A field the two versions differ in: both values, the choice between them, and the
    result, which the choice fills and the person may edit.

    Signals: changed() when the result changed.
    """

    changed = Signal()

    def __init__(self, name: str, versions: tuple[Version, Version], start: object,
                 countries: CountryOptions, parent: QWidget | None = None) -> None:
        super().__init__(field_label(name), parent)
        self.name = name
        mine, theirs = versions
        self.options = {MINE: side_value(mine, name), THEIRS: side_value(theirs, name)}
        if name == ITEM_CODES:
            self.options[BOTH] = tuple(sorted({*self.options[MINE], *self.options[THEIRS]}))
        self.result = result_input(BY_NAME[name], self.options, countries)
        self.result.setAccessibleName(self.tr("Result: {field}").format(field=field_label(name)))
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self._build_choices(value_text(mine, name), value_text(theirs, name))
        self._lay_out()
        self.result.set_value(start)
        self.result.changed.connect(self._result_changed)
        self._show_choice()

    def _build_choices(self, mine_text: str, theirs_text: str) -> None:
        self.radios = {MINE: QRadioButton(self.tr("Keep mine")),
                       THEIRS: QRadioButton(self.tr("Take theirs"))}
        if BOTH in self.options:
            self.radios[BOTH] = QRadioButton(self.tr("Both: every item of the two versions"))
        self.group = QButtonGroup(self)
        for radio in self.radios.values():
            self.group.addButton(radio)
        self.group.buttonClicked.connect(self._picked)
        mine_html, theirs_html = marked_difference(mine_text, theirs_text)
        empty = html_text(self.tr("(empty)"))
        self.version_labels = {MINE: _value_label(mine_html or emphasis(empty)),
                               THEIRS: _value_label(theirs_html or emphasis(empty))}

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(self.radios[MINE], 0, 1)
        grid.addWidget(self.radios[THEIRS], 0, 2)
        grid.addWidget(self.version_labels[MINE], 1, 1)
        grid.addWidget(self.version_labels[THEIRS], 1, 2)
        if BOTH in self.radios:
            grid.addWidget(self.radios[BOTH], 2, 1, 1, 2)
        result_label = QLabel(self.tr("Result:"))
        result_label.setBuddy(self.result)
        grid.addWidget(result_label, 3, 0, Qt.AlignmentFlag.AlignTop)
        # texts and item lists take the width; a status, a date or a number only its own
        wide = isinstance(self.result, TextResult | CodesResult)
        grid.addWidget(self.result, 3, 1, 1, 2,
                       Qt.AlignmentFlag(0) if wide else Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.error_label, 4, 1, 1, 2)

    def _picked(self, radio: QAbstractButton) -> None:
        option = next(key for key, button in self.radios.items() if button is radio)
        self.result.set_value(self.options[option])
        self.result.setFocus(Qt.FocusReason.OtherFocusReason)

    def _result_changed(self) -> None:
        self._show_choice()
        self.changed.emit()

    def chosen(self) -> str | None:
        """The option the result is now (MINE, THEIRS, BOTH), or None once edited apart."""
        if self.result.problem() is not None:
            return None
        value = self.result.value()
        return next((key for key, option in self.options.items() if _same(value, option)),
                    None)

    def _show_choice(self) -> None:
        """The radio of the option the result matches; none when the person edited it."""
        option = self.chosen()
        self.group.setExclusive(False)  # an exclusive group cannot have none checked
        for key, radio in self.radios.items():
            radio.setChecked(key == option)
        self.group.setExclusive(True)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))


def _value_label(rich_text: str) -> QLabel:
    """One version's value: wrapped in the width it shares with the other, selectable."""
    label = QLabel(rich_text)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    # A code or a date runs left to right, yet stands by its radio button on the interface's
    # side as a status in the interface's language does (Arabic: on the right).
    side = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
            if QGuiApplication.isRightToLeft() else Qt.AlignmentFlag.AlignLeft)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | side)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 12)
    return label


# --- the dialog ------------------------------------------------------------------------------


class MergeDialog(QDialog):
    """The fields the two versions differ in, each to keep, take or edit; the fields they
    share shown once; Save resolves the conflict with the merged version ("edited").

    It starts from db/'s merged draft: this installation's values, the fields only the
    received version filled in, and the items of both.
    """

    def __init__(self, context: AppContext, conflict: ConflictRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.conflict = conflict
        self._checked = False  # after a refused save, problems are checked again as one edits
        self.setWindowTitle(self.tr("Merge the two versions: {title}").format(
            title=conflict.title))
        versions = merge_versions(conflict)
        start = merged_draft(conflict).values()
        countries = country_options(context.database, None)
        self.choices = {name: FieldChoice(name, versions, start[name], countries)
                        for name in differing_fields(conflict)}
        for choice in self.choices.values():
            choice.changed.connect(self._edited)
        self._lay_out(versions[0])
        self._size_to_screen()

    def _lay_out(self, mine: Version) -> None:
        intro = QLabel(self.tr(
            "For each field the two versions differ in, keep your version or take the "
            "received one, then correct the result if needed. Words that differ are marked. "
            "The merged version is saved in the activity's history and travels with the next "
            "package."), wordWrap=True)
        page = QWidget()
        column = QVBoxLayout(page)
        for choice in self.choices.values():
            column.addWidget(choice)
        column.addWidget(self._shared_fields(mine))
        column.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.general_error = QLabel(wordWrap=True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save merged version"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        deletion = self._deletion_note()
        if deletion is not None:
            layout.addWidget(deletion)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def _deletion_note(self) -> QLabel | None:
        side = deleting_side(self.conflict)
        if side is None:
            return None
        deletes = (self.tr("Your version deletes this activity.") if side == MINE
                   else self.tr("The received version deletes this activity."))
        note = QLabel(deletes + " " + self.tr(
            "A merged version keeps it. To delete it, cancel and choose the version that "
            "deletes it."), wordWrap=True)
        note.setFrameShape(QFrame.Shape.StyledPanel)
        note.setMargin(6)
        return note

    def _shared_fields(self, mine: Version) -> QGroupBox:
        """The fields both versions share, once, read-only."""
        box = QGroupBox(self.tr("The same in both versions"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        shared = [spec.name for spec in FIELDS if spec.name not in self.choices]
        empty = html_text(self.tr("(empty)"))
        for name in shared:
            text = value_text(mine, name)
            value = QLabel(html_text(text) if text else emphasis(empty), wordWrap=True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("{field}:").format(field=field_label(name)), value)
        box.setVisible(bool(shared))
        return box

    def _size_to_screen(self) -> None:
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(1100, screen.width() * 9 // 10), min(760, screen.height() * 9 // 10))

    # --- the merged version ------------------------------------------------------------------
    def merged(self) -> ActivityContent:
        """The merged version: the shared fields and each differing field's result."""
        values = merged_draft(self.conflict).values()
        values.update({name: choice.result.value() for name, choice in self.choices.items()})
        return ActivityContent(**values)

    def typed_problems(self) -> Problems:
        """What cannot even be read: a date or a number typed that is none."""
        found = []
        for name, choice in self.choices.items():
            problem = choice.result.problem()
            if problem is not None:
                found.append((name, *problem))
        return found

    def _all_problems(self) -> Problems:
        """The typed problems, then the activity rules' (the editor's) on the rest."""
        typed = self.typed_problems()
        faulty = {name for name, _code, _value in typed}
        checked = check_activity(self.context.database, self.merged())
        return typed + [problem for problem in checked if problem[0] not in faulty]

    def show_problems(self, problems: Problems) -> None:
        """Each problem next to its field; those of shared fields below the fields."""
        by_field: dict[str, list[str]] = {}
        for name, code, value in problems:
            by_field.setdefault(name, []).append(_problem_text(name, code, value))
        for name, choice in self.choices.items():
            choice.show_error(" ".join(by_field.pop(name, [])))
        rest = " ".join(f"{field_label(name)}: {' '.join(texts)}"
                        for name, texts in by_field.items())
        self.general_error.setText(rest)
        self.general_error.setVisible(bool(rest))

    def _edited(self) -> None:
        if self._checked:
            self.show_problems(self._all_problems())

    # --- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Resolve the conflict with the merged version; refused problems stay on screen."""
        typed = self.typed_problems()
        if typed:  # never saved as something else than what was typed
            return self._refused(self._all_problems())
        try:
            resolve_conflict(self.context.database, self.conflict.id, "edited",
                             self.context.user, edited=self.merged())
        except ActivityValidationError as error:
            return self._refused(error.problems)
        except TenpointDataError as error:
            QMessageBox.warning(self, self.tr("Conflict not resolved"),
                                sync_error_message(error) or activity_error_message(error))
            if isinstance(error, ConflictNotFoundError):  # resolved meanwhile: nothing to do
                self.reject()
            return False
        self.accept()
        return True

    def _refused(self, problems: Problems) -> bool:
        self._checked = True
        self.show_problems(problems)
        self._show_first_problem()
        return False

    def _show_first_problem(self) -> None:
        """The first field with a problem scrolled into view, its result given the focus."""
        for choice in self.choices.values():
            if choice.error_label.text():
                self.scroll.ensureWidgetVisible(choice)
                choice.result.setFocus(Qt.FocusReason.OtherFocusReason)
                return


def _problem_text(name: str, code: str, value: object) -> str:
    """A rule's problem as the sentence a package's would get (the same rules, the same words)."""
    shown = ", ".join(map(str, value)) if isinstance(value, tuple | list) else value
    return problem_message(Problem("", None, None, field_label(name),
                                   None if shown is None else str(shown), code))
