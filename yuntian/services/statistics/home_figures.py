"""What the home page shows each user: decided by what they may do, never by a role's name.

- the front desk (``customer.edit``: takes calls and keeps the customers): today's calls, missed
  calls nobody has reached yet, open messages for them or anyone, due maintenance, the open
  orders they took and the overdue ones;
- service work (``service.process`` without the front desk, or anyone with orders assigned):
  the open orders assigned to them, the overdue ones, today's appointments;
- the day's figures (``stats.view``): new customers, sales, orders taken and completed;
- the system (``users.manage`` or ``settings.manage``): customers, users, schema, database,
  last backup (``overview.Overview``).

No Qt. Counts only: run off the GUI thread (a big database takes a moment).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import peewee as pw

from yuntian.db.models import Call, Customer, Message, Sale, ServiceOrder, ServiceOrderTechnician
from yuntian.services.common.permissions import Actor

OPEN = ("pending", "dispatched")  # OrderState values: not completed nor cancelled
CALL_BACK_DAYS = 7  # missed calls older than this are no longer "to call back"


@dataclass(frozen=True)
class DeskFigures:
    calls_today: int
    missed_today: int
    to_call_back: int  # numbers missed in the last days, not reached since
    open_messages: int  # for this user or for anyone
    maintenance_due: int
    my_open_orders: int  # taken by this user, pending or dispatched
    overdue_orders: int  # anyone's: appointment passed, not completed


@dataclass(frozen=True)
class WorkFigures:
    assigned_open: int
    assigned_overdue: int
    appointments_today: int


@dataclass(frozen=True)
class DayFigures:
    new_customers: int
    sales: int
    sales_amount: Decimal  # receivable of today's sales
    orders_taken: int
    orders_completed: int


def shows_desk(actor: Actor) -> bool:
    return actor.can("customer.edit")


def shows_work(actor: Actor) -> bool:
    """Service work is shown to those doing it: it may also show because orders are assigned."""
    return actor.can("service.process") and not shows_desk(actor)


def shows_day(actor: Actor) -> bool:
    return actor.can("stats.view")


def shows_system(actor: Actor) -> bool:
    return actor.can("users.manage") or actor.can("settings.manage")


def _day(now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(now.date(), dt.time())
    return start, start + dt.timedelta(days=1)


def desk_figures(actor: Actor, now: dt.datetime, maintenance_due: int) -> DeskFigures:
    start, end = _day(now)
    today = Call.select().where((Call.ring_at >= start) & (Call.ring_at < end))
    missed_today = today.where((Call.direction == "in") & (Call.missed == True))  # noqa: E712
    open_messages = Message.select().where(
        (Message.handled == False)  # noqa: E712
        & ((Message.for_user == actor.user_id) | Message.for_user.is_null())
    )
    mine = ServiceOrder.select().where(
        ServiceOrder.state.in_(OPEN) & (ServiceOrder.taken_by == actor.user_id)
    )
    overdue = ServiceOrder.select().where(
        ServiceOrder.state.in_(OPEN) & (ServiceOrder.appointment_at < now)
    )
    return DeskFigures(
        calls_today=today.count(),
        missed_today=missed_today.count(),
        to_call_back=to_call_back(now),
        open_messages=open_messages.count(),
        maintenance_due=maintenance_due,
        my_open_orders=mine.count(),
        overdue_orders=overdue.count(),
    )


def to_call_back(now: dt.datetime) -> int:
    """Numbers that called in the last days unanswered and were not reached since (no later
    answered call from them, no call made to them)."""
    since = now - dt.timedelta(days=CALL_BACK_DAYS)
    later = Call.alias()
    reached = later.select(later.id).where(
        (later.number == Call.number)
        & (later.ring_at > Call.ring_at)
        & ((later.direction == "out") | later.answered_at.is_null(False))
    )
    missed = (
        Call.select(Call.number)
        .where(
            (Call.ring_at >= since)
            & (Call.direction == "in")
            & (Call.missed == True)  # noqa: E712
            & (Call.number != "")
            & ~pw.fn.EXISTS(reached)
        )
        .distinct()
    )
    return missed.count()


def work_figures(actor: Actor, now: dt.datetime) -> WorkFigures:
    start, end = _day(now)
    assigned = (
        ServiceOrder.select()
        .join(ServiceOrderTechnician, on=(ServiceOrderTechnician.order == ServiceOrder.id))
        .where((ServiceOrderTechnician.user == actor.user_id) & ServiceOrder.state.in_(OPEN))
    )
    return WorkFigures(
        assigned_open=assigned.count(),
        assigned_overdue=assigned.where(ServiceOrder.appointment_at < now).count(),
        appointments_today=assigned.where(
            (ServiceOrder.appointment_at >= start) & (ServiceOrder.appointment_at < end)
        ).count(),
    )


def day_figures(now: dt.datetime) -> DayFigures:
    start, end = _day(now)
    sales = Sale.select().where((Sale.sale_date == now.date()) & (Sale.voided == False))  # noqa: E712
    amount = sales.select(pw.fn.COALESCE(pw.fn.SUM(Sale.receivable), 0)).scalar()
    return DayFigures(
        new_customers=Customer.select()
        .where((Customer.created_at >= start) & (Customer.created_at < end))
        .count(),
        sales=sales.count(),
        sales_amount=Sale.receivable.python_value(amount) if amount else Decimal("0.00"),
        orders_taken=ServiceOrder.select()
        .where((ServiceOrder.taken_at >= start) & (ServiceOrder.taken_at < end))
        .count(),
        orders_completed=ServiceOrder.select()
        .where((ServiceOrder.completed_at >= start) & (ServiceOrder.completed_at < end))
        .count(),
    )
