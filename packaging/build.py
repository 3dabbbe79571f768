"""Builds Tenpoint with PyInstaller for the OS it runs on, then runs the build's --smoke-test.

    python packaging/build.py               one-folder build in dist/Tenpoint/
    python packaging/build.py --onefile     one-file portable build in dist/portable/
    python packaging/build.py --bare-window the bare PySide6 window benchmarks compare against

Needs the `build` extra: pip install -e '.[build]'. PyInstaller cannot cross-compile, so run it
on each OS (docs/install.md). Exits non-zero when the build or its smoke test fails. On Linux
the spec also trims Qt's ICU data from 32 MB to 5 (packaging/icu_trim.py, with icupkg from
icu-devtools); the log says "ICU data trimmed", or why the full data was kept.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "tenpoint.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
QM_DIR = WORK / "translations"  # tenpoint.spec bundles the .qm files found here
SMOKE_TIMEOUT = 300
# Beside the portable executable: keeps the data folder on the stick, next to the program.
PORTABLE_INI = """\
; Tenpoint portable copy: the data folder (database, backups, logs) is TenpointData beside
; the program, so the whole folder can live on a USB stick. See docs/install.md for the
; other settings (office name, country, language).
[data]
portable = yes
"""


def project() -> dict:
    """pyproject.toml's [project] table: the version, and the Python it requires."""
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def project_version() -> str:
    return project()["version"]


def python_refusal() -> str | None:
    """Why this Python must not be bundled, or None. 3.11 with the pinned Qt binding aborts
    in use (README.md, "Which Python"); pip refuses it too, but a venv can be made by hand."""
    minimum = project()["requires-python"].removeprefix(">=")
    if sys.version_info >= tuple(int(part) for part in minimum.split(".")):
        return None
    return (f"the build bundles the Python it runs on ({sys.version.split()[0]}); Tenpoint "
            f"needs {minimum} or newer (README.md, 'Which Python')")


def compile_translations() -> list[Path]:
    """resources/translations/*.ts -> build/translations/*.qm (pyside6-lrelease)."""
    if QM_DIR.exists():
        shutil.rmtree(QM_DIR)
    sys.path.insert(0, str(ROOT))
    from tools.translations.update import compile_all

    return compile_all(QM_DIR, force=True)


def run_pyinstaller(variant: str, spec_options: list[str], distpath: Path) -> None:
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level",
               "WARN", "--distpath", str(distpath), "--workpath", str(WORK / variant)]
    subprocess.run(command + (["--", *spec_options] if spec_options else []), check=True,
                   cwd=ROOT)


def executable_path(variant: str) -> Path:
    """The program IT runs (for commands and the smoke test) in each kind of build."""
    suffix = ".exe" if sys.platform == "win32" else ""
    if variant == "portable":
        return DIST / "portable" / f"Tenpoint-portable{suffix}"
    if variant == "bare-window":
        return DIST / "bare-window" / f"bare-window{suffix}"
    if sys.platform == "darwin":
        return DIST / "Tenpoint.app" / "Contents" / "MacOS" / "Tenpoint"
    return DIST / "Tenpoint" / ("tenpoint-cli.exe" if sys.platform == "win32" else "Tenpoint")


def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def smoke_test(executable: Path) -> None:
    """Run the build's own --smoke-test; raises if it fails."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([str(executable), "--smoke-test"], env=environment,
                            capture_output=True, text=True, timeout=SMOKE_TIMEOUT)
    print(result.stdout + result.stderr, end="")
    if result.returncode != 0:
        raise SystemExit(f"smoke test of {executable} failed (exit {result.returncode})")


def build(variant: str, smoke: bool) -> Path:
    """Build one variant ("folder", "portable" or "bare-window"); returns its executable."""
    started = time.monotonic()
    if variant != "bare-window":
        compiled = compile_translations()
        print(f"translations compiled: {len(compiled)}")
    spec_options = {"folder": [], "portable": ["--onefile"],
                    "bare-window": ["--bare-window"]}[variant]
    distpath = DIST / "portable" if variant == "portable" else DIST
    run_pyinstaller(variant, spec_options, distpath)
    if variant == "portable":
        (distpath / "tenpoint.ini").write_text(PORTABLE_INI, encoding="utf-8")
    executable = executable_path(variant)
    output = executable if variant == "portable" else executable.parent
    if sys.platform == "darwin" and variant == "folder":
        output = DIST / "Tenpoint.app"
    print(f"built {output} ({folder_size(output) / 1e6:.1f} MB) in "
          f"{time.monotonic() - started:.0f} s")
    if smoke and variant != "bare-window":
        smoke_test(executable)
    return executable


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    variant = parser.add_mutually_exclusive_group()
    variant.add_argument("--onefile", action="store_true",
                         help="one-file portable build (dist/portable/)")
    variant.add_argument("--bare-window", action="store_true",
                         help="the bare PySide6 window used as the start-up baseline")
    parser.add_argument("--no-smoke-test", action="store_true",
                        help="do not run the build's --smoke-test")
    args = parser.parse_args(argv)
    refusal = python_refusal()
    if refusal:
        print(f"build.py: {refusal}", file=sys.stderr)
        return 1
    print(f"Tenpoint {project_version()} on {sys.platform}, Python {sys.version.split()[0]}")
    kind = "portable" if args.onefile else "bare-window" if args.bare_window else "folder"
    build(kind, smoke=not args.no_smoke_test)
    return 0


if __name__ == "__main__":
    sys.exit(main())
