"""`tenpoint export OUT.xlsx`: this office's package, or headquarters' update for others."""

from __future__ import annotations

import argparse

from db.sync_export import export_hq_package, export_office_package
from desktop.commands import tr
from desktop.context import AppContext

NAME = "export"


def register(commands) -> None:
    export = commands.add_parser(
        NAME, help=tr("write a sync package (.xlsx) to send by e-mail or USB stick"))
    export.add_argument("output", metavar=tr("OUT.xlsx"), help=tr("the package file to write"))
    export.add_argument("--changed-only", action="store_true",
                        help=tr("only activities changed since they were last exported"))
    scope = export.add_mutually_exclusive_group()
    scope.add_argument("--office", metavar=tr("OFFICE_ID"),
                       help=tr("at headquarters: an update package for this office"))
    scope.add_argument("--region", metavar=tr("CODE"),
                       help=tr("at headquarters: an update package for a region "
                               "(GOA, WAF, AME, EHSA, CAS, APAC)"))


def run(args: argparse.Namespace, context: AppContext) -> int:
    if args.office or args.region:
        result = export_hq_package(context.database, args.output, office_uuid=args.office,
                                   region_code=args.region, user=context.user)
    else:
        result = export_office_package(context.database, args.output,
                                       changed_only=args.changed_only, user=context.user)
    manifest = result.manifest
    print(tr("Wrote {path}: {activities} activities, {deletions} deletions, {acks} "
             "acknowledgements (package {id}).").format(
        path=result.path, activities=manifest.activity_count,
        deletions=manifest.deletion_count, acks=manifest.acknowledgement_count,
        id=manifest.package_id))
    return 0
