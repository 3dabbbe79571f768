"""Merging a conflict field by field: each differing field a choice and an editable result,
the shared ones once, the editor's rules, and the merged version saved as the resolution."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from db.activities.service import (
    activity_history,
    create_activity,
    delete_activity,
    get_activity,
    update_activity,
)
from db.sync.conflicts import open_conflicts
from desktop.sync.conflicts_panel import ConflictsPanel
from desktop.sync.merge_dialog import BOTH, MINE, THEIRS, MergeDialog
from tests.db.sync.helpers import Site, sample
from tests.desktop.browser.helpers import make_context

HQ = dict(status="suspended", progress_notes="Waiting for the cabinet",
          item_codes=("DES-SR-III-01", "DES-SR-III-02"), end_date=date(2026, 3, 31))
NAIROBI = dict(status="completed", outcome="Bill tabled", people_reached=40,
               item_codes=("DES-SR-III-01", "DES-AP-I-A11"), start_date=date(2026, 4, 15))


@pytest.fixture
def conflict_at_hq(catalog_template, tmp_path):
    """Headquarters and Nairobi changed the same activity; HQ received Nairobi's change."""
    hq = Site(catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True)
    nairobi = Site(catalog_template, tmp_path / "nairobi", "Nairobi", "KE")
    record = create_activity(nairobi.database, sample(), "amina")
    hq.receive(nairobi.export())
    update_activity(hq.database, record.uuid, sample(**HQ), "hq-reviewer")
    update_activity(nairobi.database, record.uuid, sample(**NAIROBI), "amina")
    hq.receive(nairobi.export())
    yield hq, nairobi, record.uuid
    hq.close()
    nairobi.close()


@pytest.fixture
def panel(qtbot, conflict_at_hq, tmp_path):
    hq = conflict_at_hq[0]
    widget = ConflictsPanel(make_context(hq.database, tmp_path / "hq-data"))
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.refresh()
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_merge(qtbot, panel) -> MergeDialog:
    panel.edit_button.click()
    dialog = panel.merge_dialog
    qtbot.waitExposed(dialog)
    return dialog


def checked(dialog: MergeDialog, name: str) -> str | None:
    choice = dialog.choices[name]
    return next((key for key, radio in choice.radios.items() if radio.isChecked()), None)


def test_each_differing_field_is_a_choice_and_the_shared_ones_are_shown_once(qtbot, panel):
    dialog = open_merge(qtbot, panel)
    assert list(dialog.choices) == ["item_codes", "status", "start_date", "end_date",
                                    "people_reached", "progress_notes", "outcome"]
    shared = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Title:" in shared and "National asylum law review" in shared
    assert all(radio.text() in ("Keep mine", "Take theirs",
                                "Both: every item of the two versions")
               for choice in dialog.choices.values() for radio in choice.radios.values())
    # it starts from both: mine, the fields only theirs filled in, the items of both
    assert checked(dialog, "status") == MINE
    assert checked(dialog, "outcome") == THEIRS
    assert checked(dialog, "item_codes") == BOTH
    assert dialog.choices["item_codes"].result.value() == (
        "DES-AP-I-A11", "DES-SR-III-01", "DES-SR-III-02")
    mine = dialog.choices["status"].version_labels[MINE].text()
    assert "Suspended" in mine and "background-color" in mine  # the differing word marked


