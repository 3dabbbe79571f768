"""Where a folder's packages wait between reading and merging, and how a file is known again.

Reading a folder of five packages of 20,000 activities into memory at once, with two reader
processes, took the process tree to 650 MB (benchmarks/import_bench.py). With the database
given, read_packages (db/sync/importing.py) reads the files one after another instead, by one
child, which writes each read's rows to a temporary file of this user's (exporters/read_spill.py)
where they wait until preview_import or apply_import merges them: 398 MB for the five.

read_ahead goes further, for an import that nobody previews file by file (the command line):
it returns once every file's manifest is read, and a thread reads the files meanwhile, in the
order the merge takes them (merge_key), so that the child reads the next package while the
merge writes this one. The merge waits for a package only while it is still being read.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import threading
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from exporters import problems
from exporters.errors import OperationCancelled
from exporters.isolated_read import read_packages_isolated
from exporters.progress import Cancelled, Progress, never_cancelled
from exporters.read_spill import ACTIVITY_IDS, SPILL_FILE, SpillingReader, load_read
from exporters.read_spill import activity_ids as content_ids
from exporters.reader import ReadPackage, read_manifest
from exporters.wording import ReadingWords

# From this many files on (a folder at headquarters), each is read by one child after the
# other and its rows wait on disk for their turn to merge: five packages of 20,000
# activities held at once, with two readers, took 650-800 MB; one at a time, under 500 MB.
SPILL_FROM = 2
SPILLED = "spilled"  # a ReadPackage.extra key: the rows wait in this _Spilled (or _Pending)
# Problems the manifest's read finds that reading the whole file would find again: the
# person is asked for the password at once, and the file is not read twice.
LOCKED = (problems.PASSWORD_REQUIRED, problems.WRONG_PASSWORD)


def merge_key(read: ReadPackage) -> tuple[str, str]:
    """The order packages merge in: oldest first (by their manifests), then by file name."""
    return (read.content.manifest.created_at.isoformat() if read.content else "", read.file)


class _Folder:
    """A temporary folder of this user's, removed once no read waits in it any more."""

    def __init__(self) -> None:
        self.path = tempfile.mkdtemp(prefix="tenpoint-read-")
        weakref.finalize(self, shutil.rmtree, self.path, ignore_errors=True)


class _Spilled:
    """A read's rows in a file of a _Folder (which lives as long as this), and its IDs."""

    def __init__(self, child_read: ReadPackage, folder: _Folder) -> None:
        self.path, self.ids = child_read.extra[SPILL_FILE], child_read.extra[ACTIVITY_IDS]
        self.folder = folder

    def load(self) -> ReadPackage:
        return load_read(self.path)


def _waiting(child_read: ReadPackage, folder: _Folder) -> ReadPackage:
    """What the child sent, as the import holds it until the merge (unusable files whole)."""
    if SPILL_FILE not in child_read.extra:
        return child_read
    extra = {key: value for key, value in child_read.extra.items()
             if key not in (SPILL_FILE, ACTIVITY_IDS)}
    return replace(child_read, extra={**extra, SPILLED: _Spilled(child_read, folder)})


def _read_all(paths: Sequence[Path | str], passwords: Mapping[str, str] | None,
              progress: Progress | None, cancelled: Cancelled | None,
              words: ReadingWords | None, folder: _Folder,
              each: Callable[[int, ReadPackage], None] | None = None) -> list[ReadPackage]:
    """The files read by one child, one after the other, each one's rows left in folder;
    each(index, read) is told of every file as soon as it is read."""
    reads: dict[int, ReadPackage] = {}

    def waiting(index: int, child_read: ReadPackage) -> None:
        reads[index] = _waiting(child_read, folder)
        if each is not None:
            each(index, reads[index])
    read_packages_isolated(paths, passwords, progress, cancelled, readers=1, words=words,
                           reader=SpillingReader(folder.path), each=waiting)
    return [reads[index] for index in range(len(paths))]


def read_spilled(paths: Sequence[Path | str], passwords: Mapping[str, str] | None,
                 progress: Progress | None, cancelled: Cancelled | None,
                 words: ReadingWords | None) -> list[ReadPackage]:
    """The files read by one child, one after the other, each one's rows waiting on disk."""
    return _read_all(paths, passwords, progress, cancelled, words, _Folder())


