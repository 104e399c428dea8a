"""Every create, change, delete and export goes to the audit trail.

The inventory is the services themselves: every method that announces a change
(``@announces``) and every export. Each is listed in AUDITED with the action it must record
(and is called to prove it does), or in NOT_AUDITED with the reason it need not. A new writer
that is in neither fails ``test_every_writer_and_export_is_in_the_table``, so a later service
cannot forget its audit entry.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable

import pytest

from tests.helpers import ADMIN_PASSWORD, login_admin, technician_role
from tests.services.common.test_permissions import (
    CHECKED,
    SOLD,
    _customer_records,
    _other_user_id,
    public_methods,
)
from yuntian.db.models import AuditEntry
from yuntian.services import Services
from yuntian.services.common.audit import decode_detail
from yuntian.services.common.record_versions import OVERWRITE
from yuntian.services.customers.customer_types import CustomerInput, PhoneInput
from yuntian.services.statistics.service_stats import (
    ServiceGrouping,
    ServiceStats,
    ServiceStatsTotal,
)
from yuntian.ui.admin.audit_details import FIELD_LABELS  # the labels the audit page shows

# (service field, method) -> the audit action it must write.
AUDITED: dict[tuple[str, str], str] = {
    ("users", "create_user"): "user.create",
    ("users", "update_user"): "user.edit",
    ("users", "reset_password"): "password.reset",
    ("users", "unlock"): "user.unlock",
    ("users", "save_role"): "role.create",
    ("users", "delete_role"): "role.delete",
    ("auth", "change_password"): "password.change",
    ("settings", "save_general"): "settings.general",
    ("settings", "save_local"): "settings.local",
    ("settings", "save_database"): "settings.database",
    ("settings", "add_enum_value"): "enum.add",
    ("settings", "rename_enum_value"): "enum.rename",
    ("settings", "move_enum_value"): "enum.move",
    ("settings", "remove_enum_value"): "enum.remove",
    ("settings", "save_custom_field_labels"): "settings.custom_fields",
    ("settings", "save_numbering_rule"): "settings.numbering",
    ("setup", "complete_first_run"): "setup.complete",
    ("phone_settings", "save"): "settings.phone",
    ("customers", "create"): "customer.create",
    ("customers", "update"): "customer.edit",
    ("customers", "add_phone"): "customer.add_phone",
    ("customers", "delete"): "customer.archive",  # this customer has history: kept, hidden
    ("customers", "restore"): "customer.restore",
    ("customers", "set_blacklist"): "customer.blacklist",
    ("customer_groups", "create_group"): "customer_group.create",
    ("customer_groups", "rename_group"): "customer_group.rename",
    ("customer_groups", "delete_group"): "customer_group.delete",
    ("customer_groups", "move_customers"): "customer_group.move",
    ("customer_notes", "add_intention"): "intention.add",
    ("customer_notes", "update_intention"): "intention.edit",
    ("customer_notes", "delete_intention"): "intention.delete",
    ("customer_notes", "add_memo"): "memo.add",
    ("customer_notes", "update_memo"): "memo.edit",
    ("customer_notes", "delete_memo"): "memo.delete",
    ("customer_import", "run"): "customer.import",
    ("customer_export", "export"): "customer.export",
    ("calls", "set_customer"): "call.customer",
    ("calls", "delete"): "call_log.delete",
    ("calls", "export"): "call_log.export",
    ("part_stock", "export_on_hand"): "part_stock.export",
    ("part_stock", "export_reorder"): "part_reorder.export",
    ("messages", "create"): "message.create",
    ("messages", "update"): "message.edit",
    ("messages", "delete"): "message.delete",
    ("messages", "mark_handled"): "message.handled",
    ("sale_stats", "export"): "sale_stats.export",
    ("service_stats", "export"): "service_stats.export",
    ("part_stats", "export"): "part_stats.export",
    ("catalogue", "save_product_model"): "product_model.save",
    ("catalogue", "delete_product_model"): "product_model.delete",
    ("catalogue", "save_sales_unit"): "sales_unit.save",
    ("catalogue", "delete_sales_unit"): "sales_unit.delete",
    ("part_documents", "create"): "part_document.create",
    ("part_documents", "stocktake"): "part_document.create",
    ("part_documents", "consume"): "part_document.create",
    ("part_documents", "reverse"): "part_document.create",
    ("part_documents", "update_note"): "part_document.edit",
    ("part_documents", "audit"): "part_document.audit",
    ("part_documents", "unaudit"): "part_document.unaudit",
    ("part_catalogue", "create"): "part.create",
    ("part_catalogue", "update"): "part.edit",
    ("part_catalogue", "set_active"): "part.deactivate",
    ("part_catalogue", "delete"): "part.delete",
    ("part_catalogue", "create_store"): "part_store.create",
    ("part_catalogue", "rename_store"): "part_store.rename",
    ("part_catalogue", "set_store_active"): "part_store.deactivate",
    ("part_catalogue", "sort_stores"): "part_store.sort",
    ("part_catalogue", "set_negative_stock_allowed"): "settings.parts",
    ("part_excel", "run"): "part.import",
    ("part_excel", "export"): "part.export",
    ("sales", "create"): "sale.create",
    ("sales", "update"): "sale.edit",
    ("sales", "void"): "sale.void",
    ("sales", "delete"): "sale.delete",
    ("payments", "record"): "payment.record",
    ("print_templates", "save"): "print_template.save",
    ("print_templates", "delete"): "print_template.delete",
    ("print_templates", "revert"): "print_template.revert",
    ("print_templates", "set_default"): "print_template.default",
    ("service_orders", "create"): "service_order.create",
    ("service_orders", "update"): "service_order.edit",
    ("service_orders", "dispatch"): "service_order.dispatch",
    ("service_orders", "complete"): "service_order.complete",
    ("service_orders", "cancel"): "service_order.cancel",
    ("service_orders", "audit"): "service_order.audit",
    ("service_orders", "unaudit"): "service_order.unaudit",
    ("service_orders", "delete"): "service_order.delete",
    ("maintenance", "generate"): "service_order.create",
}

# Writers that need no entry of their own, and why.
NOT_AUDITED: dict[tuple[str, str], str] = {
    ("calls", "start"): "the line records the call itself; the call log is its record",
    ("calls", "answered"): "the line notes the call was taken; the call log is its record",
    ("calls", "ended"): "the line notes the call ended; the call log is its record",
    ("calls", "attach_recording"): "the recorder notes its file; the call log is its record",
    ("calls", "close_unfinished"): "the desk ends calls left open; the call log is its record",
    ("calls", "claim"): "who took the call is stored on it (taken_by); the call log is its record",
    ("settings", "choose_language"): "a display preference of this PC, like the window's size",
}

# Calls for writers the permission table does not call (they need no permission code).
_MORE_CALLS: dict[tuple[str, str], Callable[..., object]] = {
    ("auth", "change_password"): lambda s, a, p: s.auth.change_password(
        a, ADMIN_PASSWORD, "Changed-Pass-1"
    ),
    ("calls", "set_customer"): lambda s, a, p: s.calls.set_customer(a, p["call"], p["customer"]),
    ("messages", "create"): lambda s, a, p: s.messages.create(
        a, p["customer"], None, "张先生", "13800138000", None, "明天上午来电", True
    ),
    ("messages", "mark_handled"): lambda s, a, p: s.messages.mark_handled(a, [p["message"]]),
    ("users", "update_user"): lambda s, a, p: s.users.update_user(
        a,
        p["user"],
        display_name="改了名",
        role_ids=[technician_role()],
        active=True,
        version=OVERWRITE,
    ),
}
_EXPORTS = {"export"}  # method names that write files for users


def _call(key: tuple[str, str]) -> Callable[..., object]:
    if key in _MORE_CALLS:
        return _MORE_CALLS[key]
    return CHECKED[key][1]


def writers(services: Services) -> set[tuple[str, str]]:
    """The public methods (as the permission table finds them) that write or export."""
    found = set()
    for service, name in public_methods(services):
        member = inspect.getattr_static(type(getattr(services, service)), name)
        exports = name in _EXPORTS or name.startswith("export_")
        if callable(member) and (hasattr(member, "announced_areas") or exports):
            found.add((service, name))
    return found


def test_every_writer_and_export_is_in_the_table(sqlite_services):
    found = writers(sqlite_services)
    listed = set(AUDITED) | set(NOT_AUDITED)
    missing = sorted(found - listed)
    assert not missing, (
        f"service methods that write or export without an audit entry in the table: {missing}. "
        "Record an audit entry in the method and add it to AUDITED (or to NOT_AUDITED with "
        "the reason it needs none)."
    )
    assert not sorted(listed - found), "the table names methods that no longer write"
    assert ("customers", "create") in found and ("sale_stats", "export") in found


def test_setup_records_its_entry(sqlite_services):
    """complete_first_run runs once, before anyone signs in (the fixture already ran it)."""
    entry = AuditEntry.get(AuditEntry.action == AUDITED[("setup", "complete_first_run")])
    assert entry.username == "system"


@pytest.mark.parametrize(
    "key", sorted(set(AUDITED) - {("setup", "complete_first_run")}), ids=lambda k: ".".join(k)
)
def test_the_writer_records_its_audit_entry(sqlite_services, key):
    services = sqlite_services
    admin = login_admin(services)
    prepared: dict[str, object] = {"user": _other_user_id(services, admin)}
    prepared["role"] = services.users.save_role(
        admin, None, name="临时角色", description="", permissions={"memo.manage"}, version=None
    ).id
    prepared |= _customer_records(services, admin)
    prepared["empty_import_plan"] = services.customer_import.prepare(admin, [])
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).first().id

    _call(key)(services, admin, prepared)

    new = list(AuditEntry.select().where(AuditEntry.id > last).order_by(AuditEntry.id))
    actions = [e.action for e in new]
    assert AUDITED[key] in actions, f"{key} recorded {actions}, not {AUDITED[key]!r}"
    for entry in new:
        assert entry.username == admin.username
        fields = decode_detail(entry.detail)
        assert fields is not None or not _english(entry.detail), (
            f"{entry.action}: detail {entry.detail!r} is English text; record a mapping"
        )
        unlabelled = set(fields or {}) - set(FIELD_LABELS)
        assert not unlabelled, f"{entry.action}: give {unlabelled} a label in audit_details"


def _english(text: str) -> bool:
    """Free text with English words in it (a code or a number alone is fine)."""
    return bool(re.search(r"[A-Za-z]{3,}", text))


def test_structured_details_survive_every_engine(services):
    """New customers, messages and statistics exports land with structured details on every
    database engine."""
    admin = login_admin(services)
    customer = services.customers.create(
        admin, CustomerInput(name="审计测试客户", phones=(PhoneInput("13800138000"),))
    ).customer
    services.messages.create(admin, customer.id, None, "", "", None, "请回电", True)
    services.service_stats.export(
        admin,
        ServiceStats(ServiceGrouping.STATE, SOLD, SOLD, [], ServiceStatsTotal()),
        services.profile.root / "stats.xlsx",
    )
    entries = {e.action: e for e in AuditEntry.select()}
    assert entries["customer.create"].target == f"{customer.code} 审计测试客户"
    assert decode_detail(entries["message.create"].detail) == {"text": "请回电"}
    assert decode_detail(entries["service_stats.export"].detail) == {
        "rows": 0,
        "period": f"{SOLD} – {SOLD}",
    }
    assert entries["service_stats.export"].target == "stats.xlsx"
