"""The call log's "Export to Excel": the log as filtered, written off the GUI thread with a
progress dialog and a cancel button (``start_excel_export``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from yuntian.services import Services
from yuntian.services.calls.call_types import CallFilter
from yuntian.services.common.permissions import Actor
from yuntian.ui.common.background import Job
from yuntian.ui.common.excel_export import start_excel_export


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

    def work(job: Job, target: Path) -> int:
        return services.calls.export(
            actor, flt, target, progress=job.report, cancelled=job.cancelled
        )

    return start_excel_export(
        parent,
        work,
        profile=services.profile,
        path=path,
        file_stem=QCoreApplication.translate("CallLogExport", "Call log"),
        today=services.clock().date(),
        title=QCoreApplication.translate("CallLogExport", "Export the call log to Excel"),
        busy_text=QCoreApplication.translate("CallLogExport", "Exporting calls…"),
        failed_text=QCoreApplication.translate(
            "CallLogExport", "The calls could not be exported: {reason}"
        ),
        done_text=QCoreApplication.translate(
            "CallLogExport", "Calls exported: {count}. File: {path}"
        ),
    )
