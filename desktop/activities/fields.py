"""Input widgets of the activity editor, one per value type of the activity's declaration
(exporters/activity.py), each with value(), set_value(), set_read_only() and changed; and the
box that shows a field's error."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from PySide6.QtCore import QDate, QLocale, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from db.activities.queries import CatalogChoice
from db.activities.service import CountryOptions
from desktop.activities.picker import ItemPickerDialog, choice_summary
from desktop.shared.bidi import ContentDirectionDelegate
from desktop.shared.countries import fill_country_box
from desktop.shared.translate import translate
from exporters.activity import LABEL_CONTEXT, ActivityField
from exporters.value_types import CHOICE, CODES, COUNTRY, DATE, INTEGER

CODE_ROLE = Qt.ItemDataRole.UserRole
HINT_PROPERTY = "hint"  # a field's hint, shown in it while empty and editable
ERROR_COLOUR = "#b3261e"  # readable on light and mid-grey backgrounds


class FieldBox(QWidget):
    """A field's input with the sentence that says what is wrong with it, shown only then."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error_label)

    def show_error(self, message: str) -> None:
        """Show message under the field, or hide the error when message is empty."""
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.field.setAccessibleDescription(message)

    def error(self) -> str:
        return self.error_label.text() if self.error_label.isVisible() else ""


class OptionalDateEdit(QWidget):
    """A date that may be left out: the box unticked means "no date"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known_check = QCheckBox()
        self.known_check.setToolTip(self.tr("Untick for no date"))
        self.date_edit = QDateEdit(calendarPopup=True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate.currentDate())
        self.no_date_label = QLabel(self.tr("no date"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known_check)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.no_date_label)
        layout.addStretch(1)
        self.known_check.toggled.connect(self._show_known)
        self.known_check.toggled.connect(self.changed)
        self.date_edit.dateChanged.connect(self.changed)
        self._show_known(False)

    def _show_known(self, known: bool) -> None:
        self.date_edit.setVisible(known)
        self.no_date_label.setVisible(not known)

    def value(self) -> date | None:
        if not self.known_check.isChecked():
            return None
        return self.date_edit.date().toPython()

    def set_value(self, value: date | None) -> None:
        self.known_check.setChecked(value is not None)
        if value is not None:
            self.date_edit.setDate(QDate(value.year, value.month, value.day))

    def set_read_only(self, read_only: bool) -> None:
        self.known_check.setEnabled(not read_only)
        self.date_edit.setReadOnly(read_only)


class CountryCombo(QComboBox):
    """A country chosen from the catalog's list, named in the interface language, found by
    typing part of its name (local or English) or its code."""

    changed = Signal()

    def __init__(self, countries: list[tuple[str, str]], parent: QWidget | None = None,
                 offered: Collection[str] | None = None) -> None:
        """countries: every (code, name); offered: the codes the list shows (default all).
        A country typed that is not offered is still recognised, so the form can say why it
        is refused rather than call it unknown."""
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._known = fill_country_box(self, countries, offered)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(20)
        self.currentTextChanged.connect(self.changed)

    def value(self) -> str | None:
        """The chosen ISO code; what was typed if it names no country, so it is not lost."""
        typed = self.currentText().strip()
        if not typed:
            return None
        return self._known.get(typed.casefold(), typed)

    def set_value(self, code: str | None) -> None:
        row = self.findData(code) if code else 0
        if row < 0:  # not in the list (any more): keep it visible as typed
            self.setEditText(code)
        else:
            self.setCurrentIndex(row)

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class LineField(QLineEdit):
    """A line of text."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.text()

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")
        self.setCursorPosition(0)  # long texts show their beginning

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)


class IntegerEdit(LineField):
    """A whole number, or empty when not known.

    What is typed stays as typed: "about 50" is not cut down to 50 (as a validator would do,
    key by key) but reported by problem(), which the editor shows next to the field.
    """

    LIMIT = 2_000_000_000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaximumWidth(160)

    def _number(self) -> int | None:
        """The whole number typed (in the person's or the plain notation), or None."""
        text = self.text().strip()
        number, ok = QLocale().toLongLong(text)
        if not ok:
            number, ok = QLocale.c().toLongLong(text)
        return number if ok and abs(number) <= self.LIMIT else None

    def value(self) -> int | None:
        """The number, or None when empty or not a whole number (then problem() says so)."""
        return self._number()

    def problem(self) -> str | None:
        """The text typed when it is not a whole number, else None."""
        text = self.text().strip()
        return text if text and self._number() is None else None

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))


class TextBox(QPlainTextEdit):
    """A few lines of text; asks for that many lines and grows into the room the form has."""

    changed = Signal()

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self._lines = lines
        self.setMinimumHeight(self.sizeHint().height())
        self.textChanged.connect(self.changed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # QPlainTextEdit asks for ~12 lines; that many per box would not fit a laptop screen
        height = self.fontMetrics().lineSpacing() * self._lines + 2 * self.frameWidth() + 8
        return QSize(super().sizeHint().width(), height)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: str | None) -> None:
        self.setPlainText(value or "")

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)


