"""The detail pane's content for one item, as HTML with item:, activity: and details: links."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtGui import QGuiApplication

from desktop.browser.follow_up import NO_FOLLOW_UP_COLOR
from desktop.browser.highlight import Spans, highlighted_html
from desktop.shared.bidi import emphasis, ltr
from desktop.shared.formatting import local_time_text
from desktop.shared.labels import basis_label, catalog_label, kind_label, status_label
from desktop.shared.translate import translate

if TYPE_CHECKING:  # read objects only: the main window shows before the database libraries load
    from db.catalog.changes import ItemHistoryEntry
    from db.catalog.queries import ItemDetail, ItemReference

ITEM_SCHEME, ACTIVITY_SCHEME = "item", "activity"
# The "Source details" disclosure's own links: the pane opens or closes it and shows the item
# again. What is behind it is editorial (where the text comes from, the maintainers' notes and
# doubts about cross-references), for catalog maintainers rather than field officers.
DETAILS_SCHEME = "details"
SHOW_DETAILS, HIDE_DETAILS = f"{DETAILS_SCHEME}:show", f"{DETAILS_SCHEME}:hide"
DETAILS_ANCHOR = "source-details"  # where the pane scrolls to once they are opened
MUTED = "color:#707070;"
SUSPECT = "color:#b00020;"
KEEP = "white-space:nowrap;"  # a cell kept on one line (a time, a name)
RETIRED_BOX = "background-color:#fff3cd; color:#5c4400; padding:4px;"
# A line of an item's catalog history: what headquarters did (exporters/catalog_edits.py).
HISTORY_WHAT = {
    "add_item": QT_TRANSLATE_NOOP("detail", "Added"),
    "correct": QT_TRANSLATE_NOOP("detail", "Corrected"),
    "annotate": QT_TRANSLATE_NOOP("detail", "Annotated"),
    "retire": QT_TRANSLATE_NOOP("detail", "Retired"),
    "reinstate": QT_TRANSLATE_NOOP("detail", "Reinstated"),
    "supersede": QT_TRANSLATE_NOOP("detail", "Merged into {item}"),
}
# The fields a correction may change, as the history names them.
CORRECTED_FIELDS = {
    "text": QT_TRANSLATE_NOOP("detail", "Text"),
    "label": QT_TRANSLATE_NOOP("detail", "Printed label"),
    "cited_as": QT_TRANSLATE_NOOP("detail", "Cited as"),
}
# The headings of the Selected pages, as the 2011 compilation reported each follow-up.
REPORTED_AS = {
    "undertaken": QT_TRANSLATE_NOOP("detail", "undertaken"),
    "planned": QT_TRANSLATE_NOOP("detail", "planned"),
    "envisaged": QT_TRANSLATE_NOOP("detail", "envisaged"),
}


def _e(text: str | None) -> str:
    return html.escape(text or "")


def item_link(code: str, text: str | None = None) -> str:
    return f'<a href="{ITEM_SCHEME}:{_e(code)}">{_e(text or code)}</a>'


def item_html(item: ItemDetail, text_spans: Spans = (), source_details: bool = False) -> str:
    """Everything about one item, in reading order; matches of the last search highlighted.
    The source details show only when source_details is true; a link opens or closes them."""
    code = ltr(item.code) if QGuiApplication.isRightToLeft() else item.code
    parts = [f"<h2{_direction()}>{_e(code)}</h2>",
             f'<p style="{MUTED}">{_e(kind_label(item.kind))}</p>']
    if item.superseded_by:
        parts.append(_merged_box(item))
    elif item.retired:
        retired = translate("detail", "Retired: this item is no longer in the current catalog. "
                                      "It is kept because follow-up activities may cite it.")
        parts.append(f'<p style="{RETIRED_BOX}">{_e(retired)}</p>')
    parts.append(_facts_table(item))
    parts.append(f'<p style="font-size:large;">{highlighted_html(item.text, text_spans)}</p>')
    for section in (_annotations(item), _children(item), _annex(item), _areas(item),
                    _cites(item, source_details), _cited_by(item, source_details),
                    _activities(item), _catalog_history(item),
                    _source_details(item, source_details)):
        parts.append(section)
    return "".join(parts)


def _facts_table(item: ItemDetail) -> str:
    sections = [*item.parent_sections, (item.section_label, item.section_title)]
    section = " › ".join(_e(" ".join(p for p in pair if p)) for pair in sections)
    rows = [
        (translate("detail", "Printed label"), _e(item.label) if item.label else None),
        (translate("detail", "Cited as"), _e(item.cited_as) if item.cited_as else None),
        (translate("detail", "Event"), f"{_e(item.event_name)}<br><small style='{MUTED}'>"
                       f"{_e(item.event_title)}</small>"),
        (translate("detail", "Document"),
         f"{_e(item.document_title)} ({_e(item.document_code)})"),
        (translate("detail", "Section"), section or None),
        (translate("detail", "Sub-heading"),
         _e(item.subheading) if item.subheading else None),
        (translate("detail", "Part of"),
         item_link(item.parent_code) if item.parent_code else None),
        (translate("detail", "Reported in 2011 as"), _reported_status(item)),
        (translate("detail", "Source"), _e(_added_source(item)) if item.edition else None),
        (translate("detail", "Takes the place of"),
         ", ".join(item_link(code) for code, _text in item.replaces) or None),
    ]
    return _table(rows)


def _merged_box(item: ItemDetail) -> str:
    """A superseded item: merged into which, with a link, and where its activities went."""
    survivor = item.superseded_by or ""
    sentence = _e(translate("detail", "Merged into {item}: headquarters found that this item "
                                      "says the same. Its follow-up activities are linked to "
                                      "{item} now.")).replace("{item}", item_link(survivor))
    excerpt = _e(_excerpt(item.superseded_by_text or ""))
    # The excerpt in a paragraph of its own: the catalog's English reads left to right
    # even where the sentence above it runs right to left.
    return (f'<p style="{RETIRED_BOX} margin-bottom:0px;">{sentence}</p>'
            f'<p style="{RETIRED_BOX} margin-top:0px; font-style:normal;">'
            f'{item_link(survivor)}: {excerpt}</p>')


def _excerpt(text: str, width: int = 160) -> str:
    return text if len(text) <= width else text[:width - 3] + "…"


def _added_source(item: ItemDetail) -> str:
    """Where an item headquarters added comes from: its document's reference and date."""
    reference = item.document_reference
    if not reference:  # added to a document of the compilation, which has none
        return translate("detail", "{document}: added by headquarters after 2011 (see the "
                                   "catalog history)").format(document=item.document_title)
    if item.document_issued_on is None:
        return translate("detail", "{document}, {reference}").format(
            document=item.document_title, reference=reference)
    return translate("detail", "{document}, {reference}, issued {date}").format(
        document=item.document_title, reference=reference,
        date=item.document_issued_on.isoformat())


