"""Shared helpers for the catalog extraction scripts: reading the source and cleaning text."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CATALOG_DIR = ROOT / "resources" / "catalog"
SOURCE = CATALOG_DIR / "source" / "10pp-selected-materials-2011.txt"

FOOTNOTE_MARKERS = re.compile("[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")
EMPHASIS = re.compile(r"\*+|</?i>")
BULLET = re.compile(r"^\s*(?:- +)?(?:[\u27a4\u21d2\u2022] *)?")
SPACES = re.compile(r"[\s\u00a0]+")


def source_lines() -> list[str]:
    """The source file's lines; index 0 is line 1."""
    return SOURCE.read_text(encoding="utf-8").split("\n")


def line(n: int) -> str:
    """Physical line n (1-based) of the source."""
    return source_lines()[n - 1]


def clean(text: str) -> str:
    """Remove extraction artefacts and collapse whitespace; wording stays verbatim."""
    text = FOOTNOTE_MARKERS.sub("", text)
    text = EMPHASIS.sub("", text)
    text = text.replace("\t", " ")
    return SPACES.sub(" ", text).strip()


def strip_bullet(text: str) -> str:
    """Drop a leading '- ', '➤', '⇒' or '•' bullet."""
    return BULLET.sub("", text, count=1)


def join_lines(numbers: list[int]) -> str:
    """The cleaned text of several source lines joined with single spaces."""
    lines = source_lines()
    return clean(" ".join(strip_bullet(lines[n - 1]) for n in numbers))


def write_json(path: Path, data: object) -> None:
    """Write JSON the way every catalog file is written: UTF-8, 2-space indent, newline."""
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
