"""The "Export to Excel" action of the customer list and the call log (a background Job)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_types import CustomerFilter
from yuntian.ui.common.background import Job
from yuntian.ui.common.excel_export import start_excel_export


def translate(context: str, template: str) -> str:
    """Translate function for import messages (yuntian.exports.customer_import_rows)."""
    return QCoreApplication.translate(context, template)


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
        profile=services.profile,
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
    )
