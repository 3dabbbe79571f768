"""An activity's history is append-only and travels with it: same entries, stored once each."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError
from sqlmodel import select

from db.activities.service import (
    activity_history,
    create_activity,
    delete_activity,
    update_activity,
)
from db.installation.office import setup_office
from db.models import ActivityChange
from db.sync.importing import apply_import, read_packages
from tests.db.sync.helpers import Site, sample


@pytest.fixture
def sites(catalog_template, tmp_path):
    hq = Site(catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True)
    nairobi = Site(catalog_template, tmp_path / "nairobi", "Nairobi", "KE")
    kampala = Site(catalog_template, tmp_path / "kampala", "Kampala", "UG")
    yield hq, nairobi, kampala
    for site in (hq, nairobi, kampala):
        site.close()


def entries(database, activity_uuid: str | None = None) -> dict[str, tuple]:
    """Every history entry by its change ID, as a package carries it (times to the second,
    an empty value as no value)."""
    with database.session() as session:
        changes = session.exec(select(ActivityChange)).all()
    return {c.change_uuid: (c.activity_uuid, c.changed_at.replace(microsecond=0), c.changed_by,
                            c.office_uuid, c.action, c.field, c.old_value or None,
                            c.new_value or None, c.note)
            for c in changes if activity_uuid in (None, c.activity_uuid)}


def entry_count(database) -> int:
    with database.engine.connect() as connection:
        return connection.execute(text("select count(*) from activity_change")).scalar()


def test_history_entries_can_be_neither_changed_nor_removed(database):
    setup_office(database, "Nairobi", "KE")
    record = create_activity(database, sample(), "amina")
    before = entries(database)
    for statement in ("update activity_change set changed_by = 'someone else'",
                      "update activity_change set new_value = 'x' where action = 'created'",
                      "delete from activity_change"):
        with pytest.raises(DatabaseError, match="append-only"), database.session() as session:
            session.connection().execute(text(statement))
    with pytest.raises(DatabaseError, match="append-only"), database.session() as session:
        session.delete(session.exec(select(ActivityChange)).first())
    assert entries(database) == before and len(activity_history(database, record.uuid)) == 1


def test_history_made_at_an_office_arrives_at_headquarters_as_it_was(sites):
    hq, nairobi, _ = sites
    record = create_activity(nairobi.database, sample(), "amina")
    update_activity(nairobi.database, record.uuid, sample(status="completed",
                                                          outcome="Bill passed"), "amina")
    made = entries(nairobi.database, record.uuid)
    assert hq.receive(nairobi.export()).packages[0].status == "accepted"
    arrived = entries(hq.database, record.uuid)
    assert {key: arrived.get(key) for key in made} == made  # same IDs, who, when, old, new
    assert {e[4] for e in made.values()} == {"created", "updated"}
    assert {e[3] for e in made.values()} == {nairobi.uuid}  # made at the office
    [imported] = [e for key, e in arrived.items() if key not in made]  # and who imported it
    assert imported[4] == "imported"


def test_the_same_history_received_twice_or_overlapping_is_stored_once(sites):
    hq, nairobi, _ = sites
    record = create_activity(nairobi.database, sample(), "amina")
    first = nairobi.export()
    update_activity(nairobi.database, record.uuid, sample(title="Asylum law adopted"), "amina")
    second = nairobi.export()  # carries the first package's entries again, and one more
    hq.receive(first, second)  # overlapping, in one transaction
    after_both = entry_count(hq.database)
    hq.receive(first)
    hq.receive(second)
    assert entry_count(hq.database) == after_both
    arrived = entries(hq.database, record.uuid)
    assert set(entries(nairobi.database, record.uuid)) <= set(arrived)
    # Two entries from the office, plus headquarters' own record of each import that changed
    # something: the new activity and its new title.
    assert len(arrived) == 2 + 2


def test_a_round_trip_brings_no_duplicates_and_both_ends_agree(sites):
    hq, nairobi, _ = sites
    record = create_activity(nairobi.database, sample(), "amina")
    hq.receive(nairobi.export())
    update_activity(hq.database, record.uuid, sample(outcome="Checked by HQ"), "hq-officer")
    own = entries(nairobi.database, record.uuid)
    assert nairobi.receive(hq.export(office_uuid=nairobi.uuid)).packages[0].updated == 1
    back = entries(nairobi.database, record.uuid)
    assert {key: back[key] for key in own} == own
    by_hq = [e for e in back.values() if e[2] == "hq-officer" and e[4] == "updated"]
    assert [(e[3], e[5], e[7]) for e in by_hq] == [(hq.uuid, "outcome", "Checked by HQ")]
    hq.receive(nairobi.export())
    nairobi.receive(hq.export(office_uuid=nairobi.uuid))
    assert entries(hq.database, record.uuid) == entries(nairobi.database, record.uuid)
    count = entry_count(nairobi.database)
    nairobi.receive(hq.export(office_uuid=nairobi.uuid))
    assert entry_count(nairobi.database) == count


def test_a_deletions_history_travels(sites):
    hq, nairobi, kampala = sites
    kept = create_activity(nairobi.database, sample(), "amina")
    gone = create_activity(nairobi.database, sample(title="Workshop"), "amina")
    hq.receive(nairobi.export())
    delete_activity(nairobi.database, gone.uuid, "amina")
    never_sent = create_activity(nairobi.database, sample(title="Draft"), "amina")
    delete_activity(nairobi.database, never_sent.uuid, "amina")
    assert hq.receive(nairobi.export()).packages[0].deleted == 2
    for record in (gone, never_sent):
        made = entries(nairobi.database, record.uuid)
        assert {e[4] for e in made.values()} == {"created", "deleted"}
        arrived = entries(hq.database, record.uuid)
        assert {key: arrived.get(key) for key in made} == made
    kampala.receive(hq.export(region_code="EHSA"))  # and on to the region's other offices
    made = entries(nairobi.database, gone.uuid)
    assert set(made) <= set(entries(kampala.database, gone.uuid))
    assert set(entries(nairobi.database, kept.uuid)) <= set(entries(kampala.database,
                                                                    kept.uuid))


def test_the_history_of_a_conflicting_version_is_kept(sites):
    """Entries are facts about what happened where: the other side of a conflict made them."""
    hq, nairobi, _ = sites
    record = create_activity(nairobi.database, sample(), "amina")
    hq.receive(nairobi.export())
    update_activity(hq.database, record.uuid, sample(title="HQ wording"), "hq")
    update_activity(nairobi.database, record.uuid, sample(title="Office wording"), "amina")
    assert hq.receive(nairobi.export()).packages[0].conflicts == 1
    made = entries(nairobi.database, record.uuid)
    assert set(made) <= set(entries(hq.database, record.uuid))


def test_the_history_of_a_rejected_row_is_not_stored(sites, tmp_path):
    hq, nairobi, kampala = sites
    accepted = create_activity(nairobi.database, sample(), "amina")
    rejected = create_activity(nairobi.database, sample(title="Claimed by another"), "amina")
    [read] = read_packages([nairobi.export()])
    assert len(read.content.history) == 2
    # As if the file said another office owned one row (unsigned: a hand-made file).
    rows = tuple(replace(r, owner_office_id=kampala.uuid) if r.activity_id == rejected.uuid
                 else r for r in read.content.activities)
    manifest = replace(read.content.manifest, signing_key="", signature="")
    read = replace(read, content=replace(read.content, manifest=manifest, activities=rows))
    report = apply_import(hq.database, [read], "hq", valid_rows_only=True,
                          error_workbook=tmp_path / "errors.xlsx", accept_unsigned=True)
    assert (report.packages[0].new, report.packages[0].rejected) == (1, 1)
    assert entries(hq.database, rejected.uuid) == {}
    assert set(entries(nairobi.database, accepted.uuid)) <= set(entries(hq.database,
                                                                        accepted.uuid))


def own_entries(database, activity_uuid: str, travelled: dict) -> list[tuple]:
    """(action, field, who, office) of the entries this database wrote on import."""
    return sorted((e[4], e[5], e[2], e[3]) for key, e in entries(database, activity_uuid).items()
                  if key not in travelled)


def test_an_import_records_itself_at_the_office_that_imported(sites):
    """The entries that travel keep the office where each change was made; the entries an
    import writes name the importing office and person, at headquarters and at an office."""
    hq, nairobi, _ = sites
    record = create_activity(nairobi.database, sample(), "amina")
    gone = create_activity(nairobi.database, sample(title="Workshop"), "amina")
    made = entries(nairobi.database, record.uuid)
    hq.receive(nairobi.export())
    assert own_entries(hq.database, record.uuid, made) == [
        ("imported", None, "tester", hq.uuid)]
    assert {e[3] for key, e in entries(hq.database, record.uuid).items() if key in made} == {
        nairobi.uuid}
    [hq_import] = [c for c in activity_history(hq.database, record.uuid)
                   if c.action == "imported"]
    assert hq_import.note.startswith("package ")

    delete_activity(nairobi.database, gone.uuid, "amina")
    made_gone = entries(nairobi.database, gone.uuid)
    hq.receive(nairobi.export())
    assert ("deleted", None, "tester", hq.uuid) in own_entries(hq.database, gone.uuid,
                                                               made_gone)

    update_activity(hq.database, record.uuid, sample(outcome="Checked by HQ"), "hq-officer")
    before = entries(hq.database, record.uuid)
    assert nairobi.receive(hq.export(office_uuid=nairobi.uuid)).packages[0].updated == 1
    assert own_entries(nairobi.database, record.uuid, before) == [
        ("imported", "outcome", "tester", nairobi.uuid)]
    arrived = entries(nairobi.database, record.uuid)
    assert {key: arrived[key] for key in before} == before  # headquarters' import entry too
    assert [e[3] for e in before.values() if e[4] == "imported"] == [hq.uuid]
