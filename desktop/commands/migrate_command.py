"""`tenpoint migrate-to URL`: move this data folder's SQLite headquarters database into an
empty PostgreSQL database, compare every table, open the server from now on (the folder's
database.url, as `tenpoint setup --hq --database` records it), and say what to put in
tenpoint.ini on the other headquarters computers.

The URL may carry a password for this one move (an administrator's, say); it is used, never
printed: what is printed is the URL without it, as tenpoint.ini takes it.
"""

from __future__ import annotations

import argparse
import sys

from db.installation.transfer import (
    TableCount,
    TransferError,
    TransferReport,
    move_to_server,
)
from db.storage.server import display_url, is_server_url, server_errors
from desktop.context import AppContext
from desktop.shared.translate import translate

NAME = "migrate-to"
EXIT_OK, EXIT_ERROR = 0, 1


def register(commands) -> None:
    command = commands.add_parser(
        NAME, help=translate("cli", "move this headquarters' database into an empty PostgreSQL "
                                    "database, then compare every table"))
    command.add_argument("url", metavar=translate("cli", "URL"),
                         help=translate("cli", "the empty PostgreSQL database, such as "
                                               "postgresql://tenpoint@server:5432/tenpoint"))
    command.add_argument("--yes", action="store_true",
                         help=translate("cli", "do not ask for confirmation"))


def run(args: argparse.Namespace, context: AppContext) -> int:
    url = args.url.strip()
    if not is_server_url(url):  # not repeated: it may hold a password
        print(translate("cli", "Not a PostgreSQL URL; give one such as "
                               "postgresql://tenpoint@server:5432/tenpoint."), file=sys.stderr)
        return EXIT_ERROR
    location = display_url(url)
    if not args.yes and not _confirmed(context, location):
        print(translate("cli", "Nothing was moved."))
        return EXIT_ERROR
    try:
        report = _move(context, url, location)
    except TransferError as error:
        print(transfer_error_message(error, location, str(context.database.location)),
              file=sys.stderr)
        return EXIT_ERROR
    # This computer opens the server from now on: typing on into the old file would split
    # the headquarters in two.
    context.paths.record_database(report.location)
    print(format_report(report, str(context.database.location), location != url))
    print(translate("cli", "This computer opens the shared database from now on ({record} "
                           "says so; delete it to go back to the file).").format(
        record=context.paths.database_record))
    return EXIT_OK


def _confirmed(context: AppContext, location: str) -> bool:
    """Ask on a terminal; without one, only --yes may move."""
    if not sys.stdin.isatty():
        print(translate("cli", "Moving the database "
                               "writes to the server: add --yes to confirm."), file=sys.stderr)
        return False
    answer = input(translate("cli", "Copy the database {path} into {location}? That database must "
                                    "be empty; this computer's file is left as it is. [y/N] "
                             ).format(path=context.database.location, location=location))
    return answer.strip().lower() in (translate("cli", "y"), translate("cli", "yes"), "y", "yes")


def _move(context: AppContext, url: str, location: str) -> TransferReport:
    """The move, its progress on a terminal; a server that cannot be reached or refuses the
    login is worded as when Tenpoint opens one."""
    print(translate("cli", "Copying {path} into {location}...").format(
        path=context.database.location, location=location), flush=True)
    try:
        with server_errors(location):
            return move_to_server(context.database, url, progress=_progress_line())
    finally:
        if sys.stderr.isatty():
            print(file=sys.stderr)


def _progress_line():
    """Progress on stderr, rewritten in place, when it is a terminal (not in logs)."""
    if not sys.stderr.isatty():
        return None

    def show(fraction: float, table: str) -> None:
        sys.stderr.write("\r\033[K" + translate("cli", "{percent}% - {table}").format(
            percent=int(fraction * 100), table=table))
        sys.stderr.flush()
    return show


def format_table(count: TableCount) -> str:
    return f"  {count.table:<24}" + translate("cli", "%Ln rows, equal", None, count.source_rows)


def format_report(report: TransferReport, source: str, password_given: bool) -> str:
    """Each table compared, then how to open the server from now on."""
    lines = [format_table(count) for count in sorted(report.tables, key=lambda c: c.table)]
    lines.append(translate("cli", "Every table was compared row by row after the copy: %Ln rows "
                                  "in {tables} tables, all equal.", None, report.total_rows
                           ).format(tables=len(report.tables)))
    lines.append("")
    lines.append(translate("cli", "To open the shared database from now on, put this in "
                                  "tenpoint.ini on every headquarters computer:"))
    lines.append("")
    lines.append("[data]")
    lines.append(f"database = {report.location}")
    lines.append("")
    lines.append(translate("cli", "The password belongs in each user's PostgreSQL password file "
                                  "(.pgpass; on Windows %APPDATA%\\postgresql\\pgpass.conf) or "
                                  "in a service file (pg_service.conf), never in tenpoint.ini."))
    if password_given:
        lines.append(translate("cli", "The password in the URL you gave was used for this move "
                                      "only; it is shown nowhere and kept nowhere."))
    lines.append(translate("cli", "{path} was left as it was: keep it as a backup.").format(
        path=source))
    return "\n".join(lines)


def transfer_error_message(error: TransferError, location: str, source: str) -> str:
    """The sentence for a move that did not happen (nothing was kept on the server)."""
    if error.code == "source_is_server":
        return translate("cli", "This data folder already uses the shared database {location}: "
                                "there is no SQLite file to move.").format(location=source)
    if error.code == "not_server_url":
        return translate("cli", "Not a PostgreSQL URL; give one such as "
                                "postgresql://tenpoint@server:5432/tenpoint.")
    if error.code == "source_busy":
        return translate("cli", "Another program is writing to {path} ({detail}): close Tenpoint "
                                "wherever it uses this data folder, then try again; nothing was "
                                "moved.").format(path=source, detail=error.detail)
    if error.code == "target_not_empty":
        return translate("cli", "The database {location} already holds data (table {table}): a "
                                "headquarters moves only into an empty database. Ask its "
                                "administrator for a new one; nothing was changed.").format(
            location=location, table=error.table)
    if error.code == "cancelled":
        return translate("cli", "The move was cancelled; nothing was kept on the server.")
    if error.code == "different":
        return _difference_message(error)
    return translate("cli", "The server refused the copy ({table}): {detail}\nNothing was kept "
                            "on the server, and this computer's file is unchanged.").format(
        table=error.table or "-", detail=error.detail)


def _difference_message(error: TransferError) -> str:
    key = ", ".join(str(value) for value in error.key or ())
    if error.column is None:
        return translate("cli", "After the copy, table {table} differs on the server: the row "
                                "{key} is on one side only. Nothing was kept on the server, and "
                                "this computer's file is unchanged.").format(table=error.table,
                                                                             key=key)
    return translate("cli", "After the copy, table {table} differs on the server: row {key}, "
                            "column {column}. Nothing was kept on the server, and this "
                            "computer's file is unchanged.").format(
        table=error.table, key=key, column=error.column)
