"""The Qt application a command-line run needs (fonts for PDF reports, translations), made
offscreen: the command line may run where there is no display."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication


def offscreen_application() -> QGuiApplication:
    """The running application, else a new offscreen one."""
    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication([sys.argv[0] if sys.argv else "tenpoint", "-platform",
                               "offscreen"])
    return app
