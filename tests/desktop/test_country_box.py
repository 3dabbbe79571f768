"""The country box in the person's language: countries named and sorted in it, found by their
local name, their English name or their code, with or without accents."""

from __future__ import annotations

import pytest

from desktop.setup_dialog import SetupDialog
from desktop.translations import ENGLISH, language_switcher


@pytest.fixture
def french():
    language_switcher().switch("fr")
    yield
    language_switcher().switch(ENGLISH)


def completions(qtbot, dialog: SetupDialog, typed: str) -> list[str]:
    completer = dialog.country_combo.completer()
    completer.setCompletionPrefix(typed)
    model = completer.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.mark.parametrize("typed", ["Sén", "sén", "Seneg", "senegal"])
def test_senegal_is_found_as_a_french_speaker_types_it(qtbot, app_context, french, typed):
    dialog = SetupDialog(app_context)
    qtbot.addWidget(dialog)
    assert "Sénégal (SN)" in completions(qtbot, dialog, typed)


def test_the_countries_are_named_and_sorted_in_french(qtbot, app_context, french):
    dialog = SetupDialog(app_context)
    qtbot.addWidget(dialog)
    labels = [dialog.country_combo.itemText(i) for i in range(dialog.country_combo.count())]
    assert "Allemagne (DE)" in labels and "Germany (DE)" not in labels
    assert labels.index("Égypte (EG)") < labels.index("Espagne (ES)")  # É sorts with E


def test_a_typed_local_name_saves_its_country(qtbot, app_context, french):
    dialog = SetupDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("HCR Dakar")
    dialog.country_combo.setEditText("Sénégal")
    assert dialog._country() == "SN"
