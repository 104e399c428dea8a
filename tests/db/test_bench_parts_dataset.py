"""The parts benchmark's data set: written straight into the tables, it must be what posting
would have left — stock on hand equal to the ledger's sums and never below zero, consumption
on real service orders, reversals of consumption — so that the services read it as their own
and continue after it."""

from __future__ import annotations

import datetime as dt

from yuntian.benchmarks.parts_dataset import build_ledger
from yuntian.db.models import PartDocument, PartMove, PartStock, ServiceOrder, User
from yuntian.services import build_services
from yuntian.services.admin.auth import load_actor
from yuntian.services.parts.part_types import SUPPLIER, DocKind, DocumentInput, LineInput, Place
from yuntian.services.statistics.part_stats import PartGrouping


def test_the_bulk_ledger_is_what_posting_would_leave(demo):
    profile, db = demo(80)
    demo_lines = PartMove.select().count()  # the demo's own parts ledger, added to
    demo_docs = PartDocument.select().count()
    db.close()  # the builder writes with its own connection
    counts = build_ledger(profile.sqlite_path, parts=60, lines=3_000)
    db.connect(reuse_if_open=True)
    assert counts["lines"] == PartMove.select().count() - demo_lines == 3_000
    assert counts["parts"] == 60 and counts["reverse"] > 0 and counts["consume"] > 0

    book: dict[tuple[int, str, int], int] = {}
    for m in PartMove.select():
        for kind, place, sign in ((m.from_kind, m.from_id, -1), (m.to_kind, m.to_id, 1)):
            if kind in ("store", "tech"):
                key = (m.part_id, kind, place)
                book[key] = book.get(key, 0) + sign * m.quantity
    stock = {(s.part_id, s.place_kind, s.place_id): s.quantity for s in PartStock.select()}
    assert stock == book and min(stock.values()) >= 0

    orders = {o.id for o in ServiceOrder.select(ServiceOrder.id)}
    built = PartDocument.id > demo_docs  # the builder's documents (ids after the demo's)
    for doc in PartDocument.select().where(built, PartDocument.kind == DocKind.CONSUME.value):
        lines = list(PartMove.select().where(PartMove.document == doc.id))
        assert doc.service_order_id in orders
        assert {(m.to_kind, m.to_id) for m in lines} == {("order", doc.service_order_id)}
    for doc in PartDocument.select().where(built, PartDocument.kind == DocKind.REVERSE.value):
        assert PartDocument.get_by_id(doc.reverses_id).kind == DocKind.CONSUME.value

    services = build_services(db, profile)
    actor = load_actor(User.select().order_by(User.id).first())
    year = PartMove.select(PartMove.moved_on).order_by(PartMove.moved_on.desc()).first()
    last = (
        year.moved_on
        if isinstance(year.moved_on, dt.date)
        else dt.date.fromisoformat(str(year.moved_on))
    )
    first = last - dt.timedelta(days=730)
    stats = services.part_stats.summarize(actor, first, last, PartGrouping.PART)
    consumed = sum(
        m.quantity * (1 if m.to_kind == "order" else -1)
        for m in PartMove.select().where(
            ((PartMove.to_kind == "order") | (PartMove.from_kind == "order"))
            & PartMove.moved_on.between(first, last)
        )
    )
    assert stats.total.consumed_quantity == consumed > 0
    # The services continue after the bulk ledger.
    store = Place.store(PartStock.select().where(PartStock.place_kind == "store").first().place_id)
    part = PartStock.select().first().part_id
    posted = services.part_documents.create(
        actor, DocumentInput(DocKind.STOCK_IN, SUPPLIER, store, (LineInput(part, 2),))
    )
    assert posted.total_quantity == 2 and not posted.code.startswith("BX")
