"""Properties of the parts ledger under random sequences of documents (issue 16, "How we will
know"): after every document the stock on hand at each place is the sum of the ledger's lines;
it never goes below zero while the setting forbids it (a refused document changes nothing at
all) and may with the setting on; the moving-average cost stays within the stock-in costs and
is their weighted average while only stock-ins happened; a reversal undoes its document's
stock exactly at every place. And the audit lock holds on the documents and their lines on
every engine."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from decimal import ROUND_HALF_UP, Decimal

import peewee as pw
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import database_examples, login_admin
from tests.support.part_helpers import main_store, part, stock_in
from tests.support.sale_helpers import customer
from tests.support.service_order_helpers import take, technician
from yuntian.db.models import (
    AuditEntry,
    NumberingCounter,
    Part,
    PartDocument,
    PartMove,
    PartStock,
    PartStore,
    User,
)
from yuntian.services import Services
from yuntian.services.common.errors import ValidationError
from yuntian.services.parts.part_ledger import NEGATIVE_STOCK_KEY
from yuntian.services.parts.part_types import (
    COST_SCALE,
    CountInput,
    DocKind,
    DocumentInput,
    DocumentView,
    LineInput,
    Place,
    PlaceKind,
)
from yuntian.services.settings.settings import put_setting

PARTS = 3
OUTSIDE = (PlaceKind.COUNT, PlaceKind.ORDER, PlaceKind.SCRAP)
_CODES = itertools.count()  # one database serves all examples: new parts for each

# An operation: (kind, part, quantity, a, b, cost in 1/10000 yuan); a and b pick places (of
# the four that hold stock: two stores, two technicians) or, for a reversal, a document.
OPERATION = st.tuples(
    st.sampled_from(
        ("in", "in", "issue", "return", "transfer", "scrap", "consume", "count", "reverse")
    ),
    st.integers(0, PARTS - 1),
    st.integers(1, 12),
    st.integers(0, 50),
    st.integers(0, 50),
    st.integers(0, 2_000_000),
)


def _world(services: Services) -> dict:
    """Who and where, made once per database: two stores, two technicians, an order."""
    admin = login_admin(services)
    if User.get_or_none(User.username == "prop_a") is None:
        technician(services, admin, "prop_a", "甲师傅")
        technician(services, admin, "prop_b", "乙师傅")
        PartStore.create(name="分仓库")
    techs = [
        Place.tech(u.id)
        for u in User.select().where(User.username.startswith("prop_")).order_by(User.id)
    ]
    second = Place.store(PartStore.get(PartStore.name == "分仓库").id)
    order = take(services, admin, customer(services, admin)).id
    return {"admin": admin, "stores": [main_store(), second], "techs": techs, "order": order}


def _ledger_sums(parts: list[int]) -> dict[tuple[int, str, int], int]:
    sums: Counter = Counter()
    for m in PartMove.select().where(PartMove.part.in_(parts)):
        if m.from_kind in ("store", "tech"):
            sums[(m.part_id, m.from_kind, m.from_id)] -= m.quantity
        if m.to_kind in ("store", "tech"):
            sums[(m.part_id, m.to_kind, m.to_id)] += m.quantity
    return sums


def _stock(parts: list[int]) -> dict[tuple[int, str, int], int]:
    query = PartStock.select().where(PartStock.part.in_(parts))
    return {(s.part_id, s.place_kind, s.place_id): s.quantity for s in query if s.quantity}


def _everything(parts: list[int]) -> tuple:
    """What a refused document must leave as it was."""
    return (
        _stock(parts),
        PartDocument.select().count(),
        PartMove.select().count(),
        AuditEntry.select().count(),
        sorted(
            NumberingCounter.select(
                NumberingCounter.kind, NumberingCounter.period, NumberingCounter.last_value
            ).tuples()
        ),
        [p.avg_cost for p in Part.select().where(Part.id.in_(parts)).order_by(Part.id)],
    )


def _rounded_average(bought: list[tuple[int, int]]) -> int:
    """The average as the ledger documents it: after each stock-in of q at c with Q on hand
    at a, (Q·a + q·c) / (Q + q), in whole 1/10000 yuan rounded half up."""
    on_hand = avg = 0
    for quantity, cost in bought:
        total = on_hand * avg + quantity * cost
        avg = int((Decimal(total) / (on_hand + quantity)).quantize(1, ROUND_HALF_UP))
        on_hand += quantity
    return avg


def _effect(view: DocumentView) -> Counter:
    """What a document did to the places holding stock."""
    change: Counter = Counter()
    for line in view.lines:
        for place, sign in ((line.source, -1), (line.target, 1)):
            if place.kind.holds_stock:
                change[(line.part_id, place.kind.value, place.id)] += sign * line.quantity
    return change


def _post(services: Services, world: dict, op: tuple, parts: list[int], docs: list) -> object:
    kind, p, quantity, a, b, cost = op
    admin, stores, techs = world["admin"], world["stores"], world["techs"]
    places = [*stores, *techs]
    docs_ = services.part_documents
    part_id = parts[p]
    if kind == "in":
        line = LineInput(part_id, quantity, Decimal(cost).scaleb(-4))
        return docs_.create(admin, DocumentInput(DocKind.STOCK_IN, None, stores[a % 2], (line,),
                                                 supplier="供应商"))  # fmt: skip
    if kind == "reverse":
        if not docs:
            return None
        return docs_.reverse(admin, docs[a % len(docs)].id, "冲销")
    if kind == "count":
        return docs_.stocktake(admin, CountInput(places[a % 4], ((part_id, quantity - 1),)))
    if kind == "consume":
        return docs_.consume(admin, world["order"], places[a % 4], [LineInput(part_id, quantity)])
    source, target = {
        "issue": (stores[a % 2], techs[b % 2]),
        "return": (techs[a % 2], stores[b % 2]),
        "transfer": (places[a % 4], places[b % 4]),  # the same place twice is refused
        "scrap": (places[a % 4], None),
    }[kind]
    document = DocKind.SCRAP if kind == "scrap" else DocKind(kind)
    return docs_.create(
        admin,
        DocumentInput(document, source, target, (LineInput(part_id, quantity),),
                      scrap_type="损坏" if kind == "scrap" else ""),
    )  # fmt: skip


def run_sequence(services: Services, negative: bool, operations: list[tuple]) -> None:
    world = _world(services)
    put_setting(NEGATIVE_STOCK_KEY, "1" if negative else "0")
    n = next(_CODES)
    parts = [part(f"P{n}-{i}", f"性质测试件{i}", cost="0") for i in range(PARTS)]
    docs: list[DocumentView] = []
    reversed_ids: set[int] = set()
    costs: dict[int, list[int]] = defaultdict(list)  # stock-in costs seen, per part
    bought: dict[int, list[tuple[int, int]]] = defaultdict(list)  # (quantity, cost)
    only_in = {p: True for p in parts}  # nothing but stock-ins touched the part
    # costs units came in at: stock-ins, and the average of the moment for parts found in a
    # stocktake or brought back by a reversal (before any stock-in: 0)
    pulled = set()  # parts a reversed stock-in took back: the average may leave the range
    for op in operations:
        before = _everything(parts)
        try:
            view = _post(services, world, op, parts, docs)
        except ValidationError:
            assert _everything(parts) == before, f"a refused {op[0]} changed something"
            continue
        if view is None:
            assert _everything(parts) == before
            continue
        part_id = parts[op[1]]
        if view.kind is DocKind.REVERSE:
            original = next(d for d in docs if d.id == view.reverses_id)
            assert original.id not in reversed_ids
            reversed_ids.add(original.id)
            undone = _effect(original)
            assert _effect(view) == Counter({k: -v for k, v in undone.items()})
            after = _stock(parts)
            for key in set(undone) | set(before[0]):
                assert after.get(key, 0) == before[0].get(key, 0) - undone.get(key, 0), key
            for line in original.lines:
                only_in[line.part_id] = False
                if original.kind is DocKind.STOCK_IN:
                    pulled.add(line.part_id)
        else:
            docs.append(view)
            if view.kind is DocKind.STOCK_IN:
                costs[part_id].append(op[5])
                bought[part_id].append((op[2], op[5]))
            else:
                only_in[part_id] = False
        for line in view.lines:  # parts found (a count, a reversal) come in at the average
            if line.source.kind in OUTSIDE and line.target.kind.holds_stock:
                costs[line.part_id].append(int(line.unit_cost * COST_SCALE))
        # stock on hand is the ledger's sum at every place
        stock = _stock(parts)
        assert stock == {k: v for k, v in _ledger_sums(parts).items() if v}
        if not negative:
            assert all(q >= 0 for q in stock.values()), stock
        for p in parts:
            avg = Part.get_by_id(p).avg_cost
            if costs[p] and p not in pulled:
                assert min(costs[p]) <= avg <= max(costs[p]), (p, avg, costs[p])
            if only_in[p] and bought[p]:
                units = sum(q for q, _ in bought[p])
                exact = Decimal(sum(q * c for q, c in bought[p])) / units
                assert abs(avg - exact) <= Decimal(len(bought[p])) / 2, (avg, exact)
                assert avg == _rounded_average(bought[p])


@database_examples()
@given(negative=st.booleans(), operations=st.lists(OPERATION, min_size=1, max_size=12))
def test_random_documents_keep_stock_the_ledgers_sum(sqlite_services, negative, operations):
    run_sequence(sqlite_services, negative, operations)


@pytest.mark.server
@pytest.mark.parametrize("engine", ["postgresql", "mysql"])
@settings(max_examples=6)
@given(negative=st.booleans(), operations=st.lists(OPERATION, min_size=1, max_size=8))
def test_random_documents_on_the_servers(services_on, engine, negative, operations):
    run_sequence(_cached(services_on, engine), negative, operations)


def _cached(services_on, engine: str) -> Services:
    """One database per test (not one per example: a server database costs a second to
    make), kept on the test's own fixture."""
    built = getattr(services_on, "built_for_properties", None)
    if built is None:
        built = services_on.built_for_properties = services_on(engine)
    return built


