"""A conflict's two versions as a person compares them: values as text, changed words marked."""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass
from datetime import date

from db.sync.conflicts import ConflictRecord
from db.sync.merge_rule import Version
from desktop.shared.formatting import history_value
from desktop.shared.translate import translate
from exporters.activity import FIELDS

COMPARED_FIELDS = (*(spec.name for spec in FIELDS), "deleted")


@dataclass(frozen=True)
class FieldComparison:
    """One line of the side-by-side view."""

    field: str
    mine: str
    theirs: str
    differs: bool


def value_text(version: Version, name: str) -> str:
    """One field of a version as a person reads it (statuses and kinds by their labels)."""
    if name == "deleted":
        return translate("SyncArea", "deleted") if version.deleted else translate("SyncArea", "no")
    if name == "item_codes":
        return ", ".join(sorted(version.item_codes))
    value = version.values.get(name)
    if isinstance(value, date):
        return value.isoformat()
    return history_value(name, None if value is None else str(value))


def comparison(conflict: ConflictRecord) -> list[FieldComparison]:
    """Every field of both versions; the differing ones flagged."""
    differing = set(conflict.differing_fields())
    return [FieldComparison(name, value_text(conflict.local, name),
                            value_text(conflict.incoming, name), name in differing)
            for name in COMPARED_FIELDS]


# Words and the spaces between them: the diff compares words, the spaces keep the layout.
TOKENS = re.compile(r"\s+|\S+")
# A changed word: bold on a yellow ground, readable without telling colours apart.
MARK_OPEN = '<b style="background-color:#ffe066; color:#000000;">'
MARK_CLOSE = "</b>"


def html_text(text: str) -> str:
    """Plain text as rich text, its line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def _marked(tokens: list[str]) -> str:
    return "".join(html_text(token) if token.isspace()
                   else MARK_OPEN + html_text(token) + MARK_CLOSE for token in tokens)


def marked_difference(mine: str, theirs: str) -> tuple[str, str]:
    """Both texts as HTML-escaped rich text, the words that differ marked in each."""
    left, right = TOKENS.findall(mine), TOKENS.findall(theirs)
    mine_html, theirs_html = [], []
    matcher = difflib.SequenceMatcher(None, left, right, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            mine_html.append(html_text("".join(left[i1:i2])))
            theirs_html.append(html_text("".join(right[j1:j2])))
        else:  # replace, delete (only mine has words) or insert (only theirs has)
            mine_html.append(_marked(left[i1:i2]))
            theirs_html.append(_marked(right[j1:j2]))
    return "".join(mine_html), "".join(theirs_html)
