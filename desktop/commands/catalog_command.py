"""`tenpoint catalog stats` and `tenpoint catalog show CODE`: the catalog from the command line."""

from __future__ import annotations

import argparse
import json
import textwrap
from collections.abc import Sequence

from PySide6.QtCore import QLocale

from db.catalog.queries import CatalogStats, ItemDetail, catalog_stats, item_detail
from desktop.context import AppContext
from desktop.shared.labels import (
    ITEM_KINDS,
    basis_label,
    catalog_label,
    kind_label,
    status_label,
)
from desktop.shared.translate import translate

NAME = "catalog"


def register(commands) -> None:
    catalog = commands.add_parser(NAME,
                                  help=translate("cli", "look at the recommendations catalog"))
    catalog_commands = catalog.add_subparsers(dest="catalog_command",
                                              metavar=translate("cli", "COMMAND"),
                                              required=True)
    stats = catalog_commands.add_parser(
        "stats", help=translate("cli", "counts per event, document and kind"))
    stats.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    show = catalog_commands.add_parser("show",
                                       help=translate("cli", "one item with its source and links"))
    show.add_argument("code", metavar=translate("cli", "CODE"),
                      help=translate("cli", "item code, e.g. DES-SR-VIII-04"))


def run(args: argparse.Namespace, context: AppContext) -> int:
    if args.catalog_command == "stats":
        stats = catalog_stats(context.database)
        print(json.dumps(stats.as_dict(), indent=2, ensure_ascii=False) if args.json
              else format_stats(stats))
        return 0
    print(format_item(item_detail(context.database, args.code)))
    return 0


def format_stats(stats: CatalogStats) -> str:
    """A plain-text report of the catalog's counts."""
    out = [translate("cli", "Catalog version {version}: %Ln items", None,
                     sum(stats.by_kind.values())).format(version=stats.version), ""]
    out.append(translate("cli", "By kind:"))
    out += [f"  {kind_label(kind):<32}{count:>5}" for kind, count in _by_kind_order(stats.by_kind)]
    for heading, blocks in ((translate("cli", "By event:"), stats.events),
                            (translate("cli", "By document:"), stats.documents)):
        out += ["", heading]
        for block in blocks:
            out.append(f"  {block.code:<12}{_clip(block.name, 52):<52}{block.total:>5}")
            out += [f"      {kind_label(k):<58}{n:>5}" for k, n in _by_kind_order(block.by_kind)]
    out += ["", _cross_references_text(stats.cross_references),
            _area_links_text(stats.action_area_links)]
    out.append(translate("cli", "Follow-up activities reported in 2011: {count}")
               .format(count=stats.historical_activities))
    return "\n".join(out)


def _cross_references_text(refs: dict[str, int]) -> str:
    return translate("cli", "Cross-references: {links}, {suspect}, {unresolved}").format(
        links=translate("cli", "%Ln links", "cross-references", refs["links"]),
        suspect=translate("cli", "%Ln suspect", "cross-references", refs["suspect"]),
        unresolved=translate("cli", "%Ln unresolved", "cross-references", refs["unresolved"]))


def _area_links_text(links: dict[str, int]) -> str:
    return translate("cli", "Action-area links: {explicit}, {inferred}").format(
        explicit=translate("cli", "%Ln stated in the text", "action-area links",
                           links.get("explicit", 0)),
        inferred=translate("cli", "%Ln inferred", "action-area links", links.get("inferred", 0)))


def _by_kind_order(counts: dict[str, int]) -> list[tuple[str, int]]:
    """Kinds in the order a reader meets them: recommendations first, follow-ups last."""
    order = list(ITEM_KINDS)
    return sorted(counts.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)


def _clip(text: str, width: int) -> str:
    return text if len(text) < width else text[:width - 2] + "…"


