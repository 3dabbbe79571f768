"""The catalog editor (headquarters only): one dialog for every change, its form derived from the
action's fields (exporters/catalog_edits.py), checked as a person types with the same problems
the database would refuse, worded beside the field at fault.

The widgets follow the field kinds: a line (or, for texts, a box), a date, a list of choices,
the ten action areas, and for codes a list of what the catalog holds (events, documents,
sections, items, regions, countries), editable so a code can be typed, and found by typing
part of its code or title. Nothing is written until the person confirms; then the one change
goes through record_edits, and the browser reads the catalog again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.activities.queries import action_area_choices
from db.catalog.changes import CatalogEditError, EditOutcome, check_edits, record_edits
from db.catalog.queries import EditorChoices, ItemDetail, countries, editor_choices
from desktop.context import AppContext
from desktop.shared.catalog_edit_words import (
    action_label,
    choice_label,
    field_label,
    problem_sentence,
)
from desktop.shared.countries import fill_country_box
from desktop.shared.labels import catalog_label
from desktop.shared.unsaved import may_discard
from exporters import catalog_edits as edits

ERROR_STYLE = "color:#b00020;"
CHECK_DELAY_MS = 250  # the check waits for a pause in typing
NO_DATE = QDate(1900, 1, 1)  # a date box at this value is empty ("Not set")
LONG_TEXTS = {"text", "value"}  # fields typed in a box of several lines
ITEM_ACTIONS = (edits.CORRECT, edits.ANNOTATE, edits.RETIRE, edits.REINSTATE, edits.SUPERSEDE)
SEPARATOR = " — "  # between a code and its title in the code lists


# --- inputs: one per field kind ----------------------------------------------------------------


class FieldInput:
    """A field's widget with its value read and set in the form the edit takes."""

    def __init__(self, widget: QWidget, read: Callable[[], object],
                 write: Callable[[object], None], focus: QWidget | None = None) -> None:
        self.widget, self.read, self.write = widget, read, write
        self.focus = focus or widget


class DateInput(QWidget):
    """A date, or none: a date box that reads "Not set" until a date is chosen (it starts at
    today when first touched), and a button that empties it again."""

    changed = Signal()

    def __init__(self, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _DateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")  # dates are shown as ISO dates everywhere
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(self.tr("Not set"))
        self.edit.setDate(NO_DATE)
        self.edit.dateChanged.connect(self.changed)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Leave the date empty"))
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.clear_button.setVisible(optional)

    def value(self) -> date | None:
        chosen = self.edit.date()
        return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: object) -> None:
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                value = None
        self.edit.setDate(QDate(value.year, value.month, value.day) if isinstance(value, date)
                          else NO_DATE)


class _DateEdit(QDateEdit):
    """Starts at today, not at the empty value's year 1900, when a person first opens it or
    clicks or types in it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lineEdit().installEventFilter(self)  # a click on the text goes to the line

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.MouseButtonPress:
            self._start_today()
        return super().eventFilter(watched, event)

    def _start_today(self) -> None:
        if self.date() == NO_DATE:
            self.setDate(QDate.currentDate())

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._start_today()
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.text().isdigit() or event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._start_today()
        super().keyPressEvent(event)


class AreasInput(QWidget):
    """The ten action areas of the 10-Point Plan as ten buttons, each named in its tip."""

    changed = Signal()

    def __init__(self, areas: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[int, QToolButton] = {}
        # A chosen area stands out in the theme's selection colours.
        self.setStyleSheet("QToolButton:checked { background-color: palette(highlight); "
                           "color: palette(highlighted-text); }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for number, name in areas:
            button = QToolButton()
            button.setText(str(number))
            button.setCheckable(True)
            button.setToolTip(f"{number}. {catalog_label(name)}")
            button.setAccessibleName(f"{number}. {catalog_label(name)}")
            button.toggled.connect(self.changed)
            self.buttons[number] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def value(self) -> list[int]:
        return [number for number, button in self.buttons.items() if button.isChecked()]

    def set_value(self, value: object) -> None:
        numbers = set(value) if isinstance(value, list | tuple | set) else set()
        for number, button in self.buttons.items():
            button.setChecked(number in numbers)


def code_combo(entries: list[tuple[str, str]], optional: bool) -> QComboBox:
    """An editable list of codes, each shown with its title; typing part of a code or a title
    offers the matches, and a code the list does not hold may be typed (the check words it)."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(30)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideRight)
    if optional:
        combo.addItem("", None)
    for code, title in entries:
        combo.addItem(f"{code}{SEPARATOR}{_short(title)}" if title else code, code)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCurrentIndex(0 if optional else -1)
    combo.setEditText("")

    def show_code() -> None:  # an entry chosen shows its code, not the end of its title
        QTimer.singleShot(0, lambda: combo.lineEdit().setCursorPosition(0))
    completer.activated.connect(show_code)
    combo.activated.connect(show_code)
    return combo


