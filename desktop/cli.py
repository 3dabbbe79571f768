"""The `tenpoint` command: opens the GUI, or runs a sub-command without a window."""

from __future__ import annotations

import argparse
import os
import sys
from types import ModuleType

from db.errors import TenpointDataError
from db.resources import app_version, install_dir
from desktop.config import (
    ConfigError,
    Preconfiguration,
    config_error_message,
    find_config,
    load_config,
)
from desktop.shared.messages import error_message
from desktop.shared.translate import translate

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def command_modules() -> dict[str, ModuleType]:
    """Sub-command modules, by the name each registers.

    Imported only when a command is given: they load the database libraries, which the
    window should not wait for.
    """
    from desktop.commands import (
        backup_command,
        catalog_command,
        conflicts_command,
        export_command,
        import_command,
        keys_command,
        setup_command,
        template_command,
    )

    return {module.NAME: module for module in (setup_command, catalog_command, export_command,
                                               import_command, template_command,
                                               conflicts_command, keys_command,
                                               backup_command.backup, backup_command.backups,
                                               backup_command.restore)}


def add_folder_options(parser: argparse.ArgumentParser, **defaults) -> None:
    """--data-dir and --config, which every command takes, before or after its name."""
    parser.add_argument("--data-dir", metavar=translate("cli", "DIR"), **defaults,
                        help=translate("cli", "folder for the database, backups and logs (default: "
                                              "the per-user application data folder)"))
    parser.add_argument("--config", metavar=translate("cli", "FILE"), **defaults,
                        help=translate("cli", "preconfiguration file (default: tenpoint.ini beside "
                                              "the program, if there is one)"))


class CommandParser(argparse.ArgumentParser):
    """A sub-command's parser (and its own sub-commands'): it also takes the folder options,
    as in `tenpoint catalog stats --data-dir D`, the way git-style commands do. Given there,
    they override the same option given before the command."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        add_folder_options(self, default=argparse.SUPPRESS)


def add_global_options(parser: argparse.ArgumentParser) -> None:
    add_folder_options(parser)
    parser.add_argument("--smoke-test", action="store_true",
                        help=translate("cli", "check this installation on a fresh temporary "
                                              "database, without a window, and exit (0 when it "
                                              "works)"))
    parser.add_argument("--version", action="version", version=f"Tenpoint {app_version()}")


def launch_parser() -> argparse.ArgumentParser:
    """The global options alone: enough to open the window without loading any command."""
    parser = argparse.ArgumentParser(prog="tenpoint", add_help=False)
    add_global_options(parser)
    return parser


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
    for module in command_modules().values():
        module.register(commands)
    return parser


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """Global options only when no command (or --help) follows; else the full parser."""
    options, rest = launch_parser().parse_known_args(argv)
    if rest:
        return build_parser().parse_args(argv)
    options.command = None
    return options


def read_preconfiguration(path: str | None) -> Preconfiguration:
    """--config FILE, or tenpoint.ini beside the executable; raises ConfigError."""
    return load_config(find_config(path, install_dir()), install_dir())


def ensure_standard_streams() -> None:
    """A windowed Windows build runs without a console, where sys.stdout and sys.stderr are
    None: printing must not crash a command there (its exit code still tells the result)."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `tenpoint` console script."""
    ensure_standard_streams()
    args = parse_arguments(sys.argv[1:] if argv is None else list(argv))
    if args.smoke_test:
        from desktop.smoke import run_smoke_test

        return run_smoke_test(args.config)
    try:
        config = read_preconfiguration(args.config)
    except ConfigError as error:
        return report_config_error(error, gui=args.command is None)
    data_dir = args.data_dir or (str(config.data_dir) if config.data_dir else None)
    if args.command is None:
        from desktop.app import run_gui  # Qt widgets only load when a window is wanted

        return run_gui(data_dir, config)
    return run_command(args, data_dir, config)


def report_config_error(error: ConfigError, gui: bool) -> int:
    """On the terminal, and in a dialog when the window was wanted (no terminal to read)."""
    print(config_error_message(error), file=sys.stderr)
    if gui:
        from desktop.app import make_application, show_startup_error

        make_application()
        show_startup_error(config_error_message(error))
    return EXIT_ERROR


def command_error_message(error: TenpointDataError) -> str:
    """The sentence for an expected failure of any command (sync errors have their own)."""
    from desktop.shared.sync_messages import sync_error_message

    return sync_error_message(error) or error_message(error)


def run_command(args: argparse.Namespace, data_dir: str | None,
                config: Preconfiguration) -> int:
    """Open the context and run the sub-command; expected failures print a message."""
    from desktop.context import open_context

    module = command_modules()[args.command]
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
