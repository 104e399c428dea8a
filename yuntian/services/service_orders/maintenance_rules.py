"""The rules of periodic maintenance (定期维护): which service type a maintenance order has,
the fault text it is made with, and how completing one moves the purchase's next date on.

No permission checks here: the callers run these inside their own checked transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from yuntian.db.models import EnumItem, Sale, ServiceOrder
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.errors import ValidationError

# The seeded service type meaning maintenance (data, like the enumeration it names).
MAINTENANCE_TYPE = "保养"
# The fault text of a generated order; the UI passes it translated (the shop's language).
FAULT_TEMPLATE = QT_TRANSLATE_NOOP("Maintenance", "Periodic maintenance (due {date})")


def fault_text(template: str, due: dt.date) -> str:
    """The fault of the order serving ``due``; a translation with a broken placeholder falls
    back to the English template rather than failing the lot."""
    try:
        return template.format(date=due.isoformat())
    except (KeyError, IndexError, ValueError):
        return FAULT_TEMPLATE.format(date=due.isoformat())


def check_maintenance_type() -> None:
    """Generated orders need the maintenance service type; the shop may have removed it."""
    exists = EnumItem.select().where(
        EnumItem.kind == "service_type", EnumItem.name == MAINTENANCE_TYPE
    )
    if not exists.exists():
        raise ValidationError(
            "service_type",
            QT_TRANSLATE_NOOP(
                "Errors",
                "The service type {name} is missing: add it to the service types in Settings "
                "to make maintenance orders.",
            ),
            name=MAINTENANCE_TYPE,
        )


@dataclass(frozen=True)
class Advance:
    """The purchase's next maintenance date moved on by a completed maintenance order."""

    sale_code: str
    before: dt.date | None
    after: dt.date

    def detail(self) -> dict[str, object]:
        """For the audit trail: which purchase, from when to when."""
        before = self.before.isoformat() if self.before else "-"
        return {
            "sale": self.sale_code,
            "next_maintenance": f"{before} → {self.after.isoformat()}",
        }


def advance_next_maintenance(order: ServiceOrder, done_day: dt.date) -> Advance | None:
    """On the first completion of a maintenance order (one generated for a due date, or one
    taken by hand with the maintenance type) move its purchase's next maintenance on by the
    purchase's interval, counted from the due date it served (else the purchase's next date,
    else the day of the work). Never backwards: a date already later stays, so an old order
    completed late, or a second completion, changes nothing. None when nothing moved."""
    if order.sale_id is None:
        return None
    if order.maintenance_due is None and order.service_type != MAINTENANCE_TYPE:
        return None
    sale = Sale.get_or_none(Sale.id == order.sale_id)
    if sale is None or sale.maintenance_interval_days <= 0:
        return None
    base = order.maintenance_due or sale.next_maintenance or done_day
    after = base + dt.timedelta(days=sale.maintenance_interval_days)
    # The condition is in the UPDATE itself: two PCs completing at once cannot move it back.
    moved = (
        Sale.update(next_maintenance=after)
        .where(
            Sale.id == sale.id,
            Sale.next_maintenance.is_null() | (Sale.next_maintenance < after),
        )
        .execute()
    )
    return Advance(sale.code, sale.next_maintenance, after) if moved else None
