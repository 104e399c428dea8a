"""The form designer's live preview: the form filled in with the kind's example record, laid
out on its paper, redrawn a moment after the typing stops. A form that cannot be filled in
shows why (with its line) in place of the picture."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from yuntian.services.printing.print_engine import TemplateError, preview
from yuntian.services.printing.print_papers import paper
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.styles import ERROR_STYLE
from yuntian.ui.printing.print_layout import PrintJob, render_images

DEBOUNCE_MS = 350
MAX_PAGES = 4  # enough to see copies and a page break; a long batch is the print preview's job
PAGE_GAP = 12
BACKDROP = QColor("#9a9a9a")


class FormPreview(QWidget):
    """``problem`` carries the error line (0 when none) each time the preview is redrawn."""

    problem = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = QLabel()
        self.picture.setObjectName("printPreviewPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.picture)
        self.scroll.setWidgetResizable(True)
        self.scroll.setStyleSheet(f"background: {BACKDROP.name()};")
        self.error = QLabel()
        self.error.setObjectName("printPreviewError")
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.error.setStyleSheet(ERROR_STYLE + " padding: 8px;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroll)
        self.stack.addWidget(self.error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.redraw)
        self._input: tuple[str, str, int, tuple[float, float], Mapping[str, object]] | None = None
        self._form = ""  # the form's name, for the messages of a form stopped at a limit
        self.pages = 0  # drawn in the last redraw

    def show_form(
        self,
        body: str,
        paper_key: str,
        copies: int,
        offset_mm: tuple[float, float],
        example: Mapping[str, object],
        *,
        at_once: bool = False,
        form: str = "",
    ) -> None:
        """Redraw after the pause (or ``at_once``: a different form was opened)."""
        self._input = (body, paper_key, copies, offset_mm, example)
        self._form = form
        if at_once:
            self._timer.stop()
            self.redraw()
        else:
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._input is not None:
            self._timer.stop()
            self.redraw()  # now that the preview's width is known

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._input is not None and event.size().width() != event.oldSize().width():
            self._timer.start()  # the page is drawn as wide as the preview

    def pending(self) -> bool:
        return self._timer.isActive()

    def showing_error(self) -> bool:
        return self.stack.currentWidget() is self.error

    def redraw(self) -> None:
        if self._input is None:
            return
        body, paper_key, copies, offset_mm, example = self._input
        try:
            slips = preview(body, example, copies, self._form)  # in the worker, limited
        except TemplateError as exc:
            self.error.setText(error_text(exc))
            self.stack.setCurrentWidget(self.error)
            self.pages = 0
            self.problem.emit(exc.line or 0)
            return
        job = PrintJob(paper(paper_key), tuple(slips), offset_mm)
        images = render_images(job, self._dpi(job))
        self.pages = len(images)
        self.picture.setPixmap(QPixmap.fromImage(_stacked(images[:MAX_PAGES])))
        more = len(images) - MAX_PAGES
        self.picture.setToolTip(
            QCoreApplication.translate("FormPreview", "{n} more page(s) not shown").format(n=more)
            if more > 0
            else ""
        )
        self.stack.setCurrentWidget(self.scroll)
        self.problem.emit(0)

    def _dpi(self, job: PrintJob) -> float:
        """As large as fits the preview's width, within reason."""
        scrollbar = self.scroll.verticalScrollBar().sizeHint().width()
        room = max(200, self.scroll.width() - scrollbar - 2 * PAGE_GAP - 4)
        return max(40.0, min(150.0, room / job.paper.width_mm * 25.4))


def _stacked(images: list[QImage]) -> QImage:
    width = max(i.width() for i in images) + 2 * PAGE_GAP
    height = sum(i.height() for i in images) + PAGE_GAP * (len(images) + 1)
    sheet = QImage(width, height, QImage.Format.Format_RGB32)
    sheet.fill(BACKDROP)
    painter = QPainter(sheet)
    y = PAGE_GAP
    for image in images:
        painter.drawImage((width - image.width()) // 2, y, image)
        y += image.height() + PAGE_GAP
    painter.end()
    return sheet
