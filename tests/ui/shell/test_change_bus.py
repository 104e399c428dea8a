"""Open pages follow what is done elsewhere, without F5: the change bus end to end."""

from __future__ import annotations

import pytest

from tests.helpers import login_admin
from tests.support.customer_helpers import new_customer
from tests.support.customer_ui import answer_modal
from tests.support.sale_helpers import D, product, sale
from yuntian.services import Services
from yuntian.ui.calls.caller_popup import PopupCall
from yuntian.ui.calls.caller_popups import CallerPopups
from yuntian.ui.customers.customers_page import CustomersPage
from yuntian.ui.sales.payment_dialog import PaymentDialog
from yuntian.ui.sales.sales_page import SalesPage
from yuntian.ui.service_orders.service_order_editor import ServiceOrderEditor
from yuntian.ui.service_orders.service_orders_page import ServiceOrdersPage

WAIT = 5_000


@pytest.fixture
def admin(sqlite_services: Services):
    return login_admin(sqlite_services)


@pytest.fixture
def popups(sqlite_services: Services, admin, qtbot):
    stack = CallerPopups(sqlite_services, admin, take_focus=lambda: False, close_seconds=lambda: 1)
    yield stack
    stack.close_all()


def ring(services: Services, actor, popups: CallerPopups, raw: str):
    found = services.customer_lookup.lookup(actor, raw)
    popup = popups.show_call(
        PopupCall(
            line=1,
            line_name="线路 1",
            direction="in",
            raw_number=raw,
            network_name=None,
            privacy=None,
            number=found.number,
            customers=tuple(found.customers),
        )
    )
    popup.finish_loading()
    return popup


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    return widget


def codes(page: ServiceOrdersPage) -> set[str]:
    model = page.model
    return {model.row(r).code for r in range(model.rowCount()) if model.row(r) is not None}


def test_an_order_taken_from_the_pop_up_appears_in_the_open_list_and_card(
    sqlite_services: Services, admin, popups, qtbot, monkeypatch
):
    caller = new_customer(sqlite_services, admin, "李师傅", "13800138000").customer.id
    orders = shown(qtbot, ServiceOrdersPage(sqlite_services, admin))
    customers = shown(qtbot, CustomersPage(sqlite_services, admin))
    customers.show_customer(caller)
    qtbot.waitUntil(lambda: not orders.busy() and customers.card.customer_id() == caller)
    assert codes(orders) == set()
    assert not customers.card.fields["service"].text()

    def fill(editor: ServiceOrderEditor) -> int:  # the editor, without a modal loop
        editor.form.fault.setPlainText("燃气灶打不着火")
        editor.save()
        return editor.result()

    monkeypatch.setattr(ServiceOrderEditor, "exec", fill)
    popup = ring(sqlite_services, admin, popups, "13800138000")
    popup.service_button.click()  # F6

    (order,) = sqlite_services.service_orders.open_for_customer(admin, caller)
    qtbot.waitUntil(lambda: codes(orders) == {order.code}, timeout=WAIT)
    qtbot.waitUntil(lambda: order.code in customers.card.fields["service"].text(), timeout=WAIT)


def test_a_payment_in_the_pop_up_updates_the_sales_totals_and_the_cards_outstanding(
    sqlite_services: Services, admin, popups, qtbot
):
    buyer = new_customer(sqlite_services, admin, "王五", "13800138000").customer.id
    owing = sale(sqlite_services, admin, buyer, product(sqlite_services, admin), "800.00")
    sales = shown(qtbot, SalesPage(sqlite_services, admin))
    customers = shown(qtbot, CustomersPage(sqlite_services, admin))
    customers.show_customer(buyer)
    qtbot.waitUntil(lambda: sales.totals.totals is not None, timeout=WAIT)
    assert sales.totals.value("outstanding") == "800.00"
    assert customers.card.debt.isVisibleTo(customers) and "800" in customers.card.debt.text()

    def pay(dialog: PaymentDialog) -> None:
        dialog.save()

    popup = ring(sqlite_services, admin, popups, "13800138000")
    answer_modal(pay)
    popup.payment_button.click()

    assert sqlite_services.sales.get(admin, owing.id).outstanding == D("0.00")
    qtbot.waitUntil(lambda: sales.totals.value("received") == "800.00", timeout=WAIT)
    assert sales.totals.value("outstanding") == "0.00"
    qtbot.waitUntil(lambda: not customers.card.debt.isVisibleTo(customers), timeout=WAIT)


def test_a_hidden_page_catches_up_when_shown_and_its_own_changes_do_not_reload_it(
    sqlite_services: Services, admin, qtbot
):
    caller = new_customer(sqlite_services, admin, "赵六", "13900139000").customer.id
    orders = shown(qtbot, ServiceOrdersPage(sqlite_services, admin))
    qtbot.waitUntil(lambda: not orders.busy())
    orders.hide()
    reloads: list[int] = []
    orders.model.modelReset.connect(lambda: reloads.append(1))

    from tests.support.service_order_helpers import take

    taken = take(sqlite_services, admin, caller)
    qtbot.wait(50)
    assert reloads == []  # hidden: only marked stale
    orders.show()
    qtbot.waitUntil(lambda: codes(orders) == {taken.code}, timeout=WAIT)
    assert len(reloads) == 1


def test_a_call_logged_while_the_receptionist_works_in_the_call_log_appears_on_top(
    sqlite_services: Services, admin, qtbot
):
    from yuntian.ui.calls.call_log_page import CallLogPage

    log = shown(qtbot, CallLogPage(sqlite_services, admin))
    qtbot.waitUntil(lambda: not log.busy())
    log.activateWindow()
    log.table.setFocus()  # the change is made on the GUI thread while the log has the focus
    assert log.model.rowCount() == 0
    started = sqlite_services.calls.start(admin, 1, "前台 1", "in", "13800138000")
    qtbot.waitUntil(lambda: log.model.rowCount() == 1, timeout=WAIT)
    assert log.model.id_at(0) == started.call_id
