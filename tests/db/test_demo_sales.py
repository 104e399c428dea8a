"""The demo's purchase records and payments: what the sales services would have stored, paid
as a shop is paid (in full, by deposit and balance, in instalments; some still owing, the more
the more recent), with refunds and voids that carry their reasons."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict

from yuntian.benchmarks import sales as sales_benchmark
from yuntian.db.models import Customer, EnumItem, Payment, ProductModel, Sale, SalesUnit
from yuntian.demo.context import BASE_TIME
from yuntian.demo.sale_catalogue import CUSTOM_FIELD_LABELS
from yuntian.demo.staff import DEMO_PASSWORD
from yuntian.services import build_services
from yuntian.services.sales.sale_types import SaleFilter, SaleInput
from yuntian.services.sales.sales import add_months
from yuntian.services.statistics.sale_stats import SaleGrouping

TODAY = BASE_TIME.date()


def _day(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _moment(value: object) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def test_demo_sales_are_paid_consistently(demo):
    demo(600)
    sales = list(Sale.select().order_by(Sale.id))
    assert len(sales) == 600
    payments = defaultdict(list)
    for p in Payment.select().order_by(Payment.paid_on, Payment.id):
        payments[p.sale_id].append(p)
    methods = {e.name for e in EnumItem.select().where(EnumItem.kind == "payment_method")}
    models = {m.id: m for m in ProductModel.select()}
    arrived = {c.id: _moment(c.created_at) for c in Customer.select()}
    owing_by_age = defaultdict(lambda: [0, 0])  # years ago -> [owing, sales]
    settled = refunded = 0
    for sale in sales:
        sold = _day(sale.sale_date)
        assert TODAY - dt.timedelta(days=3653) <= sold < TODAY
        paid = 0
        for p in payments[sale.id]:
            assert sold <= _day(p.paid_on) < TODAY
            assert p.method in methods and p.amount != 0
            assert bool(p.reason) == (p.amount < 0), "refunds, and only refunds, give a reason"
            paid += p.amount
            # never more received than receivable, never more refunded than received
            assert 0 <= paid <= max(sale.receivable, sale.unit_price * sale.quantity)
        assert paid <= sale.receivable
        refunded += any(p.amount < 0 for p in payments[sale.id])
        if sale.voided:
            assert sale.void_reason and sale.voided_by_id and sale.voided_at
            assert _moment(sale.voided_at) >= _moment(sale.created_at)
            continue
        assert not (sale.void_reason or sale.voided_by_id or sale.voided_at)
        owing = sale.receivable - paid
        assert owing >= 0
        settled += owing == 0
        age = owing_by_age[(TODAY - sold).days // 365]
        age[0] += owing > 0
        age[1] += 1
        # the dates and the amount SaleService derives
        model = models[sale.product_model_id]
        start = _day(sale.install_date) if sale.install_date else sold
        assert start >= sold
        assert _day(sale.warranty_end) == add_months(start, model.warranty_months)
        # on the schedule; the service-orders step moved it on past served and put-off dues
        since_start = (_day(sale.next_maintenance) - start).days
        every = model.maintenance_interval_days
        assert since_start >= every and since_start % every == 0
        assert _day(sale.next_callback) == start + dt.timedelta(model.callback_interval_days)
        if not any(p.amount < 0 for p in payments[sale.id]):
            assert sale.receivable <= sale.unit_price * sale.quantity
        # entered after its customer's record was made (back-filled ones too), numbered by
        # its own date: never an XS2025... code on a 2017 sale
        created = _moment(sale.created_at)
        assert arrived[sale.customer_id] < created < BASE_TIME
        assert re.fullmatch(rf"XS{sold:%Y%m%d}\d{{4}}", sale.code), sale.code

    assert sum(s.voided for s in sales) >= 1 and refunded >= 3
    owing = sum(a[0] for a in owing_by_age.values())
    assert 0.08 < owing / len(sales) < 0.2 and settled > len(sales) / 2
    recent, old = (
        owing_by_age[0],
        [sum(a[i] for y, a in owing_by_age.items() if y >= 3) for i in (0, 1)],
    )
    assert recent[0] / recent[1] > 3 * old[0] / old[1] > 0, "owing concentrated in recent years"
    assert 1.2 < sum(map(len, payments.values())) / len(sales) < 1.5
    assert any(len(p) >= 4 for p in payments.values()), "instalments"
    assert len({s.code for s in sales}) == len(sales)
    assert 0.3 < len({s.customer_id for s in sales}) / Customer.select().count() < 0.55
    assert (
        max(sum(1 for s in sales if s.customer_id == c) for c in {s.customer_id for s in sales}) > 2
    )


def test_the_demo_shop_sells_through_units_with_custom_fields(demo):
    profile, db = demo(300)
    services = build_services(db, profile)
    actor = services.auth.login("reception", DEMO_PASSWORD)
    assert services.settings.custom_field_labels() == list(CUSTOM_FIELD_LABELS)
    units = services.catalogue.sales_units(actor)
    assert 3 <= len(units) <= 5
    assert all(u.technical_lead_name and u.sales_rep_name for u in units)
    models = services.catalogue.product_models(actor, include_inactive=True)
    assert len({m.category for m in models}) >= 5 and any(not m.active for m in models)
    for m in models:
        assert 12 <= m.warranty_months <= 36 and 90 <= m.maintenance_interval_days <= 365
        assert 30 <= m.callback_interval_days <= 180 and m.list_price > 0
    sold = Sale.select()
    for i in (1, 2, 3):  # outdoor unit barcode, place, invoice
        assert any(getattr(s, f"custom{i}") for s in sold)
    assert SalesUnit.select().count() == len(units)

    owing = services.sales.page(actor, SaleFilter(outstanding=True), limit=1000)
    assert owing and all(s.outstanding > 0 for s in owing)
    paid_up = services.sales.page(actor, SaleFilter(outstanding=False), limit=1000)
    assert paid_up and all(s.outstanding == 0 for s in paid_up)
    totals = services.sales.totals(actor, SaleFilter(outstanding=True))
    assert totals.count == len(owing) and totals.outstanding == sum(s.outstanding for s in owing)
    customer = owing[0].customer_id
    assert services.sales.outstanding_for_customer(actor, customer) >= owing[0].outstanding


def test_new_sales_are_numbered_after_the_demo_codes_and_the_same_seed_repeats(demo):
    def digest() -> str:
        h = hashlib.sha256()
        for model in (Sale, Payment):
            for row in model.select().order_by(model.id).tuples():
                h.update(repr(row).encode())
        return h.hexdigest()

    demo(120, name="a", seed=3)
    first = digest()
    profile, db = demo(120, name="b", seed=3)
    assert digest() == first
    latest = Sale.select().order_by(Sale.code.desc()).first()  # the latest day's last sale
    day = _day(latest.sale_date)
    entered = dt.datetime.combine(day, dt.time(23, 0))
    services = build_services(db, profile, lambda: entered)
    actor = services.auth.login("reception", DEMO_PASSWORD)
    new = services.sales.create(
        actor,
        SaleInput(
            customer_id=latest.customer_id,
            sale_date=entered.date(),
            product_model_id=latest.product_model_id,
            unit_price=latest.unit_price,
        ),
    )
    same_day = [s.code for s in Sale.select().where(Sale.code.startswith(f"XS{entered:%Y%m%d}"))]
    assert new.code == max(same_day) and len(set(same_day)) == len(same_day) >= 2


def test_the_sales_benchmark_runs_on_a_small_demo(demo):
    profile, _ = demo(200)
    figures = {f.name: f for f in sales_benchmark.measure(profile, lambda message: None)}
    assert {"sales.owing_page.p50", "sales.owing_page_cold", "sales.owing_totals"} <= set(figures)
    assert {f"sale_stats.year_{g.value}" for g in SaleGrouping} <= set(figures)
    assert all(f.value > 0 and f.baseline and f.baseline > 0 for f in figures.values())
