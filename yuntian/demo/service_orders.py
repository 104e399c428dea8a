"""Demo step "service_orders": ten years of after-sales service orders (售后服务单).

Most orders are for the customers' purchases: installation (安装调试) booked with the sale for
the installation day, periodic maintenance (保养) for a due date of the purchase's schedule
(one order at most per purchase and due date, as the unique index demands; dues of the next
days already have their pending order), and repairs (上门维修 on site, 送修 carried in for TVs,
laptops and small appliances) some time after the purchase, in or out of warranty by the
purchase's warranty end (or its extended warranty) on the day. Some orders have no product:
appliances bought elsewhere, air conditioners to move (移机), and phone consultations (咨询).
``service_order_rows`` turns each plan into the stored row, technicians and history.

Ids follow the time the order was taken; codes follow the numbering rule by the day the order
was taken (its own date, also when it was back-filled: an order taken before its customer's
record existed was entered with it, 补录).
The numbering counters are left past the demo's codes. A purchase whose maintenance order was
completed has its next maintenance date moved on by its interval, as the service does; the
other purchases' dues were put off by the staff, so the due list holds only the last weeks'.
The latest orders form a backlog (pending, dispatched, some overdue) even in a small demo.

The audit lock refuses technician rows of an audited order, so orders are stored unaudited,
their technicians added, and then the audited ones are marked (the lock lets that through).
"""

from __future__ import annotations

import array
import datetime as dt
import random

from yuntian.db.models import (
    EnumItem,
    NumberingCounter,
    ProductModel,
    Sale,
    ServiceOrder,
    ServiceOrderEvent,
    ServiceOrderTechnician,
)
from yuntian.demo.context import HISTORY, DemoContext
from yuntian.demo.names import Rand, Weighted
from yuntian.demo.sale_catalogue import AIRCON
from yuntian.demo.sales import SALE_YEARS
from yuntian.demo.service_faults import CARRY_IN, FAULTS, INSTALLATION, MAINTAINED
from yuntian.demo.service_order_rows import (
    CONSULT,
    DAY,
    EVENT_COLUMNS,
    HOUR,
    INSTALL,
    LOOSE_REPAIR,
    MAINTAIN,
    MOVE,
    ORDER_COLUMNS,
    REPAIR,
    TECHNICIAN_COLUMNS,
    OrderMaker,
    Plan,
    SaleFacts,
    Staff,
)
from yuntian.services.common.addresses import address_text
from yuntian.services.common.numbering import rule_for

CHUNK = 20_000  # orders per batch of inserts
KIND = "service_order"
# The mix of orders: shares of the total (repairs on purchases take the rest)
CONSULT_SHARE = 0.03
LOOSE_SHARE = 0.09  # without a product: bought elsewhere, moves
INSTALL_SHARE = 0.16
MAINTENANCE_SHARE = 0.20
MOVE_SHARE = 0.15  # of the orders without a product
MAINTENANCE_LEAD_DAYS = 7  # dues this close already have their (pending) order
OVERDUE_DAYS = 14  # unserved dues of the last fortnight still wait on the due list
MAINTENANCE_RUN = 4  # the latest dues served of a purchase on a maintenance plan, at most
# The latest orders are still open whatever their timeline says (a backlog: waiting for the
# customer, for parts, for a technician), so even a small demo shows pending, dispatched and
# overdue orders.
OPEN_SHARE, OPEN_LEAST = 0.005, 8


class _Calendar:
    def __init__(self, ctx: DemoContext) -> None:
        today = ctx.base_time.date()
        self.first = today.replace(year=today.year - SALE_YEARS)  # as the sales step's
        self.days = (today - self.first).days
        self.dates = [self.first + dt.timedelta(days=d) for d in range(self.days + 2000)]
        self.text = [d.isoformat() for d in self.dates]
        self.index = {t: d for d, t in enumerate(self.text)}
        self.now = self.days * DAY + (ctx.base_time - dt.datetime.combine(today, dt.time())).seconds
        self.customers_from = ((ctx.base_time - HISTORY).date() - self.first).days

    def day(self, value: object) -> int:
        """Day number of a date as an engine returns it (date, datetime or text); -1 None."""
        if value is None:
            return -1
        text = str(value)[:10]
        found = self.index.get(text)
        return found if found is not None else (dt.date.fromisoformat(text) - self.first).days

    def seconds(self, value: object) -> int:
        text = str(value)
        return self.day(text) * DAY + int(text[11:13]) * HOUR + int(text[14:16]) * 60


