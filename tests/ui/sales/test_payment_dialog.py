"""The payment dialog (回款): payments start at what is owed, refunds need a reason."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from tests.helpers import actor_without, login_admin
from tests.support.customer_ui import answer_modal
from tests.support.sale_helpers import DAY, D, customer, product, sale
from yuntian.ui.sales import sale_actions
from yuntian.ui.sales.payment_dialog import AMOUNT, KIND, NOTE, PaymentDialog


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def owing(sqlite_services, admin):
    """A sale of 1,000.00 with 300.00 paid and 50.00 of it refunded: 750.00 outstanding."""
    services = sqlite_services
    target = sale(services, admin, customer(services, admin), product(services, admin))
    services.payments.record(admin, target.id, DAY, D("300"), "微信", "定金")
    services.payments.record(admin, target.id, DAY, D("-50"), "现金", reason="少装配件")
    return services.sales.get(admin, target.id)


@pytest.fixture
def open_dialog(qtbot, sqlite_services, admin):
    def make(target, *, refund=False, actor=None) -> PaymentDialog:
        dialog = PaymentDialog(sqlite_services, actor or admin, target, refund=refund)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def error_at(dialog: PaymentDialog, field: str) -> str:
    label = dialog.findChild(QLabel, f"error_{field}")
    return label.text() if label.isVisible() else ""


def test_a_payment_starts_at_the_outstanding_amount_and_shows_the_history(owing, open_dialog):
    dialog = open_dialog(owing)
    assert dialog.amount.text() == "750.00"
    assert dialog.method.currentText() == "现金"
    assert dialog.findChild(QLabel, "paymentOutstanding").text() == "750.00"
    history = dialog.history
    rows = [[history.item(r, c).text() for c in (KIND, AMOUNT, NOTE)] for r in range(2)]
    assert rows == [["Payment", "300.00", "定金"], ["Refund", "-50.00", "少装配件"]]


def test_recording_a_payment_stores_it_and_accepts(sqlite_services, admin, owing, open_dialog):
    dialog = open_dialog(owing)
    dialog.amount.setText("700")
    dialog.method.setCurrentText("银行转账")
    dialog.note.setText("尾款")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.recorded.amount, dialog.recorded.method, dialog.recorded.note) == (
        D("700.00"),
        "银行转账",
        "尾款",
    )
    assert sqlite_services.sales.get(admin, owing.id).outstanding == D("50.00")


def test_overpayment_is_refused_at_the_amount_and_nothing_is_stored(
    sqlite_services, admin, owing, open_dialog
):
    dialog = open_dialog(owing)
    dialog.amount.setText("750.01")
    dialog.save()
    assert "at most 750.00 can be received" in error_at(dialog, "amount")
    assert dialog.isVisible() and dialog.recorded is None
    assert len(sqlite_services.payments.for_sale(admin, owing.id)) == 2


def test_a_refund_needs_a_reason_and_is_stored_negative(sqlite_services, admin, owing, open_dialog):
    dialog = open_dialog(owing, refund=True)
    assert dialog.amount.text() == ""
    dialog.amount.setText("100")
    dialog.save()
    assert error_at(dialog, "reason") == "Please give the reason for the refund."
    assert len(sqlite_services.payments.for_sale(admin, owing.id)) == 2

    dialog.amount.setText("300")  # more than the 250.00 kept
    dialog.reason.setText("退货")
    dialog.save()
    assert "at most 250.00 can be refunded" in error_at(dialog, "amount")

    dialog.amount.setText("100")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.recorded.amount, dialog.recorded.reason) == (D("-100.00"), "退货")
    assert sqlite_services.sales.get(admin, owing.id).outstanding == D("850.00")


def test_without_sales_process_the_dialog_only_shows(owing, open_dialog, sqlite_services, admin):
    dialog = open_dialog(owing, actor=actor_without(admin, "sales.process"))
    dialog.save()
    assert dialog.recorded is None and dialog.isVisible()
    assert len(sqlite_services.payments.for_sale(admin, owing.id)) == 2


def test_record_payment_returns_the_payment_taken(sqlite_services, admin, owing):
    def pay(dialog) -> None:
        dialog.amount.setText("200")
        dialog.save()

    answer_modal(pay)
    paid = sale_actions.record_payment(None, sqlite_services, admin, owing)
    assert paid is not None and paid.amount == D("200.00")
    assert sqlite_services.sales.get(admin, owing.id).received == D("450.00")
