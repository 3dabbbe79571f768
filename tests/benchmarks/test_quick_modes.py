"""Every benchmark still runs: each one's --quick mode, small and once, as CI runs it.

benchmarks/activities_bench.py once stopped working for months unnoticed (its fill wrote no
change_uuid). Nothing here is timed: a quick run on a busy CI machine proves only that the
script works and prints its figures; the figures themselves are read by people.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
SCRIPTS = sorted(BENCHMARKS.glob("*_bench.py"))
FIGURE = re.compile(r"\d[\d,]*(\.\d+)?\s*(ms|s|MB|x)\b")


def test_every_benchmark_has_a_quick_mode():
    assert SCRIPTS
    assert [s.name for s in SCRIPTS if "--quick" not in s.read_text()] == []


@pytest.mark.slow
@pytest.mark.parametrize("script", SCRIPTS, ids=[s.stem for s in SCRIPTS])
def test_quick_mode_runs_and_prints_its_figures(script, tmp_path):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    result = subprocess.run([sys.executable, str(script), "--quick"], capture_output=True,
                            text=True, env=environment, cwd=tmp_path, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert FIGURE.search(result.stdout), result.stdout
    assert "Traceback" not in result.stderr, result.stderr[-3000:]  # an error in a Qt slot
