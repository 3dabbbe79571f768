"""The application starts and quits cleanly, again and again, as a separate program on a real
X server: through the first-start dialog, and on an office already set up. Each run must end
with exit code 0 and no interpreter error (the Qt binding leak ended 3 quits in 4 with
`Fatal Python error: bool_dealloc`, exit code 134)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from db.installation.office import local_office
from db.storage.database import open_database
from tests.desktop.x_session import XSession
from tests.outside_tools import needs

RUNS = 20  # in a row: 10 first starts, each followed by a start on the office it set up
QUIT_SECONDS = 60
MAIN_WINDOW_WIDTH = 800  # the start-up window, also titled Tenpoint, is smaller


@pytest.fixture
def x_session():
    session = XSession()
    yield session
    session.close()


def start(x_session: XSession, data_dir) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(data_dir)],
                            env=x_session.environment(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def set_up_kenya_office(x_session: XSession, program: subprocess.Popen) -> None:
    """Type the office's name, pick Kenya from the country completer, save."""
    dialog = x_session.wait_for_window("Set up this office", program)
    x_session.focus(dialog)
    x_session.type("Nairobi")
    x_session.keys("Tab")
    x_session.type("Kenya")
    x_session.keys("Down", "Return", "Return")


def quit_from_the_file_menu(x_session: XSession, program: subprocess.Popen) -> None:
    main_window = x_session.wait_for_window("Tenpoint", program, min_width=MAIN_WINDOW_WIDTH)
    x_session.focus(main_window)
    x_session.keys("alt+f", "q")


def finish(program: subprocess.Popen, run: int) -> None:
    try:
        _, stderr = program.communicate(timeout=QUIT_SECONDS)
    except subprocess.TimeoutExpired as still_running:
        program.kill()
        program.communicate()
        raise AssertionError(f"run {run}: still running {QUIT_SECONDS} s after File > Quit"
                             ) from still_running
    assert "Fatal Python error" not in stderr, f"run {run}:\n{stderr}"
    assert program.returncode == 0, f"run {run}: exit code {program.returncode}\n{stderr}"


@pytest.mark.slow
@needs("Xvfb", "xdotool")
def test_twenty_starts_and_quits_in_a_row_all_exit_cleanly(x_session, catalog_template,
                                                           tmp_path):
    for first in range(0, RUNS, 2):
        data_dir = tmp_path / f"office-{first}"
        data_dir.mkdir()
        shutil.copy(catalog_template, data_dir / "tenpoint.sqlite")
        program = start(x_session, data_dir)
        set_up_kenya_office(x_session, program)
        quit_from_the_file_menu(x_session, program)
        finish(program, first + 1)
        database = open_database(data_dir / "tenpoint.sqlite")
        office = local_office(database)
        database.close()
        assert (office.name, office.country_iso2) == ("Nairobi", "KE"), f"run {first + 1}"
        program = start(x_session, data_dir)
        quit_from_the_file_menu(x_session, program)
        finish(program, first + 2)
