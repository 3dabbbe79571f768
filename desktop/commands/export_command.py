"""`tenpoint export OUT.xlsx`: this office's package, or headquarters' update for others."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from PySide6.QtCore import QLocale

from db.sync.exporting import ExportResult, export_hq_package, export_office_package
from desktop.context import AppContext
from desktop.shared.translate import translate
from desktop.shared.workbook_wording import writing_wording

NAME = "export"
PASSWORD_VARIABLE = "TENPOINT_PACKAGE_PASSWORD"


class PasswordSourceError(Exception):
    """The password could not be had from where the command line said; args[0] says why."""


def password_epilog() -> str:
    return translate("cli", "Password protection: the recipient needs the password to open or "
                            "import the package (Excel and LibreOffice ask for it too), and a lost "
                            "password cannot be recovered. There is no option taking the password "
                            "itself: it would show in the list of running processes and in the "
                            "shell history. Scripts may set the environment variable {variable} "
                            "instead.").format(variable=PASSWORD_VARIABLE)


class _RefusePlainPassword(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None) -> None:
        parser.error(translate("cli", "the password is never given on the command line (it would "
                                      "show in the list of running processes and in the shell "
                                      "history): use --password-file "
                                      "FILE or {variable}").format(variable=PASSWORD_VARIABLE))


def refuse_plain_password(parser: argparse.ArgumentParser) -> None:
    """A hidden --password that refuses, rather than argparse taking it for --password-file."""
    parser.add_argument("--password", nargs="?", action=_RefusePlainPassword,
                        help=argparse.SUPPRESS)


def add_password_options(parser: argparse.ArgumentParser) -> None:
    """--password-file and --ask-password, for the commands that write a workbook."""
    refuse_plain_password(parser)
    protection = parser.add_mutually_exclusive_group()
    protection.add_argument("--password-file", metavar=translate("cli", "FILE"),
                            help=translate("cli", "protect the file with the password on the first "
                                                  "line of FILE"))
    protection.add_argument("--ask-password", action="store_true",
                            help=translate("cli", "protect the file with a password typed twice "
                                                  "(not shown)"))


def read_password_file(path: str) -> str:
    """The first line of the file, without its line ending; an empty one is refused."""
    try:
        with open(path, encoding="utf-8-sig") as handle:  # -sig: Notepad's byte order mark
            password = handle.readline().rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as error:
        raise PasswordSourceError(translate("cli", "Could not read the password file {path}: "
                                                   "{detail}."
                                     ).format(path=path, detail=getattr(error, "strerror", None)
                                              or error)) from error
    if not password:
        raise PasswordSourceError(translate("cli", "The first line of {path} is empty: it holds no "
                                                   "password.").format(path=path))
    return password


def ask_new_password() -> str:
    """Typed twice without echo; refused when empty or when the two differ."""
    password = getpass.getpass(translate("cli", "Password for the file: "))
    if not password:
        raise PasswordSourceError(translate("cli", "An empty password protects nothing; nothing "
                                                   "was written."))
    if getpass.getpass(translate("cli", "The same password again: ")) != password:
        raise PasswordSourceError(translate("cli", "The "
                                                   "two passwords differ; nothing was written."))
    return password


def new_password(args: argparse.Namespace) -> str | None:
    """The password to protect the written file with, or None for a plain file."""
    if args.password_file:
        return read_password_file(args.password_file)
    if args.ask_password:
        return ask_new_password()
    return os.environ.get(PASSWORD_VARIABLE) or None


def register(commands) -> None:
    export = commands.add_parser(
        NAME, help=translate("cli", "write a sync package (.xlsx) to send by e-mail or USB stick"),
        epilog=password_epilog())
    export.add_argument("output", metavar=translate("cli", "OUT.xlsx"),
                        help=translate("cli", "the package file to write"))
    export.add_argument("--changed-only", action="store_true",
                        help=translate("cli", "only activities changed since they were last "
                                              "exported"))
    scope = export.add_mutually_exclusive_group()
    scope.add_argument("--office", metavar=translate("cli", "OFFICE_ID"),
                       help=translate("cli", "at headquarters: an update package for this office"))
    scope.add_argument("--region", metavar=translate("cli", "CODE"),
                       help=translate("cli", "at headquarters: an update package for a region "
                                             "(GOA, WAF, AME, EHSA, CAS, APAC)"))
    add_password_options(export)


def _written_text(result: ExportResult) -> str:
    """The package written and what it carries."""
    manifest = result.manifest
    contents = QLocale().createSeparatedList([
        translate("cli", "%Ln activities", None, manifest.activity_count),
        translate("cli", "%Ln deletions", None, manifest.deletion_count),
        translate("cli", "%Ln acknowledgements", None, manifest.acknowledgement_count)])
    return translate("cli", "Wrote {path}: {contents} (package {id}).").format(
        path=result.path, contents=contents, id=manifest.package_id)


def run(args: argparse.Namespace, context: AppContext) -> int:
    try:
        password = new_password(args)
    except PasswordSourceError as error:
        print(error.args[0], file=sys.stderr)
        return 2
    if args.office or args.region:
        result = export_hq_package(context.database, args.output, office_uuid=args.office,
                                   region_code=args.region, user=context.user,
                                   password=password, wording=writing_wording())
    else:
        result = export_office_package(context.database, args.output,
                                       changed_only=args.changed_only, user=context.user,
                                       password=password, wording=writing_wording())
    print(_written_text(result))
    if password:
        print(translate("cli", "The file is protected with a password: send the password by "
                               "another way than the file (a phone call, say)."))
    return 0
