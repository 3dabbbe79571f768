"""A package read in the reading child and written to a file there, for the merge to load.

A folder's packages are merged one at a time, and each one's rows wait on disk until then
(db/sync/read_store.py). The child that read them writes them to that file itself: sent to
the application, they were unpacked there and pickled again, 0.7 s a package of 20,000
activities on the core that merges. The child sends only what is decided before the merge:
the manifest, the problems of the file, its counts, and the IDs of the activities it brings.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from exporters.progress import Progress
from exporters.reader import ReadPackage, read_package
from exporters.records import PackageContent
from exporters.wording import ReadingWords

SPILL_FILE = "spill_file"  # a ReadPackage.extra key: where the whole read waits
ACTIVITY_IDS = "activity_ids"  # a ReadPackage.extra key: the activities the whole read brings


def activity_ids(content: PackageContent) -> frozenset[str]:
    """Every activity a package names: its rows, deletions and acknowledgements."""
    return frozenset(row.activity_id for rows in (
        content.activities, content.deletions, content.acknowledgements) for row in rows)


def write_read(read: ReadPackage, folder: str | Path) -> ReadPackage:
    """The read pickled into a new file of folder; returned as its manifest, problems and
    counts, with the file (SPILL_FILE) and its activity IDs (ACTIVITY_IDS) in extra.

    When the file cannot be written (the disk is full, say), the read is returned whole:
    its rows then travel to the application and wait in its memory, and the file is not
    refused for a fault of this computer's."""
    if read.content is None:
        return read
    try:
        name = _written(read, folder)
    except OSError:
        return read
    return replace(read, content=PackageContent(read.content.manifest), rejected_rows=(),
                   extra={**read.extra, SPILL_FILE: name,
                          ACTIVITY_IDS: activity_ids(read.content)})


def _written(read: ReadPackage, folder: str | Path) -> str:
    handle, name = tempfile.mkstemp(suffix=".pickle", dir=folder)
    try:
        with os.fdopen(handle, "wb") as file:
            pickle.dump(read, file, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError:
        Path(name).unlink(missing_ok=True)
        raise
    return name


def load_read(path: str | Path) -> ReadPackage:
    with Path(path).open("rb") as file:
        return pickle.load(file)  # noqa: S301 - written by this application's own child


@dataclass(frozen=True)
class SpillingReader:
    """A reader for exporters/isolated_read.py: read_package, then write_read into folder
    (a folder of this user's the application made, and removes)."""

    folder: str

    def __call__(self, path: Path, progress: Progress | None = None,
                 words: ReadingWords | None = None) -> ReadPackage:
        return write_read(read_package(path, progress, words=words), self.folder)
