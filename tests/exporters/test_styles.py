"""How tall a wrapped text's row is made: the lines counted as textwrap wraps them."""

from __future__ import annotations

import random
import textwrap

from exporters.styles import MAX_LINES, text_lines

WORDS = ("asylum", "reception", "border", "monitoring", "a", "of", "national-level",
         "DES-SR-III-01;", "Ministère", "intérieur", "سياسة", "\u00a0", "x" * 45, "--", "-",
         "co-operation", "2026-03-01")
SPACES = (" ", " ", " ", " ", "  ", "\t", "\r", " \u00a0 ")


def _texts(rng: random.Random, count: int) -> list[str]:
    """Half plain (words of letters, single spaces), half anything."""
    texts = []
    for number in range(count):
        if number % 2:
            texts.append(" ".join(rng.choice(WORDS[:5]) for _ in range(rng.randint(1, 30))))
            continue
        parts = [rng.choice(WORDS) + rng.choice(SPACES) for _ in range(rng.randint(1, 30))]
        text = "".join(parts)
        texts.append(text if rng.random() < 0.5 else text.strip())
    return texts


def _textwrap_lines(text: str, width: int) -> int:
    """text_lines as it was, with textwrap wrapping every paragraph."""
    if len(text) <= width and "\n" not in text:
        return 1
    if len(text) > width * MAX_LINES:
        return MAX_LINES
    return min(sum(len(textwrap.wrap(part, width)) or 1 for part in text.split("\n")),
               MAX_LINES)


def test_the_lines_counted_are_the_lines_textwrap_wraps_to():
    """Counted word by word where that gives the same, else by textwrap itself: the rows are
    as tall as when textwrap wrapped every text (hyphens, tabs, runs of spaces, words longer
    than the column, non-breaking spaces)."""
    rng = random.Random(7)
    for text in _texts(rng, 3000) + ["", " ", "a", "a\nb", "\n\n", "x" * 300]:
        for width in (5, 12, 22, 28, 40, 50):
            assert text_lines(text, width) == _textwrap_lines(text, width), (text, width)
