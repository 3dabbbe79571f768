"""Reads untrusted packages in a child process with memory and time limits.

A hostile file can make a parser take minutes, exhaust memory, or abort the whole process
(python-calamine aborts on a cell at XFD1048576, and no `try` catches an abort). So files are
checked (exporters/package_guard.py), decrypted and parsed in a child; whatever happens to the
child becomes a file-level problem of that file, and the application carries on. A child
reads its files one after another (starting one costs a fraction of a second); when a file
kills it, the next child starts with the next file. Several files are shared between two
children reading at once, one per core.

Starting a child (a new interpreter, then the parser's modules) takes a fifth of a second, so
prestart() starts one ahead, when a person opens the import dialog: it imports the parser and
waits for its files. The limits apply once it has them.

Other workbooks people fill by hand (the catalog workbook) are read the same way: `reader`
names the function the child calls instead of read_package, a module-level function of
(path, progress, words=...) returning plain data (or an instance of a module-level class with
such a __call__); it is sent to the child by reference. A reader whose `checked_first` is
False is given the file without package_guard's checks (exporters/reader.read_manifest).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from exporters import problems
from exporters.errors import OperationCancelled
from exporters.problems import Problem
from exporters.progress import Cancelled, Progress, never_cancelled, no_progress
from exporters.read_transfer import Received, send_read
from exporters.reader import ReadPackage
from exporters.wording import ReadingWords

STEPS_PER_FILE = 1000  # progress of several files: each file's rows scaled to this
# Children reading at once when there are several files (headquarters reads a folder of
# packages): one per core, two at most, since each may use Limits.memory_bytes.
READERS = max(1, min(2, os.cpu_count() or 1))
POLL_SECONDS = 0.05


@dataclass(frozen=True)
class Limits:
    """What one file may cost the child: wall-clock seconds and address space.

    A 10,000-activity package reads in about a second in about 200 MB.
    """

    seconds: float = 120.0
    memory_bytes: int = 2 * 1024 ** 3


# --- the child's side ------------------------------------------------------------------


def read_untrusted(path: Path | str, password: str | None = None,
                   progress: Progress | None = None, words: ReadingWords | None = None,
                   reader: Callable | None = None) -> ReadPackage:
    """Decrypt (when protected), check and read one file, in this process (words: the
    headers and labels of other languages to recognise, as read_package takes them; reader:
    what reads the checked file, read_package by default). A refused file is a ReadPackage
    without content, whatever the reader."""
    from exporters.encryption import PasswordError, decrypt_file, is_encrypted_workbook

    path = Path(path)
    if not is_encrypted_workbook(path):
        return _checked_read(path, path.name, progress, words, reader)
    with tempfile.TemporaryDirectory(prefix="tenpoint-") as folder:
        plain = Path(folder) / path.name  # same name: problems name the file the person chose
        try:
            decrypt_file(path, plain, password)
        except PasswordError as error:
            return _rejected(path.name, error.code)
        except Exception as error:  # noqa: BLE001 - a damaged protected file, in any way
            return _rejected(path.name, problems.DAMAGED_ZIP, type(error).__name__)
        return _checked_read(plain, path.name, progress, words, reader)


def _checked_read(path: Path, file: str, progress: Progress | None,
                  words: ReadingWords | None, reader: Callable | None = None) -> ReadPackage:
    from exporters.package_guard import check_package
    from exporters.reader import read_package

    reader = reader or read_package
    problem = check_package(path, file) if getattr(reader, "checked_first", True) else None
    if problem is not None:
        return ReadPackage(file, None, (problem,))
    return reader(path, progress, words=words)


def _rejected(file: str, code: str, value: str | None = None) -> ReadPackage:
    return ReadPackage(file, None, (Problem(file, None, None, None, value, code),))


def _apply_limits(limits: Limits) -> None:
    """Address space and CPU time, where the system offers them (not on Windows)."""
    try:
        import resource
    except ImportError:
        return
    for kind, value in ((resource.RLIMIT_AS, limits.memory_bytes),
                        (resource.RLIMIT_CPU, int(limits.seconds) + 5)):
        with contextlib.suppress(ValueError, OSError):  # e.g. a hard limit already lower
            resource.setrlimit(kind, (value, value))


def _quiet_native_errors() -> None:
    """An aborting parser prints a Rust backtrace: not for a person's terminal."""
    with contextlib.suppress(OSError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), 2)


