"""Laying filled-in forms out on paper and painting them: printers, PDF files, images.

Each slip (one record, one copy) is its own QTextDocument as wide as the paper's printable
width, laid out for the device it is painted on (so fonts measure as they print) with design
metrics and wrapping anywhere a word is too long, so nothing runs off the paper's edge.

- Sheets (A4): slips go one under the other, as many as fit, with a dashed cut line between.
- Forms (A5, 241 x 140 continuous): one slip per page.
- Rolls (80 / 58 mm receipts): one page per slip, as tall as the tallest slip of the job (a
  printer takes one page size per job; Qt refuses a change while printing, except to PDF).
A slip taller than a page continues on the next page (the layout breaks between lines).
The form's offset moves everything on the paper, for pre-printed forms.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
)

from yuntian.services.printing.print_engine import fill
from yuntian.services.printing.print_papers import Paper, paper
from yuntian.services.printing.print_templates import TemplateView

MM_PER_INCH = 25.4
CUT_GAP_MM = 8.0  # between two slips on a sheet; the cut line runs in the middle
PDF_DPI = 600
BASE_POINT_SIZE = 10.0


# One CJK face for the whole slip keeps digits and characters the same size (a Latin default
# font with CJK fallback prints the digits visibly larger). Faces with a real bold come first:
# Qt's print preview drops the bold it synthesises for the others (宋体 has none).
SLIP_FAMILIES = (
    "Microsoft YaHei",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "PingFang SC",
    "SimSun",
    "宋体",
    "WenQuanYi Micro Hei",
)


def slip_font() -> QFont:
    available = set(QFontDatabase.families())
    family = next((f for f in SLIP_FAMILIES if f in available), QGuiApplication.font().family())
    font = QFont(family)
    font.setPointSizeF(BASE_POINT_SIZE)
    return font


@dataclass(frozen=True)
class PrintJob:
    """Filled-in slips ready to lay out: one HTML text per record and copy."""

    paper: Paper
    slips: tuple[str, ...]
    offset_mm: tuple[float, float] = (0.0, 0.0)
    title: str = ""  # the print queue's name for the job


def job_for(form: TemplateView, contexts: Sequence[dict[str, object]], title: str = "") -> PrintJob:
    """``form`` filled in for every record (TemplateError when it cannot be)."""
    return PrintJob(
        paper(form.paper),
        tuple(fill(form.body, form.copies, contexts, form.name)),
        (form.offset_x_tenth_mm / 10, form.offset_y_tenth_mm / 10),
        title,
    )


@dataclass
class _Placed:
    doc: QTextDocument
    y: float  # device pixels below the top margin
    doc_page: int = 0  # which page of a slip that runs over several
    room: float | None = None  # the height of each of those pages; None: one page


@dataclass
class PlannedPage:
    height_mm: float
    placed: list[_Placed] = field(default_factory=list)
    cuts: list[float] = field(default_factory=list)  # y of cut lines, below the top margin


class Layout:
    """The pages of ``job`` on a device of ``dpi`` dots per inch (its documents laid out for
    ``device``, which must live as long as the layout is painted)."""

    def __init__(self, job: PrintJob, device: QPaintDevice, dpi: float) -> None:
        self.job = job
        self.dpi = dpi
        self._device = device
        p = job.paper
        self.width_px = self.px(p.printable_width_mm)
        self.docs: list[QTextDocument] = []
        self.pages: list[PlannedPage] = []
        for html in job.slips:
            self._place(self._document(html))

    def px(self, mm: float) -> float:
        return mm / MM_PER_INCH * self.dpi

    def mm(self, px: float) -> float:
        return px / self.dpi * MM_PER_INCH

    def _document(self, html: str) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self._device)
        doc.setUseDesignMetrics(True)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(slip_font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        doc.setHtml(html)
        doc.setTextWidth(self.width_px)
        self.docs.append(doc)
        return doc

    def _place(self, doc: QTextDocument) -> None:
        p = self.job.paper
        height = doc.size().height()
        top, bottom = p.margins_mm[1], p.margins_mm[3]
        if p.height_mm is None:  # a roll: the page is the slip, then all are as tall
            tall = max([self.mm(height) + top + bottom, *(q.height_mm for q in self.pages)])
            self.pages.append(PlannedPage(tall, [_Placed(doc, 0)]))
            for page in self.pages:
                page.height_mm = tall
            return
        room = self.px(p.height_mm - top - bottom)
        if height > room:  # runs over: a page of its own for each part
            doc.setPageSize(QSizeF(self.width_px, room))
            for index in range(doc.pageCount()):
                self.pages.append(PlannedPage(p.height_mm, [_Placed(doc, 0, index, room)]))
            return
        gap = self.px(CUT_GAP_MM)
        last = self.pages[-1] if self.pages else None
        if p.copies_share_sheet and last is not None and _sharable(last):
            used = last.placed[-1].y + last.placed[-1].doc.size().height()
            if used + gap + height <= room:
                last.cuts.append(used + gap / 2)
                last.placed.append(_Placed(doc, used + gap))
                return
        self.pages.append(PlannedPage(p.height_mm, [_Placed(doc, 0)]))

    def page_layout(self, page: PlannedPage) -> QPageLayout:
        size = QPageSize(
            QSizeF(self.job.paper.width_mm, page.height_mm),
            QPageSize.Unit.Millimeter,
            self.job.paper.key,
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
        return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))

    def paint_page(self, painter: QPainter, page: PlannedPage) -> None:
        p = self.job.paper
        left = self.px(p.margins_mm[0] + self.job.offset_mm[0])
        top = self.px(p.margins_mm[1] + self.job.offset_mm[1])
        for cut in page.cuts:
            painter.save()
            pen = QPen(QColor("#808080"), max(1.0, self.px(0.2)), Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(0, top + cut), QPointF(self.px(p.width_mm), top + cut))
            painter.restore()
        for placed in page.placed:
            painter.save()
            if placed.room is None:
                painter.translate(left, top + placed.y)
                clip = QRectF(0, 0, self.width_px, placed.doc.size().height())
            else:
                start = placed.doc_page * placed.room
                painter.translate(left, top + placed.y - start)
                clip = QRectF(0, start, self.width_px, placed.room)
            placed.doc.drawContents(painter, clip)
            painter.restore()

    def paint(self, device: QPagedPaintDevice) -> None:
        """Every page onto ``device`` (a printer or PDF writer); the pages are all one size."""
        if not self.pages:
            return
        device.setPageLayout(self.page_layout(self.pages[0]))
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("cannot print or write there")  # a locked PDF, a printer gone
        try:
            for index, page in enumerate(self.pages):
                if index:
                    device.newPage()
                self.paint_page(painter, page)
        finally:
            painter.end()


def _sharable(page: PlannedPage) -> bool:
    return all(placed.room is None for placed in page.placed)


def write_pdf(job: PrintJob, path: Path | str, dpi: int = PDF_DPI) -> int:
    """The job as a PDF file; returns the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setResolution(dpi)
    writer.setTitle(job.title)
    writer.setCreator("Yuntian")
    layout = Layout(job, writer, dpi)
    layout.paint(writer)
    return len(layout.pages)


def render_images(job: PrintJob, dpi: int = 150) -> list[QImage]:
    """Each page as a white image at ``dpi`` (what the preview and the tests look at)."""
    probe = _image(1, 1, dpi)
    layout = Layout(job, probe, dpi)
    images = []
    for page in layout.pages:
        image = _image(round(layout.px(job.paper.width_mm)), round(layout.px(page.height_mm)), dpi)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        layout.paint_page(painter, page)
        painter.end()
        images.append(image)
    return images


def _image(width: int, height: int, dpi: float) -> QImage:
    image = QImage(max(1, width), max(1, height), QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    return image


def pdf_for_command(
    form: TemplateView, contexts: Sequence[dict[str, object]], path: Path | str, title: str
) -> int:
    """``yuntian print``: the slips as a PDF, with a Qt application made for the occasion
    when none runs (fonts need one). Returns the number of pages."""
    app = QGuiApplication.instance() or QGuiApplication(["yuntian"])  # alive until written
    pages = write_pdf(job_for(form, contexts, title), path)
    del app
    return pages
