"""Thousands of signals and hundreds of editors through the real main window, then a clean
exit: the use that made the Qt binding leak abort (tests/desktop/soak_window.py does the
work in its own interpreter, so an abort at exit shows as its exit code)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("soak_window.py")
SIGNALS, EDITORS = 4_000, 200


@pytest.mark.slow
def test_the_window_survives_thousands_of_signals_and_editors_and_exits_cleanly(
        catalog_template, tmp_path):
    shutil.copy(catalog_template, tmp_path / "tenpoint.sqlite")
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path), str(SIGNALS), str(EDITORS)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True,
        timeout=600, check=False)
    assert "Fatal Python error" not in result.stderr, result.stderr[-3000:]
    assert result.returncode == 0, result.stderr[-3000:]
    assert (f"emitted {SIGNALS} signals, opened and closed the editor {EDITORS} times"
            in result.stdout)
