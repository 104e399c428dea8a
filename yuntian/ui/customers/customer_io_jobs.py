"""Long Excel jobs (reading, checking, importing, exporting customers) off the GUI thread, with
a progress dialog and a cancel button; and the "Export to Excel" action of the customer list and
the call log."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_types import CustomerFilter
from yuntian.ui.common.background import run_in_background
from yuntian.ui.common.i18n import failure_text


def translate(context: str, template: str) -> str:
    """Translate function for import messages (yuntian.exports.customer_import_rows)."""
    return QCoreApplication.translate(context, template)


class Job(QObject):
    """One background job with a progress dialog. ``work(job)`` runs on a pool thread and may
    call ``job.report(done, total)`` and ``job.cancelled()``; ``finished`` carries its result
    (or the exception it raised) back to the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal(object)

    def __init__(self, parent: QWidget, label: str, *, cancellable: bool = True) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.result: Any = None
        self.done = False
        self.message_box: QMessageBox | None = None
        self.dialog = QProgressDialog(label, "", 0, 0, parent)
        self.dialog.setObjectName("customerIoProgress")
        self.dialog.setWindowTitle(QCoreApplication.translate("CustomerIo", "Please wait"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if cancellable:
            self.dialog.setCancelButtonText(QCoreApplication.translate("CustomerIo", "Cancel"))
            self.dialog.canceled.connect(self.cancel)
        else:
            self.dialog.setCancelButton(None)
        self.progressed.connect(self._show_progress)

    def start(self, work: Callable[[Job], Any], db=None) -> Job:
        self.dialog.setValue(0)  # starts the dialog's minimum-duration timer
        run_in_background(self, lambda: work(self), self._finish, self._finish, db=db)
        return self

    def label(self, text: str) -> None:
        """Change the dialog's text (from the GUI thread)."""
        self.dialog.setLabelText(text)

    def report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)  # queued to the GUI thread

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _show_progress(self, done: int, total: int) -> None:
        if total <= 0:  # how much is left is not known: a busy bar
            self.dialog.setMaximum(0)
            return
        self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total))

    def _finish(self, result: object) -> None:
        self.result = result
        self.done = True
        self.dialog.close()
        self.dialog.deleteLater()
        self.finished.emit(result)


def start_excel_export(
    parent: QWidget,
    work: Callable[[Job, Path], int],
    *,
    path: str | Path | None,
    file_stem: str,
    today: dt.date,
    title: str,
    busy_text: str,
    failed_text: str,
    done_text: str,
    db=None,
) -> Job | None:
    """An "Export to Excel" action: ask for a file (unless ``path`` is given; ".xlsx" is added
    when missing), run ``work(job, path)`` off the GUI thread, then say how it went
    (``failed_text`` with {reason}, ``done_text`` with {count} and {path}). Returns the running
    job, or None when the person cancelled the file dialog."""
    from yuntian.exports.xlsx_writer import ExportCancelled

    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            title,
            f"{file_stem}-{today:%Y%m%d}.xlsx",
            QCoreApplication.translate("CustomerIo", "Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            return None
        path = chosen
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    job = Job(parent, busy_text)

    def finished(result: object) -> None:
        if isinstance(result, ExportCancelled):
            return
        box = QMessageBox(parent)
        box.setObjectName("exportResultBox")
        box.setWindowTitle(title)
        if isinstance(result, Exception):
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(failed_text.format(reason=failure_text(result)))
        else:
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(done_text.format(count=result, path=str(target)))
        job.message_box = box  # without a parent, the box lives as long as the job
        box.open()

    job.finished.connect(finished)
    return job.start(lambda job: work(job, target), db=db)


def export_customers(
    parent: QWidget,
    services: Services,
    actor: Actor,
    flt: CustomerFilter,
    sort: str = "code",
    search_text: str = "",
    *,
    descending: bool = False,
    path: str | Path | None = None,
) -> Job | None:
    """The list's "Export to Excel" action: the list as shown (filter and sort, or search)."""

    def work(job: Job, target: Path) -> int:
        return services.customer_export.export(
            actor, target, flt, sort, descending, search_text,
            progress=job.report, cancelled=job.cancelled,
        )  # fmt: skip

    return start_excel_export(
        parent,
        work,
        path=path,
        file_stem=QCoreApplication.translate("CustomerIo", "Customers"),
        today=dt.date.today(),
        title=QCoreApplication.translate("CustomerIo", "Export customers to Excel"),
        busy_text=QCoreApplication.translate("CustomerIo", "Exporting customers…"),
        failed_text=QCoreApplication.translate(
            "CustomerIo", "The customers could not be exported: {reason}"
        ),
        done_text=QCoreApplication.translate(
            "CustomerIo", "Customers exported: {count}. File: {path}"
        ),
        db=services.db,
    )
