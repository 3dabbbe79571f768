"""Qt tests run offscreen, with Qt warnings treated as failures (pytest-qt's qt_log_level_fail)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
