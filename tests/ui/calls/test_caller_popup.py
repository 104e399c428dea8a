"""The caller pop-up and its stack: what the receptionist sees and does while the phone rings."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QRegion

from tests.helpers import actor_without, login_admin
from tests.support.customer_helpers import new_customer
from tests.support.customer_ui import answer_modal
from tests.support.sale_helpers import D, product, sale
from yuntian.services import Services
from yuntian.tools.caller_snapshots import caller_popups
from yuntian.ui.calls.caller_popups import MAX_POPUPS, CallerPopups
from yuntian.ui.calls.popup_call import PopupCall
from yuntian.ui.common.styles import ERROR_COLOUR
from yuntian.ui.sales import sale_actions
from yuntian.ui.sales.payment_dialog import PaymentDialog


def call_for(services: Services, actor, raw: str | None, line: int = 1, **kw) -> PopupCall:
    found = services.customer_lookup.lookup(actor, raw) if raw else None
    return PopupCall(
        line=line,
        line_name=f"线路 {line}",
        direction="in",
        raw_number=raw,
        network_name=kw.get("network_name"),
        privacy=kw.get("privacy"),
        number=found.number if found else None,
        customers=tuple(found.customers) if found else (),
    )


@pytest.fixture
def popups(sqlite_services: Services, qtbot):
    admin = login_admin(sqlite_services)
    stack = CallerPopups(sqlite_services, admin, take_focus=lambda: False, close_seconds=lambda: 1)
    yield stack
    stack.close_all()


def test_a_shared_number_lists_every_owner_and_switches_the_card(
    sqlite_services: Services, popups, qtbot
):
    admin = login_admin(sqlite_services)
    older = new_customer(sqlite_services, admin, "王五", "010-6234 5678").customer
    newer = new_customer(sqlite_services, admin, "赵六", "62345678").customer

    popup = popups.show_call(call_for(sqlite_services, admin, "01062345678"))
    popup.finish_loading()

    assert popup.candidates.isVisibleTo(popup) and popup.candidates.count() == 2
    # the newest owner first: a number changes hands
    assert popup.card.name.text() == "赵六" and popup.current_customer_id() == newer.id
    assert "北京" in popup.where_label.text()
    popup.candidates.setCurrentRow(1)
    assert popup.card.name.text() == "王五"
    popup.activateWindow()  # the user clicks into it (it does not take the focus itself)
    qtbot.waitUntil(popup.isActiveWindow)
    with qtbot.waitSignal(popup.open_requested) as opened:
        qtbot.keyClick(popup, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert opened.args == [older.id]


def test_a_blacklisted_caller_gets_the_red_banner(sqlite_services: Services, popups):
    admin = login_admin(sqlite_services)
    new_customer(
        sqlite_services, admin, "恶意客户", "13800138000", blacklisted=True, blacklist_reason="欠款"
    )
    popup = popups.show_call(call_for(sqlite_services, admin, "13800138000"))
    assert popup.banner.isVisibleTo(popup) and "恶意客户" in popup.banner.text()
    popup.finish_loading()
    assert "欠款" in popup.card.banner.text()


def test_an_unknown_caller_is_filed_by_typing_the_name_and_pressing_enter(
    sqlite_services: Services, popups, qtbot
):
    admin = login_admin(sqlite_services)
    popup = popups.show_call(call_for(sqlite_services, admin, "13912345678"))
    assert popup.body.currentWidget() is popup.unknown
    assert not popup.open_button.isEnabled()

    popup.unknown.name.setText("新客户")
    with qtbot.waitSignal(popup.customer_saved) as saved:
        qtbot.keyClick(popup.unknown.name, Qt.Key.Key_Return)

    customer = sqlite_services.customers.get(admin, saved.args[0])
    assert customer.name == "新客户" and [p.raw for p in customer.phones] == ["13912345678"]
    assert popup.card.name.text() == "新客户" and popup.open_button.isEnabled()


def test_an_empty_name_is_refused_under_the_field(sqlite_services: Services, popups):
    admin = login_admin(sqlite_services)
    popup = popups.show_call(call_for(sqlite_services, admin, "13912345678"))
    popup.unknown.save()
    assert popup.unknown.errors.shown().get("name")
    assert sqlite_services.customer_lookup.lookup(admin, "13912345678").customers == []


def test_a_receptionist_without_customer_edit_cannot_file_callers(sqlite_services: Services, qtbot):
    actor = actor_without(login_admin(sqlite_services), "customer.edit")
    stack = CallerPopups(sqlite_services, actor, take_focus=lambda: False, close_seconds=lambda: 1)
    popup = stack.show_call(call_for(sqlite_services, actor, "13912345678"))
    assert not popup.unknown.save_button.isEnabled()
    assert not popup.unknown.add_button.isEnabled()
    stack.close_all()


@pytest.mark.parametrize(
    ("privacy", "text"),
    [("private", "Number withheld"), ("anonymous", "Anonymous caller"), (None, "No caller ID")],
)
def test_a_call_without_a_number_says_why(sqlite_services: Services, popups, privacy, text):
    admin = login_admin(sqlite_services)
    popup = popups.show_call(call_for(sqlite_services, admin, None, privacy=privacy))
    assert popup.number_label.text() == text
    assert not popup.unknown.add_button.isVisibleTo(popup)


def test_a_popup_closes_itself_after_the_call_unless_pinned(
    sqlite_services: Services, popups, qtbot
):
    admin = login_admin(sqlite_services)
    kept = popups.show_call(call_for(sqlite_services, admin, "13800138000", line=1))
    gone = popups.show_call(call_for(sqlite_services, admin, "13800138001", line=2))
    kept.pin_button.click()
    popups.call_ended(1, 65, True)
    popups.call_ended(2, 0, False)
    assert kept.state_label.text() == "Answered · 1:05" and gone.state_label.text() == "Missed"
    qtbot.waitUntil(lambda: not gone.isVisible(), timeout=3000)
    assert kept.isVisible() and popups.visible_lines() == [1]


def test_eight_ringing_lines_never_cover_each_other_completely(sqlite_services: Services, popups):
    admin = login_admin(sqlite_services)
    shown = [
        popups.show_call(call_for(sqlite_services, admin, f"1380013800{n}", line=n))
        for n in range(1, MAX_POPUPS + 1)
    ]
    frames = [p.frameGeometry() for p in shown]
    for i, frame in enumerate(frames):
        later = frames[i + 1 :]
        uncovered = QRegion(frame)
        for above in later:
            uncovered = uncovered.subtracted(QRegion(above))
        assert not uncovered.isEmpty()  # some of it shows, whatever came after
        assert len({(f.x(), f.y()) for f in frames}) == len(frames)
    assert popups.visible_lines() == list(range(1, MAX_POPUPS + 1))


def test_later_areas_add_their_actions_before_pin_and_close(sqlite_services: Services, popups):
    admin = login_admin(sqlite_services)
    popup = popups.show_call(call_for(sqlite_services, admin, "13800138000"))
    added = popup.add_action("New complaint", "Ctrl+N", lambda: None, name="popupOrder")
    bar = [popup.actions_bar.itemAt(i).widget() for i in range(popup.actions_bar.count())]
    names = [w.objectName() for w in bar if w is not None]
    assert names == [
        "popupOpen",
        "popupMessage",
        "popupPayment",
        "popupService",
        "popupTake",
        "popupOrder",
        "popupPin",
        "popupClose",
    ]
    assert added.toolTip() == "Ctrl+N"


def test_the_name_shows_at_once_and_the_whole_card_once_the_lines_are_quiet(
    sqlite_services: Services, popups, qtbot
):
    admin = login_admin(sqlite_services)
    new_customer(sqlite_services, admin, "王五", "13800138000", notes="周末在家")
    popup = popups.show_call(call_for(sqlite_services, admin, "13800138000"))
    assert popup.card.name.text() == "王五"  # from the lookup's row, before any paint
    assert popup.card.customer is None
    qtbot.waitUntil(lambda: popup.card.customer is not None, timeout=3000)
    assert popup.card.fields["notes"].text() == "周末在家"


def test_the_card_in_the_popup_opens_on_the_callers_earlier_calls(
    sqlite_services: Services, popups, qtbot
):
    admin = login_admin(sqlite_services)
    new_customer(sqlite_services, admin, "王五", "13800138000")
    earlier = sqlite_services.calls.start(admin, 1, "前台", "in", "13800138000").call_id
    popup = popups.show_call(call_for(sqlite_services, admin, "13800138000"))
    popup.finish_loading()
    assert popup.card.tabs.currentWidget() is popup.card.calls
    qtbot.waitUntil(lambda: popup.card.calls.table.rowCount() == 1, timeout=3000)
    assert earlier


def owing_caller(services: Services, admin, *prices: str) -> tuple[int, list]:
    """王五 on 13800138000 with one sale per price, none paid, newest first (400 days apart:
    the second is out of its 12 months' warranty)."""
    buyer = new_customer(services, admin, "王五", "13800138000").customer.id
    model = product(services, admin)  # 格力 KFR-35GW, 12 months' warranty
    newest = dt.date(2026, 11, 1)
    return buyer, [
        sale(services, admin, buyer, model, price, sale_date=newest - dt.timedelta(days=400 * n))
        for n, price in enumerate(prices)
    ]


def test_a_caller_who_owes_money_sees_the_debt_and_the_products(sqlite_services: Services, popups):
    admin = login_admin(sqlite_services)
    _buyer, (new, _old) = owing_caller(sqlite_services, admin, "3000.00", "1200.00")
    sqlite_services.payments.record(admin, new.id, new.sale_date, D("1000.00"), "现金")
    popup = popups.show_call(call_for(sqlite_services, admin, "13800138000"))
    assert not popup.card.debt.isVisibleTo(popup)  # the first picture waits for nothing
    assert not popup.payment_button.isVisibleTo(popup)
    popup.finish_loading()

    assert popup.card.debt.isVisibleTo(popup)
    assert popup.card.debt.text() == "Outstanding: ¥3,200.00"
    assert ERROR_COLOUR in popup.card.debt.styleSheet()
    products = popup.card.fields["purchases"].text().replace("\u2060", "").replace("\xa0", " ")
    left = (dt.date(2027, 11, 1) - dt.date(2026, 11, 27)).days + 1
    assert products.split("<br>") == [
        f"格力 KFR-35GW · In warranty, days left: {left}",
        "格力 KFR-35GW · Out of warranty",
    ]
    assert popup.payment_button.isVisibleTo(popup)
    assert popup.card.tabs.currentWidget() is popup.card.calls  # the pop-up's own first tab
    purchases = popup.card.purchases
    assert purchases.table.rowCount() == 0  # a hidden tab costs the ring nothing
    popup.card.tabs.setCurrentWidget(purchases)
    assert purchases.table.rowCount() == 2
    assert purchases.debt.text() == "Outstanding: ¥3,200.00"


def test_a_caller_without_purchases_gets_nothing_extra(sqlite_services: Services, popups):
    admin = login_admin(sqlite_services)
    new_customer(sqlite_services, admin, "李师傅", "13800138000")
    popup = popups.show_call(call_for(sqlite_services, admin, "13800138000"))
    popup.finish_loading()
    assert popup.card.customer is not None
    assert not popup.card.debt.isVisibleTo(popup)
    assert not popup.card.form.isRowVisible(popup.card.fields["purchases"])
    assert not popup.payment_button.isVisibleTo(popup)


def test_the_payment_action_takes_the_money_of_the_one_sale_owing(
    sqlite_services: Services, popups
):
    admin = login_admin(sqlite_services)
    _buyer, (owing,) = owing_caller(sqlite_services, admin, "800.00")
    popup = popups.show_call(call_for(sqlite_services, admin, "13800138000"))
    popup.finish_loading()
    assert popup.payment_button.toolTip() == "Ctrl+K"

    def pay(dialog: PaymentDialog) -> None:
        assert dialog.amount.text() == "800.00"
        dialog.save()

    answer_modal(pay)
    popup.payment_button.click()
    assert sqlite_services.sales.get(admin, owing.id).outstanding == D("0.00")
    assert not popup.card.debt.isVisibleTo(popup)
    assert not popup.payment_button.isVisibleTo(popup)


def test_with_several_sales_owing_the_payment_action_shows_them_to_choose(
    sqlite_services: Services, popups
):
    admin = login_admin(sqlite_services)
    _buyer, (new, _old) = owing_caller(sqlite_services, admin, "800.00", "500.00")
    popup = popups.show_call(call_for(sqlite_services, admin, "13800138000"))
    popup.finish_loading()
    popup.payment_button.click()
    purchases = popup.card.purchases
    assert popup.card.tabs.currentWidget() is purchases
    assert purchases.selected() is not None and purchases.selected().id == new.id
    assert purchases.pay_button.isEnabled()


def test_enter_on_a_chosen_purchase_opens_the_sale_not_the_customer(
    sqlite_services: Services, popups, qtbot, monkeypatch
):
    admin = login_admin(sqlite_services)
    _buyer, (new, _old) = owing_caller(sqlite_services, admin, "800.00", "500.00")
    popup = popups.show_call(call_for(sqlite_services, admin, "13800138000"))
    popup.finish_loading()
    popup.payment_button.click()  # several owing: the purchases tab, the newest chosen
    popup.activateWindow()
    qtbot.waitUntil(popup.isActiveWindow)
    popup.card.purchases.table.setFocus()
    opened, customers = [], []
    monkeypatch.setattr(sale_actions, "edit_sale", lambda *args: opened.append(args[3].id))
    popup.open_requested.connect(customers.append)
    qtbot.keyClick(popup.card.purchases.table, Qt.Key.Key_Return)
    assert opened == [new.id] and customers == []


def test_a_receptionist_without_sales_rights_is_not_offered_payments(
    sqlite_services: Services, qtbot
):
    admin = login_admin(sqlite_services)
    owing_caller(sqlite_services, admin, "800.00")
    clerk = actor_without(admin, "sales.process")
    stack = CallerPopups(sqlite_services, clerk, take_focus=lambda: False, close_seconds=lambda: 1)
    popup = stack.show_call(call_for(sqlite_services, clerk, "13800138000"))
    popup.finish_loading()
    assert popup.card.debt.isVisibleTo(popup)  # what is owed is shown to everyone
    assert not popup.payment_button.isVisibleTo(popup)
    stack.close_all()


def test_the_snapshot_pictures_a_caller_who_owes_money(sqlite_services: Services, qtbot):
    admin = login_admin(sqlite_services)
    owing_caller(sqlite_services, admin, "800.00")
    popups = dict(caller_popups(sqlite_services, admin))
    owing = popups["popup-owing"]
    assert owing.card.debt.isVisibleTo(owing) and "800.00" in owing.card.debt.text()
    for popup in popups.values():
        popup.deleteLater()


def test_the_callers_open_service_orders_show_once_the_card_is_read(
    sqlite_services: Services, popups
):
    from tests.support.service_order_helpers import in_state, take
    from yuntian.services.service_orders.service_order_types import OrderState

    admin = login_admin(sqlite_services)
    caller = new_customer(sqlite_services, admin, "李师傅", "13800138000").customer.id
    model = product(sqlite_services, admin)
    bought = sale(sqlite_services, admin, caller, model)
    late = take(
        sqlite_services, admin, caller, sale_id=bought.id, appointment_at=dt.datetime(2026, 11, 26)
    )
    out = in_state(sqlite_services, admin, caller, OrderState.DISPATCHED, service_type="送修")
    done = in_state(sqlite_services, admin, caller, OrderState.COMPLETED)
    popup = popups.show_call(call_for(sqlite_services, admin, "13800138000"))
    line = popup.card.fields["service"]
    assert not popup.card.form.isRowVisible(line)  # the first picture waits for nothing
    popup.finish_loading()

    assert popup.card.form.isRowVisible(line)
    texts = line.text().split("<br>")
    lines = {o.code: text for o, text in zip(popup.card.open_orders, texts, strict=True)}
    assert "格力 KFR-35GW" in lines[late.code] and ERROR_COLOUR in lines[late.code]
    assert "Dispatched · 送修" in lines[out.code] and ERROR_COLOUR not in lines[out.code]
    assert done.code not in line.text()


def test_f6_takes_a_service_order_for_the_caller(
    sqlite_services: Services, popups, qtbot, monkeypatch
):
    from yuntian.ui.service_orders.service_order_editor import ServiceOrderEditor

    admin = login_admin(sqlite_services)
    caller = new_customer(sqlite_services, admin, "李师傅", "13800138000").customer.id
    popup = popups.show_call(call_for(sqlite_services, admin, "13800138000"))
    popup.finish_loading()
    assert popup.service_button.toolTip() == "F6" and popup.service_button.isEnabled()
    opened = []

    def fill(editor: ServiceOrderEditor) -> int:  # the editor, without a modal loop
        opened.append(editor)
        assert editor.customer_id == caller and editor.form.contact_phone.text() == "13800138000"
        assert editor.windowFlags() & Qt.WindowType.WindowStaysOnTopHint  # over the pop-up
        editor.form.fault.setPlainText("燃气灶打不着火")
        editor.save()
        return editor.result()

    monkeypatch.setattr(ServiceOrderEditor, "exec", fill)
    popup.activateWindow()
    qtbot.waitUntil(popup.isActiveWindow)
    qtbot.keyClick(popup, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: bool(opened))
    (order,) = sqlite_services.service_orders.open_for_customer(admin, caller)
    assert order.fault == "燃气灶打不着火"
    assert order.code in popup.card.fields["service"].text()


def test_an_unknown_caller_or_a_clerk_without_service_rights_gets_no_service_order(
    sqlite_services: Services, popups, qtbot
):
    admin = login_admin(sqlite_services)
    popup = popups.show_call(call_for(sqlite_services, admin, "13912345678"))
    assert not popup.service_button.isEnabled()  # file the caller first
    clerk = actor_without(admin, "service.process")
    stack = CallerPopups(sqlite_services, clerk, take_focus=lambda: False, close_seconds=lambda: 1)
    assert not stack.show_call(
        call_for(sqlite_services, clerk, "13912345678", line=2)
    ).service_button.isVisible()
    stack.close_all()