class _Sales:
    """The purchases orders can be for (not voided), by index, in id order."""

    def __init__(self, ctx: DemoContext, cal: _Calendar) -> None:
        categories = dict(ProductModel.select(ProductModel.id, ProductModel.category).tuples())
        self.ids = array.array("q")
        self.customer = array.array("q")
        self.start = array.array("l")  # installation day, else the sale day: warranty counts
        self.sold = array.array("l")
        self.entered = array.array("q")  # when the record was made (seconds)
        self.install = array.array("l")  # -1: not installed by us
        self.warranty_end = array.array("l")
        self.maintenance_days = array.array("l")
        self.extended = bytearray()
        self.extended_label: list[str] = []
        self.category: list[str] = []
        q = ctx.writer.quote
        cursor = ctx.db.execute_sql(
            "SELECT id, customer_id, sale_date, install_date, warranty_end, product_model_id,"
            f" custom5, created_at, maintenance_interval_days FROM {q('sale')}"
            f" WHERE voided = {ctx.db.param} ORDER BY id",
            (False,),
        )  # a plain cursor: a million sales through the ORM take seconds more
        for sid, cid, sold, installed, end, model, extended, created, interval in cursor:
            self.ids.append(sid)
            self.customer.append(cid)
            s, i = cal.day(sold), cal.day(installed)
            self.sold.append(s)
            self.install.append(i)
            self.start.append(i if i >= 0 else s)
            self.entered.append(cal.seconds(created))
            self.warranty_end.append(cal.day(end))
            self.maintenance_days.append(interval or 0)
            years = (
                int(extended[2]) if extended.startswith("延保") and extended[2:3].isdigit() else 0
            )
            self.extended.append(12 * years)
            self.extended_label.append(extended)
            self.category.append(categories.get(model, ""))

    def __len__(self) -> int:
        return len(self.ids)

    def facts(self) -> SaleFacts:
        return SaleFacts(
            self.ids,
            self.warranty_end,
            bytes(self.extended),
            self.extended_label,
            self.category,
            self.maintenance_days,
        )


