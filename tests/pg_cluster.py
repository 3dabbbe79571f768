"""A throwaway PostgreSQL server for the tests: its own cluster in a temporary folder, on a
free loopback port, started with initdb and pg_ctl from the distribution's packages and
removed at the end. initdb refuses to run as root, so as root (CI) the cluster belongs to
the unprivileged `postgres` account the package creates.

Each test gets a database of its own, copied from a template (CREATE DATABASE ... TEMPLATE
is a file copy on the server, much faster than migrating and loading the catalog again).
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SERVER_USER = "postgres"
BIN_FOLDERS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def find_server_program(name: str) -> str | None:
    """initdb, pg_ctl: on PATH or in Debian's versioned folder (not on PATH there)."""
    found = shutil.which(name)
    if found:
        return found
    for folder in BIN_FOLDERS:
        if (folder / name).exists():
            return str(folder / name)
    return None


def server_available() -> bool:
    return all(find_server_program(name) for name in ("initdb", "pg_ctl", "pg_dump"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", SERVER_USER, "--", *command]


def _cluster_parent() -> str | None:
    """Where the cluster's folder goes. As root the server runs as `postgres`, which must
    reach its folder: TMPDIR may point into root's own temporary folders (pytest's tmp_path,
    mode 700), so the shared /tmp (mode 1777) is used instead."""
    return "/tmp" if os.geteuid() == 0 else None


class Cluster:
    """One running throwaway server; url(name) gives a database's URL."""

    def __init__(self, durable: bool = False) -> None:
        """durable: sync to disk as a production server does (benchmarks); the tests' server
        skips it, since its data is thrown away."""
        self.folder = Path(tempfile.mkdtemp(prefix="tenpoint-pg-", dir=_cluster_parent()))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.user = SERVER_USER if os.geteuid() == 0 else os.environ.get("USER", "tenpoint")
        self._names = itertools.count(1)
        if os.geteuid() == 0:
            shutil.chown(self.folder, SERVER_USER)
        self._run(find_server_program("initdb"), "-D", str(self.data), "-U", self.user,
                  "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} "
                   f"-c unix_socket_directories={self.folder} -c max_connections=200")
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(find_server_program("pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.folder / "server.log"), "-w", "start")

    def _run(self, *command: str) -> None:
        subprocess.run(_as_server_user(list(command)), check=True, capture_output=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE) as the owner."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(sql)

    def new_database(self, template: str | None = None) -> str:
        """A new empty database (or a copy of template); its URL."""
        name = f"t{os.getpid()}_{next(self._names)}"
        self.admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def stop(self) -> None:
        subprocess.run(_as_server_user([find_server_program("pg_ctl"), "-D", str(self.data),
                                        "-m", "immediate", "stop"]), capture_output=True,
                       check=False)
        shutil.rmtree(self.folder, ignore_errors=True)
