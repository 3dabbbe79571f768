"""The main window: one tab per area (recommendations, activities, sync), menus, status."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from db.resources import app_version
from desktop.activities.area import ActivitiesArea
from desktop.browser.area import BrowserArea
from desktop.context import AppContext
from desktop.shared.bidi import ltr
from desktop.shared.countries import country_with_code
from desktop.translations import LANGUAGES, language_switcher, locale_for

if TYPE_CHECKING:
    from db.installation.office import OfficeIdentity
    from desktop.backups.dialog import BackupsDialog
    from desktop.database_side import DatabaseSide
    from desktop.progress.area import ProgressArea
    from desktop.server_watch import ServerWatch
    from desktop.setup_dialog import SetupDialog
    from desktop.sync.area import SyncArea

GEOMETRY_KEY = "main/geometry"
WINDOW_STATE_KEY = "main/state"
# A laptop screen this size or smaller (in either direction) opens the window maximised on a
# first start: the default 1200x720 leaves too little room around it to be of use.
SMALL_SCREEN = (1366, 768)


def small_screen(screen: QScreen | None) -> bool:
    """Whether screen is no wider or no taller than a 1366x768 laptop's."""
    if screen is None:
        return False
    size = screen.size()
    return size.width() <= SMALL_SCREEN[0] or size.height() <= SMALL_SCREEN[1]


