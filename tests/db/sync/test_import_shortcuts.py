"""What headquarters imports at scale skips, and what it must still get right: a package
imported before is not read or planned again, a folder's rows wait on disk, a preview writes
only what a later package needs, and no backup is taken for an import that changes nothing."""

from __future__ import annotations

import threading

import pytest

from db.activities.service import create_activity, update_activity
from db.storage.backups import list_backups
from db.sync import importing
from db.sync.importing import apply_import, preview_import, read_packages
from exporters.errors import OperationCancelled
from tests.db.sync.helpers import Site, activity_state, on_server, sample


@pytest.fixture
def sites(catalog_template, tmp_path):
    hq = Site(catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True)
    nairobi = Site(catalog_template, tmp_path / "nairobi", "Nairobi", "KE")
    kampala = Site(catalog_template, tmp_path / "kampala", "Kampala", "UG")
    yield hq, nairobi, kampala
    for site in (hq, nairobi, kampala):
        site.close()


def _backups(hq: Site) -> int:
    return len(list_backups(hq.database.folder / "backups"))


def _taken(hq: Site, count: int) -> int:
    """The import backups count of them expect: one per import that could change something
    on SQLite; none on a server, where an import takes none (db/storage/server_backups.py)."""
    return 0 if on_server(hq.database) else count


def test_a_package_imported_before_is_not_read_again(sites, monkeypatch):
    """The same file again is known by its bytes: nothing read, planned, written or backed
    up, and it counts as unchanged, as importing it whole would."""
    hq, nairobi, _ = sites
    for number in range(3):
        create_activity(nairobi.database, sample(title=f"Activity {number}"), "amina")
    package = nairobi.export()
    first = hq.receive(package, reader=lambda paths: read_packages(paths, database=hq.database))
    assert first.packages[0].new == 3 and _backups(hq) == _taken(hq, 1)
    before = activity_state(hq.database)

    def no_read(*_args, **_kwargs):
        raise AssertionError("read again")
    monkeypatch.setattr(importing, "read_packages_isolated", no_read)
    again = hq.receive(package, reader=lambda paths: read_packages(paths, database=hq.database))
    outcome = again.packages[0]
    assert (outcome.status, outcome.new, outcome.updated, outcome.unchanged) == (
        "accepted", 0, 0, 3)
    assert outcome.same_copy_imported and outcome.signature == "verified"
    assert outcome.signature_fingerprint == nairobi.fingerprint  # as the CLI prints it
    assert activity_state(hq.database) == before and _backups(hq) == _taken(hq, 1)


def test_a_package_read_again_in_full_is_not_planned_or_backed_up(sites):
    hq, nairobi, _ = sites
    create_activity(nairobi.database, sample(), "amina")
    package = nairobi.export()
    hq.receive(package)
    again = hq.receive(package).packages[0]
    assert (again.status, again.unchanged) == ("accepted", 1)
    assert [plan.outcome for plan in again.activities] == ["unchanged"]
    assert _backups(hq) == _taken(hq, 1)


def test_an_edited_copy_of_a_package_imported_before_is_planned_again(sites):
    """Same package ID, other cells: its checksum no longer matches, so it is merged."""
    hq, nairobi, _ = sites
    record = create_activity(nairobi.database, sample(), "amina")
    hq.receive(nairobi.export())
    update_activity(nairobi.database, record.uuid, sample(title="Renamed"), "amina")
    newer = hq.receive(nairobi.export(), reader=lambda paths: read_packages(
        paths, database=hq.database)).packages[0]
    assert newer.updated == 1 and _backups(hq) == _taken(hq, 2)


