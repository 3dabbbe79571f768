"""The sync state of one page of the Activities list is read by key: with the owner in the
WHERE clause SQLite chose the owner index and read every activity of the office (47 ms at
100,000 activities, against 0.3 ms by key)."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from db.activities.service import create_activity
from db.installation.office import setup_office
from db.sync.status import activity_sync_states
from tests.db.sync.helpers import sample


@pytest.mark.sqlite_only  # SQLite's own query plan: PostgreSQL's planner weighs statistics
def test_a_page_of_sync_states_is_looked_up_by_key(database):
    setup_office(database, "UNHCR Nairobi", "KE")
    uuids = [create_activity(database, sample(title=f"Activity {n}"), "amina").uuid
             for n in range(3)]
    executed: list = []

    def remember(_conn, _cursor, statement, parameters, _context, _many):
        if "activity_sync_state" in statement:
            executed.append((statement, parameters))
    event.listen(database.engine, "before_cursor_execute", remember)
    try:
        # A page asks for 200: the planner weighs 200 key lookups against one owner.
        page = uuids + [f"not-held-{n}" for n in range(197)]
        assert set(activity_sync_states(database, page)) == set(uuids)
    finally:
        event.remove(database.engine, "before_cursor_execute", remember)
    [(statement, parameters)] = executed
    with database.engine.connect() as connection:
        plan = [row[-1] for row in connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {statement}", parameters)]
    activity_steps = [step for step in plan if " activity " in f" {step} "]
    assert activity_steps and all(step.startswith("SEARCH") for step in activity_steps), plan
    assert not any("owner" in step for step in plan), plan


def test_sync_states_name_only_this_offices_activities(database):
    office = setup_office(database, "UNHCR Nairobi", "KE")
    record = create_activity(database, sample(), "amina")
    assert activity_sync_states(database, [record.uuid, "not-an-activity"]) == {
        record.uuid: "not_sent"}
    assert office.uuid and activity_sync_states(database) == {record.uuid: "not_sent"}
