"""Several officers on one PostgreSQL headquarters at the same time: two imports and a
conflict resolution running at once, in processes of their own, end exactly as they end one
after the other; the same package imported twice at once is applied once."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.activities.service import create_activity, update_activity
from db.storage.database import open_database
from db.sync.conflicts import open_conflicts
from tests.db.sync.helpers import Site, activity_state, sample, table_dump

pytestmark = pytest.mark.postgresql_only
ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 3


@pytest.fixture
def world(catalog_template, tmp_path):
    """Headquarters with an open conflict (Kampala's activity, edited on both sides) and two
    offices' packages of 25 new activities each, not yet imported. Headquarters' database is
    closed, so it can serve as the template of each round's copy."""
    hq = Site(catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True)
    offices = [Site(catalog_template, tmp_path / name, name, country)
               for name, country in (("Nairobi", "KE"), ("Dakar", "SN"), ("Kampala", "UG"))]
    nairobi, dakar, kampala = offices
    disputed = create_activity(kampala.database, sample(title="Disputed"), "amina")
    hq.receive(kampala.export())
    update_activity(hq.database, disputed.uuid, sample(title="Disputed", status="suspended"),
                    "hq")
    update_activity(kampala.database, disputed.uuid,
                    sample(title="Disputed", status="completed"), "amina")
    hq.receive(kampala.export())
    assert len(open_conflicts(hq.database)) == 1
    for site in (nairobi, dakar):
        for number in range(25):
            create_activity(site.database, sample(title=f"{site.identity.name} {number}"), "o")
    packages = {"nairobi": nairobi.export(), "dakar": dakar.export()}
    fingerprints = hq.peer_fingerprints()
    hq_url = hq.database.url
    for site in (hq, *offices):
        site.close()
    yield catalog_template, hq_url, packages, fingerprints, tmp_path


def _copy(template, url: str) -> str:
    """A copy of headquarters' database as the fixture left it (dropped after the test)."""
    copy = template.cluster.new_database(template=url.rsplit("/", 1)[1])
    template.made.append(copy)
    return copy


def _officer(url: str, folder: Path, go: Path, action: str, *rest: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.db.concurrent_officer", url, str(folder), str(go), action,
         *rest], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _run(url: str, folder: Path, actions: list[tuple], together: bool) -> None:
    """Run the officers' actions at once (all released by one go file), or one by one."""
    go = folder / f"go-{time.monotonic_ns()}"
    if not together:
        go.touch()
    started = []
    for action in actions:
        started.append(_officer(url, folder, go, *action))
        if not together:
            _finish(started[-1])
    if together:
        time.sleep(3)  # every process has imported its libraries and read its packages
        go.touch()
        for process in started:
            _finish(process)


def _finish(process: subprocess.Popen) -> None:
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err[-3000:]


def _end_state(url: str, folder: Path) -> tuple:
    """What must not depend on the order: activities, history, conflicts, packages."""
    database = open_database(url, folder=folder)
    try:
        return (activity_state(database),
                table_dump(database, "SELECT activity_uuid, action, count(*) FROM activity_change "
                                     "GROUP BY activity_uuid, action ORDER BY 1, 2"),
                table_dump(database, "SELECT activity_uuid, resolution FROM activity_conflict "
                                     "ORDER BY 1, 2"),
                # A package received again is recorded again, with nothing new: "applied"
                # is a receipt that brought something.
                table_dump(database, "SELECT package_uuid, count(*) FROM sync_package "
                                     "WHERE direction = 'received' "
                                     "AND (summary::json ->> 'new')::int > 0 "
                                     "GROUP BY package_uuid ORDER BY 1"))
    finally:
        database.close()


def _import(fingerprints, *packages) -> tuple:
    return ("import", *fingerprints, "--", *(str(p) for p in packages))


def test_two_imports_and_a_resolution_at_once_end_as_one_after_the_other(world):
    template, hq_url, packages, fingerprints, folder = world
    actions = [_import(fingerprints, packages["nairobi"]), _import(fingerprints, packages["dakar"]),
               ("resolve",)]
    serial = _copy(template, hq_url)
    _run(serial, folder, actions, together=False)
    expected = _end_state(serial, folder)
    assert len(expected[0]) == 51 and expected[2][0][1] == "kept_incoming"
    for _round in range(ROUNDS):
        together = _copy(template, hq_url)
        _run(together, folder, actions, together=True)
        assert _end_state(together, folder) == expected


def test_one_package_imported_twice_at_once_is_applied_once(world):
    template, hq_url, packages, fingerprints, folder = world
    actions = [_import(fingerprints, packages["nairobi"])] * 2
    serial = _copy(template, hq_url)
    _run(serial, folder, actions, together=False)
    expected = _end_state(serial, folder)
    assert [count for _package, count in expected[3]][-1:] == [1]
    for _round in range(ROUNDS):
        together = _copy(template, hq_url)
        _run(together, folder, actions, together=True)
        assert _end_state(together, folder) == expected
