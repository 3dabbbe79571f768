"""A large import killed (SIGKILL) at random moments leaves the database whole: the state before
the import or the state after it, never one in between.

TENPOINT_KILL_RUNS sets the number of kills (default 16), TENPOINT_KILL_ACTIVITIES the
package's size (default 3000). The figures are printed (pytest -s shows them).
"""

from __future__ import annotations

import os
import pickle
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from db.activities.service import create_activity
from db.storage.backups import list_backups
from exporters.reader import read_package
from tests.db.sync.helpers import Site, sample

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(os.name != "posix", reason="fork and SIGKILL are POSIX")]

RUNS = int(os.environ.get("TENPOINT_KILL_RUNS", "16"))
ACTIVITIES = int(os.environ.get("TENPOINT_KILL_ACTIVITIES", "3000"))
CHILD = Path(__file__).with_name("kill_import_child.py")


def clone_activities(path: Path, count: int) -> None:
    """count - 1 copies of the database's one activity, with its links and history, written
    in one transaction (creating them one by one would take minutes)."""
    with closing(sqlite3.connect(path)) as connection, connection:
        [activity] = connection.execute("select * from activity where read_only = 0").fetchall()
        columns = [d[0] for d in connection.execute("select * from activity").description]
        uuid_at, title_at = columns.index("uuid"), columns.index("title")
        links = connection.execute("select * from activity_item_link where activity_uuid = ?",
                                   (activity[uuid_at],)).fetchall()
        history = connection.execute("select * from activity_change where activity_uuid = ?",
                                     (activity[uuid_at],)).fetchall()
        change_columns = [d[0] for d in connection.execute(
            "select * from activity_change").description]
        for number in range(1, count):
            uuid = f"{number:08d}-0000-4000-8000-{activity[uuid_at][-12:]}"
            row = list(activity)
            row[uuid_at], row[title_at] = uuid, f"Activity {number}"
            connection.execute(f"insert into activity values ({','.join('?' * len(row))})", row)
            for link in links:
                connection.execute("insert into activity_item_link values (?, ?)",
                                   (uuid, *link[1:]) if link[0] == activity[uuid_at]
                                   else (link[0], uuid))
            for change in history:
                values = dict(zip(change_columns, change, strict=True))
                values.update(id=None, activity_uuid=uuid, change_uuid=os.urandom(16).hex())
                connection.execute(
                    f"insert into activity_change ({','.join(values)}) "
                    f"values ({','.join('?' * len(values))})", list(values.values()))


def dump(path: Path, volatile: dict[str, set[int]] | None = None) -> dict[str, list[str]]:
    """Every table's rows, sorted, with the columns that differ between two identical imports
    (times of recording, random ids) blanked."""
    volatile = volatile or {}
    with closing(sqlite3.connect(path)) as connection:
        tables = [r[0] for r in connection.execute(
            "select name from sqlite_master where type = 'table' order by name")]
        result = {}
        for table in tables:
            rows = connection.execute(f'select * from "{table}"').fetchall()
            blank = volatile.get(table, set())
            result[table] = sorted(repr(tuple(None if i in blank else v
                                              for i, v in enumerate(row))) for row in rows)
    return result


def volatile_columns(first: Path, second: Path) -> dict[str, set[int]]:
    """Per table, the columns whose values differ between two runs of the same import."""
    found = {}
    with closing(sqlite3.connect(first)) as a, closing(sqlite3.connect(second)) as b:
        for (table,) in a.execute("select name from sqlite_master where type = 'table'"):
            rows_a = a.execute(f'select * from "{table}"').fetchall()
            rows_b = b.execute(f'select * from "{table}"').fetchall()
            columns = len(rows_a[0]) if rows_a else 0
            found[table] = {i for i in range(columns)
                            if sorted(map(repr, (r[i] for r in rows_a)))
                            != sorted(map(repr, (r[i] for r in rows_b)))}
    return found


