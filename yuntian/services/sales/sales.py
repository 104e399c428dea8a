"""Purchase records (购机记录): record (sales.process), edit (record.edit), delete or void
(record.delete), read one, a customer's, and keyed pages of the receivables lists with totals.

Voiding needs record.delete, not sales.process: a void takes a sale out of every list and total
just as a delete would, so it needs the same authority; whoever records sales could otherwise
make a sale (and its debt) disappear.
"""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

import peewee as pw

from yuntian.db.models import Customer, Payment, ProductModel, Sale, SalesUnit, ServiceOrder, User
from yuntian.db.transactions import reading
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.audit import AuditTrail, Clock
from yuntian.services.common.changes import Area as A
from yuntian.services.common.changes import ChangeBus, Changes, announces
from yuntian.services.common.errors import NotFound, ValidationError
from yuntian.services.common.money import MONEY_MAX, money
from yuntian.services.common.numbering import Numbering
from yuntian.services.common.permissions import Actor, require
from yuntian.services.common.record_versions import (
    Expected,
    StaleRecord,
    claim_version,
    last_change,
)
from yuntian.services.common.service_base import ServiceBase
from yuntian.services.common.text import bounded
from yuntian.services.sales import sale_queries as q
from yuntian.services.sales.catalogue import DAYS_MAX, whole
from yuntian.services.sales.sale_types import (
    AUTO,
    Derived,
    SaleFilter,
    SaleInput,
    SaleKey,
    SaleTotals,
    SaleView,
)

QUANTITY_MAX = 100_000
NOTES_MAX = 4000
MAX_PAGE = 1000
# Records that tie a sale down: it can then only be voided, never deleted. Later areas
# (service orders, callbacks) add their tables here.
SALE_HISTORY: list[tuple[type[pw.Model], pw.Field]] = [
    (Payment, Payment.sale),
    (ServiceOrder, ServiceOrder.sale),
]


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _customer_of(view: SaleView, _arguments: object) -> Changes:
    return Changes.of(A.CUSTOMERS, view.customer_id)