def _short(text: str, width: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[:width - 1].rstrip() + "…"


def combo_code(combo: QComboBox) -> str:
    """The code in an editable code list: the entry shown, or the code typed."""
    typed = combo.currentText().strip()
    found = combo.findText(typed, Qt.MatchFlag.MatchFixedString)
    if found >= 0 and combo.itemData(found) is not None:
        return combo.itemData(found)
    return typed.split(SEPARATOR)[0].strip()


def set_combo_code(combo: QComboBox, code: object) -> None:
    found = combo.findData(code) if code else -1
    if found >= 0:
        combo.setCurrentIndex(found)
    else:
        combo.setEditText(str(code or ""))
    if combo.lineEdit() is not None:  # the code shown, not the end of a long title
        combo.lineEdit().setCursorPosition(0)


def edit_refusal(action: str, item: ItemDetail) -> str | None:
    """Why an item action cannot be done to the item, worded as the check words it, or None
    when it can (the menu offers only what it can)."""
    problem = None
    if action == edits.CORRECT and item.edition == 0:  # annotate or merge it instead
        problem = edits.SOURCE_TEXT
    elif item.superseded_by and action in (edits.RETIRE, edits.REINSTATE, edits.SUPERSEDE):
        problem = edits.SUPERSEDED
    elif action == edits.RETIRE and item.retired:
        problem = edits.ALREADY_RETIRED
    elif action == edits.REINSTATE and not item.retired:
        problem = edits.NOT_RETIRED
    return problem_sentence("code", problem, item.code) if problem else None


# --- the dialog ---------------------------------------------------------------------------------


class CatalogEditDialog(QDialog):
    """One change to the catalog: its fields, a "Why" note, and Save or Cancel.

    values prefill the form (the event, document or section selected in the tree); item is
    the item an item action changes. After it is accepted, outcome says what was done.

    Signals:
        recorded(object): the change was written; the EditOutcome.
    """

    recorded = Signal(object)

    def __init__(self, context: AppContext, action: str, values: dict | None = None,
                 item: ItemDetail | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.action, self.item = context, action, item
        self.outcome: EditOutcome | None = None
        self.problems: dict[str, list[str]] = {}  # field -> sentences shown now
        self._touched: set[str] = set()
        self._show_all = False  # after a Save refused: every problem, "required" too
        self._choices: EditorChoices = editor_choices(context.database)
        self.setWindowTitle(action_label(action))
        self.inputs: dict[str, FieldInput] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self._build(values or {})
        self._initial = self.edit()  # what the form opened with, to tell typing apart
        self.check_now()

    # --- building --------------------------------------------------------------------------
    def _build(self, values: dict) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self._intro_text())
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in edits.ACTION_FIELDS[self.action]:
            field = self._input(spec)
            self.inputs[spec.name] = field
            if spec.name in values:
                field.write(values[spec.name])
            form.addRow(self._label(spec.name, spec.required, field.focus),
                        self._with_error(spec.name, field.widget))
        self._refill_parents()
        first = next((field for field in self.inputs.values()
                      if field.focus.focusPolicy() != Qt.FocusPolicy.NoFocus), None)
        if first is not None:  # the cursor starts in the first field to fill in
            first.focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.note_edit.setPlaceholderText(self._note_hint())
        form.addRow(self._label("note", False, self.note_edit), self.note_edit)
        layout.addLayout(form)
        legend = QLabel(self.tr("Fields marked * are required. Nothing is changed until you "
                                "choose {save}.").format(save=self._save_text()))
        legend.setWordWrap(True)
        legend.setStyleSheet("color:#707070;")
        layout.addWidget(legend)
        self.general_label = QLabel()
        self.general_label.setWordWrap(True)
        self.general_label.setStyleSheet(ERROR_STYLE)
        self.general_label.hide()
        layout.addWidget(self.general_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setText(self._save_text())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for name in values:
            self._touched.add(name)
        self.setMinimumWidth(620)

    @property
    def save_button(self) -> QAbstractButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _save_text(self) -> str:
        texts = {edits.RETIRE: self.tr("Retire"), edits.REINSTATE: self.tr("Reinstate"),
                 edits.SUPERSEDE: self.tr("Merge"), edits.CORRECT: self.tr("Correct"),
                 edits.ANNOTATE: self.tr("Add the note")}
        return texts.get(self.action, self.tr("Add"))

    def _intro_text(self) -> str:
        code = self.item.code if self.item else ""
        texts = {
            edits.ADD_EVENT: self.tr("A conference, workshop or follow-up meeting held after "
                                     "2011. Offices receive it with headquarters' next update "
                                     "and follow it up when their country takes part."),
            edits.ADD_DOCUMENT: self.tr("A document of an event, with the reference it can be "
                                        "found by: its symbol, publication or link."),
            edits.ADD_SECTION: self.tr("A heading of a document, under which items are added."),
            edits.ADD_ITEM: self.tr("A recommendation, action or other item of a document, "
                                    "worded as the document prints it."),
            edits.PARTICIPATION: self.tr("A country that took part in an event: offices in it "
                                         "follow the event up."),
            edits.CORRECT: self.tr("Correct {code}, an item headquarters added. The text before "
                                   "the correction stays in its history.").format(code=code),
            edits.ANNOTATE: self.tr("A note shown with {code}, kept in its history. The item's "
                                    "text stays as the source printed it.").format(code=code),
            edits.RETIRE: self.tr("{code} will be hidden from the browser and the item picker. "
                                  "Activities linked to it keep their link and show it as "
                                  "retired.").format(code=code),
            edits.REINSTATE: self.tr("{code} will be shown and offered for linking "
                                     "again.").format(code=code),
            edits.SUPERSEDE: self.tr("{code} says the same as another item. It will be retired, "
                                     "and every activity linked to it will be linked to the "
                                     "item you choose instead, with a history entry.").format(
                                         code=code),
        }
        text = texts.get(self.action, "")
        if self.item is not None:
            text += "\n\n" + f"{self.item.code}: {_short(self.item.text, 300)}"
        return text

    def _note_hint(self) -> str:
        if self.action in (edits.RETIRE, edits.SUPERSEDE, edits.CORRECT):
            return self.tr("Why: the decision or meeting behind it, so that offices understand")
        return self.tr("Where it comes from, or anything offices should know")

    def _label(self, name: str, required: bool, buddy: QWidget) -> QLabel:
        text = field_label(name)
        label = QLabel(self.tr("{field} *").format(field=text) if required else text)
        label.setBuddy(buddy)
        return label

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        """The field with the place its problems are worded, just below it."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setWordWrap(True)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        column.addWidget(error)
        self.error_labels[name] = error
        return box

    def _input(self, spec: edits.EditField) -> FieldInput:
        name = spec.name
        if spec.kind == edits.CODE:
            return self._code_input(spec)
        if spec.kind == edits.DATE:
            widget = DateInput(optional=not spec.required)
            widget.changed.connect(lambda: self._changed(name))
            return FieldInput(widget, widget.value, widget.set_value, widget.edit)
        if spec.kind == edits.CHOICE:
            combo = QComboBox()
            combo.setPlaceholderText(self.tr("Choose…"))
            for value in spec.choices:
                combo.addItem(choice_label(name, value), value)
            combo.setCurrentIndex(-1)
            combo.currentIndexChanged.connect(lambda: self._changed(name))
            if name == "field":
                combo.currentIndexChanged.connect(self._correcting_field_chosen)
            return FieldInput(combo, combo.currentData,
                              lambda v: combo.setCurrentIndex(combo.findData(v)))
        if spec.kind == edits.NUMBERS:
            widget = AreasInput(action_area_choices(self.context.database))
            widget.changed.connect(lambda: self._changed(name))
            return FieldInput(widget, widget.value, widget.set_value,
                              next(iter(widget.buttons.values()), widget))
        if name in LONG_TEXTS:
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 5 + 14)
            box.textChanged.connect(lambda: self._changed(name))
            return FieldInput(box, box.toPlainText, lambda v: box.setPlainText(str(v or "")))
        line = QLineEdit()
        line.textChanged.connect(lambda: self._changed(name))
        return FieldInput(line, line.text, lambda v: line.setText(str(v or "")))

    def _code_input(self, spec: edits.EditField) -> FieldInput:
        name, action = spec.name, self.action
        if name == "code" and action in ITEM_ACTIONS:  # the item shown, not to be changed
            line = QLineEdit()
            line.setReadOnly(True)
            line.setFrame(False)
            line.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            return FieldInput(line, line.text, lambda v: line.setText(str(v or "")))
        if name == "code" and action in edits.ADDITIONS:
            line = QLineEdit()
            line.setPlaceholderText(self._code_hint())
            line.textChanged.connect(lambda: self._changed(name))
            return FieldInput(line, line.text, lambda v: line.setText(str(v or "")))
        if name == "country_iso2":
            combo = QComboBox()
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            known = fill_country_box(combo, countries(self.context.database))
            combo.currentTextChanged.connect(lambda: self._changed(name))

            def country() -> str:
                typed = combo.currentText().strip()
                return known.get(typed.casefold(), typed)
            return FieldInput(combo, country, lambda v: set_combo_code(combo, v))
        combo = code_combo(self._code_entries(name), optional=not spec.required)
        combo.currentTextChanged.connect(lambda: self._changed(name))
        if name in ("document_code", "section_code"):
            combo.currentTextChanged.connect(self._refill_parents)
        return FieldInput(combo, lambda: combo_code(combo), lambda v: set_combo_code(combo, v))

    def _code_entries(self, name: str) -> list[tuple[str, str]]:
        choices = self._choices
        events = dict(choices.events)
        if name in ("event_code", "code"):  # "code": the event a country took part in
            return list(choices.events)
        if name == "document_code":
            return [(code, f"{title} ({events.get(event, event)})")
                    for code, event, title in choices.documents]
        if name == "parent_code":
            return []  # what lies in the chosen document: _refill_parents
        if name == "section_code":
            return [(code, title) for code, _document, title in choices.sections]
        if name == "region_code":
            return [(code, catalog_label(region)) for code, region in choices.regions]
        shown = self.item.code if self.item else None  # an item is not merged into itself
        return [(code, text) for code, _document, text in choices.items if code != shown]

    def _refill_parents(self) -> None:
        """"Part of" offers what lies in the same document: the sections of a new section's
        document, the items of a new item's section's document."""
        parent = self.inputs.get("parent_code")
        if parent is None:
            return
        combo: QComboBox = parent.widget
        kept = combo.currentText()
        if self.action == edits.ADD_SECTION:
            document = self.inputs["document_code"].read()
            entries = [(code, title) for code, doc, title in self._choices.sections
                       if doc == document]
        else:
            section = self.inputs["section_code"].read()
            document = next((doc for code, doc, _title in self._choices.sections
                             if code == section), None)
            entries = [(code, text) for code, doc, text in self._choices.items
                       if doc == document]
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        for code, title in entries:
            combo.addItem(f"{code}{SEPARATOR}{_short(title)}" if title else code, code)
        combo.setEditText(kept)
        combo.blockSignals(False)

    def _code_hint(self) -> str:
        hints = {edits.ADD_EVENT: "NBO-2013", edits.ADD_DOCUMENT: "NBO-2013-OD",
                 edits.ADD_SECTION: "NBO-2013-OD-A", edits.ADD_ITEM: "NBO-2013-OD-A-01"}
        return self.tr("A new code, e.g. {example}").format(example=hints[self.action])

    # --- checking --------------------------------------------------------------------------
    def edit(self) -> edits.CatalogEdit:
        """The change as the form holds it now."""
        values = {name: field.read() for name, field in self.inputs.items()}
        return edits.CatalogEdit(self.action, values, self.note_edit.toPlainText())

    def _changed(self, name: str) -> None:
        self._touched.add(name)
        self._timer.start()

    def _correcting_field_chosen(self) -> None:
        """Correcting a field starts from the value it has now."""
        field = self.inputs["field"].read()
        if self.item is not None and field and "value" in self.inputs:
            self.inputs["value"].write(getattr(self.item, field, "") or "")

    def check_now(self) -> list[tuple[int, str, str, object]]:
        """Check the change as it stands and word its problems beside their fields; the
        problems of fields not yet filled in wait until they are, or until Save."""
        self._timer.stop()
        problems = check_edits(self.context.database, [self.edit()])
        self._show_problems(problems)
        return problems

    def _show_problems(self, problems) -> None:
        shown: dict[str, list[str]] = {}
        general: list[str] = []
        for _index, name, code, value in problems:
            if code == edits.REQUIRED and not self._show_all and name not in self._touched:
                continue
            sentence = problem_sentence(name, code, value)
            if name in self.error_labels:
                shown.setdefault(name, []).append(sentence)
            else:
                general.append(sentence)
        self.problems = shown
        for name, label in self.error_labels.items():
            label.setText("\n".join(shown.get(name, [])))
            label.setVisible(name in shown)
        self.general_label.setText("\n".join(general))
        self.general_label.setVisible(bool(general))
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        """Grow to show the sentences that appeared (wrapped labels do not make a window
        grow by themselves)."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
            else layout.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def is_modified(self) -> bool:
        return self.edit() != self._initial

    def reject(self) -> None:
        """Esc, Cancel and the window's close button: ask before what was typed is lost."""
        if self.is_modified() and not may_discard(
                self, self.tr("Unsaved change"),
                self.tr("This catalog change is not saved. Save it?"), self.save):
            return
        super().reject()

    def save(self) -> None:
        """Write the change, unless a problem remains: then every problem is shown, and the
        cursor goes to the first field at fault."""
        self._show_all = True
        problems = self.check_now()
        if not problems:
            try:
                self.outcome = record_edits(self.context.database, [self.edit()],
                                            self.context.user)
            except CatalogEditError as error:
                problems = error.problems
                self._show_problems(problems)
        if problems:
            first = next((name for _i, name, _c, _v in problems if name in self.inputs), None)
            if first is not None:
                self.inputs[first].focus.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.recorded.emit(self.outcome)
        self.accept()