def child_main(jobs: list[tuple[int, str, str | None]], limits: Limits, connection,
               words: ReadingWords | None = None, reader: Callable | None = None) -> None:
    """The child: reads each job, sending ("start"|"progress"|"rows"|"done"|"memory", index,
    ...); see exporters/read_transfer.py for "rows". words: as read_package takes them;
    reader: as read_untrusted takes it (its result is sent whole, in "done")."""
    _apply_limits(limits)
    _quiet_native_errors()
    for index, path, password in jobs:
        connection.send(("start", index))
        try:
            read = read_untrusted(path, password,
                                  lambda d, t, i=index: connection.send(("progress", i, d, t)),
                                  words, reader)
        except MemoryError:
            connection.send(("memory", index))
            continue
        except Exception as error:  # noqa: BLE001 - a parser's own error on a strange file
            connection.send(("done", index, _rejected(Path(path).name, problems.UNREADABLE,
                                                      type(error).__name__)))
            continue
        if isinstance(read, ReadPackage):
            send_read(connection.send, index, read)
        else:
            connection.send(("done", index, read))
    connection.close()


def _child_process(target: Callable, limits: Limits, jobs_receiver, connection) -> None:
    """The child process: loads the parser while nobody waits, then runs its jobs."""
    import exporters.package_guard  # noqa: F401 - imported ahead: the point of a spare child
    import exporters.reader  # noqa: F401

    try:
        jobs, words, reader = jobs_receiver.recv()
    except EOFError:  # a spare child the parent no longer needs
        return
    if reader is None:
        target(jobs, limits, connection, words)
    else:
        target(jobs, limits, connection, words, reader)


# Tests replace this with a target that crashes, to see the parent survive it.
CHILD_TARGET = child_main


# --- the parent's side -----------------------------------------------------------------


class _Child:
    """One child process, started before it has jobs, and what the parent knows of it."""

    def __init__(self, limits: Limits) -> None:
        context = multiprocessing.get_context("spawn")  # the same on Windows, macOS, frozen
        self.receiver, sender = context.Pipe(duplex=False)
        jobs_receiver, self.jobs_sender = context.Pipe(duplex=False)
        self.target, self.limits = CHILD_TARGET, limits
        self.process = context.Process(target=_child_process,
                                       args=(CHILD_TARGET, limits, jobs_receiver, sender),
                                       daemon=True)
        self.process.start()
        sender.close()  # the child holds the only sending end: its death ends the pipe
        jobs_receiver.close()
        self.current, self.started = 0, time.monotonic()

    def submit(self, jobs: list, first: int, words: ReadingWords | None = None,
               reader: Callable | None = None) -> None:
        """Give the child jobs[first:] (and the words to read them with, plain data, and the
        reader, by reference); the time limit counts from now."""
        self.jobs_sender.send((jobs[first:], words, reader))
        self.current, self.started = first, time.monotonic()

    def usable(self, limits: Limits) -> bool:
        return self.process.is_alive() and self.limits == limits and self.target is CHILD_TARGET

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.receiver.close()
        self.jobs_sender.close()

    def message(self):
        """The next message, None when there is none yet, EOFError once the child is gone."""
        if self.receiver.poll(POLL_SECONDS):
            return self.receiver.recv()
        if not self.process.is_alive() and not self.receiver.poll():
            raise EOFError
        return None


_spare: _Child | None = None
_spare_lock = threading.Lock()


