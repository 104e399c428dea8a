"""Every permission is enforced by the services themselves, not just hidden in the UI.

The table below names, for every public method of every service in ``Services``, the code it
must demand, or why it needs none. A new public method that is not in the table fails
``test_every_public_service_method_is_in_the_table``, so a later service cannot forget its check.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable
from decimal import Decimal

import pytest

from tests.helpers import actor_without, login_admin, technician_role
from yuntian.db.migrations import m001_core
from yuntian.db.models import ALL_MODELS, EnumItem, Role, User
from yuntian.services import Services, service_names
from yuntian.services.calls.call_types import CallFilter
from yuntian.services.common.errors import PermissionDenied
from yuntian.services.common.permissions import PERMISSIONS, Actor, require
from yuntian.services.common.record_versions import OVERWRITE
from yuntian.services.customers.customer_types import CustomerFilter, CustomerInput, PhoneInput
from yuntian.services.parts.part_catalogue_types import PartInput
from yuntian.services.parts.part_stock_types import StockFilter
from yuntian.services.parts.part_types import CountInput, DocKind, DocumentInput, LineInput, Place
from yuntian.services.printing.print_templates import TemplateInput
from yuntian.services.sales.sale_types import ProductModelInput, SaleInput, SaleTotals
from yuntian.services.service_orders.service_order_types import CompletionInput, ServiceOrderInput
from yuntian.services.statistics.part_stats import PartFigures, PartGrouping, PartStats
from yuntian.services.statistics.sale_stats import SaleGrouping, SaleStats
from yuntian.services.statistics.service_stats import (
    ServiceGrouping,
    ServiceStats,
    ServiceStatsTotal,
)

SOLD = dt.date(2026, 3, 15)


def _enum_id(kind: str = "service_type") -> int:
    return EnumItem.select().where(EnumItem.kind == kind).order_by(EnumItem.sort).first().id


def _custom_role_id(services: Services, admin: Actor) -> int:
    return services.users.save_role(
        admin, None, name="测试角色", description="", permissions={"memo.manage"}, version=None
    ).id


def _other_user_id(services: Services, admin: Actor) -> int:
    return services.users.create_user(admin, "other", "", "Other-pass1", [technician_role()]).id


def _manager_role_id() -> int:
    return Role.get(Role.key == "manager").id


def _customer_records(services: Services, admin: Actor) -> dict[str, int]:
    """A customer with an intention and a memo, an archived one, and an empty group."""
    customer = services.customers.create(
        admin, CustomerInput(name="权限测试客户", phones=(PhoneInput("13800138000"),))
    ).customer.id
    archived = services.customers.create(admin, CustomerInput(name="已归档客户")).customer.id
    services.customer_notes.add_memo(admin, archived, "有记录")
    services.customers.delete(admin, archived)
    return (
        {
            "customer": customer,
            "archived": archived,
            "intention": services.customer_notes.add_intention(
                admin, customer, "格力空调", None, None, ""
            ).id,
            "memo": services.customer_notes.add_memo(admin, customer, "周末在家").id,
            "group": services.customer_groups.create_group(admin, "测试组").id,
        }
        | _call_records(services, admin)
        | _sale_records(services, admin, customer)
        | _service_records(services, admin, customer)
        | _print_records(services, admin)
        | _part_records(services, admin)
    )


def _part_records(services: Services, admin: Actor) -> dict[str, object]:
    """A part to change, one to delete, a spare store, an import plan of one row."""
    from yuntian.exports.part_io import PartRow

    parts = services.part_catalogue
    stocked = parts.create(admin, PartInput(name="有库存备件")).id
    store = Place.store(parts.stores(admin)[0].id)
    docs = services.part_documents

    def stock_in() -> int:
        lines = (LineInput(stocked, 10, Decimal("5.00")),)
        return docs.create(admin, DocumentInput(DocKind.STOCK_IN, None, store, lines)).id

    audited = stock_in()
    docs.audit(admin, [audited])
    return {
        "stocked_part": stocked,
        "part_store": store,
        "part_doc": stock_in(),
        "part_doc_to_audit": stock_in(),
        "part_doc_audited": audited,
        "part": parts.create(admin, PartInput(name="权限测试备件")).id,
        "spare_part": parts.create(admin, PartInput(name="可删备件")).id,
        "spare_store": parts.create_store(admin, "备用仓库").id,
        "part_plan": services.part_excel.prepare(admin, [PartRow(2, name="导入备件")]),
        "part_export": services.profile.root / "parts.xlsx",
    }


def _print_records(services: Services, admin: Actor) -> dict[str, str]:
    """A print form of the shop's own (built-ins cannot be deleted)."""
    services.print_templates.save(
        admin, TemplateInput("sales", "权限测试单", "A5", "<p>x</p>"), version=OVERWRITE
    )
    return {"print_form": "权限测试单"}


