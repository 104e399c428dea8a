"""Print preview of dispatch or sales slips, with the form to use, then print or save a PDF.

One dialog for one record or a batch: every record's slips (and copies) are one print job.
The preview is Qt's own print preview widget, painted by the same layout as the printer and
the PDF, so what is seen is what prints.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.printing.print_contexts import (
    Context,
    dispatch_contexts,
    dispatches_on_print,
    sales_context,
)
from yuntian.services.printing.print_templates import TemplateView
from yuntian.services.service_orders.service_order_types import OrderState
from yuntian.ui.common.field_errors import error_label, hint_label
from yuntian.ui.common.file_dialogs import FileKind, save_file_name
from yuntian.ui.common.i18n import error_text
from yuntian.ui.printing.print_layout import Layout, PrintJob, job_for, write_pdf
from yuntian.ui.printing.print_texts import form_title, kind_label


class PrintDialog(QDialog):
    """``printed`` is called after the job went to a printer (a dispatch slip's order then
    counts as dispatched); saving a PDF does not call it."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        kind: str,
        contexts: Sequence[Context],
        *,
        title: str,
        parent: QWidget | None = None,
        printed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printDialog")
        self._contexts = list(contexts)
        self._profile = services.profile
        self._title = title
        self._printed = printed
        self.job: PrintJob | None = None
        self.setWindowTitle(
            self.tr("Print {kind} — {title}").format(kind=kind_label(kind), title=title)
        )

        self.forms = QComboBox()
        self.forms.setObjectName("printForm")
        self._forms = services.print_templates.list(actor, kind)
        default = services.print_templates.default_for(actor, kind).name
        for form in self._forms:
            self.forms.addItem(form_title(form), form.name)
            self.forms.setItemData(self.forms.count() - 1, form.name, Qt.ItemDataRole.ToolTipRole)
        self.forms.setCurrentIndex(max(0, self.forms.findData(default)))
        form_label = QLabel(self.tr("&Form:"))
        form_label.setBuddy(self.forms)
        self.summary = hint_label("")
        self.error = error_label("printError", banner=True)

        self.preview_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.preview_printer.setFullPage(True)
        self.preview = QPrintPreviewWidget(self.preview_printer)
        self.preview.setObjectName("printPreview")
        self.preview.paintRequested.connect(self._paint_preview)

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Choose a printer and print (Ctrl+P)"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_job)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.setToolTip(self.tr("Write the slips to a PDF file (Ctrl+S)"))
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_job)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_pdf)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, self.preview.zoomIn)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, self.preview.zoomOut)

        top = QHBoxLayout()
        top.addWidget(form_label)
        top.addWidget(self.forms, 1)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.forms.currentIndexChanged.connect(lambda _i: self._refill())
        self._refill()
        self.resize(900, 760)

    # --- the job -----------------------------------------------------------------------

    def selected_form(self) -> TemplateView:
        return self._forms[max(0, self.forms.currentIndex())]

    def _refill(self) -> None:
        """Fill the chosen form in for every record; a form that cannot be filled in says
        why instead of printing half a slip."""
        form = self.selected_form()
        self.error.setVisible(False)
        try:
            self.job = job_for(form, self._contexts, self._title)
        except ServiceError as exc:
            self.job = None
            self.error.setText(error_text(exc))
            self.error.setVisible(True)
        self.print_button.setEnabled(self.job is not None)
        self.pdf_button.setEnabled(self.job is not None)
        self.summary.setText(
            self.tr("{records} record(s), {copies} copy(ies) each").format(
                records=len(self._contexts), copies=form.copies
            )
        )
        self.preview.updatePreview()

    def _paint_preview(self, printer: QPrinter) -> None:
        if self.job is None:
            return
        Layout(self.job, printer, printer.resolution()).paint(printer)

    # --- output ------------------------------------------------------------------------

    def print_job(self) -> None:
        if self.job is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title)
        chooser = QPrintDialog(printer, self)
        chooser.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Paint the job on ``printer`` (paper corner as origin: the form has its margins)."""
        if self.job is None:
            return
        printer.setFullPage(True)
        try:
            Layout(self.job, printer, printer.resolution()).paint(printer)
        except OSError:
            self.error.setText(self.tr("The printer did not take the job."))
            self.error.setVisible(True)
            return
        if self._printed is not None:
            self._printed()

    def save_pdf(self) -> None:
        if self.job is None:
            return
        path = save_file_name(
            self,
            self._profile,
            FileKind.PDF,
            self.tr("Save as PDF"),
            f"{_file_stem(self._title)}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path is not None:
            self.save_pdf_to(path)

    def save_pdf_to(self, path: Path) -> bool:
        if self.job is None:
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_pdf(self.job, path)
        except OSError:
            self.error.setText(
                self.tr(
                    "The PDF could not be written to {path}; is it open in another program?"
                ).format(path=path)
            )
            self.error.setVisible(True)
            return False
        self.summary.setText(self.tr("Saved to {path}").format(path=path))
        return True


def _file_stem(title: str) -> str:
    """A file name from the title (a code, or a batch's description)."""
    cleaned = "".join(c if c.isalnum() or c in "-_" else "_" for c in title).strip("_")
    return cleaned or "slips"


def print_sales_slips(
    services: Services, actor: Actor, sale_ids: Sequence[int], parent: QWidget | None = None
) -> PrintDialog | None:
    """Open the print preview of these sales' slips (modal); None when a sale is gone."""
    try:
        contexts = [sales_context(services, actor, sale_id) for sale_id in sale_ids]
    except ServiceError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("PrintDialog", "Print"), error_text(exc)
        )
        return None
    codes = [c["sale"]["code"] for c in contexts]  # type: ignore[index]
    title = codes[0] if len(codes) == 1 else f"{codes[0]}…{codes[-1]}"
    dialog = PrintDialog(services, actor, "sales", contexts, title=title, parent=parent)
    dialog.exec()
    return dialog


def print_dispatch_slips(
    services: Services,
    actor: Actor,
    order_ids: Sequence[int],
    parent: QWidget | None = None,
    dispatched: Callable[[], None] | None = None,
) -> PrintDialog | None:
    """Open the print preview of these orders' dispatch slips (派工单), modal. Printing moves
    the pending ones to dispatched (出单派工) for a user with service.process, then calls
    ``dispatched`` (a list reloads); a PDF moves nothing. None when no order is left. The
    slips show the state after printing (a pending order prints as dispatched)."""
    dispatching = dispatches_on_print(actor)
    try:
        contexts = dispatch_contexts(services, actor, order_ids, dispatching=dispatching)
    except ServiceError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("PrintDialog", "Print"), error_text(exc)
        )
        return None
    if not contexts:
        return None
    codes = [c["order"]["code"] for c in contexts]  # type: ignore[index]
    title = codes[0] if len(codes) == 1 else f"{codes[0]}…{codes[-1]}"

    def printed() -> None:
        if not dispatching:
            return
        pending = [
            o.id
            for o in services.service_orders.get_many(actor, order_ids)
            if o.state == OrderState.PENDING
        ]
        if not pending:
            return
        try:
            services.service_orders.dispatch(actor, pending)
        except ServiceError as exc:
            QMessageBox.warning(
                dialog, QCoreApplication.translate("PrintDialog", "Print"), error_text(exc)
            )
            return
        if dispatched is not None:
            dispatched()

    dialog = PrintDialog(
        services, actor, "dispatch", contexts, title=title, parent=parent, printed=printed
    )
    dialog.exec()
    return dialog
