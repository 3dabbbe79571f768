"""`tenpoint setup`: set this installation's office identity without a dialog (for IT)."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QLocale

from db.installation.office import OfficeIdentity, setup_office
from desktop.context import AppContext
from desktop.shared.labels import catalog_label
from desktop.shared.translate import translate

NAME = "setup"


def register(commands) -> None:
    setup = commands.add_parser(NAME,
                                help=translate("cli", "set this installation's office identity"))
    setup.add_argument("--office-name", required=True, metavar=translate("cli", "NAME"),
                       help=translate("cli", "the office's name"))
    setup.add_argument("--country", metavar=translate("cli", "CC"),
                       help=translate("cli", "ISO 3166-1 alpha-2 country code (optional for "
                                             "headquarters)"))
    setup.add_argument("--hq", action="store_true", help=translate("cli", "this is headquarters"))
    setup.add_argument("--force", action="store_true",
                       help=translate("cli", "change an existing identity (packages already sent "
                                             "keep the old one)"))


def run(args: argparse.Namespace, context: AppContext) -> int:
    identity = setup_office(context.database, args.office_name, args.country,
                            is_headquarters=args.hq, force=args.force)
    print(format_identity(identity, str(context.paths.database)))
    return 0


def format_identity(identity: OfficeIdentity, database: str) -> str:
    """The identity as set, with the regions that follow from the country."""
    role = (translate("cli", "headquarters") if identity.is_headquarters
            else translate("cli", "field office"))
    country = (f"{identity.country_name} ({identity.country_iso2})" if identity.country_iso2
               else translate("cli", "none"))
    regions = QLocale().createSeparatedList([
        f"{catalog_label(r.name)} ({QLocale().createSeparatedList(list(r.event_names))})"
        for r in identity.regions])
    lines = [
        translate("cli", "Office:    {name} ({role})").format(name=identity.name, role=role),
        translate("cli", "Country:   {country}").format(country=country),
        translate("cli", "Regions:   {regions}").format(
            regions=regions or (translate("cli", "all") if identity.is_headquarters
                                else translate("cli", "none"))),
        translate("cli", "Office ID: {uuid}").format(uuid=identity.uuid),
        translate("cli", "Database:  {path}").format(path=database),
    ]
    return "\n".join(lines)
