"""Recording follow-up activities: validation, edits with history, soft deletes, ownership."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db.activities.service import (
    activity_history,
    create_activity,
    delete_activity,
    duplicate_activity,
    get_activity,
    update_activity,
)
from db.catalog.loader import historical_activity_uuid
from db.errors import (
    ActivityNotFoundError,
    ActivityReadOnlyError,
    ActivityValidationError,
    NoOfficeError,
    StaleActivityError,
)
from db.installation.office import setup_office
from exporters.activity import ActivityContent


@pytest.fixture
def office(database):
    return setup_office(database, "Nairobi", "KE")


def sample(**changes) -> ActivityContent:
    values = dict(title="National asylum law review", item_codes=("DES-SR-III-01",),
                  lead_organisation="Refugee Affairs Secretariat", status="ongoing",
                  start_date=date(2026, 2, 1))
    values.update(changes)
    return ActivityContent(**values)


def test_a_new_activity_belongs_to_this_office_and_starts_its_history(database, office):
    record = create_activity(database, sample(), "amina")
    assert (record.owner_office_uuid, record.editable, record.revision) == (office.uuid, True, 1)
    assert record.version_vector == {office.uuid: 1}
    assert record.created_at.tzinfo is not None  # stored and read back as UTC
    assert [h.action for h in activity_history(database, record.uuid)] == ["created"]


def test_activities_need_an_office_identity(database):
    with pytest.raises(NoOfficeError):
        create_activity(database, sample(), "amina")


def test_every_problem_is_reported_with_its_field(database, office):
    bad = sample(title=" ", item_codes=("NOPE-1",), status="done", kind="party",
                 end_date=date(2026, 1, 1), people_reached=-3, country_iso2="ZZ")
    with pytest.raises(ActivityValidationError) as raised:
        create_activity(database, bad, "amina")
    fields = {(f, c) for f, c, _ in raised.value.problems}
    assert fields == {("title", "required"), ("item_codes", "unknown_item_code"),
                      ("status", "invalid_status"), ("kind", "invalid_kind"),
                      ("end_date", "end_before_start"), ("people_reached", "negative"),
                      ("country_iso2", "unknown_country")}


def test_an_office_records_only_its_own_countrys_activities(database, office):
    assert create_activity(database, sample(country_iso2="KE"), "amina").country_iso2 == "KE"
    assert create_activity(database, sample(), "amina").country_iso2 is None
    with pytest.raises(ActivityValidationError) as raised:
        create_activity(database, sample(country_iso2="UG"), "amina")
    assert raised.value.problems == [("country_iso2", "other_country", "UG")]


@pytest.mark.parametrize("hq_country", [None, "CH"])
def test_headquarters_records_activities_in_any_country(database, hq_country):
    setup_office(database, "UNHCR HQ", hq_country, is_headquarters=True)
    assert create_activity(database, sample(country_iso2="UG"), "hq").country_iso2 == "UG"


def test_at_least_one_linked_item_is_required(database, office):
    with pytest.raises(ActivityValidationError) as raised:
        create_activity(database, sample(item_codes=()), "amina")
    assert raised.value.problems[0][:2] == ("item_codes", "required")


def test_an_edit_records_each_changed_field_with_old_and_new_value(database, office):
    record = create_activity(database, sample(), "amina")
    edited = update_activity(database, record.uuid,
                             sample(status="completed", item_codes=("DES-SR-III-02",)), "omar",
                             expected_revision=1)
    assert (edited.status, edited.revision, edited.updated_by) == ("completed", 2, "omar")
    assert edited.version_vector == {office.uuid: 2}
    changes = [(h.field, h.old_value, h.new_value) for h in activity_history(database,
                                                                             record.uuid)[1:]]
    assert ("status", "ongoing", "completed") in changes
    assert ("item_codes", "DES-SR-III-01", "DES-SR-III-02") in changes


def test_saving_without_changes_is_not_a_new_revision(database, office):
    record = create_activity(database, sample(), "amina")
    assert update_activity(database, record.uuid, sample(), "amina").revision == 1


def test_a_stale_edit_is_refused_instead_of_overwriting(database, office):
    record = create_activity(database, sample(), "amina")
    update_activity(database, record.uuid, sample(status="completed"), "omar", 1)
    with pytest.raises(StaleActivityError):
        update_activity(database, record.uuid, sample(status="suspended"), "amina", 1)
    assert get_activity(database, record.uuid).status == "completed"


def test_deleting_marks_the_activity_and_keeps_it(database, office):
    record = create_activity(database, sample(), "amina")
    delete_activity(database, record.uuid, "amina")
    deleted = get_activity(database, record.uuid)
    assert deleted.deleted_at is not None and deleted.revision == 2
    assert activity_history(database, record.uuid)[-1].action == "deleted"
    with pytest.raises(ActivityNotFoundError):
        update_activity(database, record.uuid, sample(), "amina")


def test_duplicate_is_a_new_activity_with_the_same_content(database, office):
    record = create_activity(database, sample(), "amina")
    copy = duplicate_activity(database, record.uuid, "amina")
    assert copy.uuid != record.uuid and copy.title == record.title
    assert copy.item_codes == record.item_codes
    assert record.uuid in activity_history(database, copy.uuid)[0].note


def test_the_2011_activities_are_read_only(database, office):
    historical = historical_activity_uuid("SAN-SEL-F-01")
    assert not get_activity(database, historical).editable
    with pytest.raises(ActivityReadOnlyError):
        update_activity(database, historical, sample(), "amina")


# What may be typed: any character but the control characters the rules refuse (tab and
# line breaks are text); those are refused whole, below, never stored altered.
TYPED = st.characters(exclude_categories=("Cs",), exclude_characters=[
    chr(code) for code in range(32) if chr(code) not in "\t\n\r"])


@settings(max_examples=25, deadline=None)
@given(title=st.text(TYPED, min_size=1, max_size=80).filter(lambda t: t.strip()),
       notes=st.text(TYPED, max_size=200))
def test_what_a_person_types_is_stored_as_typed_apart_from_outer_spaces(
        catalog_template, tmp_path_factory, title, notes):
    """Nothing typed is dropped or altered, whatever the characters (formula-like ones too)."""
    database = catalog_template.open_copy(tmp_path_factory.mktemp("h"))
    setup_office(database, "Office", "KE")
    record = create_activity(database, sample(title=title, progress_notes=notes), "amina")
    again = get_activity(database, record.uuid)
    database.close()
    assert (again.title, again.progress_notes) == (title.strip(), notes.strip())


@pytest.mark.parametrize("character", ["\x00", "\x01", "\x1b", "\x1f"])
def test_a_control_character_is_refused_on_both_databases_and_nothing_is_stored(
        database, office, character):
    """A package could not carry it and PostgreSQL cannot store NUL: refused with a problem
    naming the field and the character, on SQLite too, rather than saved on one database only
    and failing on the other."""
    with pytest.raises(ActivityValidationError) as refused:
        create_activity(database, sample(progress_notes=f"Half{character}done"), "amina")
    assert refused.value.problems == [
        ("progress_notes", "control_character", f"U+{ord(character):04X}")]
    record = create_activity(database, sample(), "amina")
    with pytest.raises(ActivityValidationError):
        update_activity(database, record.uuid, sample(title=f"A{character}B"), "amina")
    assert get_activity(database, record.uuid).title == sample().title
    assert update_activity(database, record.uuid, sample(title="Tab\tand\nlines"),
                           "amina").title == "Tab\tand\nlines"