def _call_records(services: Services, admin: Actor) -> dict[str, object]:
    """A call from an unknown number with a message taken on it, and where to export."""
    call = services.calls.start(admin, 1, "总机", "in", "13912340000").call_id
    message = services.messages.create(admin, None, call, "王先生", "", None, "请回电", True)
    return {"call": call, "message": message.id, "export": services.profile.root / "calls.xlsx"}


def _service_records(services: Services, admin: Actor, customer: int) -> dict[str, int]:
    """Service orders pending, completed, audited and cancelled."""
    orders = services.service_orders

    def take() -> int:
        return orders.create(admin, ServiceOrderInput(customer, "上门维修", "不制冷")).id

    pending, completed, audited, cancelled = take(), take(), take(), take()
    for done in (completed, audited):
        orders.complete(
            admin,
            done,
            CompletionInput(work_done="清洗", result="正常", fee_service=Decimal("50")),
            version=OVERWRITE,
        )
    orders.audit(admin, [audited])
    orders.cancel(admin, cancelled, "客户取消")
    return {
        "order": pending,
        "completed_order": completed,
        "audited_order": audited,
        "cancelled_order": cancelled,
    }


def _sale_records(services: Services, admin: Actor, customer: int) -> dict[str, int]:
    """A model in use and a spare one, a unit, a part-paid sale and one without payments."""
    model = services.catalogue.save_product_model(
        admin, None, ProductModelInput("KFR-35GW"), version=None
    )
    spare = services.catalogue.save_product_model(
        admin, None, ProductModelInput("备用型号"), version=None
    )
    unit = services.catalogue.save_sales_unit(admin, None, "总店", None, None, version=None)
    paid = services.sales.create(admin, SaleInput(customer, SOLD, model.id, Decimal("1000")))
    services.payments.record(admin, paid.id, SOLD, Decimal("100"), "现金")
    bare = services.sales.create(admin, SaleInput(customer, SOLD, model.id, Decimal("50")))
    return {
        "model": model.id,
        "spare_model": spare.id,
        "unit": unit.id,
        "sale": paid.id,
        "bare_sale": bare.id,
    }


