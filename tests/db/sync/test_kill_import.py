"""A large import killed (SIGKILL) at random moments leaves the database whole: the state before
the import or the state after it, never one in between. On SQLite the file's journal sees to
it; on a server, the server rolls back the transaction of a client that went away.

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
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text

from db.activities.service import create_activity
from db.storage.backups import list_backups
from db.storage.database import Database
from exporters.reader import read_package
from tests.database_templates import DatabaseTemplate
from tests.db.sync.helpers import Site, sample

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(os.name != "posix", reason="fork and SIGKILL are POSIX")]

RUNS = int(os.environ.get("TENPOINT_KILL_RUNS", "16"))
ACTIVITIES = int(os.environ.get("TENPOINT_KILL_ACTIVITIES", "3000"))
CHILD = Path(__file__).with_name("kill_import_child.py")


def _insert(connection, table: str, rows: list[dict]) -> None:
    if rows:
        names = list(rows[0])
        connection.execute(text(f"insert into {table} ({', '.join(names)}) values "
                                f"({', '.join(':' + name for name in names)})"), rows)


def clone_activities(database: Database, count: int) -> None:
    """count - 1 copies of the database's one activity, with its links and history, written
    in one transaction (creating them one by one would take minutes)."""
    with database.engine.begin() as connection:
        activity = connection.execute(text(
            "select * from activity where read_only = FALSE")).mappings().one()
        of_it = {"uuid": activity["uuid"]}
        links = connection.execute(text(
            "select * from activity_item_link where activity_uuid = :uuid"), of_it).mappings()
        links = links.all()
        history = connection.execute(text(
            "select * from activity_change where activity_uuid = :uuid"), of_it).mappings()
        history = history.all()
        rows, link_rows, change_rows = [], [], []
        for number in range(1, count):
            uuid = f"{number:08d}-0000-4000-8000-{activity['uuid'][-12:]}"
            rows.append({**activity, "uuid": uuid, "title": f"Activity {number}"})
            link_rows += [{**link, "activity_uuid": uuid} for link in links]
            change_rows += [{**{k: v for k, v in change.items() if k != "id"},
                             "activity_uuid": uuid, "change_uuid": os.urandom(16).hex()}
                            for change in history]
        _insert(connection, "activity", rows)
        _insert(connection, "activity_item_link", link_rows)
        _insert(connection, "activity_change", change_rows)


@contextmanager
def connected(target: Path | str) -> Iterator:
    """A plain connection on the SQLite file (a Path) or the server database (a URL), with
    the names of its tables, by name."""
    if isinstance(target, Path):
        with closing(sqlite3.connect(target)) as connection:
            yield connection, [r[0] for r in connection.execute(
                "select name from sqlite_master where type = 'table' order by name")]
        return
    import psycopg

    with psycopg.connect(target, autocommit=True) as connection:
        yield connection, [r[0] for r in connection.execute(
            "select tablename from pg_tables where schemaname = current_schema() "
            "order by tablename")]


def dump(target: Path | str, volatile: dict[str, set[int]] | None = None
         ) -> dict[str, list[str]]:
    """Every table's rows, sorted, with the columns that differ between two identical imports
    (times of recording, random ids) blanked."""
    volatile = volatile or {}
    with connected(target) as (connection, tables):
        result = {}
        for table in tables:
            rows = connection.execute(f'select * from "{table}"').fetchall()
            blank = volatile.get(table, set())
            result[table] = sorted(repr(tuple(None if i in blank else v
                                              for i, v in enumerate(row))) for row in rows)
    return result


def volatile_columns(first: Path | str, second: Path | str) -> dict[str, set[int]]:
    """Per table, the columns whose values differ between two runs of the same import."""
    found = {}
    with connected(first) as (a, tables), connected(second) as (b, _tables):
        for table in tables:
            rows_a = a.execute(f'select * from "{table}"').fetchall()
            rows_b = b.execute(f'select * from "{table}"').fetchall()
            columns = len(rows_a[0]) if rows_a else 0
            found[table] = {i for i in range(columns)
                            if sorted(map(repr, (r[i] for r in rows_a)))
                            != sorted(map(repr, (r[i] for r in rows_b)))}
    return found


def check_integrity(target: Path | str, run: int) -> None:
    """SQLite's own check of the file; a server's storage is the server's to keep whole (a
    killed client is a dropped connection to it, never a half-written file)."""
    if isinstance(target, Path):
        with closing(sqlite3.connect(target)) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",), run


class Importer:
    """The child process: one forked import per request (tests/db/sync/kill_import_child.py)."""

    def __init__(self, package: Path, fingerprint: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD), str(package), fingerprint], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, bufsize=1)
        assert self.process.stdout.readline().strip() == "ready"

    def start(self, database: Path | str, backups: Path) -> int:
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
    clone_activities(nairobi.database, ACTIVITIES)
    nairobi.database.close()
    package = nairobi.export()
    read = read_package(package)
    assert not read.file_rejected and len(read.content.activities) == ACTIVITIES
    pickled = root / "package.pickle"
    pickled.write_bytes(pickle.dumps(read))
    hq.database.close()  # the last connection checkpoints: one file holds the state before
    before = hq.database.path or hq.database.url
    assert not (hq.database.path and Path(f"{before}-wal").exists())
    importer = Importer(pickled, nairobi.fingerprint)
    yield root, before, importer, catalog_template
    importer.close()


def fresh_copy(template: DatabaseTemplate, before: Path | str, folder: Path) -> Path | str:
    """A copy of the database before the import: a file, or a database made from it on the
    server (CREATE DATABASE ... TEMPLATE; dropped after the test)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    if isinstance(before, str):
        url = template.cluster.new_database(before.rsplit("/", 1)[1])
        template.made.append(url)
        return url
    shutil.copy(before, folder / "tenpoint.sqlite")
    return folder / "tenpoint.sqlite"


