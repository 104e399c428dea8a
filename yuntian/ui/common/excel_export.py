"""The "Export to Excel" action every list and statistics page offers: ask for a file, write it
off the GUI thread with progress and cancel, then say how it went."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from yuntian.config import Profile
from yuntian.ui.common.background import Job
from yuntian.ui.common.file_dialogs import FileKind, save_file_name
from yuntian.ui.common.i18n import failure_text


def start_excel_export(
    parent: QWidget,
    work: Callable[[Job, Path], int],
    *,
    profile: Profile,
    path: str | Path | None,
    file_stem: str,
    today: dt.date,
    title: str,
    busy_text: str,
    failed_text: str,
    done_text: str,
) -> Job | None:
    """An "Export to Excel" action: ask for a file (unless ``path`` is given; ".xlsx" is added
    when missing), run ``work(job, path)`` off the GUI thread, then say how it went
    (``failed_text`` with {reason}, ``done_text`` with {count} and {path}). Returns the running
    job, or None when the person cancelled the file dialog."""
    from yuntian.exports.xlsx_writer import ExportCancelled

    if path is None:
        chosen = save_file_name(
            parent,
            profile,
            FileKind.EXPORT,
            title,
            f"{file_stem}-{today:%Y%m%d}.xlsx",
            QCoreApplication.translate("CustomerIo", "Excel workbooks (*.xlsx)"),
        )
        if chosen is None:
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
    return job.start(lambda job: work(job, target))
