"""The browser's read services: tree, region scope, filters and the follow-up of each item."""

from __future__ import annotations

from datetime import date

import pytest

from db.activities.service import create_activity, delete_activity, update_activity
from db.catalog.browse import (
    BrowseFilter,
    BrowseNode,
    catalog_tree,
    filter_choices,
    office_scope,
)
from db.catalog.follow_up import follow_up_summaries
from db.catalog.loader import historical_activity_uuid
from db.catalog.queries import catalog_stats, item_detail
from db.installation.office import setup_office
from exporters.activity import ActivityContent


def find(nodes: list[BrowseNode], code: str) -> BrowseNode:
    for top in nodes:
        for node in top.walk():
            if node.code == code:
                return node
    raise AssertionError(f"{code} not in the tree")


def all_items(nodes: list[BrowseNode]) -> list[BrowseNode]:
    return [node for top in nodes for node in top.walk() if node.level == "item"]


# --- tree ------------------------------------------------------------------------------------


def test_tree_holds_every_item_once_with_the_counts_per_event(database):
    """The tree is the whole catalog: nothing missing, nothing twice."""
    tree = catalog_tree(database)
    stats = {block.code: block.total for block in catalog_stats(database).events}
    assert [event.code for event in tree] == ["SAN", "DKR", "SJO", "DES", "ALA", "MNL"]
    assert {event.code: len(event.item_codes()) for event in tree} == stats
    codes = [node.code for node in all_items(tree)]
    assert len(codes) == len(set(codes)) == sum(stats.values())


def test_tree_levels_are_event_document_section_item(database):
    tree = catalog_tree(database)
    for event in tree:
        assert event.level == "event"
        for document in event.children:
            assert document.level == "document"
            assert document.code.startswith(event.code + "-")
            assert all(child.level == "section" for child in document.children)


def test_documents_without_items_are_left_out(database):
    """Concept notes hold no citable item: an empty branch would only be noise."""
    documents = [document.code for event in catalog_tree(database) for document in event.children]
    assert "SAN-CN" not in documents
    assert documents[:2] == ["SAN-SR", "SAN-SEL"]


def test_nested_sections_sit_under_their_parent_section(database):
    sjo_sr = find(catalog_tree(database), "SJO-SR")
    assert [s.code for s in sjo_sr.children] == [
        "SJO-SR-1", "SJO-SR-2", "SJO-SR-3", "SJO-SR-4", "SJO-SR-5"]
    section_3 = find([sjo_sr], "SJO-SR-3")
    assert [s.code for s in section_3.children] == [
        "SJO-SR-3a", "SJO-SR-3b", "SJO-SR-3c", "SJO-SR-3d"]
    assert section_3.name == "3. Differentiated processes and procedures for refugees and for " \
                             "migrants with specific protection needs"


def test_sub_items_sit_under_their_parent_item(database):
    item = find(catalog_tree(database), "SAN-SR-3-02")
    assert [child.code for child in item.children] == [
        "SAN-SR-3-02a", "SAN-SR-3-02b", "SAN-SR-3-02c", "SAN-SR-3-02d", "SAN-SR-3-02e",
        "SAN-SR-3-02f"]
    section = find(catalog_tree(database), "SAN-SR-3")
    assert "SAN-SR-3-02a" not in [child.code for child in section.children]


def test_items_follow_the_source_order_not_the_codes(database):
    """Reading order is the document's; every sibling list goes down the source lines."""
    tree = catalog_tree(database)
    for top in tree:
        for node in top.walk():
            lines = [child.line for child in node.children]
            assert lines == sorted(lines), node.code
    # San José 3.c prints "iii." twice; the fourth item is the second "iii.".
    section = find(tree, "SJO-SR-3c")
    assert [(c.code, c.name) for c in section.children[2:4]] == [
        ("SJO-SR-3c-03", "iii."), ("SJO-SR-3c-04", "iii.")]


def test_tree_restricted_to_event_codes(database):
    tree = catalog_tree(database, BrowseFilter(event_codes=frozenset({"DES", "SAN"})))
    assert [event.code for event in tree] == ["SAN", "DES"]
    assert tree[1].text == "East and Horn of Africa, Great Lakes and Southern Africa"


