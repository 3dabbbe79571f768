"""Honest figures for the benchmarks: whole process tree memory, medians of several runs.

A Tenpoint import reads packages in child processes (exporters/isolated_read.py), so the
memory of the process that merges is not the memory the machine needs: `run_measured` starts
a command and samples, every few milliseconds, the resident memory of it and of every process
it started (read from /proc, so Linux only; elsewhere only the command's own peak is known),
and reports the peak of their sum.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

SAMPLE_SECONDS = 0.01
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024 if hasattr(os, "sysconf") else 4


def _parents() -> dict[int, int]:
    """pid -> parent pid of every process the system lists."""
    found = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
            found[int(entry.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):  # ended meanwhile
            continue
    return found


def _resident_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as statm:
            return int(statm.read().split()[1]) * PAGE_KB
    except (OSError, IndexError, ValueError):
        return 0


def tree_resident_mb(root: int) -> float:
    """Resident memory of root and all its descendants now, in MB."""
    parents = _parents()
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(_resident_kb(pid) for pid in tree) / 1024


@dataclass(frozen=True)
class Measured:
    """What a measured command printed last (a JSON object) and its tree's peak memory."""

    figures: dict
    peak_tree_mb: float


def run_measured(command: list[str], env: dict | None = None) -> Measured:
    """Run command to its end while sampling its process tree; its last stdout line is JSON."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    peak = [0.0]
    on_linux = Path("/proc/self/statm").exists()

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], tree_resident_mb(process.pid))
            time.sleep(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    if on_linux:
        sampler.start()
    output, _ = process.communicate()
    sampler.join()
    if process.returncode != 0:
        raise RuntimeError(f"{command} exited with {process.returncode}:\n{output}")
    figures = json.loads(output.strip().splitlines()[-1])
    own_peak = figures.get("own_peak_mb", 0.0)  # the command's own, for systems without /proc
    return Measured(figures, max(peak[0], own_peak))


def own_peak_mb() -> float:
    """This process's peak resident memory (Linux reports kB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def median(values: list[float]) -> float:
    return statistics.median(values)


def verdict(value: float, target: float) -> str:
    return "ok" if value <= target else "OVER"
