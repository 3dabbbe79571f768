"""The browser's note of the office's regions says, on hover, why it follows each conference."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from db.installation.office import setup_office
from tests.desktop.browser.helpers import make_context
from tests.desktop.window_support import browser_area


def test_the_region_note_says_why_kenya_follows_sanaa(qtbot, database, tmp_path):
    setup_office(database, "Nairobi office", "KE")
    area = browser_area(make_context(database, tmp_path / "data-folder"))
    qtbot.addWidget(area)
    tip = QTextDocument()
    tip.setHtml(area.scope_label.toolTip())
    lines = tip.toPlainText().split("\n")
    assert lines[0] == "Why your office follows these conferences:"
    assert lines[1].startswith("Gulf of Aden: Sana'a 2008 (named in Selected follow-up "
                               "activity SAN-SEL-F-18: “Monthly Regional Teleconferences")
    assert lines[2].endswith(": Dar es Salaam 2010 (took part)")


def test_headquarters_has_no_reasons_to_give(qtbot, database, tmp_path):
    setup_office(database, "UNHCR HQ", None, is_headquarters=True)
    area = browser_area(make_context(database, tmp_path / "data-folder"))
    qtbot.addWidget(area)
    assert area.scope_label.toolTip() == ""
