"""Child of tests/desktop/test_soak.py: drives the real main window hard, then quits it.

    python soak_window.py DATA_DIR [SIGNALS] [EDITORS]

Opens (or creates) the database in DATA_DIR as a Nairobi office, shows the main window and,
from its event loop, emits SIGNALS signals through the window's own wiring (tabs, selections
in the tree, cross-reference requests, action states) and opens and closes the activity editor
EDITORS times (new activities, some saved, and saved ones opened again). Then it quits through
File > Quit and prints what it did. A binding that loses references to None/True/False
aborts here, during the work or at the interpreter's exit, with exit code 134.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from db.installation.office import local_office, setup_office  # noqa: E402
from desktop.app import make_application  # noqa: E402
from desktop.main_window import MainWindow  # noqa: E402
from desktop.opening import open_context
from tests.desktop.window_support import main_window  # noqa: E402

ITEMS = ("DES-SR-III-01", "DES-AP-I-A03", "SAN-SR-3-02", "DES-SR-VII-02")


def emit_signals(window: MainWindow, count: int) -> int:
    """Emit `count` signals through the window's real connections; returns how many."""
    emitted = 0
    tabs, browser = window.tabs, window.browser
    while emitted < count:
        tabs.setCurrentIndex(emitted % 2)  # currentChanged, then the area's own updates
        browser.detail_pane.item_requested.emit(ITEMS[emitted % len(ITEMS)])
        window.activities.new_action.setEnabled(emitted % 3 != 0)  # changed
        window.activities.view.selectRow(emitted % 5)  # selectionChanged, actions
        emitted += 4
        if emitted % 200 == 0:
            QApplication.processEvents()
    return emitted


def open_and_close_editors(window: MainWindow, count: int) -> int:
    """Open the editor `count` times: new ones (every fourth saved) and saved ones again."""
    area, saved = window.activities, []
    for cycle in range(count):
        if saved and cycle % 2:
            area.open_activity(saved[cycle % len(saved)])
        else:
            area.new_activity([ITEMS[cycle % len(ITEMS)]])
        editor = area.editor
        QApplication.processEvents()
        if editor.record is None and cycle % 4 == 0:
            editor.inputs["title"].setText(f"Soak activity {cycle}")
            assert editor.save(), "the editor refused a valid activity"
            saved.append(editor.record.uuid)
        else:
            editor.reject()
        QApplication.processEvents()
    return count


def drive(window: MainWindow, signals: int, editors: int) -> None:
    emitted = emit_signals(window, signals)
    opened = open_and_close_editors(window, editors)
    print(f"emitted {emitted} signals, opened and closed the editor {opened} times", flush=True)
    window.quit_action.trigger()  # File > Quit


def main() -> int:
    data_dir, signals, editors = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    app = make_application()
    context = open_context(data_dir)
    if local_office(context.database) is None:
        setup_office(context.database, "Nairobi", "KE")
    window = main_window(context)
    window.show()
    QTimer.singleShot(0, lambda: drive(window, signals, editors))
    try:
        return app.exec()
    finally:
        context.close()


if __name__ == "__main__":
    sys.exit(main())
