"""Purchase statistics (购机统计, stats.view): the sales of a period counted and summed per day,
month, product model, sales rep or sales unit, with a total; export to Excel (data.import_export).

Received (实收金额) is every payment recorded to date on the sales counted, whenever it was paid
and refunds subtracted (they are negative payments), so outstanding (欠款金额) = receivable -
received on every row and on the total. Voided sales are left out.

Two grouped queries answer it however large the sale table grows: one over the period's sales
(the (voided, sale_date) index), one over their payments joined to them, both summed in integer
cents and merged here. Days come from the database and are rolled up into months here, which
every engine would otherwise spell differently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

import peewee as pw

from yuntian.db.models import Payment, ProductModel, Sale, SalesUnit
from yuntian.db.transactions import reading
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.audit import AuditTrail
from yuntian.services.common.errors import ValidationError
from yuntian.services.common.money import cents_to_money
from yuntian.services.common.people import user_names
from yuntian.services.common.permissions import Actor, require
from yuntian.services.sales import sale_queries as q
from yuntian.services.sales.sale_types import SaleFilter, SaleTotals


class SaleGrouping(StrEnum):
    DAY = "day"
    MONTH = "month"
    MODEL = "model"
    REP = "rep"
    UNIT = "unit"


@dataclass(frozen=True)
class SaleStatsRow:
    """One group. ``key``: "2026-11-27" (day), "2026-11" (month) or the model's, rep's or unit's
    id as text; "" for the sales without a rep or unit, whose ``label`` is "" too (the UI shows
    "(none)")."""

    key: str
    label: str
    count: int
    quantity: int
    receivable: Decimal
    received: Decimal
    outstanding: Decimal


@dataclass(frozen=True)
class SaleStats:
    grouping: SaleGrouping
    date_from: dt.date
    date_to: dt.date
    rows: list[SaleStatsRow]
    total: SaleTotals
    # The filters asked for (None: all), so an export can say what it holds.
    salesperson_id: int | None = None
    sales_unit_id: int | None = None


# [count, quantity, receivable cents, received cents]
Sums = list[int]


class SaleStatsService:
    def __init__(self, db: pw.Database, audit: AuditTrail) -> None:
        self._db = db
        self._audit = audit

    def summarize(
        self,
        actor: Actor,
        date_from: dt.date,
        date_to: dt.date,
        grouping: SaleGrouping,
        *,
        salesperson_id: int | None = None,
        sales_unit_id: int | None = None,
    ) -> SaleStats:
        """The sales not voided dated ``date_from`` to ``date_to`` (both included), optionally of
        one rep and / or one unit, per ``grouping``.

        count, quantity, receivable, received (every payment to date on those sales, refunds
        subtracted) and outstanding = receivable - received, per row and in ``total`` (which
        the rows add up to). Day and month rows: only those with sales, in date order; the
        other groupings: the largest receivable first.
        """
        require(actor, "stats.view")
        grouping = SaleGrouping(grouping)
        if date_to < date_from:
            raise ValidationError(
                "date_to",
                QT_TRANSLATE_NOOP("Errors", "The end date must not be before the start."),
            )
        flt = SaleFilter(
            date_from=date_from,
            date_to=date_to,
            salesperson_id=salesperson_id,
            sales_unit_id=sales_unit_id,
        )
        with reading(self._db):
            sums = _sums(flt, grouping)
            labels = _labels(grouping, sums.keys())
        rows = [_row(key, labels.get(key, ""), s) for key, s in sums.items()]
        if grouping in (SaleGrouping.DAY, SaleGrouping.MONTH):
            rows.sort(key=lambda r: r.key)  # ISO dates sort as text
        else:
            rows.sort(key=lambda r: (-r.receivable, r.label, r.key))
        total = [sum(column) for column in zip(*sums.values(), strict=True)] or [0, 0, 0, 0]
        count, quantity, receivable, received = total
        return SaleStats(
            grouping=grouping,
            date_from=date_from,
            date_to=date_to,
            rows=rows,
            total=SaleTotals(
                count=count,
                quantity=quantity,
                receivable=cents_to_money(receivable),
                received=cents_to_money(received),
                outstanding=cents_to_money(receivable - received),
            ),
            salesperson_id=salesperson_id,
            sales_unit_id=sales_unit_id,
        )

    def export(self, actor: Actor, stats: SaleStats, path: Path) -> None:
        """Write ``stats`` to an Excel workbook: a title row (period, grouping, filters), the
        header, a row per group and the total row, amounts as numbers in yuan."""
        require(actor, "data.import_export")
        from yuntian.services.statistics.stats_workbooks import write_sale_stats  # openpyxl

        with self._db.atomic():
            rep = user_names([stats.salesperson_id]).get(stats.salesperson_id or 0, "")
            unit = _unit_names([stats.sales_unit_id]).get(stats.sales_unit_id or 0, "")
        write_sale_stats(path, stats, rep_name=rep, unit_name=unit)
        with self._db.atomic():
            period = f"{stats.date_from} – {stats.date_to}"
            detail = {"rows": len(stats.rows), "period": period}
            self._audit.record(actor, "sale_stats.export", Path(path).name, detail)


def _sums(flt: SaleFilter, grouping: SaleGrouping) -> dict[str, Sums]:
    """Sums per row key, in no particular order; days are folded into months here."""
    column = {
        SaleGrouping.DAY: Sale.sale_date,
        SaleGrouping.MONTH: Sale.sale_date,
        SaleGrouping.MODEL: Sale.product_model,
        SaleGrouping.REP: Sale.salesperson,
        SaleGrouping.UNIT: Sale.sales_unit,
    }[grouping]
    # coerce(False): the raw sums of cents, not turned into yuan by the column's converter.
    sales = q.filtered(
        Sale.select(
            column,
            pw.fn.COUNT(pw.SQL("*")),
            pw.fn.SUM(Sale.quantity).coerce(False),
            pw.fn.SUM(Sale.receivable).coerce(False),
        ),
        flt,
    ).group_by(column)
    paid = q.filtered(
        Sale.select(column, pw.fn.SUM(Payment.amount).coerce(False)).join(
            Payment, on=(Payment.sale == Sale.id)
        ),
        flt,
    ).group_by(column)

    def key(value: object) -> str:
        if grouping is SaleGrouping.DAY:
            return _as_date(value).isoformat()
        if grouping is SaleGrouping.MONTH:
            return _as_date(value).strftime("%Y-%m")
        return "" if value is None else str(value)

    sums: dict[str, Sums] = {}
    for value, count, quantity, receivable in sales.tuples():
        s = sums.setdefault(key(value), [0, 0, 0, 0])
        s[0] += int(count)
        s[1] += int(quantity or 0)
        s[2] += int(receivable or 0)
    for value, amount in paid.tuples():
        # Same filter, so each payment's sale was counted above (on a server's read-committed
        # transaction a sale recorded between the two reads could show only its payments).
        sums.setdefault(key(value), [0, 0, 0, 0])[3] += int(amount or 0)
    return sums


def _labels(grouping: SaleGrouping, keys: Iterable[str]) -> dict[str, str]:
    if grouping in (SaleGrouping.DAY, SaleGrouping.MONTH):
        return {k: k for k in keys}
    ids = [int(k) for k in keys if k]
    if grouping is SaleGrouping.MODEL:
        found = _model_names(ids)
    elif grouping is SaleGrouping.REP:
        found = user_names(ids)
    else:
        found = _unit_names(ids)
    return {str(i): name for i, name in found.items()}


def _model_names(ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    query = ProductModel.select(ProductModel.id, ProductModel.brand, ProductModel.model).where(
        ProductModel.id.in_(ids)
    )
    return {m.id: f"{m.brand} {m.model}".strip() for m in query}


def _unit_names(ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    query = SalesUnit.select(SalesUnit.id, SalesUnit.name).where(SalesUnit.id.in_(wanted))
    return {u.id: u.name for u in query}


def _row(key: str, label: str, sums: Sums) -> SaleStatsRow:
    count, quantity, receivable, received = sums
    return SaleStatsRow(
        key=key,
        label=label,
        count=count,
        quantity=quantity,
        receivable=cents_to_money(receivable),
        received=cents_to_money(received),
        outstanding=cents_to_money(receivable - received),
    )


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
