"""Tests that drive programs outside Python (LibreOffice, an X server, xdotool).

On a developer's machine without them such a test is skipped, saying what to install;
`./dev.sh test` installs them all, and CI (TENPOINT_TESTS_NEED_ALL_TOOLS=1) fails the test
instead of skipping it, so a missing tool can never turn a check into a silent skip.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from collections.abc import Callable

import pytest

ALL_TOOLS_REQUIRED = bool(os.environ.get("TENPOINT_TESTS_NEED_ALL_TOOLS"))
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, which has LibreOffice's uno bridge


def system_python_has_uno() -> bool:
    if not os.path.exists(SYSTEM_PYTHON):
        return False
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True,
                           check=False)
    return probe.returncode == 0


def needs(*programs: str, uno: bool = False) -> Callable:
    """Decorate a test that runs these programs (and, with uno, LibreOffice's bridge)."""
    missing = [name for name in programs if shutil.which(name) is None]
    if uno and not system_python_has_uno():
        missing.append(f"{SYSTEM_PYTHON} with uno (python3-uno)")
    if sys.platform == "win32":
        missing.append("Linux")
    if not missing:
        return lambda test: test
    reason = f"needs {', '.join(missing)}; ./dev.sh test installs them"
    if not ALL_TOOLS_REQUIRED:
        return pytest.mark.skip(reason=reason)

    def failing(test: Callable) -> Callable:
        @functools.wraps(test)
        def fail(*args, **kwargs):
            pytest.fail(reason)
        return fail
    return failing
