"""What the demo steps share: options, the database writer, the fixed clock, and what earlier
steps produced (users, groups, customer ids) for later ones to refer to."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

import peewee as pw

from yuntian.config import Profile
from yuntian.demo.bulk import BulkWriter

# Demo data is dated relative to its "today" (DemoOptions.today, by default the day it is made)
# at this hour, the shop just opened: the same seed and day give the same rows.
OPENING = dt.time(9, 0, 0)
# The fixed present of the benchmarks' cached data sets and of tests that pin the day.
BASE_TIME = dt.datetime(2026, 11, 1, 9, 0, 0)
HISTORY = dt.timedelta(days=3 * 365)  # customers arrive over the three years before today

# progress(step name, done, total)
Progress = Callable[[str, int, int], None]


def no_progress(step: str, done: int, total: int) -> None:
    pass


CALLS_PER_CUSTOMER = 5
SALES_PER_CUSTOMER = 1.0  # over ten years, by the two in five customers who buy
ORDERS_PER_CUSTOMER = 1.0  # service orders over the same ten years


@dataclass(frozen=True)
class DemoOptions:
    customers: int = 500
    seed: int = 1
    calls: int | None = None  # call-log entries; None: CALLS_PER_CUSTOMER per customer
    sales: int | None = None  # purchase records; None: SALES_PER_CUSTOMER per customer
    orders: int | None = None  # service orders; None: ORDERS_PER_CUSTOMER per customer
    today: dt.date | None = None  # the demo's present; None: the day it is generated

    @property
    def now(self) -> dt.datetime:
        """The moment the demo's history ends (records stay before it)."""
        return dt.datetime.combine(self.today or dt.date.today(), OPENING)

    @property
    def call_count(self) -> int:
        return self.customers * CALLS_PER_CUSTOMER if self.calls is None else self.calls

    @property
    def sale_count(self) -> int:
        if self.sales is None:
            return round(self.customers * SALES_PER_CUSTOMER)
        return self.sales

    @property
    def order_count(self) -> int:
        if self.orders is None:
            return round(self.customers * ORDERS_PER_CUSTOMER)
        return self.orders


@dataclass
class DemoContext:
    db: pw.Database
    profile: Profile
    options: DemoOptions
    writer: BulkWriter
    progress: Progress = no_progress
    base_time: dt.datetime = BASE_TIME
    # Filled in by the steps, in order:
    users_by_role: dict[str, list[int]] = field(default_factory=dict)  # Role.key -> user ids
    groups: dict[str, int] = field(default_factory=dict)  # group name -> id
    customer_ids: range = range(0)

    def rng(self, step: str) -> random.Random:
        """One random stream per step, so adding a step later leaves earlier steps' data as is."""
        return random.Random(f"yuntian-demo:{self.options.seed}:{step}")

    def clock(self) -> dt.datetime:
        """The services' clock while generating: the shop opened a month before its first
        customer."""
        return self.base_time - HISTORY - dt.timedelta(days=30)
