"""Searching the catalog: ranking, highlights, code prefixes, filters and hostile input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.catalog.browse import BrowseFilter
from db.catalog.search import fts_query, looks_like_code, marked_spans, search_items


def matched(text: str, spans) -> list[str]:
    return [text[start:end].lower() for start, end in spans]


def test_search_ranks_by_relevance_and_highlights_the_matches(database):
    """Best first, and every hit shows where the word is."""
    result = search_items(database, "detention")
    assert not result.by_code
    assert len(result.hits) >= 10
    ranks = [hit.rank for hit in result.hits]
    assert ranks == sorted(ranks)  # bm25: lower is better
    for hit in result.hits:
        words = matched(hit.text, hit.text_spans) + matched(hit.subheading or "",
                                                            hit.subheading_spans)
        assert words and set(words) == {"detention"}
    # An item about detention in two places outranks one that mentions it in passing.
    codes = [hit.code for hit in result.hits]
    assert codes.index("DES-SR-I-06") < codes.index("DES-SR-III-06")


def test_the_last_word_matches_as_a_prefix_while_typing(database):
    typed = {hit.code for hit in search_items(database, "deten").hits}
    assert {hit.code for hit in search_items(database, "detention").hits} <= typed
    spans = [matched(h.text, h.text_spans) for h in search_items(database, "deten").hits]
    assert all(word.startswith("deten") for words in spans for word in words)


def test_a_finished_word_matches_only_itself(database):
    """After a space the word is complete: "child " must not find "children"."""
    hits = search_items(database, "child ").hits
    assert hits
    assert all(set(matched(h.text, h.text_spans)) <= {"child"} for h in hits)


def test_two_words_must_both_match(database):
    hits = search_items(database, "detention child").hits
    assert hits
    for hit in hits:
        words = matched(hit.text, hit.text_spans)
        assert "detention" in words
        assert any(word.startswith("child") for word in words)


def test_accents_do_not_matter(database):
    assert {h.code for h in search_items(database, "refoulement").hits} == \
        {h.code for h in search_items(database, "réfoulement").hits}


@pytest.mark.parametrize("query, first, count", [
    ("DES-SR-VIII", "DES-SR-VIII-01", 9),
    ("san-sr-3-02", "SAN-SR-3-02", 7),
    ("DES-AP-I-A1", "DES-AP-I-A10", 10),
])
def test_a_code_or_code_prefix_lists_those_items_in_source_order(database, query, first, count):
    result = search_items(database, query)
    assert result.by_code
    assert result.hits[0].code == first
    assert len(result.hits) == count
    assert all(hit.code.lower().startswith(query.lower()) for hit in result.hits)
    assert all(hit.code_spans == ((0, len(query)),) for hit in result.hits)


def test_a_code_like_text_that_is_no_code_is_searched_as_words(database):
    result = search_items(database, "non-refoulement")
    assert not result.by_code
    assert result.hits


def test_a_citation_finds_the_item_cited_that_way(database):
    """The Action Plan cites "VIII (iv)": typing that finds the recommendation."""
    assert search_items(database, "VIII (iv)").hits[0].code == "DES-SR-VIII-04"


def test_search_respects_the_filters(database):
    everything = search_items(database, "detention").hits
    des = search_items(database, "detention", BrowseFilter(event_code="DES")).hits
    actions = search_items(database, "detention", BrowseFilter(event_code="DES",
                                                               item_kind="action")).hits
    assert {h.event_code for h in des} == {"DES"}
    assert {h.code for h in actions} < {h.code for h in des} < {h.code for h in everything}
    assert all(h.kind == "action" for h in actions)
    scoped = search_items(database, "detention", BrowseFilter(event_codes=frozenset({"SAN"})))
    assert {h.event_code for h in scoped.hits} == {"SAN"}
    by_code = search_items(database, "DES-SR", BrowseFilter(area_number=4))
    assert by_code.by_code and len(by_code.hits) < 64


def test_search_with_a_limit(database):
    assert len(search_items(database, "refugees", limit=5).hits) == 5


HOSTILE = ['"', '""', "'", "-", "--", "*", "**", "(", ")", "()", "AND", "OR", "NOT", "NEAR",
           "NEAR(a b)", "a AND", "OR b", "NOT NOT", "^", "^detention", "code:", "text:x",
           "{code text}: x", '"unclosed', "a*b", "*a", "+", "\\", "%", "_", "DES-%", "DES_SR",
           "\x00", "\x01detention\x02", "🙂", "‐", "   ", ""]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise(database, query):
    """Whatever a person types, the search answers; FTS5 syntax errors never reach them."""
    result = search_items(database, query)
    assert result.query == query


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_text_is_a_safe_query(database, query):
    search_items(database, query)


def test_fts_query_quotes_every_word_and_prefixes_the_last():
    assert fts_query("detention of children") == '"detention" "of" "children"*'
    assert fts_query("detention ") == '"detention"'
    assert fts_query('NOT "x" OR (yes*)') == '"NOT" "x" "OR" "yes"*'
    assert fts_query("detention o") == '"detention" "o"'  # one letter: a whole word
    assert fts_query(" -*() ") is None
    assert fts_query("") is None


def test_looks_like_code():
    assert looks_like_code("DES-SR-VIII")
    assert looks_like_code(" san-sr-3-02 ")
    assert looks_like_code("SJO-")
    assert not looks_like_code("DES")
    assert not looks_like_code("detention of")
    assert not looks_like_code("DES SR")


def test_marked_spans():
    assert marked_spans("a \x01bc\x02 d \x01e\x02") == ((2, 4), (7, 8))
    assert marked_spans("\x01whole\x02") == ((0, 5),)
    assert marked_spans("broken \x01mark") == ()
    assert marked_spans(None) == ()
    assert marked_spans("plain") == ()


# --- matches outside the office's regions ------------------------------------------------------


def test_a_search_limited_to_some_events_counts_the_matches_in_all_events(database):
    """One count over every event says what the region scope hides ("stateless": 1 here, 15
    in all regions), with the other filters kept."""
    everywhere = search_items(database, "stateless")
    assert everywhere.all_regions_count is None  # not limited: nothing to add
    scoped = search_items(database, "stateless", BrowseFilter(event_codes=frozenset({"DES"})))
    assert {hit.event_code for hit in scoped.hits} <= {"DES"}
    assert scoped.all_regions_count == len(everywhere.hits) > len(scoped.hits)
    kind = everywhere.hits[0].kind
    narrowed = search_items(database, "stateless",
                            BrowseFilter(event_codes=frozenset({"DES"}), item_kind=kind))
    assert narrowed.all_regions_count == sum(hit.kind == kind for hit in everywhere.hits)


def test_a_code_from_another_region_is_counted_not_searched_as_text(database):
    result = search_items(database, "SJO-", BrowseFilter(event_codes=frozenset({"DES"})))
    assert result.by_code and result.hits == ()
    assert result.all_regions_count == len(search_items(database, "SJO-").hits) > 0
