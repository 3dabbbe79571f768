"""`tenpoint --smoke-test`: proves an installation works, offscreen, on a fresh temporary folder.

It runs the steps a first start runs, one by one, and stops at the first failure with a
message naming the step; exit code 0 when all pass. CI runs it on the frozen build, and IT
can run it on a laptop (with --config, it also checks their tenpoint.ini). When that ini
names a shared PostgreSQL database, the smoke test connects to it and reads its schema
version, and changes nothing there: every other step works in the temporary folder.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from db.activities.service import create_activity
from db.catalog.loader import load_catalog as load
from db.catalog.queries import catalog_stats
from db.installation.office import local_office, setup_office
from db.installation.signing import own_public_key
from db.resources import app_version, install_dir
from db.storage.database import current_revision, open_database
from db.storage.migrations import schema_head
from db.storage.server import display_url, make_server_engine
from db.storage.version_stamp import encode_version, read_version_stamp
from db.sync.exporting import export_office_package
from db.sync.importing import prepare_reading, read_packages
from desktop.app import make_application
from desktop.config import find_config, load_config
from desktop.database_side import DatabaseSide
from desktop.main_window import MainWindow
from desktop.opening import apply_office_preset
from desktop.opening import open_context as open_app_context
from desktop.shared.translate import translate
from desktop.translations import ARABIC_FONTS, bundled_families
from exporters.activity import ActivityContent
from exporters.signature import signed_payload, verify

EXIT_OK, EXIT_FAILED = 0, 1
SMOKE_OFFICE = ("Smoke test office", "KE")


class SmokeCheckFailed(Exception):
    """A step ran but found something wrong."""


@dataclass
class SmokeRun:
    """What the steps hand each other."""
    folder: Path
    config_path: str | None = None
    config: Any = None
    database: Any = None
    context: Any = None
    window: Any = None
    notes: list[str] = field(default_factory=list)


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise SmokeCheckFailed(what)


def create_database(run: SmokeRun) -> None:
    version = app_version()
    run.database = open_database(run.folder / "tenpoint.sqlite", run.folder / "backups",
                                 app_version=version)
    head = schema_head()
    _check(run.database.migration.to_revision == head, f"schema is not at {head}")
    stamp = read_version_stamp(run.database.engine)
    _check(stamp is not None or not encode_version(version), "no version stamp recorded")
    run.notes.append(f"schema {head}, stamped {stamp}")


def load_catalog(run: SmokeRun) -> None:
    report = load(run.database)
    items = sum(catalog_stats(run.database).by_kind.values())
    _check(items > 0, "the catalog loaded no items")
    run.notes.append(f"catalog version {report.to_version}, {items} items")


def read_config(run: SmokeRun) -> None:
    path = find_config(run.config_path, install_dir())
    run.config = load_config(path, install_dir())
    run.notes.append(f"preconfiguration {path}" if path else "no preconfiguration")


def load_server_driver(run: SmokeRun) -> None:
    """The PostgreSQL driver and the libpq it carries load (a headquarters on a server needs
    them; SQLAlchemy imports them by the URL's name, so only running proves the build has
    them). No connection is made."""
    engine = make_server_engine("postgresql://smoke-test.invalid/tenpoint")
    try:
        import psycopg

        libpq = psycopg.pq.version()
        _check(engine.dialect.driver == "psycopg" and libpq > 0, "no PostgreSQL driver")
        run.notes.append(f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), "
                         f"libpq {libpq}")
    finally:
        engine.dispose()


def reach_server(run: SmokeRun) -> None:
    """The shared database the ini names answers, and holds Tenpoint's schema or nothing yet
    (read only: the first start of the application migrates it, after a backup)."""
    url = run.config.database
    if url is None:
        run.notes.append("no shared database")
        return
    engine = make_server_engine(url)
    try:
        revision = current_revision(engine, display_url(url))
    finally:
        engine.dispose()
    run.notes.append(f"shared database {display_url(url)}: schema {revision or 'none yet'}, "
                     f"this build's {schema_head()}")


def set_up_office(run: SmokeRun) -> None:
    if not apply_office_preset(run.database, run.config):
        setup_office(run.database, *SMOKE_OFFICE)
    identity = local_office(run.database)
    _check(identity is not None and (identity.is_headquarters or bool(identity.regions)),
           "the office has no region")
    run.notes.append(f"office {identity.name} ({identity.country_iso2})")


def open_context(run: SmokeRun) -> None:
    run.database.close()
    run.database = None
    # the temporary folder's database, whatever the ini names (reach_server checked that one)
    run.context = open_app_context(str(run.folder), replace(run.config, database=None))
    _check(not run.context.database.migration.backup, "reopening migrated the database again")


def build_window(run: SmokeRun) -> None:
    make_application()
    run.window = MainWindow(run.context, DatabaseSide(run.context))
    run.window.show()
    frame = run.window.grab()
    _check(not frame.isNull() and frame.width() > 0, "the main window painted nothing")
    # The Progress area's charts come from the Addons (QtCharts): painting it proves the
    # build carries them.
    run.window.tabs.setCurrentWidget(run.window.progress)
    chart = run.window.progress.coverage_page.chart.grab()
    _check(not chart.isNull() and chart.width() > 0, "the Progress area's chart painted nothing")
    run.window.progress.wait_for_reads()
    # The font that shows Arabic wherever the build runs (desktop/translations.py).
    arabic = bundled_families(ARABIC_FONTS)
    _check(bool(arabic), "the bundled Arabic font is missing or does not load")
    run.notes.append(f"main window {frame.width()}x{frame.height()}, with its Progress chart "
                     f"and {', '.join(arabic)}")


def package_round_trip(run: SmokeRun) -> None:
    """Write this office's signed sync package with one activity and read it back unchanged,
    through the child process that reads untrusted files, started ahead as the import dialog
    starts it (so the frozen build proves both)."""
    prepare_reading()  # the reading process starts while the package is written
    activity = create_activity(run.database, ActivityContent(
        title="=Smoke test activity", item_codes=("DES-SR-I-01",),
        start_date=date(2026, 1, 1)), "smoke-test")
    path = run.folder / "smoke-package.xlsx"
    export_office_package(run.database, path, user="smoke-test")
    (read,) = read_packages([path])
    _check(not read.file_rejected and not read.problems and not read.rejected_rows,
           f"the package did not read back cleanly: {read.problems or read.rejected_rows}")
    rows = {a.activity_id: a for a in read.content.activities}
    _check(activity.uuid in rows, "the activity is missing from the package")
    _check(rows[activity.uuid].title == activity.title, "a formula-like title changed")
    _check(read.checksum_matches is not False, "the package checksum does not match")
    manifest = read.content.manifest
    _check(manifest.signing_key == own_public_key(run.database)
           and verify(manifest.signing_key, signed_payload(read.content), manifest.signature),
           "the package signature does not verify with this installation's key")
    run.notes.append(f"{path.name}: {path.stat().st_size} bytes, {len(rows)} activity")


# The steps, in order.
STEPS: list[tuple[str, Callable[[SmokeRun], None]]] = [
    (QT_TRANSLATE_NOOP("smoke", "create and migrate the database"), create_database),
    (QT_TRANSLATE_NOOP("smoke", "load the catalog"), load_catalog),
    (QT_TRANSLATE_NOOP("smoke", "read the preconfiguration"), read_config),
    (QT_TRANSLATE_NOOP("smoke", "load the PostgreSQL driver"), load_server_driver),
    (QT_TRANSLATE_NOOP("smoke", "reach the shared database"), reach_server),
    (QT_TRANSLATE_NOOP("smoke", "set up the office"), set_up_office),
    (QT_TRANSLATE_NOOP("smoke", "write an office package and read it back"),
     package_round_trip),
    (QT_TRANSLATE_NOOP("smoke", "open the application context"), open_context),
    (QT_TRANSLATE_NOOP("smoke", "build the main window"), build_window),
]


def _close(run: SmokeRun) -> None:
    if run.window is not None:
        run.window.close()
        run.window.deleteLater()
    for holder in (run.context, run.database):
        if holder is not None:
            holder.close()


def run_steps(run: SmokeRun) -> int:
    """Run every step on run; returns the exit code."""
    out = sys.stdout
    for number, (name, step) in enumerate(STEPS, start=1):
        started = time.perf_counter()
        try:
            step(run)
        except Exception as error:  # any failure is the answer the smoke test gives
            print(translate("smoke", "FAILED at step {number}/{total}, {step}: {error}").format(
                number=number, total=len(STEPS), step=translate("smoke", name),
                error=f"{type(error).__name__}: {error}"), file=sys.stderr)
            traceback.print_exc(file=sys.stderr)
            return EXIT_FAILED
        notes = "; ".join(run.notes)
        run.notes.clear()
        seconds = time.perf_counter() - started
        step_name = translate("smoke", name)  # the rest of the line is IT's, in English
        print(f"[{number}/{len(STEPS)}] {step_name}: ok ({seconds:.2f} s)"
              + (f" - {notes}" if notes else ""), file=out, flush=True)
    print(translate("smoke", "Smoke test passed."), file=out)
    return EXIT_OK


def run_smoke_test(config_path: str | None = None) -> int:
    """The --smoke-test command: offscreen, in a temporary folder removed afterwards."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window system needed, nothing shown
    folder = Path(tempfile.mkdtemp(prefix="tenpoint-smoke-"))
    run = SmokeRun(folder, config_path)
    try:
        return run_steps(run)
    finally:
        _close(run)
        _release_log_files(folder)
        shutil.rmtree(folder, ignore_errors=True)


def _release_log_files(folder: Path) -> None:
    """The context logs into the temporary folder; close that file so it can be removed
    (Windows refuses to delete open files)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if Path(getattr(handler, "baseFilename", "/")).is_relative_to(folder):
            handler.close()
            root.removeHandler(handler)
