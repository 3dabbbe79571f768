"""Which files a person's selection names: packages, and the rest of a folder with why each
is not read (lock files, OpenDocument, old Excel, CSV...), so nothing is left out unseen."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# Why a file in a folder was not read (db/ gives codes, the GUI and CLI word them).
SKIPPED_LOCK_FILE = "lock_file"  # Excel's ~$name.xlsx, LibreOffice's .~lock.name.xlsx#
SKIPPED_ODS = "ods"  # an OpenDocument spreadsheet
SKIPPED_XLS = "xls"  # an Excel 97-2003 workbook
SKIPPED_OTHER_EXCEL = "other_excel"  # .xlsm, .xlsb, .xltx, .xltm: not a plain workbook
SKIPPED_CSV = "csv"  # a text export of one sheet
SKIPPED_FOLDER = "folder"  # folders are not searched below the one named
SKIPPED_OTHER = "not_a_package"  # any other file
_SKIPPED_BY_SUFFIX = {".ods": SKIPPED_ODS, ".fods": SKIPPED_ODS, ".xls": SKIPPED_XLS,
                      ".xlsm": SKIPPED_OTHER_EXCEL, ".xlsb": SKIPPED_OTHER_EXCEL,
                      ".xltx": SKIPPED_OTHER_EXCEL, ".xltm": SKIPPED_OTHER_EXCEL,
                      ".csv": SKIPPED_CSV, ".tsv": SKIPPED_CSV}
# What the system puts in folders: never a person's file, so not worth a word.
_SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})


@dataclass(frozen=True)
class SkippedFile:
    """A file in a named folder that is not read, and why (a SKIPPED_* code)."""

    path: Path
    reason: str


@dataclass(frozen=True)
class PackageFiles:
    """The files to read, and what the named folders held besides."""

    files: tuple[Path, ...]
    skipped: tuple[SkippedFile, ...] = ()
    empty_folders: tuple[Path, ...] = ()  # named folders without any .xlsx file

    def skipped_in(self, folder: Path) -> tuple[SkippedFile, ...]:
        return tuple(s for s in self.skipped if s.path.parent == folder)


def _passed_over(name: str) -> bool:
    """Hidden files (macOS's "._name.xlsx" too) and the system's own: never a person's file,
    not worth a word. Lock files are hidden on some systems but are named: see _skip_reason."""
    return (name.startswith(".") and not _is_lock_file(name)) or name.lower() in _SYSTEM_FILES


def _is_lock_file(name: str) -> bool:
    return name.startswith("~$") or (name.startswith(".~lock.") and name.endswith("#"))


def _skip_reason(path: Path) -> str | None:
    """Why this entry of a folder is not read (a SKIPPED_* code); None for a package."""
    if _is_lock_file(path.name):
        return SKIPPED_LOCK_FILE
    if path.is_dir():
        return SKIPPED_FOLDER
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return None
    return _SKIPPED_BY_SUFFIX.get(suffix, SKIPPED_OTHER)


def find_package_files(arguments: Sequence[str | Path]) -> PackageFiles:
    """The files named, with folders expanded to their .xlsx files (sorted); every other
    file of a folder is named with why it is not read, so nothing is left out unseen."""
    paths: list[Path] = []
    skipped: list[SkippedFile] = []
    empty: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        if not path.is_dir():
            paths.append(path)
            continue
        found = []
        for entry in sorted(path.iterdir()):
            if _passed_over(entry.name):
                continue
            reason = _skip_reason(entry)
            if reason is None:
                found.append(entry)
            else:
                skipped.append(SkippedFile(entry, reason))
        paths += found
        if not found:
            empty.append(path)
    return PackageFiles(tuple(paths), tuple(skipped), tuple(empty))


def package_files(arguments: Sequence[str | Path]) -> list[Path]:
    """The files named, with folders expanded to their .xlsx files (sorted)."""
    return list(find_package_files(arguments).files)
