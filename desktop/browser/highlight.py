"""Turning matched spans into escaped HTML with highlights, and cutting excerpts around them."""

from __future__ import annotations

import html

Spans = tuple[tuple[int, int], ...]

# Highlight colours chosen to keep black text readable, as in a browser's find bar.
MARK_STYLE = "background-color:#ffe066; color:#000000;"


def highlighted_html(text: str, spans: Spans) -> str:
    """The text, escaped, with each span wrapped in a highlight."""
    out, position = [], 0
    for start, end in sorted(spans):
        start = max(start, position)
        if end <= start:
            continue
        out.append(html.escape(text[position:start]))
        out.append(f'<span style="{MARK_STYLE}">{html.escape(text[start:end])}</span>')
        position = end
    out.append(html.escape(text[position:]))
    return "".join(out)


def excerpt(text: str, spans: Spans, length: int = 320) -> tuple[str, Spans]:
    """At most about length characters of text, starting a little before the first match.

    Cuts fall on spaces and are shown with an ellipsis; spans move with the text.
    """
    if len(text) <= length:
        return text, spans
    first = min((start for start, _ in spans), default=0)
    start = 0 if first < length // 3 else text.rfind(" ", 0, first - length // 4) + 1
    end = start + length
    if end < len(text):
        end = text.rfind(" ", start, end) if " " in text[start:end] else end
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    shift = len(prefix) - start
    moved = tuple((max(a, start) + shift, min(b, end) + shift) for a, b in spans
                  if b > start and a < end)
    return prefix + text[start:end] + suffix, moved
