"""Child of tests/db/sync/test_kill_import.py: applies one import per request in a forked process.

Started once as `python kill_import_child.py PACKAGE.pickle FINGERPRINT`, it loads the
libraries and the read package once, then for each stdin line "DATABASE<TAB>BACKUPS"
(DATABASE: a file's path or a server's URL) forks a process that opens the database and
applies the import. That process prints "applying <pid>" before it starts and "done" if it
ends; the test kills it at a random moment. It is reaped only when the test sends "reap", so
its pid cannot be reused before the kill.
"""

from __future__ import annotations

import os
import pickle
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script


def apply_one(read, fingerprint: str, database_path: str, backup_dir: str) -> None:
    from db.storage.database import open_database
    from db.sync.importing import apply_import

    # a SQLite file's path, or a server database's URL (its data folder: beside the backups)
    target = database_path if "://" in database_path else Path(database_path)
    database = open_database(target, folder=Path(backup_dir).parent)
    print(f"applying {os.getpid()}", flush=True)
    report = apply_import(database, [read], "tester", trusted_fingerprints=[fingerprint],
                          backup_dir=Path(backup_dir))
    database.close()
    print(f"done {report.packages[0].status}", flush=True)


def main() -> None:
    import db.storage.database  # noqa: F401 - loaded once, before forking
    import db.sync.importing  # noqa: F401

    package, fingerprint = sys.argv[1], sys.argv[2]
    read = pickle.loads(Path(package).read_bytes())
    print("ready", flush=True)
    while line := sys.stdin.readline():
        database_path, backup_dir = line.rstrip("\n").split("\t")
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                apply_one(read, fingerprint, database_path, backup_dir)
            except BaseException:  # noqa: BLE001 - reported to the test, then exit
                traceback.print_exc()
                code = 1
            sys.stdout.flush()
            os._exit(code)
        sys.stdin.readline()  # "reap": the test has killed it, or seen it end
        _, status = os.waitpid(pid, 0)
        print(f"exited {status}", flush=True)


if __name__ == "__main__":
    main()
