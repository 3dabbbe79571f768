"""A crash of the interpreter itself leaves its traceback in logs/crash.log."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CRASH = """
import faulthandler, sys
from desktop.context import setup_logging
from desktop.paths import data_paths

def open_the_activity_editor():
    faulthandler._sigsegv()  # what a fault in a C extension does

setup_logging(data_paths(sys.argv[1]))
open_the_activity_editor()
"""


def test_a_segfault_writes_the_python_traceback_to_the_crash_log(tmp_path):
    result = subprocess.run([sys.executable, "-c", CRASH, str(tmp_path)], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert result.returncode != 0
    report = (tmp_path / "logs" / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in report
    assert "open_the_activity_editor" in report
