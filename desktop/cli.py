"""The `tenpoint` command: opens the GUI, or runs a sub-command without a window."""

from __future__ import annotations

import argparse
import sys

from db.errors import TenpointDataError
from desktop.commands import catalog_command, setup_command, tr
from desktop.context import app_version, open_context
from desktop.messages import error_message

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
# Sub-command modules, by the name each registers.
COMMANDS = {module.NAME: module for module in (setup_command, catalog_command)}


def build_parser() -> argparse.ArgumentParser:
    """The command line: global options and the sub-commands."""
    parser = argparse.ArgumentParser(
        prog="tenpoint",
        description=tr("Follow up, offline, on the recommendations of the 10-Point Plan "
                       "regional conferences. Without a command, opens the application."))
    parser.add_argument("--data-dir", metavar=tr("DIR"),
                        help=tr("folder for the database, backups and logs "
                                "(default: the per-user application data folder)"))
    parser.add_argument("--version", action="version", version=f"Tenpoint {app_version()}")
    commands = parser.add_subparsers(dest="command", metavar=tr("COMMAND"))
    for module in COMMANDS.values():
        module.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `tenpoint` console script."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        from desktop.app import run_gui  # Qt widgets only load when a window is wanted

        return run_gui(args.data_dir)
    try:
        context = open_context(args.data_dir)
    except TenpointDataError as error:
        print(error_message(error), file=sys.stderr)
        return EXIT_ERROR
    try:
        return COMMANDS[args.command].run(args, context)
    except TenpointDataError as error:
        print(error_message(error), file=sys.stderr)
        return EXIT_ERROR
    finally:
        context.close()
