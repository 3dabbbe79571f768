"""The interface language: chosen, preset or the system's; switching applies at once, Arabic
mirrors the window, and the next start speaks the language chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop.translations import (
    ENGLISH,
    chosen_language,
    language_switcher,
    locale_for,
    saved_language,
)
from tests.desktop.window_support import main_window


@pytest.fixture
def english_after():
    """Whatever a test switches to, the next one starts in English."""
    yield
    language_switcher().switch(ENGLISH)


def test_the_choice_wins_over_the_preset_which_wins_over_the_system():
    french_system = QLocale("fr_SN")
    assert chosen_language("ar", "es", french_system) == "ar"
    assert chosen_language(None, "es", french_system) == "es"
    assert chosen_language(None, None, french_system) == "fr"
    assert chosen_language(None, None, QLocale("de_DE")) == ENGLISH
    assert chosen_language("de", None, QLocale("de_DE")) == ENGLISH  # not one of the five


def test_dates_follow_the_system_country_when_it_speaks_the_language():
    assert locale_for("fr", None, QLocale("fr_SN")).name() == "fr_SN"
    assert locale_for("fr", None, QLocale("en_KE")).name() == "fr_FR"


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def rebuilt_after(qtbot, window, language: str):
    """Choose language in the window's menu; the window startup puts in its place."""
    replaced = []
    window.language_switched.connect(lambda: replaced.append(window.rebuilt()))
    window.language_actions[language].trigger()
    qtbot.waitUntil(lambda: bool(replaced), timeout=5000)
    return replaced[0]


def test_choosing_french_rebuilds_the_window_in_french_where_the_person_was(
        qtbot, app_context, english_after):
    window = main_window(app_context)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(1)
    assert menu_titles(window)[0] == "&File"
    french = rebuilt_after(qtbot, window, "fr")
    qtbot.addWidget(french)
    assert menu_titles(french)[0] == "&Fichier"
    assert french.tabs.currentIndex() == 1
    assert french.language_actions["fr"].isChecked()
    assert app_context.settings.language() == "fr"
    assert saved_language(app_context.paths.settings) == "fr"  # what the next start reads


def test_arabic_mirrors_the_window_and_english_restores_it(qtbot, app_context, english_after):
    window = main_window(app_context)
    qtbot.addWidget(window)
    window.show()
    arabic = rebuilt_after(qtbot, window, "ar")
    qtbot.addWidget(arabic)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert menu_titles(arabic)[0] != "&File"
    english_again = rebuilt_after(qtbot, arabic, ENGLISH)
    qtbot.addWidget(english_again)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert menu_titles(english_again)[0] == "&File"


def test_arabic_brings_its_bundled_font_after_the_platform_s_and_english_drops_it(
        qapp, english_after):
    """Arabic shows even where no system font has it: Noto Sans Arabic UI joins the font's
    families (Latin text keeps the platform's font first); English gets the platform's back."""
    from PySide6.QtGui import QFontDatabase, QFontMetrics, QGuiApplication
    platform = QGuiApplication.font().families()
    language_switcher().switch("ar")
    families = QGuiApplication.font().families()
    assert families[:len(platform)] == platform and "Noto Sans Arabic UI" in families
    arabic = QFontDatabase.font("Noto Sans Arabic UI", "Regular", 12)
    assert all(QFontMetrics(arabic).inFontUcs4(ord(c)) for c in "المفوضية")
    language_switcher().switch(ENGLISH)
    assert QGuiApplication.font().families() == platform