# (service field, method) -> (code, call). The call gets (services, actor, prepared ids) and has
# valid arguments: it succeeds for an actor holding the code, so a refusal can only be the check.
CHECKED: dict[tuple[str, str], tuple[str, Callable[..., object]]] = {
    ("users", "list_users"): ("users.manage", lambda s, a, p: s.users.list_users(a)),
    ("users", "list_roles"): ("users.manage", lambda s, a, p: s.users.list_roles(a)),
    ("users", "create_user"): (
        "users.manage",
        lambda s, a, p: s.users.create_user(
            a, "newbie", "新人", "Newbie-123", [_manager_role_id()]
        ),
    ),
    ("users", "update_user"): (
        "users.manage",
        lambda s, a, p: s.users.update_user(
            a,
            p["user"],
            display_name="改名",
            role_ids=[_manager_role_id()],
            active=False,
            version=OVERWRITE,
        ),
    ),
    ("users", "reset_password"): (
        "users.manage",
        lambda s, a, p: s.users.reset_password(a, p["user"], "Reset-123"),
    ),
    ("users", "unlock"): ("users.manage", lambda s, a, p: s.users.unlock(a, p["user"])),
    ("users", "save_role"): (
        "users.manage",
        lambda s, a, p: s.users.save_role(
            a, None, name="新角色", description="", permissions={"stats.view"}, version=None
        ),
    ),
    ("users", "delete_role"): ("users.manage", lambda s, a, p: s.users.delete_role(a, p["role"])),
    ("audit", "entries"): ("users.manage", lambda s, a, p: s.audit.entries(a)),
    ("audit", "actions"): ("users.manage", lambda s, a, p: s.audit.actions(a)),
    ("settings", "save_general"): (
        "settings.manage",
        lambda s, a, p: s.settings.save_general(
            a, shop_name="新店名", reminder_lead_days=3, version=OVERWRITE
        ),
    ),
    ("settings", "save_local"): (
        "settings.manage",
        lambda s, a, p: s.settings.save_local(a, local_area_code="0755", language="en"),
    ),
    ("settings", "save_database"): (
        "settings.manage",
        lambda s, a, p: s.settings.save_database(a, s.profile.database_url),
    ),
    ("settings", "add_enum_value"): (
        "settings.manage",
        lambda s, a, p: s.settings.add_enum_value(a, "service_type", "新类型"),
    ),
    ("settings", "rename_enum_value"): (
        "settings.manage",
        lambda s, a, p: s.settings.rename_enum_value(a, _enum_id(), "改名", version=OVERWRITE),
    ),
    ("settings", "move_enum_value"): (
        "settings.manage",
        lambda s, a, p: s.settings.move_enum_value(a, _enum_id(), 2),
    ),
    ("settings", "remove_enum_value"): (
        "settings.manage",
        lambda s, a, p: s.settings.remove_enum_value(a, _enum_id()),
    ),
    ("settings", "save_custom_field_labels"): (
        "settings.manage",
        lambda s, a, p: s.settings.save_custom_field_labels(
            a, ["发动机号", "车架号", "", "", ""], version=OVERWRITE
        ),
    ),
    ("settings", "save_numbering_rule"): (
        "settings.manage",
        lambda s, a, p: s.settings.save_numbering_rule(
            a, "service_order", prefix="WX", date_pattern="YYMM", digits=5, version=OVERWRITE
        ),
    ),
    ("customers", "create"): (
        "customer.edit",
        lambda s, a, p: s.customers.create(a, CustomerInput(name="新客户")),
    ),
    ("customers", "update"): (
        "customer.edit",
        lambda s, a, p: s.customers.update(
            a, p["customer"], CustomerInput(name="改名客户"), version=OVERWRITE
        ),
    ),
    ("phone_settings", "save"): (
        "settings.manage",
        lambda s, a, p: s.phone_settings.save(a, s.phone_settings.current()),
    ),
    ("customers", "add_phone"): (
        "customer.edit",
        lambda s, a, p: s.customers.add_phone(a, p["customer"], "13912345678"),
    ),
    ("customers", "set_blacklist"): (
        "customer.edit",
        lambda s, a, p: s.customers.set_blacklist(a, p["customer"], True, "恶意投诉"),
    ),
    ("customers", "delete"): (
        "customer.delete",
        lambda s, a, p: s.customers.delete(a, p["customer"]),
    ),
    ("customers", "restore"): (
        "customer.delete",
        lambda s, a, p: s.customers.restore(a, p["archived"]),
    ),
    ("customer_groups", "create_group"): (
        "customer.edit",
        lambda s, a, p: s.customer_groups.create_group(a, "新组"),
    ),
    ("customer_groups", "rename_group"): (
        "customer_group.rename",
        lambda s, a, p: s.customer_groups.rename_group(a, p["group"], "改名组"),
    ),
    ("customer_groups", "delete_group"): (
        "customer_group.delete",
        lambda s, a, p: s.customer_groups.delete_group(a, p["group"]),
    ),
    ("customer_export", "customers"): (
        "data.import_export",
        lambda s, a, p: s.customer_export.customers(a, CustomerFilter()),
    ),
    ("customer_export", "export"): (
        "data.import_export",
        lambda s, a, p: s.customer_export.export(
            a, p["export"].with_name("customers.xlsx"), CustomerFilter()
        ),
    ),
    ("customer_import", "prepare"): (
        "data.import_export",
        lambda s, a, p: s.customer_import.prepare(a, []),
    ),
    ("customer_import", "run"): (
        "data.import_export",
        lambda s, a, p: s.customer_import.run(a, p["empty_import_plan"], "valid-rows"),
    ),
    ("customer_groups", "move_customers"): (
        "customer.edit",
        lambda s, a, p: s.customer_groups.move_customers(a, [p["customer"]], p["group"]),
    ),
    ("customer_notes", "add_intention"): (
        "customer.edit",
        lambda s, a, p: s.customer_notes.add_intention(
            a, p["customer"], "海尔冰箱", Decimal("3999"), None, ""
        ),
    ),
    ("customer_notes", "update_intention"): (
        "customer.edit",
        lambda s, a, p: s.customer_notes.update_intention(
            a, p["intention"], "美的洗衣机", None, None, "改", version=OVERWRITE
        ),
    ),
    ("customer_notes", "delete_intention"): (
        "customer.edit",
        lambda s, a, p: s.customer_notes.delete_intention(a, p["intention"]),
    ),
    ("customer_notes", "add_memo"): (
        "memo.manage",
        lambda s, a, p: s.customer_notes.add_memo(a, p["customer"], "新备忘"),
    ),
    ("customer_notes", "update_memo"): (
        "memo.manage",
        lambda s, a, p: s.customer_notes.update_memo(a, p["memo"], "改备忘", version=OVERWRITE),
    ),
    ("customer_notes", "delete_memo"): (
        "memo.manage",
        lambda s, a, p: s.customer_notes.delete_memo(a, p["memo"]),
    ),
    ("calls", "delete"): ("call_log.delete", lambda s, a, p: s.calls.delete(a, [p["call"]])),
    ("calls", "export"): (
        "data.import_export",
        lambda s, a, p: s.calls.export(a, CallFilter(), p["export"]),
    ),
    ("part_stock", "export_on_hand"): (
        "data.import_export",
        lambda s, a, p: s.part_stock.export_on_hand(
            a, StockFilter(), p["export"].with_name("stock.xlsx")
        ),
    ),
    ("part_stock", "export_reorder"): (
        "parts.manage",
        lambda s, a, p: s.part_stock.export_reorder(a, p["export"].with_name("purchase.xlsx")),
    ),
    ("messages", "update"): (
        "message.edit",
        lambda s, a, p: s.messages.update(
            a, p["message"], None, "李女士", "", None, "改", False, version=OVERWRITE
        ),
    ),
    ("messages", "delete"): (
        "message.delete",
        lambda s, a, p: s.messages.delete(a, [p["message"]]),
    ),
    ("customer_stats", "new_customers"): (
        "stats.view",
        lambda s, a, p: s.customer_stats.new_customers(
            a, dt.date(2026, 1, 1), dt.date(2026, 12, 31), "month", "salesperson"
        ),
    ),
    ("sale_stats", "summarize"): (
        "stats.view",
        lambda s, a, p: s.sale_stats.summarize(
            a, dt.date(2026, 1, 1), dt.date(2026, 12, 31), SaleGrouping.REP, sales_unit_id=p["unit"]
        ),
    ),
    ("sale_stats", "export"): (
        "data.import_export",
        lambda s, a, p: s.sale_stats.export(
            a,
            SaleStats(SaleGrouping.DAY, SOLD, SOLD, [], SaleTotals()),
            p["export"].with_name("sale_stats.xlsx"),
        ),
    ),
    ("service_stats", "summarize"): (
        "stats.view",
        lambda s, a, p: s.service_stats.summarize(
            a, dt.date(2026, 1, 1), dt.date(2026, 12, 31), ServiceGrouping.TECHNICIAN
        ),
    ),
    ("service_stats", "export"): (
        "data.import_export",
        lambda s, a, p: s.service_stats.export(
            a,
            ServiceStats(ServiceGrouping.STATE, SOLD, SOLD, [], ServiceStatsTotal()),
            p["export"].with_name("service_stats.xlsx"),
        ),
    ),
    ("part_stats", "summarize"): (
        "stats.view",
        lambda s, a, p: s.part_stats.summarize(
            a, dt.date(2026, 1, 1), dt.date(2026, 12, 31), PartGrouping.PART
        ),
    ),
    ("part_stats", "export"): (
        "data.import_export",
        lambda s, a, p: s.part_stats.export(
            a,
            PartStats(PartGrouping.PART, SOLD, SOLD, [], PartFigures()),
            p["export"].with_name("part_stats.xlsx"),
        ),
    ),
    ("catalogue", "save_product_model"): (
        "settings.manage",
        lambda s, a, p: s.catalogue.save_product_model(
            a, None, ProductModelInput("新型号"), version=None
        ),
    ),
    ("catalogue", "delete_product_model"): (
        "settings.manage",
        lambda s, a, p: s.catalogue.delete_product_model(a, p["spare_model"]),
    ),
    ("catalogue", "save_sales_unit"): (
        "settings.manage",
        lambda s, a, p: s.catalogue.save_sales_unit(a, None, "分店", None, None, version=None),
    ),
    ("catalogue", "delete_sales_unit"): (
        "settings.manage",
        lambda s, a, p: s.catalogue.delete_sales_unit(a, p["unit"]),
    ),
    ("part_catalogue", "create"): (
        "parts.manage",
        lambda s, a, p: s.part_catalogue.create(a, PartInput(name="新备件")),
    ),
    ("part_catalogue", "update"): (
        "parts.manage",
        lambda s, a, p: s.part_catalogue.update(
            a, p["part"], PartInput(name="改"), version=OVERWRITE
        ),
    ),
    ("part_catalogue", "set_active"): (
        "parts.manage",
        lambda s, a, p: s.part_catalogue.set_active(a, p["part"], False),
    ),
    ("part_catalogue", "delete"): (
        "parts.manage",
        lambda s, a, p: s.part_catalogue.delete(a, p["spare_part"]),
    ),
    ("part_catalogue", "create_store"): (
        "parts.manage",
        lambda s, a, p: s.part_catalogue.create_store(a, "新仓库"),
    ),
    ("part_catalogue", "rename_store"): (
        "parts.manage",
        lambda s, a, p: s.part_catalogue.rename_store(
            a, p["spare_store"], "改名仓库", version=OVERWRITE
        ),
    ),
    ("part_catalogue", "set_store_active"): (
        "parts.manage",
        lambda s, a, p: s.part_catalogue.set_store_active(a, p["spare_store"], False),
    ),
    ("part_catalogue", "sort_stores"): (
        "parts.manage",
        lambda s, a, p: s.part_catalogue.sort_stores(a, [p["spare_store"]]),
    ),
    ("part_catalogue", "set_negative_stock_allowed"): (
        "settings.manage",
        lambda s, a, p: s.part_catalogue.set_negative_stock_allowed(a, True),
    ),
    ("part_documents", "create"): (
        "parts.manage",
        lambda s, a, p: s.part_documents.create(
            a,
            DocumentInput(
                DocKind.STOCK_IN, None, p["part_store"], (LineInput(p["stocked_part"], 1),)
            ),
        ),
    ),
    ("part_documents", "stocktake"): (
        "parts.manage",
        lambda s, a, p: s.part_documents.stocktake(
            a, CountInput(p["part_store"], ((p["stocked_part"], 1),))
        ),
    ),
    ("part_documents", "consume"): (
        "service.process",
        lambda s, a, p: s.part_documents.consume(
            a, p["order"], p["part_store"], (LineInput(p["stocked_part"], 1),)
        ),
    ),
    ("part_documents", "reverse"): (
        "parts.manage",
        lambda s, a, p: s.part_documents.reverse(a, p["part_doc"]),
    ),
    ("part_documents", "update_note"): (
        "parts.manage",
        lambda s, a, p: s.part_documents.update_note(a, p["part_doc"], "改", version=OVERWRITE),
    ),
    ("part_documents", "audit"): (
        "audit.process",
        lambda s, a, p: s.part_documents.audit(a, [p["part_doc_to_audit"]]),
    ),
    ("part_documents", "unaudit"): (
        "audit.process",
        lambda s, a, p: s.part_documents.unaudit(a, [p["part_doc_audited"]]),
    ),
    ("part_excel", "prepare"): ("parts.manage", lambda s, a, p: s.part_excel.prepare(a, [])),
    ("part_excel", "run"): (
        "parts.manage",
        lambda s, a, p: s.part_excel.run(a, p["part_plan"], "valid-rows"),
    ),
    ("part_excel", "export"): (
        "data.import_export",
        lambda s, a, p: s.part_excel.export(a, p["part_export"]),
    ),
    ("sales", "create"): (
        "sales.process",
        lambda s, a, p: s.sales.create(
            a, SaleInput(p["customer"], SOLD, p["model"], Decimal("99.90"))
        ),
    ),
    ("sales", "update"): (
        "record.edit",
        lambda s, a, p: s.sales.update(
            a,
            p["sale"],
            SaleInput(p["customer"], SOLD, p["model"], Decimal("900")),
            version=OVERWRITE,
        ),
    ),
    ("sales", "void"): ("record.delete", lambda s, a, p: s.sales.void(a, p["sale"], "退货")),
    ("sales", "delete"): ("record.delete", lambda s, a, p: s.sales.delete(a, p["bare_sale"])),
    ("print_templates", "save"): (
        "settings.manage",
        lambda s, a, p: s.print_templates.save(
            a,
            TemplateInput("dispatch", "新派工单", "A4", "<p>{{ order.code }}</p>"),
            version=OVERWRITE,
        ),
    ),
    ("print_templates", "delete"): (
        "settings.manage",
        lambda s, a, p: s.print_templates.delete(a, "sales", p["print_form"]),
    ),
    ("print_templates", "revert"): (
        "settings.manage",
        lambda s, a, p: s.print_templates.revert(a, "dispatch", "A5"),
    ),
    ("print_templates", "set_default"): (
        "settings.manage",
        lambda s, a, p: s.print_templates.set_default(a, "sales", "58mm"),
    ),
    ("payments", "record"): (
        "sales.process",
        lambda s, a, p: s.payments.record(a, p["sale"], SOLD, Decimal("0.10"), "微信"),
    ),
    ("service_orders", "create"): (
        "service.process",
        lambda s, a, p: s.service_orders.create(
            a, ServiceOrderInput(p["customer"], "送修", "显示屏不亮")
        ),
    ),
    ("service_orders", "update"): (
        "service.process",
        lambda s, a, p: s.service_orders.update(
            a, p["order"], ServiceOrderInput(p["customer"], "送修", "改过"), version=OVERWRITE
        ),
    ),
    ("service_orders", "dispatch"): (
        "service.process",
        lambda s, a, p: s.service_orders.dispatch(a, [p["order"]]),
    ),
    ("service_orders", "complete"): (
        "service.process",
        lambda s, a, p: s.service_orders.complete(
            a,
            p["order"],
            CompletionInput(work_done="换件", result="正常", fee_parts=Decimal("12.30")),
            version=OVERWRITE,
        ),
    ),
    ("service_orders", "cancel"): (
        "service.process",
        lambda s, a, p: s.service_orders.cancel(a, p["order"], "客户取消"),
    ),
    ("service_orders", "audit"): (
        "audit.process",
        lambda s, a, p: s.service_orders.audit(a, [p["completed_order"]]),
    ),
    ("service_orders", "unaudit"): (
        "audit.process",
        lambda s, a, p: s.service_orders.unaudit(a, [p["audited_order"]]),
    ),
    ("service_orders", "delete"): (
        "record.delete",
        lambda s, a, p: s.service_orders.delete(a, p["cancelled_order"]),
    ),
    ("maintenance", "generate"): (
        "service.process",
        lambda s, a, p: s.maintenance.generate(a, [(p["sale"], dt.date(2026, 9, 11))]),
    ),
}

