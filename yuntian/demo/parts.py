"""Demo step "parts": the spare parts catalogue (维修备件) and its ledger since the shop began
using the program (the demo clock's start, three years and a month back).

Every week, on the pick-up day (Monday), the technicians take from the store what that week's
orders will use (领用出库, a cheap part with one to spare); the branch store (通州门店仓库)
serves the branch's technician and is filled by transfers (调拨) from the main store, which
buys from the suppliers (入库单) whatever would fall below its reorder minimum, up to its
maximum, once a month (in between only what the week's issues lack; now and then a supplier
is out of stock), at a cost that drifts up over the years. A part no order asked for was
bought once, up to its minimum: scraps take some of those below it, onto the reorder list.
Each quarter the technicians bring back the expensive parts they hold but do not need (退库).
Now and then a part is scrapped (报废单), a stock-in entered twice and a wrong issue are
reversed (冲销), and last month the main store was counted (盘点). Older documents are
audited, as are the consumptions of audited orders.

A completed service order consumes (消耗) the parts its work names (part_catalogue), from its
first technician's hands, on the day it was completed: out of warranty the lines' prices add
up to the order's parts fee; in warranty they are charged at the parts' sale prices while the
fee stays 0 (as the completion does). Orders whose fee the generator charged in warranty (the
installation material) had their parts typed by hand: nothing consumed.

The ledger is computed here, in date order, exactly as ``services.parts.part_ledger.post``
posts it (stock per place, the moving-average cost), and bulk-inserted; stock never goes
below zero.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from yuntian.db.models import (
    EnumItem,
    NumberingCounter,
    Part,
    PartDocument,
    PartFit,
    PartMove,
    PartStock,
    PartStore,
    ProductModel,
    User,
)
from yuntian.demo.context import DemoContext
from yuntian.demo.names import Rand, pick
from yuntian.demo.part_catalogue import PARTS, SCRAP_HANDLERS, STORES, SUPPLIERS, DemoPart
from yuntian.demo.sale_catalogue import AIRCON as _AIRCON
from yuntian.demo.service_faults import FAULTS, MAINTENANCE, MOVE_AIRCON
from yuntian.services.common.numbering import Rule, format_period, rule_for
from yuntian.services.parts.part_ledger import _divide
from yuntian.services.parts.part_types import DocKind

CHUNK = 20_000
SCALE = 100  # 1/10000 yuan per cent
AUDIT_AFTER = 30  # days: store documents older than this were audited
PRICE_DRIFT = 0.03  # purchase prices rise by this a year
SCRAP_EVERY = 9  # weeks, about
RETURN_EVERY = 13  # weeks: the quarterly return of unused expensive parts
EXPENSIVE = 15_000  # cents of sale price: worth bringing back
CHEAP = 5_000  # cents of cost: a technician takes one to spare
OUT_OF_STOCK = 0.2  # a supplier's chance of being out of stock at the monthly purchase
SPARE_SHARE = 0.3  # of dearer parts, taken with one to spare (the returns bring them back)

PART_COLUMNS = (
    "id", "code", "name", "spec", "unit", "category", "cost_price", "sale_price", "avg_cost",
    "safety_stock", "reorder_min", "reorder_max", "supplier", "barcode", "notes", "active",
    "created_at", "version",
)  # fmt: skip
DOCUMENT_COLUMNS = (
    "id", "code", "kind", "doc_date", "technician_id", "supplier", "service_order_id",
    "scrap_type", "scrap_handler", "reverses_id", "note", "state", "audited", "audited_by_id",
    "audited_at", "created_by_id", "created_at", "updated_at", "version",
)  # fmt: skip
MOVE_COLUMNS = (
    "document_id", "line", "part_id", "quantity", "from_kind", "from_id", "to_kind", "to_id",
    "unit_cost", "unit_price", "counted", "moved_on",
)  # fmt: skip
STOCK_COLUMNS = ("part_id", "place_kind", "place_id", "quantity")

Place = tuple[str, int | None]
SUPPLIER: Place = ("supplier", None)
SCRAP: Place = ("scrap", None)
COUNT: Place = ("count", None)


@dataclass
class _Use:
    """A consumption to post: an order's parts, from its first technician."""

    day: int
    at: str  # completed_at
    order_id: int
    technician: int
    lines: list[tuple[int, int, int]]  # (part index, quantity, unit price in cents)
    created_by: int | None
    audited_by: int | None
    audited_at: str | None


