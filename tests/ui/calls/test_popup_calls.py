"""A pop-up through its call's life: typing is never lost, the header and the call list say
what the log says, and calls left open by an exit or a crash are closed."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.helpers import ADMIN_PASSWORD, login_admin
from tests.support.customer_helpers import new_customer
from tests.support.customer_ui import answer_modal
from tests.ui.calls.test_caller_popup import call_for
from yuntian.device_settings import LineConfig
from yuntian.services import Services
from yuntian.telephony.line_events import CallAnswered, CallEnded, IncomingCall
from yuntian.ui.calls import call_texts
from yuntian.ui.calls.call_desk import CallDesk
from yuntian.ui.calls.caller_popups import CallerPopups
from yuntian.ui.common.ui_state import ui_state_at
from yuntian.ui.shell.session import Session
from yuntian.ui.shell.status_bar import PhoneLinesWidget

STATION = "pc1"


class FakeLines:
    def __init__(self, sink) -> None:
        self.sink = sink
        self.lines = [LineConfig("whozz", 1, 1, "前台"), LineConfig("whozz", 2, 2, "售后")]

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass


def make_desk(services: Services, qtbot) -> CallDesk:
    bar = PhoneLinesWidget()
    qtbot.addWidget(bar)
    services.profile.config.popup_close_seconds = 1
    return CallDesk(
        services, login_admin(services), bar, FakeLines, station=STATION, station_key=STATION
    )


@pytest.fixture
def desk(sqlite_services: Services, qtbot):
    desk = make_desk(sqlite_services, qtbot)
    desk.start()
    yield desk
    desk.stop()
    desk.popups.close_all()


def ring(desk: CallDesk, line: int, number: str) -> None:
    desk.handle(IncomingCall(line, "", number, None, None, "in", time.monotonic()))


def answer(desk: CallDesk, line: int) -> None:
    desk.handle(CallAnswered(line, "", time.monotonic()))


def end(desk: CallDesk, line: int, answered: bool | None, duration: int = 42) -> None:
    desk.handle(CallEnded(line, "", duration, answered, "in", time.monotonic()))


# --- typing is never lost ------------------------------------------------------------------


def test_typed_details_survive_the_calls_end_and_the_next_call_gets_its_own_popup(desk, qtbot):
    ring(desk, 1, "13912345678")
    typed = desk.popups.popup(1)
    typed.unknown.name.setText("王老师")
    typed.unknown.address.setText("幸福路 8 号")
    end(desk, 1, answered=True)
    qtbot.wait(1300)  # past popup_close_seconds
    assert typed.isVisible()  # holds typed details: never closes by itself

    ring(desk, 1, "13700000000")  # the next call on the same line
    second = desk.popups.popup(1)
    assert second is not typed and second.isVisible() and typed.isVisible()
    assert second.call.raw_number == "13700000000"
    assert typed.call.raw_number == "13912345678"
    assert (typed.unknown.name.text(), typed.unknown.address.text()) == ("王老师", "幸福路 8 号")
    assert desk.popups.shown() == [typed, second]

    typed.unknown.save()  # filed: the details are kept in the log now
    assert not typed.has_unsaved_input() and typed.card.name.text() == "王老师"


def test_a_pinned_popup_keeps_its_call_and_shows_how_it_ended(desk, qtbot):
    new_customer(desk._services, login_admin(desk._services), "张三", "13800138000")
    ring(desk, 1, "13800138000")
    pinned = desk.popups.popup(1)
    pinned.pin_button.click()
    answer(desk, 1)
    end(desk, 1, answered=True, duration=65)
    assert pinned.state_label.text() == "Answered · 1:05"

    ring(desk, 1, "13700000000")
    end(desk, 1, answered=False)  # the next caller gives up
    missed = desk.popups.popup(1)
    assert missed is not pinned and missed.state_label.text() == "Missed"
    qtbot.wait(1300)
    assert pinned.isVisible() and pinned.state_label.text() == "Answered · 1:05"
    assert not missed.isVisible()  # not held: closes itself


def test_a_device_that_cannot_tell_does_not_make_the_header_say_missed(desk):
    ring(desk, 2, "13800138000")
    end(desk, 2, answered=None)  # a plain modem: the rings stopped
    assert desk.popups.popup(2).state_label.text() == "Ended"


def test_closing_a_popup_with_typed_details_asks_first(sqlite_services: Services, qtbot) -> None:
    admin = login_admin(sqlite_services)
    stack = CallerPopups(sqlite_services, admin, take_focus=lambda: False, close_seconds=lambda: 0)
    popup = stack.show_call(call_for(sqlite_services, admin, "13912345678"))
    popup.unknown.notes.setText("要上门")
    questions = []

    def keep(box: QMessageBox) -> None:
        questions.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    answer_modal(keep)
    popup.close_button.click()
    assert popup.isVisible() and "13912345678" in questions[0]

    answer_modal(lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    popup.close_button.click()
    assert not popup.isVisible() and stack.shown() == []

    empty = stack.show_call(call_for(sqlite_services, admin, "13912345679", line=2))
    empty.close_button.click()  # nothing typed: no question
    assert not empty.isVisible()
    stack.close_all()


def test_eight_popups_holding_details_are_all_kept_when_more_calls_come(
    sqlite_services: Services, qtbot
) -> None:
    admin = login_admin(sqlite_services)
    stack = CallerPopups(sqlite_services, admin, take_focus=lambda: False, close_seconds=lambda: 0)
    held = []
    for n in range(1, 9):
        popup = stack.show_call(call_for(sqlite_services, admin, f"1391234567{n}", line=n))
        popup.unknown.name.setText(f"客户{n}")
        held.append(popup)
    stack.show_call(call_for(sqlite_services, admin, "13912345670", line=1))
    assert all(p.isVisible() for p in held) and len(stack.shown()) == 9
    stack.close_all()


# --- call states -----------------------------------------------------------------------------


def calls_tab_state(desk: CallDesk, line: int) -> str:
    popup = desk.popups.popup(line)
    table = popup.card.calls.table
    call_id = popup.call.call_id
    row = [c.id for c in popup.card.calls.calls].index(call_id)
    return table.item(row, 3).text()


def test_the_call_list_follows_the_header_as_the_call_rings_is_answered_and_ends(desk, qtbot):
    services = desk._services
    new_customer(services, login_admin(services), "张三", "13800138000")
    ring(desk, 1, "13800138000")
    popup = desk.popups.popup(1)
    popup.finish_loading()
    qtbot.waitUntil(lambda: popup.card.calls.table.rowCount() == 1)
    assert popup.state_label.text() == calls_tab_state(desk, 1) == "Ringing"

    answer(desk, 1)
    assert popup.state_label.text() == "On the line"
    qtbot.waitUntil(lambda: calls_tab_state(desk, 1) == "On the line")

    end(desk, 1, answered=True, duration=30)
    assert popup.state_label.text().startswith("Answered · ")
    qtbot.waitUntil(lambda: calls_tab_state(desk, 1) == "Answered")

    ring(desk, 2, "13800138000")  # the same caller again, given up
    again = desk.popups.popup(2)
    again.finish_loading()
    end(desk, 2, answered=False)
    assert again.state_label.text() == "Missed"
    qtbot.waitUntil(lambda: calls_tab_state(desk, 2) == "Missed")


# --- calls left open ---------------------------------------------------------------------------


def test_calls_open_when_the_desk_stops_are_closed_with_an_unknown_duration(
    sqlite_services: Services, qtbot
):
    services = sqlite_services
    admin = login_admin(services)
    desk = make_desk(services, qtbot)
    desk.start()
    ring(desk, 1, "13800138000")
    answer(desk, 1)
    talking = desk.call_id(1)
    desk.stop()  # sign-out or exit
    desk.popups.close_all()
    row = services.calls.get(admin, talking)
    assert row.ended_at is not None and row.duration is None and not row.missed
    assert call_texts.state_text(row) == "Ended, duration unknown"
    assert call_texts.duration_text(row.duration) == ""


def test_calls_left_open_by_a_crash_are_closed_when_the_desk_starts(
    sqlite_services: Services, qtbot
):
    services = sqlite_services
    admin = login_admin(services)
    stale = services.calls.start(admin, 1, "前台", "in", "13800138000", station_key=STATION).call_id
    other = services.calls.start(admin, 1, "前台", "in", "13800138001", station_key="pc2").call_id
    desk = make_desk(services, qtbot)
    desk.start()
    try:
        assert services.calls.get(admin, stale).ended_at is not None
        assert services.calls.get(admin, stale).duration is None
        assert services.calls.get(admin, other).ended_at is None  # another PC's line
    finally:
        desk.stop()
        desk.popups.close_all()


def test_signing_out_asks_before_closing_popups_with_typed_details(
    sqlite_services: Services, qtbot, tmp_path
):
    session = Session(
        sqlite_services,
        ui_state_at(tmp_path / "ui.ini"),
        pages=lambda: [],
        make_lines=FakeLines,
    )
    session.start()
    session.login.username.setText("system")
    session.login.password.setText(ADMIN_PASSWORD)
    session.login.sign_in()
    window, desk = session.window, session.desk
    assert window is not None and desk is not None  # the session deletes the window
    ring(desk, 1, "13912345678")
    popup = desk.popups.popup(1)
    popup.unknown.name.setText("王老师")

    answer_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    window.sign_out()
    assert session.window is window and window.isVisible() and popup.isVisible()

    answer_modal(lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    window.sign_out()
    assert session.window is None and session.login is not None
    assert not popup.isVisible()
    session.end(0)