# Public methods that legitimately need no permission code, and why.
EXEMPT: dict[tuple[str, str], str] = {
    ("part_documents", "get"): "part documents are read by every signed-in user",
    ("part_documents", "page"): "part documents are read by every signed-in user",
    ("part_documents", "page_key"): "a cursor, no data",
    ("part_documents", "for_order"): "the order's parts, read by every signed-in user",
    ("part_lookup", "search"): "the part pickers of every document and the completion dialog",
    ("part_lookup", "by_ids"): "the part pickers of every document and the completion dialog",
    ("part_lookup", "held"): "what a place holds, for the pickers and the stocktake",
    ("part_lookup", "stores"): "the stores to choose from, for every picker",
    ("part_stock", "categories"): "stock views are read by every signed-in user",
    ("part_stock", "consumption_search"): "stock views are read by every signed-in user",
    ("part_stock", "for_customer"): "stock views are read by every signed-in user",
    ("part_stock", "for_order"): "stock views are read by every signed-in user",
    ("part_stock", "holdings"): "stock views are read by every signed-in user",
    ("part_stock", "movement_key"): "stock views are read by every signed-in user",
    ("part_stock", "movements"): "stock views are read by every signed-in user",
    ("part_stock", "on_hand"): "stock views are read by every signed-in user",
    ("part_stock", "page_key"): "stock views are read by every signed-in user",
    ("part_stock", "part_card"): "stock views are read by every signed-in user",
    ("part_stock", "places"): "stock views are read by every signed-in user",
    ("part_stock", "reorder"): "stock views are read by every signed-in user",
    ("part_stock", "rows_by_id"): "stock views are read by every signed-in user",
    ("part_stock", "totals"): "stock views are read by every signed-in user",
    ("part_stock", "used_by"): "stock views are read by every signed-in user",
    ("part_stock", "used_key"): "stock views are read by every signed-in user",
    ("settings", "general"): "every signed-in user reads the shop settings",
    ("settings", "enum_values"): "every signed-in user fills in forms with these lists",
    ("settings", "custom_field_labels"): "every signed-in user sees the field labels",
    ("settings", "custom_field_label_set"): "the field labels with their version, to edit",
    ("settings", "numbering_rules"): "every signed-in user sees document numbers",
    ("settings", "profile"): "this PC's profile, read by the composition root",
    ("settings", "validate_rule"): "pure input check for the live preview, touches no data",
    ("settings", "choose_language"): "this PC's display language, chosen also before sign-in",
    ("audit", "record"): "called by the services inside their own, already checked, transaction",
    ("changes", "publish"): "the services' own announcements of what they already changed",
    ("changes", "subscribe"): "listening changes nothing; what is heard was already allowed",
    ("changes", "hold"): "used by the services around their own, already checked, actions",
    ("auth", "login"): "nobody is signed in yet",
    ("auth", "change_password"): "only one's own password, proven by the current one",
    ("setup", "check_demo_complete"): "before sign-in: refuses to open a half-made demo profile",
    ("setup", "needs_first_run"): "asked before anyone signs in",
    ("setup", "demo_logins"): "shown on the login dialog of a demo profile",
    ("setup", "complete_first_run"): "only once, before anyone has signed in; refused after",
    ("numbering", "next_code"): "called by document services inside their checked transaction",
    ("numbering", "next_codes"): "bulk form of next_code, called inside the import's checked run",
    ("customer_search", "search"): "the one search box: every signed-in user finds customers",
    ("overview", "overview"): "home-page counts every signed-in user may see",
    ("overview", "home"): "each part of the home page is chosen by the actor's own permissions",
    ("overview", "role_names"): "the actor's own roles",
    ("customers", "get"): "every signed-in user opens customer cards (the caller pop too)",
    ("customers", "list_page"): "every signed-in user browses the customer list",
    ("customers", "count"): "the customer list's status line",
    ("customers", "rows_by_ids"): "list rows of customers the user already found",
    ("customers", "page_key"): "pure computation of a paging cursor, touches no data",
    ("customers", "salespeople"): "the names to pick a salesperson from in a form or filter",
    ("customers", "check_numbers"): "the editor's live duplicate-number hint, reads only",
    ("customer_groups", "list_groups"): "groups are a filter on every customer list",
    ("customer_lookup", "lookup"): "the caller pop's query: every signed-in user sees who calls",
    ("customer_lookup", "find"): "lookup inside calls.start's transaction; takes no actor",
    ("customer_lookup", "number_only"): "the number's own region for a call while the database "
    "is out of reach; reads nothing",
    ("calls", "start"): "the app records each call for the signed-in operator (stored on it)",
    ("calls", "answered"): "the app records the call being taken, for the operator",
    ("calls", "ended"): "the app records the end of a call it started",
    ("calls", "close_unfinished"): "the app closes its calls left open at exit or a crash",
    ("calls", "claim"): "every signed-in user may take a call; the log records who did",
    ("call_journal", "start"): "calls.start, or the call held while the database is busy",
    ("call_journal", "answered"): "calls.answered, or noted on the held call",
    ("call_journal", "ended"): "calls.ended, or noted on the held call",
    ("call_journal", "flush"): "stores held calls through calls.start/answered/ended",
    ("call_journal", "adopt"): "takes over calls held by a program that stopped; stores nothing",
    ("call_journal", "close_unfinished"): "the desk stopping: held calls stored as closed",
    ("call_journal", "held"): "the calls this program holds, for the pop-up and the status bar",
    ("calls", "set_customer"): "the app files the call under the customer the operator just chose",
    ("phone_settings", "current"): "reading this PC's phone settings (config.toml), no database",
    ("calls", "attach_recording"): "the app's recorder notes the file it wrote for the call",
    ("calls", "page"): "viewing the call log: every signed-in user (no code in DESIGN's list)",
    ("calls", "recent_for_customer"): "the pop-up's and the card's recent calls: every user",
    ("calls", "get"): "one call of the log, which every signed-in user may view",
    ("messages", "create"): "any signed-in user may leave a message (pop-up, card)",
    ("messages", "mark_handled"): "any signed-in user may mark a message dealt with",
    ("messages", "list"): "every signed-in user reads the messages",
    ("messages", "open_count"): "the status bar's count of open messages, for every user",
    ("messages", "for_customer"): "the customer card's messages: every signed-in user",
    ("messages", "get"): "one message, which every signed-in user may read",
    ("catalogue", "product_models"): "every signed-in user picks a model when filling in a sale",
    ("catalogue", "sales_units"): "every signed-in user picks a unit when filling in a sale",
    ("part_catalogue", "page"): "every signed-in user reads the parts catalogue",
    ("part_catalogue", "page_key"): "where a page continues; reads nothing",
    ("part_catalogue", "count"): "every signed-in user reads the parts catalogue",
    ("part_catalogue", "get"): "every signed-in user reads the parts catalogue",
    ("part_catalogue", "by_ids"): "every signed-in user reads the parts catalogue",
    ("part_catalogue", "categories"): "the categories to filter by; every user sees them",
    ("part_catalogue", "used"): "whether documents name a part; every user may read them",
    ("part_catalogue", "stores"): "every signed-in user picks a store on a document",
    ("part_catalogue", "negative_stock_allowed"): "every user's documents follow the setting",
    ("sales", "get"): "the customer card's purchases: every signed-in user",
    ("sales", "for_customer"): "the customer card's Purchases tab: every signed-in user",
    ("sales", "outstanding_for_customer"): "the caller pop-up's debt figure: every user",
    ("sales", "page"): "the receivables lists; the issue names no viewing code (stats.view is "
    "for statistics)",
    ("sales", "totals"): "the totals line under the receivables lists",
    ("sales", "page_key"): "pure computation of a paging cursor, touches no data",
    ("payments", "for_sale"): "whoever sees a sale sees how it was paid",
    ("service_orders", "get"): "the order form and print-outs: every signed-in user, as sales",
    ("service_orders", "get_many"): "batch printing of chosen orders: every signed-in user",
    ("service_orders", "for_customer"): "the customer card's Service tab: every signed-in user",
    ("service_orders", "for_sale"): "earlier orders for a product, shown while taking an order",
    ("service_orders", "open_for_customer"): "the caller pop-up's open orders: every user",
    ("service_orders", "page"): "the order lists; the issue names no viewing code",
    ("service_orders", "counts_by_state"): "the counts beside the order list's state tabs",
    ("service_orders", "events"): "an order's timestamped history, shown with the order",
    ("service_orders", "technicians"): "the names to assign or filter by; every user sees them",
    ("service_orders", "page_key"): "pure computation of a paging cursor, touches no data",
    ("maintenance", "due"): "the due-maintenance reminders: every signed-in user, as sales",
    ("maintenance", "count_unordered"): "the home page's reminder count, as due",
    ("maintenance", "page_key"): "pure computation of a paging cursor, touches no data",
    ("print_templates", "list"): "whoever prints a slip picks one of the forms",
    ("print_templates", "get"): "whoever prints a slip reads the form",
    ("print_templates", "default_for"): "whoever prints a slip gets the kind's default form",
    ("stations", "identity"): "this PC's station key and name (config.toml), no database",
    ("stations", "snapshot"): "the status bar's stations and line hosts: every signed-in user",
    ("stations", "join"): "this PC joining the others at sign-in; relays only what the user's "
    "own, already checked, actions announced",
}


