"""The detail pane's content for one item, as HTML with item:, activity: and details: links."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from desktop.browser.follow_up import NO_FOLLOW_UP_COLOR
from desktop.browser.highlight import Spans, highlighted_html
from desktop.shared.bidi import emphasis
from desktop.shared.labels import basis_label, catalog_label, kind_label, status_label
from desktop.shared.translate import translate

if TYPE_CHECKING:  # read objects only: the main window shows before the database libraries load
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
RETIRED_BOX = "background-color:#fff3cd; color:#5c4400; padding:4px;"
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
    parts = [f"<h2>{_e(item.code)}</h2>",
             f'<p style="{MUTED}">{_e(kind_label(item.kind))}</p>']
    if item.retired:
        retired = translate("detail", "Retired: this item is no longer in the current catalog. "
                                      "It is kept because follow-up activities may cite it.")
        parts.append(f'<p style="{RETIRED_BOX}">{_e(retired)}</p>')
    parts.append(_facts_table(item))
    parts.append(f'<p style="font-size:large;">{highlighted_html(item.text, text_spans)}</p>')
    for section in (_children(item), _annex(item), _areas(item),
                    _cites(item, source_details), _cited_by(item, source_details),
                    _activities(item), _source_details(item, source_details)):
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
    ]
    return _table(rows)


def _table(rows: list[tuple[str, str | None]]) -> str:
    """Rows of (name, HTML value); those without a value are left out."""
    cells = "".join(
        f'<tr><td style="{MUTED} padding-right:12px;" valign="top">{_e(name)}</td>'
        f"<td>{value}</td></tr>" for name, value in rows if value)
    return f'<table cellspacing="0" cellpadding="2">{cells}</table>'


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
        link = _e("▸ " + translate("detail", "Show source details"))
        why = translate("detail", "where this text comes from and the catalog maintainers' "
                                  "notes; not needed to follow up on the item")
        return (f'<p style="margin-top:18px;"><a href="{SHOW_DETAILS}">{link}</a> '
                f'<span style="{MUTED}">({_e(why)})</span></p>')
    link = _e("▾ " + translate("detail", "Hide source details"))
    source = translate("detail", "lines {lines} of the June 2011 compilation", None,
                       len(item.source_lines)).format(lines=_lines_text(item.source_lines))
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
