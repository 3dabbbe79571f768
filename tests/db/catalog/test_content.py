"""The bundled catalog is complete and verbatim: counts, source text, artefacts, references."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter

import pytest

from db.catalog.files import read_catalog
from db.resources import catalog_dir

CATALOG = catalog_dir()
SOURCE = CATALOG / "source" / "10pp-selected-materials-2011.txt"
FOOTNOTE_MARKERS = re.compile("[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]")
ARTEFACTS = re.compile("[*\t\u27a4\u21d2\u00a0\u00b9\u00b2\u00b3\u2070\u2074-\u2079]|</?i>|  ")


@pytest.fixture(scope="module")
def rows():
    return read_catalog(CATALOG)


@pytest.fixture(scope="module")
def source_lines() -> list[str]:
    return SOURCE.read_text(encoding="utf-8").split("\n")


def normalise(text: str) -> str:
    """What 'verbatim' is checked against: no markup, footnote markers or spacing differences."""
    text = FOOTNOTE_MARKERS.sub("", text)
    text = re.sub(r"\*+|</?i>|[\u27a4\u21d2]", "", text)
    return re.sub(r"\s+", "", text).lower()


def section_counts(rows, document: str, kind: str) -> list[int]:
    per_section = Counter(i["section_code"] for i in rows.items
                          if i["document_code"] == document and i["kind"] == kind)
    return [per_section[s["code"]] for s in rows.sections
            if s["document_code"] == document and per_section[s["code"]]]


def count(rows, document: str, kind: str) -> int:
    return sum(1 for i in rows.items if i["document_code"] == document and i["kind"] == kind)


def test_source_copy_is_the_one_the_catalog_was_made_from(rows):
    assert hashlib.sha256(SOURCE.read_bytes()).hexdigest() == rows.source_sha256


SUMMARY_REPORTS = {
    "SAN-SR": [1, 9, 9, 5, 4, 5, 5, 4, 6],
    "DKR-SR": [10, 6, 9, 6, 6, 2, 1, 8],
    "SJO-SR": [9, 3, 6, 9, 8, 6, 4, 3, 8],
    "DES-SR": [8, 9, 7, 7, 11, 5, 8, 9],
    "ALA-SR": [5, 7, 6, 12, 5, 9, 6],
}


@pytest.mark.parametrize("document,expected", SUMMARY_REPORTS.items())
def test_summary_report_recommendations_per_section(rows, document, expected):
    assert section_counts(rows, document, "recommendation") == expected


def test_all_266_summary_recommendations_and_15_sub_items(rows):
    assert sum(count(rows, d, "recommendation") for d in SUMMARY_REPORTS) == 266
    assert count(rows, "SAN-SR", "sub_item") == 11
    assert count(rows, "DKR-SR", "sub_item") == 4


def test_dar_es_salaam_action_plan(rows):
    assert section_counts(rows, "DES-AP", "target") == [2, 4, 5, 3, 5, 6]
    assert section_counts(rows, "DES-AP", "action") == [22, 3, 8, 4, 10, 11]
    assert count(rows, "DES-AP", "training_topic") == 10
    assert count(rows, "DES-AP", "training_target_group") == 7
    assert len(rows.targets) == 25
    assert {t["deadline_year"] for t in rows.targets} == {2012}


def test_almaty_declaration_and_manila_documents(rows):
    assert count(rows, "ALA-DECL", "declaration_paragraph") == 7
    assert count(rows, "MNL-COHOST", "summary_paragraph") == 15
    assert count(rows, "MNL-COHOST", "sub_item") == 9  # 4 RCF approach + 5 RCF element bullets
    assert count(rows, "MNL-DP", "support_function") == 3
    assert count(rows, "MNL-DP", "scenario") == 2
    assert count(rows, "MNL-DP", "framework_element") > 0


def test_selected_pages(rows):
    events = ["SAN", "DKR", "SJO", "DES", "ALA", "MNL"]
    assert [count(rows, f"{e}-SEL", "selected_recommendation") for e in events] == \
        [15, 8, 10, 8, 13, 6]
    # The inventory counts 65 follow-ups: it missed the file's last line (3435, no newline),
    # Manila's follow-up under "Facilitating Sustainable Return".
    assert [count(rows, f"{e}-SEL", "selected_followup") for e in events] == \
        [22, 15, 10, 10, 3, 6]
    assert count(rows, "ALA-SEL", "followup_outcome") == 1


def test_sanaa_annex_is_linked_not_counted_twice(rows):
    sanaa = [i for i in rows.items if i["document_code"] == "SAN-SR"]
    assert len(sanaa) == 59
    annexes = [json.loads(i["extra"])["annex"] for i in sanaa]
    assert all(a["lines"] and all(439 <= n <= 552 for n in a["lines"]) for a in annexes)
    assert sum(a["text"] is not None for a in annexes) == 3  # the three textual variants


def test_every_item_text_is_found_in_its_source_lines(rows, source_lines):
    """Nothing invented: each text is in the lines it cites, after whitespace normalisation."""
    missing = []
    for item in rows.items:
        lines = json.loads(item["source_lines"])
        source = normalise(" ".join(source_lines[n - 1] for n in lines))
        if not lines or normalise(item["text"]) not in source:
            missing.append(item["code"])
    assert missing == []


def test_no_extraction_artefacts_remain(rows):
    dirty = [i["code"] for i in rows.items
             if ARTEFACTS.search(i["text"]) or i["text"] != i["text"].strip() or not i["text"]]
    assert dirty == []


def test_codes_are_unique_and_follow_the_scheme(rows):
    codes = [i["code"] for i in rows.items]
    assert len(codes) == len(set(codes))
    pattern = re.compile(r"^(SAN|DKR|SJO|DES|MNL|ALA)-(SR|AP|DECL|COHOST|DP|SEL)-"
                         r"[0-9A-Za-z]+-[A-Z]{0,2}\d{1,2}[a-z]?$")
    assert [c for c in codes if not pattern.match(c)] == []


def test_parents_exist_and_printed_labels_are_kept(rows):
    codes = {i["code"] for i in rows.items}
    assert [i["code"] for i in rows.items if i["parent_code"] and i["parent_code"] not in codes] \
        == []
    by_code = {i["code"]: i for i in rows.items}
    assert by_code["SJO-SR-3c-03"]["label"] == by_code["SJO-SR-3c-04"]["label"] == "iii."
    assert by_code["DES-SR-VIII-04"]["cited_as"] == "VIII (iv)"


def test_every_cross_reference_resolves_or_is_flagged(rows):
    codes = {i["code"] for i in rows.items}
    unresolved_unflagged = [r for r in rows.cross_references
                            if (r["target_code"] not in codes) and not r["suspect"]]
    assert unresolved_unflagged == []
    assert all(r["target_code"] in codes for r in rows.cross_references if r["target_code"])
    assert all(r["reason"] for r in rows.cross_references if r["suspect"])
    assert sum(r["target_code"] is None for r in rows.cross_references) == 1  # III (ix)
    assert len({r["source_code"] for r in rows.cross_references if r["suspect"]}) >= 15


def test_every_action_area_link_names_a_known_area_and_basis(rows):
    areas = {a["number"] for a in rows.action_areas}
    assert areas == set(range(1, 11))
    assert all(link["area_number"] in areas and link["basis"] in ("explicit", "inferred")
               for link in rows.item_areas)
    tagged = {link["item_code"] for link in rows.item_areas}
    recommendations = [i["code"] for i in rows.items if i["kind"] == "recommendation"]
    assert len(tagged & set(recommendations)) > 0.8 * len(recommendations)


def test_somaliland_and_puntland_are_places_in_somalia_not_countries(rows):
    assert {p["name"]: p["country_iso2"] for p in rows.places} == \
        {"Somaliland": "SO", "Puntland": "SO"}
    names = {c["name"] for c in rows.countries}
    assert "Somaliland" not in names and "Puntland" not in names
    assert len(rows.countries) >= 240


def test_every_region_has_its_states(rows):
    regional = Counter()
    events = {e["code"]: e["region_code"] for e in rows.events}
    for row in rows.participation:
        if row["regional"]:
            regional[events[row["event_code"]]] += 1
    assert set(regional) == {r["code"] for r in rows.regions}
    assert min(regional.values()) >= 3
    roles = {row["role"] for row in rows.participation}
    assert roles <= {"participant", "invited", "observer", "mentioned"}