# --- the office's events ------------------------------------------------------------------------


def test_scope_before_setup_is_every_event(database):
    assert office_scope(database).event_codes is None


def test_scope_of_a_field_office_is_its_regions_events(database):
    setup_office(database, "Nairobi", "KE")
    scope = office_scope(database)
    assert scope.event_codes == {"SAN", "DES"}
    assert scope.regional
    assert len(scope.region_names) == 2


def test_scope_of_headquarters_is_every_event(database):
    setup_office(database, "UNHCR HQ", "YE", is_headquarters=True)
    assert office_scope(database).event_codes is None


def test_an_office_outside_every_region_still_sees_the_catalog(database):
    """France took part in no conference as a regional state; an empty tree would help nobody."""
    setup_office(database, "Paris", "FR")
    assert office_scope(database).event_codes is None


# --- filters ---------------------------------------------------------------------------------


def test_filters_keep_matching_items_and_the_branches_leading_to_them(database):
    tree = catalog_tree(database, BrowseFilter(item_kind="action"))
    assert [event.code for event in tree] == ["DES"]
    assert [document.code for document in tree[0].children] == ["DES-AP"]
    assert all(item.item_kind == "action" for item in all_items(tree))
    assert len(all_items(tree)) == 58


def test_a_matching_sub_item_keeps_its_parent_item_marked_as_not_matching(database):
    tree = catalog_tree(database, BrowseFilter(item_kind="sub_item", event_code="SAN"))
    parent = find(tree, "SAN-SR-3-02")
    assert not parent.matches
    assert all(child.matches and child.item_kind == "sub_item" for child in parent.children)


@pytest.mark.parametrize("filters", [
    BrowseFilter(event_code="DES", item_kind="recommendation", area_number=3),
    BrowseFilter(document_code="SAN-SR", area_number=5),
    BrowseFilter(event_codes=frozenset({"SAN"}), item_kind="selected_followup"),
])
def test_filters_combine_as_the_intersection_of_each_filter(database, filters):
    """Each filter narrows further; none widens what another chose."""
    def matching(f: BrowseFilter) -> set[str]:
        return {item.code for item in all_items(catalog_tree(database, f)) if item.matches}

    singles = [BrowseFilter(event_codes=filters.event_codes)]
    for name in ("event_code", "document_code", "item_kind", "area_number"):
        if getattr(filters, name) is not None:
            singles.append(BrowseFilter(**{name: getattr(filters, name)}))
    expected = set.intersection(*(matching(f) for f in singles))
    assert matching(filters) == expected
    assert expected


def test_area_filter_matches_the_items_tagged_with_the_area(database):
    tree = catalog_tree(database, BrowseFilter(area_number=10, event_code="DES"))
    for item in all_items(tree):
        if item.matches:
            assert 10 in [a[0] for a in item_detail(database, item.code).action_areas]


def test_filter_with_nothing_matching_gives_an_empty_tree(database):
    assert catalog_tree(database, BrowseFilter(event_code="SAN", item_kind="action")) == []


def test_cleared_filter_keeps_the_scope(database):
    filters = BrowseFilter(event_codes=frozenset({"SAN"}), item_kind="action", area_number=2)
    assert filters.narrows
    assert filters.cleared() == BrowseFilter(event_codes=frozenset({"SAN"}))
    assert not filters.cleared().narrows


def test_filter_choices_offer_only_what_has_items_in_the_scope(database):
    choices = filter_choices(database, frozenset({"DES"}))
    assert choices.events == (("DES", "Dar es Salaam 2010"),)
    assert [d.code for d in choices.documents] == ["DES-SR", "DES-AP", "DES-SEL"]
    assert "action" in choices.kinds and "declaration_paragraph" not in choices.kinds
    assert [number for number, _ in choices.areas] == list(range(1, 11))
    everything = filter_choices(database)
    assert len(everything.events) == 6
    assert not any(d.code.endswith("-CN") for d in everything.documents)


