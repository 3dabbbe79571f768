"""The office identity dialog (first start, and File > Office identity): name, country, role."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from db.catalog.queries import countries
from db.errors import IdentityExistsError, TenpointDataError
from db.installation.office import (
    COUNTRY,
    ROLE,
    OfficeIdentity,
    country_event_reasons,
    identity_changes,
    local_office,
    setup_office,
)
from desktop.context import AppContext
from desktop.shared.countries import fill_country_box
from desktop.shared.messages import error_message, office_conferences_html


class SetupDialog(QDialog):
    """Asks for the office identity that every package this installation sends carries: once
    at first start; a change later saves only once the person confirms what it changes.

    Signals: none beyond QDialog's; after accept(), `identity` holds what was saved.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.identity: OfficeIdentity | None = None
        self.confirm_box: QMessageBox | None = None  # while a change waits for confirmation
        self.change_button: QAbstractButton | None = None  # the box's Change identity
        self._current = local_office(context.database)
        self.setWindowTitle(self.tr("Office identity") if self._current
                            else self.tr("Set up this office"))
        self._build()
        self._update()

    def _intro_text(self) -> str:
        if self._current is not None:
            return self.tr(
                "The packages this office sends carry its name and country, and its country "
                "decides which conferences' recommendations you see first. Saving a change "
                "first tells you what it changes and asks you to confirm it.")
        return self.tr(
            "Tenpoint works offline. Tell it once which office this is: the packages you "
            "send carry this identity, and your country decides which conferences' "
            "recommendations you see first.")

    def _build(self) -> None:
        intro = QLabel(self._intro_text())
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. UNHCR Representation in Kenya"))
        self.name_edit.setMaxLength(200)
        self.country_combo = self._country_combo()
        for watched in (self.country_combo, self.country_combo.lineEdit()):
            watched.installEventFilter(self)
        self.hq_check = QCheckBox(self.tr("This is headquarters (merges the offices' packages)"))
        self.regions_label = QLabel()
        self.regions_label.setTextFormat(Qt.TextFormat.RichText)
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
        """A country list people can type into: 'ken' finds Kenya, 'KE' too, 'Sén' and
        'Seneg' Sénégal in French. The country is what the box shows, never an entry it does
        not show."""
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # An empty first entry (no country): the box is empty and says so.
        self._known_countries = fill_country_box(combo, countries(self.context.database))
        combo.lineEdit().setPlaceholderText(self.tr("(no country)"))
        combo.setToolTip(self.tr("Type part of the country's name or its code, then choose it "
                                 "from the list."))
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

    def _conferences_text(self) -> str:
        """The conferences the office will follow, each with why (Kenya: Sana'a 2008 for its
        follow-up teleconferences, Dar es Salaam 2010 as a participant)."""
        country = self._country()
        if self.hq_check.isChecked():  # headquarters' scope is every event, whatever its country
            return self.tr("Headquarters sees every region's conferences.")
        if not country:
            return self.tr("Choose the office's country.")
        reasons = country_event_reasons(self.context.database, country)
        return office_conferences_html(reasons) or self.tr(
            "This country took part in none of the regional conferences; you will see all "
            "of them.")

    def _update(self) -> None:
        """Show the conferences the chosen country follows, and why; enable Save when
        complete."""
        self.regions_label.setText(self._conferences_text())
        self._fit_height()
        # a name the box does not know leaves Save on, so that saving says what is wrong
        complete = bool(self.name_edit.text().strip()) and (
            bool(self._typed_country()) or self.hq_check.isChecked())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(complete)
        self.error_label.clear()

    def _fit_height(self) -> None:
        """Take the height the wrapped lines need at the present width: a shown window keeps
        its height when a label's text changes, so the Conferences line of a country in two
        regions would be cut off (and a shorter one left in a gap). Showing the dialog sizes
        it right by itself (adjustSize)."""
        if not self.isVisible():
            return
        self.layout().activate()  # measures the label's new text
        needed = self.layout().totalHeightForWidth(self.width())
        if needed != self.height():
            self.resize(self.width(), needed)

    def _save(self) -> None:
        if self._refuse_unknown_country():
            return
        self._store(force=False)

    def _store(self, force: bool) -> None:
        """Save through the service; a change to an identity already set up is confirmed
        first (the service refuses it without force, as `tenpoint setup` does)."""
        try:
            self.identity = setup_office(self.context.database, self.name_edit.text(),
                                         self._country(), self.hq_check.isChecked(),
                                         force=force)
        except IdentityExistsError:
            self._confirm_change()
            return
        except TenpointDataError as error:
            self.error_label.setText(error_message(error))
            return
        self.accept()

    # --- changing an identity already set up ------------------------------------------------
    def _confirm_change(self) -> None:
        """Say what the change changes for packages and activities; Change saves it, Cancel
        leaves everything as it was."""
        current = local_office(self.context.database)
        changes = identity_changes(self.context.database, self.name_edit.text(),
                                   self._country(), self.hq_check.isChecked())
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Change the office identity?"),
                          self._change_question(current), QMessageBox.StandardButton.Cancel,
                          self)
        box.setInformativeText("\n\n".join(self._change_consequences(current, changes)))
        self.change_button = box.addButton(self.tr("C&hange identity"),
                                           QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(self._change_answered)
        self.confirm_box = box
        box.open()

    def _change_answered(self, button: QAbstractButton) -> None:
        self.confirm_box = None
        if button is self.change_button:
            self._store(force=True)

    def _country_text(self, iso2: str | None) -> str:
        """A country as the country box lists it ("Kenya (KE)"), for the confirmation."""
        index = self.country_combo.findData(iso2) if iso2 else -1
        return self.country_combo.itemText(index) if index > 0 else self.tr("with no country")

    def _change_question(self, current: OfficeIdentity) -> str:
        return self.tr(
            "This installation is set up as “{old}”, {old_country}. Change it to “{new}”, "
            "{new_country}?").format(
                old=current.name, old_country=self._country_text(current.country_iso2),
                new=self.name_edit.text().strip(),
                new_country=self._country_text(self._country()))

    def _change_consequences(self, current: OfficeIdentity,
                             changes: tuple[str, ...]) -> list[str]:
        """What stays and what changes, as db/sync holds it (tests/db/installation/
        test_identity_change.py checks each sentence's claim)."""
        field_office = not self.hq_check.isChecked()
        country = self._country_text(self._country())
        said = [self.tr(
            "The office keeps its ID and its signing key: its activities stay its own, and "
            "its packages are still recognised where they arrive.")]
        said.append(self.tr(
            "Packages already sent keep the old name and country; each office knows "
            "headquarters by the new ones from the next update it receives.")
            if current.is_headquarters else self.tr(
            "Packages already sent keep the old name and country; headquarters knows this "
            "office by the new ones from its next package."))
        if field_office and (COUNTRY in changes or ROLE in changes):
            said.append(self.tr(
                "The conferences whose recommendations you see first are those listed under "
                "Conferences. Activities recorded for a country other than {country} can no "
                "longer be sent: headquarters refuses them when they arrive in a package, and "
                "here they can be saved only with this country."
            ).format(country=country))
        if ROLE in changes:
            said.append(self.tr(
                "As a field office, this installation sends its activities to headquarters "
                "and no longer takes in the offices' packages.") if field_office else self.tr(
                "As headquarters, this installation takes in the offices' packages and sends "
                "them updates, instead of sending its own package to headquarters."))
        return said
