"""The `tenpoint` command: opens the GUI, or runs set-up and catalog commands without a window."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap

from PySide6.QtCore import QCoreApplication

from db.catalog_queries import CatalogStats, ItemDetail, catalog_stats, item_detail
from db.errors import TenpointDataError
from db.offices import OfficeIdentity, setup_office
from desktop.context import AppContext, app_version, open_context
from desktop.labels import ITEM_KINDS, basis_label, kind_label, status_label
from desktop.messages import error_message

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("cli", text)


def build_parser() -> argparse.ArgumentParser:
    """The command line: global options and the sub-commands."""
    parser = argparse.ArgumentParser(
        prog="tenpoint",
        description=_tr("Follow up, offline, on the recommendations of the 10-Point Plan "
                        "regional conferences. Without a command, opens the application."))
    parser.add_argument("--data-dir", metavar=_tr("DIR"),
                        help=_tr("folder for the database, backups and logs "
                                 "(default: the per-user application data folder)"))
    parser.add_argument("--version", action="version", version=f"Tenpoint {app_version()}")
    commands = parser.add_subparsers(dest="command", metavar=_tr("COMMAND"))

    setup = commands.add_parser("setup", help=_tr("set this installation's office identity"))
    setup.add_argument("--office-name", required=True, metavar=_tr("NAME"),
                       help=_tr("the office's name"))
    setup.add_argument("--country", metavar=_tr("CC"),
                       help=_tr("ISO 3166-1 alpha-2 country code (optional for headquarters)"))
    setup.add_argument("--hq", action="store_true", help=_tr("this is headquarters"))
    setup.add_argument("--force", action="store_true",
                       help=_tr("change an existing identity (packages already sent keep the "
                                "old one)"))

    catalog = commands.add_parser("catalog", help=_tr("look at the recommendations catalog"))
    catalog_commands = catalog.add_subparsers(dest="catalog_command", metavar=_tr("COMMAND"),
                                              required=True)
    stats = catalog_commands.add_parser("stats", help=_tr("counts per event, document and kind"))
    stats.add_argument("--json", action="store_true", help=_tr("print JSON"))
    show = catalog_commands.add_parser("show", help=_tr("one item with its source and links"))
    show.add_argument("code", metavar=_tr("CODE"), help=_tr("item code, e.g. DES-SR-VIII-04"))
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `tenpoint` console script."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        from desktop.app import run_gui  # Qt widgets only load when a window is wanted

        return run_gui(args.data_dir)
    try:
        context = open_context(args.data_dir)
    except TenpointDataError as error:
        print(error_message(error), file=sys.stderr)
        return EXIT_ERROR
    try:
        return _run_command(args, context)
    except TenpointDataError as error:
        print(error_message(error), file=sys.stderr)
        return EXIT_ERROR
    finally:
        context.close()


def _run_command(args: argparse.Namespace, context: AppContext) -> int:
    if args.command == "setup":
        identity = setup_office(context.database, args.office_name, args.country,
                                is_headquarters=args.hq, force=args.force)
        print(format_identity(identity, str(context.paths.database)))
        return EXIT_OK
    if args.catalog_command == "stats":
        stats = catalog_stats(context.database)
        text = (json.dumps(stats.as_dict(), indent=2, ensure_ascii=False) if args.json
                else format_stats(stats))
        print(text)
        return EXIT_OK
    print(format_item(item_detail(context.database, args.code)))
    return EXIT_OK


def format_identity(identity: OfficeIdentity, database: str) -> str:
    """The identity as set, with the regions that follow from the country."""
    role = _tr("headquarters") if identity.is_headquarters else _tr("field office")
    country = (f"{identity.country_name} ({identity.country_iso2})" if identity.country_iso2
               else _tr("none"))
    regions = ", ".join(f"{r.name} ({', '.join(r.event_names)})" for r in identity.regions)
    lines = [
        _tr("Office:    {name} ({role})").format(name=identity.name, role=role),
        _tr("Country:   {country}").format(country=country),
        _tr("Regions:   {regions}").format(
            regions=regions or (_tr("all") if identity.is_headquarters else _tr("none"))),
        _tr("Office ID: {uuid}").format(uuid=identity.uuid),
        _tr("Database:  {path}").format(path=database),
    ]
    return "\n".join(lines)


def format_stats(stats: CatalogStats) -> str:
    """A plain-text report of the catalog's counts."""
    out = [_tr("Catalog version {version}: {items} items").format(
        version=stats.version, items=sum(stats.by_kind.values())), ""]
    out.append(_tr("By kind:"))
    out += [f"  {kind_label(kind):<32}{count:>5}" for kind, count in _by_kind_order(stats.by_kind)]
    for heading, blocks in ((_tr("By event:"), stats.events),
                            (_tr("By document:"), stats.documents)):
        out += ["", heading]
        for block in blocks:
            out.append(f"  {block.code:<12}{_clip(block.name, 52):<52}{block.total:>5}")
            out += [f"      {kind_label(k):<58}{n:>5}" for k, n in _by_kind_order(block.by_kind)]
    refs = stats.cross_references
    out += ["", _tr("Cross-references: {links} links, {suspect} suspect, {unresolved} "
                    "unresolved").format(**refs)]
    out.append(_tr("Action-area links: {explicit} stated in the text, {inferred} inferred")
               .format(explicit=stats.action_area_links.get("explicit", 0),
                       inferred=stats.action_area_links.get("inferred", 0)))
    out.append(_tr("Follow-up activities reported in 2011: {count}")
               .format(count=stats.historical_activities))
    return "\n".join(out)


