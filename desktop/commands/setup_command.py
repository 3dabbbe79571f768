"""`tenpoint setup`: set this installation's office identity without a dialog (for IT).

`setup --hq --database URL` also puts headquarters on a shared PostgreSQL database: the
database is opened (migrated, the catalog loaded) before anything is recorded, then its URL
is recorded in the data folder (database.url, desktop/paths.py) so that every later start of
this folder opens it, and the identity is set there. A URL with a password is refused (the
password belongs in the PostgreSQL password file or a service file), and so is --database
for a field office, which keeps its database on its own computer.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QLocale

from db.errors import TenpointDataError
from db.installation.office import OfficeIdentity, setup_office
from desktop.config import ConfigError, check_database_url, config_error_message
from desktop.context import AppContext
from desktop.opening import open_context
from desktop.options import data_dir_of, read_preconfiguration
from desktop.shared.labels import catalog_label
from desktop.shared.messages import error_message
from desktop.shared.translate import translate

NAME = "setup"
EXIT_ERROR = 1


def register(commands) -> None:
    setup = commands.add_parser(NAME,
                                help=translate("cli", "set this installation's office identity"))
    setup.add_argument("--office-name", required=True, metavar=translate("cli", "NAME"),
                       help=translate("cli", "the office's name"))
    setup.add_argument("--country", metavar=translate("cli", "CC"),
                       help=translate("cli", "ISO 3166-1 alpha-2 country code (optional for "
                                             "headquarters)"))
    setup.add_argument("--hq", action="store_true", help=translate("cli", "this is headquarters"))
    setup.add_argument("--database", metavar=translate("cli", "URL"), type=server_url,
                       help=translate("cli", "headquarters only: keep the data in this shared "
                                             "PostgreSQL database (such as postgresql://"
                                             "tenpoint@server:5432/tenpoint?sslmode=verify-full "
                                             "or postgresql:///?service=tenpoint) rather than "
                                             "on this computer, from now on. The password is "
                                             "read from your PostgreSQL password file, never "
                                             "from the URL"))
    setup.add_argument("--force", action="store_true",
                       help=translate("cli", "change an existing identity (packages already sent "
                                             "keep the old one)"))
    setup.set_defaults(setup_parser=setup)  # prepare() reports a wrong combination with it


def server_url(value: str) -> str:
    """--database's value: a PostgreSQL URL without a password (argparse names the option
    in its error; the value itself is not repeated, it may hold the password)."""
    try:
        return check_database_url(value.strip(), "--database", "--database")
    except ConfigError as error:
        if error.code == "password-in-url":
            raise argparse.ArgumentTypeError(translate(
                "cli", "the URL gives a password, and Tenpoint never keeps a password in plain "
                       "text: remove it from the URL and put it in your PostgreSQL password "
                       "file (.pgpass; on Windows %APPDATA%\\postgresql\\pgpass.conf) or in a "
                       "service file")) from None
        raise argparse.ArgumentTypeError(translate(
            "cli", "not a PostgreSQL URL; give one such as "
                   "postgresql://tenpoint@server:5432/tenpoint")) from None


def prepare(args: argparse.Namespace) -> None:
    """With --database: refuse a wrong combination, open the server (migrating it), and only
    then record it for the data folder, so the command's own context (and every later start)
    opens it. A server that cannot be opened ends the command here, with its message."""
    if args.database is None:
        return
    parser = args.setup_parser
    if not args.hq:
        parser.error(translate("cli", "--database is for headquarters (--hq): a field office "
                                      "keeps its database on its own computer"))
    config = read_preconfiguration(args.config)
    if config.portable:
        parser.error(translate("cli", "--database cannot be used by a portable copy, which keeps "
                                      "its database beside the program"))
    if config.database and config.database != args.database:
        parser.error(translate("cli", "{ini} already chooses the database (\"database\" in its "
                                      "[data] section), and it wins over --database: change it "
                                      "there").format(ini=config.source))
    try:
        context = open_context(data_dir_of(args.data_dir, config), config,
                               server_url=args.database)
    except (TenpointDataError, ConfigError) as error:
        print(error_message(error) if isinstance(error, TenpointDataError)
              else config_error_message(error), file=sys.stderr)
        raise SystemExit(EXIT_ERROR) from None
    try:
        if not config.database:
            context.paths.record_database(args.database)
    finally:
        context.close()


def run(args: argparse.Namespace, context: AppContext) -> int:
    identity = setup_office(context.database, args.office_name, args.country,
                            is_headquarters=args.hq, force=args.force)
    print(format_identity(identity, context.database_location))
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
