"""The main window: which office and database this installation uses, and what the catalog holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from db.catalog_queries import CatalogStats, catalog_stats
from db.offices import OfficeIdentity, local_office
from desktop.context import AppContext


class OfficePanel(QGroupBox):
    """This installation's identity and database."""

    def __init__(self, identity: OfficeIdentity | None, database_path: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("This installation"), parent)
        layout = QFormLayout(self)
        self.office_label = QLabel(self._office_text(identity))
        self.country_label = QLabel(self._country_text(identity))
        self.regions_label = QLabel(self._regions_text(identity))
        self.database_label = QLabel(database_path)
        for label in (self.office_label, self.regions_label, self.database_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addRow(self.tr("Office:"), self.office_label)
        layout.addRow(self.tr("Country:"), self.country_label)
        layout.addRow(self.tr("Regions:"), self.regions_label)
        layout.addRow(self.tr("Database:"), self.database_label)

    def _office_text(self, identity: OfficeIdentity | None) -> str:
        if identity is None:
            return self.tr("Not set up yet. Run: tenpoint setup --office-name NAME --country CC")
        role = self.tr("headquarters") if identity.is_headquarters else self.tr("field office")
        return f"{identity.name} ({role})"

    def _country_text(self, identity: OfficeIdentity | None) -> str:
        if identity is None or identity.country_iso2 is None:
            return self.tr("none")
        return f"{identity.country_name} ({identity.country_iso2})"

    def _regions_text(self, identity: OfficeIdentity | None) -> str:
        if identity is None:
            return self.tr("none")
        if not identity.regions:
            return self.tr("all") if identity.is_headquarters else self.tr("none")
        return "; ".join(f"{r.name}: {', '.join(r.event_names)}" for r in identity.regions)


class CatalogSummaryView(QGroupBox):
    """The catalog's contents per event and document, with item counts."""

    def __init__(self, stats: CatalogStats, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Recommendations catalog (version {version})")
                         .format(version=stats.version), parent)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Event / document"), self.tr("Items")])
        self._fill(stats)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.expandAll()
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def _fill(self, stats: CatalogStats) -> None:
        documents = {block.code: block for block in stats.documents}
        for event in stats.events:
            event_row = [QStandardItem(f"{event.code}  {event.name}"),
                         self._count(event.total)]
            for code, block in documents.items():
                if code.startswith(event.code + "-"):
                    event_row[0].appendRow([QStandardItem(f"{code}  {block.name}"),
                                            self._count(block.total)])
            self.model.appendRow(event_row)

    @staticmethod
    def _count(value: int) -> QStandardItem:
        item = QStandardItem(str(value))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item


class MainWindow(QMainWindow):
    """The application window; the areas are separate widgets so each can grow on its own."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("Tenpoint"))
        identity = local_office(context.database)
        database_path = str(context.paths.database)
        self.office_panel = OfficePanel(identity, database_path)
        self.catalog_view = CatalogSummaryView(catalog_stats(context.database))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.office_panel)
        layout.addWidget(self.catalog_view, stretch=1)
        self.setCentralWidget(central)
        self._show_status(identity, database_path)

    def _show_status(self, identity: OfficeIdentity | None, database_path: str) -> None:
        office = identity.name if identity else self.tr("no office set up")
        country = (identity.country_iso2 if identity and identity.country_iso2
                   else self.tr("no country"))
        self.statusBar().showMessage(
            self.tr("{office} | {country} | {database}").format(
                office=office, country=country, database=database_path))
