"""Extract the six Selected pages, the Manila Co-Hosts' Summary and the Manila Discussion Paper.

Writes resources/catalog/items/{SAN,DKR,SJO,DES,ALA,MNL}-SEL.json, MNL-COHOST.json and
MNL-DP.json in the format of resources/catalog/README.md. Items are derived from the source
text; the counts the seed inventory established are asserted, so a run that drifts fails.

Usage: python tools/catalog/extract_selected_manila.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import CATALOG_DIR, clean, join_lines, source_lines, strip_bullet, write_json  # noqa: E402

SRC = source_lines()
ITEMS_DIR = CATALOG_DIR / "items"
EXP, INF = "explicit", "inferred"
SUPERSCRIPT_START = re.compile("^[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]")
TERMINAL = (".", ":", ";", "?", "!")


def text_of(n: int) -> str:
    """Physical line n (1-based)."""
    return SRC[n - 1]


def areas(*links: tuple[int, str]) -> list[dict]:
    return [{"area": a, "basis": b} for a, b in sorted(links)]


def item(code: str, kind: str, ordinal: int, lines: list[int], text: str, *, label: str = "",
         parent: str | None = None, subheading: str | None = None,
         action_areas: list[dict] | None = None, notes: list[str] | None = None) -> dict:
    assert text and text == clean(text), (code, text)
    return {"code": code, "kind": kind, "label": label, "ordinal": ordinal, "parent": parent,
            "subheading": subheading, "lines": lines, "text": text, "cited_as": None,
            "action_areas": action_areas or [], "notes": notes or []}


def letter(i: int) -> str:
    assert 0 <= i < 26, "more than 26 sub-items under one parent"
    return "abcdefghijklmnopqrstuvwxyz"[i]


def is_blank(n: int) -> bool:
    return not text_of(n).strip()


# --- Selected pages ---------------------------------------------------------------------------

EVENTS = ["SAN", "DKR", "SJO", "DES", "ALA", "MNL"]  # order of the pages in the compilation

# Inventory §5: (theme, items) per column, in column order. The parse must reproduce these.
EXPECTED = {
    "SAN": {"R": [("Working Together", 3), ("Determining Profiles and Needs", 3),
                  ("Preventing Crime and Protecting Victims", 3),
                  ("Establishing Search and Rescue Facilities", 3),
                  ("Providing and Sharing Information", 3)],
            "F": [("Working Together", 4), ("Determining Profiles and Needs", 8),
                  ("Preventing Crime and Protecting Victims", 2),
                  ("Establishing Search and Rescue Facilities", 3),
                  ("Providing and Sharing Information", 5)]},
    "DKR": {"R": [("Enhancing Border Management while Ensuring Protection", 2),
                  ("Data collection and analysis", 2), ("Working Together", 2),
                  ("Mechanism for identification and referral", 1),
                  ("Return arrangements and alternative migration options for non-refugees", 1)],
            "F": [("Enhancing Border Management while Ensuring Protection", 4),
                  ("Data collection and analysis", 3), ("Working Together", 4),
                  ("Mechanism for identification and referral", 3),
                  ("Return arrangements and alternative migration options for non-refugees", 1)]},
    "SJO": {"R": [("Strengthening cooperation among key partners", 2),
                  ("Differentiated processes and procedures – Addressing the needs of "
                   "trafficking victims", 3),
                  ("Differentiated processes and procedures – Addressing the needs of "
                   "unaccompanied minors", 2),
                  ("Addressing the needs of persons in extra-continental flows", 3)],
            "F": [("Strengthening cooperation among key partners,", 3),
                  ("Differentiated processes and procedures – Addressing the needs of "
                   "trafficking victims", 2),
                  ("Differentiated processes and procedures – Addressing the needs of "
                   "unaccompanied minors", 2),
                  ("Addressing the needs of persons in extra-continental flows", 3)]},
    "DES": {"R": [("Legislative and policy reform", 2), ("Strengthening national capacities", 2),
                  ("Data collection and analysis", 1), ("Cooperation and coordination", 3)],
            "F": [("Legislative and policy reform (Targets set in Action Plan)", 2),
                  ("Strengthening national capacities (Targets set in Action Plan)", 2),
                  ("Data collection and analysis (Targets set in Action Plan)", 2),
                  ("Cooperation and coordination (Targets set in Action Plan)", 4)]},
    "ALA": {"R": [("Managing Borders and Ensuring National Security While Guaranteeing "
                   "Protection", 3),
                  ("Enhancing Integration Prospects", 2),
                  ("Preventing and Reducing Statelessness", 2),
                  ("Preventing Trafficking and Protecting the Victims", 3),
                  ("Regional Cooperation and Coordination", 3)],
            "F": [("OUTCOME OF THE CONFERENCE", 1), (None, 3)]},
    "MNL": {"R": [("Working Together", 2), ("Providing and Sharing Information", 1),
                  ("Preventing Loss of Life at Sea", 1), ("Burden Sharing and Resettlement", 1),
                  ("Facilitating Sustainable Return", 1)],
            "F": [("Working Together", 1), ("Providing and Sharing Information", 1),
                  ("Preventing Loss of Life at Sea", 1), ("Burden Sharing and Resettlement", 2),
                  ("Facilitating Sustainable Return", 1)]},
}
# The inventory counts 5 Manila follow-ups and an empty 5th theme: it missed the file's last line
# (L3435, which has no final newline, so `wc -l` reports 3,434 lines). That line is the
# follow-up item of "Facilitating Sustainable Return", so Manila has 6 and the pages 66.
EXPECTED_TOTALS = {"R": [15, 8, 10, 8, 13, 6], "F": [22, 15, 10, 10, 3, 6]}
EXPECTED_EMPTY_THEMES: dict[str, list[str]] = {}

# Items printed after a blank line inside a theme of the follow-up column, i.e. where the
# extraction may have resumed the other column. Decided by register (inventory §5), checked here.
EXPECTED_ORPHANS = {601: "R", 1165: "F", 1675: "R", 1683: "F"}
# Imperatives that open recommendation items on these pages ("Ensure …", "Develop …").
FOUND_ORPHANS: dict[int, str] = {}
IMPERATIVES = {"Adopt", "Conduct", "Develop", "Draft", "Ensure", "Establish", "Explore",
               "Facilitate", "Include", "Incorporate", "Increase", "Mainstream", "Reconvene",
               "Review", "Seek", "Strengthen", "Undertake"}

# Inventory §6.2, by event and theme (theme without the DES suffix and the SJO stray comma).
THEME_AREAS = {
    ("SAN", "Working Together"): areas((1, INF)),
    ("SAN", "Determining Profiles and Needs"): areas((5, INF), (6, INF)),
    ("SAN", "Preventing Crime and Protecting Victims"): areas((3, INF)),
    ("SAN", "Establishing Search and Rescue Facilities"): areas((3, INF)),
    ("SAN", "Providing and Sharing Information"): areas((2, INF), (10, INF)),
    ("DKR", "Enhancing Border Management while Ensuring Protection"): areas((3, INF)),
    ("DKR", "Data collection and analysis"): areas((2, EXP)),
    ("DKR", "Working Together"): areas((1, INF)),
    ("DKR", "Mechanism for identification and referral"): areas((5, INF)),
    ("DKR", "Return arrangements and alternative migration options for non-refugees"):
        areas((9, EXP)),
    ("SJO", "Strengthening cooperation among key partners"): areas((1, EXP)),
    ("SJO", "Differentiated processes and procedures – Addressing the needs of trafficking "
            "victims"): areas((6, EXP)),
    ("SJO", "Differentiated processes and procedures – Addressing the needs of unaccompanied "
            "minors"): areas((6, EXP)),
    ("SJO", "Addressing the needs of persons in extra-continental flows"):
        areas((5, EXP), (6, EXP)),
    ("DES", "Legislative and policy reform"): [],
    ("DES", "Strengthening national capacities"): [],
    ("DES", "Data collection and analysis"): areas((2, EXP)),
    ("DES", "Cooperation and coordination"): areas((1, INF)),
    ("ALA", "Managing Borders and Ensuring National Security While Guaranteeing Protection"):
        areas((3, EXP), (4, EXP), (5, EXP)),
    ("ALA", "Enhancing Integration Prospects"): areas((7, EXP)),
    ("ALA", "Preventing and Reducing Statelessness"): areas((7, EXP)),
    ("ALA", "Preventing Trafficking and Protecting the Victims"): areas((5, INF), (6, INF)),
    ("ALA", "Regional Cooperation and Coordination"): areas((1, INF), (2, INF)),
    ("ALA", "OUTCOME OF THE CONFERENCE"): [],
    ("ALA", None): [],
    ("MNL", "Working Together"): areas((1, INF)),
    ("MNL", "Providing and Sharing Information"): areas((2, INF), (5, INF)),
    ("MNL", "Preventing Loss of Life at Sea"): areas((3, INF), (10, INF)),
    ("MNL", "Burden Sharing and Resettlement"): areas((7, INF)),
    ("MNL", "Facilitating Sustainable Return"): areas((9, INF)),
}
THEME_NOTES = {
    ("DES", "Legislative and policy reform"):
        "cross-cutting theme: no action area (inventory §6.2)",
    ("DES", "Strengthening national capacities"):
        "cross-cutting theme: no action area (inventory §6.2)",
    ("ALA", "Preventing and Reducing Statelessness"):
        "statelessness as such is outside the ten areas; linked to 7 through the Almaty Concept "
        "Note's priority area (b), which names stateless persons (L2508)",
    ("ALA", None): "the follow-up column has no theme headings: no action area assigned",
    ("SJO", "Addressing the needs of persons in extra-continental flows"):
        "area 5 besides 6 as for San José Summary 3.d (inventory §6.2)",
    ("MNL", "Providing and Sharing Information"):
        "areas 5 and 2 as the Manila row of inventory §6.2 gives them for this theme",
}
FUTURE = re.compile(r"\b(to be held|planned|scheduled|under development|currently being)\b")


def norm_theme(heading: str | None) -> str | None:
    """A theme heading without the DES '(Targets set in Action Plan)' suffix or a stray comma."""
    if heading is None:
        return None
    return re.sub(r"\s*\(Targets set in Action Plan\)$", "", heading).rstrip(",").strip()


def selected_pages() -> list[tuple[int, int]]:
    """(first, last) line of each Selected page, from its column title to the next divider."""
    starts = [i + 1 for i, s in enumerate(SRC)
              if s.strip() in ("SELECTED RECOMMENDATIONS", "SELECTED CONCLUSIONS")]
    assert len(starts) == 6, starts
    pages = []
    for start in starts:
        end = start
        while end < len(SRC) and not SRC[end].startswith("**"):
            end += 1
        pages.append((start, end))
    return pages


def classify(n: int) -> str:
    s = text_of(n)
    if not s.strip():
        return "blank"
    if SUPERSCRIPT_START.match(s):
        return "footnote"
    if s.startswith("- "):
        return "bullet"
    if s[0].islower():
        return "continuation"
    letters = re.sub(r"[^A-Za-z]", "", s)
    if letters and letters == letters.upper():
        return "title"
    return "heading"


def recommendation_register(text: str) -> bool:
    first = text.split()[0]
    return first[0].islower() or first in IMPERATIVES


def parse_page(event: str, first: int, last: int) -> dict:
    """Un-interleave one two-column page into its recommendation and follow-up columns."""
    cols = {"R": {"title": None, "line": None, "entries": []},
            "F": {"title": None, "line": None, "entries": [], "themes": []}}
    kinds = [classify(n) for n in range(first, last + 1)]
    lines = list(range(first, last + 1))
    f_start = next(n for n, k in zip(lines, kinds, strict=True)
                   if k == "title" and text_of(n).strip() != text_of(first).strip())
    # A theme heading printed twice inside the follow-up region: its first occurrence is the
    # recommendation column's (inventory §5, evidence 2).
    f_headings = [(n, norm_theme(clean(text_of(n)))) for n, k in zip(lines, kinds, strict=True)
                  if k == "heading" and n > f_start]
    repeated = {n: next(n2 for n2, h2 in f_headings[i + 1:] if h2 == h)
                for i, (n, h) in enumerate(f_headings)
                if any(h2 == h for _, h2 in f_headings[i + 1:])}
    side = "R"          # which column title we are under
    block = "R"         # which column the current lines belong to
    theme = {"R": None, "F": None}
    theme_line = {"R": None, "F": None}
    f_kind = "selected_followup"
    since_item_blank = False
    last_event = last_target = None
    orphans = {}
    for n, kind in zip(lines, kinds, strict=True):
        s = clean(text_of(n))
        if kind == "blank":
            if last_event == "item":
                since_item_blank = True
            continue
        if kind == "footnote":  # DES footnote 1 of the follow-up column's title
            continue
        if kind == "title":
            if s in ("SELECTED RECOMMENDATIONS", "SELECTED CONCLUSIONS"):
                cols["R"]["title"], cols["R"]["line"] = s, n
            elif s.startswith("OUTCOME"):
                side = block = "F"
                theme["F"], f_kind = s, "followup_outcome"
            elif "FOLLOW-UP ACTIVITIES" in s:
                side = block = "F"
                cols["F"]["title"], cols["F"]["line"] = s, n
                theme["F"], f_kind = None, "selected_followup"
            elif s.startswith("AS "):
                cols["F"]["title"] += " " + s
            else:
                raise AssertionError(f"unexpected title line {n}: {s}")
            last_event = "title"
            continue
        if kind == "heading":
            target = "R" if side == "R" or n in repeated else "F"
            block = target
            theme[target], theme_line[target] = s, n
            if target == "F":
                cols["F"]["themes"].append([s, n, 0])
            last_event, since_item_blank = "heading", False
            continue
        if kind == "continuation":
            # The other column interrupted a sentence: it resumes the column that was cut off.
            col = "F" if (side == "F" and block == "R") else block
            prev = cols[col]["entries"][-1]
            assert not text_of(prev["lines"][-1]).rstrip().endswith(TERMINAL), (n, prev)
            prev["lines"].append(n)
            prev["continued"] = True
            continue
        # a bullet item
        target = block
        if side == "F" and last_event == "item" and since_item_blank:
            target = "R" if recommendation_register(strip_bullet(text_of(n))) else "F"
            orphans[n] = target
        if target != block:
            block = target
        entry = {"lines": [n], "theme": theme[target],
                 "repeated_heading": (theme_line["R"], repeated[theme_line["R"]])
                 if target == "R" and theme_line["R"] in repeated and n not in orphans else None,
                 "orphan": n in orphans, "after_other": last_target not in (None, target),
                 "kind": ("selected_recommendation" if target == "R" else f_kind)}
        cols[target]["entries"].append(entry)
        if target == "F" and cols["F"]["themes"] and theme["F"] == cols["F"]["themes"][-1][0]:
            cols["F"]["themes"][-1][2] += 1
        last_event, since_item_blank, last_target = "item", False, target
    for n, target in orphans.items():
        assert EXPECTED_ORPHANS.get(n) == target, f"{event}: L{n} read as {target}"
    FOUND_ORPHANS.update(orphans)
    return cols


def status_of(f_title: str) -> str:
    if "ENVISAGED" in f_title:
        return "envisaged"
    if "PLANNED" in f_title:
        return "planned"
    return "undertaken"


def build_selected(event: str, first: int, last: int) -> dict:
    cols = parse_page(event, first, last)
    status = status_of(cols["F"]["title"])
    doc = {"code": f"{event}-SEL", "event": event, "document": "SEL", "sections": []}
    for key in ("R", "F"):
        col = cols[key]
        sec_code = f"{event}-SEL-{key}"
        items = []
        for i, entry in enumerate(col["entries"], 1):
            lines = entry["lines"]
            theme = entry["theme"]
            notes = []
            if entry.get("continued"):
                notes.append(f"split: L{lines[0]} continues at L{lines[-1]}, with lines of the "
                             "other column printed in between")
            if entry["orphan"] and key == "R":
                register = ("a lower-case noun phrase" if text_of(lines[0])[2].islower()
                            else "an imperative")
                notes.append(f"printed inside the follow-up column (two-column page linearised "
                             f"out of order); assigned to the recommendations by its register "
                             f"({register}, like the column's other items) and to the column's "
                             f"last theme")
            elif entry["orphan"] and entry["after_other"]:
                notes.append("printed after a block of the recommendations column; kept in the "
                             "follow-up column's current theme by its register (a past activity)")
            elif entry["orphan"]:
                notes.append("printed after a blank line inside the theme; kept in the follow-up "
                             "column by its register (an activity)")
            elif entry["repeated_heading"]:
                first_h, second_h = entry["repeated_heading"]
                notes.append(f"printed inside the follow-up column (two-column page linearised "
                             f"out of order); its theme heading is printed at L{first_h} and "
                             f"again at L{second_h}: the first is the recommendations column's")
            if event == "SJO" and theme and theme.endswith(","):
                notes.append("theme heading printed with a stray trailing comma (L1660)")
            if lines[-1] == len(SRC) and SRC[-1] != "":
                notes.append("the last line of the source file, which has no final newline "
                             "(`wc -l` counts one line fewer); the inventory missed it and "
                             "reported this theme as empty")
            tn = THEME_NOTES.get((event, norm_theme(theme)))
            if tn:
                notes.append(tn)
            text = join_lines(lines)
            it = item(f"{sec_code}-{i:02d}", entry["kind"], i, lines, text, subheading=theme,
                      action_areas=THEME_AREAS[(event, norm_theme(theme))], notes=notes)
            if entry["kind"] == "selected_followup":
                it["status_as_reported"] = status
                if status == "undertaken" and FUTURE.search(text):
                    it["notes"].append("the text itself describes a planned or ongoing activity; "
                                       "status_as_reported follows the page heading")
            elif entry["kind"] == "followup_outcome":
                it["notes"].append("outcome printed before the planned follow-up activities; not "
                                   "a follow-up activity, so no status_as_reported")
            items.append(it)
        section = {"code": sec_code, "key": key, "label": "", "title": col["title"],
                   "line": col["line"], "parent": None, "items": items}
        if key == "F":
            section["empty_themes"] = [t for t, _, count in col["themes"] if count == 0]
        doc["sections"].append(section)
    check_selected(event, doc)
    return doc


def check_selected(event: str, doc: dict) -> None:
    for key, section in zip(("R", "F"), doc["sections"], strict=True):
        got = []
        for it in section["items"]:
            if got and got[-1][0] == it["subheading"]:
                got[-1] = (got[-1][0], got[-1][1] + 1)
            else:
                got.append((it["subheading"], 1))
        assert got == EXPECTED[event][key], (event, key, got)
    assert doc["sections"][1]["empty_themes"] == EXPECTED_EMPTY_THEMES.get(event, [])


# --- Manila Co-Hosts' Summary -----------------------------------------------------------------

COHOST_AREAS = {  # inferred by analogy with the Manila rows of inventory §6.2
    8: areas((1, INF)), 9: areas((1, INF)), 10: areas((1, INF)), 12: areas((1, INF)),
    13: areas((1, INF)), 14: areas((1, INF)), 15: areas((1, INF)),
    "9a": [], "9b": areas((1, INF)), "9c": areas((6, INF)), "9d": areas((8, INF)),
    "10a": areas((2, INF), (5, INF)), "10b": areas((3, INF), (10, INF)),
    "10c": areas((5, INF), (6, INF)),
    "10d": areas((9, INF)), "10e": areas((7, INF)),
}
COHOST_NOTES = {
    13: ["the four practical elements (SOPs on boat arrivals; a possible regional processing "
         "centre or centres; institutionalized channels of dialogue; sharing of good practices) "
         "are printed inline in one sentence, not as bullets, so they stay in the paragraph"],
    14: ["first of the two 'Next steps' paragraphs"],
    15: ["second of the two 'Next steps' paragraphs"],
}


def build_cohost() -> dict:
    title_line = SRC.index("Co-Hosts' Summary") + 1
    end = next(n for n in range(title_line, len(SRC) + 1) if text_of(n) == "UNHCR") - 1
    sec = "MNL-COHOST-0"
    items, subheading, current, subs = [], None, None, 0
    for n in range(title_line + 1, end + 1):
        s = text_of(n)
        if not s.strip():
            continue
        m = re.match(r"^(\d+)\. (.*)$", s)
        if m:
            num = int(m.group(1))
            assert num == len([x for x in items if x["kind"] == "summary_paragraph"]) + 1
            current = item(f"{sec}-{num:02d}", "summary_paragraph", num, [n], clean(m.group(2)),
                           label=f"{num}.", subheading=subheading,
                           action_areas=COHOST_AREAS.get(num, []),
                           notes=list(COHOST_NOTES.get(num, [])))
            items.append(current)
            subs = 0
        elif s.startswith("- "):
            num = current["ordinal"]
            key = f"{num}{letter(subs)}"
            items.append(item(f"{sec}-{num:02d}{letter(subs)}", "sub_item", subs + 1, [n],
                              join_lines([n]), parent=current["code"], subheading=subheading,
                              action_areas=COHOST_AREAS[key]))
            subs += 1
        elif s[0].islower():
            prev = items[-1]
            assert not text_of(prev["lines"][-1]).rstrip().endswith(TERMINAL)
            prev["lines"].append(n)
            prev["text"] = join_lines(prev["lines"])
            prev["notes"].append(f"split by a page break: L{prev['lines'][0]} continues at L{n}")
        else:
            subheading = clean(s)
    paras = [x for x in items if x["kind"] == "summary_paragraph"]
    assert len(paras) == 15
    per_parent = {}
    for x in items:
        if x["parent"]:
            per_parent[x["parent"]] = per_parent.get(x["parent"], 0) + 1
    assert per_parent == {f"{sec}-09": 4, f"{sec}-10": 5}, per_parent
    assert [p["subheading"] for p in paras] == [None] * 4 + [
        "Common tradition, challenges and commitment to cooperation"] * 4 + [
        "Regional Cooperation Framework"] * 5 + ["Next steps"] * 2
    return {"code": "MNL-COHOST", "event": "MNL", "document": "COHOST",
            "sections": [{"code": sec, "key": "0", "label": "", "title": "Co-Hosts' Summary",
                          "line": title_line, "parent": None, "items": items}]}


# --- Manila Discussion Paper ------------------------------------------------------------------

# Sub-items whose topic maps onto a different row of inventory §6.2 than their parent's
# (mostly the annex areas that name a Regional Support Function).
DP_SUB_AREAS = {
    3167: areas((9, INF)),                 # 4.3 return/removal (RSF 3 return → 9)
    3236: areas((5, INF), (6, INF)),         # A 1 identification/differentiation (RSF 1 → 5, 6)
    3240: areas((9, INF)),                 # A return arrangements (RSF 3 → 9)
    3242: areas((7, INF)),                 # A voluntary repatriation
    3243: areas((7, INF)),                 # A burden sharing / resettlement (RSF 2 → 7)
    3273: areas((5, INF), (6, INF)),         # B 5 identification/differentiation (RSF 1)
    3275: areas((9, INF)),                 # B return arrangements (RSF 3)
    3276: areas((7, INF)),                 # B solutions for those who cannot return (RSF 2)
    3277: areas((8, INF)),                 # B secondary movements
}
DP_ELEMENT_AREAS = {
    "Developing practical cooperation among partners": areas((1, INF)),
    "Identification, registration, documentation, profiling and referral":
        areas((2, INF), (5, INF)),
    "Differentiated processes and procedures": areas((6, EXP)),
    "Addressing disparities in standards of treatment for refugees and asylum seekers":
        areas((4, INF)),
    "Addressing Irregular Onward Movements": areas((8, INF)),
    "Developing Realistic Solutions and Stabilizing Populations": areas((7, INF)),
}
SCENARIO_AREAS = {"A": areas((7, INF), (9, INF)), "B": areas((3, INF), (10, INF))}
# Default for a scenario's sub-items: B's situations and areas are about entry at sea (3); the
# information-strategy link (10) of "Preventing Loss of Life at Sea" fits the scenario as a whole.
SCENARIO_SUB_AREAS = {"A": areas((7, INF), (9, INF)), "B": areas((3, INF))}
RSF_AREAS = {1: areas((5, INF), (6, INF)), 2: areas((7, INF)), 3: areas((9, INF))}
# Terms-of-Reference entries that open a new top-level entry after a lead-in ("…, e.g.:");
# the source prints the three levels with the same bullet (inventory §7.4).
TOR_TOP = re.compile(r"^(Provide|Propose|Liaise|Prepare|Organise|Advocate|Encourage|In the event"
                     r"|Depending on)\b")


def dp_bounds() -> dict:
    start = SRC.index("UNHCR Discussion Paper") + 1
    end = next(n for n in range(start, len(SRC) + 1)
               if text_of(n).startswith("WORKSHOP ON REGIONAL COOPERATION")) - 1
    marks = {}
    for n in range(start, end + 1):
        s = text_of(n)
        m = re.match(r"^(\d)\. (\S.*)$", s)
        if m and m.group(1) not in marks:
            marks[m.group(1)] = (n, clean(m.group(2)))
        if s in ("ANNEX 1", "ANNEX 2"):
            marks[s] = (n, None)
    assert [k for k in marks] == ["1", "2", "3", "4", "5", "ANNEX 1", "ANNEX 2"], marks
    marks["end"] = (end, None)
    return marks


def bullets_after(n: int, stop: int) -> list[int]:
    """The bullet lines of the list that starts after line n (blank lines inside allowed)."""
    out = []
    for k in range(n + 1, stop):
        s = text_of(k)
        if s.lstrip().startswith("- "):
            out.append(k)
        elif s.strip() and out:
            break
    return out


def build_dp_section3(first: int, stop: int, title: str) -> dict:
    sec = "MNL-DP-3"
    lead = next(n for n in range(first, stop)
                if text_of(n).rstrip().endswith("An inclusive but non-binding framework could:"))
    items = []
    for i, n in enumerate(bullets_after(lead, stop), 1):
        items.append(item(f"{sec}-{i:02d}", "framework_element", i, [n], join_lines([n]),
                          action_areas=areas((1, INF)),
                          notes=[f"one of the things 'An inclusive but non-binding framework "
                                 f"could:' do (lead-in at the end of L{lead})"]))
    assert len(items) == 3
    return {"code": sec, "key": "3", "label": "3.", "title": title, "line": first,
            "parent": None, "items": items}


def build_dp_section4(first: int, stop: int, title: str) -> dict:
    sec = "MNL-DP-4"
    items, current, subs, group = [], None, 0, None
    for n in range(first + 1, stop):
        s = text_of(n)
        m = re.match(r"^(4\.\d) (.+)$", s)
        italic = re.match(r"^- \*([^*]+)\*$", s)
        if m:
            if m.group(1) == "4.2":
                group = clean(m.group(2))    # 4.2 only groups the four italic sub-areas
                current = None
                continue
            group, label, text = None, m.group(1), clean(m.group(2))
        elif italic:
            label, text = "", clean(italic.group(1))
        elif s.startswith("- ") and current is not None:
            code = f"{current['code']}{letter(subs)}"
            items.append(item(code, "sub_item", subs + 1, [n], join_lines([n]),
                              parent=current["code"], subheading=current["subheading"],
                              action_areas=DP_SUB_AREAS.pop(n, current["action_areas"])))
            subs += 1
            continue
        else:
            continue
        ordinal = len([x for x in items if x["parent"] is None]) + 1
        notes = ["heading of an area for Common Understandings; its narrative paragraphs are not "
                 "items"]
        if group:
            notes.append("italic sub-area of 4.2")
        current = item(f"{sec}-{ordinal:02d}", "framework_element", ordinal, [n], text,
                       label=label, subheading=group, action_areas=DP_ELEMENT_AREAS[text],
                       notes=notes)
        items.append(current)
        subs = 0
    tops = [x for x in items if x["parent"] is None]
    assert [x["label"] for x in tops] == ["4.1", "", "", "", "", "4.3"], tops
    per_parent = {}
    for x in items:
        if x["parent"]:
            per_parent[x["parent"]] = per_parent.get(x["parent"], 0) + 1
    assert per_parent == {f"{sec}-01": 4, f"{sec}-05": 4, f"{sec}-06": 4}, per_parent
    return {"code": sec, "key": "4", "label": "4.", "title": title, "line": first,
            "parent": None, "items": items}


def build_dp_annex1(first: int, stop: int) -> dict:
    sec = "MNL-DP-ANX1"
    title_line = next(n for n in range(first + 1, stop) if text_of(n).strip())
    items, current, subs, group, subsequently = [], None, 0, None, None
    for n in range(title_line + 1, stop):
        s = text_of(n)
        if not s.strip():
            continue
        m = re.match(r"^SCENARIO ([A-Z]):$", s)
        if m:
            name_line = next(k for k in range(n + 1, stop) if text_of(k).strip())
            ordinal = len([x for x in items if x["parent"] is None]) + 1
            sub_default = SCENARIO_SUB_AREAS[m.group(1)]
            current = item(f"{sec}-{ordinal:02d}", "scenario", ordinal, [name_line],
                           clean(text_of(name_line)), label=s,
                           action_areas=SCENARIO_AREAS[m.group(1)],
                           notes=[f"heading 'SCENARIO {m.group(1)}:' at L{n}; announced at "
                                  f"L{announced(m.group(1), first, n)}; narrative paragraphs are "
                                  "not items"])
            if m.group(1) == "A":
                current["notes"].append("no area mapping in inventory §6.2: areas inferred from "
                                        "the scenario (return, repatriation, resettlement)")
            items.append(current)
            subs, group, subsequently = 0, None, None
            skip_until = name_line
            continue
        if current is None or n <= skip_until:
            continue
        sub = re.match(r"^(?:- )?(\d) Subsequently:$", s)
        if sub:
            subsequently = (sub.group(1), n)
            continue
        if s.lstrip().startswith("- "):
            body = strip_bullet(s.lstrip())
            lab = re.match(r"^(\([ivx]+\)|\d) ", body)
            label = lab.group(1) if lab else ""
            text = clean(body[lab.end():] if lab else body)
            notes = []
            if subsequently and not lab:
                notes.append(f"listed under '{subsequently[0]} Subsequently:' (L{subsequently[1]})")
            else:
                subsequently = None
            items.append(item(f"{current['code']}{letter(subs)}", "sub_item", subs + 1, [n],
                              text, label=label, parent=current["code"], subheading=group,
                              action_areas=DP_SUB_AREAS.pop(n, sub_default),
                              notes=notes))
            subs += 1
            continue
        if s.rstrip().endswith(".") and len(s) > 120:
            continue  # narrative paragraph
        group = clean(s).rstrip(":")
        subsequently = None
    per_parent = {}
    for x in items:
        if x["parent"]:
            per_parent[x["parent"]] = per_parent.get(x["parent"], 0) + 1
    assert [x["label"] for x in items if x["parent"] is None] == ["SCENARIO A:", "SCENARIO B:"]
    assert per_parent == {f"{sec}-01": 11, f"{sec}-02": 17}, per_parent
    groups = {}
    for x in items:
        if x["parent"]:
            key = (x["parent"], x["subheading"])
            groups[key] = groups.get(key, 0) + 1
    assert sorted(groups.values()) == [4, 5, 5, 6, 8], groups
    return {"code": sec, "key": "ANX1", "label": "ANNEX 1", "title": clean(text_of(title_line)),
            "line": first, "parent": None, "items": items}


def announced(letter_: str, first: int, stop: int) -> int:
    return next(n for n in range(first, stop) if text_of(n).startswith(f"Scenario {letter_}:"))


def build_dp_annex2(first: int, stop: int, summary_lines: dict[int, int]) -> dict:
    sec = "MNL-DP-ANX2"
    title_line = next(n for n in range(first + 1, stop) if text_of(n).strip())
    overview = [n for n in range(title_line, stop)
                if re.match(r"^\d\. Regional support for .+\. ", text_of(n))]
    blocks = [n for n in range(title_line, stop)
              if re.match(r"^\d\. Regional support for [^.]+$", text_of(n))]
    assert len(overview) == len(blocks) == 3, (overview, blocks)
    items = []
    expected = {1: (6, 10, 2, 3, 3), 2: (4, 8, 3, 5, 4), 3: (6, 0, 3, 5, 4)}
    for i, (ov, block) in enumerate(zip(overview, blocks, strict=True), 1):
        name = clean(text_of(block)[3:])
        assert clean(text_of(ov)).startswith(f"{i}. {name}.")
        code = f"{sec}-{i:02d}"
        parent = item(code, "support_function", i, [ov], clean(text_of(ov)[3:]), label=f"{i}.",
                      action_areas=RSF_AREAS[i],
                      notes=[f"overview entry of Annex 2; detailed block '{name}' at L{block}, "
                             f"whose Terms of Reference, Location, Partners and Required "
                             f"Resources are the sub-items; also summarised in 5.3 as "
                             f"'({i})' (L{summary_lines[i]})"])
        items.append(parent)
        end = blocks[i] if i < 3 else stop
        group, lead, subs = None, None, 0
        counts = {"top": 0, "third": 0}
        per_group = {}
        for n in range(block + 1, end):
            s = text_of(n)
            g = re.match(r"^- ([A-Z][A-Za-z ]+):\*\*$", s)
            if g:
                group, lead = g.group(1), None
                continue
            if group is None or not s.lstrip().startswith("- "):
                continue
            body = strip_bullet(s.lstrip())
            notes = []
            if group == "Terms of Reference" and lead and not TOR_TOP.match(body):
                notes.append(f"third-level entry under {lead[0]} (lead-in ending "
                             f"'…{lead[1]}'); the source prints all levels with the same "
                             "bullet, nesting restored from the lead-in")
                counts["third"] += 1
            else:
                lead = None
                if group == "Terms of Reference":
                    counts["top"] += 1
                else:
                    per_group[group] = per_group.get(group, 0) + 1
            sub_code = f"{code}{letter(subs)}"
            # Location, Partners and Required Resources say where and with whom, not a topic.
            links = parent["action_areas"] if group == "Terms of Reference" else []
            items.append(item(sub_code, "sub_item", subs + 1, [n], clean(body), parent=code,
                              subheading=group, action_areas=links, notes=notes))
            subs += 1
            if group == "Terms of Reference" and body.rstrip().endswith(":") and not notes:
                lead = (sub_code, clean(body)[-30:].lstrip())
        got = (counts["top"], counts["third"], per_group.get("Location", 0),
               per_group.get("Partners", 0), per_group.get("Required Resources", 0))
        assert got == expected[i], (i, got)
    return {"code": sec, "key": "ANX2", "label": "ANNEX 2", "title": clean(text_of(title_line)),
            "line": first, "parent": None, "items": items}


def build_dp() -> dict:
    marks = dp_bounds()
    sections = [
        build_dp_section3(marks["3"][0], marks["4"][0], marks["3"][1]),
        build_dp_section4(marks["4"][0], marks["5"][0], marks["4"][1]),
        build_dp_annex1(marks["ANNEX 1"][0], marks["ANNEX 2"][0]),
    ]
    summary = {int(m.group(1)): n for n in range(marks["5"][0], marks["ANNEX 1"][0])
               if (m := re.match(r"^- \((\d)\) ", text_of(n)))}
    assert sorted(summary) == [1, 2, 3]
    sections.append(build_dp_annex2(marks["ANNEX 2"][0], marks["end"][0] + 1, summary))
    assert not DP_SUB_AREAS, f"unused area overrides: {sorted(DP_SUB_AREAS)}"
    return {"code": "MNL-DP", "event": "MNL", "document": "DP", "sections": sections}


# --- main -------------------------------------------------------------------------------------


def main() -> None:
    ITEMS_DIR.mkdir(parents=True, exist_ok=True)
    totals = {"R": [], "F": []}
    outcomes = 0
    for event, (first, last) in zip(EVENTS, selected_pages(), strict=True):
        doc = build_selected(event, first, last)
        r, f = doc["sections"]
        totals["R"].append(len(r["items"]))
        totals["F"].append(sum(x["kind"] == "selected_followup" for x in f["items"]))
        outcomes += sum(x["kind"] == "followup_outcome" for x in f["items"])
        write_json(ITEMS_DIR / f"{event}-SEL.json", doc)
    assert totals == EXPECTED_TOTALS, totals
    assert FOUND_ORPHANS == EXPECTED_ORPHANS, FOUND_ORPHANS
    assert sum(totals["R"]) == 60 and sum(totals["F"]) == 66 and outcomes == 1
    write_json(ITEMS_DIR / "MNL-COHOST.json", build_cohost())
    write_json(ITEMS_DIR / "MNL-DP.json", build_dp())
    print("selected recommendations", totals["R"], "follow-ups", totals["F"], "outcome", outcomes)


if __name__ == "__main__":
    main()