def uninterrupted(importer: Importer, template: DatabaseTemplate, before: Path | str,
                  folder: Path) -> tuple[Path | str, float]:
    """The import run to its end; the seconds from "applying" to the end of the process."""
    path = fresh_copy(template, before, folder)
    importer.start(path, folder / "backups")
    started = time.perf_counter()
    done, status = importer.finish()
    assert done and status == 0
    return path, time.perf_counter() - started


def _settled(target: Path | str) -> Path | str:
    """On a server, once the killed client's session is gone: until the server notices the
    dropped connection, a COMMIT it had received may still be under way."""
    if isinstance(target, str):
        import psycopg

        name = target.rsplit("/", 1)[1]
        with psycopg.connect(target, autocommit=True) as connection:
            for _ in range(200):
                if not connection.execute(
                        "select 1 from pg_stat_activity where datname = %s "
                        "and pid != pg_backend_pid()", (name,)).fetchone():
                    break
                time.sleep(0.05)
    return target


def kill_delay(rng: random.Random, run: int, duration: float) -> float:
    """Over the whole import (and a little after), every other run over its last third, where
    the commit is: that is the moment a kill could leave a state in between."""
    start = 0.0 if run % 2 == 0 else duration * 0.65
    return rng.uniform(start, duration * 1.1)


def test_killing_an_import_leaves_the_state_before_or_after_it(scenario):
    root, before_path, importer, template = scenario
    after_path, first = uninterrupted(importer, template, before_path, root / "after-1")
    second, duration = uninterrupted(importer, template, before_path, root / "after-2")
    duration = max(first, duration)
    volatile = volatile_columns(after_path, second)
    before, after = dump(before_path, volatile), dump(after_path, volatile)
    assert after == dump(second, volatile) and after != before
    assert len(after["activity"]) == len(before["activity"]) + ACTIVITIES
    outcomes = {"before": 0, "after": 0, "finished before the kill": 0}
    rng = random.Random(int(os.environ.get("TENPOINT_KILL_SEED", "0")) or None)
    for run in range(RUNS):
        folder = root / "run"
        path = fresh_copy(template, before_path, folder)
        pid = importer.start(path, folder / "backups")
        time.sleep(kill_delay(rng, run, duration))
        os.kill(pid, signal.SIGKILL)
        done, _status = importer.finish()
        check_integrity(path, run)
        state = dump(_settled(path), volatile)
        assert state in (before, after), f"run {run}: a state in between"
        assert not [b for b in list_backups(folder / "backups") if b.damaged], run
        key = "finished before the kill" if done else ("after" if state == after else "before")
        outcomes[key] += 1
        if (run + 1) % 25 == 0:  # long runs (TENPOINT_KILL_RUNS=200) show their progress
            print(f"\n{run + 1} kills: {outcomes}", flush=True)
    print(f"\n{RUNS} kills of an import of {ACTIVITIES} activities (uninterrupted "
          f"{duration:.2f} s): {outcomes}; integrity ok and no state in between in every run; "
          f"columns compared blank: { {t: c for t, c in volatile.items() if c} }")