def test_choosing_and_editing_field_by_field_saves_the_merged_version(qtbot, panel,
                                                                      conflict_at_hq):
    hq, _, uuid = conflict_at_hq
    conflict_id = panel.selected_conflict().id
    dialog = open_merge(qtbot, panel)
    choices = dialog.choices
    choices["status"].radios[THEIRS].click()
    assert choices["status"].result.value() == "completed"
    choices["item_codes"].radios[MINE].click()
    assert choices["item_codes"].result.value() == ("DES-SR-III-01", "DES-SR-III-02")
    choices["end_date"].radios[THEIRS].click()  # Nairobi's has none
    choices["outcome"].result.set_value("Bill tabled; first reading in May")
    assert checked(dialog, "outcome") is None  # edited: neither version any more
    choices["people_reached"].result.setText("1,200")  # read as a package's cell is
    with qtbot.waitSignal(panel.resolved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert panel.count() == 0 and open_conflicts(hq.database) == []
    assert "saved an edited version" in panel.resolved_label.text()  # no conflict left
    saved = get_activity(hq.database, uuid)
    assert (saved.status, saved.outcome, saved.progress_notes, saved.people_reached) == (
        "completed", "Bill tabled; first reading in May", "Waiting for the cabinet", 1200)
    assert (saved.start_date, saved.end_date) == (date(2026, 2, 1), None)  # mine, theirs
    assert sorted(saved.item_codes) == ["DES-SR-III-01", "DES-SR-III-02"]
    resolved = [h for h in activity_history(hq.database, uuid)
                if h.action == "conflict_resolved"]
    assert {h.note for h in resolved} == {f"conflict {conflict_id}: edited"}
    assert any(h.field == "outcome" and h.new_value == "Bill tabled; first reading in May"
               for h in resolved)


def test_the_merged_version_passes_the_editor_s_rules_before_it_is_saved(qtbot, panel,
                                                                          conflict_at_hq):
    hq, _, uuid = conflict_at_hq
    dialog = open_merge(qtbot, panel)
    choices = dialog.choices
    choices["start_date"].radios[THEIRS].click()  # 15 April, with my end of 31 March
    choices["people_reached"].result.setText("about 50")
    choices["item_codes"].result.set_value(())
    assert not dialog.save()
    assert dialog.focusWidget() is choices["item_codes"].result  # the first field refused
    assert "about 50" in choices["people_reached"].error_label.text()
    assert choices["item_codes"].error_label.text() == "A value is required."
    assert choices["end_date"].error_label.isVisible()
    assert "before the start" in choices["end_date"].error_label.text()
    assert len(open_conflicts(hq.database)) == 1
    assert get_activity(hq.database, uuid).status == "suspended"
    choices["people_reached"].result.setText("50")  # checked again as the person corrects
    assert not choices["people_reached"].error_label.isVisible()
    choices["start_date"].radios[MINE].click()
    choices["item_codes"].radios[BOTH].click()
    assert not choices["end_date"].error_label.isVisible()
    assert dialog.save()
    assert get_activity(hq.database, uuid).people_reached == 50


def test_cancel_leaves_the_conflict_open(qtbot, panel, conflict_at_hq):
    dialog = open_merge(qtbot, panel)
    dialog.choices["status"].radios[THEIRS].click()
    dialog.reject()
    assert panel.count() == 1 and panel.merge_dialog is None
    assert get_activity(conflict_at_hq[0].database, conflict_at_hq[2]).status == "suspended"


def test_a_deletion_is_named_and_merging_keeps_the_activity(qtbot, catalog_template, tmp_path):
    hq = Site(catalog_template, tmp_path / "hq", "UNHCR HQ", None, hq=True)
    nairobi = Site(catalog_template, tmp_path / "nairobi", "Nairobi", "KE")
    record = create_activity(nairobi.database, sample(), "amina")
    hq.receive(nairobi.export())
    update_activity(hq.database, record.uuid, sample(status="suspended"), "hq-reviewer")
    delete_activity(nairobi.database, record.uuid, "amina")
    hq.receive(nairobi.export())
    conflict = open_conflicts(hq.database)[0]
    dialog = MergeDialog(make_context(hq.database, tmp_path / "hq-data"), conflict)
    qtbot.addWidget(dialog)
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("The received version deletes this activity." in text for text in notes)
    assert dialog.save()
    saved = get_activity(hq.database, record.uuid)
    assert saved.deleted_at is None and saved.status == "suspended"
    hq.close()
    nairobi.close()


def test_a_country_is_picked_as_everywhere_else_not_typed_as_a_code(qtbot):
    from db.activities.service import CountryOptions
    from desktop.sync.merge_dialog import CountryResult

    options = CountryOptions([("KE", "Kenya"), ("SN", "Senegal"), ("UG", "Uganda")], "KE", None)
    result = CountryResult(options, {MINE: "KE", THEIRS: "UG"})
    qtbot.addWidget(result)
    # a field office is offered its own country and the two versions'
    assert [result.itemData(row) for row in range(result.count())] == [None, "KE", "UG"]
    result.set_value("UG")
    assert result.value() == "UG" and result.currentText() == "Uganda (UG)"
    result.setEditText("kenya")  # found by its name, as the editor's picker finds it
    assert result.value() == "KE"
    result.setEditText("Senegal")  # known though not offered: the rules say why it is refused
    assert result.value() == "SN"
    result.set_value(None)
    assert result.value() is None
