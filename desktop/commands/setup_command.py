"""`tenpoint setup`: set this installation's office identity without a dialog (for IT)."""

from __future__ import annotations

import argparse

from db.installation.office import OfficeIdentity, setup_office
from desktop.commands import tr
from desktop.context import AppContext

NAME = "setup"


def register(commands) -> None:
    setup = commands.add_parser(NAME, help=tr("set this installation's office identity"))
    setup.add_argument("--office-name", required=True, metavar=tr("NAME"),
                       help=tr("the office's name"))
    setup.add_argument("--country", metavar=tr("CC"),
                       help=tr("ISO 3166-1 alpha-2 country code (optional for headquarters)"))
    setup.add_argument("--hq", action="store_true", help=tr("this is headquarters"))
    setup.add_argument("--force", action="store_true",
                       help=tr("change an existing identity (packages already sent keep the "
                               "old one)"))


def run(args: argparse.Namespace, context: AppContext) -> int:
    identity = setup_office(context.database, args.office_name, args.country,
                            is_headquarters=args.hq, force=args.force)
    print(format_identity(identity, str(context.paths.database)))
    return 0


def format_identity(identity: OfficeIdentity, database: str) -> str:
    """The identity as set, with the regions that follow from the country."""
    role = tr("headquarters") if identity.is_headquarters else tr("field office")
    country = (f"{identity.country_name} ({identity.country_iso2})" if identity.country_iso2
               else tr("none"))
    regions = ", ".join(f"{r.name} ({', '.join(r.event_names)})" for r in identity.regions)
    lines = [
        tr("Office:    {name} ({role})").format(name=identity.name, role=role),
        tr("Country:   {country}").format(country=country),
        tr("Regions:   {regions}").format(
            regions=regions or (tr("all") if identity.is_headquarters else tr("none"))),
        tr("Office ID: {uuid}").format(uuid=identity.uuid),
        tr("Database:  {path}").format(path=database),
    ]
    return "\n".join(lines)