def _by_kind_order(counts: dict[str, int]) -> list[tuple[str, int]]:
    """Kinds in the order a reader meets them: recommendations first, follow-ups last."""
    order = list(ITEM_KINDS)
    return sorted(counts.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)


def _clip(text: str, width: int) -> str:
    return text if len(text) < width else text[:width - 2] + "…"


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, width=96, initial_indent=indent, subsequent_indent=indent)


def format_item(item: ItemDetail) -> str:
    """One item as `tenpoint catalog show` prints it."""
    label = " ".join(x for x in (item.label, f"[{item.cited_as}]" if item.cited_as else "") if x)
    out = [f"{item.code}  {label}".rstrip(), kind_label(item.kind)]
    if item.retired:
        out.append(_tr("(retired: no longer in the current catalog)"))
    section = " ".join(part for part in (item.section_label, item.section_title) if part)
    out += [
        _tr("Event:     {name}").format(name=item.event_name),
        _wrap(item.event_title, " " * 11),
        _tr("Document:  {title} ({code})").format(title=item.document_title,
                                                  code=item.document_code),
        _tr("Section:   {section}").format(section=section),
    ]
    if item.subheading:
        out.append(_tr("Heading:   {heading}").format(heading=item.subheading))
    out.append(_tr("Source:    line(s) {lines} of the June 2011 compilation").format(
        lines=", ".join(map(str, item.source_lines))))
    if item.parent_code:
        out.append(_tr("Part of:   {code}").format(code=item.parent_code))
    out += ["", _wrap(item.text), ""]
    out += _format_children(item) + _format_annex(item)
    out += _format_areas(item) + _format_references(item) + _format_activities(item)
    out += [_tr("Note: {note}").format(note=note) for note in item.notes]
    return "\n".join(out).rstrip()


def _format_children(item: ItemDetail) -> list[str]:
    if not item.children:
        return []
    out = [_tr("Sub-items:")]
    for code, label, text in item.children:
        out.append(f"  {code} {label}".rstrip())
        out.append(_wrap(text, " " * 6))
    return out


def _format_annex(item: ItemDetail) -> list[str]:
    annex = item.extra.get("annex")
    if not annex:
        return []
    where = ", ".join(map(str, annex["lines"]))
    if annex.get("text") is None:
        return [_tr("Repeated word for word in Annex I, line(s) {lines}.").format(lines=where)]
    return [_tr("Repeated in Annex I, line(s) {lines}, with this wording:").format(lines=where),
            _wrap(annex["text"], " " * 6)]


def _format_areas(item: ItemDetail) -> list[str]:
    if not item.action_areas:
        return [_tr("10-Point Plan action areas: none assigned")]
    out = [_tr("10-Point Plan action areas:")]
    out += [f"  {number}. {name} ({basis_label(basis)})" for number, name, basis in
            item.action_areas]
    return out


def _reference_line(ref) -> str:
    flag = (" " + _tr("[suspect: {reason}]").format(reason=ref.reason or "?")) if ref.suspect \
        else ""
    excerpt = f": {_clip(ref.text, 70)}" if ref.text else ""
    return f"  {ref.code or _tr('(unresolved)')}{flag}{excerpt}"


def _format_references(item: ItemDetail) -> list[str]:
    out = []
    if item.cites:
        out.append(_tr("Cites (printed \"{printed}\"):").format(printed=item.cites[0].printed))
        out += [_reference_line(ref) for ref in item.cites]
    if item.cited_by:
        out.append(_tr("Cited by:"))
        out += [_reference_line(ref) for ref in item.cited_by]
    return out


def _format_activities(item: ItemDetail) -> list[str]:
    if not item.activities:
        return [_tr("Follow-up activities: none recorded")]
    out = [_tr("Follow-up activities:")]
    out += [f"  [{status_label(status)}] {title}" for _uuid, title, status in item.activities]
    return out
