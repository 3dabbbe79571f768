"""The follow-up compilation as a PDF, laid out by Qt: cover, contents, then each event."""

from __future__ import annotations

import bisect
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from desktop.shared.bidi import own_direction
from desktop.shared.formatting import date_text, local_time_text
from desktop.shared.labels import status_label
from desktop.shared.translate import translate
from exporters.progress import Cancelled, Progress, never_cancelled, no_progress
from exporters.report_workbook import ReportCancelled
from exporters.writer import write_beside_then_rename

if TYPE_CHECKING:  # the records are only read: the PDF loads no database library
    from db.progress.report_data import DataSource, ReportActivity, ReportEvent, ReportItem

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(18, 12, 18, 12)
# Layout units are CSS pixels, what the style sheet's sizes mean; the PDF keeps text and lines
# as vectors, so this is no print quality.
RESOLUTION = 96
BODY_POINTS = 10
BAND_POINTS = 8  # the running header and the footer
BAND_COLOUR = QColor("#555555")
EDGE = 0.5  # how far inside the page's edges its lines are looked for
# Where a page had better not break, as block user states: the style sheet's -qt-user-state
# 1 and 2 (headings and item texts keep with what follows, an activity's lines together).
KEEP_WITH_NEXT, KEEP_WITH_PREVIOUS = 1, 2
STYLE = """
h1 { font-size: 18pt; margin-top: 0px; margin-bottom: 6px; -qt-user-state: 1; }
h2 { font-size: 12pt; color: #1f3a5f; margin-top: 16px; margin-bottom: 4px; -qt-user-state: 1; }
p { margin-top: 0px; margin-bottom: 4px; }
th { background-color: #e6ebf2; }
.subtitle { font-size: 13pt; margin-bottom: 8px; -qt-user-state: 1; }
.scope { font-size: 11pt; }
.muted { color: #555555; font-size: 9pt; -qt-user-state: 1; }
.code { color: #555555; font-size: 8pt; margin-top: 12px; margin-bottom: 1px; -qt-user-state: 1; }
.item { -qt-user-state: 1; }
.activity { -qt-block-indent: 1; margin-top: 5px; margin-bottom: 1px; font-weight: bold; }
.detail { -qt-block-indent: 1; font-size: 9pt; color: #333333; margin-bottom: 1px;
          -qt-user-state: 2; }
.none { -qt-block-indent: 1; font-style: italic; color: #555555; margin-top: 4px; }
"""


@dataclass(frozen=True)
class PdfReport:
    """What the compilation shows; its texts are already translated."""

    title: str
    scope_lines: tuple[str, ...]  # what it covers and when it was made, one line each
    sources: tuple[DataSource, ...]
    events: tuple[ReportEvent, ...]
    page_size: str = "A4"  # a key of PAGE_SIZES


@dataclass(frozen=True)
class PdfSummary:
    """The written PDF: its number of pages and its contents (event short name, page)."""

    pages: int
    toc: tuple[tuple[str, int], ...]


