"""`tenpoint backup`, `tenpoint backups` and `tenpoint restore FILE`: backups without a window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from db.installation.restore import check_restorable, restore_backup
from db.storage.backups import (
    BackupInfo,
    inspect_backup,
    list_backups,
)
from db.storage.server_backups import back_up
from desktop.context import AppContext
from desktop.shared.formatting import local_time_text, size_text
from desktop.shared.labels import backup_reason_label
from desktop.shared.translate import translate


@dataclass(frozen=True)
class Command:
    """One sub-command; this module holds three, listed in desktop/cli.py like modules."""

    NAME: str
    register: Callable
    run: Callable[[argparse.Namespace, AppContext], int]


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(translate("cli", "must be 1 or more"))
    return value


def _keep_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--keep", type=_positive, metavar=translate("cli", "N"),
                        help=translate("cli", "keep the newest N backups in the data folder (saved "
                                              "for the automatic backups too; default 20)"))


def _keep(args: argparse.Namespace, context: AppContext) -> int:
    if args.keep is not None:
        context.settings.set_backup_keep(args.keep)
        context.settings.sync()
    return context.settings.backup_keep()


# --- tenpoint backup ---------------------------------------------------------------------
def register_backup(commands) -> None:
    command = commands.add_parser("backup", help=translate("cli", "back the database up now"))
    command.add_argument("--to", metavar=translate("cli", "FOLDER"),
                         help=translate("cli", "write the backup to this folder (never rotated) "
                                               "instead of the data folder's backups"))
    _keep_option(command)


def run_backup(args: argparse.Namespace, context: AppContext) -> int:
    keep = _keep(args, context)
    folder = Path(args.to) if args.to else context.paths.backups
    info = back_up(context.database, folder, "manual", None if args.to else keep)
    print(translate("cli", "Backup written: {path}").format(path=info.path))
    return 0


# --- tenpoint backups --------------------------------------------------------------------
def register_list(commands) -> None:
    command = commands.add_parser("backups",
                                  help=translate("cli", "list the backups in the data folder"))
    _keep_option(command)


def _contents_text(info: BackupInfo) -> str:
    """What a readable backup holds: its activities and office."""
    office = info.office_name or translate("cli", "no office set up")
    if info.activity_count is None:  # a database from before activities were kept
        return office
    return translate("cli", "%Ln activities, {office}", None, info.activity_count).format(
        office=office)


def format_backup(info: BackupInfo) -> str:
    contents = (translate("cli", "damaged: cannot be restored") if info.damaged
                else _contents_text(info))
    return (f"{local_time_text(info.taken_at)}  {backup_reason_label(info.reason):<24}"
            f"{size_text(info.size):>10}  {contents}\n    {info.path.name}")


def run_list(args: argparse.Namespace, context: AppContext) -> int:
    _keep(args, context)
    backups = list_backups(context.paths.backups)
    if not backups:
        print(translate("cli", "No backups in {folder}.").format(folder=context.paths.backups))
        return 0
    listed = translate("cli", "%Ln backups in {folder}, newest first.", None,
                       len(backups)).format(folder=context.paths.backups)
    kept = translate("cli", "The newest %Ln backups are kept:", None,
                     context.settings.backup_keep())
    print(f"{listed} {kept}")
    print("\n".join(format_backup(info) for info in backups))
    return 0


# --- tenpoint restore --------------------------------------------------------------------
def register_restore(commands) -> None:
    command = commands.add_parser(
        "restore", help=translate("cli", "replace the database by a backup (the current state is "
                                         "backed up first)"))
    command.add_argument("file", metavar=translate("cli", "FILE"),
                         help=translate("cli", "the backup file, or its name in the data folder's "
                                               "backups"))
    command.add_argument("--yes", action="store_true",
                         help=translate("cli", "do not ask for confirmation"))


def backup_path(argument: str, context: AppContext) -> Path:
    """FILE as given, or a name in the backups folder (as `tenpoint backups` prints it)."""
    path = Path(argument)
    in_folder = context.paths.backups / argument
    return in_folder if not path.exists() and in_folder.exists() else path


def confirmed(info: BackupInfo) -> bool:
    """Ask on a terminal; without one, only --yes may restore."""
    if not sys.stdin.isatty():
        print(translate("cli", "Restoring "
                               "replaces the database: add --yes to confirm."), file=sys.stderr)
        return False
    answer = input(translate("cli", "Replace the database by the backup of {date} ({reason})? The "
                                    "current state is backed up first. [y/N] ").format(
                          date=local_time_text(info.taken_at),
                          reason=backup_reason_label(info.reason)))
    return answer.strip().lower() in (translate("cli", "y"), translate("cli", "yes"), "y", "yes")


def run_restore(args: argparse.Namespace, context: AppContext) -> int:
    path = backup_path(args.file, context)
    check_restorable(path)  # a backup that cannot be restored fails before the question
    if not args.yes and not confirmed(inspect_backup(path)):
        print(translate("cli", "Nothing was restored."))
        return 1
    report = restore_backup(context.database, path, context.paths.backups,
                            context.settings.backup_keep())
    print(translate("cli", "The current state was backed up first: {path}").format(
        path=report.safety_backup.path))
    print(translate("cli", "Restored {path}.").format(path=path))
    if report.migrated:
        print(translate("cli", "Its schema was upgraded from {old} to {new}.").format(
            old=report.from_revision, new=report.to_revision))
    return 0


backup = Command("backup", register_backup, run_backup)
backups = Command("backups", register_list, run_list)
restore = Command("restore", register_restore, run_restore)
