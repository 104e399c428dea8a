"""Payments (回款) and refunds: outstanding is always receivable - payments, exactly."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import database_examples, login_admin
from tests.support.customer_helpers import audit_actions
from tests.support.sale_helpers import DAY, D, customer, product, sale
from yuntian.services.common.errors import ValidationError
from yuntian.services.sales.sale_types import SaleFilter

_MODEL_NAMES = itertools.count()


@pytest.fixture
def shop(services):
    admin = login_admin(services)
    return services, admin, customer(services, admin), product(services, admin)


def test_tenths_and_fifths_of_a_yuan_add_up_exactly(shop):
    services, admin, buyer, model = shop
    target = sale(services, admin, buyer, model, "0.30")
    services.payments.record(admin, target.id, DAY, D("0.1"), "现金")
    services.payments.record(admin, target.id, DAY, D("0.2"), "微信")
    settled = services.sales.get(admin, target.id)
    assert (settled.received, settled.outstanding) == (D("0.30"), D("0.00"))
    assert str(settled.outstanding) == "0.00"
    assert services.sales.page(admin, SaleFilter(outstanding=True)) == []
    assert services.sales.totals(admin, SaleFilter(outstanding=False)).received == D("0.30")
    with pytest.raises(ValidationError) as info:
        services.payments.record(admin, target.id, DAY, D("0.01"), "现金")
    assert "0.00" in str(info.value)


def test_overpayment_is_refused_with_the_amount_that_may_be_received(shop):
    services, admin, buyer, model = shop
    target = sale(services, admin, buyer, model, "1999.99", quantity=2)
    services.payments.record(admin, target.id, DAY, D("1000"), "银行转账", "首付")
    with pytest.raises(ValidationError) as info:
        services.payments.record(admin, target.id, DAY, D("3000.00"), "现金")
    assert info.value.field == "amount"
    assert str(info.value) == (
        f"This is more than is outstanding on sale {target.code}: at most 2,999.98 can be received."
    )
    assert services.sales.get(admin, target.id).outstanding == D("2999.98")
    services.payments.record(admin, target.id, DAY, D("2999.98"), "支付宝")
    assert services.sales.get(admin, target.id).outstanding == D("0.00")


def test_refunds_need_a_reason_and_never_exceed_what_was_paid(shop):
    services, admin, buyer, model = shop
    target = sale(services, admin, buyer, model, "500")
    services.payments.record(admin, target.id, DAY, D("300"), "现金")
    with pytest.raises(ValidationError) as info:
        services.payments.record(admin, target.id, DAY, D("-100"), "现金")
    assert info.value.field == "reason"
    with pytest.raises(ValidationError) as info:
        services.payments.record(admin, target.id, DAY, D("-300.01"), "现金", reason="退货")
    assert "300.00" in str(info.value)
    refund = services.payments.record(
        admin, target.id, DAY, D("-120.50"), "现金", reason="少装配件"
    )
    assert (refund.amount, refund.is_refund, refund.reason) == (D("-120.50"), True, "少装配件")
    after = services.sales.get(admin, target.id)
    assert (after.received, after.outstanding) == (D("179.50"), D("320.50"))
    # After voiding, what was paid can still be given back, but nothing more taken.
    services.sales.void(admin, target.id, "退货")
    with pytest.raises(ValidationError):
        services.payments.record(admin, target.id, DAY, D("1"), "现金")
    services.payments.record(admin, target.id, DAY, D("-179.50"), "现金", reason="全额退款")
    listed = services.payments.for_sale(admin, target.id)
    assert [p.amount for p in listed] == [D("300.00"), D("-120.50"), D("-179.50")]
    assert {p.operator_name for p in listed} == {admin.display_name}
    assert services.sales.get(admin, target.id).received == D("0.00")
    actions = [a for a, t, _ in audit_actions(services, admin) if t == target.code]
    assert actions == [
        "sale.create",
        "payment.record",
        "payment.refund",
        "sale.void",
        "payment.refund",
    ]


@pytest.mark.parametrize(
    ("amount", "method", "field"),
    [
        (D("0"), "现金", "amount"),
        (D("0.001"), "现金", "amount"),
        (D("Infinity"), "现金", "amount"),
        ("一百", "现金", "amount"),
        (D("10"), "信用卡", "method"),
    ],
)
def test_bad_payments_are_refused(sqlite_services, amount, method, field):
    services = sqlite_services
    admin = login_admin(services)
    target = sale(services, admin, customer(services, admin), product(services, admin))
    with pytest.raises(ValidationError) as info:
        services.payments.record(admin, target.id, DAY, amount, method)
    assert info.value.field == field
    assert services.payments.for_sale(admin, target.id) == []


@database_examples()
@given(
    receivable=st.integers(0, 10**6),
    attempts=st.lists(st.integers(-(10**6), 10**6).filter(bool), max_size=8),
)
def test_outstanding_is_always_receivable_minus_accepted_payments(
    sqlite_services, receivable, attempts
):
    services = sqlite_services
    admin = login_admin(services)
    buyer = customer(services, admin)
    model = product(services, admin, f"M{next(_MODEL_NAMES)}")  # one database for all examples
    target = sale(services, admin, buyer, model, str(D(receivable).scaleb(-2)))
    accepted = D("0.00")
    for cents in attempts:
        amount = D(cents).scaleb(-2)
        try:
            services.payments.record(admin, target.id, DAY, amount, "现金", reason="测试")
            accepted += amount
        except ValidationError:
            pass
        now = services.sales.get(admin, target.id)
        assert now.received == accepted
        assert now.outstanding == now.receivable - accepted
        assert D("0.00") <= now.outstanding <= now.receivable
