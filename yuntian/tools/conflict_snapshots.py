"""The conflict dialog (记录已被他人修改) for ``yuntian snapshot``: a customer's editor with a new
name typed, refused because 王芳 changed the customer's e-mail, numbers and notes meanwhile.
Nothing is written: the other user's save is made up from the stored customer."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QDialog

from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.common.record_versions import LastChange, StaleRecord
from yuntian.services.customers.customer_types import CustomerDetail, CustomerFilter
from yuntian.ui.customers.customer_editor import CustomerEditor

OTHER_USER = "王芳"


def conflict_dialogs(services: Services, actor: Actor) -> list[tuple[str, QDialog]]:
    try:
        rows = services.customers.list_page(actor, CustomerFilter(), limit=1)
        customer = services.customers.get(actor, rows[0].id) if rows else None
    except ServiceError:
        customer = None
    if customer is None:
        return []
    editor = CustomerEditor(services, actor, customer)
    editor.show()
    editor.name.setText(customer.name + "（已搬家）")
    editor.notes.setPlainText("客户来电：地址已变更，下周上门安装。")
    now = services.clock().replace(microsecond=0)
    changed_at = now - dt.timedelta(minutes=3)
    stored = _changed_by_someone(customer)
    stale = StaleRecord(
        "customer",
        f"{customer.code} {customer.name}",
        LastChange(OTHER_USER, changed_at),
        stored,
    )
    dialog = editor.show_conflict(stale, now.date())
    dialog.destroyed.connect(editor.deleteLater)  # the picture taken, the editor goes too
    return [("conflict-dialog", dialog)]


def _changed_by_someone(customer: CustomerDetail) -> CustomerDetail:
    phones = customer.phones[:1]
    return dataclasses.replace(
        customer,
        email="wang.new@example.cn",
        phones=phones,
        notes="已改为上午联系。",
        version=customer.version + 1,
    )
