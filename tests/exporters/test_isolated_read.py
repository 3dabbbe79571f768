"""The child process that reads untrusted files: its death, its limits, Cancel and progress."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from exporters import isolated_read, problems
from exporters.errors import OperationCancelled
from exporters.isolated_read import Limits, child_main, read_packages_isolated

PACKAGE = Path(__file__).resolve().parents[1] / "fixtures" / "packages" / "nairobi-office.xlsx"
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="no resource limits on Windows")


# Child targets: the child imports them from this module by name (spawn pickles references).
def aborting_child(jobs, limits, connection, words=None):
    """Reads the first file, then aborts (as python-calamine does) on the second."""
    index, path, password = jobs[0]
    if "abort" in Path(path).name:
        os.abort()
    child_main(jobs[:1], limits, connection, words)
    os.abort()


def hanging_child(jobs, limits, connection, words=None):
    connection.send(("start", jobs[0][0]))
    time.sleep(600)


def recording_child(jobs, limits, connection, words=None):
    """Notes which process read each file, next to the file, then reads as usual."""
    for _index, path, _password in jobs:
        Path(path).with_suffix(".pid").write_text(str(os.getpid()))
    child_main(jobs, limits, connection, words)


def greedy_child(jobs, limits, connection, words=None):
    """Asks for more memory than the limit allows, inside the limits child_main sets."""
    isolated_read.read_untrusted = lambda *args, **kwargs: bytearray(8 * 1024 ** 3)
    child_main(jobs, limits, connection, words)


def test_a_child_that_aborts_costs_only_its_file(monkeypatch, tmp_path):
    doomed = tmp_path / "abort.xlsx"
    doomed.write_bytes(PACKAGE.read_bytes())
    monkeypatch.setattr(isolated_read, "CHILD_TARGET", aborting_child)
    reads = read_packages_isolated([PACKAGE, doomed, PACKAGE])
    assert reads[0].problems == () and len(reads[0].content.activities) == 4
    assert [p.code for p in reads[1].problems] == [problems.PARSER_CRASHED]
    assert reads[1].file == "abort.xlsx" and reads[1].content is None
    assert reads[2].problems == ()  # a new child read the file after the one that crashed


def test_a_child_past_the_time_limit_is_stopped(monkeypatch):
    monkeypatch.setattr(isolated_read, "CHILD_TARGET", hanging_child)
    read = read_packages_isolated([PACKAGE], limits=Limits(seconds=1))[0]
    assert [(p.code, p.value) for p in read.problems] == [(problems.PARSER_TIMEOUT, "1")]


@POSIX
def test_a_child_past_the_memory_limit_is_stopped(monkeypatch):
    monkeypatch.setattr(isolated_read, "CHILD_TARGET", greedy_child)
    read = read_packages_isolated([PACKAGE], limits=Limits(memory_bytes=1024 ** 3))[0]
    assert [(p.code, p.value) for p in read.problems] == [(problems.PARSER_OUT_OF_MEMORY,
                                                           "1024")]


def cancelled_after(checks: int):
    """A Cancel pressed once the reader has checked for it `checks` times."""
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > checks
    return cancelled


def test_cancel_stops_the_child_and_raises(monkeypatch):
    monkeypatch.setattr(isolated_read, "CHILD_TARGET", hanging_child)
    with pytest.raises(OperationCancelled):
        read_packages_isolated([PACKAGE], cancelled=cancelled_after(3),
                               limits=Limits(seconds=600))


def test_progress_runs_per_file_up_to_the_total():
    seen = []
    read_packages_isolated([PACKAGE, PACKAGE], progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (2000, 2000)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_a_read_in_the_child_equals_a_read_in_process():
    from exporters.reader import read_package

    assert read_packages_isolated([PACKAGE])[0] == read_package(PACKAGE)


def test_the_child_does_not_load_qt():
    """The frozen app starts the child from its own entry point: Qt must stay out of it."""
    import subprocess

    code = ("import sys; from exporters.isolated_read import read_untrusted; "
            f"read_untrusted({str(PACKAGE)!r}); print('PySide6' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parents[2], check=True)
    assert result.stdout.strip() == "False"


@pytest.fixture
def no_spare():
    """Each prestart test begins and ends without a spare child."""
    isolated_read.discard_spare()
    yield
    isolated_read.discard_spare()


def test_a_prestarted_child_reads_the_next_files(no_spare):
    from exporters.reader import read_package

    isolated_read.prestart()
    spare = isolated_read._spare
    isolated_read.prestart()  # one spare at most
    assert isolated_read._spare is spare and spare.process.is_alive()
    assert read_packages_isolated([PACKAGE])[0] == read_package(PACKAGE)
    assert isolated_read._spare is None and not spare.process.is_alive()


def test_a_spare_child_that_died_is_not_blamed_on_the_file(no_spare):
    isolated_read.prestart()
    isolated_read._spare.process.kill()
    isolated_read._spare.process.join()
    read = read_packages_isolated([PACKAGE])[0]
    assert read.problems == () and len(read.content.activities) == 4


def test_a_spare_child_with_other_limits_is_replaced(no_spare):
    isolated_read.prestart(Limits(seconds=5))
    spare = isolated_read._spare
    read = read_packages_isolated([PACKAGE], limits=Limits(seconds=60))[0]
    assert read.problems == () and not spare.process.is_alive()


def test_a_spare_child_leaves_when_no_longer_needed(no_spare):
    isolated_read.prestart()
    spare = isolated_read._spare
    spare.jobs_sender.close()  # as when the application ends
    spare.process.join(10)
    assert spare.process.exitcode == 0


def test_several_files_are_shared_between_two_children_and_come_back_in_order(
        monkeypatch, tmp_path):
    from exporters.reader import read_package

    monkeypatch.setattr(isolated_read, "CHILD_TARGET", recording_child)
    paths = [tmp_path / f"package-{n}.xlsx" for n in range(3)]
    for path in paths:
        path.write_bytes(PACKAGE.read_bytes())
    seen = []
    reads = read_packages_isolated(paths, readers=2, progress=lambda d, t: seen.append((d, t)))
    assert [r.file for r in reads] == [p.name for p in paths]
    assert all(r == read_package(p) for r, p in zip(reads, paths, strict=True))
    pids = [p.with_suffix(".pid").read_text() for p in paths]
    assert pids[0] == pids[2] != pids[1]  # files 0 and 2 in one child, file 1 in the other
    assert seen[-1] == (3000, 3000) and [d for d, _t in seen] == sorted(d for d, _t in seen)


@pytest.mark.parametrize("readers", [1, 2])
def test_each_file_is_handed_over_as_soon_as_it_is_read(tmp_path, readers):
    """each(index, read) before the call returns, by the files' own numbers, also when two
    children share them (db/sync/read_store.py merges a file while the next is read)."""
    paths = [tmp_path / f"package-{n}.xlsx" for n in range(3)]
    for path in paths:
        path.write_bytes(PACKAGE.read_bytes())
    (tmp_path / "package-1.xlsx").write_bytes(b"not a workbook")
    handed = {}
    reads = read_packages_isolated(paths, readers=readers,
                                   each=lambda index, read: handed.setdefault(index, read))
    assert handed == dict(enumerate(reads))
    assert [handed[n].file for n in range(3)] == [p.name for p in paths]
    assert handed[1].file_rejected and not handed[2].file_rejected


def test_cancel_stops_every_child(monkeypatch, no_spare):
    import multiprocessing

    monkeypatch.setattr(isolated_read, "CHILD_TARGET", hanging_child)
    with pytest.raises(OperationCancelled):
        read_packages_isolated([PACKAGE, PACKAGE], cancelled=cancelled_after(6), readers=2,
                               limits=Limits(seconds=600))
    assert multiprocessing.active_children() == []
