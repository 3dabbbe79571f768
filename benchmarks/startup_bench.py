"""Start-up budgets of the frozen one-folder build, against a bare PySide6 window frozen alike.

    python benchmarks/startup_bench.py [--rebuild] [--runs 7] [--compare OTHER/Tenpoint]

Builds dist/Tenpoint and dist/bare-window with packaging/build.py when missing (or with
--rebuild), then prints each folder's size and, over several starts, the time from launching
the executable to its first painted frame and to Tenpoint's populated main window. Both
programs print those moments themselves (TENPOINT_STARTUP_PROBE=1). It uses the X display in
DISPLAY when there is one (run under Xvfb for a real window system), else Qt's offscreen
platform. Budgets (issue 3): size <= 120 MB; first paint <= 1.5x the bare window's; populated
main window <= 4x the bare window's first paint. --compare times another build of Tenpoint
(an earlier commit's dist/Tenpoint/Tenpoint, say) in the same run, start for start.
--quick builds nothing: it starts both programs from source once each (CI runs it, to check
that the probes still report; the budgets are for the frozen build).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
from build import build, executable_path, folder_size  # noqa: E402 - packaging/ is no package

SIZE_BUDGET_MB = 120
FIRST_PAINT_BUDGET = 1.5
MAIN_WINDOW_BUDGET = 4.0
START_TIMEOUT = 60


def ensure_builds(rebuild: bool) -> tuple[Path, Path]:
    """The app's and the bare window's executables, built if needed."""
    app, bare = executable_path("folder"), executable_path("bare-window")
    if rebuild or not app.exists():
        build("folder", smoke=True)
    if rebuild or not bare.exists():
        build("bare-window", smoke=False)
    return app, bare


def timed_start(command: list[str], environment: dict[str, str]) -> dict[str, float]:
    """Seconds from launch to each moment the program reports ("first-paint", ...)."""
    launched = time.time()
    result = subprocess.run(command, env=environment, capture_output=True, text=True,
                            timeout=START_TIMEOUT)
    moments = {}
    for line in result.stdout.splitlines():
        label, _, stamp = line.partition(" ")
        if label in ("first-paint", "main-window"):
            moments[label] = float(stamp) - launched
    if "first-paint" not in moments:
        raise SystemExit(f"{command[0]} reported no first paint:\n{result.stderr[-2000:]}")
    return moments


def measure(programs: dict[str, list[str]], runs: int, environment: dict[str, str]
            ) -> dict[str, list]:
    """Alternating starts of the programs; the first of each warms the file cache only (and,
    for Tenpoint, creates its database: that start is kept as "first-start")."""
    samples: dict[str, list] = {name: [] for name in programs}
    first = {name: timed_start(command, environment) for name, command in programs.items()}
    for _ in range(runs):
        for name, command in programs.items():
            samples[name].append(timed_start(command, environment))
    samples["first-start"] = [first["app"]]
    return samples


def median(samples: list[dict[str, float]], label: str) -> float:
    return statistics.median(sample[label] for sample in samples)


def report_compared(compare: Path, samples: dict[str, list]) -> None:
    """The other build beside this one, as ratios of the same run's bare window."""
    bare_paint = median(samples["bare"], "first-paint")
    for label, name in (("first paint", "first-paint"), ("populated main window", "main-window")):
        before, now = median(samples["compare"], name), median(samples["app"], name)
        print(f"{label + ' (s)':34}{'':14}{now:12.3f}{now / bare_paint:9.2f}"
              f"   compared build: {before:.3f} s, {before / bare_paint:.2f}x")
    print(f"compared build: {compare}")


