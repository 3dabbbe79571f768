"""`tenpoint import FILE...`: check packages, preview the merge, apply it in one transaction."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from db.storage.database import Database
from db.sync.importing import (
    apply_import,
    prepare_reading,
    preview_import,
    read_packages,
)
from db.sync.package_files import (
    find_package_files,
)
from desktop.commands.export_command import (
    PASSWORD_VARIABLE,
    PasswordSourceError,
    read_password_file,
    refuse_plain_password,
)
from desktop.commands.sync_report import format_outcome, outcome_json
from desktop.context import AppContext
from desktop.shared.sync_messages import (
    describe_problem,
    folder_texts,
    skipped_file_reason,
)
from desktop.shared.translate import translate
from desktop.shared.workbook_wording import reading_words, writing_wording
from exporters.encryption import PASSWORD_REQUIRED, WRONG_PASSWORD
from exporters.reader import ReadPackage

NAME = "import"


def register(commands) -> None:
    command = commands.add_parser(
        NAME, help=translate("cli", "import sync packages or filled templates (.xlsx files or "
                                    "folders)"))
    command.add_argument("files", nargs="+", metavar=translate("cli", "FILE"),
                         help=translate("cli", "package files, or folders whose .xlsx files to "
                                               "import"))
    command.add_argument("--dry-run", action="store_true",
                         help=translate("cli", "show what importing would do, change nothing"))
    command.add_argument("--json", action="store_true",
                         help=translate("cli", "print the summary as JSON"))
    command.add_argument("--password-file", metavar=translate("cli", "FILE"),
                         help=translate("cli", "the password of protected packages, on the first "
                                               "line of FILE (there is no option taking the "
                                               "password itself: it would show in the process list "
                                               "and the shell history; {variable} works too; on a "
                                               "terminal, Tenpoint asks)"
                                 ).format(variable=PASSWORD_VARIABLE))
    refuse_plain_password(command)
    command.add_argument("--valid-rows-only", metavar=translate("cli", "ERRORS.xlsx"),
                         help=translate("cli", "import the valid rows of packages with rejected "
                                               "rows, and list the rejected rows in this workbook"))
    command.add_argument("--accept-unsigned", action="store_true",
                         help=translate("cli", "import packages without a valid signature (filled "
                                               "templates, files edited after export) as unsigned "
                                               "data; the activity history records it"))
    command.add_argument("--trust-key", action="append", default=[],
                         metavar=translate("cli", "FINGERPRINT"),
                         help=translate("cli", "trust this new office key, after checking its "
                                               "fingerprint with the office (repeatable)"))


def prepare(args: argparse.Namespace) -> None:
    """Before the database opens: start the process that reads the packages."""
    prepare_reading()


def run(args: argparse.Namespace, context: AppContext) -> int:
    found = find_package_files(args.files)
    missing = [p for p in found.files if not p.is_file()]
    if missing:
        print(translate("cli", "No such file: "
                               "{path}").format(path=missing[0]), file=sys.stderr)
        return 1
    not_read = folder_texts(found)  # every file of a folder that is not read, and why
    if not found.files:
        print("\n".join(not_read), file=sys.stderr)
        return 1
    paths = list(found.files)
    try:
        outcomes, errors_path = _import(args, context, paths)
    except PasswordSourceError as error:
        print(error.args[0], file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({"dry_run": args.dry_run, "packages": [outcome_json(o) for o in outcomes],
                          "error_workbook": str(errors_path) if errors_path else None,
                          "not_read": [{"file": str(s.path), "reason": s.reason,
                                        "message": skipped_file_reason(s.reason)}
                                       for s in found.skipped]},
                         indent=2, ensure_ascii=False))
    else:
        print("\n\n".join(format_outcome(o, args.dry_run) for o in outcomes))
        if errors_path:
            print(translate("cli", "\nRejected "
                                   "rows are listed in {path}.").format(path=errors_path))
        if not_read:
            print("\n" + "\n".join(not_read))
    _hint_password_options(outcomes)
    return 1 if any(o.status == "rejected" for o in outcomes) else 0


def _import(args: argparse.Namespace, context: AppContext, paths: list[Path]):
    reads = read_with_passwords(paths, args, context.database)
    valid_only = bool(args.valid_rows_only)
    signatures = {"accept_unsigned": args.accept_unsigned,
                  "trusted_fingerprints": tuple(args.trust_key)}
    if args.dry_run:
        preview = preview_import(context.database, reads, context.user,
                                 valid_rows_only=valid_only, **signatures)
        return preview.packages, None
    report = apply_import(context.database, reads, context.user, valid_rows_only=valid_only,
                          error_workbook=args.valid_rows_only, describe=describe_problem,
                          backup_dir=context.paths.backups,
                          keep_backups=context.settings.backup_keep(),
                          wording=writing_wording(), **signatures)
    return report.packages, report.error_workbook


# --- protected packages ----------------------------------------------------------------
PASSWORD_CODES = (PASSWORD_REQUIRED, WRONG_PASSWORD)
PASSWORD_TRIES = 3


def password_code(problems) -> str | None:
    """password_required or wrong_password, when that is why the file was refused."""
    return next((p.code for p in problems if p.code in PASSWORD_CODES), None)


def read_with_passwords(paths: list[Path], args: argparse.Namespace, database: Database
                        ) -> tuple[ReadPackage, ...]:
    """Read the files, with the password given (file or environment) for protected ones; on a
    terminal, ask for each protected file that this did not open. Given the database, a file
    it accepted before is not read again, and a folder's files are read while they merge,
    their rows waiting on disk (read_packages, ahead): the passwords are asked for first."""
    given = (read_password_file(args.password_file) if args.password_file
             else os.environ.get(PASSWORD_VARIABLE) or None)
    reads = list(read_packages(paths, passwords={str(p): given for p in paths} if given
                               else None, words=reading_words(), database=database,
                               ahead=True))
    if sys.stdin is not None and sys.stdin.isatty():
        reads = [_ask_until_open(path, read) for path, read in zip(paths, reads, strict=True)]
    return tuple(reads)


def _ask_until_open(path: Path, read: ReadPackage) -> ReadPackage:
    """Up to PASSWORD_TRIES passwords typed for this file; an empty one gives up on it."""
    for _ in range(PASSWORD_TRIES):
        code = password_code(read.problems)
        if code is None:
            return read
        if code == WRONG_PASSWORD:
            print(translate("cli", "The password is not correct."), file=sys.stderr)
        prepare_reading()  # while the password is typed
        password = getpass.getpass(translate("cli", "Password "
                                                    "for {file} (empty to skip the file): ")
                                   .format(file=path.name))
        if not password:
            return read
        read = read_packages([path], passwords={str(path): password},
                             words=reading_words())[0]
    return read


def _hint_password_options(outcomes) -> None:
    if any(password_code(o.problems) for o in outcomes):
        print(translate("cli", "To import a protected package, give its password: --password-file "
                               "FILE (the password on the first line of FILE), or the environment "
                               "variable "
                               "{variable}; run in a terminal, Tenpoint asks for it.").format(
            variable=PASSWORD_VARIABLE), file=sys.stderr)