def public_methods(services: Services) -> set[tuple[str, str]]:
    found = set()
    for service in service_names():
        cls = type(getattr(services, service))
        for name, member in inspect.getmembers(cls):
            if name.startswith("_"):
                continue
            if callable(member) or isinstance(member, property):
                found.add((service, name))
    return found


def snapshot(services: Services) -> tuple[dict[str, list[tuple]], bytes]:
    """Every row of every table, and this PC's config.toml."""
    tables = {}
    for model in ALL_MODELS:
        rows = model.select().order_by(*model._meta.sorted_fields).tuples()
        tables[model._meta.table_name] = [tuple(map(repr, r)) for r in rows]
    return tables, services.profile.config_path.read_bytes()


def test_every_public_service_method_is_in_the_table(sqlite_services):
    found = public_methods(sqlite_services)
    listed = set(CHECKED) | set(EXEMPT)
    missing = sorted(found - listed)
    assert not missing, (
        f"public service methods without a permission entry: {missing}. Add each to CHECKED "
        "(with the code it must demand) or to EXEMPT (with the reason it needs none)."
    )
    assert not sorted(listed - found), "the table names methods that no longer exist"
    assert not set(CHECKED) & set(EXEMPT)


def test_every_code_in_the_table_is_a_real_permission():
    assert {code for code, _ in CHECKED.values()} <= PERMISSIONS.keys()
    with pytest.raises(KeyError):
        require(Actor(1, "x", "x", frozenset(PERMISSIONS)), "no.such.code")


