"""Demo step "sales": ten years of purchase records (购机记录) and their payments (回款).

About one customer in two or three ever buys, most of them several times. Sales grow with the
shop over the years and follow the seasons (air conditioners in summer, the 6.18 and 11.11
shopping festivals, weekends); each model sells only in its years. Each sale is what
``SaleService.create`` would have stored (code from the sale numbering rule, warranty end and
next maintenance and callback dates from the model's intervals, counted from the installation
day), paid as ``sale_payments`` decides. Ids follow the sale date.

Customers arrive over the last three years of the history (see the customers step); a sale
dated before its customer's record existed was entered when the customer first came
(补录: created then). Every code carries the sale's own date, as the numbering rule reads (a
back-filled XS2017... is a 2017 sale, never numbered by the day it was typed in). The
numbering counters are left past the last demo code of each day, so new sales continue after
them.
"""

from __future__ import annotations

import array
import datetime as dt
from bisect import bisect_left
from collections.abc import Sequence

from yuntian.db.models import EnumItem, NumberingCounter, Payment, Sale
from yuntian.demo.context import HISTORY, DemoContext
from yuntian.demo.names import Rand, Weighted, pick
from yuntian.demo.sale_catalogue import (
    AIRCON,
    HEATER,
    KITCHEN,
    PURIFIER,
    Catalogue,
    write_catalogue,
)
from yuntian.demo.sale_payments import VOID_SHARE, PaymentPlans, method_tables
from yuntian.services.common.numbering import format_period, rule_for
from yuntian.services.sales.sales import add_months

SALE_YEARS = 10
CHUNK = 20_000  # sales per batch of inserts
DAY = 86_400
BUYER_SHARE = 0.4  # of private customers, who buy at some time; companies and dealers more
BUSINESS_BUYER_SHARE = 0.75
BUSINESS_GROUPS = ("企业客户", "经销商")
RECENT_BUYER_SHARE = 0.35  # of sales: by a customer who arrived in the last fortnight
NO_UNIT_SHARE = 0.03
INVOICE_SHARE = 0.45
TRADE_IN_SHARE = 0.08
EXTENDED_WARRANTY_SHARE = 0.05
NOTE_SHARE = 0.06

SALE_COLUMNS = (
    "id", "code", "customer_id", "sale_date", "product_model_id", "serial_number", "quantity",
    "unit_price", "receivable", "salesperson_id", "sales_unit_id", "install_date",
    "warranty_end", "custom1", "custom2", "custom3", "custom4", "custom5",
    "maintenance_interval_days", "next_maintenance", "callback_interval_days", "next_callback",
    "notes", "voided", "void_reason", "voided_by_id", "voided_at", "created_by_id", "created_at",
)  # fmt: skip
PAYMENT_COLUMNS = (
    "sale_id", "paid_on", "amount", "method", "reason", "operator_id", "note", "created_at",
)  # fmt: skip

MONTH_WEIGHTS = (0.8, 0.7, 0.9, 1.0, 1.2, 1.5, 1.6, 1.4, 1.0, 1.1, 1.3, 1.0)
FESTIVALS = {(6, 18): 2.5, (11, 11): 3.0, (5, 1): 1.6, (10, 1): 1.8, (10, 2): 1.6, (10, 3): 1.4}
FESTIVAL_DISCOUNT = 0.05
SALE_DAYS = ((6, 18), (11, 11))  # the shopping festivals' extra discount
SEASONS = {  # category -> {month: factor}
    AIRCON: {5: 2.0, 6: 2.6, 7: 2.8, 8: 2.0, 12: 0.4, 1: 0.4, 2: 0.5},
    HEATER: {10: 1.5, 11: 1.8, 12: 1.8, 1: 1.5},
}
PLACES = {
    AIRCON: ("客厅", "主卧", "次卧", "书房", "儿童房", "办公室", "会议室"),
    HEATER: ("卫生间", "主卫", "厨房", "阳台"),
    KITCHEN: ("厨房",),
    PURIFIER: ("厨房", "厨房水槽下"),
}
_NOTES = (
    "送货上门，客户要求周末安装", "老客户介绍，已给优惠", "赠送延长线和安装支架",
    "客户要求开增值税专用发票", "旧机已回收", "安装时需拆除旧机", "高层安装，外机需吊装",
    "活动价，赠送清洗一次", "客户自提", "送货前先电话联系",
)  # fmt: skip


