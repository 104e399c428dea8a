"""Service statistics (售后服务统计, stats.view): the service orders taken in a period counted and
their fees summed per state, service type, technician, operator (接线员, who took the order),
warranty or month, each with its share of the orders and of the fees, and a total; export to
Excel (data.import_export).

Fees are summed over every order counted, whatever its state: only completed (and audited)
orders carry fees, a pending, dispatched or cancelled one has 0.00 everywhere, so it adds to
the count and nothing to the money.

One query answers each grouping, summed in integer cents by the database over the period's
range of ``taken_at``: a grouped aggregate, or per month one plain range sum per month glued
with UNION ALL (no engine then sorts the period's orders by a month expression it spells its
own way). Indexes on (grouped column, taken_at, the three fees) let SQLite read index entries
alone, already in group order, instead of sorting a year of orders (it has no hash grouping);
per technician the period is read from the (taken_at, fees) index (schema 9) and every order
of it looked up in service_order_technician, the one grouping that grows with the orders
rather than the index entries.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

import peewee as pw

from yuntian.db.models import ServiceOrder, ServiceOrderTechnician
from yuntian.db.transactions import reading
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.audit import AuditTrail
from yuntian.services.common.errors import ValidationError
from yuntian.services.common.money import ZERO, cents_to_money
from yuntian.services.common.people import user_names
from yuntian.services.common.permissions import Actor, require
from yuntian.services.service_orders.service_order_types import OrderState

STATE_ORDER = (
    OrderState.PENDING,
    OrderState.DISPATCHED,
    OrderState.COMPLETED,
    OrderState.AUDITED,
    OrderState.CANCELLED,
)
PERCENT = Decimal("0.1")
MONTHS_PER_QUERY = 120  # SQLite allows at most 500 SELECTs in one compound query


class ServiceGrouping(StrEnum):
    STATE = "state"
    TYPE = "type"
    TECHNICIAN = "technician"
    OPERATOR = "operator"
    WARRANTY = "warranty"
    MONTH = "month"


@dataclass(frozen=True)
class ServiceStatsRow:
    """One group. ``key``: the state ("pending" ...), the service type's name, the technician's
    or operator's user id as text, the warranty ("in" / "out" / "unknown") or the month
    ("2026-11"); "" for orders without a type, technician or operator, whose ``label`` is ""
    too (the UI shows "(none)"). ``label``: the type's name, the user's name or the month; for
    states and warranties the code itself, which the UI and the export put into words.

    ``count_share`` and ``fee_share`` are percentages of the period's orders and of its fees
    (fee_total), one decimal place."""

    key: str
    label: str
    count: int
    count_share: Decimal
    fee_parts: Decimal
    fee_service: Decimal
    fee_transport: Decimal
    fee_total: Decimal
    fee_share: Decimal


@dataclass(frozen=True)
class ServiceStatsTotal:
    """The period's orders (each once, also per technician) and their fees."""

    count: int = 0
    fee_parts: Decimal = ZERO
    fee_service: Decimal = ZERO
    fee_transport: Decimal = ZERO
    fee_total: Decimal = ZERO


@dataclass(frozen=True)
class ServiceStats:
    grouping: ServiceGrouping
    date_from: dt.date
    date_to: dt.date
    rows: list[ServiceStatsRow]
    total: ServiceStatsTotal


# [count, parts cents, service cents, transport cents]
Sums = list[int]
K = TypeVar("K")


