"""Reading the purchases due for maintenance: the keyed, indexed list query and its rows.

The list walks the index on sale(next_maintenance) in (next_maintenance, id) order, so a page
costs what it shows on a million purchases; the order already made for a purchase's due date
is found through the unique (sale, maintenance_due) index of service orders. No permission
checks here; the service decides who may call, inside its transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import peewee as pw

from yuntian.db.models import (
    Customer,
    CustomerAddress,
    CustomerPhone,
    ProductModel,
    Sale,
    ServiceOrder,
)
from yuntian.services.common.addresses import address_text
from yuntian.services.common.batches import chunks
from yuntian.services.service_orders.maintenance_types import DueKey, DueMaintenanceView
from yuntian.services.service_orders.service_order_types import OrderState


def due_query(
    date_from: dt.date | None, date_to: dt.date, *, include_ordered: bool
) -> pw.ModelSelect:
    """The purchases (not voided) due from ``date_from`` (None: also the overdue) to
    ``date_to``; without those already ordered unless ``include_ordered``."""
    due = Sale.next_maintenance
    query = Sale.select(Sale.id).where(due.is_null(False), due <= date_to)
    if date_from is not None:
        query = query.where(due >= date_from)
    # "!=", not "==": voided is checked per row read, never through the (voided, sale_date)
    # index, which would read every purchase not voided to find the earliest due.
    query = query.where(Sale.voided != True)  # noqa: E712
    if not include_ordered:
        so = ServiceOrder.alias("so")
        made = so.select(pw.SQL("1")).where(so.sale == Sale.id, so.maintenance_due == due)
        query = query.where(~pw.fn.EXISTS(made))
    return query


def due_ids(
    date_from: dt.date | None,
    date_to: dt.date,
    *,
    include_ordered: bool,
    after: DueKey | None,
    limit: int,
) -> list[int]:
    """The ids of the next ``limit`` purchases due (not voided), earliest due date first."""
    due = Sale.next_maintenance
    query = due_query(date_from, date_to, include_ordered=include_ordered)
    if after is not None:  # written so the index range starts at the key, on every engine
        query = query.where(due >= after.due, (due > after.due) | (Sale.id > after.sale_id))
    return [i for (i,) in query.order_by(due, Sale.id).limit(limit).tuples()]


def views(ids: Sequence[int], today: dt.date) -> list[DueMaintenanceView]:
    """The rows of these purchases, in the order given; ids gone since are left out."""
    if not ids:
        return []
    rows: dict[int, dict] = {}
    for part in chunks(list(ids)):
        query = (
            Sale.select(
                Sale.id,
                Sale.code,
                Sale.customer,
                Sale.serial_number,
                Sale.next_maintenance,
                Sale.maintenance_interval_days,
                Customer.code.alias("customer_code"),
                Customer.name.alias("customer_name"),
                ProductModel.brand.alias("brand"),
                ProductModel.model.alias("model_name"),
                ServiceOrder.id.alias("order_id"),
                ServiceOrder.code.alias("order_code"),
                ServiceOrder.state.alias("order_state"),
            )
            .join(Customer, on=(Customer.id == Sale.customer))
            .switch(Sale)
            .join(ProductModel, on=(ProductModel.id == Sale.product_model))
            .switch(Sale)
            .join(
                ServiceOrder,
                pw.JOIN.LEFT_OUTER,
                on=(
                    (ServiceOrder.sale == Sale.id)
                    & (ServiceOrder.maintenance_due == Sale.next_maintenance)
                ),
            )
            .where(Sale.id.in_(list(part)), Sale.next_maintenance.is_null(False))
            .dicts()
        )
        rows |= {r["id"]: r for r in query}
    customers = list({r["customer"] for r in rows.values()})
    phones, places = first_phones(customers), first_addresses(customers)
    return [
        _view(rows[i], today, phones.get(rows[i]["customer"], ""), places) for i in ids if i in rows
    ]


def _view(r: dict, today: dt.date, phone: str, places: dict[int, str]) -> DueMaintenanceView:
    due: dt.date = r["next_maintenance"]
    state = r["order_state"]
    return DueMaintenanceView(
        sale_id=r["id"],
        sale_code=r["code"],
        customer_id=r["customer"],
        customer_code=r["customer_code"],
        customer_name=r["customer_name"],
        phone=phone,
        address=places.get(r["customer"], ""),
        product=f"{r['brand']} {r['model_name']}".strip(),
        serial_number=r["serial_number"],
        due=due,
        interval_days=r["maintenance_interval_days"],
        days_until=(due - today).days,
        order_id=r["order_id"],
        order_code=r["order_code"] or "",
        order_state=OrderState(state) if state else None,
    )


def first_phones(customer_ids: Sequence[int]) -> dict[int, str]:
    """Each customer's first phone as typed (the order the card shows them in)."""
    found: dict[int, str] = {}
    for part in chunks(list(customer_ids)):
        query = (
            CustomerPhone.select(CustomerPhone.customer, CustomerPhone.raw)
            .where(CustomerPhone.customer.in_(list(part)))
            .order_by(CustomerPhone.customer, CustomerPhone.sort, CustomerPhone.id)
            .tuples()
        )
        for customer, raw in query:
            found.setdefault(customer, raw)
    return found


def first_addresses(customer_ids: Sequence[int]) -> dict[int, str]:
    """Each customer's first address, on one line."""
    found: dict[int, str] = {}
    for part in chunks(list(customer_ids)):
        query = (
            CustomerAddress.select(
                CustomerAddress.customer,
                CustomerAddress.province,
                CustomerAddress.city,
                CustomerAddress.district,
                CustomerAddress.street,
            )
            .where(CustomerAddress.customer.in_(list(part)))
            .order_by(CustomerAddress.customer, CustomerAddress.sort, CustomerAddress.id)
            .tuples()
        )
        for customer, *place in query:
            found.setdefault(customer, address_text(*place))
    return found


def ordered(pairs: Sequence[tuple[int, dt.date]]) -> set[tuple[int, dt.date]]:
    """Which (purchase, due date) pairs already have a maintenance order."""
    found: set[tuple[int, dt.date]] = set()
    for part in chunks(sorted({s for s, _ in pairs})):
        query = (
            ServiceOrder.select(ServiceOrder.sale, ServiceOrder.maintenance_due)
            .where(ServiceOrder.sale.in_(list(part)), ServiceOrder.maintenance_due.is_null(False))
            .tuples()
        )
        found |= {(s, d) for s, d in query}
    return found & set(pairs)