class _Calendar:
    """Days since the first day of the sales history, their texts, and month arithmetic."""

    def __init__(self, ctx: DemoContext) -> None:
        self.today = ctx.base_time.date()
        first = self.today.replace(year=self.today.year - SALE_YEARS)
        self.first = first
        self.days = (self.today - first).days  # day ``days`` is today: sales stay before it
        # beyond today: installations, warranty ends (36 months) and next dates (a year)
        self.dates = [first + dt.timedelta(days=d) for d in range(self.days + 1500)]
        self.text = [d.isoformat() for d in self.dates]
        self.clock = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(DAY)]
        # the customers step places customer i of n on day i * HISTORY.days // n of its history
        self.customers_from = ((ctx.base_time - HISTORY).date() - first).days
        self._months: dict[tuple[int, int], int] = {}

    def add_months(self, day: int, months: int) -> int:
        key = (day, months)
        found = self._months.get(key)
        if found is None:
            found = self._months[key] = (add_months(self.dates[day], months) - self.first).days
        return found

    def moment(self, day: int, second: int) -> str:
        return f"{self.text[day]} {self.clock[second]}"

    def year(self, day: int) -> int:
        """Year of the history, 0 for the first."""
        return self.dates[day].year - self.first.year

    def weights(self) -> list[float]:
        """How busy each day is: growing with the shop, by season, weekday and festival."""
        weights = []
        for d in range(self.days):
            day = self.dates[d]
            w = (0.35 + d / self.days) * MONTH_WEIGHTS[day.month - 1]
            w *= FESTIVALS.get((day.month, day.day), 1.35 if day.weekday() >= 5 else 1.0)
            weights.append(w)
        return weights


