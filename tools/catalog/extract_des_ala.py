"""Extract the Dar es Salaam Summary Report and Action Plan, Almaty Summary Report and Declaration.

Usage: python tools/catalog/extract_des_ala.py

Writes resources/catalog/items/DES-SR.json, ALA-SR.json, DES-AP.json and ALA-DECL.json.
Items are derived from the source text; the counts, headings and the cross-reference flags
of the seed inventory (catalog-inventory.md, sections 2.4, 2.5, 3, 4.1, 6.2) are asserted,
so a source or parser drift fails loudly instead of producing a different catalog.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import CATALOG_DIR, clean, source_lines, strip_bullet, write_json  # noqa: E402

SRC = source_lines()
ITEMS_DIR = CATALOG_DIR / "items"

# Document line ranges (1-based, inclusive), checked against their first/last lines below.
DES_SR_RANGE = (1797, 2152)
DES_AP_RANGE = (2153, 2389)
ALA_SR_RANGE = (2561, 2790)
ALA_DECL_RANGE = (2791, 2808)

ROMAN_HEADING = re.compile(r"^(I|II|III|IV|V|VI|VII|VIII)\. (\S.*)$")
RECOMMENDATION = re.compile(r"^- ([ivxl]+\.) (.*)$")
FOOTNOTE_BODY = re.compile("^[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]")
TARGET = re.compile(r"^(?:- )?\u21d2 ")
ACTION = re.compile(r"^\u27a4 ")
PARAGRAPH = re.compile(r"^(\d+\.) (.*)$")
COLUMN_HEADER = "<i>Conference Recommendation(s)</i>"
XREF_GROUP = re.compile(r"(?:([IVX]+)\s*)?\(([ivxlIVXL]+)\)")


def line(n: int) -> str:
    return SRC[n - 1]


def roman(n: int) -> str:
    """Lower-case roman numeral for 1..39."""
    out = ""
    for value, digits in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += digits
            n -= value
    return out


def ends_sentence(text: str) -> bool:
    """True when a line ends a sentence (closing emphasis and quotes ignored)."""
    return text.rstrip().rstrip("*\u201d\"'").rstrip()[-1:] in ".:;?!"


def areas(*pairs: tuple[int, str]) -> list[dict]:
    return [{"area": a, "basis": b} for a, b in sorted(pairs)]


def item(
    code: str,
    kind: str,
    label: str,
    ordinal: int,
    lines: list[int],
    text: str,
    *,
    subheading: str | None = None,
    parent: str | None = None,
    cited_as: str | None = None,
    action_areas: list[dict] | None = None,
    notes: list[str] | None = None,
) -> dict:
    return {
        "code": code,
        "kind": kind,
        "label": label,
        "ordinal": ordinal,
        "parent": parent,
        "subheading": subheading,
        "lines": lines,
        "text": text,
        "cited_as": cited_as,
        "action_areas": action_areas or [],
        "notes": notes or [],
    }


def section(code: str, key: str, label: str, title: str, line_no: int, items: list[dict]) -> dict:
    return {
        "code": code,
        "key": key,
        "label": label,
        "title": title,
        "line": line_no,
        "parent": None,
        "items": items,
    }


def check_ranges() -> None:
    assert line(DES_SR_RANGE[0]).startswith(
        "Regional Conference on Refugee Protection and International Migration: Mixed"
    )
    assert line(DES_SR_RANGE[0] + 2) == "Dar es Salaam, Tanzania, 6-7 September, 2010"
    assert line(DES_AP_RANGE[0]) == line(DES_SR_RANGE[0])
    assert line(DES_AP_RANGE[0] + 4) == "Action Plan"
    assert line(DES_AP_RANGE[1] + 2).startswith("REGIONAL CONFERENCE ON REFUGEE PROTECTION")
    assert (
        line(ALA_SR_RANGE[0])
        == "Regional Conference on Refugee Protection and International Migration in Central Asia"
    )
    assert line(ALA_DECL_RANGE[0]) == "Original version"
    assert line(ALA_DECL_RANGE[0] + 2) == "Almaty Declaration"


# --------------------------------------------------------------------------------------------
# Summary Reports: "Recommendations:" blocks with "- i." items
# --------------------------------------------------------------------------------------------


def parse_recommendation_block(start: int, end: int) -> list[dict]:
    """Recommendations between a 'Recommendations:' line and end: label, subheading, lines, notes.

    A non-item line after an item that does not end a sentence is that item's page-break
    continuation; any other plain line is a sub-heading; footnote bodies are skipped.
    """
    assert line(start) == "Recommendations:", (start, line(start))
    recs: list[dict] = []
    subheading = None
    for n in range(start + 1, end + 1):
        text = line(n)
        if not text.strip():
            continue
        if FOOTNOTE_BODY.match(text):
            assert recs, f"footnote before first item at L{n}"
            recs[-1]["footnotes"].append(n)
            continue
        m = RECOMMENDATION.match(text)
        if m:
            recs.append(
                {
                    "label": m.group(1),
                    "subheading": subheading,
                    "lines": [n],
                    "first": m.group(2),
                    "footnotes": [],
                    "notes": [],
                }
            )
            continue
        if recs and not ends_sentence(line(recs[-1]["lines"][-1])):
            prev = recs[-1]["lines"][-1]
            recs[-1]["lines"].append(n)
            note = f"page-break split joined: L{prev} + L{n}"
            if text[0].isupper():
                note += f" (the continuation starts with a capital: {text.split()[0]!r})"
            recs[-1]["notes"].append(note)
            continue
        subheading = clean(text)
    for rec in recs:
        rec["text"] = clean(" ".join([rec["first"]] + [line(n) for n in rec["lines"][1:]]))
        if rec["footnotes"]:
            fn = rec["footnotes"]
            rec["notes"].append(
                f"footnote bodies L{fn[0]}\u2013L{fn[-1]} (of the narrative) follow this item "
                "in the source; not part of its text"
            )
    labels = [r["label"] for r in recs]
    assert labels == [roman(i) + "." for i in range(1, len(recs) + 1)], labels
    return recs


def unbalanced_italics(rec: dict) -> bool:
    raw = " ".join([rec["first"]] + [line(n) for n in rec["lines"][1:]])
    return "*" in raw and not raw.startswith("*")


DES_SR_TITLES = {
    "I": "Respecting human rights of people on the move, irrespective of status",
    "II": "Enhancing legal migration: alternatives to irregular migration",
    "III": "Ensuring protection for refugees arriving in mixed migratory movements",
    "IV": "Managing borders and addressing security concerns while ensuring protection",
    "V": "Different people different needs: determining profiles and responsibilities",
    "VI": "Return of persons not in need of international protection",
    "VII": "Data collection and information gaps",
    "VIII": "Enhancing cooperation and coordination among States, and with other "
    "actors, in responding to mixed migratory flows",
}
DES_SR_COUNTS = {"I": 8, "II": 9, "III": 7, "IV": 7, "V": 11, "VI": 5, "VII": 8, "VIII": 9}
DES_SR_SUBHEADINGS = {
    "V": {"Children": ["v.", "vi.", "vii."], "Trafficked persons": ["viii.", "ix.", "x.", "xi."]},
    "VIII": {
        "At the national level": ["i.", "ii.", "iii."],
        "At the bi-lateral, sub-regional and regional levels": [
            "iv.",
            "v.",
            "vi.",
            "vii.",
            "viii.",
            "ix.",
        ],
    },
}
# Inventory 6.2, Dar es Salaam rows; "—" sections get no areas.
DES_SR_AREAS = {
    "I": areas(),
    "II": areas((9, "inferred")),
    "III": areas((4, "inferred"), (7, "inferred"), (8, "inferred")),
    "IV": areas((3, "inferred")),
    "V": areas((5, "explicit"), (6, "explicit")),
    "VI": areas((9, "inferred")),
    "VII": areas((2, "explicit")),
    "VIII": areas((1, "inferred")),
}
# Source inconsistencies a reviewer should see (inventory 7.7); the quoted words must occur.
DES_SR_NOTES = {
    "DES-SR-II-05": (
        "2005 Multilateral ILO Framework",
        "the narrative (L1885) calls it the \u201c2006 ILO Multilateral "
        "Framework\u201d; kept as printed",
    ),
    "DES-SR-II-09": (
        "Africa Union",
        "\u201cAfrica Union\u201d (for African Union) kept as printed",
    ),
    "DES-SR-IV-04": (
        "by Air, Sea or Land",
        "instrument title printed \u201cby Air, Sea or Land\u201d (footnote L1973: "
        "\u201cby Land, Sea and Air\u201d)",
    ),
    "DES-SR-III-06": (
        "shall have access to UNHCR, civil society and legal representatives should be ensured",
        "sentence garbled in the source (\u201cshall have access \u2026 should be "
        "ensured\u201d); kept as printed",
    ),
}


def extract_des_sr() -> dict:
    lo, hi = DES_SR_RANGE
    headings = [
        (n, *ROMAN_HEADING.match(line(n)).groups())
        for n in range(lo, hi + 1)
        if ROMAN_HEADING.match(line(n))
    ]
    assert [h[1] for h in headings] == list(DES_SR_TITLES), headings
    sections = []
    italics = 0
    for i, (head, key, title) in enumerate(headings):
        assert title == DES_SR_TITLES[key], (key, title)
        end = headings[i + 1][0] - 1 if i + 1 < len(headings) else hi
        starts = [n for n in range(head, end + 1) if line(n) == "Recommendations:"]
        assert len(starts) == 1, (key, starts)
        recs = parse_recommendation_block(starts[0], end)
        assert len(recs) == DES_SR_COUNTS[key], (key, len(recs))
        expected_subs = DES_SR_SUBHEADINGS.get(key, {})
        got_subs: dict[str, list[str]] = {}
        for r in recs:
            if r["subheading"]:
                got_subs.setdefault(r["subheading"], []).append(r["label"])
        assert got_subs == expected_subs, (key, got_subs)
        items = []
        for ordinal, r in enumerate(recs, 1):
            code = f"DES-SR-{key}-{ordinal:02d}"
            italics += unbalanced_italics(r)
            notes = list(r["notes"])
            if code in DES_SR_NOTES:
                words, note = DES_SR_NOTES[code]
                assert words in r["text"], code
                notes.append(note)
            items.append(
                item(
                    code,
                    "recommendation",
                    r["label"],
                    ordinal,
                    r["lines"],
                    r["text"],
                    subheading=r["subheading"],
                    cited_as=f"{key} ({r['label'][:-1]})",
                    action_areas=DES_SR_AREAS[key],
                    notes=notes,
                )
            )
        sections.append(section(f"DES-SR-{key}", key, f"{key}.", title, head, items))
    assert sum(len(s["items"]) for s in sections) == 64
    assert italics == 22, italics  # inventory 7.3: 22 DeS items lack the opening '*'
    return {"code": "DES-SR", "event": "DES", "document": "SR", "sections": sections}


ALA_SR_TITLES = [
    "Managing borders, ensuring national security while ensuring protection",
    "Strengthening integration of refugees, stateless persons and minorities in host countries",
    "Strengthening reintegration of returnees and returning migrants in countries of origin",
    "Preventing trafficking and protecting the victims \u2013 with specific attention "
    "to child trafficking",
    "Developing legal migration opportunities and gender-sensitive migration policies",
    "Reinforcing partnerships",
    "Developing information and awareness-raising strategies",
]
ALA_SR_HEADING_LINES = [2614, 2636, 2664, 2684, 2718, 2746, 2773]
ALA_SR_COUNTS = [5, 7, 6, 12, 5, 9, 6]
ALA_SR_JOINS = {
    "ALA-SR-A2-07": [2660, 2662],
    "ALA-SR-A3-02": [2675, 2677],
    "ALA-SR-A5-05": [2742, 2744],
}
# Inventory 6.2, Almaty rows.
ALA_SR_AREAS = [
    areas((3, "explicit"), (4, "explicit"), (5, "explicit")),
    areas((7, "explicit")),
    areas((7, "explicit")),
    areas((5, "inferred"), (6, "inferred")),
    areas((9, "explicit")),
    areas((1, "inferred"), (2, "inferred")),
    areas((10, "explicit")),
]


def extract_ala_sr() -> dict:
    lo, hi = ALA_SR_RANGE
    heads = []
    for title in ALA_SR_TITLES:
        found = [n for n in range(lo, hi + 1) if line(n) == title]
        assert len(found) == 1, (title, found)
        heads.append(found[0])
    assert heads == ALA_SR_HEADING_LINES, heads
    sections = []
    joined = {}
    for i, (head, title) in enumerate(zip(heads, ALA_SR_TITLES, strict=True)):
        key = f"A{i + 1}"
        end = heads[i + 1] - 1 if i + 1 < len(heads) else hi
        starts = [n for n in range(head, end + 1) if line(n) == "Recommendations:"]
        assert len(starts) == 1, (key, starts)
        recs = parse_recommendation_block(starts[0], end)
        assert len(recs) == ALA_SR_COUNTS[i], (key, len(recs))
        assert not any(r["subheading"] for r in recs), key
        assert not any("*" in line(n) for r in recs for n in r["lines"]), key
        items = []
        for ordinal, r in enumerate(recs, 1):
            code = f"ALA-SR-{key}-{ordinal:02d}"
            if len(r["lines"]) > 1:
                joined[code] = r["lines"]
            items.append(
                item(
                    code,
                    "recommendation",
                    r["label"],
                    ordinal,
                    r["lines"],
                    r["text"],
                    action_areas=ALA_SR_AREAS[i],
                    notes=r["notes"],
                )
            )
        sections.append(section(f"ALA-SR-{key}", key, "", title, head, items))
    assert joined == ALA_SR_JOINS, joined
    assert sum(len(s["items"]) for s in sections) == 50
    return {"code": "ALA-SR", "event": "ALA", "document": "SR", "sections": sections}


# --------------------------------------------------------------------------------------------
# Action Plan
# --------------------------------------------------------------------------------------------

DES_AP_TITLES = {
    "I": "Legislative and policy reform",
    "II": "Capacity-building",
    "III": "Operations",
    "IV": "Communication and outreach",
    "V": "Data collection and analysis",
    "VI": "Cooperation and coordination",
}
DES_AP_TARGETS = {"I": 2, "II": 4, "III": 5, "IV": 3, "V": 5, "VI": 6}
DES_AP_ACTIONS = {"I": 22, "II": 3, "III": 8, "IV": 4, "V": 10, "VI": 11}
DES_AP_SUBHEADINGS = {"I": 7, "II": 2, "III": 5, "IV": 2, "V": 4, "VI": 3}
DES_AP_I_GROUPS = {
    "International and regional instruments": 4,
    "Bilateral and regional frameworks for legal migration": 2,
    "Refugee protection": 4,
    "Counter-trafficking & counter-smuggling": 3,
    "Legal migration": 5,
    "Child protection": 2,
    "Detention": 2,
}
RETURN_SUBHEADING = (
    "Return and re-integration arrangements "
    "(see Chapter VI for cross-border and regional cooperation on return)"
)
# Inventory 6.2: AP I and II are cross-cutting; III is mapped per sub-heading (and, for the
# targets, which have no sub-heading, per content); IV -> 10, V -> 2 (E), VI -> 1.
DES_AP_AREAS = {
    "I": areas(),
    "II": areas(),
    "IV": areas((10, "inferred")),
    "V": areas((2, "explicit")),
    "VI": areas((1, "inferred")),
}
DES_AP_III_AREAS = {
    "Profiling and referral mechanisms": areas((5, "explicit")),
    "Reception arrangements": areas((4, "explicit")),
    "Counselling": areas(),
    RETURN_SUBHEADING: areas((9, "inferred")),
    "National Human Rights Institutions": areas(),
}
# By target ordinal: border teams, reception, profiling/referral, NHRI, counselling.
DES_AP_III_TARGET_AREAS = {
    1: areas((3, "inferred")),
    2: areas((4, "explicit")),
    3: areas((5, "explicit")),
    4: areas(),
    5: areas(),
}
DES_AP_III_TARGET_WORDS = {
    1: "multi-stakeholder border management teams",
    2: "Reception arrangements",
    3: "Profiling and referral mechanisms",
    4: "national human rights institution",
    5: "Counseling program",
}
# The 16 actions inventory 3.2 flags (its global IDs A01-A58 in brackets); the printed
# references named here are marked suspect, with the inventory's reason.
SUSPECT = {
    "DES-AP-I-A11": (
        "A11",
        {
            "I (iii)": "I (iii) is about training judges and prosecutors; the content "
            "matches IV (v) (and I (vii))"
        },
    ),
    "DES-AP-I-A15": (
        "A15",
        {
            "I (vii)": "I (vii) is decriminalisation and prosecution of smugglers; "
            "regularization is II (vii)"
        },
    ),
    "DES-AP-I-A17": (
        "A17",
        {
            "VI (v)": "VI (v) is information-sharing and pre-return counselling; "
            "employment agencies are in II (vi)"
        },
    ),
    "DES-AP-I-A18": (
        "A18",
        {
            "III (ix)": "no recommendation III (ix): Summary Report III has i\u2013vii; "
            "AU migration policy frameworks are II (ix)"
        },
    ),
    "DES-AP-I-A19": (
        "A19",
        {
            "V (viii)": "V (viii) is ratification of the trafficking Protocol; best "
            "interest determinations are V (vii)"
        },
    ),
    "DES-AP-I-A20": (
        "A20",
        {
            "V (viii)": "V (viii) is ratification of the trafficking Protocol; family "
            "reunification is V (vii)"
        },
    ),
    "DES-AP-I-A21": (
        "A21",
        {"I (iv)": "I (iv) is about national human rights institutions; detention is I (vi)"},
    ),
    "DES-AP-I-A22": (
        "A22",
        {"I (iv)": "I (iv) is about national human rights institutions; detention is I (vi)"},
    ),
    "DES-AP-II-A02": (
        "A24",
        {
            "III (iii)": "III (iii) is UNHCR's supportive role; "
            "training/capacity-building is III (ii)"
        },
    ),
    "DES-AP-II-A03": (
        "A25",
        {
            "VII (viii)": "VII (viii) is research beyond South Africa; "
            "capacity-building by international organizations is VIII (viii)"
        },
    ),
    "DES-AP-III-A04": (
        "A29",
        {
            "VI (v)": "VI (v) is information and pre-return counselling; counselling "
            "soon after arrival is V (iii) "
            "(the codes of this action and the next look swapped); printed twice"
        },
    ),
    "DES-AP-III-A05": (
        "A30",
        {
            "V (iii)": "V (iii) is post-arrival counselling; pre-return counselling is VI (v) "
            "(the codes of this action and the previous one look swapped)"
        },
    ),
    "DES-AP-III-A07": (
        "A32",
        {
            "IV (iv)": "IV (iv) is ratification of the smuggling/trafficking Protocols; "
            "reintegration is VI (iv)"
        },
    ),
    "DES-AP-IV-A04": (
        "A37",
        {
            "IV (III)": "printed with an upper-case numeral; read as IV (iii) (training "
            "of border officials), "
            "which fits the journalists' workshop poorly"
        },
    ),
    "DES-AP-VI-A05": ("A52", {}),
    "DES-AP-VI-A08": (
        "A55",
        {
            "VII (vi)": "VII (vi) is coordination of research institutions; VIII (v)/(vi) expected",
            "VIII (ii)": "VIII (ii) is national mixed migration task forces; VIII "
            "(v)/(vi) expected",
        },
    ),
}
# Source inconsistencies (inventory 7.7); the quoted words must be in the text.
DES_AP_NOTES = {
    "DES-AP-I-A03": (
        "by Air, Sea or Land",
        "instrument title printed \u201cby Air, Sea or Land\u201d (elsewhere \u201cby "
        "Land, Sea and Air\u201d)",
    ),
    "DES-AP-I-A14": (
        "2005 Multilateral ILO Framework",
        "the Summary Report narrative (L1885) says \u201c2006 ILO Multilateral Framework\u201d",
    ),
    "DES-AP-III-A03": (
        "reception centres",
        "code cell cites V (vi), which is about avoiding detention of "
        "children; not flagged in inventory 3.2, so not marked suspect",
    ),
    "DES-AP-V-A06": (
        "civil society organizations",
        "code cell cites VII (iv) (cooperation on data collection and "
        "sharing), which does not mention funding civil society research; not flagged in "
        "inventory 3.2, so not marked suspect",
    ),
}


def sr_index(des_sr: dict) -> dict[tuple[str, str], str]:
    """(section key, printed label without dot) -> DES-SR item code."""
    return {
        (s["key"], it["label"][:-1]): it["code"] for s in des_sr["sections"] for it in s["items"]
    }


def parse_xref(printed: str, index: dict, suspects: dict[str, str]) -> list[dict]:
    """Links for a code cell like 'I (i), (ii) II (i)'; a group may inherit its section."""
    links = []
    rest = XREF_GROUP.sub("", printed)
    assert not rest.strip(" ,"), (printed, rest)
    current = None
    for m in XREF_GROUP.finditer(printed):
        current = m.group(1) or current
        assert current, printed
        numeral = m.group(2)
        ref = f"{current} ({numeral})"
        code = index.get((current, numeral.lower()))
        reason = suspects.get(ref)
        if code is None:
            assert reason, f"unresolved reference {ref} not flagged"
        links.append({"code": code, "suspect": reason is not None, "reason": reason})
    return links


def split_cells(text: str) -> tuple[str, str | None]:
    if "\t" not in text:
        return text, None
    left, right = text.split("\t")
    return left, right


def extract_des_ap(des_sr: dict) -> dict:
    lo, hi = DES_AP_RANGE
    index = sr_index(des_sr)
    headings = [
        (n, *ROMAN_HEADING.match(line(n)).groups())
        for n in range(lo, hi + 1)
        if ROMAN_HEADING.match(line(n))
    ]
    assert [(h[1], h[2]) for h in headings] == list(DES_AP_TITLES.items()), headings
    sections = []
    seen_suspects = set()
    for i, (head, key, title) in enumerate(headings):
        end = headings[i + 1][0] - 1 if i + 1 < len(headings) else hi
        items = extract_ap_section(key, head, end, index, seen_suspects)
        sections.append(section(f"DES-AP-{key}", key, f"{key}.", title, head, items))
    assert seen_suspects == set(SUSPECT), set(SUSPECT) - seen_suspects
    kinds = [it["kind"] for s in sections for it in s["items"]]
    assert (
        kinds.count("target"),
        kinds.count("action"),
        kinds.count("training_topic"),
        kinds.count("training_target_group"),
    ) == (25, 58, 10, 7)
    return {"code": "DES-AP", "event": "DES", "document": "AP", "sections": sections}


def extract_ap_section(
    key: str, head: int, end: int, index: dict, seen_suspects: set
) -> list[dict]:
    mode = "narrative"
    subheading = None
    subheadings: list[str] = []
    counts = {"target": 0, "action": 0, "training_topic": 0, "training_target_group": 0}
    prefix = {"target": "T", "action": "A", "training_topic": "TT", "training_target_group": "TG"}
    items = []
    for n in range(head + 1, end + 1):
        text = line(n)
        if not text.strip():
            continue
        if text in ("Targets", "Menu of Actions"):
            mode = text
            continue
        if text == "By 2012":
            assert mode == "Targets", n
            continue
        if text == "Key topics for training:":
            mode, subheading = "training_topic", "Key topics for training"
            continue
        if text == "Key target groups for training:":
            mode, subheading = "training_target_group", "Key target groups for training"
            continue
        if mode == "narrative":
            continue
        if mode == "Targets":
            assert TARGET.match(text), (n, text)
            kind = "target"
        elif mode == "Menu of Actions":
            left, right = split_cells(text)
            if ACTION.match(text):
                assert right is not None, (n, "action without code cell")
                kind = "action"
            else:
                assert right in (None, "", COLUMN_HEADER), (n, text)
                if left:
                    subheading = clean(left)
                    subheadings.append(subheading)
                continue
        else:
            assert text.startswith("- *") and text.endswith("*"), (n, text)
            kind = mode
        counts[kind] += 1
        ordinal = counts[kind]
        code = f"DES-AP-{key}-{prefix[kind]}{ordinal:0{1 if kind == 'target' else 2}d}"
        body = split_cells(text)[0] if kind == "action" else text
        it = item(
            code,
            kind,
            "",
            ordinal,
            [n],
            clean(strip_bullet(body)),
            subheading=subheading if kind != "target" else None,
        )
        it["action_areas"] = ap_areas(key, it)
        if kind == "target":
            it["deadline"] = "2012"
        if kind == "action":
            it["xref"] = ap_xref(code, text, index, it["notes"], seen_suspects)
        if kind in ("training_topic", "training_target_group"):
            it["notes"].append(
                "listed under its own heading after the Menu of Actions, not nested under "
                "an action, so parent is null (inventory 3.2 would attach the lists to "
                "DES-AP-II-A01\u2013A03, its A23\u2013A25)"
            )
        if code in DES_AP_NOTES:
            words, note = DES_AP_NOTES[code]
            assert words in it["text"], code
            it["notes"].append(note)
        if subheading == RETURN_SUBHEADING:
            it["notes"].append(
                "\u201cChapter VI\u201d in the sub-heading means Action Plan area VI, "
                "not a 10-Point Plan chapter"
            )
        items.append(it)
    assert counts["target"] == DES_AP_TARGETS[key], (key, counts)
    assert counts["action"] == DES_AP_ACTIONS[key], (key, counts)
    assert len(subheadings) == DES_AP_SUBHEADINGS[key], (key, subheadings)
    if key == "I":
        groups: dict[str, int] = {}
        for it in items:
            if it["kind"] == "action":
                groups[it["subheading"]] = groups.get(it["subheading"], 0) + 1
        assert groups == DES_AP_I_GROUPS, groups
    if key == "II":
        assert (counts["training_topic"], counts["training_target_group"]) == (10, 7), counts
    return items


def ap_areas(key: str, it: dict) -> list[dict]:
    if key != "III":
        return DES_AP_AREAS[key]
    if it["kind"] == "target":
        assert DES_AP_III_TARGET_WORDS[it["ordinal"]] in it["text"], it["code"]
        return DES_AP_III_TARGET_AREAS[it["ordinal"]]
    found = DES_AP_III_AREAS[it["subheading"]]
    if "multi-stakeholder border management teams" in it["text"]:
        # Border teams -> area 3 (inventory 6.2), on top of the sub-heading's area 5.
        it["notes"].append(
            "border management teams \u2192 area 3 (inferred) in addition to the sub-heading's "
            "area 5 (Profiling and referral mechanisms)"
        )
        found = areas((3, "inferred"), *((a["area"], a["basis"]) for a in found))
    return found


def ap_xref(code: str, text: str, index: dict, notes: list[str], seen_suspects: set) -> dict:
    printed = clean(split_cells(text)[1])
    inventory_id, suspects = SUSPECT.get(code, (None, {}))
    links = parse_xref(printed, index, suspects)
    for ref in suspects:
        assert ref in printed, (code, ref, printed)
    if inventory_id:
        seen_suspects.add(code)
        if printed:
            notes.append(
                f"cross-reference flagged in inventory 3.2 (its {inventory_id}): "
                + "; ".join(f"{ref}: {why}" for ref, why in suspects.items())
            )
        else:
            notes.append(
                f"empty Conference Recommendation(s) cell: no Summary Report recommendation cited "
                f"(inventory 3.2 flags it, its {inventory_id})"
            )
    return {"printed": printed, "links": links}


# --------------------------------------------------------------------------------------------
# Almaty Declaration
# --------------------------------------------------------------------------------------------

# Inferred where the paragraph's content clearly serves an area. Paragraph 7 names the
# 10-Point Plan but none of its areas, so nothing is explicit.
ALA_DECL_AREAS = {
    1: areas(),
    2: areas((3, "inferred")),
    3: areas((5, "inferred"), (6, "inferred")),
    4: areas(),
    5: areas((6, "inferred")),
    6: areas((7, "inferred"), (9, "inferred")),
    7: areas((1, "inferred"), (2, "inferred")),
}
ALA_DECL_NOTES = {
    2: ["areas: border security preserving asylum space and non-refoulement \u2192 3 (inferred)"],
    3: [
        "areas: timely differentiation of persons on the move \u2192 5, fair and "
        "efficient asylum procedures \u2192 6 (inferred)"
    ],
    4: [
        "areas: legal frameworks and ratification are cross-cutting (like Action Plan "
        "I); none tagged"
    ],
    5: [
        "footnote marker \u00b9 after \u201cSupplementary Protocols\u201d removed; the "
        "footnote (L2808) names the "
        "trafficking and smuggling Protocols",
        "areas: protection of trafficking victims, including through refugee protection "
        "\u2192 6 (inferred)",
    ],
    6: [
        "areas: durable solutions, stabilization and reintegration \u2192 7, legal "
        "migration opportunities \u2192 9 (inferred)"
    ],
    7: [
        "names UNHCR's 10-Point Plan of Action (2006) as guidance but none of its "
        "action areas; areas inferred: "
        "regional cooperation framework \u2192 1, data collection and exchange of "
        "information \u2192 2"
    ],
}


def extract_ala_decl() -> dict:
    lo, hi = ALA_DECL_RANGE
    title_line = lo + 2
    paras: list[dict] = []
    for n in range(title_line + 1, hi + 1):
        text = line(n)
        if (
            not text.strip()
            or FOOTNOTE_BODY.match(text)
            or text.startswith("Adopted by Participating States")
        ):
            continue
        m = PARAGRAPH.match(text)
        if m:
            paras.append({"label": m.group(1), "lines": [n], "first": m.group(2), "notes": []})
            continue
        prev = paras[-1]["lines"][-1]
        assert not ends_sentence(line(prev)), (n, text)
        paras[-1]["lines"].append(n)
        paras[-1]["notes"].append(
            f"page-break split joined: L{prev} + L{n} (mid-title: “…Status of” / “Refugees …”)"
        )
    assert [p["label"] for p in paras] == [f"{i}." for i in range(1, 8)], paras
    assert [p["lines"] for p in paras if len(p["lines"]) > 1] == [[2800, 2802]]
    items = []
    for ordinal, p in enumerate(paras, 1):
        text = clean(" ".join([p["first"]] + [line(n) for n in p["lines"][1:]]))
        items.append(
            item(
                f"ALA-DECL-0-{ordinal:02d}",
                "declaration_paragraph",
                p["label"],
                ordinal,
                p["lines"],
                text,
                action_areas=ALA_DECL_AREAS[ordinal],
                notes=p["notes"] + ALA_DECL_NOTES.get(ordinal, []),
            )
        )
    sec = section("ALA-DECL-0", "0", "", line(title_line), title_line, items)
    return {"code": "ALA-DECL", "event": "ALA", "document": "DECL", "sections": [sec]}


def main() -> None:
    check_ranges()
    des_sr = extract_des_sr()
    outputs = {
        "DES-SR.json": des_sr,
        "ALA-SR.json": extract_ala_sr(),
        "DES-AP.json": extract_des_ap(des_sr),
        "ALA-DECL.json": extract_ala_decl(),
    }
    for name, doc in outputs.items():
        write_json(ITEMS_DIR / name, doc)
        print(
            f"wrote {name}: " + ", ".join(f"{s['key']} {len(s['items'])}" for s in doc["sections"])
        )


if __name__ == "__main__":
    main()