@dataclass
class _Ledger:
    """Documents and lines as part_ledger.post would write them, with the stock they leave."""

    first_id: int
    days: list[str]  # day number -> ISO date
    counters: dict[tuple[str, str], int]
    documents: list[tuple] = field(default_factory=list)
    moves: list[tuple] = field(default_factory=list)
    stock: dict[tuple[int, str, int], int] = field(default_factory=dict)
    total: Counter = field(default_factory=Counter)  # part index -> on hand everywhere
    avg: Counter = field(default_factory=Counter)  # part index -> average cost (1/10000)
    part_ids: list[int] = field(default_factory=list)
    rules: dict[DocKind, Rule] = field(default_factory=dict)
    _doc: int = 0
    _line: int = 0
    _day: str = ""

    def document(self, kind: DocKind, day: int, at: str, by: int | None, **fields) -> int:
        rule = self.rules.get(kind)
        if rule is None:
            rule = self.rules[kind] = rule_for(kind.numbering)
        date = self.days[day]
        stem = (rule.prefix + format_period(rule.date_pattern, dt.date.fromisoformat(date)))[:16]
        value = self.counters.get((kind.numbering, stem), 0) + 1
        self.counters[(kind.numbering, stem)] = value
        self._doc = self.first_id + len(self.documents)
        self._line, self._day = 0, date
        audited_by, audited_at = fields.pop("audited", (None, None))
        self.documents.append(
            (
                self._doc, f"{stem}{value:0{rule.digits}d}", kind.value, date,
                fields.get("technician"), fields.get("supplier", ""), fields.get("order"),
                fields.get("scrap_type", ""), fields.get("scrap_handler", ""),
                fields.get("reverses"), fields.get("note", ""),
                "audited" if audited_at else "posted",
                False,  # marked after the lines are stored: the audit lock guards them
                audited_by, audited_at, by, at, audited_at or at, 2 if audited_at else 1,
            )
        )  # fmt: skip
        return self._doc

    def on_hand(self, part: int, place: Place) -> int:
        return self.stock.get((part, place[0], place[1]), 0)

    def move(
        self,
        part: int,
        quantity: int,
        source: Place,
        target: Place,
        cost: int | None = None,
        price: int | None = None,
        counted: int | None = None,
    ) -> int:
        """Post one line (as part_ledger.post); the unit cost it moved at."""
        avg = self.avg[part]
        unit_cost = avg
        if source == SUPPLIER or target == SUPPLIER:
            unit_cost = avg if cost is None else cost
            on_hand = self.total[part]
            if source == SUPPLIER:
                new = (
                    unit_cost
                    if on_hand <= 0
                    else _divide(on_hand * avg + quantity * unit_cost, on_hand + quantity)
                )
            elif on_hand - quantity > 0:
                new = max(0, _divide(on_hand * avg - quantity * unit_cost, on_hand - quantity))
            else:
                new = avg
            self.avg[part] = new
        for place, delta in ((source, -quantity), (target, quantity)):
            if place[0] in ("store", "tech"):
                key = (part, place[0], place[1])
                left = self.stock.get(key, 0) + delta
                if left < 0:
                    raise RuntimeError(f"demo parts: {key} would go to {left}")
                self.stock[key] = left
                self.total[part] += delta
        self._line += 1
        self.moves.append(
            (self._doc, self._line, self.part_ids[part], quantity, source[0], source[1],
             target[0], target[1], unit_cost, price, counted, self._day)
        )  # fmt: skip
        return unit_cost

    def reverse(self, original: int, first_move: int, day: int, at: str, by: int | None,
                note: str) -> None:  # fmt: skip
        """Every line of ``original`` (its lines from index ``first_move``) moved back."""
        row = self.documents[original - self.first_id]
        lines = [m for m in self.moves[first_move:] if m[0] == original]
        self.document(
            DocKind.REVERSE, day, at, by, technician=row[4], supplier=row[5], order=row[6],
            reverses=original, note=note,
        )  # fmt: skip
        index = {pid: i for i, pid in enumerate(self.part_ids)}
        for m in lines:
            self.move(index[m[2]], m[3], (m[6], m[7]), (m[4], m[5]), cost=m[8], price=m[9],
                      counted=m[10])  # fmt: skip


