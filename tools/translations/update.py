"""Refresh resources/translations/tenpoint_<lang>.ts with lupdate and count their messages;
--compile makes the .qm files the application loads (dev.sh and the build run it)."""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

from desktop.translations import ENGLISH
from desktop.translations import LANGUAGES as LANGUAGE_NAMES

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
# English needs a file too, of its plural forms only: "%n activities" reads "1 activity" only
# when a translation gives the singular.
LANGUAGES = tuple(code for code in LANGUAGE_NAMES if code != ENGLISH)
# desktop/ is the interface; db/ and exporters/ are scanned only where they mark texts
# (exporters/activity.py marks its labels with a Qt-free QT_TRANSLATE_NOOP, aliased "_").
MARKED = re.compile(r"\b(QT_TRANSLATE_NOOP|QT_TR_NOOP)\b|\btranslate\s*\(")
# Kept obsolete entries (no -no-obsolete): a reworded text's old translation stays in the file
# for the translator to reuse, and nothing is dropped without someone seeing it in the diff.
# Relative locations keep the .ts diffs small when code above a text moves.
# The catalog's labels Tenpoint wrote (action areas, regions) are data in its JSON, which lupdate
# cannot read: a generated source marks them under "catalog" (desktop/shared/labels.py,
# catalog_label) so the English stays only in the JSON. A fixed path keeps the .ts locations.
CATALOG = ROOT / "resources" / "catalog"
CATALOG_LABELS = ROOT / "build" / "translations" / "catalog_labels.py"
OPTIONS = ["-silent", "-locations", "relative", "-tr-function-alias", "QT_TRANSLATE_NOOP+=_"]


def qt_tool(name: str) -> Path:
    """pyside6-<name> beside this Python, else <name> inside the PySide6 package."""
    suffix = ".exe" if sys.platform == "win32" else ""
    candidates = (Path(sys.executable).with_name(f"pyside6-{name}{suffix}"),
                  Path(PySide6.__file__).parent / f"{name}{suffix}")
    for candidate in candidates:
        if candidate.exists():
            return candidate
    sys.exit(f"{name} not found: install PySide6 (pip install -e .) in this Python")


def compile_all(target: Path = TRANSLATIONS, force: bool = False) -> list[Path]:
    """Each .ts as the .qm the application loads, into target; an up-to-date one is kept."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        qm = target / source.with_suffix(".qm").name
        if force or not qm.exists() or qm.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([str(qt_tool("lrelease")), "-silent", str(source), "-qm", str(qm)],
                           check=True)
        written.append(qm)
    return written


def catalog_names() -> list[str]:
    """The action areas' and regions' names, as the catalog's JSON spells them."""
    areas = json.loads((CATALOG / "action_areas.json").read_text(encoding="utf-8"))
    events = json.loads((CATALOG / "events.json").read_text(encoding="utf-8"))
    return ([area["name"] for area in areas["action_areas"]]
            + [region["name"] for region in events["regions"]])


def write_catalog_labels(path: Path = CATALOG_LABELS) -> Path:
    """The generated source that marks the catalog's names for lupdate."""
    marks = [f'QT_TRANSLATE_NOOP("catalog", {json.dumps(name, ensure_ascii=False)})'
             for name in catalog_names()]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('"""Written by tools/translations/update.py from resources/catalog: '
                    'do not edit."""\n\n'
                    "from PySide6.QtCore import QT_TRANSLATE_NOOP\n\n"
                    + "\n".join(marks) + "\n", encoding="utf-8")
    return path


def sources() -> list[Path]:
    found = sorted((ROOT / "desktop").rglob("*.py"))
    for folder in ("db", "exporters"):
        found += [path for path in sorted((ROOT / folder).rglob("*.py"))
                  if MARKED.search(path.read_text(encoding="utf-8"))]
    return [*found, write_catalog_labels()]


def run_lupdate(ts_files: dict[str, Path], drop_obsolete: bool = False) -> None:
    """One run for every language, so all see the same sources. A new file is started with its
    plain language ("fr"): lupdate would guess one with a country ("fr_FR") from its name."""
    for language, ts_file in ts_files.items():
        if not ts_file.exists():
            ts_file.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                               f'<TS version="2.1" language="{language}" sourcelanguage="en">'
                               f'</TS>\n', encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "sources.lst"
        listing.write_text("\n".join(str(path) for path in sources()) + "\n", encoding="utf-8")
        translated = {k: v for k, v in ts_files.items() if k != ENGLISH}
        options = [*OPTIONS, "-no-obsolete"] if drop_obsolete else OPTIONS
        subprocess.run([str(qt_tool("lupdate")), *options, f"@{listing}", "-ts",
                        *map(str, translated.values())], check=True)
        if ENGLISH in ts_files:
            subprocess.run([str(qt_tool("lupdate")), *options, "-pluralonly", f"@{listing}",
                            "-ts", str(ts_files[ENGLISH])], check=True)


def counts(ts_file: Path) -> dict[str, int]:
    tally = dict.fromkeys(("messages", "translated", "unfinished", "numerus", "obsolete"), 0)
    for message in ET.parse(ts_file).getroot().iter("message"):
        kind = message.find("translation").get("type", "")
        if kind in ("obsolete", "vanished"):
            tally["obsolete"] += 1
            continue
        tally["messages"] += 1
        tally["unfinished" if kind == "unfinished" else "translated"] += 1
        tally["numerus"] += message.get("numerus") == "yes"
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true",
                        help="refresh copies, leave the files alone, exit 1 if any message "
                             "(including a new one) is unfinished")
    parser.add_argument("--drop-obsolete", action="store_true",
                        help="once the translators are done: remove the entries whose text left "
                             "the code (kept until then for them to reuse)")
    parser.add_argument("--compile", action="store_true",
                        help="only compile the .ts files to the .qm files the app loads")
    arguments = parser.parse_args()
    if arguments.compile:
        print(f"translations compiled: {len(compile_all())}")
        return 0
    check = arguments.check
    targets = {language: TRANSLATIONS / f"tenpoint_{language}.ts"
               for language in (*LANGUAGES, ENGLISH)}
    with tempfile.TemporaryDirectory() as scratch:
        if check:
            copies = {language: Path(scratch) / path.name for language, path in targets.items()}
            for language, path in targets.items():
                if path.exists():
                    shutil.copy(path, copies[language])
            targets = copies
        else:
            TRANSLATIONS.mkdir(parents=True, exist_ok=True)
        run_lupdate(targets, arguments.drop_obsolete)
        tallies = {language: counts(path) for language, path in targets.items()}
    columns = next(iter(tallies.values())).keys()
    print("language " + " ".join(f"{name:>10}" for name in columns))
    for language, tally in tallies.items():
        print(f"{language:<8} " + " ".join(f"{tally[name]:>10}" for name in columns))
    unfinished = sum(tally["unfinished"] for tally in tallies.values())
    if check and unfinished:
        print(f"{unfinished} unfinished message(s): translate them in Qt Linguist "
              "(pyside6-linguist) after python tools/translations/update.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