class SaleService(ServiceBase):
    def __init__(
        self,
        db: pw.Database,
        audit: AuditTrail,
        clock: Clock,
        numbering: Numbering,
        changes: ChangeBus,
    ) -> None:
        super().__init__(db, audit, clock, changes)
        self._numbering = numbering

    # --- reading ------------------------------------------------------------------------

    def get(self, actor: Actor, sale_id: int) -> SaleView:
        del actor  # the customer card shows every signed-in user the customer's purchases
        with reading(self._db):
            found = q.views([sale_id])
        if not found:
            raise NotFound()
        return found[0]

    def for_customer(self, actor: Actor, customer_id: int) -> list[SaleView]:
        """A customer's sales, newest first, voided ones included (flagged)."""
        del actor
        with reading(self._db):
            ids = [
                i
                for (i,) in Sale.select(Sale.id)
                .where(Sale.customer == customer_id)
                .order_by(Sale.sale_date.desc(), Sale.id.desc())
                .tuples()
            ]
            return q.views(ids)

    def outstanding_for_customer(self, actor: Actor, customer_id: int) -> Decimal:
        """What the customer still owes over all sales not voided (the pop-up's figure)."""
        del actor
        with reading(self._db):
            return q.outstanding(self._db, customer_id)

    def page(
        self, actor: Actor, flt: SaleFilter, after: SaleKey | None = None, limit: int = 200
    ) -> list[SaleView]:
        """Newest sale first, continuing after ``after`` (keyed: a page costs the same at any
        depth)."""
        del actor
        limit = max(1, min(limit, MAX_PAGE))
        query = q.filtered(Sale.select(Sale.id), flt)
        if after is not None:
            query = query.where(
                (Sale.sale_date <= after.sale_date)
                & ((Sale.sale_date < after.sale_date) | (Sale.id < after.id))
            )
        query = query.order_by(Sale.sale_date.desc(), Sale.id.desc()).limit(limit)
        with reading(self._db):
            return q.views([i for (i,) in query.tuples()])

    @staticmethod
    def page_key(row: SaleView) -> SaleKey:
        return SaleKey(row.sale_date, row.id)

    def totals(self, actor: Actor, flt: SaleFilter) -> SaleTotals:
        del actor
        with reading(self._db):
            return q.totals(self._db, flt)

    # --- changing -----------------------------------------------------------------------

    @announces(A.SALES, also=_customer_of)
    def create(self, actor: Actor, data: SaleInput) -> SaleView:
        require(actor, "sales.process")
        with self._db.atomic():
            sale_id = insert_sale(actor, data, self._audit, self._numbering, self._now())
            return q.views([sale_id])[0]

    @announces(A.SALES, also=_customer_of)
    def update(self, actor: Actor, sale_id: int, data: SaleInput, *, version: Expected) -> SaleView:
        """``version``: the one the form was loaded from (StaleRecord, nothing written, when
        the sale was saved since), or OVERWRITE."""
        require(actor, "record.edit")
        with self._db.atomic():
            claim_version(Sale, sale_id, version, lambda: _stale(sale_id))
            sale = q.sale_row(sale_id, lock=True)
            if sale.voided:
                raise ValidationError(
                    "sale", QT_TRANSLATE_NOOP("Errors", "A voided sale cannot be changed.")
                )
            values = _values(data)
            received = q.received(sale_id)
            if values["receivable"] < received:
                raise ValidationError(
                    "receivable",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The amount receivable cannot be less than the {received} already "
                        "received; record a refund first.",
                    ),
                    received=f"{received:,}",
                )
            for name, value in values.items():
                setattr(sale, name, value)
            sale.save()
            self._audit.record(actor, "sale.edit", sale.code, _summary(values))
            return q.views([sale_id])[0]

    @announces(A.SALES, also=_customer_of)
    def void(self, actor: Actor, sale_id: int, reason: str) -> SaleView:
        require(actor, "record.delete")
        reason = bounded("reason", reason, 255)
        if not reason:
            raise ValidationError(
                "reason", QT_TRANSLATE_NOOP("Errors", "Please give the reason for voiding.")
            )
        with self._db.atomic():
            sale = q.sale_row(sale_id, lock=True)
            if sale.voided:
                raise ValidationError(
                    "sale", QT_TRANSLATE_NOOP("Errors", "This sale is already voided.")
                )
            sale.voided, sale.void_reason = True, reason
            sale.voided_by, sale.voided_at = actor.user_id, self._now()
            sale.version += 1  # the row is locked: an open editor cannot undo the void
            sale.save()
            self._audit.record(actor, "sale.void", sale.code, reason)
            return q.views([sale_id])[0]

    @announces(A.SALES, ids_from="sale_id")
    def delete(self, actor: Actor, sale_id: int) -> None:
        """Only a sale nothing refers to: with payments or service history, void it."""
        require(actor, "record.delete")
        with self._db.atomic():
            sale = q.sale_row(sale_id, lock=True)
            if any(m.select().where(f == sale_id).exists() for m, f in SALE_HISTORY):
                raise ValidationError(
                    "sale",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Sale {code} has payments or service history and cannot be deleted; "
                        "void it with a reason instead.",
                    ),
                    code=sale.code,
                )
            sale.delete_instance()
            self._audit.record(actor, "sale.delete", sale.code)

    def _now(self) -> dt.datetime:
        return self._clock().replace(microsecond=0)


def _stale(sale_id: int) -> StaleRecord:
    current = q.views([sale_id])[0]
    last = last_change("sale.", target=current.code)
    return StaleRecord("sale", f"{current.code} {current.customer_name}", last, current)


def insert_sale(
    actor: Actor, data: SaleInput, audit: AuditTrail, numbering: Numbering, now: dt.datetime
) -> int:
    """Validate and store a purchase record by the sale rules, audited; returns its id. Checks
    no permission: SaleService.create demands sales.process first, and a service order
    (service.process) stores a product not bought here through this. Call in a transaction."""
    values = _values(data)
    code = numbering.next_code("sale", taken=lambda c: Sale.select().where(Sale.code == c).exists())
    sale = Sale.create(code=code, created_by=actor.user_id, created_at=now, **values)
    audit.record(actor, "sale.create", code, _summary(values))
    return sale.id


