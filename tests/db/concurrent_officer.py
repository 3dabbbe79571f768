"""One officer's action on a shared headquarters database, as a process of its own: import
packages, or resolve every open conflict. tests/db/test_server_concurrency.py starts several
at once; each waits for the go file so that they really overlap.

    python -m tests.db.concurrent_officer URL FOLDER GO_FILE import FINGERPRINT... -- PACKAGE...
    python -m tests.db.concurrent_officer URL FOLDER GO_FILE resolve
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from db.storage.database import open_database
from db.sync.conflicts import open_conflicts, resolve_conflict
from db.sync.importing import apply_import
from exporters.reader import read_package


def wait_for(go: Path) -> None:
    while not go.exists():
        time.sleep(0.005)


def main(url: str, folder: str, go: str, action: str, *rest: str) -> int:
    database = open_database(url, folder=Path(folder))
    try:
        if action == "import":
            split = rest.index("--")
            fingerprints, packages = rest[:split], rest[split + 1:]
            reads = tuple(read_package(Path(p)) for p in packages)
            wait_for(Path(go))
            apply_import(database, reads, "officer", trusted_fingerprints=fingerprints)
        else:
            wait_for(Path(go))
            for conflict in open_conflicts(database):
                resolve_conflict(database, conflict.id, "incoming", "reviewer")
    finally:
        database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
