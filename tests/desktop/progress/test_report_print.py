"""Print report...: the compilation in a print preview, and the same pages on a printer."""

from __future__ import annotations

import re
import subprocess

from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from tests.outside_tools import needs


def test_print_opens_a_preview_of_the_report(qtbot, area):
    area.print_button.click()
    qtbot.waitUntil(lambda: area.report_print.preview is not None, timeout=20_000)
    preview = area.report_print.preview
    assert isinstance(preview, QPrintPreviewDialog) and preview.isVisible()
    assert "Follow-up of the 10-Point Plan" in area.report_print.report.title
    preview.reject()


@needs("pdfinfo", "pdftotext")
def test_the_printed_pages_are_the_reports(qtbot, area, tmp_path):
    area.report_print.print_with_preview(area.filter_bar.scope())
    qtbot.waitUntil(lambda: area.report_print.preview is not None, timeout=20_000)
    area.report_print.preview.reject()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    area.report_print.paint(printer)
    info = subprocess.run(["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True,
                          text=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) > 2 and "612 x 792" in info
    text = subprocess.run(["pdftotext", str(tmp_path / "printed.pdf"), "-"],
                          capture_output=True, text=True).stdout
    assert "Law review" in text and "Ratification" in text and "Contents" in text
