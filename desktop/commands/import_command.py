"""`tenpoint import FILE...`: check packages, preview the merge, apply it in one transaction."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from db.sync_import import apply_import, preview_import, read_packages
from desktop.commands import tr
from desktop.commands.sync_messages import describe_problem
from desktop.commands.sync_report import format_outcome, outcome_json
from desktop.context import AppContext

NAME = "import"


def register(commands) -> None:
    command = commands.add_parser(
        NAME, help=tr("import sync packages or filled templates (.xlsx files or folders)"))
    command.add_argument("files", nargs="+", metavar=tr("FILE"),
                         help=tr("package files, or folders whose .xlsx files to import"))
    command.add_argument("--dry-run", action="store_true",
                         help=tr("show what importing would do, change nothing"))
    command.add_argument("--json", action="store_true", help=tr("print the summary as JSON"))
    command.add_argument("--valid-rows-only", metavar=tr("ERRORS.xlsx"),
                         help=tr("import the valid rows of packages with rejected rows, and "
                                 "list the rejected rows in this workbook"))


def package_paths(arguments: list[str]) -> list[Path]:
    """The files named, with folders expanded to their .xlsx files (sorted)."""
    paths = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            paths += sorted(p for p in path.iterdir()
                            if p.suffix.lower() == ".xlsx" and not p.name.startswith("~$"))
        else:
            paths.append(path)
    return paths


def run(args: argparse.Namespace, context: AppContext) -> int:
    paths = package_paths(args.files)
    missing = [p for p in paths if not p.is_file()]
    if missing or not paths:
        print(tr("No such file: {path}").format(path=missing[0] if missing else args.files[0]),
              file=sys.stderr)
        return 1
    outcomes, errors_path = _import(args, context, paths)
    if args.json:
        print(json.dumps({"dry_run": args.dry_run, "packages": [outcome_json(o) for o in outcomes],
                          "error_workbook": str(errors_path) if errors_path else None},
                         indent=2, ensure_ascii=False))
    else:
        print("\n\n".join(format_outcome(o, args.dry_run) for o in outcomes))
        if errors_path:
            print(tr("\nRejected rows are listed in {path}.").format(path=errors_path))
    return 1 if any(o.status == "rejected" for o in outcomes) else 0


def _import(args: argparse.Namespace, context: AppContext, paths: list[Path]):
    reads = read_packages(paths)
    valid_only = bool(args.valid_rows_only)
    if args.dry_run:
        preview = preview_import(context.database, reads, context.user,
                                 valid_rows_only=valid_only)
        return preview.packages, None
    report = apply_import(context.database, reads, context.user, valid_rows_only=valid_only,
                          error_workbook=args.valid_rows_only, describe=describe_problem)
    return report.packages, report.error_workbook
