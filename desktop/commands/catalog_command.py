"""`tenpoint catalog stats|show|template|import`: the catalog from the command line, and at
headquarters its catalog workbook (a template to fill; a filled one previewed and applied
all-or-nothing)."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale

from db.catalog.queries import CatalogStats, ItemDetail, catalog_stats, item_detail
from db.catalog.workbook import (
    CatalogImport,
    apply_catalog_workbook,
    export_catalog_template,
    is_headquarters,
    prepare_reading,
    read_catalog_workbook,
)
from desktop.context import AppContext
from desktop.shared.catalog_edit_words import (
    PROBLEMS,
    action_label,
    edit_line,
    workbook_problem_text,
)
from desktop.shared.labels import (
    ITEM_KINDS,
    basis_label,
    catalog_label,
    kind_label,
    status_label,
)
from desktop.shared.translate import translate
from desktop.shared.workbook_wording import catalog_reading_words, writing_wording

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
    template = catalog_commands.add_parser(
        "template", help=translate("cli", "at headquarters: write the catalog workbook to fill "
                                          "(events, documents, sections, items, changes)"))
    template.add_argument("output", metavar=translate("cli", "FILE.xlsx"),
                          help=translate("cli", "the workbook to write"))
    load = catalog_commands.add_parser(
        "import", help=translate("cli", "at headquarters: apply a filled catalog workbook, all "
                                        "of it or nothing"))
    load.add_argument("file", metavar=translate("cli", "FILE.xlsx"),
                      help=translate("cli", "the filled catalog workbook"))
    load.add_argument("--dry-run", action="store_true",
                      help=translate("cli", "show what importing would do, change nothing"))
    load.add_argument("--json", action="store_true",
                      help=translate("cli", "print the outcome as JSON"))


def prepare(args: argparse.Namespace) -> None:
    """Before the database opens: start the process that reads the workbook."""
    if args.catalog_command == "import":
        prepare_reading()


def run(args: argparse.Namespace, context: AppContext) -> int:
    if args.catalog_command in ("template", "import") and not is_headquarters(context.database):
        print(translate("catalog", PROBLEMS["not_headquarters"]), file=sys.stderr)
        return 1
    if args.catalog_command == "template":
        path = export_catalog_template(context.database, args.output, writing_wording())
        print(translate("cli", "Wrote {path}: the catalog workbook to fill. Import it with "
                               "`tenpoint catalog import {path}`.").format(path=path))
        return 0
    if args.catalog_command == "import":
        return run_import(args, context)
    if args.catalog_command == "stats":
        stats = catalog_stats(context.database)
        print(json.dumps(stats.as_dict(), indent=2, ensure_ascii=False) if args.json
              else format_stats(stats))
        return 0
    print(format_item(item_detail(context.database, args.code)))
    return 0


def format_stats(stats: CatalogStats) -> str:
    """A plain-text report of the catalog's counts."""
    out = [translate("cli", "Catalog version {version}, edition {edition}: %Ln items", None,
                     sum(stats.by_kind.values())).format(version=stats.version,
                                                         edition=stats.edition), ""]
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


# --- the catalog workbook ------------------------------------------------------------------


def run_import(args: argparse.Namespace, context: AppContext) -> int:
    path = Path(args.file)
    if not path.is_file():
        print(translate("cli", "No such file: {path}").format(path=path), file=sys.stderr)
        return 1
    read = read_catalog_workbook(path, catalog_reading_words())
    outcome = apply_catalog_workbook(context.database, read, context.user, args.dry_run,
                                     backup_dir=context.paths.backups,
                                     keep_backups=context.settings.backup_keep())
    if args.json:
        print(json.dumps(import_json(outcome, args.dry_run), indent=2, ensure_ascii=False))
    else:
        print(format_import(outcome, args.dry_run))
    return 1 if outcome.refused else 0


def format_import(outcome: CatalogImport, dry_run: bool) -> str:
    """The preview (each row, the counts) and what was done, or every problem."""
    if outcome.refused:
        out = [translate("cli", "{file}: not imported; %Ln problems, each to correct in the "
                                "workbook:", None, len(outcome.problems)).format(
            file=outcome.file)]
        out += [f"  {workbook_problem_text(problem)}" for problem in outcome.problems]
        out.append(translate("cli", "Nothing was changed: the catalog stays as it was."))
        return "\n".join(out)
    if not outcome.edits:
        return translate("cli", "{file}: no rows filled; nothing to do.").format(
            file=outcome.file)
    out = [translate("cli", "{file}: %Ln rows", None, len(outcome.edits)).format(
        file=outcome.file)]
    out += [f"  {edit_line(e.sheet, e.edit)}" for e in outcome.edits]
    out += ["", translate("cli", "In all:")]
    out += [f"  {action_label(action)}: {count}" for action, count in outcome.counts.items()]
    if outcome.links_moved:
        out.append(translate("cli", "Activity links moved to the surviving items: "
                                    "{count}").format(count=outcome.links_moved))
    out.append("")
    if dry_run:
        out.append(translate("cli", "Dry run: nothing was changed. Importing would raise the "
                                    "catalog edition from {old} to {new}.").format(
            old=outcome.from_edition, new=outcome.to_edition))
    else:
        out.append(translate("cli", "Imported: the catalog edition is now {new} (it was "
                                    "{old}).").format(old=outcome.from_edition,
                                                      new=outcome.to_edition))
    return "\n".join(out)


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def import_json(outcome: CatalogImport, dry_run: bool) -> dict:
    return {
        "file": outcome.file, "dry_run": dry_run, "applied": outcome.applied,
        "from_edition": outcome.from_edition, "to_edition": outcome.to_edition,
        "links_moved": outcome.links_moved, "counts": outcome.counts,
        "rows": [{"sheet": e.sheet, "row": e.edit.row, "action": e.edit.action,
                  "code": e.edit.code, "note": e.edit.note,
                  "values": {k: _plain(v) for k, v in e.edit.values.items()
                             if v not in (None, "", [])}} for e in outcome.edits],
        "problems": [{"file": p.file, "sheet": p.sheet, "row": p.row, "column": p.column,
                      "field": p.field, "code": p.code, "value": _plain(p.value),
                      "message": workbook_problem_text(p)} for p in outcome.problems],
    }