class _Buyers:
    """Who buys: a fixed share of the customers, found by the day they arrived."""

    def __init__(self, ctx: DemoContext, r: Rand, cal: _Calendar) -> None:
        ids = ctx.customer_ids
        self.first_id = ids.start
        self.count = len(ids)
        self.start = cal.customers_from
        self.history = HISTORY.days
        self.business = bytearray(self.count)
        self.salesperson = array.array("q", bytes(8 * self.count))  # 0: none
        groups = {ctx.groups[g] for g in BUSINESS_GROUPS if g in ctx.groups}
        db = ctx.db
        cursor = db.execute_sql(
            f"SELECT id, group_id, salesperson_id FROM {ctx.writer.quote('customer')}"
            f" WHERE id >= {db.param} AND id < {db.param}",
            (ids.start, ids.stop),
        )
        for cid, group, salesperson in cursor:
            i = cid - ids.start
            self.business[i] = group in groups
            self.salesperson[i] = salesperson or 0
        business = self.business
        self.buyers = array.array(
            "q",
            (
                i
                for i in range(self.count)
                if r() < (BUSINESS_BUYER_SHARE if business[i] else BUYER_SHARE)
            ),
        )
        if not self.buyers:
            self.buyers.append(0)

    def arrived_before(self, day: int) -> int:
        """How many buyers had arrived before ``day`` (customers arrive in index order)."""
        into = day - self.start
        if into <= 0:
            return 0
        customers = min(self.count, -(-into * self.count // self.history))
        return bisect_left(self.buyers, customers)

    def arrival(self, index: int) -> int:
        return self.start + index * self.history // max(self.count, 1)

    def pick(self, r: Rand, day: int, known: int, recent: int) -> int:
        """A customer index: one who had arrived (often lately), else anybody (补录)."""
        buyers = self.buyers
        if not known:
            return buyers[int(r() * len(buyers))]
        if recent < known and r() < RECENT_BUYER_SHARE:
            return buyers[recent + int(r() * (known - recent))]
        return buyers[int(r() * known)]


class _SaleMaker:
    def __init__(self, ctx: DemoContext, r: Rand, cal: _Calendar, catalogue: Catalogue) -> None:
        self.r = r
        self.cal = cal
        self.buyers = _Buyers(ctx, r, cal)
        users = ctx.users_by_role
        self.staff: list[int | None] = [
            *users.get("receptionist", []),
            *users.get("manager", []),
        ] or [None]
        self.voiders: list[int | None] = list(users.get("manager", [])) or self.staff
        years = SALE_YEARS + 1
        self.models = [
            _model_table(catalogue, cal.first.year + y, month)
            for y in range(years)
            for month in range(1, 13)
        ]
        self.units = [_unit_table(catalogue, cal.first.year + y) for y in range(years)]
        methods = [
            name
            for (name,) in EnumItem.select(EnumItem.name)
            .where(EnumItem.kind == "payment_method")
            .order_by(EnumItem.sort, EnumItem.id)
            .tuples()
        ]
        self.plans = PaymentPlans(
            r, cal.days, cal.text, cal.add_months, method_tables(methods, SALE_YEARS), self.staff
        )
        self.rule = rule_for("sale")
        self.counters = _counters()  # counter period -> last value
        self.serial = 1_000_000
        self.sale_id = ctx.writer.next_id(Sale)
        self._periods: dict[int, str] = {}  # day -> code stem
        self.start_day(0)

    def start_day(self, day: int) -> list[tuple]:
        """Begin ``day``; the payments dated before it, ready to store."""
        cal = self.cal
        self._day = day
        self._known = self.buyers.arrived_before(day)
        self._recent = self.buyers.arrived_before(day - 14)
        # what every sale of the day shares, worked out once
        date = cal.dates[day]
        self._year = year = cal.year(day)
        self._models = self.models[year * 12 + date.month - 1]
        self._units = self.units[year]
        self._owing = self.plans.owing_share(day)
        self._festival = FESTIVAL_DISCOUNT if (date.month, date.day) in SALE_DAYS else 0.0
        self._yymm = f"{date:%y%m}"
        return self.plans.ready(day)

    def code(self, day: int) -> str:
        rule = self.rule
        period = self._periods.get(day)
        if period is None:
            period = f"{rule.prefix}{format_period(rule.date_pattern, self.cal.dates[day])}"
            self._periods[day] = period
        key = period[:16]  # as Numbering.next_code keys its counters
        value = self.counters.get(key, 0) + 1
        self.counters[key] = value
        return f"{period}{value:0{rule.digits}d}"

    def sale(self, second: int) -> tuple:
        r, cal, day = self.r, self.cal, self._day
        sale_id = self.sale_id
        self.sale_id += 1
        buyers = self.buyers
        index = buyers.pick(r, day, self._known, self._recent)
        business = bool(buyers.business[index])
        arrival = buyers.arrival(index)
        year = self._year
        if arrival < day:
            entered, created = day, cal.moment(day, second)
        else:  # entered with the customer's record, that evening (after it was made)
            entered = arrival
            second = 20 * 3600 + int(r() * 3600)
            created = cal.moment(arrival, second)
        model_id, m = self._models.pick(r)
        unit_id, rep = (None, None) if r() < NO_UNIT_SHARE else self._units.pick(r)
        # companies and dealers buy several at a time; families now and then two
        quantity = 1 + int(r() * r() * 8) if business else 1 + (r() < 0.04)
        discount = r() * 0.12 + self._festival
        unit_price = int(m.list_price * (1 - discount)) // 1000 * 1000  # whole tens of yuan
        receivable = unit_price * quantity
        if receivable > 20_000 and r() < 0.12:
            receivable = receivable // 10_000 * 10_000  # 抹零: rounded down to hundreds
        own = buyers.salesperson[index]
        salesperson = own if own and r() < 0.6 else rep
        install = None
        start = day
        if m.installed:
            installed_on = day + int(r() * r() * 8)
            if installed_on < cal.days:
                install = start = installed_on
        number = f"{self._yymm}{self.serial:07d}"
        self.serial += quantity
        serial = m.serial_prefix + number
        outdoor = f"{m.serial_prefix}W{number}" if m.category == AIRCON else ""
        places = PLACES.get(m.category)
        custom = (
            outdoor,
            pick(r, places) if places and install is not None else "",
            f"{int(r() * 100_000_000):08d}" if r() < INVOICE_SHARE else "",
            "是" if r() < TRADE_IN_SHARE else "",
            pick(r, ("延保1年", "延保2年", "延保3年")) if r() < EXTENDED_WARRANTY_SHARE else "",
        )

        plans = self.plans
        plans.begin(
            sale_id,
            year,
            business,
            lambda paid_on: self._paid_at(paid_on, day, entered, second, created),
        )
        voided_by = voided_at = None
        if entered == day and r() < VOID_SHARE:
            money = plans.void(day, receivable)
            voided_by = pick(r, self.voiders)
            voided_at = cal.moment(money.voided_day, min(second + 600 + int(r() * 3600), DAY - 1))
        elif r() < self._owing:
            money = plans.owe(day, receivable)
        else:
            money = plans.settle(day, start, receivable)
        notes = money.note
        if quantity > 1:
            notes = f"共{quantity}台，序列号连号" + (f"；{notes}" if notes else "")
        elif not notes and r() < NOTE_SHARE:
            notes = pick(r, _NOTES)
        text = cal.text
        return (
            sale_id, self.code(day), self.buyers.first_id + index, text[day], model_id,
            serial, quantity, unit_price, money.receivable, salesperson, unit_id,
            None if install is None else text[install],
            text[cal.add_months(start, m.warranty_months)],
            *custom,
            m.maintenance_days, text[start + m.maintenance_days],
            m.callback_days, text[start + m.callback_days],
            notes, voided_by is not None, money.void_reason, voided_by, voided_at,
            pick(r, self.staff), created,
        )  # fmt: skip

    def _paid_at(self, paid_on: int, day: int, entered: int, second: int, created: str) -> str:
        """A payment's created_at: when it was taken, or when a back-filled sale was entered."""
        if entered > day and paid_on <= entered:
            return created
        if paid_on == day:
            return self.cal.moment(day, min(second + 60 + int(self.r() * 600), DAY - 1))
        return self.cal.moment(paid_on, 9 * 3600 + int(self.r() * 12 * 3600))


def _model_table(catalogue: Catalogue, year: int, month: int) -> Weighted:
    on_sale = [(i, m) for i, m in catalogue.models if m.years[0] <= year <= m.years[1]]
    weights = [m.weight * SEASONS.get(m.category, {}).get(month, 1.0) for _, m in on_sale]
    return Weighted(on_sale, weights)


def _unit_table(catalogue: Catalogue, year: int) -> Weighted:
    units = [(uid, u, rep) for uid, u, rep in catalogue.units if u.opened <= year]
    return Weighted([(uid, rep) for uid, _, rep in units], [u.weight for _, u, _ in units])


def _spread(total: int, weights: Sequence[float]) -> list[int]:
    """``total`` split over the days in proportion to ``weights``, rounding the running sum
    (a small demo's few sales spread over all the years, not onto the busiest days)."""
    scale = total / (sum(weights) or 1.0)
    counts, running, given = [], 0.0, 0
    for w in weights:
        running += w * scale
        upto = min(total, int(running + 1e-9))
        counts.append(upto - given)
        given = upto
    if counts:
        counts[-1] += total - given
    return counts


def _counters() -> dict[str, int]:
    query = NumberingCounter.select(NumberingCounter.period, NumberingCounter.last_value).where(
        NumberingCounter.kind == "sale"
    )
    return dict(query.tuples())


def _save_counters(ctx: DemoContext, before: dict[str, int], after: dict[str, int]) -> None:
    """Leave Numbering.next_code("sale") past every demo code."""
    new = [("sale", period, value) for period, value in after.items() if period not in before]
    ctx.writer.insert(NumberingCounter, ("kind", "period", "last_value"), new)
    for period, value in after.items():
        if period in before and before[period] != value:
            NumberingCounter.update(last_value=value).where(
                (NumberingCounter.kind == "sale") & (NumberingCounter.period == period)
            ).execute()


def generate_sales(ctx: DemoContext) -> None:
    total = ctx.options.sale_count
    if total <= 0 or not ctx.customer_ids:
        return
    r = ctx.rng("sales").random
    cal = _Calendar(ctx)
    catalogue = write_catalogue(ctx, cal.today.year)
    maker = _SaleMaker(ctx, r, cal, catalogue)
    before = dict(maker.counters)
    per_day = _spread(total, cal.weights())
    writer = ctx.writer
    sales: list[tuple] = []
    payments: list[tuple] = []
    done = 0
    with writer.deferred_indexes(Sale, Payment):
        for day in range(cal.days):
            payments += maker.start_day(day)
            for second in sorted(9 * 3600 + int(r() * 12 * 3600) for _ in range(per_day[day])):
                sales.append(maker.sale(second))
            if len(sales) >= CHUNK or day == cal.days - 1:
                writer.insert(Sale, SALE_COLUMNS, sales)  # before the payments that refer to them
                writer.insert(Payment, PAYMENT_COLUMNS, payments)
                done += len(sales)
                sales, payments = [], []
                ctx.progress("sales", done, total)
        writer.insert(Payment, PAYMENT_COLUMNS, maker.plans.ready(cal.days))
    writer.ids_assigned(Sale)
    _save_counters(ctx, before, maker.counters)