def _exists(model: type[pw.Model], row_id: int | None, field: str) -> None:
    if row_id is not None and not model.select().where(model.id == row_id).exists():
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "Errors", "This record no longer exists; it may have been deleted on another PC."
            ),
        )


def _values(data: SaleInput) -> dict[str, object]:
    """Validated column values, with the derived dates and amount filled in."""
    _exists(Customer, data.customer_id, "customer")
    _exists(User, data.salesperson_id, "salesperson")
    _exists(SalesUnit, data.sales_unit_id, "sales_unit")
    model = ProductModel.get_or_none(ProductModel.id == data.product_model_id)
    if model is None:
        raise ValidationError(
            "product_model", QT_TRANSLATE_NOOP("Errors", "Please choose a product model.")
        )
    quantity = data.quantity
    if (
        isinstance(quantity, bool)
        or not isinstance(quantity, int)
        or not 1 <= quantity <= QUANTITY_MAX
    ):
        raise ValidationError(
            "quantity",
            QT_TRANSLATE_NOOP("Errors", "The quantity is a whole number from 1 to {max}."),
            max=QUANTITY_MAX,
        )
    unit_price = money("unit_price", data.unit_price)
    if data.receivable is None:
        receivable = unit_price * quantity
        if receivable > MONEY_MAX:
            raise ValidationError(
                "receivable",
                QT_TRANSLATE_NOOP("Errors", "An amount is a number from {min} to {max} in yuan."),
                min="0.00",
                max=f"{MONEY_MAX:,}",
            )
    else:
        receivable = money("receivable", data.receivable)
    if data.install_date is not None and data.install_date < data.sale_date:
        raise ValidationError(
            "install_date",
            QT_TRANSLATE_NOOP("Errors", "A product cannot be installed before it was sold."),
        )
    custom = tuple(data.custom) + ("",) * (5 - len(data.custom))
    if len(custom) != 5:
        raise ValueError("a sale has exactly five custom fields")
    start = data.install_date or data.sale_date
    maintenance_days = _interval(
        "maintenance_interval_days", data.maintenance_interval_days, model.maintenance_interval_days
    )
    callback_days = _interval(
        "callback_interval_days", data.callback_interval_days, model.callback_interval_days
    )
    warranty_end = data.warranty_end
    if warranty_end is AUTO:
        warranty_end = add_months(start, model.warranty_months) if model.warranty_months else None
    notes = data.notes.replace("\x00", "").strip()
    if len(notes) > NOTES_MAX:
        raise ValidationError(
            "notes",
            QT_TRANSLATE_NOOP("Errors", "This text is too long: at most {n} characters."),
            n=NOTES_MAX,
        )
    return {
        "customer": data.customer_id,
        "sale_date": data.sale_date,
        "product_model": model.id,
        "serial_number": bounded("serial_number", data.serial_number, 64),
        "quantity": quantity,
        "unit_price": unit_price,
        "receivable": receivable,
        "salesperson": data.salesperson_id,
        "sales_unit": data.sales_unit_id,
        "install_date": data.install_date,
        "warranty_end": warranty_end,
        **{f"custom{i}": bounded(f"custom{i}", v, 128) for i, v in enumerate(custom, 1)},
        "maintenance_interval_days": maintenance_days,
        "next_maintenance": _next(data.next_maintenance, start, maintenance_days),
        "callback_interval_days": callback_days,
        "next_callback": _next(data.next_callback, start, callback_days),
        "notes": notes,
    }


def _interval(field: str, given: int | None, default: int) -> int:
    return default if given is None else whole(field, given, DAYS_MAX)


def _next(given: dt.date | Derived | None, start: dt.date, days: int) -> dt.date | None:
    if given is not AUTO:
        return given
    return start + dt.timedelta(days=days) if days else None


def _summary(values: dict[str, object]) -> dict[str, object]:
    return {
        "date": f"{values['sale_date']}",
        "quantity": values["quantity"],
        "receivable": f"{values['receivable']}",
    }