def _annotations(item: ItemDetail) -> str:
    """Headquarters' notes on the item, each with who wrote it and when."""
    notes = item.annotations
    if not notes:
        return ""
    rows = "".join(
        f"<li>{_e(note.values.get('text', ''))} <span style='{MUTED}'>"
        f"({_e(_who_when(note))})</span></li>" for note in notes)
    return _heading(translate("detail", "Notes from headquarters")) + f"<ul>{rows}</ul>"


def _who_when(entry: ItemHistoryEntry) -> str:
    return translate("detail", "{who}, {when}").format(who=entry.changed_by,
                                                        when=local_time_text(entry.changed_at))


def _catalog_history(item: ItemDetail) -> str:
    """Every change headquarters made to the item after 2011, oldest first: when, who, what,
    and why as they gave it."""
    if not item.history:
        return ""
    # What and why share the room a time and a name leave.
    head = "".join(f'<th align="left"{width} style="{MUTED} padding-right:12px;">{_e(name)}'
                   "</th>" for name, width in (
                       (translate("detail", "When"), ""), (translate("detail", "Who"), ""),
                       (translate("detail", "What"), ' width="35%"'),
                       (translate("detail", "Why"), ' width="40%"')))
    rows = "".join(
        f'<tr><td valign="top" style="{KEEP} padding-right:12px;">'
        f'{_e(local_time_text(e.changed_at))}</td>'
        f'<td valign="top" style="{KEEP} padding-right:12px;">{_e(e.changed_by)}</td>'
        f'<td valign="top" style="padding-right:12px;">{_history_what(item, e)}</td>'
        f'<td valign="top">{_e(e.note)}</td></tr>' for e in item.history)
    title = _heading(translate("detail", "Catalog history"))
    return (f'{title}<table cellspacing="0" cellpadding="2" width="100%"><tr>{head}</tr>'
            f"{rows}</table>")


