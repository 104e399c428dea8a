"""The demo's spare parts: a ledger the posting service could have written. Stock on hand is
the ledger's sum at every place and never went below zero, the moving-average cost follows
the stock-ins, each consumption is its order's first technician's on the day it was completed
and makes the order's parts fee (0 under warranty); the services read and continue it."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from decimal import Decimal

import pytest

from yuntian.config import load_profile
from yuntian.db.models import (
    EnumItem,
    NumberingCounter,
    Part,
    PartDocument,
    PartFit,
    PartMove,
    PartStock,
    PartStore,
    ServiceOrder,
    ServiceOrderTechnician,
    User,
)
from yuntian.db.profile_database import open_profile_database
from yuntian.demo import DemoOptions, create_demo_profile
from yuntian.demo.context import BASE_TIME
from yuntian.demo.staff import DEMO_PASSWORD
from yuntian.services import build_services
from yuntian.services.parts.part_ledger import _divide
from yuntian.services.parts.part_types import DocKind, LineInput, Place

HOLDS = ("store", "tech")


def _day(value: object) -> dt.date:
    return dt.date.fromisoformat(str(value)[:10])


def _replay() -> tuple[Counter, dict[int, int], list[str]]:
    """Stock per (part, kind, id) and each part's average, posting the lines in order as the
    ledger does; what went wrong on the way."""
    stock: Counter = Counter()
    total: Counter = Counter()
    avg: dict[int, int] = defaultdict(int)
    wrong = []
    moves = PartMove.select().order_by(PartMove.document, PartMove.line)
    for m in moves:
        a = avg[m.part_id]
        supplied, returned = m.from_kind == "supplier", m.to_kind == "supplier"
        if supplied or returned:
            on_hand = total[m.part_id]
            if supplied:
                new = (
                    m.unit_cost
                    if on_hand <= 0
                    else _divide(on_hand * a + m.quantity * m.unit_cost, on_hand + m.quantity)
                )
            elif on_hand - m.quantity > 0:
                new = max(0, _divide(on_hand * a - m.quantity * m.unit_cost, on_hand - m.quantity))
            else:
                new = a
            avg[m.part_id] = new
        elif m.unit_cost != a:
            wrong.append(f"line {m.document_id}/{m.line} at {m.unit_cost}, average {a}")
        for kind, place, delta in ((m.from_kind, m.from_id, -m.quantity),
                                   (m.to_kind, m.to_id, m.quantity)):  # fmt: skip
            if kind in HOLDS:
                stock[(m.part_id, kind, place)] += delta
                total[m.part_id] += delta
                if stock[(m.part_id, kind, place)] < 0:
                    wrong.append(f"{m.part_id} at {kind} {place} below zero")
    return stock, avg, wrong


def test_demo_stock_is_the_ledger_and_consumption_makes_the_parts_fee(demo):
    _profile, db = demo(400)
    for model in (Part, PartFit, PartStore, PartDocument, PartMove, PartStock):
        assert model.select().count() > 0, model.__name__
    assert PartStore.select().count() == 2
    kinds = Counter(k for (k,) in PartDocument.select(PartDocument.kind).tuples())
    assert set(kinds) == {k.value for k in DocKind}, kinds
    assert kinds["consume"] > 50 and kinds["in"] > 10

    # stock on hand is the ledger's sum, never below zero on the way; the moving average
    stock, avg, wrong = _replay()
    assert not wrong, wrong[:5]
    booked = {(s.part_id, s.place_kind, s.place_id): s.quantity for s in PartStock.select()}
    assert {k: v for k, v in booked.items() if v} == {k: v for k, v in stock.items() if v}
    assert min(booked.values()) >= 0 and set(stock) <= set(booked)
    for p in Part.select():
        assert p.avg_cost == avg[p.id], p.code
        assert p.reorder_min <= p.reorder_max and p.safety_stock <= p.reorder_min
        assert p.barcode.isdigit() and len(p.barcode) == 13
    assert PartFit.select().count() >= Part.select().count()

    # every technician got parts; each consumption is the order's, from its first technician
    technicians = {
        t for (t,) in PartDocument.select(PartDocument.technician)
        .where(PartDocument.kind == "issue").tuples()
    }  # fmt: skip
    techs = {u.id for u in User.select().where(User.username.startswith("tech"))}
    assert technicians == techs
    first = {}
    for t in ServiceOrderTechnician.select().order_by(ServiceOrderTechnician.id):
        first.setdefault(t.order_id, t.user_id)
    prices: dict[int, Decimal] = defaultdict(Decimal)
    for m in PartMove.select().where(PartMove.to_kind == "order"):
        prices[m.to_id] += m.quantity * m.unit_price
    charged = free = 0
    for d in PartDocument.select().where(PartDocument.kind == "consume"):
        order = ServiceOrder.get_by_id(d.service_order_id)
        assert order.state in ("completed", "audited")
        assert d.technician_id == first[order.id]
        assert _day(d.doc_date) == _day(order.completed_at)
        assert d.audited == order.audited
        lines = list(PartMove.select().where(PartMove.document == d.id))
        assert {(m.from_kind, m.from_id, m.to_id) for m in lines} == {
            ("tech", d.technician_id, order.id)
        }
        if order.warranty == "in":
            assert order.fee_parts == 0 and prices[order.id] > 0
            free += 1
        else:
            assert order.fee_parts == prices[order.id] > 0, order.code
            charged += 1
    assert charged > 10 and free > 5

    # documents: audited ones locked and marked, scraps with the shop's enumerations
    audited = PartDocument.select().where(PartDocument.audited == True)  # noqa: E712
    assert 0 < audited.count() < PartDocument.select().count()
    assert all(d.state == "audited" and d.audited_by_id for d in audited)
    handlers = {n for (n,) in EnumItem.select(EnumItem.name).tuples()}
    for d in PartDocument.select().where(PartDocument.kind == "scrap"):
        assert d.scrap_type in handlers and d.scrap_handler in handlers
    for d in PartDocument.select().where(PartDocument.kind == "reverse"):
        assert d.reverses_id is not None
    assert all(_day(d) < BASE_TIME.date() for (d,) in PartDocument.select(PartDocument.doc_date)
               .tuples())  # fmt: skip
    codes = [c for (c,) in PartDocument.select(PartDocument.code).tuples()]
    assert len(set(codes)) == len(codes)
    counters = {(c.kind, c.period): c.last_value for c in NumberingCounter.select()}
    for code, kind in PartDocument.select(PartDocument.code, PartDocument.kind).tuples():
        assert counters[(f"part_{kind}", code[:-3])] >= int(code[-3:])

    # the services read the demo and continue after it
    profile = _profile
    services = build_services(db, profile, clock=lambda: BASE_TIME)
    tech = services.auth.login("tech", DEMO_PASSWORD)
    held = (
        PartStock.select()
        .where(PartStock.place_kind == "tech", PartStock.place_id == tech.user_id,
               PartStock.quantity > 0)
        .first()
    )  # fmt: skip
    assert held is not None
    order = (
        ServiceOrder.select()
        .where(ServiceOrder.state == "completed", ServiceOrder.audited == False)  # noqa: E712
        .first()
    )
    used = services.part_documents.consume(
        tech, order.id, Place.tech(tech.user_id), [LineInput(held.part_id, 1)]
    )
    assert used.code.startswith(f"XH{BASE_TIME:%Y%m%d}")
    stock, avg, wrong = _replay()
    assert not wrong
    assert PartStock.get_by_id(held.id).quantity == held.quantity - 1


def _digest() -> str:
    h = hashlib.sha256()
    for model in (Part, PartFit, PartDocument, PartMove, PartStock):
        for row in model.select().order_by(*model._meta.sorted_fields[:1]).tuples():
            h.update(repr(tuple(_plain(v) for v in row)).encode())
    return h.hexdigest()


def _plain(value: object) -> object:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return value


@pytest.mark.slow
@pytest.mark.server
@pytest.mark.parametrize("engine", ["postgresql", "mysql"])
def test_demo_parts_on_a_server_match_sqlite(engine, make_profile, demo):
    demo(150, name="local")
    expected = _digest()
    server = make_profile(engine, name=f"parts-{engine}")
    create_demo_profile(server.root, DemoOptions(customers=150, calls=0, today=BASE_TIME.date()))
    db = open_profile_database(load_profile(server.root, create=False))
    try:
        assert _digest() == expected
    finally:
        db.close()