class MainWindow(QMainWindow):
    """The application window; each area is its own widget and the window only wires them.

    It shows the catalog and the activities at once (read from the QuickReader on a quick
    start, desktop/startup.py); attach() then brings what needs the open database (the
    office, the editor, search, the Sync area), and what a person asked for meanwhile is done.
    On a shared server, other officers' imports make it read its lists again (ServerWatch).
    """

    # The language changed: desktop/startup.py replaces this window by rebuilt() (every text
    # of every area is set where it is built, so building again is how all of it follows).
    language_switched = Signal()

    def __init__(self, context: AppContext, side: DatabaseSide | None = None) -> None:
        super().__init__()
        self.context = context
        self._switching = False
        self.setWindowTitle(self.tr("Tenpoint"))
        self.side: DatabaseSide | None = None  # attach()
        self.identity: OfficeIdentity | None = None
        self.setup_dialog: SetupDialog | None = None
        self.backups_dialog: BackupsDialog | None = None
        self.sync: SyncArea | None = None
        self.progress: ProgressArea | None = None
        self.server_watch: ServerWatch | None = None  # attach(), on a shared server
        self.browser = BrowserArea(context)
        self.activities = ActivitiesArea(context)
        self.sync_placeholder = QWidget()  # the Sync area takes its tab in attach()
        self.progress_placeholder = QWidget()  # and the Progress area its own
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.browser, self.tr("&Recommendations"))
        self.tabs.addTab(self.activities, self.tr("&Activities"))
        self.tabs.addTab(self.sync_placeholder, self.tr("&Sync"))
        self.tabs.addTab(self.progress_placeholder, self.tr("&Progress"))
        for placeholder in (self.sync_placeholder, self.progress_placeholder):
            self.tabs.setTabEnabled(self.tabs.indexOf(placeholder), False)
        self.setCentralWidget(self.tabs)
        self._build_status_bar()
        self._build_menus()
        self._connect_areas()
        self._restore_state()
        if side is not None:
            self.attach(side)

    def attach(self, side: DatabaseSide) -> None:
        """The database is open: what needs it joins the window (side.context's database
        replaces a quick start's reader), then what waited for it is done."""
        self.context.attach(side.context)
        self.side = side
        self.browser.attach(side.catalog_lookup())
        self.activities.attach(side.activity_editing(self.activities))
        self._add_sync_area(side.sync_area())
        self._add_progress_area(side.progress_area())
        self._database_ready()
        self._watch_server(side)
        self.context.run_waiting()

    def _add_sync_area(self, area: SyncArea) -> None:
        area.activities_changed.connect(self.browser.refresh)
        area.activities_changed.connect(self.activities.refresh)
        area.restore_state()
        index = self.tabs.indexOf(self.sync_placeholder)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, area, self.tr("&Sync"))
        self.sync_placeholder.deleteLater()
        self.sync = area

    def _add_progress_area(self, area: ProgressArea) -> None:
        area.item_open_requested.connect(self.open_item)
        area.activity_open_requested.connect(self.open_activity)
        self.sync.activities_changed.connect(area.reload)
        self.activities.activities_changed.connect(area.reload)
        index = self.tabs.indexOf(self.progress_placeholder)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, area, self.tr("&Progress"))
        self.progress_placeholder.deleteLater()
        self.progress = area
        self.export_report_action.setEnabled(True)
        self.print_report_action.setEnabled(True)

    def _database_ready(self) -> None:
        self.identity = self.side.identity()
        self._show_identity()
        self._show_database()
        if self.identity is None:
            QTimer.singleShot(0, self.open_setup_dialog)

    def _watch_server(self, side: DatabaseSide) -> None:
        """On a shared server: hear of other officers' changes until the window closes or
        the application quits (whichever comes first stops the listening thread)."""
        self.server_watch = side.server_watch(self)
        if self.server_watch is None:
            return
        self.server_watch.catalog_changed.connect(self.activities.catalog_changed)
        self.server_watch.changed.connect(self.changed_elsewhere)
        QApplication.instance().aboutToQuit.connect(self.server_watch.stop)
        self.server_watch.start()

    def changed_elsewhere(self) -> None:
        """Another officer imported packages, resolved a conflict or changed the catalog on
        the shared database: every area reads it again, as after an import made here."""
        self._refresh_sync()
        self.browser.refresh()
        self.activities.refresh()
        self._refresh_progress()

    # --- building ---------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.office_status = QLabel()
        self.country_status = QLabel()
        self.database_status = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.database_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.office_status, self.country_status):
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(self.database_status)
        self._show_identity()
        self._show_database()

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        self.new_activity_action = self._action(
            self.tr("&New follow-up activity..."), self.new_activity, QKeySequence.StandardKey.New)
        self.find_action = self._action(self.tr("&Find"), self.focus_search,
                                        QKeySequence.StandardKey.Find)
        self.setup_action = self._action(self.tr("Office &identity..."), self.open_setup_dialog)
        self.quit_action = self._action(self.tr("&Quit"), self.close,
                                        QKeySequence.StandardKey.Quit)
        about_action = self._action(self.tr("&About Tenpoint"), self.show_about)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.setup_action)
        self.backups_action = self._action(self.tr("&Backups..."), self.open_backups_dialog)
        file_menu.addAction(self.backups_action)
        self.export_report_action = self._action(self.tr("Export &report..."),
                                                 self.export_report)
        self.print_report_action = self._action(self.tr("&Print report..."), self.print_report,
                                                QKeySequence.StandardKey.Print)
        for action in (self.export_report_action, self.print_report_action):
            action.setEnabled(False)  # until the Progress area is attached
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.new_activity_action)
        edit_menu.addAction(self.find_action)
        edit_menu.addMenu(self._language_menu())
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(about_action)
        # The window owns Ctrl+N and Ctrl+F; the area's copies would make them ambiguous.
        for action in (self.activities.new_action, self.activities.find_action):
            action.setShortcut(QKeySequence())

    def _language_menu(self) -> QMenu:
        """One entry per language, each named in itself; the current one checked."""
        menu = QMenu(self.tr("&Language"), self)
        group = QActionGroup(self)
        current = language_switcher().language
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=code == current)
            action.triggered.connect(lambda _checked, code=code: self.choose_language(code))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action
        return menu

    def choose_language(self, code: str) -> None:
        """Speak code from now on, in every window, and next time too."""
        switcher = language_switcher()
        if code == switcher.language:
            return
        self.context.settings.set_language(code)
        self.context.settings.sync()
        switcher.switch(code, locale_for(code))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        # Each translator removed or installed sends one LanguageChange: rebuild once.
        if event.type() == QEvent.Type.LanguageChange and not self._switching:
            self._switching = True
            QTimer.singleShot(0, self.language_switched.emit)
        super().changeEvent(event)

    def rebuilt(self) -> MainWindow:
        """This window built again (in the current language), showing what this one showed;
        this one closes."""
        self.save_state()
        tab = self.tabs.currentIndex()
        item = self.browser.detail_pane.current_code()
        window = MainWindow(self.context, self.side)
        if item:
            window.browser.select_item(item)
        window.tabs.setCurrentIndex(tab)
        window.show()
        self.close()
        self.deleteLater()
        return window

    def _connect_areas(self) -> None:
        self.browser.add_activity_requested.connect(self.new_activity_for_item)
        self.browser.activity_open_requested.connect(self.open_activity)
        self.activities.activities_changed.connect(self.browser.refresh)
        self.activities.activities_changed.connect(self._refresh_sync)
        self.browser.catalog_changed.connect(self._catalog_changed)

    def _catalog_changed(self) -> None:
        """Headquarters changed the catalog: the item picker offers the new state, and lists
        and figures follow the links a merge moved."""
        self.activities.catalog_changed()
        self._refresh_sync()
        self._refresh_progress()

    def _refresh_sync(self) -> None:
        if self.sync is not None:
            self.sync.refresh()

    # --- identity and status ---------------------------------------------------------------
    def _show_identity(self) -> None:
        identity = self.identity
        if not self.context.ready:  # read with the database, a moment after the window shows
            return
        if identity is None:
            self.office_status.setText(self.tr("Office: not set up"))
            self.country_status.setText("")
            return
        role = self.tr("headquarters") if identity.is_headquarters else self.tr("field office")
        self.office_status.setText(self.tr("Office: {name} ({role})").format(
            name=identity.name, role=role))
        country = (country_with_code(identity.country_iso2, identity.country_name)
                   if identity.country_iso2 else self.tr("no country"))
        self.country_status.setText(self.tr("Country: {country}").format(country=country))

    def _show_database(self) -> None:
        """Where the database is, in the status bar: the file, or the shared server (named in
        the title too, so an officer knows others work on the same data)."""
        location = ltr(self.context.database_location)  # a path or a URL: left to right
        if not self.context.on_server:
            self.database_status.setText(location)
            self.database_status.setToolTip("")
            return
        self.setWindowTitle(self.tr("Tenpoint - shared database"))
        self.database_status.setText(self.tr("Shared database: {location}").format(
            location=location))
        self.database_status.setToolTip(self.tr(
            "The headquarters database on a PostgreSQL server, shared with the other officers: "
            "what they import shows here too."))

    def open_setup_dialog(self) -> None:
        """The first-start dialog (also reachable from the File menu)."""
        self.context.when_ready(self._open_setup_dialog)

    def _open_setup_dialog(self) -> None:
        self.setup_dialog = self.side.setup_dialog(self)
        if self.identity is not None:
            self.setup_dialog.name_edit.setText(self.identity.name)
            self.setup_dialog.hq_check.setChecked(self.identity.is_headquarters)
            if self.identity.country_iso2:
                self.setup_dialog.select_country(self.identity.country_iso2)
        self.setup_dialog.accepted.connect(self._identity_saved)
        self.setup_dialog.open()

    def open_backups_dialog(self) -> None:
        """Backups of the database; restoring one reloads every area."""
        self.context.when_ready(self._open_backups_dialog)

    def _open_backups_dialog(self) -> None:
        self.backups_dialog = self.side.backups_dialog(self)
        self.backups_dialog.restored.connect(self.reload_data)
        self.backups_dialog.open()

    def reload_data(self) -> None:
        """The database's content was replaced (a restore): every area reads it again."""
        self._database_ready()  # the identity too; none restored: the setup dialog opens
        self.browser.refresh()
        self.activities.refresh()
        self._refresh_sync()
        self._refresh_progress()

    def _refresh_progress(self) -> None:
        if self.progress is not None:
            self.progress.reload()

    def _identity_saved(self) -> None:
        self.identity = self.setup_dialog.identity
        self._show_identity()
        self.browser.refresh()
        self.activities.refresh()
        self._refresh_sync()
        self._refresh_progress()

    # --- wiring between areas ---------------------------------------------------------------
    def new_activity(self) -> None:
        """Ctrl+N: on the Recommendations tab, linked to the item shown there, as its "Add
        follow-up activity" button does; elsewhere, linked to nothing yet."""
        item_code = self._item_to_follow_up()
        if item_code is not None:
            self.new_activity_for_item(item_code)
            return
        self.tabs.setCurrentWidget(self.activities)
        self.activities.new_activity()

    def _item_to_follow_up(self) -> str | None:
        """The recommendation selected on the Recommendations tab, if it is current and the
        item takes follow-up (its button is enabled: not a retired item)."""
        if self.tabs.currentWidget() is not self.browser:
            return None
        pane = self.browser.detail_pane
        return pane.current_code() if pane.add_button.isEnabled() else None

    def new_activity_for_item(self, item_code: str) -> None:
        self.tabs.setCurrentWidget(self.activities)
        self.activities.new_activity([item_code])

    def open_item(self, item_code: str) -> None:
        self.tabs.setCurrentWidget(self.browser)
        self.browser.select_item(item_code)

    def export_report(self) -> None:
        """The report of what the Progress area shows."""
        if self.progress is not None:
            self.progress.export_report()

    def print_report(self) -> None:
        """The report of what the Progress area shows, in a print preview."""
        if self.progress is not None:
            self.progress.print_report()

    def open_activity(self, activity_uuid: str) -> None:
        self.tabs.setCurrentWidget(self.activities)
        self.activities.open_activity(activity_uuid)

    def focus_search(self) -> None:
        """Ctrl+F searches where the person is: recommendations or activities."""
        if self.tabs.currentWidget() is self.activities:
            self.activities.focus_filter()
        else:
            self.browser.focus_search()

    def show_about(self) -> None:
        self.context.when_ready(self._show_about)

    def _show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Tenpoint"), self.tr(
            "<p><b>Tenpoint {version}</b></p><p>Follow-up of the recommendations of the "
            "10-Point Plan of Action regional conferences, offline.</p>"
            "<p>Catalog version {catalog}. Database: {database}</p>").format(
                version=app_version(), catalog=self.context.catalog_load.to_version,
                database=escape(ltr(self.context.database_location))))

    # --- state between runs ----------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = self.context.settings
        geometry = settings.state(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 720)  # fits a 1366x768 laptop screen with its task bar
            if small_screen(self.screen()):  # there every pixel counts: take them all
                self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        state = settings.state(WINDOW_STATE_KEY)
        if state is not None:
            self.restoreState(state)
        self.browser.restore_state()
        self.activities.restore_state()

    def save_state(self) -> None:
        settings = self.context.settings
        settings.set_state(GEOMETRY_KEY, self.saveGeometry())
        settings.set_state(WINDOW_STATE_KEY, self.saveState())
        self.browser.save_state()
        self.activities.save_state()
        if self.sync is not None:
            self.sync.save_state()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_state()
        if self.server_watch is not None:  # its thread ends before the database closes
            self.server_watch.stop()
        self.browser.wait_for_follow_up()  # a background read must end before the database
        if self.progress is not None:
            self.progress.wait_for_reads()
        super().closeEvent(event)

