"""`tenpoint --smoke-test`: passes on a working installation and names the step that fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop import smoke
from desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_smoke_test_passes_in_process_and_cleans_up(qapp, capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(smoke.tempfile, "tempdir", str(tmp_path))
    assert smoke.run_smoke_test() == 0
    out = capsys.readouterr().out
    for name, _ in smoke.STEPS:
        assert f"{name}: ok" in out
    assert "Smoke test passed." in out
    assert list(tmp_path.iterdir()) == []  # the temporary data folder is gone


def test_a_failing_step_is_named_and_the_exit_code_is_not_zero(qapp, capsys, monkeypatch):
    def broken(run):
        raise RuntimeError("catalog files missing")

    steps = list(smoke.STEPS)
    steps[1] = ("load the catalog", broken)
    monkeypatch.setattr(smoke, "STEPS", steps)
    assert main(["--smoke-test"]) == 1
    captured = capsys.readouterr()
    assert "FAILED at step 2/" in captured.err and "load the catalog" in captured.err
    assert "catalog files missing" in captured.err
    assert "[1/" in captured.out and "Smoke test passed." not in captured.out


def test_smoke_test_checks_the_preconfiguration(qapp, capsys, tmp_path):
    """IT can check their tenpoint.ini on a laptop before handing it over."""
    ini = tmp_path / "tenpoint.ini"
    ini.write_text("[office]\nname = Sana'a office\ncountry = YE\n", encoding="utf-8")
    assert smoke.run_smoke_test(str(ini)) == 0
    assert "office Sana'a office (YE)" in capsys.readouterr().out
    ini.write_text("[office]\nname = Sana'a office\ncountry = XX\n", encoding="utf-8")
    assert smoke.run_smoke_test(str(ini)) == 1
    assert "set up the office" in capsys.readouterr().err


def test_smoke_test_as_a_command(tmp_path):
    """The way CI runs it on the frozen build: a process of its own, exit code 0."""
    environment = dict(os.environ, TMPDIR=str(tmp_path), QT_QPA_PLATFORM="xcb")
    result = subprocess.run([sys.executable, "-m", "desktop", "--smoke-test"], cwd=ROOT,
                            env=environment, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    assert "Smoke test passed." in result.stdout
    assert list(tmp_path.iterdir()) == []