def _history_what(item: ItemDetail, entry: ItemHistoryEntry) -> str:
    """What one change did, as HTML (a merge links the other item)."""
    values = entry.values
    if entry.action == "supersede" and values.get("code") != item.code:
        return _e(translate("detail", "{item} merged into this item")).replace(
            "{item}", item_link(values.get("code", "")))
    what = translate("detail", HISTORY_WHAT.get(entry.action, entry.action))
    if entry.action == "supersede":
        return _e(what).replace("{item}", item_link(values.get("into", "")))
    if entry.action == "correct":
        field = translate("detail", CORRECTED_FIELDS.get(values.get("field"), "")) \
            if values.get("field") in CORRECTED_FIELDS else values.get("field", "")
        return f"{_e(what)}: {_e(field)} → “{_e(_excerpt(str(values.get('value', ''))))}”"
    if entry.action == "annotate":
        return f"{_e(what)}: “{_e(_excerpt(str(values.get('text', ''))))}”"
    return _e(what)


def _direction() -> str:
    """A block's dir attribute: right to left in an Arabic interface, even for a code."""
    return ' dir="rtl"' if QGuiApplication.isRightToLeft() else ""


def _table(rows: list[tuple[str, str | None]]) -> str:
    """Rows of (name, HTML value); those without a value are left out. Right to left, the
    names stand on the right: Qt's rich text does not mirror a table's columns itself."""
    rtl = QGuiApplication.isRightToLeft()
    gap = "padding-left:12px;" if rtl else "padding-right:12px;"
    cells = ""
    for name, value in rows:
        if not value:
            continue
        pair = (f'<td style="{MUTED} {gap}" valign="top">{_e(name)}</td>', f"<td>{value}</td>")
        cells += "<tr>" + "".join(reversed(pair) if rtl else pair) + "</tr>"
    width = ' width="100%"' if rtl else ""
    return f'<table cellspacing="0" cellpadding="2"{width}>{cells}</table>'


def _reported_status(item: ItemDetail) -> str | None:
    reported = item.extra.get("status_as_reported")
    if not reported:
        return None
    if reported not in REPORTED_AS:
        return _e(reported)
    return _e(translate("detail", REPORTED_AS[reported]))


def _lines_text(lines: list[int]) -> str:
    """Line numbers as a list ("12, 14 and 20"), as printed: no thousands separator."""
    return QLocale().createSeparatedList([str(line) for line in lines])


def _heading(text: str) -> str:
    return f"<h3>{_e(text)}</h3>"


def _children(item: ItemDetail) -> str:
    if not item.children:
        return ""
    rows = "".join(f"<li>{item_link(code)} {_e(label)} {_e(text)}</li>"
                   for code, label, text in item.children)
    return _heading(translate("detail", "Sub-items")) + f"<ul>{rows}</ul>"


def _annex(item: ItemDetail) -> str:
    annex = item.extra.get("annex")
    if not annex:
        return ""
    lines = annex.get("lines", [])
    heading = _heading(translate("detail", "Annex I"))
    # The number of lines chooses "line" or "lines" (English plural file).
    if annex.get("text") is None:
        note = translate("detail", "Repeated word for word in Annex I (lines {lines}).", None,
                         len(lines))
        return heading + f"<p>{_e(note.format(lines=_lines_text(lines)))}</p>"
    note = translate("detail", "Repeated in Annex I (lines {lines}) with this wording:", None,
                     len(lines))
    return (heading + f"<p>{_e(note.format(lines=_lines_text(lines)))}</p>"
            f"<blockquote>{_e(annex['text'])}</blockquote>")


