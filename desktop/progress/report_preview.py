"""The printed report seen first: its pages painted on the screen by the code that prints them.

Not Qt's print preview: that one records each page as a QPicture and lays every run of text
out again when it shows it, which garbles lines mixing Arabic with Latin letters, numbers or
brackets (an Arabic title with an item code) although the printed page is right. Here each
page is painted straight onto the screen, at any zoom, from the same layout as the paper.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.reports.pdf import Pages, PdfReport, PdfSummary, lay_out, paint_report
from desktop.shared.workers import Worker, run_with_progress
from exporters.errors import OperationCancelled

GAP = 16  # screen pixels around and between the pages
ZOOM_STEP = 1.25
ZOOM_LIMITS = (0.25, 4.0)
SHADOW = QColor(0, 0, 0, 60)


class PagesView(QWidget):
    """Every page one under the other, at a zoom (1: the paper's real size on the screen)."""

    def __init__(self, pages: Pages) -> None:
        super().__init__()
        self.pages = pages
        device = pages.device
        self._dpi = device.logicalDpiX()
        layout = device.pageLayout()
        self._paper = layout.fullRectPixels(self._dpi)  # in the device's pixels
        self._printable = layout.paintRectPixels(self._dpi)
        self.zoom = 1.0
        self._resize()

    def _scale(self) -> float:
        """Screen pixels per device pixel."""
        return self.zoom * self.logicalDpiX() / self._dpi

    def page_size(self) -> QSize:
        scale = self._scale()
        return QSize(round(self._paper.width() * scale), round(self._paper.height() * scale))

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(max(zoom, ZOOM_LIMITS[0]), ZOOM_LIMITS[1])
        self._resize()
        self.update()

    def _resize(self) -> None:
        page = self.page_size()
        self.setFixedSize(page.width() + 2 * GAP,
                          len(self.pages) * (page.height() + GAP) + GAP)

    def page_top(self, number: int) -> int:
        return GAP + number * (self.page_size().height() + GAP)

    def page_at(self, y: int) -> int:
        step = self.page_size().height() + GAP
        return min(max((y - GAP // 2) // step, 0), len(self.pages) - 1)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        visible = event.rect()
        for number in range(self.page_at(visible.top()), self.page_at(visible.bottom()) + 1):
            self._paint_page(painter, number)
        painter.end()

    def _paint_page(self, painter: QPainter, number: int) -> None:
        page = self.page_size()
        # The paper is where it is whatever the direction: pages mirror nothing.
        paper = QRectF(GAP, self.page_top(number), page.width(), page.height())
        painter.fillRect(paper.translated(3, 3), SHADOW)
        painter.fillRect(paper, Qt.GlobalColor.white)
        painter.save()
        painter.setClipRect(paper)
        painter.translate(paper.topLeft())
        painter.scale(self._scale(), self._scale())
        painter.translate(self._printable.topLeft() - self._paper.topLeft())
        self.pages.paint(painter, number)
        painter.restore()


class ReportPreview(QDialog):
    """The report's pages, zoom, and Print..., which asks for the printer and prints them."""

    def __init__(self, report: PdfReport, printer: QPrinter, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.report, self.printer = report, printer
        self.worker: Worker | None = None
        self.setWindowTitle(self.tr("Print report"))
        self.view = PagesView(lay_out(report, printer))
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.view)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setBackgroundRole(QPalette.ColorRole.Dark)  # a desk under the paper
        self.scroll.verticalScrollBar().valueChanged.connect(self._show_page_number)
        self.page_label = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent else QGuiApplication.primaryScreen())
        room = screen.availableGeometry()
        self.resize(min(900, room.width() * 9 // 10), room.height() * 9 // 10)
        self._fitted = False
        self._show_page_number()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """At first the pages as wide as the window (its size is known once shown)."""
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit_width()

    def _toolbar(self) -> QToolBar:
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.print_action = toolbar.addAction(self.tr("&Print..."), self.ask_and_print)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        toolbar.addSeparator()
        self.zoom_out_action = toolbar.addAction(self.tr("Zoom &out"), self.zoom_out)
        self.zoom_out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_action = toolbar.addAction(self.tr("Zoom &in"), self.zoom_in)
        self.zoom_in_action.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.fit_action = toolbar.addAction(self.tr("Fit &width"), self.fit_width)
        toolbar.addSeparator()
        toolbar.addWidget(self.page_label)
        return toolbar

    def zoom_in(self) -> None:
        self._zoom_to(self.view.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self.view.zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        """The page as wide as the window leaves room for."""
        room = self.scroll.viewport().width() - 2 * GAP
        self._zoom_to(self.view.zoom * room / max(self.view.page_size().width(), 1))

    def _zoom_to(self, zoom: float) -> None:
        """The same page stays at the top of the view."""
        number = self.view.page_at(self.scroll.verticalScrollBar().value())
        self.view.set_zoom(zoom)
        self.scroll.verticalScrollBar().setValue(self.view.page_top(number) - GAP)
        self._show_page_number()

    def _show_page_number(self) -> None:
        bar = self.scroll.verticalScrollBar()
        number = self.view.page_at(bar.value() + self.scroll.viewport().height() // 3)
        self.page_label.setText(self.tr("Page {page} of {pages}").format(
            page=number + 1, pages=len(self.view.pages)))

    def ask_and_print(self) -> None:
        """Qt's print dialog for the printer and its options, then the pages on it."""
        dialog = QPrintDialog(self.printer, self)
        dialog.accepted.connect(lambda: self.print_on(self.printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # PySide's QPrintDialog.open() wants a slot to call

    def print_on(self, printer: QPrinter) -> Worker:
        """The report laid out again for this printer's paper and resolution, and printed off
        the GUI thread (a report may run to thousands of pages); Cancel drops the job."""
        job = partial(_print_job, self.report, printer)
        self.worker = run_with_progress(self, self.tr("Printing the report..."), job,
                                        self._printed, self._print_failed)
        return self.worker

    def _printed(self, _summary: PdfSummary) -> None:
        self.worker = None

    def _print_failed(self, error: Exception) -> None:
        self.worker = None
        if not isinstance(error, OperationCancelled):  # cancelled: nothing was printed
            QMessageBox.warning(self, self.tr("Report not printed"),
                                self.tr("The report could not be printed: {error}").format(
                                    error=error))


def _print_job(report: PdfReport, printer: QPrinter, progress, cancelled) -> PdfSummary:
    """Cancelled, a printer that can drops the job (paint_report); printed to a file, the
    part written is removed. Elsewhere (CUPS cannot take a job back) the pages painted before
    Cancel come out."""
    try:
        return paint_report(report, printer, progress, cancelled)
    except OperationCancelled:
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat \
                and printer.outputFileName():
            Path(printer.outputFileName()).unlink(missing_ok=True)
        raise