def report(app: Path, bare: Path, samples: dict[str, list], platform: str) -> None:
    app_size = folder_size(app.parent) / 1e6
    bare_size = folder_size(bare.parent) / 1e6
    bare_paint = median(samples["bare"], "first-paint")
    app_paint = median(samples["app"], "first-paint")
    app_ready = median(samples["app"], "main-window")
    first = samples["first-start"][0]
    print(f"platform: {platform}; {len(samples['app'])} starts each, medians")
    print(f"{'':34}{'bare window':>14}{'Tenpoint':>12}{'ratio':>9}{'budget':>9}")
    print(f"{'one-folder size (MB)':34}{bare_size:14.1f}{app_size:12.1f}"
          f"{app_size / bare_size:9.2f}{'<= ' + str(SIZE_BUDGET_MB) + ' MB':>12}")
    print(f"{'first paint (s)':34}{bare_paint:14.3f}{app_paint:12.3f}"
          f"{app_paint / bare_paint:9.2f}{'<= ' + str(FIRST_PAINT_BUDGET) + 'x':>9}")
    print(f"{'populated main window (s)':34}{'':14}{app_ready:12.3f}"
          f"{app_ready / bare_paint:9.2f}{'<= ' + str(MAIN_WINDOW_BUDGET) + 'x':>9}")
    print(f"{'first start, new database (s)':34}{'':14}{first['main-window']:12.3f}"
          f"{first['main-window'] / bare_paint:9.2f}")
    for icu_data in app.parent.glob("_internal/PySide6/Qt/lib/libicudata.so.*"):
        # 32 MB when packaging/icu_trim.py could not trim it (the build log says why)
        print(f"{'of which ICU data (MB)':34}{'':14}{icu_data.stat().st_size / 1e6:12.1f}")
    verdicts = [("size", app_size <= SIZE_BUDGET_MB),
                ("first paint", app_paint <= FIRST_PAINT_BUDGET * bare_paint),
                ("main window", app_ready <= MAIN_WINDOW_BUDGET * bare_paint)]
    print("within budget: " + ", ".join(f"{name} {'yes' if ok else 'NO'}"
                                        for name, ok in verdicts))


def quick(environment: dict[str, str]) -> int:
    """Both programs started from source once: the moments they report, as ratios."""
    with tempfile.TemporaryDirectory(prefix="tenpoint-bench-quick-") as folder:
        programs = {"bare": [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")],
                    "app": [sys.executable, "-m", "desktop", "--data-dir", folder]}
        samples = measure(programs, 1, dict(environment, PYTHONPATH=str(ROOT)))
    bare_paint = median(samples["bare"], "first-paint")
    for label, name in (("first paint", "first-paint"), ("populated main window", "main-window")):
        seconds = median(samples["app"], name)
        print(f"{label + ' from source (s)':40}{seconds:8.3f}{seconds / bare_paint:8.2f}x "
              f"the bare window's first paint ({bare_paint:.3f} s)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="build both programs again")
    parser.add_argument("--runs", type=int, default=7, help="starts of each program")
    parser.add_argument("--compare", type=Path, metavar="EXECUTABLE",
                        help="another build of Tenpoint to time in the same run")
    parser.add_argument("--quick", action="store_true",
                        help="from source, one start each, no build: checks the probes")
    args = parser.parse_args()
    environment = dict(os.environ, TENPOINT_STARTUP_PROBE="1")
    if not environment.get("DISPLAY"):
        environment["QT_QPA_PLATFORM"] = "offscreen"
    if args.quick:
        return quick(environment)
    app, bare = ensure_builds(args.rebuild)
    platform = environment.get("QT_QPA_PLATFORM") or f"xcb on DISPLAY {environment['DISPLAY']}"
    folders = {name: Path(tempfile.mkdtemp(prefix=f"tenpoint-bench-{name}-"))
               for name in ("app", "compare")}
    programs = {"bare": [str(bare)], "app": [str(app), "--data-dir", str(folders["app"])]}
    if args.compare:
        programs["compare"] = [str(args.compare), "--data-dir", str(folders["compare"])]
    try:
        samples = measure(programs, args.runs, environment)
    finally:
        for folder in folders.values():
            shutil.rmtree(folder, ignore_errors=True)
    report(app, bare, samples, platform)
    if args.compare:
        report_compared(args.compare, samples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
