"""The conflicts panel at a laptop's width: both versions in full, the changed words marked."""

from __future__ import annotations

from db.activities.service import create_activity, update_activity
from desktop.sync.comparison import MARK_CLOSE, MARK_OPEN, marked_difference
from tests.db.sync.helpers import sample

HQ_TITLE = ("HQ: National asylum law review with the Refugee Affairs Secretariat, second "
            "reading of the draft bill on statelessness determination and reception standards")
NAIROBI_TITLE = ("Nairobi: National asylum law review with the Refugee Affairs Secretariat, "
                 "third reading of the draft bill on statelessness determination and appeals")




def test_changed_words_are_marked_in_both_versions_and_html_is_escaped():
    mine, theirs = marked_difference("Review <b>law</b> with RAS", "Review the law with RAS")
    assert mine == f"Review {MARK_OPEN}&lt;b&gt;law&lt;/b&gt;{MARK_CLOSE} with RAS"
    assert theirs == (f"Review {MARK_OPEN}the{MARK_CLOSE} {MARK_OPEN}law{MARK_CLOSE} "
                      "with RAS")
    assert marked_difference("same\ntext", "same\ntext") == ("same<br>text",) * 2


def test_long_versions_are_shown_in_full_side_by_side_at_1366_pixels(sites, monkeypatch,
                                                                     qtbot):
    hq, nairobi = sites
    record = create_activity(nairobi.database, sample(), "amina")
    hq.apply(hq.preview(monkeypatch, nairobi.export(monkeypatch)))
    update_activity(hq.database, record.uuid, sample(title=HQ_TITLE), "hq-reviewer")
    update_activity(nairobi.database, record.uuid, sample(title=NAIROBI_TITLE), "amina")
    hq.apply(hq.preview(monkeypatch, nairobi.export(monkeypatch, changed_only=True)))
    panel = hq.area.conflicts
    assert panel.count() == 1
    hq.area.resize(1366, 768)
    hq.area.show()
    qtbot.waitExposed(hq.area)
    hq.area.tabs.setCurrentWidget(panel)
    mine, theirs = panel.comparison_labels["title"]
    qtbot.waitUntil(lambda: mine.isVisible() and mine.width() > 0)
    area = panel.comparison_area
    qtbot.waitUntil(lambda: area.widget().width() <= area.viewport().width())  # laid out
    for label, marked in ((mine, "HQ:"), (theirs, "Nairobi:")):
        assert label.wordWrap()
        assert f"{MARK_OPEN}{marked}{MARK_CLOSE}" in label.text()
        assert "statelessness determination" in label.text()  # the whole text, not cut
        assert label.height() >= label.heightForWidth(label.width())  # all lines shown
        viewport = panel.comparison_area.viewport()
        assert label.width() < viewport.width() // 2
        assert label.mapTo(viewport, label.rect().bottomRight()).x() < viewport.width()
    assert mine.geometry().top() == theirs.geometry().top()
    assert mine.geometry().right() < theirs.geometry().left()
    assert f"{MARK_OPEN}second{MARK_CLOSE}" in mine.text()
    assert f"{MARK_OPEN}third{MARK_CLOSE}" in theirs.text()
    hq.area.grab().save(str(hq.folder.parent / "conflicts-1366.png"))
