"""The detail pane's content for one item, as HTML with item: and activity: links."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.browser.follow_up import NO_FOLLOW_UP_COLOR
from desktop.browser.highlight import Spans, highlighted_html
from desktop.labels import basis_label, kind_label, status_label

if TYPE_CHECKING:  # read objects only: the main window shows before the database libraries load
    from db.catalog.queries import ItemDetail, ItemReference

ITEM_SCHEME, ACTIVITY_SCHEME = "item", "activity"
MUTED = "color:#707070;"
SUSPECT = "color:#b00020;"
RETIRED_BOX = "background-color:#fff3cd; color:#5c4400; padding:4px;"
# The headings of the Selected pages, as the 2011 compilation reported each follow-up.
REPORTED_AS = {
    "undertaken": QT_TRANSLATE_NOOP("ItemDetailPane", "undertaken"),
    "planned": QT_TRANSLATE_NOOP("ItemDetailPane", "planned"),
    "envisaged": QT_TRANSLATE_NOOP("ItemDetailPane", "envisaged"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ItemDetailPane", text)


def _e(text: str | None) -> str:
    return html.escape(text or "")


def item_link(code: str, text: str | None = None) -> str:
    return f'<a href="{ITEM_SCHEME}:{_e(code)}">{_e(text or code)}</a>'


def item_html(item: ItemDetail, text_spans: Spans = ()) -> str:
    """Everything about one item, in reading order; matches of the last search highlighted."""
    parts = [f"<h2>{_e(item.code)}</h2>",
             f'<p style="{MUTED}">{_e(kind_label(item.kind))}</p>']
    if item.retired:
        parts.append(f'<p style="{RETIRED_BOX}">' + _e(_tr(
            "Retired: this item is no longer in the current catalog. It is kept because "
            "follow-up activities may cite it.")) + "</p>")
    parts.append(_facts_table(item))
    parts.append(f'<p style="font-size:large;">{highlighted_html(item.text, text_spans)}</p>')
    for section in (_children(item), _annex(item), _areas(item), _cites(item),
                    _cited_by(item), _activities(item), _notes(item)):
        parts.append(section)
    return "".join(parts)


def _facts_table(item: ItemDetail) -> str:
    sections = [*item.parent_sections, (item.section_label, item.section_title)]
    section = " › ".join(_e(" ".join(p for p in pair if p)) for pair in sections)
    rows = [
        (_tr("Printed label"), _e(item.label) if item.label else None),
        (_tr("Cited as"), _e(item.cited_as) if item.cited_as else None),
        (_tr("Event"), f"{_e(item.event_name)}<br><small style='{MUTED}'>"
                       f"{_e(item.event_title)}</small>"),
        (_tr("Document"), f"{_e(item.document_title)} ({_e(item.document_code)})"),
        (_tr("Section"), section or None),
        (_tr("Sub-heading"), _e(item.subheading) if item.subheading else None),
        (_tr("Part of"), item_link(item.parent_code) if item.parent_code else None),
        (_tr("Reported in 2011 as"), _reported_status(item)),
        (_tr("Source"), _e(_tr("line(s) {lines} of the June 2011 compilation").format(
            lines=", ".join(map(str, item.source_lines))))),
    ]
    cells = "".join(
        f'<tr><td style="{MUTED} padding-right:12px;" valign="top">{_e(name)}</td>'
        f"<td>{value}</td></tr>" for name, value in rows if value)
    return f'<table cellspacing="0" cellpadding="2">{cells}</table>'


def _reported_status(item: ItemDetail) -> str | None:
    reported = item.extra.get("status_as_reported")
    if not reported:
        return None
    return _e(_tr(REPORTED_AS[reported]) if reported in REPORTED_AS else reported)


def _heading(text: str) -> str:
    return f"<h3>{_e(text)}</h3>"


def _children(item: ItemDetail) -> str:
    if not item.children:
        return ""
    rows = "".join(f"<li>{item_link(code)} {_e(label)} {_e(text)}</li>"
                   for code, label, text in item.children)
    return _heading(_tr("Sub-items")) + f"<ul>{rows}</ul>"


def _annex(item: ItemDetail) -> str:
    annex = item.extra.get("annex")
    if not annex:
        return ""
    lines = ", ".join(map(str, annex.get("lines", [])))
    if annex.get("text") is None:
        note = _e(_tr("Repeated word for word in Annex I (line(s) {lines}).").format(lines=lines))
        return _heading(_tr("Annex I")) + f"<p>{note}</p>"
    note = _e(_tr("Repeated in Annex I (line(s) {lines}) with this wording:").format(lines=lines))
    return _heading(_tr("Annex I")) + f"<p>{note}</p><blockquote>{_e(annex['text'])}</blockquote>"


def _areas(item: ItemDetail) -> str:
    heading = _heading(_tr("10-Point Plan action areas"))
    if not item.action_areas:
        return heading + f'<p style="{MUTED}">{_e(_tr("None assigned."))}</p>'
    rows = "".join(f"<li>{number}. {_e(name)} <span style='{MUTED}'>"
                   f"({_e(basis_label(basis))})</span></li>"
                   for number, name, basis in item.action_areas)
    return heading + f"<ul>{rows}</ul>"


def _reference(ref: ItemReference) -> str:
    link = item_link(ref.code) if ref.code else _e(_tr("(no such item)"))
    excerpt = _e(ref.text if ref.text and len(ref.text) <= 160 else (ref.text or "")[:157] + "…")
    suspect = ""
    if ref.suspect:
        reason = _tr("Suspect link: {reason}").format(reason=ref.reason or _tr("no reason given"))
        suspect = f'<br><span style="{SUSPECT}">⚠ {_e(reason)}</span>'
    return f"<li>{link} {excerpt}{suspect}</li>"


def _cites(item: ItemDetail) -> str:
    if not item.cites:
        return ""
    printed = item.cites[0].printed
    heading = _heading(_tr("Cites (printed as “{printed}”)").format(printed=printed))
    return heading + "<ul>" + "".join(_reference(ref) for ref in item.cites) + "</ul>"


def _cited_by(item: ItemDetail) -> str:
    if not item.cited_by:
        return ""
    rows = "".join(_reference(ref) for ref in item.cited_by)
    return _heading(_tr("Cited by")) + f"<ul>{rows}</ul>"


def _activities(item: ItemDetail) -> str:
    heading = _heading(_tr("Follow-up activities ({count})").format(count=len(item.activities)))
    if not item.activities:
        return heading + (f'<p style="color:{NO_FOLLOW_UP_COLOR.name()};"><i>'
                          + _e(_tr("No follow-up activity recorded yet.")) + "</i></p>")
    rows = "".join(
        f'<li><a href="{ACTIVITY_SCHEME}:{_e(uuid)}">{_e(title)}</a> '
        f'<span style="{MUTED}">({_e(status_label(status))})</span></li>'
        for uuid, title, status in item.activities)
    return heading + f"<ul>{rows}</ul>"


def _notes(item: ItemDetail) -> str:
    if not item.notes:
        return ""
    rows = "".join(f"<li>{_e(note)}</li>" for note in item.notes)
    return _heading(_tr("Catalog notes")) + f'<ul style="{MUTED}">{rows}</ul>'