class _ReadAhead:
    """Reads files one after another in a thread of its own, as read_spilled does."""

    def __init__(self, paths: Sequence[Path | str], passwords: Mapping[str, str] | None,
                 cancelled: Cancelled, words: ReadingWords | None) -> None:
        self.stopped = threading.Event()
        self.finished = [threading.Event() for _ in paths]
        self.reads: list[ReadPackage | None] = [None] * len(paths)
        self.error: BaseException | None = None
        def stop() -> bool:
            return self.stopped.is_set() or cancelled()
        threading.Thread(target=self._run, args=(paths, passwords, stop, words),
                         name="tenpoint-read-ahead", daemon=True).start()

    def _run(self, paths, passwords, stop: Cancelled, words) -> None:
        try:
            _read_all(paths, passwords, None, stop, words, _Folder(), self._read)
        except BaseException as error:  # noqa: BLE001 - handed to whoever waits for a read
            self.error = error
        finally:
            for finished in self.finished:
                finished.set()

    def _read(self, position: int, read: ReadPackage) -> None:
        self.reads[position] = read
        self.finished[position].set()

    def read(self, position: int) -> ReadPackage:
        """The file's read, once the thread has it; raises what stopped the thread first."""
        self.finished[position].wait()
        read = self.reads[position]
        if read is None:
            raise self.error or OperationCancelled()
        return read

    def stop(self) -> None:
        self.stopped.set()


class _Pending:
    """A file _ReadAhead reads: its activity IDs and rows, waited for."""

    def __init__(self, ahead: _ReadAhead, position: int) -> None:
        self.ahead, self.position = ahead, position

    @property
    def ids(self) -> frozenset[str]:
        spilled = self.ahead.read(self.position).extra.get(SPILLED)
        return spilled.ids if spilled else frozenset()

    def load(self) -> ReadPackage:
        read = self.ahead.read(self.position)
        spilled = read.extra.get(SPILLED)
        return spilled.load() if spilled else read


def read_ahead(paths: Sequence[Path | str], passwords: Mapping[str, str] | None,
               cancelled: Cancelled | None, words: ReadingWords | None) -> list[ReadPackage]:
    """Each file's manifest, now; its rows, read in a thread, as the merge comes to it.

    A file that needs a password (or another one) comes back refused at once, unread. Any
    other comes back as its manifest, whose rows the merge loads (unspilled) once the thread
    has read them: in merge_key's order, which the merge takes. A file whose manifest cannot
    be read comes first, and reading it whole tells what is wrong with it."""
    surveyed = read_packages_isolated(paths, passwords, None, cancelled, readers=1,
                                      words=words, reader=read_manifest)
    later = sorted((number for number, read in enumerate(surveyed)
                    if not any(p.code in LOCKED for p in read.problems)),
                   key=lambda number: merge_key(surveyed[number]))
    ahead = _ReadAhead([paths[number] for number in later], passwords,
                       cancelled or never_cancelled, words)
    reads = list(surveyed)
    for position, number in enumerate(later):
        reads[number] = replace(surveyed[number], problems=(),
                                extra={SPILLED: _Pending(ahead, position)})
    return reads


def stop_reading(reads: Sequence[ReadPackage]) -> None:
    """Stop the threads reading any of these ahead (an import that failed or was cancelled)."""
    for read in reads:
        waiting = read.extra.get(SPILLED)
        if isinstance(waiting, _Pending):
            waiting.ahead.stop()


def unspilled(read: ReadPackage) -> ReadPackage:
    """The whole read, with its rows (loaded from disk, once read, when they wait there)."""
    waiting = read.extra.get(SPILLED)
    if waiting is None:
        return read
    whole = waiting.load()
    return replace(whole, file=read.file, extra={**whole.extra, **{
        key: value for key, value in read.extra.items() if key != SPILLED}})


def file_digest(path: Path) -> str | None:
    try:
        with path.open("rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest()
    except OSError:  # the reader says what is wrong with it
        return None


def activity_ids(read: ReadPackage) -> set[str]:
    """The activities a read brings (kept aside when its rows wait on disk)."""
    if SPILLED in read.extra:
        return set(read.extra[SPILLED].ids)
    return set() if read.content is None else set(content_ids(read.content))