class ChoiceCombo(QComboBox):
    """One of a field's choices by its translated label; "(not set)" first when it may be
    left empty."""

    changed = Signal()

    def __init__(self, choices: dict[str, str], optional: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if optional:
            self.addItem(self.tr("(not set)"), None)
        for code, label in choices.items():
            self.addItem(translate(LABEL_CONTEXT, label), code)
        self.currentIndexChanged.connect(self.changed)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, code: str | None) -> None:
        self.setCurrentIndex(max(0, self.findData(code)))

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class LinkedItemsEdit(QWidget):
    """The catalog items an activity follows up on, with Add (the picker) and Remove.

    Signals: changed() when an item is linked or unlinked.
    """

    changed = Signal()

    def __init__(self, choices: list[CatalogChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = {choice.code: choice for choice in choices}
        self._all_choices = choices
        self.picker: ItemPickerDialog | None = None
        self.model = QStandardItemModel(self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        # "DES-SR-III-01  States should..." runs left to right and is cut on the right, also
        # in an Arabic window (which would otherwise cut its beginning off)
        self.list_view.setItemDelegate(ContentDirectionDelegate(self.list_view))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setSizePolicy(QSizePolicy.Policy.Expanding,
                                     QSizePolicy.Policy.Preferred)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setMinimumHeight(self.list_view.fontMetrics().height() * 4)
        self.list_view.setMaximumHeight(self.list_view.fontMetrics().lineSpacing() * 7)
        self.add_button = QPushButton(self.tr("&Add items…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.add_button.clicked.connect(self.choose_items)
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.list_view, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_view, 1)
        layout.addLayout(buttons)
        # as tall as the list at most: the form gives spare height to the text boxes instead
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.setMaximumHeight(self.list_view.maximumHeight())
        self.list_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def value(self) -> tuple[str, ...]:
        """The linked items' codes, in the order shown."""
        return tuple(self.model.item(row).data(CODE_ROLE) for row in range(self.model.rowCount()))

    def set_value(self, codes: tuple[str, ...] | list[str]) -> None:
        self.model.clear()
        self.add_codes(codes, announce=False)

    def add_codes(self, codes, announce: bool = True) -> None:
        present = set(self.value())
        for code in codes:
            if code not in present:
                self.model.appendRow(self._item(code))
                present.add(code)
        self._update_buttons()
        if announce:
            self.changed.emit()

    def _item(self, code: str) -> QStandardItem:
        choice = self._choices.get(code)
        text = f"{code}  {choice_summary(choice, 90)}" if choice else code
        item = QStandardItem(text)
        item.setData(code, CODE_ROLE)
        item.setToolTip(choice.text if choice else self.tr("Not in the current catalog"))
        return item

    def choose_items(self) -> None:
        """Open the picker (window-modal); the items chosen there are linked."""
        self.picker = ItemPickerDialog(self._all_choices, set(self.value()), self)
        self.picker.accepted.connect(lambda: self.add_codes(self.picker.chosen_codes()))
        self.picker.finished.connect(self.picker.deleteLater)
        self.picker.open()

    def remove_selected(self) -> None:
        rows = sorted((i.row() for i in self.list_view.selectionModel().selectedRows()),
                      reverse=True)
        for row in rows:
            self.model.removeRow(row, QModelIndex())
        if rows:
            self._update_buttons()
            self.changed.emit()

    def _update_buttons(self, *args) -> None:
        self.remove_button.setEnabled(self.list_view.selectionModel().hasSelection())

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)


def field_input(spec: ActivityField, choices: list[CatalogChoice],
                countries: CountryOptions) -> QWidget:
    """The input for one field of the activity, by its value type; its hint in the empty
    field."""
    if spec.value_type == CODES:
        widget = LinkedItemsEdit(choices)
    elif spec.value_type == CHOICE:
        widget = ChoiceCombo(spec.choices, optional=spec.default is None)
    elif spec.value_type == COUNTRY:
        widget = CountryCombo(countries.known,
                              offered=(countries.only,) if countries.only else None)
    elif spec.value_type == DATE:
        widget = OptionalDateEdit()
    elif spec.value_type == INTEGER:
        widget = IntegerEdit()
    elif spec.lines > 1:
        widget = TextBox(spec.lines)
    else:
        widget = LineField()
    if spec.hint:
        widget.setProperty(HINT_PROPERTY, translate(LABEL_CONTEXT, spec.hint))
        show_hint(widget, True)
    return widget


def show_hint(widget: QWidget, shown: bool) -> None:
    """Show the field's hint in it while empty, or none (read-only: nothing is to be typed)."""
    hint = widget.property(HINT_PROPERTY)
    if not hint:
        return
    editor = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    if hasattr(editor, "setPlaceholderText"):
        editor.setPlaceholderText(hint if shown else "")
