"""The `tenpoint` sub-commands and the smoke test: the command line without a window.

desktop/startup.py is the program's entry: it opens the window, or hands the command line to
main() here when a sub-command, --smoke-test or --help is given.
"""

from __future__ import annotations

import argparse
import sys
from types import ModuleType

from db.errors import TenpointDataError
from desktop.commands import (
    backup_command,
    catalog_command,
    conflicts_command,
    export_command,
    import_command,
    keys_command,
    migrate_command,
    report_command,
    setup_command,
    template_command,
)
from desktop.config import ConfigError, Preconfiguration, config_error_message
from desktop.opening import open_context
from desktop.options import (
    add_folder_options,
    add_global_options,
    data_dir_of,
    ensure_standard_streams,
    read_preconfiguration,
)
from desktop.paths import data_paths
from desktop.shared.application import offscreen_application
from desktop.shared.messages import error_message
from desktop.shared.sync_messages import sync_error_message
from desktop.shared.translate import translate
from desktop.smoke import run_smoke_test
from desktop.translations import (
    chosen_language,
    language_switcher,
    locale_for,
    saved_language,
)

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
# Sub-command modules, by the name each registers.
COMMANDS: dict[str, ModuleType] = {module.NAME: module for module in (
    setup_command, catalog_command, export_command, import_command, template_command,
    conflicts_command, keys_command, report_command, backup_command.backup, backup_command.backups,
    backup_command.restore, migrate_command)}


class CommandParser(argparse.ArgumentParser):
    """A sub-command's parser (and its own sub-commands'): it also takes the folder options,
    as in `tenpoint catalog stats --data-dir D`, the way git-style commands do. Given there,
    they override the same option given before the command."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        add_folder_options(self, default=argparse.SUPPRESS)


def build_parser() -> argparse.ArgumentParser:
    """The command line: global options and the sub-commands."""
    parser = argparse.ArgumentParser(
        prog="tenpoint",
        description=translate("cli", "Follow up, offline, on the recommendations of the 10-Point "
                                     "Plan regional conferences. Without a command, opens the "
                                     "application."))
    add_global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar=translate("cli", "COMMAND"),
                                     parser_class=CommandParser)
    for module in COMMANDS.values():
        module.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run a sub-command (or the smoke test); without one, show the usage."""
    ensure_standard_streams()
    parser = build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else list(argv))
    if args.smoke_test:
        return run_smoke_test(args.config)
    if args.command is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    try:
        config = read_preconfiguration(args.config)
    except ConfigError as error:
        print(config_error_message(error), file=sys.stderr)
        return EXIT_ERROR
    return run_command(args, data_dir_of(args.data_dir, config), config)


def command_error_message(error: TenpointDataError) -> str:
    """The sentence for an expected failure of any command (sync errors have their own)."""
    return sync_error_message(error) or error_message(error)


def speak_chosen_language(data_dir: str | None, config: Preconfiguration) -> None:
    """What a command prints, in the language of the window (its --help stays English: the
    parser is built before the data folder is known)."""
    language = chosen_language(saved_language(data_paths(data_dir).settings), config.language)
    # English too: its plural forms ("1 activity") come from a translation file.
    language_switcher(offscreen_application()).switch(language,
                                                      locale_for(language, config.language))


def run_command(args: argparse.Namespace, data_dir: str | None,
                config: Preconfiguration) -> int:
    """Open the context and run the sub-command; expected failures print a message."""
    module = COMMANDS[args.command]
    speak_chosen_language(data_dir, config)
    if hasattr(module, "prepare"):  # work that can overlap opening the database
        module.prepare(args)
    try:
        context = open_context(data_dir, config)
    except TenpointDataError as error:
        print(error_message(error), file=sys.stderr)
        return EXIT_ERROR
    except ConfigError as error:
        print(config_error_message(error), file=sys.stderr)
        return EXIT_ERROR
    try:
        return module.run(args, context)
    except TenpointDataError as error:
        print(command_error_message(error), file=sys.stderr)
        return EXIT_ERROR
    finally:
        context.close()
