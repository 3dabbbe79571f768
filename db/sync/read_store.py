"""Where a folder's packages wait between reading and merging, and how a file is known again.

Reading a folder of five packages of 20,000 activities into memory at once, with two reader
processes, took the process tree to 650 MB (benchmarks/import_bench.py). With the database
given, read_packages (db/sync/importing.py) reads the files one after another instead, and
puts each read's rows in a temporary file of this user's until preview_import or apply_import
merges it: 394 MB. The price is the second reader: reading the five took 14.6 s instead of
7.7 s on two cores (pickling and loading a package's rows costs a fraction of a second).
"""

from __future__ import annotations

import hashlib
import pickle
import shutil
import tempfile
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from exporters.isolated_read import STEPS_PER_FILE, prestart, read_packages_isolated
from exporters.progress import Cancelled, Progress, no_progress
from exporters.reader import ReadPackage
from exporters.records import PackageContent
from exporters.wording import ReadingWords

# From this many files on (a folder at headquarters), each is read by one child after the
# other and its rows wait on disk for their turn to merge: five packages of 20,000
# activities held at once, with two readers, took 650-800 MB; one at a time, under 500 MB.
SPILL_FROM = 2
SPILLED = "spilled"  # a ReadPackage.extra key: the rows wait in this Spilled file


class Spilled:
    """A read's rows in a temporary file (deleted with this object), and its activity IDs."""

    def __init__(self, read: ReadPackage) -> None:
        content = read.content
        self.ids = frozenset(row.activity_id for rows in (
            content.activities, content.deletions, content.acknowledgements) for row in rows)
        folder = tempfile.mkdtemp(prefix="tenpoint-read-")  # readable by this user only
        self.path = Path(folder) / "read.pickle"
        with self.path.open("wb") as file:
            pickle.dump(read, file, protocol=pickle.HIGHEST_PROTOCOL)
        weakref.finalize(self, shutil.rmtree, folder, ignore_errors=True)

    def load(self) -> ReadPackage:
        with self.path.open("rb") as file:
            return pickle.load(file)  # noqa: S301 - this process's own file, never received


def spilled(read: ReadPackage) -> ReadPackage:
    """The read with its rows on disk: the manifest, problems and counts stay."""
    if read.content is None:
        return read
    return replace(read, content=PackageContent(read.content.manifest), rejected_rows=(),
                   extra={**read.extra, SPILLED: Spilled(read)})


def unspilled(read: ReadPackage) -> ReadPackage:
    spilled = read.extra.get(SPILLED)
    if spilled is None:
        return read
    whole = spilled.load()
    return replace(whole, file=read.file, extra={**whole.extra, **{
        key: value for key, value in read.extra.items() if key != SPILLED}})


def read_spilled(paths: Sequence[Path | str], passwords: Mapping[str, str] | None,
                  progress: Progress | None, cancelled: Cancelled | None,
                  words: ReadingWords | None) -> list[ReadPackage]:
    """Each file read by one child (the next one starting while this one's rows are put on
    disk), its rows spilled."""
    progress = progress or no_progress
    reads = []
    for number, path in enumerate(paths):
        def share(done: int, _total: int, number: int = number) -> None:
            progress(number * STEPS_PER_FILE + done, len(paths) * STEPS_PER_FILE)
        read = read_packages_isolated([path], passwords, share, cancelled, readers=1,
                                      words=words)[0]
        if number + 1 < len(paths):
            prestart()
        reads.append(spilled(read))
    return reads


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
    content = read.content
    return set() if content is None else {row.activity_id for rows in (
        content.activities, content.deletions, content.acknowledgements) for row in rows}
