"""The command line's global options and the preconfiguration they point to: what both the
quick start of the window (desktop/startup.py) and the sub-commands (desktop/cli.py) read."""

from __future__ import annotations

import argparse
import os
import sys

from db.resources import app_version, install_dir
from desktop.config import Preconfiguration, find_config, load_config
from desktop.shared.translate import translate


def add_folder_options(parser: argparse.ArgumentParser, **defaults) -> None:
    """--data-dir and --config, which every command takes, before or after its name."""
    parser.add_argument("--data-dir", metavar=translate("cli", "DIR"), **defaults,
                        help=translate("cli", "folder for the database, backups and logs "
                                              "(default: the per-user application data "
                                              "folder)"))
    parser.add_argument("--config", metavar=translate("cli", "FILE"), **defaults,
                        help=translate("cli", "preconfiguration file (default: tenpoint.ini "
                                              "beside the program, if there is one)"))


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


def wants_a_command(argv: list[str]) -> bool:
    """Whether argv asks for a sub-command, the smoke test or --help (not the window)."""
    options, rest = launch_parser().parse_known_args(argv)
    return bool(rest) or options.smoke_test


def read_preconfiguration(path: str | None) -> Preconfiguration:
    """--config FILE, or tenpoint.ini beside the executable; raises ConfigError."""
    return load_config(find_config(path, install_dir()), install_dir())


def data_dir_of(data_dir: str | None, config: Preconfiguration) -> str | None:
    """--data-dir, else the preconfigured folder, else None (the per-user folder)."""
    return data_dir or (str(config.data_dir) if config.data_dir else None)


def ensure_standard_streams() -> None:
    """A windowed Windows build runs without a console, where sys.stdout and sys.stderr are
    None: printing must not crash a command there (its exit code still tells the result)."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
