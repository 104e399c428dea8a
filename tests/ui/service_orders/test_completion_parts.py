"""售后完成 with parts: the lines are taken from the technician who did the work, set the parts
fee (0 under warranty), open again to be corrected, and a section left alone keeps them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.helpers import login_admin
from tests.support.part_helpers import main_store, part, post, stock_in
from tests.support.service_order_helpers import customer, in_state, technician
from yuntian.db.models import PartStock
from yuntian.services.parts.part_types import DocKind, Place
from yuntian.services.service_orders.service_order_types import OrderState, Warranty
from yuntian.ui.parts.part_document_words import combo_place, place_key
from yuntian.ui.service_orders.completion_dialog import CompletionDialog


def on_hand(part_id: int, place: Place) -> int:
    row = PartStock.get_or_none(
        (PartStock.part == part_id)
        & (PartStock.place_kind == place.kind.value)
        & (PartStock.place_id == place.id)
    )
    return row.quantity if row else 0


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def wang(sqlite_services, admin) -> int:
    return technician(sqlite_services, admin, "wangshifu", "王师傅")


@pytest.fixture
def capacitor(sqlite_services, admin, wang) -> int:
    made = part("BJ001", "启动电容", cost="8.00", price="25.00")
    stock_in(sqlite_services, admin, (made, 10))
    post(sqlite_services, admin, DocKind.ISSUE, main_store(), Place.tech(wang), (made, 5))
    return made


@pytest.fixture
def make_order(sqlite_services, admin, wang, clock):
    def make(**fields):
        buyer = customer(sqlite_services, admin, "张三")
        made = in_state(
            sqlite_services, admin, buyer, OrderState.DISPATCHED, technician_ids=(wang,), **fields
        )
        clock.advance(hours=2)
        return made

    return make


@pytest.fixture
def make_dialog(qtbot, sqlite_services, admin):
    def make(order) -> CompletionDialog:
        dialog = CompletionDialog(sqlite_services, admin, order)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def described(dialog: CompletionDialog) -> None:
    dialog.work_done.setPlainText("更换电容")
    dialog.result_text.setPlainText("制冷恢复")


def test_parts_come_from_the_technician_and_make_the_parts_fee(
    make_dialog, make_order, sqlite_services, admin, wang, capacitor
):
    dialog = make_dialog(make_order())
    assert combo_place(dialog.parts.source) == Place.tech(wang)  # who did the work
    described(dialog)
    dialog.fee_parts.setText("99")  # typed before the lines: the lines decide
    choice = sqlite_services.part_lookup.by_ids(admin, [capacitor], at=Place.tech(wang))[0]
    dialog.parts.lines.add(choice, 2)
    assert dialog.parts.lines.table.item(0, 4).text() == "5"  # in his hands
    assert dialog.fee_parts.isReadOnly() and dialog.fee_parts.text() == "50.00"  # 2 x 25.00
    dialog.save()

    assert dialog.saved is not None and dialog.saved.fee_parts == Decimal("50.00")
    assert on_hand(capacitor, Place.tech(wang)) == 3
    assert on_hand(capacitor, main_store()) == 5


def test_under_warranty_the_parts_are_not_charged(
    make_dialog, make_order, sqlite_services, admin, wang, capacitor
):
    order = make_order(warranty=Warranty.IN, warranty_reason="保修卡")
    dialog = make_dialog(order)
    assert not dialog.parts.warranty_note.isHidden()
    described(dialog)
    dialog.parts.lines.add(sqlite_services.part_lookup.by_ids(admin, [capacitor])[0], 1)
    assert dialog.fee_parts.text() == "0.00" and dialog.fee_parts.isReadOnly()
    dialog.save()
    assert dialog.saved is not None and dialog.saved.fee_parts == Decimal("0.00")
    assert on_hand(capacitor, Place.tech(wang)) == 4  # used all the same


def test_a_store_may_give_the_parts_and_too_few_keeps_the_dialog_open(
    make_dialog, make_order, sqlite_services, admin, wang, capacitor
):
    dialog = make_dialog(make_order())
    described(dialog)
    dialog.parts.lines.add(sqlite_services.part_lookup.by_ids(admin, [capacitor])[0], 6)
    dialog.save()
    assert dialog.saved is None and dialog.isVisible()
    message = dialog.errors.shown()["lines"]
    assert message.startswith("Line 1:") and "王师傅" in message
    assert dialog.parts.lines.count() == 1  # kept

    source = dialog.parts.source
    source.setCurrentIndex(source.findData(place_key(main_store())))
    assert dialog.parts.lines.table.item(0, 4).text() == "5"  # the store's now
    dialog.parts.lines.table.item(0, 5).setText("5")
    dialog.save()
    assert dialog.saved is not None and dialog.saved.fee_parts == Decimal("125.00")
    assert (on_hand(capacitor, main_store()), on_hand(capacitor, Place.tech(wang))) == (0, 5)


def test_a_correction_opens_with_the_parts_and_keeps_them_when_left_alone(
    make_dialog, make_order, sqlite_services, admin, wang, capacitor
):
    first = make_dialog(make_order())
    described(first)
    first.parts.lines.add(sqlite_services.part_lookup.by_ids(admin, [capacitor])[0], 2)
    first.save()
    done = first.saved
    assert done is not None and done.state is OrderState.COMPLETED

    again = make_dialog(done)
    lines = again.parts.lines
    assert lines.count() == 1 and lines.table.item(0, 5).text() == "2"
    assert again.fee_parts.text() == "50.00" and not again.has_changes()
    assert again.completion().parts is None  # untouched: kept as recorded
    again.fee_service.setText("30")
    again.save()
    assert again.saved is not None and again.saved.fee_parts == Decimal("50.00")
    assert on_hand(capacitor, Place.tech(wang)) == 3  # not taken twice

    third = make_dialog(again.saved)
    third.parts.lines.choose_row(0)
    third.parts.lines.remove_chosen()
    assert third.fee_parts.text() == "0.00"
    third.save()
    assert third.saved is not None and third.saved.fee_parts == Decimal("0.00")
    assert on_hand(capacitor, Place.tech(wang)) == 5  # given back