def write_pdf(report: PdfReport, path: Path, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> PdfSummary:
    """Writes the compilation to path. progress(done, total) hears the work done; cancelled()
    answering True stops it with ReportCancelled. A cancelled or failed write leaves path as
    it was; a disk or folder failure raises PackageWriteError, as for a workbook."""
    if report.page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {report.page_size!r}")
    steps = _Steps(report.events, progress or no_progress, cancelled or never_cancelled)
    written: list[PdfSummary] = []
    write_beside_then_rename(Path(path), lambda temporary: written.append(
        _render(report, _writer(report, Path(temporary)), steps)))
    return written[0]


def paint_report(report: PdfReport, device: QPagedPaintDevice,
                 progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> PdfSummary:
    """The same compilation painted on another paged device (a printer), on the paper and at
    the resolution the device has. Cancelled, it raises ReportCancelled and a printer drops
    the job: nothing is printed."""
    return _render(report, _with_margins(device), _Steps(
        report.events, progress or no_progress, cancelled or never_cancelled))


def lay_out(report: PdfReport, device: QPagedPaintDevice) -> Pages:
    """The compilation laid out on the device's paper, for painting page by page elsewhere
    (the print preview paints them on the screen)."""
    return Pages(report, _with_margins(device), _Steps(report.events, no_progress,
                                                       never_cancelled))


def _with_margins(device: QPagedPaintDevice) -> QPagedPaintDevice:
    device.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    return device


class _Steps:
    """Progress over the work: each event weighs one plus its items and activities, once for
    laying it out and once for drawing it."""

    def __init__(self, events: Sequence[ReportEvent], progress: Progress,
                 cancelled: Cancelled) -> None:
        self.weights = [1 + len(event.items) + sum(len(item.activities) for item in event.items)
                        for event in events]
        self.total = 2 * sum(self.weights) + 1
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled

    def advance(self, amount: int) -> None:
        self.done += amount
        self._progress(self.done, self.total)

    def check(self) -> None:
        if self._cancelled():
            raise ReportCancelled()


@dataclass(frozen=True)
class _Part:
    """A laid-out document, where each of its pages starts, and what the running header names
    on them."""

    document: QTextDocument
    tops: tuple[float, ...]  # in the document's coordinates, one per page
    header: str | None  # None: no running header (the cover)
    weight: int  # its share of the drawing's progress


class _Sheet:
    """A page's geometry in layout units: header band, body, footer band."""

    def __init__(self, writer: QPagedPaintDevice) -> None:
        self.writer = writer
        # In the device's own pixels: the PDF's RESOLUTION, or a printer's.
        area = writer.pageLayout().paintRectPixels(writer.logicalDpiX())
        self.band_font = _font(BAND_POINTS)
        band = QFontMetricsF(self.band_font, writer).height() * 1.4
        width, height = area.width(), area.height()
        self.header = QRectF(0, 0, width, band)
        self.footer = QRectF(0, height - band, width, band)
        self.body = QRectF(0, 2 * band, width, height - 4 * band)
        self.direction = QGuiApplication.layoutDirection()

    def band_font_on(self, painter: QPainter) -> QFont:
        """The bands' font at its size on this page whatever the painter paints on: a painter
        sizes a font in points for its own device, and the preview paints the printer's page,
        scaled down, on the screen (the documents are laid out for the printer already)."""
        font = QFont(self.band_font)
        font.setPointSizeF(BAND_POINTS * self.writer.logicalDpiY()
                           / painter.device().logicalDpiY())
        return font

    def paged(self, markup: str, header: str | None) -> _Part:
        """markup in pages Qt breaks itself (the cover and contents: tables, few lines)."""
        document = self._document(markup)
        document.setPageSize(self.body.size())
        height = self.body.height()
        return _Part(document, tuple(index * height for index in range(document.pageCount())),
                     header, 0)

    def flowing(self, markup: str, header: str, weight: int) -> _Part:
        """markup as one long page cut into pages here, where a page may break (_page_tops)."""
        document = self._document(markup)
        document.setTextWidth(self.body.width())
        return _Part(document, _page_tops(document, self.body.height()), header, weight)

    def _document(self, markup: str) -> QTextDocument:
        document = QTextDocument()
        # Laid out for the PDF's own resolution, whatever the screen's.
        document.documentLayout().setPaintDevice(self.writer)
        document.setDefaultFont(_font(BODY_POINTS))
        document.setDefaultStyleSheet(STYLE)
        option = QTextOption()
        option.setTextDirection(self.direction)
        # Long web addresses in evidence break anywhere rather than run off the page.
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        document.setDocumentMargin(0)
        document.setHtml(markup)
        return document


def _font(points: float) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(points)
    # Without ligatures the PDF's text copies and searches as written: "office", not "oﬃce".
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def _page_tops(document: QTextDocument, height: float) -> tuple[float, ...]:
    """Where each page starts: at the top of a line, and where possible not between a heading
    and what follows it, inside an activity or leaving a lone line of a paragraph (Qt's own
    pages break at any line)."""
    end = document.size().height()  # first: it finishes the layout, which Qt does lazily
    tops, good = _line_tops(document)
    pages = [0.0]
    while end - pages[-1] > height:
        top, limit = pages[-1], pages[-1] + height
        last = bisect.bisect_right(tops, limit) - 1
        chosen = next((tops[index] for index in range(last, -1, -1)
                       if tops[index] <= top or good[index]), top)
        if chosen <= top:  # what must stay together is taller than a page: cut at a line
            chosen = tops[last] if tops[last] > top else limit
        pages.append(chosen)
    return tuple(pages)


def _line_tops(document: QTextDocument) -> tuple[list[float], list[bool]]:
    """The top of every line, and whether a page may well start with it."""
    tops: list[float] = []
    good: list[bool] = []
    keep_with_previous = True  # nothing before the first line
    block = document.begin()
    while block.isValid():
        layout, state = block.layout(), block.userState()
        y, count = layout.position().y(), layout.lineCount()
        for index in range(count):
            tops.append(y + layout.lineAt(index).y())
            if index == 0:
                good.append(not keep_with_previous and state != KEEP_WITH_PREVIOUS)
            else:  # two lines at least on either side of the break
                good.append(2 <= index <= count - 2)
        keep_with_previous = state == KEEP_WITH_NEXT
        block = block.next()
    return tops, good


class Pages:
    """The compilation laid out on a device's paper: cover, contents, then each event."""

    def __init__(self, report: PdfReport, device: QPagedPaintDevice, steps: _Steps) -> None:
        self.title, self.device = report.title, device
        self.sheet = _Sheet(device)
        events = _lay_out_events(report.events, self.sheet, steps)
        cover = self.sheet.paged(_cover_html(report), None)
        contents, self.toc = _contents(report.events, events, len(cover.tops), self.sheet)
        parts = [cover, contents, *events]
        self._pages = [(part, index) for part in parts for index in range(len(part.tops))]

    def __len__(self) -> int:
        return len(self._pages)

    def paint(self, painter: QPainter, number: int) -> None:
        """Page number (from 0), its printable area's top left corner at the painter's origin,
        in the device's pixels."""
        part, index = self._pages[number]
        _draw_page(painter, self.sheet, part, index, self.title, (number + 1, len(self)))

    def weight(self, number: int) -> int:
        """The progress its drawing makes: its part's weight shared among the part's pages."""
        part, index = self._pages[number]
        count = len(part.tops)
        return part.weight * (index + 1) // count - part.weight * index // count


def _render(report: PdfReport, device: QPagedPaintDevice, steps: _Steps) -> PdfSummary:
    pages = Pages(report, device, steps)
    _draw(pages, steps)
    return PdfSummary(len(pages), pages.toc)


def _writer(report: PdfReport, target: Path) -> QPdfWriter:
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[report.page_size]),
                                     QPageLayout.Orientation.Portrait, MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(report.title)
    writer.setCreator("Tenpoint")
    return writer


def _lay_out_events(events: Sequence[ReportEvent], sheet: _Sheet, steps: _Steps) -> list[_Part]:
    """Each event in its own document: it starts on a new page, which the contents name."""
    parts = []
    for event, weight in zip(events, steps.weights, strict=True):
        steps.check()
        parts.append(sheet.flowing(_event_html(event), event.short_name, weight))
        steps.advance(weight)
    return parts


def _contents(events: Sequence[ReportEvent], parts: Sequence[_Part], cover_pages: int,
              sheet: _Sheet) -> tuple[_Part, tuple[tuple[str, int], ...]]:
    """The contents and the page each event starts on. Those pages depend on the contents'
    own length, so it is laid out again until that length holds."""
    contents_pages = 1
    while True:
        first = cover_pages + contents_pages + 1
        starts = []
        for part in parts:
            starts.append(first)
            first += len(part.tops)
        contents = sheet.paged(_contents_html(events, starts), translate("reports", "Contents"))
        if len(contents.tops) == contents_pages:
            return contents, tuple((event.short_name, start)
                                   for event, start in zip(events, starts, strict=True))
        contents_pages = len(contents.tops)


def _draw(pages: Pages, steps: _Steps) -> None:
    device = pages.sheet.writer
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint the pages")  # writing a file: a PackageWriteError
    try:
        for number in range(len(pages)):
            steps.check()
            if number:
                device.newPage()
            pages.paint(painter, number)
            steps.advance(pages.weight(number))
        steps.advance(1)
    except ReportCancelled:
        if hasattr(device, "abort"):  # a printer: the pages painted so far are not printed
            device.abort()
        raise
    finally:
        painter.end()


def _draw_page(painter: QPainter, sheet: _Sheet, part: _Part, index: int, title: str,
               numbers: tuple[int, int]) -> None:
    """One page: the bands, and the document's index-th page in the body between them. The
    header is drawn first so that the PDF's text runs in reading order (copying, searching)."""
    painter.save()
    painter.setFont(sheet.band_font_on(painter))
    painter.setPen(BAND_COLOUR)
    if part.header is not None:
        _draw_header(painter, sheet, title, part.header)
    painter.restore()
    body, top = sheet.body, part.tops[index]
    bottom = top + body.height()
    if index + 1 < len(part.tops):
        bottom = min(bottom, part.tops[index + 1])  # the next page's first line is not here
    painter.save()
    painter.translate(body.left(), body.top() - top)
    painter.setClipRect(QRectF(0, top, body.width(), bottom - top))
    context = QAbstractTextDocumentLayout.PaintContext()
    # Lines are drawn when they touch the clip: just inside the page, the lines of the pages
    # before and after stay out of it, and out of the PDF's text (drawContents puts them in,
    # hidden by the clip, where copying and searching still find them).
    context.clip = QRectF(0, top + EDGE, body.width(), bottom - top - 2 * EDGE)
    part.document.documentLayout().draw(painter, context)
    painter.restore()
    painter.save()
    painter.setFont(sheet.band_font_on(painter))
    painter.setPen(BAND_COLOUR)
    footer = translate("reports", "Page {page} of {pages}").format(page=numbers[0],
                                                                   pages=numbers[1])
    painter.drawText(sheet.footer, footer, _band_option(sheet, Qt.AlignmentFlag.AlignHCenter))
    painter.restore()


def _draw_header(painter: QPainter, sheet: _Sheet, title: str, name: str) -> None:
    """The report's title at the leading edge, the part's name at the trailing edge: aligned
    left and right in a text direction, which mirrors them for right-to-left."""
    metrics = QFontMetricsF(sheet.band_font, sheet.writer)
    half = sheet.header.width() / 2 - metrics.averageCharWidth() * 2
    elide = Qt.TextElideMode.ElideRight
    painter.drawText(sheet.header, metrics.elidedText(title, elide, half),
                     _band_option(sheet, Qt.AlignmentFlag.AlignLeft))
    painter.drawText(sheet.header, metrics.elidedText(name, elide, half),
                     _band_option(sheet, Qt.AlignmentFlag.AlignRight))
    rule = sheet.header.bottom()
    painter.drawLine(QPointF(sheet.header.left(), rule), QPointF(sheet.header.right(), rule))


def _band_option(sheet: _Sheet, alignment: Qt.AlignmentFlag) -> QTextOption:
    option = QTextOption(alignment | Qt.AlignmentFlag.AlignVCenter)
    option.setTextDirection(sheet.direction)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    return option


def _text(value: str) -> str:
    """Text as HTML: people wrote it (or translated it), so it is escaped, line breaks kept."""
    return html.escape(value).replace("\n", "<br>")


def _paragraph(css_class: str, text: str) -> str:
    return f"<p class='{css_class}'>{_text(text)}</p>"


def _written(tag: str, text: str, css_class: str | None = None, lead: str = "") -> str:
    """A block of text that people or the 2011 compilation wrote, in the direction of its own
    first letter (the Unicode rule for a paragraph), not the report's: an English
    recommendation reads left to right in an Arabic report, its full stop at its end, and an
    Arabic activity title right to left in an English one. lead: markup before the text."""
    attributes = f" class='{css_class}'" if css_class else ""
    direction = own_direction(text)
    if direction is not None:
        attributes += " dir='rtl'" if direction == Qt.LayoutDirection.RightToLeft else \
            " dir='ltr'"
    return f"<{tag}{attributes}>{lead}{_text(text)}</{tag}>"


def _number(value: int) -> str:
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # "1,234", also in C
    return locale.toString(value)


def _cover_html(report: PdfReport) -> str:
    parts = [f"<h1>{_text(report.title)}</h1>"]
    parts += [f"<p class='scope'>{_text(line)}</p>" for line in report.scope_lines]
    parts.append(f"<p class='scope'>{_text(_totals(report.events))}</p>")
    heading = translate("reports", "Data sources")
    parts.append(f"<h2>{_text(heading)}</h2>")
    parts.append(_sources_html(report.sources))
    return "".join(parts)


def _totals(events: Sequence[ReportEvent]) -> str:
    items = sum(len(event.items) for event in events)
    # An activity following up several items is listed under each, but counted once.
    activities = len({activity.uuid for event in events for item in event.items
                      for activity in item.activities})
    # Labels and figures, not "%n event(s)": English would read the "(s)" without a .qm file.
    return " · ".join((
        translate("reports", "Events: {count}").format(count=_number(len(events))),
        translate("reports", "Asking items: {count}").format(count=_number(items)),
        translate("reports", "Follow-up activities: {count}").format(count=_number(activities))))


def _sources_html(sources: Sequence[DataSource]) -> str:
    if not sources:
        return _paragraph("muted", translate("reports", "No activities counted."))
    heads = (translate("reports", "Office"), translate("reports", "Country"),
             translate("reports", "Activities"), translate("reports", "Latest package received"))
    head = _row(f"<th>{_text(head)}</th>" for head in heads)
    rows = "".join(_row((f"<td>{_text(source.office_name)}</td>",
                         f"<td>{_text(source.country_name)}</td>",
                         f"<td align='{_trailing()}'>{_number(source.activities)}</td>",
                         f"<td>{_text(_latest_package(source))}</td>")) for source in sources)
    # The head row repeats if the table runs onto a second page.
    return ("<table width='100%' cellspacing='0' cellpadding='4' border='1' "
            "style='border-collapse: collapse; border-color: #999999;'>"
            f"<thead>{head}</thead>{rows}</table>")


def _right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _row(cells: Iterable[str]) -> str:
    """A table row; Qt lays out a table's columns left to right whatever the direction, so
    they are given in reverse for right-to-left."""
    cells = list(cells)
    if _right_to_left():
        cells.reverse()
    return f"<tr>{''.join(cells)}</tr>"


def _trailing() -> str:
    """The HTML alignment of figures: Qt reads align='right' as the right, in any direction."""
    return "left" if _right_to_left() else "right"


def _latest_package(source: DataSource) -> str:
    if source.is_local:
        return translate("reports", "This installation's own office")
    if source.latest_package_at is None:
        return translate("reports", "No package received")
    return local_time_text(source.latest_package_at)


def _contents_html(events: Sequence[ReportEvent], starts: Sequence[int]) -> str:
    rows = "".join(
        _row((f"<td><b>{_text(event.short_name)}</b> {_text(event.title)}"
              f"<br><span class='muted'>{_text(event.region_name)}</span></td>",
              f"<td align='{_trailing()}' valign='top'>{start}</td>"))
        for event, start in zip(events, starts, strict=True))
    if not rows:
        none = translate("reports", "No events in this report.")
        rows = f"<tr><td>{_text(none)}</td></tr>"
    heading = translate("reports", "Contents")
    return (f"<h1>{_text(heading)}</h1>"
            f"<table width='100%' cellspacing='0' cellpadding='3'>{rows}</table>")


def _event_html(event: ReportEvent) -> str:
    region = translate("reports", "Region: {region}").format(region=event.region_name)
    parts = [_written("h1", event.short_name), _written("p", event.title, "subtitle"),
             f"<p class='muted'>{_text(region)}</p><hr>"]
    section = None
    for item in event.items:
        if item.section != section:  # the compilation's items run under their sections
            section = item.section
            parts.append(_written("h2", section))
        parts.append(_item_html(item))
    if not event.items:
        parts.append(_paragraph("none", translate("reports", "No asking items.")))
    return "".join(parts)


def _item_html(item: ReportItem) -> str:
    parts = [f"<p class='code'>{_text(item.code)}</p>",
             _written("p", item.text, "item", lead=f"<b>{_text(item.label)}</b> ")]
    parts += [_activity_html(activity) for activity in item.activities]
    if not item.activities:
        parts.append(_paragraph("none", translate("reports", "No follow-up recorded.")))
    return "".join(parts)


def _activity_html(activity: ReportActivity) -> str:
    details = [translate("reports", "Status: {status}").format(
        status=status_label(activity.status))]
    if activity.country_name or activity.country_iso2:
        details.append(activity.country_name or activity.country_iso2 or "")
    details.append(translate("reports", "Office: {office}").format(office=activity.office_name))
    if activity.lead_organisation:
        details.append(translate("reports", "Lead organisation: {name}").format(
            name=activity.lead_organisation))
    dates = _dates(activity)
    if dates:
        details.append(dates)
    parts = [_written("p", activity.title, "activity"),
             f"<p class='detail'>{_text(' · '.join(details))}</p>"]
    if activity.evidence:
        evidence = translate("reports", "Evidence: {evidence}").format(
            evidence=activity.evidence)
        parts.append(f"<p class='detail'>{_text(evidence)}</p>")
    return "".join(parts)


def _dates(activity: ReportActivity) -> str:
    start, end = date_text(activity.start_date), date_text(activity.end_date)
    if start and end:
        # The dash stays with the start: a line that begins with it reads as a minus.
        return translate("reports", "{start} – {end}").format(start=start, end=end).replace(
            " –", "\u00a0–")
    if start:
        return translate("reports", "From {start}").format(start=start)
    if end:
        return translate("reports", "Until {end}").format(end=end)
    return ""
