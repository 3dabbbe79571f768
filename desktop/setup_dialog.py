"""First-start dialog: this installation's office name, country and headquarters role."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
        self.country_combo.currentIndexChanged.connect(self._update)
        self.hq_check.toggled.connect(self._update)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 48)

    def _country_combo(self) -> QComboBox:
        """A country list people can type into: 'ken' finds Kenya, 'KE' too."""
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem(self.tr("(no country)"), None)
        for iso2, name in countries(self.context.database):
            combo.addItem(f"{name} ({iso2})", iso2)
        completer = combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCurrentIndex(0)
        return combo

    def select_country(self, iso2: str) -> None:
        self.country_combo.setCurrentIndex(self.country_combo.findData(iso2))

    def _country(self) -> str | None:
        return self.country_combo.currentData()

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
        complete = bool(self.name_edit.text().strip()) and (
            country is not None or self.hq_check.isChecked())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(complete)
        self.error_label.clear()

    def _save(self) -> None:
        try:
            self.identity = setup_office(self.context.database, self.name_edit.text(),
                                         self._country(), self.hq_check.isChecked())
        except TenpointDataError as error:
            self.error_label.setText(error_message(error))
            return
        self.accept()

