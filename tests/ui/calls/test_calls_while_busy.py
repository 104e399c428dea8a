"""The phone rings while another program holds the database: the pop-up shows the caller at
once, the call is kept, and it is stored with its own times when the database is free."""

from __future__ import annotations

import datetime as dt

from tests.helpers import login_admin
from tests.support.busy_database import writer_elsewhere
from tests.support.customer_helpers import new_customer
from tests.ui.calls.test_popup_calls import answer, end, make_desk, ring
from yuntian.db.models import Call
from yuntian.services import Services


def test_a_call_during_a_long_write_pops_up_and_is_stored_afterwards(
    sqlite_services: Services, qtbot, clock
):
    services = sqlite_services
    admin = login_admin(services)
    zhang = new_customer(services, admin, "张三", "13800138000").customer
    desk = make_desk(services, qtbot)
    desk.start()
    messages: list[str] = []
    desk.status_message.connect(messages.append)
    rang = clock.now
    try:
        with writer_elsewhere(services):
            ring(desk, 1, "13800138000")
            popup = desk.popups.popup(1)
            assert popup is not None and popup.isVisible()
            assert popup.card.name.text() == "张三"
            assert desk.call_id(1) is None and Call.select().count() == 0
            assert messages and "busy" in messages[-1]
            clock.advance(seconds=5)
            answer(desk, 1)
            clock.advance(seconds=60)
            end(desk, 1, True, 60)
            desk._flush_timer.timeout.emit()  # the regular retry, still busy
            assert Call.select().count() == 0

        desk._flush_timer.timeout.emit()
        [call] = Call.select()
        row = services.calls.get(admin, call.id)
        assert (row.customer_id, row.ring_at, row.duration) == (zhang.id, rang, 60)
        assert row.answered_at == rang + dt.timedelta(seconds=5)
        assert not desk._flush_timer.isActive()
        assert "stored" in messages[-1]
    finally:
        desk.stop()
        desk.popups.close_all()


def test_a_call_still_ringing_when_the_database_frees_goes_on_as_a_stored_call(
    sqlite_services: Services, qtbot
):
    services = sqlite_services
    admin = login_admin(services)
    desk = make_desk(services, qtbot)
    desk.start()
    try:
        with writer_elsewhere(services):
            ring(desk, 2, "13900139000")
        desk._flush_timer.timeout.emit()
        call_id = desk.call_id(2)
        assert call_id is not None
        end(desk, 2, False, 0)
        assert services.calls.get(admin, call_id).missed
    finally:
        desk.stop()
        desk.popups.close_all()


def test_a_call_held_when_the_desk_stops_is_kept_and_stored_closed(
    sqlite_services: Services, qtbot
):
    services = sqlite_services
    desk = make_desk(services, qtbot)
    desk.start()
    with writer_elsewhere(services):
        ring(desk, 1, "13900139000")
        desk.stop()  # sign-out while the database is still busy
        desk.popups.close_all()
    assert Call.select().count() == 0 and list(services.profile.held_calls_dir.iterdir())
    desk.start()  # signing in again: what was held is stored
    desk._flush_timer.timeout.emit()
    [call] = Call.select()
    assert call.ended_at is not None and call.duration is None and not call.missed
    desk.stop()
    desk.popups.close_all()
