"""Pictures of printing for ``yuntian snapshot``: the form designer, and the print preview of
every built-in form filled with the shop's newest sale and service order (or the example
record when there is none)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.services.printing.print_contexts import (
    Context,
    dispatch_contexts,
    dispatches_on_print,
    sales_context,
)
from yuntian.services.printing.print_fields import KINDS, PART_KINDS, example_context
from yuntian.services.sales.sale_types import SaleFilter
from yuntian.services.service_orders.service_order_types import ServiceOrderFilter
from yuntian.ui.printing.print_dialog import PrintDialog
from yuntian.ui.printing.print_template_editor import PrintTemplateEditor


def print_snapshot_dialogs(services: Services, actor: Actor) -> list[tuple[str, QDialog]]:
    """(file name, dialog) pairs; the caller shows, grabs and deletes each."""
    dialogs: list[tuple[str, QDialog]] = [
        ("print-forms", PrintTemplateEditor(services, actor, "dispatch"))
    ]
    for kind in KINDS:
        context = _newest(services, actor, kind) or example_context(kind)
        record = {"sales": "sale", "dispatch": "order"}.get(kind, "document")  # parts: documents
        code = context[record]["code"]  # type: ignore[index]
        for form in services.print_templates.list(actor, kind):
            if not form.builtin:
                continue
            dialog = PrintDialog(services, actor, kind, [context], title=str(code))
            dialog.forms.setCurrentIndex(dialog.forms.findData(form.name))
            dialogs.append((f"print-{kind}-{form.name}", dialog))
    return dialogs


def _newest(services: Services, actor: Actor, kind: str) -> Context | None:
    if kind in PART_KINDS:
        return None  # the example document: every field filled
    if kind == "sales":
        sales = services.sales.page(actor, SaleFilter(), limit=1)
        return sales_context(services, actor, sales[0].id) if sales else None
    orders = services.service_orders.page(actor, ServiceOrderFilter(), limit=1)
    if not orders:
        return None
    # As the print dialog shows it: printing dispatches a pending order, so the slip says so.
    dispatching = dispatches_on_print(actor)
    return dispatch_contexts(services, actor, [orders[0].id], dispatching=dispatching)[0]
