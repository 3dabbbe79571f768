"""Resolving conflicts: keep one version or an edited one; nobody else's activity; recorded."""

from __future__ import annotations

import pytest

from db.activities.service import (
    activity_history,
    create_activity,
    get_activity,
    update_activity,
)
from db.errors import ActivityReadOnlyError, ActivityValidationError
from db.models import ActivityConflict, utc_now
from db.sync.conflicts import open_conflicts, resolve_conflict
from db.sync.errors import ConflictChoiceError, ConflictNotFoundError
from db.sync.versions import CONCURRENT, DOMINATED, DOMINATES, EQUAL, compare
from tests.db.sync.helpers import Site, sample


@pytest.fixture
def conflict_at_hq(catalog_template, tmp_path):
    """Headquarters and Nairobi edited the same activity; HQ has received Nairobi's edit."""
    hq = Site(catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True)
    nairobi = Site(catalog_template, tmp_path / "nairobi", "Nairobi", "KE")
    record = create_activity(nairobi.database, sample(), "amina")
    hq.receive(nairobi.export())
    update_activity(hq.database, record.uuid, sample(status="suspended"), "hq")
    update_activity(nairobi.database, record.uuid, sample(status="completed"), "amina")
    hq.receive(nairobi.export())
    yield hq, nairobi, record.uuid, open_conflicts(hq.database)[0]
    hq.close()
    nairobi.close()


def test_an_edited_resolution_saves_what_the_person_typed(conflict_at_hq):
    hq, _, uuid, conflict = conflict_at_hq
    assert conflict.differing_fields() == ("status",)
    version = resolve_conflict(hq.database, conflict.id, "edited", "reviewer",
                               edited=sample(status="ongoing", outcome="Agreed by phone"))
    record = get_activity(hq.database, uuid)
    assert (record.status, record.outcome, record.open_conflicts) == (
        "ongoing", "Agreed by phone", 0)
    assert compare(version.vector, conflict.local.vector) == DOMINATES
    assert compare(version.vector, conflict.incoming.vector) == DOMINATES
    assert record.revision == sum(version.vector.values())
    notes = {h.note for h in activity_history(hq.database, uuid)
             if h.action == "conflict_resolved"}
    assert notes == {f"conflict {conflict.id}: edited"}


def test_an_edited_resolution_is_validated_like_the_editor(conflict_at_hq):
    hq, _, _, conflict = conflict_at_hq
    with pytest.raises(ActivityValidationError):
        resolve_conflict(hq.database, conflict.id, "edited", "reviewer",
                         edited=sample(title=""))
    assert len(open_conflicts(hq.database)) == 1


def test_a_choice_that_is_not_one_is_refused(conflict_at_hq):
    hq, _, _, conflict = conflict_at_hq
    with pytest.raises(ConflictChoiceError):
        resolve_conflict(hq.database, conflict.id, "both", "reviewer")
    with pytest.raises(ConflictChoiceError):
        resolve_conflict(hq.database, conflict.id, "edited", "reviewer")  # without values


def test_a_resolved_conflict_cannot_be_resolved_twice(conflict_at_hq):
    hq, _, _, conflict = conflict_at_hq
    resolve_conflict(hq.database, conflict.id, "local", "reviewer")
    with pytest.raises(ConflictNotFoundError):
        resolve_conflict(hq.database, conflict.id, "incoming", "reviewer")


def test_an_office_cannot_resolve_a_conflict_on_another_office_s_activity(conflict_at_hq,
                                                                          catalog_template,
                                                                          tmp_path):
    hq, nairobi, uuid, _ = conflict_at_hq
    nairobi.receive(hq.export(office_uuid=nairobi.uuid))
    [at_office] = open_conflicts(nairobi.database)
    kampala = Site(catalog_template, tmp_path / "kampala", "Kampala", "UG")
    try:
        kampala.receive(hq.export(region_code="EHSA"))
        assert not get_activity(kampala.database, uuid).editable
        assert open_conflicts(kampala.database) == []  # HQ sends its version, not its doubts
        with kampala.database.session() as session:  # were one there, Kampala may not settle it
            session.add(ActivityConflict(activity_uuid=uuid, detected_at=utc_now(),
                                         incoming_version=at_office.incoming.snapshot()))
        [planted] = open_conflicts(kampala.database)
        with pytest.raises(ActivityReadOnlyError):
            resolve_conflict(kampala.database, planted.id, "incoming", "kampala")
    finally:
        kampala.close()
    resolve_conflict(nairobi.database, at_office.id, "local", "amina")  # the owner may


@pytest.mark.parametrize("left, right, relation", [
    ({"a": 2}, {"a": 1}, DOMINATES), ({"a": 1}, {"a": 1, "b": 1}, DOMINATED),
    ({"a": 1, "b": 2}, {"b": 2, "a": 1}, EQUAL), ({"a": 2}, {"a": 1, "b": 1}, CONCURRENT),
])
def test_version_vectors_compare_as_the_merge_needs(left, right, relation):
    assert compare(left, right) == relation
