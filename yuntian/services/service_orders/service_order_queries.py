"""Service-order rows: filters, view rows with their names, counts, history, and the row
writes the service composes (row locks, technicians, events). No permission checks here; the
service decides who may call, inside its transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import peewee as pw

from yuntian.db.built_once import Arg, BuiltOnce
from yuntian.db.models import (
    Customer,
    ProductModel,
    Sale,
    ServiceOrder,
    ServiceOrderEvent,
    ServiceOrderTechnician,
    User,
)
from yuntian.services.common.batches import chunks
from yuntian.services.common.errors import NotFound
from yuntian.services.common.people import user_label
from yuntian.services.service_orders.service_order_types import (
    OPEN_STATES,
    OrderState,
    ServiceOrderEventView,
    ServiceOrderFilter,
    ServiceOrderView,
    Warranty,
)

_STAMPS = ("taken", "dispatched", "completed", "cancelled", "audited")


def filtered(query: pw.ModelSelect, flt: ServiceOrderFilter, now: dt.datetime) -> pw.ModelSelect:
    if flt.state is not None:
        query = query.where(ServiceOrder.state == flt.state.value)
    if flt.customer_id is not None:
        query = query.where(ServiceOrder.customer == flt.customer_id)
    if flt.sale_id is not None:
        query = query.where(ServiceOrder.sale == flt.sale_id)
    if flt.technician_id is not None:
        query = query.where(assigned_to(flt.technician_id))
    if flt.date_from is not None:
        query = query.where(ServiceOrder.taken_at >= _midnight(flt.date_from))
    if flt.date_to is not None:
        query = query.where(ServiceOrder.taken_at < _midnight(flt.date_to + dt.timedelta(days=1)))
    if flt.overdue:
        query = query.where(
            ServiceOrder.state.in_([s.value for s in OPEN_STATES]),
            ServiceOrder.appointment_at < now,
        )
    if flt.service_type is not None:
        query = query.where(ServiceOrder.service_type == flt.service_type)
    if flt.warranty is not None:
        query = query.where(ServiceOrder.warranty == flt.warranty.value)
    return query


# A technician with more orders than this has the list walked in its order, checking each
# order's technicians (a page reads about 200 / share rows); with fewer, their orders are
# read and sorted (cheap while few). One plan alone is slow for the other kind: measured on
# 1,000,000 orders, the IN list took 600 ms for a technician with 420,000 orders, the walk
# 0.3 ms; for a technician without orders the walk took 520 ms, the IN list 0.1 ms.
BUSY_TECHNICIAN = 5_000


def assigned_to(user_id: int) -> pw.Expression:
    technician = ServiceOrderTechnician.user == user_id
    busy = (
        ServiceOrderTechnician.select().where(technician).limit(BUSY_TECHNICIAN + 1).count()
        > BUSY_TECHNICIAN
    )
    if busy:
        return pw.fn.EXISTS(
            ServiceOrderTechnician.select(pw.SQL("1")).where(
                ServiceOrderTechnician.order == ServiceOrder.id, technician
            )
        )
    return ServiceOrder.id.in_(
        ServiceOrderTechnician.select(ServiceOrderTechnician.order).where(technician)
    )


def newest_first(query: pw.ModelSelect) -> pw.ModelSelect:
    return query.order_by(ServiceOrder.taken_at.desc(), ServiceOrder.id.desc())


# The customer's pending and dispatched orders (every station's pop-up): built once.
OPEN_FOR_CUSTOMER = BuiltOnce(
    lambda: newest_first(
        ServiceOrder.select(ServiceOrder.id).where(
            ServiceOrder.customer == Arg("customer"),
            ServiceOrder.state.in_([OrderState.PENDING.value, OrderState.DISPATCHED.value]),
        )
    ).tuples()
)


def counts_by_state(flt: ServiceOrderFilter, now: dt.datetime) -> dict[OrderState, int]:
    query = filtered(
        ServiceOrder.select(ServiceOrder.state, pw.fn.COUNT(ServiceOrder.id)),
        flt,
        now,
    ).group_by(ServiceOrder.state)
    counts = dict.fromkeys(OrderState, 0)
    for state, count in query.tuples():
        counts[OrderState(state)] = int(count)
    return counts


def views(ids: Sequence[int], now: dt.datetime) -> list[ServiceOrderView]:
    """The orders with these ids, in the order given; ids that no longer exist are left out."""
    found: dict[int, ServiceOrderView] = {}
    for part in chunks(list(dict.fromkeys(ids))):
        found |= _views_chunk(part, now)
    return [found[i] for i in ids if i in found]


def _views_chunk(ids: Sequence[int], now: dt.datetime) -> dict[int, ServiceOrderView]:
    users = {name: User.alias(f"u_{name}") for name in _STAMPS}
    columns = [
        ServiceOrder,
        Customer.code.alias("customer_code"),
        Customer.name.alias("customer_name"),
        Sale.code.alias("sale_code"),
        Sale.serial_number.alias("serial_number"),
        Sale.warranty_end.alias("warranty_end"),
        Sale.product_model.alias("product_model_id"),
        ProductModel.brand.alias("brand"),
        ProductModel.model.alias("model_name"),
    ]
    for name, u in users.items():
        columns += [u.display_name.alias(f"{name}_display"), u.username.alias(f"{name}_login")]
    query = (
        ServiceOrder.select(*columns)
        .join(Customer, on=(Customer.id == ServiceOrder.customer))
        .switch(ServiceOrder)
        .join(Sale, pw.JOIN.LEFT_OUTER, on=(Sale.id == ServiceOrder.sale))
        .join(ProductModel, pw.JOIN.LEFT_OUTER, on=(ProductModel.id == Sale.product_model))
    )
    for name, u in users.items():
        by = getattr(ServiceOrder, f"{name}_by")
        query = query.switch(ServiceOrder).join(u, pw.JOIN.LEFT_OUTER, on=(u.id == by))
    rows = list(query.where(ServiceOrder.id.in_(list(ids))).dicts())
    technicians = _technicians([r["id"] for r in rows])
    return {r["id"]: _view(r, technicians.get(r["id"], []), now) for r in rows}


def _technicians(ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    if not ids:
        return {}
    query = (
        ServiceOrderTechnician.select(
            ServiceOrderTechnician.order, User.id, User.display_name, User.username
        )
        .join(User, on=(User.id == ServiceOrderTechnician.user))
        .where(ServiceOrderTechnician.order.in_(ids))
        .order_by(ServiceOrderTechnician.id)
        .tuples()
    )
    found: dict[int, list[tuple[int, str]]] = {}
    for order_id, user_id, display, login in query:
        found.setdefault(order_id, []).append((user_id, user_label(display, login)))
    return found


def _view(r: dict, technicians: list[tuple[int, str]], now: dt.datetime) -> ServiceOrderView:
    state = OrderState(r["state"])
    fees = (r["fee_parts"], r["fee_service"], r["fee_transport"])
    appointment = r["appointment_at"]
    names = {n: user_label(r[f"{n}_display"], r[f"{n}_login"]) for n in _STAMPS}
    return ServiceOrderView(
        id=r["id"],
        code=r["code"],
        state=state,
        customer_id=r["customer"],
        customer_code=r["customer_code"],
        customer_name=r["customer_name"],
        contact_name=r["contact_name"],
        contact_phone=r["contact_phone"],
        address=r["address"],
        sale_id=r["sale"],
        sale_code=r["sale_code"] or "",
        product_model_id=r["product_model_id"],
        product=f"{r['brand'] or ''} {r['model_name'] or ''}".strip(),
        serial_number=r["serial_number"] or "",
        warranty_end=r["warranty_end"],
        fault=r["fault"],
        service_type=r["service_type"],
        warranty=Warranty(r["warranty"]),
        warranty_reason=r["warranty_reason"],
        appointment_at=appointment,
        priority=r["priority"],
        overdue=state in OPEN_STATES and appointment is not None and appointment < now,
        technician_ids=tuple(i for i, _ in technicians),
        technician_names=tuple(n for _, n in technicians),
        taken_by_id=r["taken_by"],
        taken_by_name=names["taken"],
        taken_at=r["taken_at"],
        dispatched_by_id=r["dispatched_by"],
        dispatched_by_name=names["dispatched"],
        dispatched_at=r["dispatched_at"],
        completed_by_id=r["completed_by"],
        completed_by_name=names["completed"],
        completed_at=r["completed_at"],
        cancelled_by_id=r["cancelled_by"],
        cancelled_by_name=names["cancelled"],
        cancelled_at=r["cancelled_at"],
        audited_by_id=r["audited_by"],
        audited_by_name=names["audited"],
        audited_at=r["audited_at"],
        work_done=r["work_done"],
        solution=r["solution"],
        result=r["result"],
        fee_parts=fees[0],
        fee_service=fees[1],
        fee_transport=fees[2],
        fee_total=fees[0] + fees[1] + fees[2],
        work_minutes=r["work_minutes"],
        feedback=r["feedback"],
        cancel_reason=r["cancel_reason"],
        audited=bool(r["audited"]),
        maintenance_due=r["maintenance_due"],
        created_at=r["created_at"],
        updated_at=r["updated_at"],
        version=r["version"],
    )


def events(order_id: int) -> list[ServiceOrderEventView]:
    query = (
        ServiceOrderEvent.select(ServiceOrderEvent, User.display_name, User.username)
        .join(User, pw.JOIN.LEFT_OUTER, on=(User.id == ServiceOrderEvent.user))
        .where(ServiceOrderEvent.order == order_id)
        .order_by(ServiceOrderEvent.at, ServiceOrderEvent.id)
        .dicts()
    )
    return [
        ServiceOrderEventView(
            id=e["id"],
            order_id=e["order"],
            at=e["at"],
            user_id=e["user"],
            user_name=user_label(e["display_name"], e["username"]),
            from_state=OrderState(e["from_state"]) if e["from_state"] else None,
            to_state=OrderState(e["to_state"]),
            note=e["note"],
        )
        for e in query
    ]


def lock_unaudited(ids: Sequence[int]) -> None:
    """Write-lock the orders that are not audited (a no-op update: a row lock on the servers,
    the write lock on SQLite) against a parallel change from another PC. Audited rows are
    left out: the audit lock refuses any update of them, even a no-op one."""
    for part in chunks(list(ids)):
        ServiceOrder.update(updated_at=ServiceOrder.updated_at).where(
            ServiceOrder.id.in_(list(part)),
            ServiceOrder.audited == False,  # noqa: E712
        ).execute()


def order_rows(ids: Sequence[int]) -> dict[int, ServiceOrder]:
    """The orders by id; NotFound when one of them no longer exists."""
    found: dict[int, ServiceOrder] = {}
    for part in chunks(list(ids)):
        found |= {o.id: o for o in ServiceOrder.select().where(ServiceOrder.id.in_(list(part)))}
    if len(found) != len(set(ids)):
        raise NotFound()
    return found


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def set_technicians(order_id: int, ids: Sequence[int]) -> None:
    """Assign exactly these users, in this order (an unchanged list writes nothing)."""
    current = [
        u
        for (u,) in ServiceOrderTechnician.select(ServiceOrderTechnician.user)
        .where(ServiceOrderTechnician.order == order_id)
        .order_by(ServiceOrderTechnician.id)
        .tuples()
    ]
    if current == list(ids):
        return
    ServiceOrderTechnician.delete().where(ServiceOrderTechnician.order == order_id).execute()
    for user_id in ids:
        ServiceOrderTechnician.insert(order=order_id, user=user_id).execute()


def add_event(
    user_id: int,
    order_id: int,
    before: OrderState | None,
    after: OrderState,
    now: dt.datetime,
    note: str = "",
) -> None:
    ServiceOrderEvent.insert(
        order=order_id,
        at=now,
        user=user_id,
        from_state=before.value if before else "",
        to_state=after.value,
        note=note[:255],
    ).execute()


def claim_unaudit_event(user_id: int, order_id: int, now: dt.datetime) -> None:
    """Put the user and time on the history row the database wrote for this un-audit (the
    order's row lock, taken by the un-audit, keeps any other from being written meanwhile)."""
    newest = (
        ServiceOrderEvent.select(pw.fn.MAX(ServiceOrderEvent.id))
        .where(
            ServiceOrderEvent.order == order_id,
            ServiceOrderEvent.from_state == OrderState.AUDITED.value,
            ServiceOrderEvent.user.is_null(),
        )
        .scalar()
    )
    if newest is None:
        raise RuntimeError(f"the database wrote no un-audit event for service order {order_id}")
    ServiceOrderEvent.update(user=user_id, at=now, note="").where(
        ServiceOrderEvent.id == newest
    ).execute()