def prestart(limits: Limits | None = None) -> None:
    """Start a child now, for the next read to use (does nothing if one is waiting)."""
    global _spare
    limits = limits or Limits()
    with _spare_lock:
        if _spare is not None and _spare.usable(limits):
            return
        if _spare is not None:
            _spare.stop()
        _spare = _Child(limits)


def discard_spare() -> None:
    """Stop the spare child, if one is waiting."""
    global _spare
    with _spare_lock:
        spare, _spare = _spare, None
    if spare is not None:
        spare.stop()


def _child_for(jobs: list, first: int, limits: Limits, words: ReadingWords | None,
               reader: Callable | None = None) -> _Child:
    """A child reading jobs[first:]: the spare one when it suits these limits, else a new one."""
    global _spare
    with _spare_lock:
        spare, _spare = _spare, None
    if spare is not None and spare.usable(limits):
        try:
            spare.submit(jobs, first, words, reader)
            return spare
        except OSError:  # it died since: not the fault of these files
            pass
    if spare is not None:
        spare.stop()
    child = _Child(limits)
    child.submit(jobs, first, words, reader)
    return child


def _death_problem(exitcode: int | None, limits: Limits) -> tuple[str, str | None]:
    if exitcode == -getattr(signal, "SIGXCPU", -1000):
        return problems.PARSER_TIMEOUT, str(int(limits.seconds))
    if exitcode == -getattr(signal, "SIGKILL", -1000):  # the system's out-of-memory killer
        return problems.PARSER_OUT_OF_MEMORY, str(limits.memory_bytes // 1024 ** 2)
    return problems.PARSER_CRASHED, None if exitcode is None else str(exitcode)


def read_packages_isolated(paths: Sequence[Path | str],
                           passwords: Mapping[str, str] | None = None,
                           progress: Progress | None = None, cancelled: Cancelled | None = None,
                           limits: Limits | None = None, readers: int | None = None,
                           words: ReadingWords | None = None, reader: Callable | None = None,
                           each: Callable[[int, ReadPackage], None] | None = None
                           ) -> tuple[ReadPackage, ...]:
    """Each file read in a child process; a file that kills or outlasts it is a problem.

    passwords maps str(path) to the password of a protected file. progress(done, total)
    counts STEPS_PER_FILE per file. Several files are shared among `readers` children
    reading at once (READERS by default). words: the headers and labels of other languages
    to recognise (plain data, sent to the children). reader: what reads each checked file
    (read_package by default; see the module's docstring). each(index, read), if given, is
    called with each file's read as soon as there is one, from the thread reading it. Raises
    OperationCancelled (the children are killed).
    """
    passwords, limits = passwords or {}, limits or Limits()
    progress, cancelled = progress or no_progress, cancelled or never_cancelled
    jobs = [(index, str(path), passwords.get(str(path))) for index, path in enumerate(paths)]
    count = max(1, min(readers or READERS, len(jobs)))
    if count == 1:
        results = _read_share(jobs, limits, progress, cancelled, words, reader, each)
        return tuple(results[index] for index in range(len(jobs)))
    shares = [jobs[k::count] for k in range(count)]
    shared = _SharedProgress(progress, len(jobs) * STEPS_PER_FILE, count)
    with ThreadPoolExecutor(count, thread_name_prefix="readers") as pool:
        futures = [pool.submit(_read_share, _renumbered(share), limits, shared.reporter(k),
                               cancelled, words, reader, _numbered_as_given(share, each))
                   for k, share in enumerate(shares)]
    results = {}
    for share, future in zip(shares, futures, strict=True):
        read = future.result()  # raises what the share raised (OperationCancelled)
        for position, (index, _path, _password) in enumerate(share):
            results[index] = read[position]
    return tuple(results[index] for index in range(len(jobs)))


def _numbered_as_given(share: list, each: Callable | None) -> Callable | None:
    """each, for a share whose jobs are numbered from 0 (_renumbered)."""
    if each is None:
        return None
    return lambda position, read: each(share[position][0], read)


def _renumbered(share: list) -> list:
    """A share's jobs numbered from 0, as one child's list of jobs is."""
    return [(position, path, password) for position, (_index, path, password)
            in enumerate(share)]


class _SharedProgress:
    """The progress of all shares as one figure, reported one at a time."""

    def __init__(self, progress: Progress, total: int, shares: int) -> None:
        self.progress, self.total = progress, total
        self.done = [0] * shares
        self.lock = threading.Lock()

    def reporter(self, share: int) -> Progress:
        def report(done: int, _total: int) -> None:
            with self.lock:
                self.done[share] = done
                self.progress(sum(self.done), self.total)
        return report


def _read_share(jobs: list, limits: Limits, progress: Progress, cancelled: Cancelled,
                words: ReadingWords | None = None, reader: Callable | None = None,
                each: Callable[[int, ReadPackage], None] | None = None
                ) -> dict[int, ReadPackage]:
    """jobs read one after another by one child at a time (a new one after a crash)."""
    results = _Results(each)
    first = 0
    while first < len(jobs):
        if cancelled():
            raise OperationCancelled()
        first = _run_child(jobs, first, results, limits, progress, cancelled, words, reader)
    return results


class _Results(dict):
    """Each file's read by its index, handed to `each` as it comes (read_packages_isolated)."""

    def __init__(self, each: Callable[[int, ReadPackage], None] | None) -> None:
        super().__init__()
        self.each = each

    def __setitem__(self, index: int, read: ReadPackage) -> None:
        super().__setitem__(index, read)
        if self.each is not None:
            self.each(index, read)


def _run_child(jobs: list, first: int, results: dict[int, ReadPackage], limits: Limits,
               progress: Progress, cancelled: Cancelled, words: ReadingWords | None,
               reader: Callable | None = None) -> int:
    """Runs one child until it finishes or fails; returns the index of the next job."""
    child = _child_for(jobs, first, limits, words, reader)
    total = len(jobs) * STEPS_PER_FILE
    received = Received()
    try:
        while True:
            if cancelled():
                raise OperationCancelled()
            try:
                message = child.message()
            except EOFError:
                code, value = _death_problem(child.process.exitcode, limits)
                break
            if message is None:
                if time.monotonic() - child.started > limits.seconds:
                    code, value = problems.PARSER_TIMEOUT, str(int(limits.seconds))
                    break
                continue
            kind, index = message[0], message[1]
            if kind == "start":
                child.current, child.started = index, time.monotonic()
                progress(index * STEPS_PER_FILE, total)
            elif kind == "progress":
                done, rows = message[2], message[3]
                step = min(done * STEPS_PER_FILE // rows, STEPS_PER_FILE) if rows else 0
                progress(index * STEPS_PER_FILE + step, total)
            elif kind == "rows":
                received.add(index, message[2], message[3])
            elif kind == "memory":
                results[index] = _failed(jobs[index][1], problems.PARSER_OUT_OF_MEMORY,
                                         str(limits.memory_bytes // 1024 ** 2))
            else:
                results[index] = received.complete(index, message[2])
                progress((index + 1) * STEPS_PER_FILE, total)
                if index == len(jobs) - 1:
                    return len(jobs)
    finally:
        child.stop()
    if child.current not in results:
        results[child.current] = _failed(jobs[child.current][1], code, value)
    return child.current + 1


def _failed(path: str, code: str, value: str | None) -> ReadPackage:
    return _rejected(Path(path).name, code, value)


def read_package_isolated(path: Path | str, password: str | None = None,
                          progress: Progress | None = None, cancelled: Cancelled | None = None,
                          limits: Limits | None = None, words: ReadingWords | None = None,
                          reader: Callable | None = None) -> ReadPackage:
    """One untrusted file, read as read_packages_isolated reads each."""
    return read_packages_isolated([path], {str(path): password} if password else None,
                                  progress, cancelled, limits, words=words, reader=reader)[0]