# --- follow-up per item ----------------------------------------------------------------------


@pytest.fixture
def office(database):
    return setup_office(database, "Nairobi", "KE")


def activity(title: str, *codes: str, status: str = "planned") -> ActivityContent:
    return ActivityContent(title=title, item_codes=codes, status=status)


def test_follow_up_summary_counts_linked_activities_and_keeps_the_latest_status(
        database, office):
    """The tree shows at a glance how each item is followed up."""
    assert "DES-SR-III-01" not in follow_up_summaries(database)
    first = create_activity(database, activity("Law review", "DES-SR-III-01", "DES-AP-I-A07",
                                               status="ongoing"), "amina")
    summaries = follow_up_summaries(database)
    assert summaries["DES-SR-III-01"].activities == 1
    assert summaries["DES-SR-III-01"].latest_status == "ongoing"
    assert summaries["DES-AP-I-A07"].activities == 1
    create_activity(database, activity("Training", "DES-SR-III-01", status="completed"), "amina")
    summary = follow_up_summaries(database)["DES-SR-III-01"]
    assert (summary.activities, summary.latest_status) == (2, "completed")
    assert summary.latest_at.tzinfo is not None
    # Editing the first one makes it the latest.
    update_activity(database, first.uuid, activity("Law review", "DES-SR-III-01",
                                                   "DES-AP-I-A07", status="suspended"), "amina")
    assert follow_up_summaries(database)["DES-SR-III-01"].latest_status == "suspended"


def test_deleted_activities_do_not_count_as_follow_up(database, office):
    record = create_activity(database, activity("Only one", "DES-SR-IV-04"), "amina")
    assert follow_up_summaries(database)["DES-SR-IV-04"].activities == 1
    delete_activity(database, record.uuid, "amina")
    assert "DES-SR-IV-04" not in follow_up_summaries(database)


def test_follow_up_reported_in_2011_counts(database):
    """The compilation's follow-ups are activities too (read-only ones)."""
    summaries = follow_up_summaries(database)
    assert summaries["SAN-SEL-F-13"].activities == 1
    assert historical_activity_uuid("SAN-SEL-F-13")  # the activity those figures come from
    assert "SAN-SR-3-02" not in summaries


def test_follow_up_summaries_for_some_items_only(database, office):
    create_activity(database, activity("A", "DES-SR-I-01", "DES-SR-I-02"), "amina")
    assert set(follow_up_summaries(database, ["DES-SR-I-01", "SAN-SR-1-01"])) == {"DES-SR-I-01"}


def matching_codes(database, filters: BrowseFilter) -> set[str]:
    return {node.code for event in catalog_tree(database, filters) for node in event.walk()
            if node.level == "item" and node.matches}


def test_no_follow_up_yet_leaves_out_items_an_office_followed_up(database, office):
    create_activity(database, ActivityContent(title="Law review", item_codes=("DES-SR-I-01",)),
                    "amina")
    gone = create_activity(database, ActivityContent(title="Gone", item_codes=("DES-SR-I-02",)),
                           "amina")
    delete_activity(database, gone.uuid, "amina")
    codes = matching_codes(database, BrowseFilter(event_code="DES", follow_up="none"))
    assert "DES-SR-I-01" not in codes and "DES-SR-I-02" in codes
    # The 2011 compilation's follow-up is the baseline: its items still have none of an office's.
    assert "DES-SEL-F-01" in codes
    assert BrowseFilter(follow_up="none").narrows


def test_follow_up_overdue_keeps_items_with_an_open_activity_past_its_end(database, office):
    for title, code, status, end in (("Late", "DES-SR-I-01", "ongoing", date(2020, 1, 1)),
                                     ("Done", "DES-SR-I-02", "completed", date(2020, 1, 1)),
                                     ("Not due", "DES-SR-I-03", "planned", date(2099, 1, 1))):
        create_activity(database, ActivityContent(title=title, item_codes=(code,),
                                                  status=status, end_date=end), "amina")
    assert matching_codes(database, BrowseFilter(follow_up="overdue")) == {"DES-SR-I-01"}