def test_a_fresh_database_gives_the_administrator_every_permission(sqlite_services):
    assert set(m001_core._ALL_PERMISSIONS) == PERMISSIONS.keys()
    assert login_admin(sqlite_services).permissions == frozenset(PERMISSIONS)


@pytest.mark.parametrize("key", sorted(CHECKED), ids=lambda k: f"{k[0]}.{k[1]}")
def test_denied_without_its_code_and_nothing_changes(sqlite_services, key):
    services = sqlite_services
    code, call = CHECKED[key]
    admin = login_admin(services)
    prepared = {"user": _other_user_id(services, admin), "role": _custom_role_id(services, admin)}
    prepared |= _customer_records(services, admin)
    prepared["empty_import_plan"] = services.customer_import.prepare(admin, [])
    before = snapshot(services)

    refused = actor_without(admin, code)
    assert refused.permissions == admin.permissions - {code}
    with pytest.raises(PermissionDenied) as info:
        call(services, refused, prepared)
    assert info.value.code == code
    assert PERMISSIONS[code] in str(info.value)
    assert snapshot(services) == before, "a refused call changed stored data"

    # An actor holding only this one code may do it: the refusal was the permission check.
    only = Actor(admin.user_id, admin.username, admin.display_name, frozenset({code}))
    call(services, only, prepared)


def test_a_user_without_rights_is_refused_everything_checked(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    empty = services.users.save_role(
        admin, None, name="无权限", description="", permissions=set(), version=OVERWRITE
    )
    services.users.create_user(admin, "nobody", "", "Nobody-123", [empty.id])
    nobody = services.auth.login("nobody", "Nobody-123")
    assert nobody.permissions == frozenset()
    prepared = {"user": User.get(User.username == "nobody").id, "role": _manager_role_id()}
    prepared |= _customer_records(services, admin)
    prepared["empty_import_plan"] = services.customer_import.prepare(admin, [])
    before = snapshot(services)
    for key, (code, call) in CHECKED.items():
        with pytest.raises(PermissionDenied) as info:
            call(services, nobody, prepared)
        assert info.value.code == code, key
    assert snapshot(services) == before
