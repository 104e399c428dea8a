"""The phone rings while the database server is out of reach: the pop-up still shows the number
and its region and says the customer cannot be looked up now; the call is kept and stored once,
with its own times, when the server is back. A real outage: the connection runs through a TCP
proxy the test cuts (tests/support/tcp_proxy.py)."""

from __future__ import annotations

import datetime as dt

from tests.helpers import login_admin
from tests.support.customer_helpers import new_customer
from tests.ui.calls.test_popup_calls import answer, end, make_desk, ring
from yuntian.db.models import Call
from yuntian.ui.common.connection_watcher import ConnectionWatcher

pytest_plugins = ("tests.support.outage",)  # services_behind_proxy


def test_a_call_while_the_server_is_away_pops_up_and_is_stored_once_when_it_is_back(
    services_behind_proxy, qtbot, clock
):
    services, proxy = services_behind_proxy("postgresql")
    admin = login_admin(services)
    zhang = new_customer(services, admin, "张三", "13800138000").customer
    watcher = ConnectionWatcher(services, first_delay=0.02, longest_delay=0.2)
    desk = make_desk(services, qtbot)
    desk.start()
    rang = clock.now
    try:
        proxy.cut()
        ring(desk, 1, "13800138000")
        popup = desk.popups.popup(1)
        assert popup is not None and popup.isVisible()
        assert "138" in popup.number_label.text() and "北京市" in popup.where_label.text()
        assert popup.banner.isVisible()
        assert "cannot be looked up now" in popup.banner.text()
        assert popup.name_label.text() == "Not looked up"  # not "New caller": nobody knows
        assert not popup.unknown.notice.isVisible()
        assert desk.call_id(1) is None
        clock.advance(seconds=5)
        answer(desk, 1)
        clock.advance(seconds=60)
        end(desk, 1, True, 60)
        desk._flush_timer.timeout.emit()  # the regular retry, still away
        assert desk._journal.held
        qtbot.waitUntil(lambda: watcher.is_lost)

        proxy.restore()
        qtbot.waitUntil(lambda: not watcher.is_lost)
        qtbot.waitUntil(lambda: popup.current_customer_id() == zhang.id)  # looked up now
        assert not popup.banner.isVisible()
        desk._flush_timer.timeout.emit()
        desk._flush_timer.timeout.emit()
        [call] = Call.select()
        row = services.calls.get(admin, call.id)
        assert (row.customer_id, row.ring_at, row.duration) == (zhang.id, rang, 60)
        assert row.answered_at == rang + dt.timedelta(seconds=5)
    finally:
        desk.stop()
        desk.popups.close_all()


def test_a_held_call_whose_store_was_committed_unanswered_is_not_stored_twice(
    services_behind_proxy, qtbot
):
    services, proxy = services_behind_proxy("postgresql")
    desk = make_desk(services, qtbot)
    desk.start()
    try:
        proxy.cut()
        ring(desk, 2, "13900139000")
        end(desk, 2, False, 0)
        proxy.restore()
        proxy.cut_on_answer_to(b"COMMIT")  # the server stores it; the answer is lost
        desk._flush_timer.timeout.emit()
        assert desk._journal.held  # not known to be stored: kept
        proxy.restore()
        desk._flush_timer.timeout.emit()
        assert not desk._journal.held
        assert Call.select().count() == 1
    finally:
        desk.stop()
        desk.popups.close_all()
