"""First-start dialog: this installation's office name, country and headquarters role."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.catalog.queries import countries
from db.errors import TenpointDataError
from db.installation.office import OfficeIdentity, country_regions, setup_office
from desktop.context import AppContext
from desktop.shared.messages import error_message


class SetupDialog(QDialog):
    """Asks once for the office identity that every package this installation sends carries.

    Signals: none beyond QDialog's; after accept(), `identity` holds what was saved.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.identity: OfficeIdentity | None = None
        self.setWindowTitle(self.tr("Set up this office"))
        self._build()
        self._update()

    def _build(self) -> None:
        intro = QLabel(self.tr(
            "Tenpoint works offline. Tell it once which office this is: the packages you "
            "send carry this identity, and your country decides which conferences' "
            "recommendations you see first."))
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. UNHCR Representation in Kenya"))
        self.name_edit.setMaxLength(200)
        self.country_combo = self._country_combo()
        for watched in (self.country_combo, self.country_combo.lineEdit()):
            watched.installEventFilter(self)
        self.hq_check = QCheckBox(self.tr("This is headquarters (merges the offices' packages)"))
        self.regions_label = QLabel()
        self.regions_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.tr("&Office name:"), self.name_edit)
        form.addRow(self.tr("&Country:"), self.country_combo)
        form.addRow("", self.hq_check)
        form.addRow(self.tr("Conferences:"), self.regions_label)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update)
        self.country_combo.editTextChanged.connect(self._update)
        self.hq_check.toggled.connect(self._update)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 48)

    def _country_combo(self) -> QComboBox:
        """A country list people can type into: 'ken' finds Kenya, 'KE' too. The country is
        what the box shows, never an entry it does not show."""
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem("", None)  # no country: the box is empty and says so
        combo.lineEdit().setPlaceholderText(self.tr("(no country)"))
        combo.setToolTip(self.tr("Type part of the country's name or its code, then choose it "
                                 "from the list."))
        self._known_countries: dict[str, str] = {}
        for iso2, name in countries(self.context.database):
            label = f"{name} ({iso2})"
            combo.addItem(label, iso2)
            for text in (label, name, iso2):
                self._known_countries[text.casefold()] = iso2
        completer = combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCurrentIndex(0)
        return combo

    def select_country(self, iso2: str) -> None:
        self.country_combo.setCurrentIndex(self.country_combo.findData(iso2))

    def _typed_country(self) -> str:
        return self.country_combo.currentText().strip()

    def _country(self) -> str | None:
        """The country the box shows ("Kenya (KE)", "kenya", "KE"), or None when it is empty
        or names no country."""
        return self._known_countries.get(self._typed_country().casefold())

    def _unknown_country(self) -> str | None:
        """What was typed in the country box when it names no country, else None."""
        typed = self._typed_country()
        return typed if typed and self._country() is None else None

    def _refuse_unknown_country(self) -> bool:
        """Say next to the form that what was typed is no country (True), if so."""
        typed = self._unknown_country()
        if typed is None:
            return False
        self.error_label.setText(self.tr(
            "\"{typed}\" is not a country of the list. Type part of its name or its code and "
            "choose it from the list.").format(typed=typed))
        self.country_combo.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Up and Down over a name the box does not know would step to another country the
        person never chose (the one next to the last chosen): they say what is wrong instead."""
        if (watched in (self.country_combo, self.country_combo.lineEdit())
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
                and not event.modifiers() & Qt.KeyboardModifier.AltModifier
                and self._refuse_unknown_country()):
            return True
        return super().eventFilter(watched, event)

    def _update(self) -> None:
        """Show the regions the chosen country belongs to; enable Save when complete."""
        country = self._country()
        regions = country_regions(self.context.database, country) if country else ()
        if regions:
            text = "; ".join(f"{r.name}: {', '.join(r.event_names)}" for r in regions)
        elif self.hq_check.isChecked():
            text = self.tr("Headquarters sees every region's conferences.")
        elif country:
            text = self.tr("This country took part in none of the regional conferences; "
                           "you will see all of them.")
        else:
            text = self.tr("Choose the office's country.")
        self.regions_label.setText(text)
        # a name the box does not know leaves Save on, so that saving says what is wrong
        complete = bool(self.name_edit.text().strip()) and (
            bool(self._typed_country()) or self.hq_check.isChecked())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(complete)
        self.error_label.clear()

    def _save(self) -> None:
        if self._refuse_unknown_country():
            return
        try:
            self.identity = setup_office(self.context.database, self.name_edit.text(),
                                         self._country(), self.hq_check.isChecked())
        except TenpointDataError as error:
            self.error_label.setText(error_message(error))
            return
        self.accept()

