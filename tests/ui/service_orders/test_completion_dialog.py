"""售后完成: the completion dialog records exact fees, hours as minutes, feedback, time and
technicians, refuses bad input at its field, and opens filled to correct a completed order."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from tests.helpers import actor_without, login_admin
from tests.support.service_order_helpers import customer, in_state, technician
from yuntian.services.common.errors import PermissionDenied, ValidationError
from yuntian.services.service_orders.service_order_types import OrderState
from yuntian.ui.service_orders import service_order_actions as actions
from yuntian.ui.service_orders.completion_dialog import CompletionDialog, hours_to_minutes

S = OrderState


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def crew(sqlite_services, admin):
    return (
        technician(sqlite_services, admin, "wangshifu", "王师傅"),
        technician(sqlite_services, admin, "zhaoshifu", "赵师傅"),
    )


@pytest.fixture
def order(sqlite_services, admin, crew, clock):
    buyer = customer(sqlite_services, admin, "张三")
    made = in_state(sqlite_services, admin, buyer, S.DISPATCHED, technician_ids=(crew[0],))
    clock.advance(hours=2)
    return made


@pytest.fixture
def make_dialog(qtbot, sqlite_services):
    def make(actor, order) -> CompletionDialog:
        dialog = CompletionDialog(sqlite_services, actor, order)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        return dialog

    return make


def described(dialog: CompletionDialog) -> None:
    """What every completion must say (the work done and the result)."""
    dialog.work_done.setPlainText("更换电容")
    dialog.result_text.setPlainText("制冷恢复")


def ticked(dialog: CompletionDialog) -> list[str]:
    items = [dialog.technicians.item(r) for r in range(dialog.technicians.count())]
    return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]


def test_fees_are_exact_to_the_cent_shown_and_stored(make_dialog, sqlite_services, admin, order):
    dialog = make_dialog(admin, order)
    dialog.fee_parts.setText("0.10")
    dialog.fee_service.setText("0.20")
    assert dialog.total.text() == "<b>0.30</b>"  # the total follows the typing
    described(dialog)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = sqlite_services.service_orders.get(admin, order.id)
    assert stored.state is S.COMPLETED
    assert (stored.fee_parts, stored.fee_service, stored.fee_transport) == (
        Decimal("0.10"),
        Decimal("0.20"),
        Decimal("0.00"),
    )
    assert stored.fee_total == Decimal("0.30") and dialog.saved == stored


def test_bad_money_is_refused_at_the_field_it_is_in(make_dialog, sqlite_services, admin, order):
    dialog = make_dialog(admin, order)
    dialog.fee_transport.setText("12.345")  # a third decimal is a typing mistake
    assert dialog.total.text() == "—"
    dialog.save()
    shown = dialog.errors.shown()
    assert list(shown) == ["fee_transport"]
    assert "amount" in shown["fee_transport"]
    assert dialog.findChild(type(dialog.error), "error_fee_transport").isVisible()
    assert dialog.focusWidget() is dialog.fee_transport
    assert sqlite_services.service_orders.get(admin, order.id).state is S.DISPATCHED


def test_the_money_boxes_take_no_third_decimal_from_the_keyboard(make_dialog, admin, order):
    dialog = make_dialog(admin, order)
    dialog.fee_parts.setFocus()
    QTest.keyClicks(dialog.fee_parts, "35.505")
    assert dialog.fee_parts.text() == "35.50"


def test_hours_are_stored_as_minutes(make_dialog, sqlite_services, admin, order):
    assert [hours_to_minutes(t) for t in ("", "1.5", "0.25", "2")] == [0, 90, 15, 120]
    with pytest.raises(ValidationError) as refused:
        hours_to_minutes(".")
    assert refused.value.field == "work_minutes"
    dialog = make_dialog(admin, order)
    dialog.hours.setText("1.5")
    described(dialog)
    dialog.save()
    assert sqlite_services.service_orders.get(admin, order.id).work_minutes == 90


def test_bad_hours_are_refused_at_the_hours(make_dialog, admin, order):
    dialog = make_dialog(admin, order)
    dialog.hours.setText(".")
    dialog.save()
    assert list(dialog.errors.shown()) == ["work_minutes"]
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_feedback_time_and_the_technicians_who_did_it(
    make_dialog, sqlite_services, admin, order, crew, clock
):
    dialog = make_dialog(admin, order)
    assert ticked(dialog) == ["王师傅"]  # the assigned, first
    names = [dialog.feedback.itemText(i) for i in range(dialog.feedback.count())]
    assert names[0] == "" and "满意" in names
    dialog.feedback.setCurrentIndex(dialog.feedback.findData("满意"))
    finished = clock.now - dt.timedelta(minutes=30)
    dialog.completed_at.set_value(finished)
    second = dialog.technicians.findItems("赵师傅", Qt.MatchFlag.MatchExactly)[0]
    second.setCheckState(Qt.CheckState.Checked)
    described(dialog)
    dialog.save()
    stored = sqlite_services.service_orders.get(admin, order.id)
    assert stored.feedback == "满意" and stored.completed_at == finished
    assert stored.technician_ids == crew


def test_a_completion_time_in_the_future_is_refused_at_the_field(make_dialog, admin, order, clock):
    dialog = make_dialog(admin, order)
    dialog.completed_at.set_value(clock.now + dt.timedelta(days=1))
    described(dialog)
    dialog.save()
    assert list(dialog.errors.shown()) == ["completed_at"]


def test_a_completed_order_opens_filled_to_be_corrected(
    make_dialog, sqlite_services, admin, order, clock
):
    first = make_dialog(admin, order)
    first.work_done.setPlainText("更换电容")
    first.solution.setPlainText("电容老化")
    first.result_text.setPlainText("制冷恢复")
    first.fee_parts.setText("35.50")
    first.hours.setText("1.5")
    first.feedback.setCurrentIndex(first.feedback.findData("满意"))
    first.save()
    done = first.saved
    clock.advance(days=1)

    again = make_dialog(admin, done)
    assert again.correcting and "Correct" in again.windowTitle()
    assert again.work_done.toPlainText() == "更换电容"
    assert again.result_text.toPlainText() == "制冷恢复"
    assert again.fee_parts.text() == "35.50" and again.hours.text() == "1.5"
    assert again.feedback.currentData() == "满意"
    assert again.completed_at.value() == done.completed_at
    again.fee_transport.setText("20")
    again.save()
    corrected = sqlite_services.service_orders.get(admin, order.id)
    assert corrected.fee_total == Decimal("55.50")
    assert corrected.completed_at == done.completed_at  # the time stays


def test_correcting_needs_record_edit(sqlite_services, admin, order, monkeypatch):
    shown = []
    monkeypatch.setattr(actions, "show_error", lambda _p, exc: shown.append(exc))
    monkeypatch.setattr(actions, "exec_dialog", lambda _d: pytest.fail("no dialog"))
    done = in_state(sqlite_services, admin, order.customer_id, S.COMPLETED)
    clerk = actor_without(admin, "record.edit")
    assert actions.complete_order(None, sqlite_services, clerk, done) is None
    assert isinstance(shown[0], PermissionDenied)


def test_ctrl_enter_saves(make_dialog, qtbot, sqlite_services, admin, order):
    dialog = make_dialog(admin, order)
    qtbot.waitUntil(dialog.isActiveWindow)
    described(dialog)
    dialog.fee_service.setFocus()
    dialog.fee_service.setText("80")
    QTest.keyClick(dialog.fee_service, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.saved is not None)
    assert dialog.saved.fee_service == Decimal("80.00")


def test_completing_with_nothing_said_is_refused_at_the_work_done(
    make_dialog, qtbot, sqlite_services, admin, order
):
    """The work done, then the result: each refusal shows under its own box with the cursor in
    it, the dialog stays open and the order stays as it was."""
    dialog = make_dialog(admin, order)
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.fee_service.setText("80")
    dialog.save()
    assert list(dialog.errors.shown()) == ["work_done"]
    assert dialog.findChild(type(dialog.error), "error_work_done").isVisible()
    assert dialog.focusWidget() is dialog.work_done
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    dialog.work_done.insertPlainText("清洗滤网")  # where the cursor was put
    dialog.save()
    assert list(dialog.errors.shown()) == ["result"]
    assert dialog.findChild(type(dialog.error), "error_result").isVisible()
    assert dialog.focusWidget() is dialog.result_text
    assert sqlite_services.service_orders.get(admin, order.id).state is S.DISPATCHED
    dialog.result_text.insertPlainText("正常")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = sqlite_services.service_orders.get(admin, order.id)
    assert (stored.state, stored.work_done, stored.result) == (S.COMPLETED, "清洗滤网", "正常")
