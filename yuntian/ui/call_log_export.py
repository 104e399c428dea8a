"""The call log's "Export to Excel": the log as filtered, written off the GUI thread with a
progress dialog and a cancel button (the job machinery of the customer export)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from yuntian.services import Services
from yuntian.services.call_types import CallFilter
from yuntian.services.permissions import Actor
from yuntian.ui.customer_io_jobs import Job, failure_text


def export_calls(
    parent: QWidget,
    services: Services,
    actor: Actor,
    flt: CallFilter,
    *,
    path: str | Path | None = None,
) -> Job | None:
    """Ask for a file (unless ``path`` is given), write the calls the filter lets through,
    newest first, then say how it went. Returns the running job, or None when the person
    cancelled the file dialog."""
    from yuntian.exports.customer_export import ExportCancelled

    title = QCoreApplication.translate("CallLogExport", "Export the call log to Excel")
    if path is None:
        stem = QCoreApplication.translate("CallLogExport", "Call log")
        today = services.clock().date()
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            title,
            f"{stem}-{today:%Y%m%d}.xlsx",
            QCoreApplication.translate("CallLogExport", "Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            return None
        path = chosen
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    job = Job(parent, QCoreApplication.translate("CallLogExport", "Exporting calls…"))
    job.dialog.setObjectName("callExportProgress")

    def work(job: Job) -> int:
        return services.calls.export(
            actor, flt, target, progress=job.report, cancelled=job.cancelled
        )

    def finished(result: object) -> None:
        if isinstance(result, ExportCancelled):
            return
        box = QMessageBox(parent)
        box.setObjectName("callExportResultBox")
        box.setWindowTitle(title)
        if isinstance(result, Exception):
            box.setIcon(QMessageBox.Icon.Warning)
            text = QCoreApplication.translate(
                "CallLogExport", "The calls could not be exported: {reason}"
            )
            box.setText(text.format(reason=failure_text(result)))
        else:
            box.setIcon(QMessageBox.Icon.Information)
            text = QCoreApplication.translate(
                "CallLogExport", "Calls exported: {count}. File: {path}"
            )
            box.setText(text.format(count=result, path=str(target)))
        job.message_box = box
        box.open()

    job.finished.connect(finished)
    return job.start(work, db=services.db)