class ServiceStatsService:
    def __init__(self, db: pw.Database, audit: AuditTrail) -> None:
        self._db = db
        self._audit = audit

    def summarize(
        self, actor: Actor, date_from: dt.date, date_to: dt.date, grouping: ServiceGrouping
    ) -> ServiceStats:
        """The service orders taken ``date_from`` to ``date_to`` (both included) per
        ``grouping``: count, fees (parts, service, transport, total; every order counted
        adds its fees, which only completed and audited orders have) and the shares.

        States: all five in workflow order, zeros included. Months: those with orders, in date
        order. The others: the largest count first. Per technician an order with two
        technicians counts for each (its fees too), and orders without one make a "" row: the
        rows then add up to more than ``total``, which counts each order of the period once,
        and the shares are of that total. Every other grouping adds up to its total exactly.
        """
        require(actor, "stats.view")
        grouping = ServiceGrouping(grouping)
        if date_to < date_from:
            raise ValidationError(
                "date_to",
                QT_TRANSLATE_NOOP("Errors", "The end date must not be before the start."),
            )
        start = dt.datetime.combine(date_from, dt.time())
        end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time())
        with reading(self._db):
            sums = self._sums(start, end, grouping)
            labels = _labels(grouping, sums.keys())
            if grouping is ServiceGrouping.TECHNICIAN:
                total = self._total(start, end)
            else:
                total = [sum(column) for column in zip(*sums.values(), strict=True)] or [0] * 4
        if grouping is ServiceGrouping.STATE:
            for state in STATE_ORDER:
                sums.setdefault(state.value, [0, 0, 0, 0])
        fees_total = sum(total[1:])
        rows = [_row(key, labels.get(key, ""), s, total[0], fees_total) for key, s in sums.items()]
        if grouping is ServiceGrouping.STATE:
            place = {state.value: n for n, state in enumerate(STATE_ORDER)}
            rows.sort(key=lambda r: place.get(r.key, len(place)))
        elif grouping is ServiceGrouping.MONTH:
            rows.sort(key=lambda r: r.key)  # ISO months sort as text
        else:
            rows.sort(key=lambda r: (-r.count, -r.fee_total, r.label, r.key))
        count, parts, service, transport = total
        return ServiceStats(
            grouping=grouping,
            date_from=date_from,
            date_to=date_to,
            rows=rows,
            total=ServiceStatsTotal(
                count=count,
                fee_parts=cents_to_money(parts),
                fee_service=cents_to_money(service),
                fee_transport=cents_to_money(transport),
                fee_total=cents_to_money(fees_total),
            ),
        )

    def export(self, actor: Actor, stats: ServiceStats, path: Path) -> None:
        """Write ``stats`` to an Excel workbook: a title row (period, grouping), the header, a
        row per group and the total row; shares as percentages, fees as numbers in yuan."""
        require(actor, "data.import_export")
        from yuntian.services.statistics.stats_workbooks import write_service_stats  # openpyxl

        write_service_stats(path, stats)
        with self._db.atomic():
            period = f"{stats.date_from} – {stats.date_to}"
            detail = {"rows": len(stats.rows), "period": period}
            self._audit.record(actor, "service_stats.export", Path(path).name, detail)

    # --- queries ---------------------------------------------------------------------

    def _sums(
        self, start: dt.datetime, end: dt.datetime, grouping: ServiceGrouping
    ) -> dict[str, Sums]:
        """Sums per row key, in no particular order."""
        if grouping is ServiceGrouping.MONTH:
            return _monthly(start, end)
        o = ServiceOrder
        column = {
            ServiceGrouping.STATE: o.state,
            ServiceGrouping.TYPE: o.service_type,
            ServiceGrouping.TECHNICIAN: ServiceOrderTechnician.user,
            ServiceGrouping.OPERATOR: o.taken_by,
            ServiceGrouping.WARRANTY: o.warranty,
        }[grouping]
        query = o.select(column, *_aggregates())
        if grouping is ServiceGrouping.TECHNICIAN:
            # Each (order, technician) pair once (unique index); no technician: one NULL row.
            query = query.join(
                ServiceOrderTechnician,
                pw.JOIN.LEFT_OUTER,
                on=(ServiceOrderTechnician.order == o.id),
            )
        query = query.where((o.taken_at >= start) & (o.taken_at < end)).group_by(column)
        return _collect(query, lambda value: "" if value is None else str(value))

    def _total(self, start: dt.datetime, end: dt.datetime) -> Sums:
        o = ServiceOrder
        query = o.select(*_aggregates()).where((o.taken_at >= start) & (o.taken_at < end))
        row = query.tuples().get()
        return [int(figure or 0) for figure in row]


def _monthly(start: dt.datetime, end: dt.datetime) -> dict[str, Sums]:
    """One plain range sum per month, glued with UNION ALL: each reads its slice of the
    taken_at index in order, where grouping by a month expression would sort every order of
    the period first (on SQLite three times the cost of the reading)."""
    bounds = [start]
    while bounds[-1] < end:
        following = (bounds[-1].replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        bounds.append(min(following, end))
    months = list(itertools.pairwise(bounds))
    sums: dict[str, Sums] = {}
    o = ServiceOrder
    for first in range(0, len(months), MONTHS_PER_QUERY):
        # Each part says which month it is by its number (a typed parameter on every engine).
        parts = [
            o.select(pw.Value(n), *_aggregates()).where((o.taken_at >= low) & (o.taken_at < high))
            for n, (low, high) in enumerate(months[first : first + MONTHS_PER_QUERY], first)
        ]
        query = parts[0]
        for part in parts[1:]:
            query = query + part  # UNION ALL
        for n, figures in _collect(query, int).items():
            if figures[0]:  # months without orders have no row
                sums[months[n][0].strftime("%Y-%m")] = figures
    return sums


def _collect(query: pw.SelectBase, key: Callable[[object], K]) -> dict[K, Sums]:
    sums: dict[K, Sums] = {}
    for value, *figures in query.tuples():
        s = sums.setdefault(key(value), [0, 0, 0, 0])
        for index, figure in enumerate(figures):
            s[index] += int(figure or 0)
    return sums


def _aggregates() -> list[pw.Node]:
    # coerce(False): the raw sums of cents, not turned into yuan by the column's converter.
    o = ServiceOrder
    return [
        pw.fn.COUNT(pw.SQL("*")),
        pw.fn.SUM(o.fee_parts).coerce(False),
        pw.fn.SUM(o.fee_service).coerce(False),
        pw.fn.SUM(o.fee_transport).coerce(False),
    ]


def _labels(grouping: ServiceGrouping, keys: Iterable[str]) -> dict[str, str]:
    if grouping in (ServiceGrouping.TECHNICIAN, ServiceGrouping.OPERATOR):
        found = user_names(int(k) for k in keys if k)
        return {str(i): name for i, name in found.items()}
    return {k: k for k in keys}


def _row(key: str, label: str, sums: Sums, orders: int, fees: int) -> ServiceStatsRow:
    count, parts, service, transport = sums
    total = parts + service + transport
    return ServiceStatsRow(
        key=key,
        label=label,
        count=count,
        count_share=percent(count, orders),
        fee_parts=cents_to_money(parts),
        fee_service=cents_to_money(service),
        fee_transport=cents_to_money(transport),
        fee_total=cents_to_money(total),
        fee_share=percent(total, fees),
    )


def percent(part: int, whole: int) -> Decimal:
    """``part`` of ``whole`` in percent, one decimal place rounded half up; 0.0 of nothing."""
    if not whole:
        return Decimal("0.0")
    return (Decimal(part) * 100 / Decimal(whole)).quantize(PERCENT, rounding=ROUND_HALF_UP)
