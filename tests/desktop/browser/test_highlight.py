"""Highlights and excerpts: text stays escaped, and highlights stay on the matched words."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from desktop.browser.highlight import excerpt, highlighted_html


def test_highlighted_html_escapes_text_and_marks_spans():
    html = highlighted_html("a <b> & detention", ((8, 17),))
    assert html.startswith("a &lt;b&gt; &amp; <span ")
    assert html.endswith(">detention</span>")


def test_overlapping_or_empty_spans_do_not_repeat_text():
    html = highlighted_html("abcdef", ((1, 4), (2, 5), (5, 5)))
    assert re.sub(r"<[^>]+>", "", html) == "abcdef"


def test_short_texts_are_kept_whole():
    assert excerpt("short text", ((0, 5),)) == ("short text", ((0, 5),))


def test_excerpt_starts_near_the_first_match_and_keeps_the_highlight_on_it():
    text = " ".join(f"word{n}" for n in range(200)) + " detention " + "tail " * 50
    start = text.index("detention")
    cut, spans = excerpt(text, ((start, start + 9),), length=120)
    assert cut.startswith("… ") and cut.endswith(" …")
    assert [cut[a:b] for a, b in spans] == ["detention"]
    assert len(cut) <= 130


@st.composite
def text_and_spans(draw):
    words = draw(st.lists(st.text("abcdefgh", min_size=1, max_size=12), min_size=1,
                          max_size=150))
    text = " ".join(words)
    starts, position = [], 0
    for word in words:
        starts.append((position, position + len(word)))
        position += len(word) + 1
    chosen = draw(st.lists(st.sampled_from(starts), max_size=5, unique=True))
    return text, tuple(sorted(chosen))


@given(text_and_spans(), st.integers(min_value=40, max_value=400))
def test_excerpt_spans_point_at_the_same_words(sample, length):
    """Whatever is cut, a highlighted word in the excerpt is the word matched in the text."""
    text, spans = sample
    cut, moved = excerpt(text, spans, length)
    inside = [text[a:b] for a, b in spans]
    for a, b in moved:
        assert cut[a:b] and any(cut[a:b] in word for word in inside)
    if spans:
        first_start, first_end = spans[0]
        assert text[first_start:first_end] in cut
