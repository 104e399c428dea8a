"""Printing parts documents (入库单, 领用出库单, 报废单, and reversals of them) through the print
forms: the documents page calls ``print_part_documents`` for the chosen documents (its print
action / Ctrl+P), which opens the usual print preview with the kind's forms."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.printing.part_print_contexts import part_document_contexts
from yuntian.ui.common.i18n import error_text
from yuntian.ui.printing.print_dialog import PrintDialog


def print_part_documents(
    services: Services,
    actor: Actor,
    document_ids: Sequence[int],
    parent: QWidget | None = None,
) -> list[PrintDialog]:
    """Open the print preview (modal) of these documents, one preview per kind of form (a
    stock-in and an issue chosen together give two, one after the other); documents without
    a form (transfers, returns, consumption, stocktakes) are left out, and when none is left
    the user is told so. The dialogs shown, in order."""
    title = QCoreApplication.translate("PartPrint", "Print")
    try:
        found = part_document_contexts(services, actor, document_ids)
    except ServiceError as exc:
        QMessageBox.warning(parent, title, error_text(exc))
        return []
    if not found:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "PartPrint", "Only stock-ins, issues and scraps (and their reversals) print."
            ),
        )
        return []
    dialogs = []
    for kind in dict.fromkeys(k for k, _ in found):
        contexts = [c for k, c in found if k == kind]
        codes = [c["document"]["code"] for c in contexts]  # type: ignore[index]
        name = codes[0] if len(codes) == 1 else f"{codes[0]}…{codes[-1]}"
        dialog = PrintDialog(services, actor, kind, contexts, title=name, parent=parent)
        dialogs.append(dialog)
        dialog.exec()
    return dialogs
