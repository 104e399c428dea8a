"""New-customer statistics (新录入客户统计): customers entered per day / week / month / period,
overall or by salesperson or group.

The database counts per calendar day (``DATE(created_at)`` means the same on SQLite, PostgreSQL
and MySQL); days are then folded into weeks and months here, which every engine would otherwise
spell differently. Archived customers count: they were entered all the same.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import peewee as pw

from yuntian.db.models import Customer, CustomerGroup
from yuntian.db.transactions import reading
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.errors import ValidationError
from yuntian.services.common.people import user_names
from yuntian.services.common.permissions import Actor, require
from yuntian.services.customers.customer_types import StatRow

PERIODS = ("day", "week", "month", "total")
BREAKDOWNS = ("none", "salesperson", "group")


class CustomerStatsService:
    def __init__(self, db: pw.Database) -> None:
        self._db = db

    def new_customers(
        self, actor: Actor, start: dt.date, end: dt.date, period: str = "day", by: str = "none"
    ) -> list[StatRow]:
        """Counts of customers created from ``start`` to ``end`` (both included).

        Rows come in period order; within a period the biggest count first. ``key_label`` is
        "" for by="none" and for customers without a salesperson or group. With by="none" every
        period of the range has a row (zero included), so a chart has no gaps; the counts of
        all rows always add up to the number of customers entered in the range.
        """
        require(actor, "stats.view")
        if period not in PERIODS or by not in BREAKDOWNS:
            raise ValueError(f"period {period!r} / by {by!r}; expected {PERIODS} / {BREAKDOWNS}")
        if end < start:
            raise ValidationError(
                "end", QT_TRANSLATE_NOOP("Errors", "The end date must not be before the start.")
            )
        with reading(self._db):
            per_day = self._per_day(start, end, period, by)
            labels = self._key_labels(by, {key for _, key in per_day})
        buckets: Counter[tuple[dt.date, object]] = Counter()
        for (day, key), n in per_day.items():
            buckets[(_bucket_start(day, period, start), key)] += n
        if by == "none":
            for first in _bucket_starts(start, end, period):
                buckets.setdefault((first, None), 0)
        ordered = sorted(
            buckets.items(), key=lambda item: (item[0][0], -item[1], labels.get(item[0][1], ""))
        )
        return [
            StatRow(_period_label(first, period, start, end), labels.get(key, ""), n)
            for (first, key), n in ordered
        ]

    def _per_day(
        self, start: dt.date, end: dt.date, period: str, by: str
    ) -> Counter[tuple[dt.date, object]]:
        """Counts per (calendar day, key); for the whole period all on ``start``."""
        keys = {"salesperson": [Customer.salesperson], "group": [Customer.group]}.get(by, [])
        if period == "total":
            day = None  # no dates to tell apart: the range count comes from the index alone
        elif isinstance(self._db, pw.SqliteDatabase):
            # Stored as "YYYY-MM-DD HH:MM:SS" text: its first ten characters are the day,
            # cheaper than parsing it with DATE().
            day = pw.fn.SUBSTR(Customer.created_at, 1, 10)
        else:
            day = pw.fn.DATE(Customer.created_at)
        groups = ([day] if day is not None else []) + keys
        query = (
            Customer.select(pw.fn.COUNT(pw.SQL("*")), *groups)
            .where(
                Customer.created_at >= dt.datetime.combine(start, dt.time()),
                Customer.created_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time()),
            )
            .tuples()
        )
        if groups:
            query = query.group_by(*groups)
        counts: Counter[tuple[dt.date, object]] = Counter()
        for n, *rest in query:
            if not n:
                continue  # COUNT without GROUP BY answers 0 for an empty range
            when = _as_date(rest.pop(0)) if day is not None else start
            counts[(when, rest[0] if rest else None)] += int(n)
        return counts

    @staticmethod
    def _key_labels(by: str, keys: set[object]) -> dict[object, str]:
        ids = [k for k in keys if k is not None]
        if by == "salesperson":
            return dict(user_names(ids))
        if by == "group" and ids:
            query = CustomerGroup.select(CustomerGroup.id, CustomerGroup.name).where(
                CustomerGroup.id.in_(ids)
            )
            return {g.id: g.name for g in query}
        return {}


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _bucket_start(day: dt.date, period: str, start: dt.date) -> dt.date:
    if period == "day":
        return day
    if period == "week":
        return day - dt.timedelta(days=day.weekday())  # weeks start on Monday
    if period == "month":
        return day.replace(day=1)
    return start


def _bucket_starts(start: dt.date, end: dt.date, period: str) -> list[dt.date]:
    firsts: list[dt.date] = []
    day = _bucket_start(start, period, start)
    while day <= end:
        firsts.append(day)
        if period == "day":
            day += dt.timedelta(days=1)
        elif period == "week":
            day += dt.timedelta(days=7)
        elif period == "month":
            day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        else:
            break
    return firsts


def _period_label(first: dt.date, period: str, start: dt.date, end: dt.date) -> str:
    """Day "2026-11-27", month "2026-11", or the days a week or the whole range covers (clipped to the
    range): "2026-11-23 ~ 2026-11-29"."""
    if period == "day":
        return first.isoformat()
    if period == "month":
        return first.strftime("%Y-%m")
    last = first + dt.timedelta(days=6) if period == "week" else end
    return f"{max(first, start).isoformat()} ~ {min(last, end).isoformat()}"
