"""The history view: entries made at other offices arrive and show where; nothing can be edited."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QPushButton

from db.activities.service import create_activity, update_activity
from db.installation.office import setup_office
from db.installation.signing import own_fingerprint
from db.sync.importing import apply_import, read_packages
from desktop.activities.history import HistoryDialog
from desktop.shared.labels import action_label, field_label
from exporters.activity import ActivityContent
from tests.db.sync.helpers import Site

WHO, OFFICE, WHAT, FIELD, NEW = 1, 2, 3, 4, 6


@pytest.fixture
def nairobi(catalog_template, tmp_path):
    site = Site(catalog_template, tmp_path / "nairobi", "Nairobi", "KE")
    yield site
    site.close()


@pytest.fixture
def exchanged(app_context, nairobi):
    """Headquarters (this context) after importing an activity Nairobi made and edited."""
    setup_office(app_context.database, "UNHCR HQ", None, is_headquarters=True)
    values = dict(title="Border monitoring", item_codes=("DES-SR-III-01",), status="planned")
    record = create_activity(nairobi.database, ActivityContent(**values), "amina")
    update_activity(nairobi.database, record.uuid, ActivityContent(**{
        **values, "status": "ongoing"}), "amina")
    report = apply_import(app_context.database, read_packages([nairobi.export()]), "hq",
                          trusted_fingerprints=[own_fingerprint(nairobi.database)])
    assert report.packages[0].status == "accepted"
    return record


@pytest.fixture
def dialog(qtbot, app_context, exchanged):
    shown = HistoryDialog(app_context, exchanged.uuid, exchanged.title)
    qtbot.addWidget(shown)
    return shown


def rows(dialog) -> list[tuple[str, ...]]:
    model = dialog.model
    return [tuple(model.index(row, column).data() for column in range(model.columnCount()))
            for row in range(model.rowCount())]


def test_entries_made_at_the_office_show_at_headquarters_with_the_office(dialog):
    shown = rows(dialog)
    made_there = [r for r in shown if r[WHO] == "amina" and r[OFFICE] == "Nairobi"]
    assert [r[WHAT] for r in made_there if r[WHAT] == action_label("created")]
    assert [(r[FIELD], r[NEW]) for r in made_there if r[WHAT] == action_label("updated")] == [
        (field_label("status"), "Ongoing")]
    assert shown[0][WHAT].startswith(action_label("imported"))  # newest first: the import


def test_no_history_cell_can_be_edited(dialog):
    model = dialog.model
    assert model.rowCount() >= 3
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
            assert not model.setData(index, "changed", Qt.ItemDataRole.EditRole)
    before = rows(dialog)
    view = dialog.view
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    view.edit(model.index(0, NEW))
    assert view.state() != QAbstractItemView.State.EditingState
    assert rows(dialog) == before


def test_the_view_offers_no_way_to_change_or_remove_an_entry(dialog):
    assert dialog.view.actions() == [] and dialog.actions() == []
    assert dialog.view.contextMenuPolicy() in (Qt.ContextMenuPolicy.DefaultContextMenu,
                                               Qt.ContextMenuPolicy.NoContextMenu)
    assert len(dialog.findChildren(QPushButton)) == 1  # Close, and nothing else
    assert dialog.old_text.isReadOnly() and dialog.new_text.isReadOnly()


def test_the_import_notes_are_worded_and_other_notes_kept_as_written(monkeypatch):
    """The notes db/ writes are machine text; the ones the import writes reach the translator
    (here a fake one that brackets what it translates)."""
    from desktop.activities import history
    monkeypatch.setattr(history, "translate", lambda _context, text: f"<{text}>")
    # the package's id is isolated: in Arabic an id that starts with digits stays whole
    assert history.note_text("unsigned package p-1, edited in a spreadsheet after export") == \
        "<<unsigned package \u2066p-1\u2069>, edited in a spreadsheet after export>"
    assert history.note_text("package p-2") == "<package \u2066p-2\u2069>"
    assert history.note_text("duplicated from a-1") == "duplicated from a-1"
