"""Reading purchase records: the derived amounts, filters, rows and totals (no permission
checks here; the services decide who may call)."""

from __future__ import annotations

from decimal import Decimal

import peewee as pw

from yuntian.db.built_once import Arg, BuiltOnce
from yuntian.db.models import Customer, Payment, ProductModel, Sale, SalesUnit, User
from yuntian.services.common.errors import NotFound
from yuntian.services.common.money import cents_to_money
from yuntian.services.sales.sale_types import SaleFilter, SaleTotals, SaleView


def paid_cents(sale: pw.Field | int) -> pw.Select:
    """The sum of a sale's payments in cents (0 without any): a correlated subquery, one index
    range read on payment(sale_id, paid_on) per sale, so a list page costs what it shows."""
    p = Payment.alias("p")
    return p.select(pw.fn.COALESCE(pw.fn.SUM(p.amount), 0)).where(p.sale == sale)


def filtered(query: pw.ModelSelect, flt: SaleFilter) -> pw.ModelSelect:
    if not flt.include_voided:
        query = query.where(Sale.voided == False)  # noqa: E712
    if flt.date_from is not None:
        query = query.where(Sale.sale_date >= flt.date_from)
    if flt.date_to is not None:
        query = query.where(Sale.sale_date <= flt.date_to)
    if flt.customer_id is not None:
        query = query.where(Sale.customer == flt.customer_id)
    if flt.salesperson_id is not None:
        query = query.where(Sale.salesperson == flt.salesperson_id)
    if flt.sales_unit_id is not None:
        query = query.where(Sale.sales_unit == flt.sales_unit_id)
    if flt.outstanding is not None:
        owing = Sale.receivable - paid_cents(Sale.id)
        query = query.where(owing > 0 if flt.outstanding else owing <= 0)
    return query


def views(ids: list[int]) -> list[SaleView]:
    """The sales with these ids, in the order given; ids that no longer exist are left out."""
    if not ids:
        return []
    rep = User.alias("rep")
    # Raw values: the cents columns are read as integers and turned into money once here.
    query = (
        Sale.select(
            Sale,
            Customer.code.alias("customer_code"),
            Customer.name.alias("customer_name"),
            ProductModel.brand.alias("brand"),
            ProductModel.model.alias("model_name"),
            rep.display_name.alias("rep_display"),
            rep.username.alias("rep_username"),
            SalesUnit.name.alias("unit_name"),
            paid_cents(Sale.id).alias("paid"),
        )
        .join(Customer, on=(Customer.id == Sale.customer))
        .switch(Sale)
        .join(ProductModel, on=(ProductModel.id == Sale.product_model))
        .switch(Sale)
        .join(rep, pw.JOIN.LEFT_OUTER, on=(rep.id == Sale.salesperson))
        .switch(Sale)
        .join(SalesUnit, pw.JOIN.LEFT_OUTER, on=(SalesUnit.id == Sale.sales_unit))
        .where(Sale.id.in_(ids))
        .dicts()
    )
    by_id = {row["id"]: _view(row) for row in query}
    return [by_id[i] for i in ids if i in by_id]


def _view(r: dict) -> SaleView:
    received = cents_to_money(r["paid"])
    return SaleView(
        id=r["id"],
        code=r["code"],
        customer_id=r["customer"],
        customer_code=r["customer_code"],
        customer_name=r["customer_name"],
        sale_date=r["sale_date"],
        product_model_id=r["product_model"],
        product=f"{r['brand']} {r['model_name']}".strip(),
        serial_number=r["serial_number"],
        quantity=r["quantity"],
        unit_price=r["unit_price"],
        receivable=r["receivable"],
        received=received,
        outstanding=r["receivable"] - received,
        salesperson_id=r["salesperson"],
        salesperson_name=r["rep_display"] or r["rep_username"] or "",
        sales_unit_id=r["sales_unit"],
        sales_unit_name=r["unit_name"] or "",
        install_date=r["install_date"],
        warranty_end=r["warranty_end"],
        custom=tuple(r[f"custom{i}"] for i in range(1, 6)),
        maintenance_interval_days=r["maintenance_interval_days"],
        next_maintenance=r["next_maintenance"],
        callback_interval_days=r["callback_interval_days"],
        next_callback=r["next_callback"],
        notes=r["notes"],
        voided=bool(r["voided"]),
        void_reason=r["void_reason"],
        created_at=r["created_at"],
        version=r["version"],
    )


def totals(db: pw.Database, flt: SaleFilter) -> SaleTotals:
    """Count, quantity and money over every sale the filter lets through, summed in cents."""
    inner = filtered(
        Sale.select(Sale.quantity, Sale.receivable, paid_cents(Sale.id).alias("paid")), flt
    ).alias("t")
    query = pw.Select(
        [inner],
        [
            pw.fn.COUNT(pw.SQL("*")),
            pw.fn.COALESCE(pw.fn.SUM(inner.c.quantity), 0),
            pw.fn.COALESCE(pw.fn.SUM(inner.c.receivable), 0),
            pw.fn.COALESCE(pw.fn.SUM(inner.c.paid), 0),
        ],
    ).bind(db)
    count, quantity, receivable, paid = next(iter(query.tuples()))
    return SaleTotals(
        count=int(count),
        quantity=int(quantity),
        receivable=cents_to_money(receivable),
        received=cents_to_money(paid),
        outstanding=cents_to_money(int(receivable) - int(paid)),
    )


_OWED = BuiltOnce(  # the pop-up's figure, read by every station at every ring: built once
    lambda: (
        Sale.select(pw.fn.COALESCE(pw.fn.SUM(Sale.receivable - paid_cents(Sale.id)), 0))
        .where(Sale.customer == Arg("customer"), Sale.voided == False)  # noqa: E712
        .tuples()
    )
)


def outstanding(db: pw.Database, customer_id: int) -> Decimal:
    """What the customer still owes over all sales not voided."""
    (cents,) = _OWED.first(db, customer=customer_id)
    return cents_to_money(int(cents))


def received(sale_id: int) -> Decimal:
    return cents_to_money(
        Payment.select(pw.fn.COALESCE(pw.fn.SUM(Payment.amount), 0).coerce(False))
        .where(Payment.sale == sale_id)
        .scalar()
    )


def sale_row(sale_id: int, *, lock: bool = False) -> Sale:
    if lock:  # a no-op write locks the row (on every engine) against a parallel payment
        Sale.update(quantity=Sale.quantity).where(Sale.id == sale_id).execute()
    sale = Sale.get_or_none(Sale.id == sale_id)
    if sale is None:
        raise NotFound()
    return sale
