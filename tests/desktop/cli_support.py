"""Running the `tenpoint` command line in-process, as the CLI tests do."""

from __future__ import annotations

from desktop.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    """Exit status, standard output and standard error of `tenpoint ARGS`."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err
