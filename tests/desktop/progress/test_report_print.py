"""Print report...: the compilation in a print preview, and the same pages on a printer."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from desktop.progress import report_preview
from desktop.progress.report_preview import GAP, ReportPreview
from exporters.errors import OperationCancelled
from tests.outside_tools import needs


def _preview(qtbot, area) -> ReportPreview:
    area.report_print.print_with_preview(area.filter_bar.scope())
    qtbot.waitUntil(lambda: area.report_print.preview is not None, timeout=20_000)
    return area.report_print.preview


def test_print_opens_a_preview_of_the_report(qtbot, area):
    area.print_button.click()
    qtbot.waitUntil(lambda: area.report_print.preview is not None, timeout=20_000)
    preview = area.report_print.preview
    assert isinstance(preview, ReportPreview) and preview.isVisible()
    assert "Follow-up of the 10-Point Plan" in area.report_print.report.title
    pages = len(preview.view.pages)
    assert pages > 2 and preview.page_label.text() == f"Page 1 of {pages}"
    preview.reject()


def test_the_preview_opens_as_wide_as_the_window_and_zooms(qtbot, area):
    preview = _preview(qtbot, area)
    qtbot.waitExposed(preview)
    room = preview.scroll.viewport().width()
    assert room - 40 <= preview.view.page_size().width() <= room
    width = preview.view.page_size().width()
    preview.zoom_in_action.trigger()
    assert preview.view.page_size().width() > width
    preview.zoom_out_action.trigger()
    preview.zoom_out_action.trigger()
    assert preview.view.page_size().width() < width
    preview.scroll.verticalScrollBar().setValue(preview.view.page_top(2))
    assert preview.page_label.text().startswith("Page 3 of ")
    preview.reject()


def test_the_preview_paints_the_text_and_the_bands_at_their_size(qtbot, area):
    """The running header, drawn in points, once came out a pixel high on the screen."""
    preview = _preview(qtbot, area)
    qtbot.waitExposed(preview)
    view = preview.view
    view.set_zoom(1.0)
    page = view.page_size().height()
    device = view.pages.device  # the printer the pages are laid out for
    paper = device.pageLayout().fullRectPixels(device.logicalDpiX())
    printable = device.pageLayout().paintRectPixels(device.logicalDpiX())
    scale = page / paper.height()
    # the third page's header band, above the rule that closes it
    top = view.page_top(2) + round((printable.top() - paper.top()) * scale)
    height = round(view.pages.sheet.header.height() * scale * 0.9)
    paper_left, width = GAP + 4, view.page_size().width() - 8  # the paper, not the desk
    band = view.grab(QRect(paper_left, top, width, height)).toImage()
    body = view.grab(QRect(0, view.page_top(2), view.width(), page)).toImage()
    assert _inked_rows(band) >= 6  # a line of text, not the rule under it and a speck
    assert _dark_pixels(body) > 2000
    preview.reject()


def _file_printer(path: Path) -> QPrinter:
    """A printer that prints to a PDF file, as Qt's print dialog offers."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _inked_rows(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return sum(1 for y in range(image.height())
               if any(image.pixelColor(x, y).lightness() < 170 for x in range(image.width())))


def _dark_pixels(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixelColor(x, y).lightness() < 170)


def test_print_asks_for_the_printer(qtbot, area):
    preview = _preview(qtbot, area)
    preview.print_action.trigger()
    dialog = preview.findChild(QPrintDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    preview.reject()


@needs("pdfinfo", "pdftotext")
def test_the_printed_pages_are_the_reports(qtbot, area, tmp_path):
    preview = _preview(qtbot, area)
    pages = len(preview.view.pages)
    printer = _file_printer(tmp_path / "printed.pdf")
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    preview.print_on(printer)  # off the GUI thread
    qtbot.waitUntil(lambda: preview.worker is None, timeout=20_000)
    preview.reject()
    info = subprocess.run(["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True,
                          text=True).stdout
    printed = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert printed > 2 and abs(printed - pages) <= 2 and "612 x 792" in info
    text = subprocess.run(["pdftotext", str(tmp_path / "printed.pdf"), "-"],
                          capture_output=True, text=True).stdout
    assert "Law review" in text and "Ratification" in text and "Contents" in text



def test_a_print_to_a_file_cancelled_while_painting_leaves_no_file(qtbot, area, tmp_path):
    preview = _preview(qtbot, area)
    report = preview.report
    preview.reject()
    # the layout checks once per event, the drawing once per page: cancel at the third page
    checks = iter([False] * (len(report.events) + 2) + [True] * 100)
    printer = _file_printer(tmp_path / "printed.pdf")
    with pytest.raises(OperationCancelled):
        report_preview._print_job(report, printer, lambda *_: None, lambda: next(checks))
    assert not (tmp_path / "printed.pdf").exists()
