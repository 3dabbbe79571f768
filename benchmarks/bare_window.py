"""A bare PySide6 window: the start-up baseline that benchmarks/startup_bench.py freezes and times.

With TENPOINT_STARTUP_PROBE=1 it prints "first-paint <epoch seconds>" once the window has
painted and quits, exactly as Tenpoint's own probe does (desktop/startup.py).
"""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    """Prints the time of the window's first paint, then quits."""

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        print(f"first-paint {time.time():.4f}", flush=True)
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.resize(1200, 720)
    probe = FirstPaint()
    if os.environ.get("TENPOINT_STARTUP_PROBE"):
        window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