def _areas(item: ItemDetail) -> str:
    heading = _heading(translate("detail", "10-Point Plan action areas"))
    if not item.action_areas:
        none = translate("detail", "None assigned.")
        return heading + f'<p style="{MUTED}">{_e(none)}</p>'
    rows = "".join(f"<li>{number}. {_e(catalog_label(name))} <span style='{MUTED}'>"
                   f"({_e(basis_label(basis))})</span></li>"
                   for number, name, basis in item.action_areas)
    return heading + f"<ul>{rows}</ul>"


def _reference(ref: ItemReference, source_details: bool) -> str:
    link = item_link(ref.code) if ref.code else _e(translate("detail", "(no such item)"))
    excerpt = _e(ref.text if ref.text and len(ref.text) <= 160 else (ref.text or "")[:157] + "…")
    doubt = ""
    if ref.suspect and source_details:  # the catalog's doubt, in its maintainers' words
        reason = translate("detail", "This reference may point to the wrong item: {reason}"
                           ).format(reason=ref.reason or translate("detail", "no reason given"))
        doubt = f'<br><span style="{SUSPECT}">⚠ {_e(reason)}</span>'
    return f"<li>{link} {excerpt}{doubt}</li>"


def _cites(item: ItemDetail, source_details: bool) -> str:
    if not item.cites:
        return ""
    printed = item.cites[0].printed
    heading = _heading(translate("detail", "Cites (printed as “{printed}”)").format(
        printed=printed))
    rows = "".join(_reference(ref, source_details) for ref in item.cites)
    return heading + f"<ul>{rows}</ul>"


def _cited_by(item: ItemDetail, source_details: bool) -> str:
    if not item.cited_by:
        return ""
    rows = "".join(_reference(ref, source_details) for ref in item.cited_by)
    return _heading(translate("detail", "Cited by")) + f"<ul>{rows}</ul>"


def _activities(item: ItemDetail) -> str:
    heading = _heading(translate("detail", "Follow-up activities ({count})").format(
        count=len(item.activities)))
    if not item.activities:
        return heading + (f'<p style="color:{NO_FOLLOW_UP_COLOR.name()};">'
                          + emphasis(_e(translate("detail", "No follow-up activity recorded "
                                                            "yet.")))
                          + "</p>")
    rows = "".join(
        f'<li><a href="{ACTIVITY_SCHEME}:{_e(uuid)}">{_e(title)}</a> '
        f'<span style="{MUTED}">({_e(status_label(status))})</span></li>'
        for uuid, title, status in item.activities)
    return heading + f"<ul>{rows}</ul>"


def _source_details(item: ItemDetail, shown: bool) -> str:
    """The disclosure: a link that opens it, or the details with a link that closes them."""
    if not shown:
        # the closed disclosure points the way the text runs
        arrow = "◂" if QGuiApplication.isRightToLeft() else "▸"
        link = _e(f"{arrow} " + translate("detail", "Show source details"))
        why = translate("detail", "where this text comes from and the catalog maintainers' "
                                  "notes; not needed to follow up on the item")
        return (f'<p style="margin-top:18px;"><a href="{SHOW_DETAILS}">{link}</a> '
                f'<span style="{MUTED}">({_e(why)})</span></p>')
    link = _e("▾ " + translate("detail", "Hide source details"))
    if item.source_lines:
        source = translate("detail", "lines {lines} of the June 2011 compilation", None,
                           len(item.source_lines)).format(lines=_lines_text(item.source_lines))
    elif item.edition:  # added by headquarters: the document it comes from, not a line
        source = translate("detail", "added by headquarters (catalog edition {edition}) from "
                                     "{source}").format(edition=item.edition,
                                                        source=_added_source(item))
    else:
        source = translate("detail", "the June 2011 compilation")
    title = _e(translate("detail", "Source details"))
    return (f'<h3><a name="{DETAILS_ANCHOR}"></a>{title}</h3>'
            f'<p><a href="{HIDE_DETAILS}">{link}</a></p>'
            + _table([(translate("detail", "Source"), _e(source))]) + _notes(item))


def _notes(item: ItemDetail) -> str:
    if not item.notes:
        return ""
    rows = "".join(f"<li>{_e(note)}</li>" for note in item.notes)
    title = _e(translate("detail", "Catalog notes"))
    return f'<p><b>{title}</b></p><ul style="{MUTED}">{rows}</ul>'