def test_a_folder_read_onto_disk_imports_what_reading_into_memory_imports(
        sites, catalog_template, tmp_path):
    """Rows spilled to disk between read and merge: the same preview, the same result."""
    hq, nairobi, kampala = sites
    record = create_activity(nairobi.database, sample(), "amina")
    create_activity(kampala.database, sample(title="Reception"), "omar")
    first = nairobi.export()
    update_activity(nairobi.database, record.uuid, sample(status="completed"), "amina")
    paths = [first, nairobi.export(), kampala.export()]
    other = Site(catalog_template, tmp_path / "hq2", "UNHCR HQ", None, hq=True)
    reads = read_packages(paths, database=hq.database)
    assert all(read.content.activities == () for read in reads)  # on disk meanwhile
    preview = preview_import(hq.database, reads, "tester",
                             trusted_fingerprints=hq.peer_fingerprints())
    applied = apply_import(hq.database, preview, "tester",
                           trusted_fingerprints=hq.peer_fingerprints())
    in_memory = other.receive(*paths)
    assert [p.counts() for p in preview.packages] == [p.counts() for p in applied.packages] \
        == [p.counts() for p in in_memory.packages]
    assert activity_state(hq.database) == activity_state(other.database)
    other.close()


def test_a_folder_read_while_it_merges_imports_what_reading_it_first_imports(
        sites, catalog_template, tmp_path):
    """read_packages(ahead=True), as the command line reads a folder: the manifests first,
    the rows in the order the merge takes them, whatever the order of the files given."""
    hq, nairobi, kampala = sites
    record = create_activity(nairobi.database, sample(), "amina")
    create_activity(kampala.database, sample(title="Reception"), "omar")
    first = nairobi.export()
    update_activity(nairobi.database, record.uuid, sample(status="completed"), "amina")
    paths = [kampala.export(), nairobi.export(), first]  # the newest first
    other = Site(catalog_template, tmp_path / "hq2", "UNHCR HQ", None, hq=True)
    reads = read_packages(paths, database=hq.database, ahead=True)
    assert all(read.content.activities == () for read in reads)
    preview = preview_import(hq.database, reads, "tester",
                             trusted_fingerprints=hq.peer_fingerprints())
    applied = apply_import(hq.database, read_packages(paths, database=hq.database, ahead=True),
                           "tester", trusted_fingerprints=hq.peer_fingerprints())
    in_memory = other.receive(*paths)
    assert [(p.new, p.updated) for p in applied.packages] == [(1, 0), (0, 1), (1, 0)]
    assert [p.counts() for p in preview.packages] == [p.counts() for p in applied.packages] \
        == [p.counts() for p in in_memory.packages]
    assert activity_state(hq.database) == activity_state(other.database)
    other.close()


def test_a_cancelled_import_stops_reading_the_files_it_will_not_merge(sites):
    hq, nairobi, kampala = sites
    create_activity(nairobi.database, sample(), "amina")
    create_activity(kampala.database, sample(title="Reception"), "omar")
    paths = [nairobi.export(), kampala.export(), nairobi.export()]
    reads = read_packages(paths, database=hq.database, ahead=True)
    merged = []
    with pytest.raises(OperationCancelled):
        apply_import(hq.database, reads, "tester", trusted_fingerprints=hq.peer_fingerprints(),
                     progress=lambda done, _total: merged.append(done),
                     cancelled=lambda: bool(merged))
    assert merged == [1] and activity_state(hq.database) == []
    readers = [t for t in threading.enumerate() if t.name == "tenpoint-read-ahead"]
    for reader in readers:
        reader.join(timeout=30)
    assert not any(reader.is_alive() for reader in readers)


def test_a_preview_still_writes_a_package_whose_activities_a_later_one_brings(sites):
    """The preview of an older and a newer package of the same activity predicts the
    import: the older one is written (then rolled back) for the newer one's plan."""
    hq, nairobi, _ = sites
    record = create_activity(nairobi.database, sample(), "amina")
    first = nairobi.export()
    update_activity(nairobi.database, record.uuid, sample(status="completed"), "amina")
    reads = read_packages([first, nairobi.export()])
    preview = preview_import(hq.database, reads, "tester",
                             trusted_fingerprints=hq.peer_fingerprints())
    applied = apply_import(hq.database, reads, "tester",
                           trusted_fingerprints=hq.peer_fingerprints())
    assert [(p.new, p.updated) for p in preview.packages] == [(1, 0), (0, 1)]
    assert [p.counts() for p in preview.packages] == [p.counts() for p in applied.packages]
