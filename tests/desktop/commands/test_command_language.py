"""A command prints in the language the person chose in the window (or IT preset)."""

from __future__ import annotations

import pytest

from desktop.translations import ENGLISH, LANGUAGE_SETTING, language_switcher
from tests.desktop.cli_support import run


@pytest.fixture
def english_after():
    yield
    language_switcher().switch(ENGLISH)


def test_a_command_speaks_the_language_chosen_in_the_window(capsys, tmp_path, english_after):
    (tmp_path / "settings.ini").write_text(
        f"[{LANGUAGE_SETTING.split('/')[0]}]\n{LANGUAGE_SETTING.split('/')[1]}=fr\n")
    code, _out, err = run(capsys, "--data-dir", str(tmp_path), "export",
                          str(tmp_path / "p.xlsx"))
    assert code != 0
    assert "Configurez d'abord le bureau" in err


def test_the_preset_language_of_it_applies_without_a_choice(capsys, tmp_path, english_after):
    config = tmp_path / "tenpoint.ini"
    config.write_text("[interface]\nlanguage = es\n")
    code, _out, err = run(capsys, "--data-dir", str(tmp_path / "data"), "--config", str(config),
                          "export", str(tmp_path / "p.xlsx"))
    assert code != 0 and "tenpoint setup" in err
    assert "Set up" not in err
