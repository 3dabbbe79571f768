"""The activities list tells an office which of its activities headquarters has not seen yet."""

from __future__ import annotations

from functools import partial

from db.activities.queries import ActivityQuery
from db.activities.service import create_activity, update_activity
from db.catalog.loader import historical_activity_uuid
from db.sync.exporting import export_office_package
from db.sync.status import activity_sync_states
from desktop.activities.table_model import COLUMN_OF_SORT, ActivityTableModel
from exporters.activity import ActivityContent

SYNC = COLUMN_OF_SORT["sync"]


def attached_model(database) -> ActivityTableModel:
    """The list as the Activities area has it once the database is open."""
    model = ActivityTableModel(database)
    model.attach(database, {}, partial(activity_sync_states, database))
    return model


def sync_text(model: ActivityTableModel, activity_uuid: str) -> str:
    return model.index(model.index_of(activity_uuid).row(), SYNC).data()


def test_own_activities_go_from_not_sent_to_sent_to_changed(qtmodeltester, database, office,
                                                           tmp_path):
    draft = ActivityContent(title="Asylum law review", item_codes=("DES-SR-III-01",))
    activity = create_activity(database, draft, "amina")
    model = attached_model(database)
    model.reload(keep_loaded=False)
    assert sync_text(model, activity.uuid) == "Not yet sent"
    export_office_package(database, tmp_path / "nairobi.xlsx", user="amina")
    model.reload()
    assert sync_text(model, activity.uuid) == "Sent"
    update_activity(database, activity.uuid, ActivityContent(
        title="Asylum law review, second reading", item_codes=("DES-SR-III-01",)), "amina")
    model.reload()
    assert sync_text(model, activity.uuid) == "Changed since sent"
    qtmodeltester.check(model)


def test_other_offices_activities_have_no_sync_state_here(database, office):
    model = attached_model(database)
    model.set_query(ActivityQuery(include_baseline=True))
    assert sync_text(model, historical_activity_uuid("SAN-SEL-F-01")) == ""


def test_clicking_the_sync_header_keeps_the_current_order(database, office):
    model = attached_model(database)
    model.reload(keep_loaded=False)
    before = model.query
    model.sort(SYNC)
    assert model.query == before
