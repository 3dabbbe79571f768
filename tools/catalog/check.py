"""Check catalog item files against the format in resources/catalog/README.md and the source.

Usage: python tools/catalog/check.py [items/FILE.json ...]   (default: every items/*.json)
Prints one line per problem and a summary; exits 1 if any problem was found.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import CATALOG_DIR, clean, source_lines, strip_bullet  # noqa: E402

KINDS = {
    "recommendation", "sub_item", "target", "action", "training_topic",
    "training_target_group", "declaration_paragraph", "summary_paragraph",
    "framework_element", "scenario", "support_function", "selected_recommendation",
    "selected_followup", "followup_outcome",
}
CODE = re.compile(r"^(SAN|DKR|SJO|DES|MNL|ALA)-(SR|AP|DECL|COHOST|DP|SEL)-"
                  r"[0-9A-Za-z]+-[A-Z]{0,2}\d{1,2}[a-z]?$")
ARTEFACTS = re.compile("[*\t\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u27a4\u21d2]|<i>|</i>|  ")
ITEM_FIELDS = {"code", "kind", "label", "ordinal", "parent", "subheading", "lines", "text",
               "cited_as", "action_areas", "notes"}


def squash(text: str) -> str:
    """Compare texts without regard to spacing or case."""
    return re.sub(r"\s+", "", text).lower()


def check_item(item: dict, section: dict, src: list[str], problems: list[str]) -> None:
    code = item.get("code", "?")
    missing = ITEM_FIELDS - item.keys()
    if missing:
        problems.append(f"{code}: missing fields {sorted(missing)}")
        return
    if not CODE.match(code) or not code.startswith(section["code"] + "-"):
        problems.append(f"{code}: code does not follow EVENT-DOC-SECTION-NN[x] "
                        f"under {section['code']}")
    if item["kind"] not in KINDS:
        problems.append(f"{code}: unknown kind {item['kind']!r}")
    text = item["text"]
    if not text or text != text.strip() or ARTEFACTS.search(text):
        problems.append(f"{code}: text has artefacts or outer spaces: {text[:80]!r}")
    if not item["lines"]:
        problems.append(f"{code}: no source lines")
        return
    joined = clean(" ".join(strip_bullet(src[n - 1]) for n in item["lines"]))
    if squash(clean(text)) not in squash(joined):
        problems.append(f"{code}: text not found in its source lines {item['lines']}: "
                        f"{text[:80]!r}")
    elif len(squash(text)) < 0.6 * len(squash(joined)) and item["kind"] != "action":
        problems.append(f"{code}: text covers under 60% of its lines {item['lines']} (check)")
    for link in item["action_areas"]:
        if link.get("area") not in range(1, 11) or \
                link.get("basis") not in ("explicit", "inferred"):
            problems.append(f"{code}: bad action area link {link}")


def check_file(path: Path, src: list[str], problems: list[str]) -> Counter:
    doc = json.loads(path.read_text(encoding="utf-8"))
    kinds: Counter = Counter()
    codes = set()
    for section in doc["sections"]:
        for item in section.get("items", []):
            check_item(item, section, src, problems)
            if item.get("code") in codes:
                problems.append(f"{item.get('code')}: duplicate code")
            codes.add(item.get("code"))
            kinds[item.get("kind")] += 1
    for section in doc["sections"]:
        for item in section.get("items", []):
            if item.get("parent") and item["parent"] not in codes:
                problems.append(f"{item['code']}: parent {item['parent']} not in file")
    return kinds


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted((CATALOG_DIR / "items").glob("*.json"))
    src = source_lines()
    problems: list[str] = []
    for path in paths:
        kinds = check_file(path, src, problems)
        print(f"{path.name}: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