class Importer:
    """The child process: one forked import per request (tests/db/sync/kill_import_child.py)."""

    def __init__(self, package: Path, fingerprint: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD), str(package), fingerprint], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, bufsize=1)
        assert self.process.stdout.readline().strip() == "ready"

    def start(self, database: Path, backups: Path) -> int:
        self.process.stdin.write(f"{database}\t{backups}\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline().split()
        assert line[0] == "applying", line
        return int(line[1])

    def finish(self) -> tuple[bool, int]:
        """Reap the import; whether it printed "done", and its wait status."""
        self.process.stdin.write("reap\n")
        self.process.stdin.flush()
        done = False
        while True:
            line = self.process.stdout.readline()
            assert line, "the child process ended"
            if line.startswith("done"):
                assert line.split()[1] == "accepted", line
                done = True
            if line.startswith("exited"):
                return done, int(line.split()[1])

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def scenario(catalog_template, tmp_path_factory):
    """Headquarters' database before the import, and Nairobi's large package, read once."""
    root = tmp_path_factory.mktemp("kill")
    hq = Site(catalog_template, root / "hq", "UNHCR HQ", None, hq=True)
    nairobi = Site(catalog_template, root / "nairobi", "Nairobi", "KE")
    create_activity(nairobi.database, sample(), "amina")
    nairobi.database.close()
    clone_activities(nairobi.database.path, ACTIVITIES)
    package = nairobi.export()
    read = read_package(package)
    assert not read.file_rejected and len(read.content.activities) == ACTIVITIES
    pickled = root / "package.pickle"
    pickled.write_bytes(pickle.dumps(read))
    hq.database.close()  # the last connection checkpoints: one file holds the state before
    assert not Path(f"{hq.database.path}-wal").exists()
    importer = Importer(pickled, nairobi.fingerprint)
    yield root, hq.database.path, importer
    importer.close()


def fresh_copy(before: Path, folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copy(before, folder / "tenpoint.sqlite")
    return folder / "tenpoint.sqlite"


def uninterrupted(importer: Importer, before: Path, folder: Path) -> tuple[Path, float]:
    """The import run to its end; the seconds from "applying" to the end of the process."""
    path = fresh_copy(before, folder)
    importer.start(path, folder / "backups")
    started = time.perf_counter()
    done, status = importer.finish()
    assert done and status == 0
    return path, time.perf_counter() - started


def kill_delay(rng: random.Random, run: int, duration: float) -> float:
    """Over the whole import (and a little after), every other run over its last third, where
    the commit is: that is the moment a kill could leave a state in between."""
    start = 0.0 if run % 2 == 0 else duration * 0.65
    return rng.uniform(start, duration * 1.1)


def test_killing_an_import_leaves_the_state_before_or_after_it(scenario):
    root, before_path, importer = scenario
    after_path, first = uninterrupted(importer, before_path, root / "after-1")
    second, duration = uninterrupted(importer, before_path, root / "after-2")
    duration = max(first, duration)
    volatile = volatile_columns(after_path, second)
    before, after = dump(before_path, volatile), dump(after_path, volatile)
    assert after == dump(second, volatile) and after != before
    assert len(after["activity"]) == len(before["activity"]) + ACTIVITIES
    outcomes = {"before": 0, "after": 0, "finished before the kill": 0}
    rng = random.Random(int(os.environ.get("TENPOINT_KILL_SEED", "0")) or None)
    for run in range(RUNS):
        folder = root / "run"
        path = fresh_copy(before_path, folder)
        pid = importer.start(path, folder / "backups")
        time.sleep(kill_delay(rng, run, duration))
        os.kill(pid, signal.SIGKILL)
        done, _status = importer.finish()
        with closing(sqlite3.connect(path)) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",), run
        state = dump(path, volatile)
        assert state in (before, after), f"run {run}: a state in between"
        assert not [b for b in list_backups(folder / "backups") if b.damaged], run
        key = "finished before the kill" if done else ("after" if state == after else "before")
        outcomes[key] += 1
        if (run + 1) % 25 == 0:  # long runs (TENPOINT_KILL_RUNS=200) show their progress
            print(f"\n{run + 1} kills: {outcomes}", flush=True)
    print(f"\n{RUNS} kills of an import of {ACTIVITIES} activities (uninterrupted "
          f"{duration:.2f} s): {outcomes}; integrity ok and no state in between in every run; "
          f"columns compared blank: { {t: c for t, c in volatile.items() if c} }")