class _Planner:
    """Which orders there are and when they were taken (before anything else is decided)."""

    def __init__(self, ctx: DemoContext, rng: random.Random, cal: _Calendar, sales: _Sales):
        self.rng = rng
        self.r = rng.random
        self.cal = cal
        self.sales = sales
        self.first_customer = ctx.customer_ids.start
        self.customers = len(ctx.customer_ids)
        self.plans: list[Plan] = []

    def arrival(self, customer_id: int) -> int:
        """The customers step places customer i of n on day i * HISTORY.days // n."""
        index = customer_id - self.first_customer
        return self.cal.customers_from + index * HISTORY.days // max(self.customers, 1)

    def office(self, day: int) -> int:
        return day * DAY + int(8.5 * HOUR) + int(self.r() * 10 * HOUR)

    def add(self, taken: int, kind: int, sale: int, day: int = -1, category: str = "") -> None:
        customer = self.sales.customer[sale]
        category = category or self.sales.category[sale]
        self.plans.append(Plan(taken, kind, sale, customer, day, self.arrival(customer), category))

    def plan(self, total: int) -> list[Plan]:
        consults = round(total * CONSULT_SHARE)
        loose = round(total * LOOSE_SHARE)
        installs = maintenance = 0
        if len(self.sales):
            installs = self.installations(round(total * INSTALL_SHARE))
            maintenance = self.maintenance(round(total * MAINTENANCE_SHARE))
        repairs = total - consults - loose - installs - maintenance
        if len(self.sales):
            repairs -= self.repairs(repairs, REPAIR)
            consults -= self.repairs(consults // 2, CONSULT)
        self.without_product(loose + repairs, consults)
        plans = self.plans
        plans.sort(key=lambda p: (p.taken, p.kind, p.sale, p.customer_id))
        for plan in plans[-max(OPEN_LEAST, round(total * OPEN_SHARE)) :]:
            plan.open = True
        return plans

    def installations(self, wanted: int) -> int:
        sales = self.sales
        installed = [
            i
            for i in range(len(sales))
            if sales.install[i] >= 0 and sales.category[i] in INSTALLATION
        ]
        chosen = sorted(self.rng.sample(installed, min(wanted, len(installed))))
        for i in chosen:
            sold = sales.sold[i]
            entered = sales.entered[i]
            if entered // DAY == sold:  # booked when the sale was entered
                taken = entered + 300 + int(self.r() * 1500)
            else:  # a back-filled sale: booked on the day, entered later
                taken = self.office(sold)
            self.add(taken, INSTALL, i, sales.install[i])
        return len(chosen)

    def maintenance(self, wanted: int) -> int:
        """Purchases on a maintenance plan, in random order: each had its latest dues served,
        one order per due date, and about half of those due in the next days already have
        their (pending) order, for the date the completed ones moved the purchase on to."""
        sales, cal, r = self.sales, self.cal, self.r
        today = cal.days
        planned = [
            i
            for i in range(len(sales))
            if sales.maintenance_days[i] > 0 and sales.category[i] in MAINTAINED
        ]
        self.rng.shuffle(planned)
        made = 0
        for i in planned:
            if made >= wanted:
                break
            start, every = sales.start[i], sales.maintenance_days[i]
            dues = max(0, (today - 1 - start) // every)  # due dates before today
            served = min(1 + int(r() * min(dues, MAINTENANCE_RUN)), wanted - made) if dues else 0
            for k in range(dues - served + 1, dues + 1):
                self._maintenance(i, start + k * every)
            made += served
            upcoming = start + (dues + 1) * every
            if made < wanted and upcoming <= today + MAINTENANCE_LEAD_DAYS and r() < 0.5:
                self._maintenance(i, upcoming)
                made += 1
        return made

    def _maintenance(self, sale: int, due: int) -> None:
        """Generated in the morning round a few days ahead of the due date, never after now."""
        r, now = self.r, self.cal.now
        day = max(due - int(r() * (MAINTENANCE_LEAD_DAYS + 1)), self.sales.start[sale] + 1)
        taken = day * DAY + 9 * HOUR + int(r() * HOUR)
        if taken >= now:
            taken = now - 600 - int(r() * 2 * DAY)
        self.add(taken, MAINTAIN, sale, due)

    def repairs(self, wanted: int, kind: int) -> int:
        """Repairs (or questions) some time after the purchase: any day of its life so far
        (air conditioners mostly in summer)."""
        sales, cal, r = self.sales, self.cal, self.r
        made = 0
        for _ in range(wanted * 3):
            if made == wanted:
                break
            i = int(r() * len(sales))
            life = cal.days - sales.start[i] - 1
            if life < 1 or sales.category[i] not in FAULTS:
                continue
            day = sales.start[i] + 1 + int(r() * life)
            if sales.category[i] == AIRCON and cal.dates[day].month not in range(5, 10):
                day = sales.start[i] + 1 + int(r() * life)  # one more chance for summer
            self.add(self.office(day), kind, i)
            made += 1
        return made

    def without_product(self, orders: int, consults: int) -> None:
        """Orders of callers without a purchase here, after they first called."""
        r, cal = self.r, self.cal
        # appliances bought elsewhere: big ones more often (small ones are rarely worth it)
        categories = Weighted(list(FAULTS), [1 if c in CARRY_IN else 2 for c in FAULTS])
        for n in range(orders + consults):
            customer = self.first_customer + int(r() * self.customers)
            arrival = self.arrival(customer)
            day = min(arrival + int(r() * (cal.days - arrival)), cal.days - 1)
            if n >= orders:
                kind, category = CONSULT, ""
            elif r() < MOVE_SHARE:
                kind, category = MOVE, AIRCON
            else:
                kind, category = LOOSE_REPAIR, categories.pick(r)
            self.plans.append(Plan(self.office(day), kind, -1, customer, -1, arrival, category))


def _staff(ctx: DemoContext) -> Staff:
    users = ctx.users_by_role
    receptionists = users.get("receptionist", [])
    managers = users.get("manager", [])
    admins = users.get("admin", [])
    takers = [*receptionists, *managers] or [None]
    weights = [4.0] * len(receptionists) + [1.0] * len(managers) or [1.0]
    auditors = [*managers, *admins] or [None]
    audit_weights = [6.0] * len(managers) + [1.0] * len(admins) or [1.0]
    return Staff(
        Weighted(takers, weights),
        list(users.get("technician", [])),
        Weighted(auditors, audit_weights),
    )


def _contacts(ctx: DemoContext, wanted: set[int]) -> dict[int, tuple[str, str, str]]:
    """Each wanted customer's name, first phone and first address: what the service fills
    an order's blank contact fields with. One pass over each table (plain cursors: a million
    rows through the ORM take several times as long)."""
    q, db = ctx.writer.quote, ctx.db
    names: dict[int, str] = {}
    phones: dict[int, str] = {}
    places: dict[int, str] = {}
    for cid, name in db.execute_sql(f"SELECT id, name FROM {q('customer')}"):
        if cid in wanted:
            names[cid] = name[:64]
    cursor = db.execute_sql(
        f"SELECT customer_id, raw FROM {q('customer_phone')} ORDER BY customer_id, sort, id"
    )
    for cid, raw in cursor:
        if cid in wanted and cid not in phones:
            phones[cid] = raw[:64]
    cursor = db.execute_sql(
        f"SELECT customer_id, province, city, district, street FROM {q('customer_address')}"
        " ORDER BY customer_id, sort, id"
    )
    for cid, *parts in cursor:
        if cid in wanted and cid not in places:
            places[cid] = address_text(*parts)[:255]
    return {c: (names.get(c, ""), phones.get(c, ""), places.get(c, "")) for c in wanted}


def _counters() -> dict[str, int]:
    query = NumberingCounter.select(NumberingCounter.period, NumberingCounter.last_value).where(
        NumberingCounter.kind == KIND
    )
    return dict(query.tuples())


def _save_counters(ctx: DemoContext, before: dict[str, int], after: dict[str, int]) -> None:
    """Leave Numbering.next_code("service_order") past every demo code."""
    new = [(KIND, period, value) for period, value in after.items() if period not in before]
    ctx.writer.insert(NumberingCounter, ("kind", "period", "last_value"), new)
    for period, value in after.items():
        if period in before and before[period] != value:
            NumberingCounter.update(last_value=value).where(
                (NumberingCounter.kind == KIND) & (NumberingCounter.period == period)
            ).execute()


def _mark_audited(ctx: DemoContext, first: int, last: int) -> None:
    """Audit the stored orders of ids ``first`` to ``last`` that are in the audited state
    (after their technicians were stored: the audit lock then guards both)."""
    ServiceOrder.update(audited=True).where(
        ServiceOrder.id.between(first, last), ServiceOrder.state == "audited"
    ).execute()


def _next_maintenance(
    ctx: DemoContext, r: Rand, cal: _Calendar, sales: _Sales, maintained: dict[int, int]
) -> None:
    """Each purchase's next maintenance date after ten years of work. A completed maintenance
    order moved it on by the interval from the due date served (as the service does); the
    dues nobody served were put off by the staff working through the due list, so only the
    last weeks' are still waiting (not years of them)."""
    today = cal.days
    rows = []
    for i in range(len(sales)):
        every = sales.maintenance_days[i]
        if every <= 0:
            continue
        start = sales.start[i]
        served = maintained.get(i)
        if served is not None:
            after = served + every
        else:
            since = today - int(r() * OVERDUE_DAYS)
            after = start + max(1, -(-(since - start) // every)) * every
        if after != start + every:  # what the sales step stored
            rows.append((cal.text[after], sales.ids[i]))
    q = ctx.writer.quote
    sql = (
        f"UPDATE {q('sale')} SET {q('next_maintenance')} = {ctx.db.param} WHERE id = {ctx.db.param}"
    )
    with ctx.writer.deferred_indexes(Sale):  # one index build, not a million random updates
        for start in range(0, len(rows), CHUNK):
            cursor = ctx.db.cursor()
            try:
                cursor.executemany(sql, rows[start : start + CHUNK])
            finally:
                cursor.close()


def _feedback_names() -> list[str]:
    query = (
        EnumItem.select(EnumItem.name)
        .where(EnumItem.kind == "feedback")
        .order_by(EnumItem.sort, EnumItem.id)
    )
    return [name for (name,) in query.tuples()]


def generate_service_orders(ctx: DemoContext) -> None:
    total = ctx.options.order_count
    if total <= 0 or not ctx.customer_ids:
        return
    rng = ctx.rng("service_orders")
    cal = _Calendar(ctx)
    sales = _Sales(ctx, cal)
    plans = _Planner(ctx, rng, cal, sales).plan(total)
    counters = _counters()
    before = dict(counters)
    writer = ctx.writer
    maker = OrderMaker(
        rng.random,
        cal.text,
        cal.now,
        _staff(ctx),
        sales.facts(),
        rule_for(KIND),
        counters,
        _feedback_names(),
        writer.next_id(ServiceOrder),
    )
    contacts = _contacts(ctx, {p.customer_id for p in plans})
    done = 0
    # the unique indexes stay: the audit lock's SQLite guards look orders up by them
    with writer.deferred_indexes(
        ServiceOrder, ServiceOrderTechnician, ServiceOrderEvent, keep_unique=True
    ):
        for start in range(0, len(plans), CHUNK):
            chunk = plans[start : start + CHUNK]
            orders, technicians, events = [], [], []
            for plan in chunk:
                made = maker.make(plan, contacts[plan.customer_id])
                orders.append(made.row)
                technicians += made.technicians
                events += made.events
            writer.insert(ServiceOrder, ORDER_COLUMNS, orders)
            writer.insert(ServiceOrderTechnician, TECHNICIAN_COLUMNS, technicians)
            writer.insert(ServiceOrderEvent, EVENT_COLUMNS, events)
            _mark_audited(ctx, orders[0][0], orders[-1][0])
            done += len(chunk)
            ctx.progress("service_orders", done, total)
    writer.ids_assigned(ServiceOrder)
    _save_counters(ctx, before, counters)
    _next_maintenance(ctx, rng.random, cal, sales, maker.maintained)