def test_the_audit_lock_holds_documents_and_lines_on_every_engine(services):
    admin = login_admin(services)
    cap = part("BJ900", "电容")
    doc = stock_in(services, admin, (cap, 4, "8.00"), (cap, 2, "9.00"))
    services.part_documents.audit(admin, [doc.id])
    refused = (
        lambda: PartDocument.update(note="改").where(PartDocument.id == doc.id).execute(),
        lambda: PartDocument.update(supplier="别家").where(PartDocument.id == doc.id).execute(),
        lambda: PartDocument.delete().where(PartDocument.id == doc.id).execute(),
        lambda: PartMove.update(quantity=40).where(PartMove.document == doc.id).execute(),
        lambda: PartMove.update(unit_cost=1).where(PartMove.document == doc.id).execute(),
        lambda: PartMove.delete().where(PartMove.document == doc.id).execute(),
        lambda: PartMove.insert(document=doc.id, line=3, part=cap, quantity=1, from_kind="supplier",
                                to_kind="store", to_id=1, moved_on=doc.doc_date).execute(),
    )  # fmt: skip
    for attempt in refused:
        with pytest.raises(pw.IntegrityError), services.db.atomic():
            attempt()
    lines = [(m.line, m.quantity, m.unit_cost) for m in PartMove.select().order_by(PartMove.line)
             .where(PartMove.document == doc.id)]  # fmt: skip
    assert lines == [(1, 4, 80_000), (2, 2, 90_000)]
    assert PartDocument.get_by_id(doc.id).note == ""

    # un-audit is let through; then the document and its lines can change again
    (back,) = services.part_documents.unaudit(admin, [doc.id])
    assert not PartDocument.get_by_id(doc.id).audited and back.version > doc.version
    with services.db.atomic():
        PartDocument.update(note="改").where(PartDocument.id == doc.id).execute()
        PartMove.update(quantity=5).where(PartMove.document == doc.id, PartMove.line == 1).execute()
    assert PartDocument.get_by_id(doc.id).note == "改"
