"""Extract the Sana'a, Dakar and San José Summary Reports into catalog item files.

Writes resources/catalog/items/SAN-SR.json, DKR-SR.json and SJO-SR.json (format:
resources/catalog/README.md). Sections are found from their printed headings; items are the
bullets under each section's "Recommendations" heading up to the next section heading.
Counts, first lines, sub-headings and the Sana'a Annex I differences are asserted, so a
re-run on a drifted source fails loudly instead of writing different data.

Usage: python tools/catalog/extract_summaries_1.py
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import CATALOG_DIR, FOOTNOTE_MARKERS, clean, source_lines, strip_bullet, write_json  # noqa: E402

SRC = source_lines()

FOOTNOTE_BODY = re.compile("^[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]")
TOP_HEADING = re.compile(r"^(\d+)\. (\S.*)$")
SUB_HEADING = re.compile(r"^([a-z])\. (\S.*)$")
ROMAN_LABEL = re.compile(r"^([ivx]+\.)\s+")
TERMINAL = re.compile(r"[.:;?!]$")
REC_HEADINGS = ("Recommendations", "Recommendations:")


def L(n: int) -> str:
    """Physical source line n (1-based)."""
    return SRC[n - 1]


def is_blank(n: int) -> bool:
    return L(n).strip("\u00a0 \t") == ""


# ---------------------------------------------------------------------------
# Parsing a recommendation block


@dataclass
class Raw:
    """One item as found in the source, before codes are assigned."""

    lines: list[int]
    parts: list[str]              # the line texts, bullet removed
    subheading: str | None
    kind: str = "recommendation"
    label: str = ""
    notes: list[str] = field(default_factory=list)
    subs: list[Raw] = field(default_factory=list)
    unindented_sub: bool = False
    footnotes_after: list[int] = field(default_factory=list)

    def last_text(self) -> str:
        return clean(self.parts[-1])


@dataclass
class Block:
    items: list[Raw]
    intro_lines: list[int]
    subheading_lines: dict[str, int]


def parse_block(first: int, last: int, roman_labels: bool = False,
                subheading: str | None = None) -> Block:
    """Parse lines first..last (inclusive) of a recommendation list.

    - `- ` at column 0 is a recommendation; ` - ` (indented) is a sub-item of the previous one;
      a lower-case `- ` bullet right after a recommendation ending in ":" is a sub-item too
      (Sana'a L283 is printed without indent).
    - lines starting with a superscript digit are footnote bodies (skipped).
    - a non-bullet line continues the previous item if that item does not end in final
      punctuation and the line starts in lower case (page-break split); otherwise it is a
      sub-heading, or an intro sentence if it ends with ":".
    """
    items: list[Raw] = []
    intro: list[int] = []
    subheads: dict[str, int] = {}
    current: Raw | None = None          # the item most recently appended to (rec or sub)
    pending_footnotes: list[int] = []
    for n in range(first, last + 1):
        raw = L(n)
        if is_blank(n):
            continue
        if FOOTNOTE_BODY.match(raw):
            pending_footnotes.append(n)
            continue
        if pending_footnotes and current is not None:
            current.footnotes_after.extend(pending_footnotes)
        pending_footnotes = []
        if raw.startswith("- ") or re.match(r"^ +- ", raw):
            indented = not raw.startswith("- ")
            body = strip_bullet(raw)
            label = ""
            if roman_labels:
                m = ROMAN_LABEL.match(body)
                assert m, f"L{n}: expected a roman label: {raw[:60]!r}"
                label = m.group(1)
                body = body[m.end():]
            item = Raw(lines=[n], parts=[body], subheading=subheading, label=label)
            parent = items[-1] if items else None
            unindented_sub = (
                not indented and parent is not None and not parent.subs
                and parent.last_text().endswith(":") and clean(body)[:1].islower()
            )
            if indented or unindented_sub:
                assert parent is not None, f"L{n}: sub-item without a parent"
                item.kind = "sub_item"
                item.unindented_sub = unindented_sub
                parent.subs.append(item)
            else:
                items.append(item)
            current = item
            continue
        text = clean(raw)
        if current is not None and not TERMINAL.search(current.last_text()) and text[:1].islower():
            current.lines.append(n)
            current.parts.append(raw)
            continue
        if text.endswith(":"):
            intro.append(n)
            continue
        assert len(text) < 200 and not TERMINAL.search(text), f"L{n}: unexpected text {text[:60]!r}"
        subheading = text
        subheads[text] = n
        current = None
    return Block(items, intro, subheads)


def item_text(raw: Raw) -> str:
    return clean(" ".join(raw.parts))


# ---------------------------------------------------------------------------
# Finding sections


@dataclass
class Heading:
    line: int
    label: str
    title: str
    letter: bool


def headings(first: int, last: int, letters: bool) -> list[Heading]:
    found = []
    for n in range(first, last + 1):
        raw = L(n)
        m = TOP_HEADING.match(raw)
        if m and len(raw) < 200:
            found.append(Heading(n, m.group(1) + ".", clean(m.group(2)), False))
            continue
        m = SUB_HEADING.match(raw) if letters else None
        if m and len(raw) < 200:
            found.append(Heading(n, m.group(1) + ".", clean(m.group(2)), True))
    return found


def rec_heading(first: int, last: int) -> int:
    hits = [n for n in range(first, last + 1) if L(n).strip() in REC_HEADINGS]
    assert len(hits) == 1, f"L{first}-{last}: expected one Recommendations heading, got {hits}"
    return hits[0]


def no_rec_heading(first: int, last: int) -> None:
    hits = [n for n in range(first, last + 1) if L(n).strip() in REC_HEADINGS]
    assert not hits, f"L{first}-{last}: unexpected Recommendations heading at {hits}"


# ---------------------------------------------------------------------------
# Building the JSON


def areas(*pairs: tuple[int, str]) -> list[dict]:
    return [{"area": a, "basis": b} for a, b in sorted(pairs)]


INF, EXP = "inferred", "explicit"


def marker_note(raw: Raw) -> list[str]:
    notes = []
    for n, part in zip(raw.lines, raw.parts, strict=True):
        for m in FOOTNOTE_MARKERS.findall(part):
            notes.append(f"footnote marker {m} removed (L{n})")
    if raw.footnotes_after:
        ls = raw.footnotes_after
        span = f"L{ls[0]}" if len(ls) == 1 else f"L{ls[0]}\u2013{ls[-1]}"
        notes.append(f"footnote bodies at {span} follow this item inside the list; "
                     "not part of its text")
    if len(raw.lines) > 1:
        notes.append("page-break split joined: " + " + ".join(f"L{n}" for n in raw.lines))
    if raw.unindented_sub:
        notes.append(f"sub-bullet printed without indent (L{raw.lines[0]}); "
                     "nested from the parent's \"including through:\"")
    return notes


def build_items(section_code: str, block: Block, area_fn, hand_notes: dict[str, list[str]],
                extra_fn=None) -> list[dict]:
    out = []
    for i, rec in enumerate(block.items, start=1):
        code = f"{section_code}-{i:02d}"
        entries = [(code, i, rec, None)]
        for j, sub in enumerate(rec.subs):
            entries.append((f"{code}{chr(ord('a') + j)}", j + 1, sub, code))
        for c, ordinal, raw, parent in entries:
            item = {
                "code": c,
                "kind": raw.kind,
                "label": raw.label,
                "ordinal": ordinal,
                "parent": parent,
                "subheading": raw.subheading,
                "lines": raw.lines,
                "text": item_text(raw),
                "cited_as": None,
                "action_areas": area_fn(c, i, raw),
                "notes": marker_note(raw) + raw.notes + hand_notes.pop(c, []),
            }
            if extra_fn:
                extra_fn(c, raw, item)
            out.append(item)
    return out


def section_obj(code: str, key: str, label: str, title: str, line: int,
                parent: str | None, items: list[dict]) -> dict:
    return {"code": code, "key": key, "label": label, "title": title, "line": line,
            "parent": parent, "items": items}


def first_lines(items: list[dict]) -> list[int]:
    return [it["lines"][0] for it in items]


def counts(sections: list[dict]) -> tuple[list[int], int]:
    recs = [sum(1 for it in s["items"] if it["kind"] == "recommendation")
            for s in sections if s["items"]]
    subs = sum(1 for s in sections for it in s["items"] if it["kind"] == "sub_item")
    return recs, subs


# ---------------------------------------------------------------------------
# Sana'a Summary Report (L190-437), Annex I (L439-552)

SAN_FIRST, SAN_LAST = 207, 436          # "1. Root causes" .. last recommendation; L437 sign-off
SAN_ANNEX_FIRST, SAN_ANNEX_LAST = 441, 552
SAN_EXPECTED = {                        # first line of every item in order (inventory 2.1)
    "1": [221],
    "2": [243, 244, 245, 249, 250, 251, 252, 256, 257],
    "3": [277, 281, 283, 284, 285, 286, 287, 288, 289, 293, 294, 298, 299, 300, 301],
    "4": [315, 316, 317, 318, 319, 320, 321, 323, 324, 325],
    "5": [339, 343, 344, 345],
    "6": [363, 364, 365, 366, 367],
    "7": [381, 382, 383, 384, 385],
    "8": [403, 404, 405, 406],
    "9": [424, 425, 426, 430, 434, 435],
}
SAN_COUNTS = [1, 9, 9, 5, 4, 5, 5, 4, 6]
SAN_SUBS = 11
SAN_SUBHEADINGS = {
    "2": ["At national level", "At regional level", "At international level"],
    "3": ["Crime prevention and victim protection", "Establishing Search and Rescue facilities",
          "Detention and voluntary return"],
    "9": ["Information about the mixed migration situation",
          "Improving access to information for refugees and migrants"],
}
SAN_ANNEX_DIFFERS = {"SAN-SR-2-09", "SAN-SR-4-01", "SAN-SR-4-01d"}
SAN_SECTION_AREAS = {
    "1": [], "2": [(1, INF)], "3": [(3, INF)], "4": [(3, INF)], "5": [(4, INF)],
    "6": [(5, INF), (6, INF)], "7": [(6, INF), (7, INF)], "8": [(9, INF)],
    "9": [(2, INF), (10, INF)],
}
SAN_NOTES = {
    "SAN-SR-2-07": ["duplicated words \"through which through\" kept as printed"],
    "SAN-SR-2-09": ["Annex I copy (L463) omits \"and/or IDPs\" and \"IDP-\"; see annex.text"],
    "SAN-SR-4-01": ["typo \"Deploping\" (for \"Deploring\") kept as printed; "
                    "the Annex I copy (L494) has \"Deploing\""],
    "SAN-SR-4-01d": ["ends with \";\" here and with \".\" in the Annex I copy (L498)"],
    "SAN-SR-5-02": ["punctuation \u2018Integrated reception centers.\u2019 where \u2026 "
                    "kept as printed"],
    "SAN-SR-5-01": ["the Annex I copy (L508) is on one line"],
    "SAN-SR-7-01": ["the Annex I copy is split by a page break: L523 + L525"],
    "SAN-SR-9-04": ["the Annex I copy (L550) is on one line"],
    **{f"SAN-SR-3-0{n}": ["action area 9 instead of the section's 3 "
                          "(inventory 6.2: detention/return items \u2192 9)"]
       for n in (6, 7, 8, 9)},
}


def san_areas(code: str, ordinal: int, raw: Raw) -> list[dict]:
    key = code.split("-")[2]
    if key == "3" and raw.subheading == "Detention and voluntary return":
        return areas((9, INF))            # inventory 6.2: detention/return items -> 9
    return areas(*SAN_SECTION_AREAS[key])


def san_annex_items() -> tuple[list[Raw], Block]:
    """The Annex I items in order (recommendations followed by their sub-items)."""
    block = parse_block(SAN_ANNEX_FIRST, SAN_ANNEX_LAST)
    flat = []
    for rec in block.items:
        flat.append(rec)
        flat.extend(rec.subs)
    return flat, block


def extract_sanaa() -> dict:
    heads = headings(SAN_FIRST, SAN_LAST, letters=False)
    assert [h.label for h in heads] == [f"{k}." for k in range(1, 10)], heads
    sections = []
    notes = {k: list(v) for k, v in SAN_NOTES.items()}
    for idx, h in enumerate(heads):
        key = h.label.rstrip(".")
        end = heads[idx + 1].line - 1 if idx + 1 < len(heads) else SAN_LAST
        rh = rec_heading(h.line + 1, end)
        block = parse_block(rh + 1, end)
        assert not block.intro_lines, block.intro_lines
        assert list(block.subheading_lines) == SAN_SUBHEADINGS.get(key, []), \
            (key, block.subheading_lines)
        code = f"SAN-SR-{key}"
        items = build_items(code, block, san_areas, notes)
        assert first_lines(items) == SAN_EXPECTED[key], (key, first_lines(items))
        sections.append(section_obj(code, key, h.label, h.title, h.line, None, items))
    assert not notes, f"hand notes for unknown codes: {notes}"
    recs, subs = counts(sections)
    assert recs == SAN_COUNTS and sum(recs) == 48 and subs == SAN_SUBS, (recs, subs)

    # Annex I: the same 48 + 11 items, in the same order, under the same (unnumbered) headings.
    annex, annex_block = san_annex_items()
    main = [it for s in sections for it in s["items"]]
    assert len(annex) == len(main) == 59, (len(annex), len(main))
    pos = SAN_ANNEX_FIRST - 1
    for s in sections:                   # section titles repeated, in order, without numbers
        pos = next(n for n in range(pos + 1, SAN_ANNEX_LAST + 1) if clean(L(n)) == s["title"])
    differs = set()
    for it, ax in zip(main, annex, strict=True):
        assert it["kind"] == ax.kind, (it["code"], ax.lines)
        if it["subheading"] is not None:
            assert ax.subheading == it["subheading"], (it["code"], ax.subheading)
        ax_text = item_text(ax)
        same = ax_text == it["text"]
        if not same:
            differs.add(it["code"])
        it["annex"] = {"lines": ax.lines, "text": None if same else ax_text}
    assert differs == SAN_ANNEX_DIFFERS, differs
    return {"code": "SAN-SR", "event": "SAN", "document": "SR", "sections": sections}


# ---------------------------------------------------------------------------
# Dakar Summary Report (L741-1112)

DKR_FIRST, DKR_LAST = 771, 1111         # "1. Solutions ..." .. last recommendation; L1112 sign-off
DKR_EXPECTED = {
    "1": [809, 810, 811, 812, 813, 814, 815, 819, 820, 821, 823, 824],
    "2": [880, 881, 885, 886, 887, 888],
    "3": [950, 951, 955, 956, 957, 958, 959, 960, 961],
    "4": [983, 984, 988, 989, 990, 991],
    "5": [1013, 1014, 1018, 1019, 1020, 1021],
    "6": [1037, 1041],
    "7": [1063, 1064, 1065],
    "8": [1097, 1098, 1099, 1103, 1104, 1105, 1106, 1110],
}
DKR_COUNTS = [10, 6, 9, 6, 6, 2, 1, 8]
DKR_SUBS = 4
DKR_INTROS = {"3": [946], "5": [1009]}
REG_NAT = ["At regional level", "At national level"]
DKR_SUBHEADINGS = {
    "1": REG_NAT, "2": REG_NAT, "3": REG_NAT, "4": REG_NAT, "5": REG_NAT, "6": REG_NAT,
    "7": ["At national level"],
    "8": ["Legal migration within the ECOWAS region", "Legal migration outside the ECOWAS region",
          "Protection of the rights of migrant workers"],
}
DKR_SECTION_AREAS = {
    "1": [(7, INF), (9, INF)], "2": [(6, INF), (8, INF)], "3": [(5, INF), (6, INF)],
    "4": [(3, INF)], "5": [],
    "6": [(9, EXP)], "7": [(9, EXP)], "8": [(9, EXP)],
}
DKR_NOTES = {
    "DKR-SR-3-01": ["the list is introduced by a sentence that is not an item (L946: \"\u2026 "
                    "participants agreed on the following recommendations:\"); "
                    "the item is an infinitive clause completing it"],
    "DKR-SR-3-02": ["infinitive clause completing the intro sentence at L946"],
    "DKR-SR-5-01": ["the list is introduced by a sentence that is not an item (L1009: "
                    "\"Participants reaffirmed \u2026 made the following suggestions:\")"],
    **{f"DKR-SR-7-01{x}": ["indented sub-bullet elaborating the recommendation "
                           "(the parent does not end with a lead-in)"] for x in "ab"},
}


def dkr_areas(code: str, ordinal: int, raw: Raw) -> list[dict]:
    return areas(*DKR_SECTION_AREAS[code.split("-")[2]])


def extract_dakar() -> dict:
    heads = headings(DKR_FIRST, DKR_LAST, letters=False)
    assert [h.label for h in heads] == [f"{k}." for k in range(1, 9)], heads
    sections = []
    notes = {k: list(v) for k, v in DKR_NOTES.items()}
    for idx, h in enumerate(heads):
        key = h.label.rstrip(".")
        end = heads[idx + 1].line - 1 if idx + 1 < len(heads) else DKR_LAST
        rh = rec_heading(h.line + 1, end)
        block = parse_block(rh + 1, end)
        assert block.intro_lines == DKR_INTROS.get(key, []), (key, block.intro_lines)
        assert list(block.subheading_lines) == DKR_SUBHEADINGS[key], (key, block.subheading_lines)
        code = f"DKR-SR-{key}"
        items = build_items(code, block, dkr_areas, notes)
        assert first_lines(items) == DKR_EXPECTED[key], (key, first_lines(items))
        sections.append(section_obj(code, key, h.label, h.title, h.line, None, items))
    assert not notes, f"hand notes for unknown codes: {notes}"
    recs, subs = counts(sections)
    assert recs == DKR_COUNTS and sum(recs) == 48 and subs == DKR_SUBS, (recs, subs)
    return {"code": "DKR-SR", "event": "DKR", "document": "SR", "sections": sections}


# ---------------------------------------------------------------------------
# San José Summary Report (L1300-1636)

SJO_FIRST, SJO_LAST = 1355, 1636        # body from "1. Respecting ..." (the TOC is L1310-1328)
SJO_PARENTS = {"3", "5"}                # sections whose lettered sub-sections carry the lists
SJO_BLOCKS = ["1", "2", "3a", "3b", "3c", "3d", "4", "5a", "5b"]
SJO_EXPECTED = {
    "1": [1395, 1396, 1397, 1398, 1399, 1400, 1401, 1407, 1408],
    "2": [1420, 1428, 1429],
    "3a": [1455, 1456, 1457, 1458, 1459, 1460],
    "3b": [1488, 1489, 1490, 1491, 1492, 1493, 1501, 1502, 1503],
    "3c": [1527, 1528, 1529, 1530, 1531, 1532, 1533, 1537],
    "3d": [1551, 1552, 1557, 1558, 1559, 1560],
    "4": [1574, 1575, 1576, 1577],
    "5a": [1589, 1590, 1596],
    "5b": [1625, 1626, 1627, 1628, 1632, 1633, 1634, 1635],
}
SJO_COUNTS = [9, 3, 6, 9, 8, 6, 4, 3, 8]
ROMANS = ["i.", "ii.", "iii.", "iv.", "v.", "vi.", "vii.", "viii.", "ix."]
SJO_LABELS = {k: ROMANS[:n] for k, n in zip(SJO_BLOCKS, SJO_COUNTS, strict=True)}
SJO_LABELS["3c"] = ["i.", "ii.", "iii.", "iii.", "iv.", "v.", "vi.", "vii."]
SJO_MISSING_OPEN = {                    # inventory 7.3: opening * missing after the label
    "3a": [1, 2, 3, 4, 5, 6], "3b": [1, 2, 3, 4, 5, 6], "5b": [1, 2, 3, 4],
}
SJO_SECTION_AREAS = {
    "1": [(3, INF), (4, EXP)], "2": [(5, EXP)],
    "3a": [(6, EXP)], "3b": [(6, EXP)], "3c": [(6, EXP)],
    "3d": [(5, INF), (6, EXP)], "4": [(7, INF)], "5a": [(1, EXP)], "5b": [(1, EXP)],
}
SJO_NOTES = {
    "SJO-SR-3c-03": ["duplicate printed label iii. (the next item, SJO-SR-3c-04, is also iii.); "
                     "ordinal counted as the item appears"],
    "SJO-SR-3c-04": ["duplicate printed label iii. (the previous item, SJO-SR-3c-03, is also "
                     "iii.); ordinal counted as the item appears, labels iv.\u2013vii. follow"],
    "SJO-SR-3a-02": ["typo \"twining\" (for \"twinning\") kept as printed"],
    "SJO-SR-5a-02": ["the italic span closes before the page break (\"in the form of*\"); "
                     "the continuation L1594 is plain text"],
    "SJO-SR-4-02": ["action area 9 added for regularization "
                    "(inventory 6.2: \"+9 for return/regularization\")"],
    **{f"SJO-SR-4-0{n}": ["action area 9 added for return "
                         "(inventory 6.2: \"+9 for return/regularization\")"] for n in (3, 4)},
    "SJO-SR-5b-08": ["action area 2 instead of the section's 1 "
                     "(inventory 6.2: \"5.b viii \u2192 2\")"],
}


def sjo_areas(code: str, ordinal: int, raw: Raw) -> list[dict]:
    key = code.split("-")[2]
    if key == "4" and ordinal in (2, 3, 4):     # regularization, return, return funds
        return areas((7, INF), (9, INF))
    if key == "5b" and ordinal == 8:            # regional data-exchange and analysis
        return areas((2, INF))
    return areas(*SJO_SECTION_AREAS[key])


def extract_san_jose() -> dict:
    heads = headings(SJO_FIRST, SJO_LAST, letters=True)
    tops = [h for h in heads if not h.letter]
    assert [h.label for h in tops] == [f"{k}." for k in range(1, 6)], tops
    sections = []
    notes = {k: list(v) for k, v in SJO_NOTES.items()}
    idx = 0
    while idx < len(heads):
        h = heads[idx]
        nxt = next((j for j in range(idx + 1, len(heads)) if not heads[j].letter), len(heads))
        end = heads[nxt].line - 1 if nxt < len(heads) else SJO_LAST
        key = h.label.rstrip(".")
        children = heads[idx + 1:nxt]
        if key in SJO_PARENTS:
            no_rec_heading(h.line + 1, children[0].line - 1)
            sections.append(section_obj(f"SJO-SR-{key}", key, h.label, h.title, h.line, None, []))
            blocks = []
            for c_idx, ch in enumerate(children):
                c_end = children[c_idx + 1].line - 1 if c_idx + 1 < len(children) else end
                blocks.append((key + ch.label.rstrip("."), ch, c_end, f"SJO-SR-{key}"))
        else:
            if children:                # 1.a / 1.b: one list after 1.b covering both
                assert key == "1" and [c.label for c in children] == ["a.", "b."], children
                no_rec_heading(h.line + 1, children[-1].line - 1)
            blocks = [(key, h, end, None)]
        for bkey, bh, bend, parent in blocks:
            rh = rec_heading(bh.line + 1, bend)
            block = parse_block(rh + 1, bend, roman_labels=True)
            assert not block.intro_lines and not block.subheading_lines, (bkey, block)
            code = f"SJO-SR-{bkey}"
            for pos, raw in enumerate(block.items, start=1):
                if pos in SJO_MISSING_OPEN.get(bkey, []):
                    assert not raw.parts[0].startswith("*"), (bkey, pos)
                    assert raw.parts[-1].rstrip().endswith("*"), (bkey, pos)
                    raw.notes.append("opening italics asterisk missing in the source "
                                     "(closing * only); emphasis removed")
                else:
                    assert raw.parts[0].startswith("*"), (bkey, pos, raw.parts[0][:40])
                if bkey == "1":
                    raw.notes.append("the list follows sub-section 1.b (L1375) and covers 1.a "
                                     "(L1363) and 1.b; action areas of both applied")
            items = build_items(code, block, sjo_areas, notes)
            assert first_lines(items) == SJO_EXPECTED[bkey], (bkey, first_lines(items))
            labels = [it["label"] for it in items]
            assert labels == SJO_LABELS[bkey], (bkey, labels)
            assert all(not it["label"] or not it["text"].startswith(it["label"]) for it in items)
            sections.append(section_obj(code, bkey, bh.label, bh.title, bh.line, parent, items))
        idx = nxt
    assert not notes, f"hand notes for unknown codes: {notes}"
    assert [s["key"] for s in sections] == \
        ["1", "2", "3", "3a", "3b", "3c", "3d", "4", "5", "5a", "5b"]
    recs, subs = counts(sections)
    assert recs == SJO_COUNTS and sum(recs) == 56 and subs == 0, (recs, subs)
    return {"code": "SJO-SR", "event": "SJO", "document": "SR", "sections": sections}


def main() -> int:
    out = CATALOG_DIR / "items"
    out.mkdir(parents=True, exist_ok=True)
    for name, doc in (("SAN-SR", extract_sanaa()), ("DKR-SR", extract_dakar()),
                      ("SJO-SR", extract_san_jose())):
        write_json(out / f"{name}.json", doc)
        recs, subs = counts(doc["sections"])
        print(f"{name}: {sum(recs)} recommendations {recs}, {subs} sub-items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