def generate_parts(ctx: DemoContext) -> None:
    rng = ctx.rng("parts")
    r = rng.random
    writer = ctx.writer
    start = _monday(ctx.clock().date())
    today = ctx.base_time.date()
    days = [(start + dt.timedelta(days=d)).isoformat() for d in range((today - start).days + 8)]
    users = dict(User.select(User.username, User.id).tuples())
    technicians = list(ctx.users_by_role.get("technician", []))
    managers = [*ctx.users_by_role.get("manager", []), *ctx.users_by_role.get("admin", [])]
    keeper = managers[0] if managers else None
    branch_tech = users.get("tech3")

    main_store = PartStore.select().order_by(PartStore.sort, PartStore.id).first()
    branch = PartStore.create(name=STORES[1], sort=1)
    main: Place = ("store", main_store.id)
    second: Place = ("store", branch.id)
    handlers = _enumeration("scrap_handler", SCRAP_HANDLERS)
    scrap_types = _enumeration("scrap_type", ("损坏",))

    models = defaultdict(list)
    for model_id, category in ProductModel.select(ProductModel.id, ProductModel.category).tuples():
        models[category].append(model_id)
    first_part = writer.next_id(Part)
    by_category: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(PARTS):
        by_category[p.category].append(i)

    uses = _consumption(ctx, start, technicians, by_category)
    counters = _counters()
    before = dict(counters)
    ledger = _Ledger(writer.next_id(PartDocument), days, counters)
    ledger.part_ids = [first_part + i for i in range(len(PARTS))]
    weekly = Counter()
    for use in uses:
        for part, quantity, _ in use.lines:
            weekly[part] += quantity
    weeks = max(1, (today - start).days // 7)
    levels = [_levels(p, weekly[i] / weeks) for i, p in enumerate(PARTS)]

    def office(day: int, hour: int) -> str:
        return f"{days[day]} {hour:02d}:{int(r() * 60):02d}:{int(r() * 60):02d}"

    def audit_of(day: int) -> tuple[int | None, str | None]:
        if (today - dt.date.fromisoformat(days[day])).days <= AUDIT_AFTER:
            return None, None
        return pick(r, managers) if managers else None, office(day + 1 + int(r() * 6), 16)

    def stock_in(day: int, wanted: dict[int, int], note: str = "") -> None:
        by_supplier = defaultdict(list)
        for part in sorted(wanted):
            by_supplier[SUPPLIERS[PARTS[part].category]].append(part)
        year = int(days[day][:4]) - start.year
        for supplier, parts in by_supplier.items():
            ledger.document(DocKind.STOCK_IN, day, office(day, 9), keeper, supplier=supplier,
                            note=note, audited=audit_of(day))  # fmt: skip
            for part in parts:
                cost = PARTS[part].cost * (1 + PRICE_DRIFT * year) * (0.96 + 0.08 * r())
                ledger.move(part, wanted[part], SUPPLIER, main, cost=round(cost) * SCALE)

    uses_by_week = defaultdict(list)
    for use in uses:
        uses_by_week[use.day // 7].append(use)
    reversed_in = reversed_issue = False
    stocktake_week = max(0, ((today - start).days - 25) // 7)
    last_week = (today - start).days // 7
    for week in range(last_week + 1):
        monday = week * 7
        if monday >= len(days) - 7 or days[monday] >= today.isoformat():
            break
        this_week = uses_by_week.get(week, [])
        needs: dict[int, Counter] = defaultdict(Counter)
        for use in this_week:
            for part, quantity, _ in use.lines:
                needs[use.technician][part] += quantity
        # the quarterly return of expensive parts not needed this week
        if week % RETURN_EVERY == RETURN_EVERY - 1:
            for tech in technicians:
                home = second if tech == branch_tech else main
                back = {}
                for part in range(len(PARTS)):
                    spare = ledger.on_hand(part, ("tech", tech)) - needs[tech][part]
                    if spare > 0 and PARTS[part].price >= EXPENSIVE:
                        back[part] = spare
                if back:
                    ledger.document(DocKind.RETURN, monday, office(monday, 8), keeper,
                                    technician=tech, note="季度退库", audited=audit_of(monday))  # fmt: skip
                    for part, quantity in back.items():
                        ledger.move(part, quantity, ("tech", tech), home)
        # what each technician takes this week, and from which store
        issues: dict[int, dict[int, int]] = {}
        drawn = {main: Counter(), second: Counter()}
        for tech in technicians:
            home = second if tech == branch_tech else main
            take = {}
            for part, need in sorted(needs[tech].items()):
                short = need - ledger.on_hand(part, ("tech", tech))
                if short > 0:
                    spare = PARTS[part].cost < CHEAP or r() < SPARE_SHARE
                    take[part] = short + spare
            if take:
                issues[tech] = take
                drawn[home].update(take)
        # the branch store is filled from the main store, the main store from the suppliers
        refill = {}
        for part, quantity in drawn[second].items():
            left = ledger.on_hand(part, second) - quantity
            if left < levels[part][1]:
                refill[part] = levels[part][1] - left
        # the monthly purchase (the first Monday of a month) of what is below its minimum;
        # in other weeks only what the week's issues lack (急件)
        # (a supplier out of stock that month: its parts wait for the next)
        monthly = week == 0 or days[monday][8:10] <= "07"
        missing = {c for c in SUPPLIERS if week and r() < OUT_OF_STOCK}
        buy, urgent = {}, {}
        for part in range(len(PARTS)):
            left = ledger.on_hand(part, main) - drawn[main][part] - refill.get(part, 0)
            if not weekly[part]:  # a part nobody asks for: a few, not reordered
                if week == 0:
                    buy[part] = levels[part][1]
            elif monthly and left < levels[part][1] and PARTS[part].category not in missing:
                buy[part] = levels[part][2] - left
            elif left < 0:
                urgent[part] = -left
        if urgent:
            stock_in(monday, urgent, "急件")
        if buy:
            stock_in(monday, buy, "期初入库" if week == 0 else "月度采购")
            if not reversed_in and week >= 20 and len(buy) > 1:  # entered twice by mistake
                first_move = len(ledger.moves)
                last = max(buy)
                stock_in(monday, {last: buy[last]})
                ledger.reverse(ledger.documents[-1][0], first_move, monday,
                               office(monday, 11), keeper, "重复录入，冲销")  # fmt: skip
                reversed_in = True
        if refill:
            ledger.document(DocKind.TRANSFER, monday, office(monday, 10), keeper,
                            note="门店补货", audited=audit_of(monday))  # fmt: skip
            for part, quantity in sorted(refill.items()):
                ledger.move(part, quantity, main, second)
        for tech, take in issues.items():
            home = second if tech == branch_tech else main
            ledger.document(DocKind.ISSUE, monday, office(monday, 8), keeper, technician=tech,
                            audited=audit_of(monday))  # fmt: skip
            for part, quantity in take.items():
                ledger.move(part, quantity, home, ("tech", tech))
            if not reversed_issue and week >= 40 and tech != branch_tech:
                first_move = len(ledger.moves)
                wrong = max(range(len(PARTS)), key=lambda p: ledger.on_hand(p, home))
                if ledger.on_hand(wrong, home) < 1:
                    continue
                ledger.document(DocKind.ISSUE, monday, office(monday, 8), keeper,
                                technician=tech)  # fmt: skip
                ledger.move(wrong, 1, home, ("tech", tech))
                ledger.reverse(ledger.documents[-1][0], first_move, monday,
                               office(monday, 9), keeper, "领错型号，冲销")  # fmt: skip
                reversed_issue = True
        if week % SCRAP_EVERY == SCRAP_EVERY // 2:
            _scrap(ledger, r, monday, office(monday, 15), keeper, main, scrap_types, handlers,
                   audit_of(monday))  # fmt: skip
        if week == stocktake_week:
            _stocktake(ledger, r, monday, office(monday, 17), keeper, main)
        for use in sorted(this_week, key=lambda u: (u.at, u.order_id)):
            ledger.document(
                DocKind.CONSUME, use.day, use.at, use.created_by, technician=use.technician,
                order=use.order_id, audited=(use.audited_by, use.audited_at),
            )  # fmt: skip
            for part, quantity, price in use.lines:
                ledger.move(part, quantity, ("tech", use.technician), ("order", use.order_id),
                            price=price)  # fmt: skip

    created = f"{days[0]} 08:30:00"
    rows = []
    for i, p in enumerate(PARTS):
        safety, low, high = levels[i]
        rows.append(
            (first_part + i, f"BJ{i + 1:05d}", p.name, p.spec, p.unit, p.group, p.cost, p.price,
             ledger.avg[i], safety, low, high, SUPPLIERS[p.category], _barcode(i), "", True,
             created, 1)
        )  # fmt: skip
    counters[("part", "BJ")] = len(PARTS)
    writer.insert(Part, PART_COLUMNS, rows)
    writer.ids_assigned(Part)
    fits = [(first_part + i, m) for i, p in enumerate(PARTS) for m in models[p.category]]
    writer.insert(PartFit, ("part_id", "product_model_id"), fits)
    # The unique indexes stay while loading: the audit lock's guards look rows up by them.
    with writer.deferred_indexes(PartDocument, PartMove, PartStock, keep_unique=True):
        for at in range(0, len(ledger.documents), CHUNK):
            writer.insert(PartDocument, DOCUMENT_COLUMNS, ledger.documents[at : at + CHUNK])
        for at in range(0, len(ledger.moves), CHUNK):
            writer.insert(PartMove, MOVE_COLUMNS, ledger.moves[at : at + CHUNK])
        stock = [
            (ledger.part_ids[part], kind, place, quantity)
            for (part, kind, place), quantity in sorted(ledger.stock.items())
        ]
        writer.insert(PartStock, STOCK_COLUMNS, stock)
    writer.ids_assigned(PartDocument)
    PartDocument.update(audited=True).where(PartDocument.state == "audited").execute()
    _save_counters(writer, before, counters)
    ctx.progress("parts", len(ledger.moves), len(ledger.moves))


def _consumption(
    ctx: DemoContext,
    start: dt.date,
    technicians: list[int],
    by_category: dict[str, list[int]],
) -> list[_Use]:
    """The completed orders since ``start`` whose work names parts, as consumptions."""
    q, db = ctx.writer.quote, ctx.db
    if not technicians:
        return []
    first_day = start.isoformat()
    fault_parts = {(c, f.fix): f.parts for c, faults in FAULTS.items() for f in faults}
    work_parts = {(c, w.done): w.parts for c, works in MAINTENANCE.items() for w in works}
    work_parts[(_AIRCON, MOVE_AIRCON.done)] = MOVE_AIRCON.parts
    first_tech: dict[int, int] = {}
    for order_id, user_id in db.execute_sql(
        f"SELECT order_id, user_id FROM {q('service_order_technician')} ORDER BY id"
    ):
        first_tech.setdefault(order_id, user_id)
    categories = dict(ProductModel.select(ProductModel.id, ProductModel.category).tuples())
    loose = [(f"{c}（非本店购买）", c) for c in FAULTS]
    matched: dict[tuple[str, str], list[int]] = {}
    uses = []
    cursor = db.execute_sql(
        "SELECT o.id, o.service_type, o.warranty, o.fee_parts, o.solution, o.work_done,"
        " o.fault, o.completed_at, o.completed_by_id, o.audited_by_id, o.audited_at,"
        f" s.product_model_id FROM {q('service_order')} o"
        f" LEFT JOIN {q('sale')} s ON s.id = o.sale_id"
        f" WHERE o.state IN ({db.param}, {db.param}) ORDER BY o.id",
        ("completed", "audited"),
    )
    for (order_id, service_type, warranty, fee, solution, done, fault, completed, by,
         audited_by, audited_at, model) in cursor:  # fmt: skip
        completed = str(completed)[:19]
        if completed < first_day or order_id not in first_tech:
            continue
        category = categories.get(model, "") if model is not None else ""
        if not category:
            if done == MOVE_AIRCON.done:
                category = _AIRCON
            else:
                category = next((c for label, c in loose if label in fault), "")
        if service_type in ("上门维修", "送修"):
            text, charged = solution, fault_parts.get((category, solution), 0)
        else:
            text, charged = done, work_parts.get((category, done), 0)
        fee = int(fee or 0)
        if not charged or (warranty == "in" and fee) or (warranty != "in" and not fee):
            continue
        key = (category, text)
        parts = matched.get(key)
        if parts is None:
            parts = matched[key] = _matching(text, by_category.get(category, []))
        if not parts:
            continue
        lines = _priced(parts, None if warranty == "in" else fee)
        day = (dt.date.fromisoformat(completed[:10]) - start).days
        audited = str(audited_at)[:19] if audited_at is not None else None
        uses.append(
            _Use(day, completed, order_id, first_tech[order_id], lines, by, audited_by, audited)
        )
    return uses


def _matching(text: str, candidates: list[int]) -> list[int]:
    """The parts whose key is in ``text``; a key inside another found key gives way."""
    found = [(key, i) for i in candidates for key in PARTS[i].keys if key in text]
    kept = []
    for key, i in found:
        if not any(key != other and key in other for other, _ in found) and i not in kept:
            kept.append(i)
    return kept


def _priced(parts: list[int], fee: int | None) -> list[tuple[int, int, int]]:
    """(part, quantity, unit price): at sale prices, or shared out to make ``fee`` exactly
    (a one-unit line last takes the remainder)."""
    lines = sorted(((i, PARTS[i].used) for i in parts), key=lambda x: -x[1])
    if fee is None:
        return [(i, n, PARTS[i].price) for i, n in lines]
    if lines[-1][1] != 1:
        lines[-1] = (lines[-1][0], 1)
    weight = sum(PARTS[i].price * n for i, n in lines) or 1
    priced, left = [], fee
    for i, n in lines[:-1]:
        unit = fee * PARTS[i].price // weight
        priced.append((i, n, unit))
        left -= unit * n
    priced.append((lines[-1][0], 1, left))
    return priced


def _levels(part: DemoPart, per_week: float) -> tuple[int, int, int]:
    """Safety stock, reorder minimum and maximum: a few weeks' use, at least a few pieces."""
    least = 6 if part.cost < CHEAP else 3 if part.cost < 30_000 else 1
    low = max(least, math.ceil(3 * per_week))
    return max(1, low // 2), low, max(low + least, math.ceil(8 * per_week))


def _scrap(ledger, r: Rand, day, at, by, store, types, handlers, audited) -> None:
    held = [p for p in range(len(PARTS)) if ledger.on_hand(p, store) > 0]
    if not held:
        return
    part = pick(r, held)
    kind = pick(r, types)
    ledger.document(DocKind.SCRAP, day, at, by, scrap_type=kind, scrap_handler=pick(r, handlers),
                    note=f"{PARTS[part].name}{kind}", audited=audited)  # fmt: skip
    ledger.move(part, min(ledger.on_hand(part, store), 1 + int(r() * 2)), store, SCRAP)


def _stocktake(ledger, r: Rand, day, at, by, store) -> None:
    """The main store counted: one part short, one over, the rest as booked."""
    held = [p for p in range(len(PARTS)) if ledger.on_hand(p, store) > 1]
    if len(held) < 2:
        return
    short, over = held[int(r() * len(held))], held[-1 - int(r() * (len(held) - 1))]
    if short == over:
        over = held[0] if short != held[0] else held[1]
    ledger.document(DocKind.ADJUST, day, at, by, note="月末盘点")
    book = ledger.on_hand(short, store)
    ledger.move(short, 1, store, COUNT, counted=book - 1)
    book = ledger.on_hand(over, store)
    ledger.move(over, 1, COUNT, store, counted=book + 1)


def _monday(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=-day.weekday() % 7)


def _barcode(index: int) -> str:
    """An EAN-13 number of the shop's own range."""
    digits = f"692345{index + 1:06d}"
    total = sum(int(d) * (3 if n % 2 else 1) for n, d in enumerate(digits))
    return digits + str(-total % 10)


def _enumeration(kind: str, defaults: tuple[str, ...]) -> list[str]:
    """The enumeration's items; the defaults added when the shop has none."""
    query = EnumItem.select(EnumItem.name).where(EnumItem.kind == kind)
    names = [n for (n,) in query.order_by(EnumItem.sort, EnumItem.id).tuples()]
    if not names:
        for sort, name in enumerate(defaults):
            EnumItem.create(kind=kind, name=name, sort=sort)
        names = list(defaults)
    return names


def _counters() -> dict[tuple[str, str], int]:
    query = NumberingCounter.select(
        NumberingCounter.kind, NumberingCounter.period, NumberingCounter.last_value
    ).where(NumberingCounter.kind.startswith("part"))
    return {(k, p): v for k, p, v in query.tuples()}


def _save_counters(writer, before: dict, after: dict) -> None:
    """Leave Numbering.next_code past every demo code."""
    new = [(k, p, v) for (k, p), v in after.items() if (k, p) not in before]
    writer.insert(NumberingCounter, ("kind", "period", "last_value"), new)
    for (kind, period), value in after.items():
        if (kind, period) in before and before[(kind, period)] != value:
            NumberingCounter.update(last_value=value).where(
                (NumberingCounter.kind == kind) & (NumberingCounter.period == period)
            ).execute()
