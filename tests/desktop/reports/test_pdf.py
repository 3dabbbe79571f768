"""The follow-up compilation's PDF, read back with poppler: pages, contents, texts, sizes."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from db.progress.report_data import DataSource, ReportActivity, ReportEvent, ReportItem
from desktop.reports.pdf import PdfReport, write_pdf
from exporters.report_workbook import ReportCancelled
from tests.outside_tools import needs

DAKAR_TITLE = "Regional Conference on Refugee Protection and International Migration, Dakar"
SANAA_TITLE = "Regional Conference on Refugee Protection and International Migration, Sana'a"


def activity(number: int, title: str, status: str = "ongoing", evidence: str = "") -> (
        ReportActivity):
    return ReportActivity(
        uuid=f"{number:032x}", title=title, status=status, country_iso2="SN",
        country_name="Senegal", office_name="Dakar office", lead_organisation="IOM",
        start_date=date(2010, 3, 1), end_date=date(2010, 9, 30), evidence=evidence,
        updated_at=datetime(2011, 6, 1, tzinfo=UTC), item_codes=())


def item(code: str, label: str, activities: tuple[ReportActivity, ...]) -> ReportItem:
    return ReportItem(code, label, "recommendation", "I. Protection-sensitive entry systems",
                      f"States should strengthen reception arrangements ({code}).", activities)


def small_report(page_size: str = "A4") -> PdfReport:
    # Enough activities under Dakar that it runs over several pages and Sana'a starts later.
    many = tuple(activity(100 + n, f"Border officials trained, round {n}",
                          evidence="Training report and list of participants. " * 4)
                 for n in range(40))
    dakar = ReportEvent("DAK", "Dakar 2008", DAKAR_TITLE, "West Africa", (
        item("DAK-SR-1", "1.", (activity(1, "Workshop on <b>html</b> & referral",
                                         status="completed"),
                                activity(2, "Screening at Rosso crossing", status="planned"))),
        item("DAK-SR-2", "2.", ()),
        item("DAK-SR-3", "3.", many)))
    sanaa = ReportEvent("SAN", "Sana'a 2008", SANAA_TITLE, "Gulf of Aden", (
        item("SAN-SR-1", "1.", (activity(3, "Coastal monitoring network", status="suspended"),)),
    ))
    sources = (DataSource("Dakar office", "Senegal", 42, datetime(2011, 6, 1, 12, tzinfo=UTC),
                          False),
               DataSource("Headquarters", "Switzerland", 1, None, True))
    return PdfReport("Follow-up compilation", ("Region: West Africa", "Made on 5 Dec 2026 21:00"),
                     sources, (dakar, sanaa), page_size)


def activity_titles(report: PdfReport) -> list[str]:
    return [activity.title for event in report.events for item in event.items
            for activity in item.activities]


def run(*command: str | Path) -> str:
    return subprocess.run([str(part) for part in command], capture_output=True, text=True,
                          check=True).stdout


def page_texts(path: Path, pages: int) -> list[str]:
    """Each page's text in the order it was drawn, whitespace made single spaces (lines wrap
    anywhere)."""
    return [" ".join(run("pdftotext", "-raw", "-f", page, "-l", page, path, "-").split())
            for page in range(1, pages + 1)]


def pdf_info(path: Path) -> dict[str, str]:
    lines = run("pdfinfo", path).splitlines()
    return {key.strip(): value.strip() for key, _, value in (line.partition(":")
                                                              for line in lines)}


@pytest.fixture
def written(qapp, tmp_path):
    report = small_report()
    path = tmp_path / "report.pdf"
    summary = write_pdf(report, path)
    return report, path, summary


@needs("pdftotext", "pdfinfo")
def test_the_page_count_is_the_pdfs(written):
    _report, path, summary = written
    assert int(pdf_info(path)["Pages"]) == summary.pages
    assert summary.pages >= 5  # cover, contents, Dakar over pages, Sana'a


@needs("pdftotext", "pdfinfo")
def test_the_contents_name_the_page_each_event_starts_on(written):
    report, path, summary = written
    texts = page_texts(path, summary.pages)
    assert [name for name, _page in summary.toc] == ["Dakar 2008", "Sana'a 2008"]
    assert summary.toc[1][1] > summary.toc[0][1] + 1  # Dakar runs over more than a page
    for event, (_name, page) in zip(report.events, summary.toc, strict=True):
        assert f"{event.short_name} {event.title}" in texts[1]
        assert re.search(rf"{re.escape(event.title)} {event.region_name} {page}\b", texts[1])
        # The heading is on that page (the running header names the event on later pages).
        heading = f"{event.short_name} {event.title} Region: {event.region_name}"
        assert [number for number, text in enumerate(texts, 1) if heading in text] == [page]


@needs("pdftotext", "pdfinfo")
def test_every_activity_and_item_is_shown_escaped(written):
    report, path, summary = written
    text = " ".join(page_texts(path, summary.pages))
    for title in activity_titles(report):
        assert title in text
    assert "Workshop on <b>html</b> & referral" in text
    assert "DAK-SR-2 2. States should strengthen reception arrangements (DAK-SR-2)." in text
    assert "No follow-up recorded." in text
    assert "Status: Completed" in text and "Status: Suspended" in text
    assert "Lead organisation: IOM" in text and "2010-03-01 – 2010-09-30" in text
    assert "Evidence: Training report" in text


@needs("pdftotext", "pdfinfo")
def test_pages_break_between_activities_and_show_each_line_once(written):
    report, path, summary = written
    texts = page_texts(path, summary.pages)
    for text in texts[2:]:
        body = re.sub(r"^Follow-up compilation (Dakar|Sana'a) 2008 ", "", text)  # the header
        assert body != text
        assert not body.startswith(("Status:", "Evidence:", "report and list")), body[:80]
    # A line at a page's edge is drawn on its own page only (not hidden on the next).
    content = " ".join(texts[2:])
    for title in activity_titles(report):
        assert content.count(f"{title} Status:") == 1


@needs("pdftotext", "pdfinfo")
def test_what_is_taller_than_a_page_runs_on_over_pages(qapp, tmp_path):
    evidence = " ".join(f"Report {number} of the monitoring visits." for number in range(700))
    long = activity(7, "Monitoring visits", evidence=evidence)
    event = ReportEvent("DAK", "Dakar 2008", DAKAR_TITLE, "West Africa",
                        (item("DAK-SR-1", "1.", (long,)),))
    path = tmp_path / "report.pdf"
    summary = write_pdf(PdfReport("Long", (), (), (event,)), path)
    text = " ".join(page_texts(path, summary.pages))
    assert summary.pages >= 5
    assert all(f"Report {number} of the monitoring visits." in text for number in range(700))
    assert text.count("Report 350 of the monitoring visits.") == 1


@needs("pdftotext", "pdfinfo")
def test_the_cover_shows_scope_and_sources(written):
    _report, path, summary = written
    cover = page_texts(path, summary.pages)[0]
    assert cover.startswith("Follow-up compilation Region: West Africa Made on 5 Dec 2026")
    assert "Events: 2 · Asking items: 4 · Follow-up activities: 43" in cover
    assert "Dakar office Senegal 42" in cover
    assert "Headquarters Switzerland 1 This installation's own office" in cover


@needs("pdftotext", "pdfinfo")
def test_every_page_has_its_footer_and_later_pages_a_header(written):
    _report, path, summary = written
    texts = page_texts(path, summary.pages)
    for number, text in enumerate(texts, 1):
        assert text.endswith(f"Page {number} of {summary.pages}")
    assert not texts[0].startswith("Follow-up compilation Contents")
    assert texts[1].startswith("Follow-up compilation Contents")
    last_dakar_page = summary.toc[1][1] - 1
    assert texts[last_dakar_page - 1].startswith("Follow-up compilation Dakar 2008")
    assert texts[-1].startswith("Follow-up compilation Sana'a 2008")


@needs("pdftotext", "pdfinfo")
@pytest.mark.parametrize(("page_size", "shown"), [("A4", "(A4)"), ("Letter", "(letter)")])
def test_a4_and_letter(qapp, tmp_path, page_size, shown):
    path = tmp_path / "report.pdf"
    summary = write_pdf(small_report(page_size), path)
    info = pdf_info(path)
    assert info["Page size"].endswith(shown)
    assert int(info["Pages"]) == summary.pages


def test_progress_rises_to_its_total(qapp, tmp_path):
    seen = []
    write_pdf(small_report(), tmp_path / "report.pdf", progress=lambda *step: seen.append(step))
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)
    assert seen[-1][0] == seen[-1][1]
    assert len({total for _done, total in seen}) == 1


@pytest.mark.parametrize("checks_before_cancel", [0, 1, 4])
def test_cancelling_raises_and_leaves_no_file(qapp, tmp_path, checks_before_cancel):
    asked = []

    def cancelled() -> bool:  # during layout (0, 1) or while drawing pages (4)
        asked.append(True)
        return len(asked) > checks_before_cancel

    with pytest.raises(ReportCancelled):
        write_pdf(small_report(), tmp_path / "report.pdf", cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_page_size_is_refused(qapp, tmp_path):
    with pytest.raises(ValueError, match="A5"):
        write_pdf(small_report("A5"), tmp_path / "report.pdf")
    assert list(tmp_path.iterdir()) == []


@needs("pdftotext")
def test_english_source_text_ends_with_its_full_stop_in_an_arabic_report(qapp, tmp_path):
    """The compilation's recommendations are English: in a right-to-left report their
    paragraphs still run left to right, so a sentence's full stop ends it rather than
    standing at its left, before its first word."""
    path = tmp_path / "arabic.pdf"
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        write_pdf(small_report(), path)
    finally:
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    lines = [" ".join(line.split()) for line in run("pdftotext", "-layout", path,
                                                      "-").splitlines()]
    assert "1. States should strengthen reception arrangements (DAK-SR-1)." in lines