def _lines(numbers: Sequence[int]) -> str:
    """Line numbers of the compilation, listed as the language lists: "12 and 14"."""
    return QLocale().createSeparatedList([str(number) for number in numbers])


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, width=96, initial_indent=indent, subsequent_indent=indent)


def format_item(item: ItemDetail) -> str:
    """One item as `tenpoint catalog show` prints it."""
    label = " ".join(x for x in (item.label, f"[{item.cited_as}]" if item.cited_as else "") if x)
    out = [f"{item.code}  {label}".rstrip(), kind_label(item.kind)]
    if item.retired:
        out.append(translate("cli", "(retired: no longer in the current catalog)"))
    section = " ".join(part for part in (item.section_label, item.section_title) if part)
    out += [
        translate("cli", "Event:     {name}").format(name=item.event_name),
        _wrap(item.event_title, " " * 11),
        translate("cli", "Document:  {title} ({code})").format(title=item.document_title,
                                                  code=item.document_code),
        translate("cli", "Section:   {section}").format(section=section),
    ]
    if item.subheading:
        out.append(translate("cli", "Heading:   {heading}").format(heading=item.subheading))
    out.append(translate("cli", "Source:    lines {lines} of the June 2011 compilation", None,
                         len(item.source_lines)).format(lines=_lines(item.source_lines)))
    if item.parent_code:
        out.append(translate("cli", "Part of:   {code}").format(code=item.parent_code))
    out += ["", _wrap(item.text), ""]
    out += _format_children(item) + _format_annex(item)
    out += _format_areas(item) + _format_references(item) + _format_activities(item)
    out += [translate("cli", "Note: {note}").format(note=note) for note in item.notes]
    return "\n".join(out).rstrip()


def _format_children(item: ItemDetail) -> list[str]:
    if not item.children:
        return []
    out = [translate("cli", "Sub-items:")]
    for code, label, text in item.children:
        out.append(f"  {code} {label}".rstrip())
        out.append(_wrap(text, " " * 6))
    return out


def _format_annex(item: ItemDetail) -> list[str]:
    annex = item.extra.get("annex")
    if not annex:
        return []
    lines, where = len(annex["lines"]), _lines(annex["lines"])
    if annex.get("text") is None:
        return [translate("cli", "Repeated word for word in Annex I, lines {lines}.", None,
                          lines).format(lines=where)]
    return [translate("cli", "Repeated in Annex I, lines {lines}, with this wording:", None,
                      lines).format(lines=where),
            _wrap(annex["text"], " " * 6)]


def _format_areas(item: ItemDetail) -> list[str]:
    if not item.action_areas:
        return [translate("cli", "10-Point Plan action areas: none assigned")]
    out = [translate("cli", "10-Point Plan action areas:")]
    out += [f"  {number}. {catalog_label(name)} ({basis_label(basis)})"
            for number, name, basis in item.action_areas]
    return out


def _reference_line(ref) -> str:
    flag = (" " + translate("cli", "[suspect: "
                                   "{reason}]").format(reason=ref.reason or "?")) if ref.suspect \
        else ""
    excerpt = f": {_clip(ref.text, 70)}" if ref.text else ""
    code = ref.code or translate("cli", "(unresolved)")
    return f"  {code}{flag}{excerpt}"


def _format_references(item: ItemDetail) -> list[str]:
    out = []
    if item.cites:
        out.append(translate("cli", "Cites (printed "
                                    "\"{printed}\"):").format(printed=item.cites[0].printed))
        out += [_reference_line(ref) for ref in item.cites]
    if item.cited_by:
        out.append(translate("cli", "Cited by:"))
        out += [_reference_line(ref) for ref in item.cited_by]
    return out


def _format_activities(item: ItemDetail) -> list[str]:
    if not item.activities:
        return [translate("cli", "Follow-up activities: none recorded")]
    out = [translate("cli", "Follow-up activities:")]
    out += [f"  [{status_label(status)}] {title}" for _uuid, title, status in item.activities]
    return out
