"""`tenpoint template OUT.xlsx`: a blank template with pre-assigned IDs to fill by hand."""

from __future__ import annotations

import argparse
import sys

from db.sync.exporting import export_template
from desktop.commands.export_command import (
    PasswordSourceError,
    add_password_options,
    new_password,
    password_epilog,
)
from desktop.context import AppContext
from desktop.shared.translate import translate
from desktop.shared.workbook_wording import writing_wording
from exporters.template import DEFAULT_TEMPLATE_ROWS

NAME = "template"


def register(commands) -> None:
    template = commands.add_parser(
        NAME, help=translate("cli", "write a blank template for an office without Tenpoint, or for "
                                    "bulk entry"),
        epilog=password_epilog())
    template.add_argument("output", metavar=translate("cli", "OUT.xlsx"),
                          help=translate("cli", "the template file"))
    template.add_argument("--office-name", metavar=translate("cli", "NAME"),
                          help=translate("cli", "at headquarters: the office the template is for"))
    template.add_argument("--country", metavar=translate("cli", "CC"),
                          help=translate("cli", "that office's country (ISO 3166-1 alpha-2)"))
    template.add_argument("--rows", type=int, default=DEFAULT_TEMPLATE_ROWS,
                          metavar=translate("cli", "N"),
                          help=translate("cli", "rows with pre-assigned IDs (default 200)"))
    add_password_options(template)


def run(args: argparse.Namespace, context: AppContext) -> int:
    if args.rows < 1 or args.rows > 100_000:
        print(translate("cli", "--rows must be between 1 and 100000."), file=sys.stderr)
        return 2
    try:
        password = new_password(args)
    except PasswordSourceError as error:
        print(error.args[0], file=sys.stderr)
        return 2
    result = export_template(context.database, args.output, office_name=args.office_name,
                             country=args.country, rows=args.rows, user=context.user,
                             password=password, wording=writing_wording())
    print(translate("cli", "Wrote {path}: a template for {office} ({country}) with %Ln rows.",
                    None, result.template_rows).format(
        path=result.path, office=result.manifest.office_name,
        country=result.manifest.country or "-"))
    return 0
