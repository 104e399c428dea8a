"""Two stations in one test process, on one database file, joined by a LoopbackHub: the line
host's call pops on the other station with the customer; taking it there shows "taken by" on
the line host; a line the other station did not choose does not pop there."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from tests.helpers import login_admin
from tests.support.customer_helpers import new_customer, salesperson
from tests.support.customer_ui import answer_modal
from yuntian.config import Config, Profile
from yuntian.db.models import User
from yuntian.device_settings import LineConfig
from yuntian.services import Services, build_services
from yuntian.services.admin.auth import load_actor
from yuntian.services.stations.station_link import EventKind, LoopbackHub
from yuntian.telephony.line_events import CallAnswered, CallEnded, IncomingCall
from yuntian.ui.calls import call_texts
from yuntian.ui.calls.call_desk import CallDesk
from yuntian.ui.shell.status_bar import PhoneLinesWidget

stations_hub: list[LoopbackHub] = []  # the fixture's hub, for a third station


class HostLines:
    """The line host's device: lines 1 and 2."""

    def __init__(self, sink) -> None:
        self.lines = [LineConfig("whozz", 1, 1, ""), LineConfig("whozz", 2, 2, "售后")]

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass


class NoLines(HostLines):
    """A station without a caller-ID device."""

    def __init__(self, sink) -> None:
        self.lines = []


def desk_for(services: Services, actor, lines, link, name: str, qtbot) -> CallDesk:
    bar = PhoneLinesWidget()
    qtbot.addWidget(bar)
    desk = CallDesk(services, actor, bar, lines, station=name, link=link)
    desk.start()
    return desk


@pytest.fixture
def stations(sqlite_services: Services, clock, tmp_path: Path, qtbot):
    """(line host desk, other station's desk): 前台1 has the device, 前台2 wants line 1 only."""
    host_services = sqlite_services
    admin = login_admin(host_services)
    wang = load_actor(User.get_by_id(salesperson(host_services, admin, "wangfang", "王芳")))
    other_profile = Profile(tmp_path / "station-b", Config(local_area_code="010"))
    other_profile.config.popup_lines = [1]
    other_services = build_services(host_services.db, other_profile, clock)
    hub = LoopbackHub()
    host = desk_for(host_services, admin, HostLines, hub.link("key-a"), "前台1", qtbot)
    other = desk_for(other_services, wang, NoLines, hub.link("key-b"), "前台2", qtbot)
    stations_hub[:] = [hub]
    yield host, other
    for desk in (host, other):
        desk.stop()
        desk.popups.close_all()


def ring(desk: CallDesk, line: int, number: str) -> None:
    desk.handle(IncomingCall(line, "", number, None, None, "in", time.monotonic()))


def test_the_line_hosts_call_pops_on_the_other_station_with_the_customer(stations, qtbot):
    host, other = stations
    new_customer(host._services, host._actor, "张三", "13800138000")
    ring(host, 1, "13800138000")

    qtbot.waitUntil(lambda: other.popups.popup(1) is not None and other.popups.popup(1).isVisible())
    remote = other.popups.popup(1)
    assert remote.name_label.text() == "张三"  # looked up on this station's own connection
    assert remote.line_label.text() == "<b>Line 1 · 前台1</b>"  # which line, which station
    assert remote.call.call_id == host.call_id(1) and remote.call.host == "key-a"

    host.handle(CallAnswered(1, "", time.monotonic()))  # picked up at the line host
    qtbot.waitUntil(lambda: remote.state_label.text() == "On the line")
    assert not remote.taken_note.isHidden()
    assert remote.taken_note.text() == f"Taken by {host._actor.display_name} (前台1)"
    host.handle(CallEnded(1, "", 65, True, "in", time.monotonic()))
    qtbot.waitUntil(lambda: remote.state_label.text() == "Answered · 1:05")


def test_taking_the_call_on_the_other_station_shows_taken_by_on_the_line_host(stations, qtbot):
    host, other = stations
    new_customer(host._services, host._actor, "张三", "13800138000")
    ring(host, 1, "13800138000")
    local = host.popups.popup(1)
    qtbot.waitUntil(lambda: other.popups.popup(1) is not None)
    remote = other.popups.popup(1)
    assert remote.take_button.isVisibleTo(remote) and local.taken_note.isHidden()

    seen: list[str] = []

    def while_the_form_is_open(dialog) -> None:
        seen.append(type(dialog).__name__)
        seen.append(local.taken_note.text())  # told before the form was even filled in

    answer_modal(while_the_form_is_open)
    remote.service_button.click()  # F6: a service order for the caller, from the pop-up
    assert seen == ["ServiceOrderEditor", "Taken by 王芳 (前台2)"]
    assert not local.taken_note.isHidden()
    row = host._services.calls.get(host._actor, host.call_id(1))
    assert (row.taken_by_name, row.taken_station) == ("王芳", "前台2")
    assert call_texts.display(row, call_texts.OPERATOR) == "王芳 (前台2)"  # the call log
    assert call_texts.tooltip(row, call_texts.OPERATOR).startswith("Taken by 王芳 (前台2) at ")

    # The line host's receptionist answers anyway: warned first, nothing claimed twice.
    asked: list[str] = []
    answer_modal(lambda box: (asked.append(box.text()), box.reject()))
    local.take_button.click()
    assert asked == ["王芳 (前台2) has already taken this call. Handle it anyway?"]
    row = host._services.calls.get(host._actor, host.call_id(1))
    assert (row.taken_by_name, row.taken_station) == ("王芳", "前台2")


def test_a_line_the_station_did_not_choose_does_not_pop_there(stations, qtbot):
    host, other = stations
    heard: list[dict] = []
    other.shared._link.subscribe(EventKind.CALL, lambda e: heard.append(dict(e.payload)))
    ring(host, 2, "13900000000")
    assert [p["state"] for p in heard] == ["ringing"]  # the event came: line 2 is not wanted
    assert host.popups.popup(2).isVisible()
    assert other.popups.popup(2) is None and other.popups.shown() == []

    other_heard: list[dict] = []
    host.shared._link.subscribe(EventKind.CALL, lambda e: other_heard.append(dict(e.payload)))
    ring(host, 1, "13900000001")
    qtbot.waitUntil(lambda: other.popups.shown() != [])
    assert [p.call.line for p in other.popups.shown()] == [1]
    assert other_heard == []  # a station never pops (or announces) its own calls back


def test_an_event_arriving_on_the_links_own_thread_pops_on_the_gui_thread(stations, qtbot):
    """Real links deliver on their own thread: the pop-up is still built on the GUI thread."""
    _host, other = stations
    third = stations_hub[0].link("key-c")  # a third line host, elsewhere in the shop
    payload = {"state": "ringing", "line": 1, "call_id": None, "station": "仓库",
               "raw_number": "13800138000", "line_name": "", "direction": "in"}  # fmt: skip
    built_on: list[object] = []
    other.shared.call_shown.connect(lambda popup: built_on.append(threading.current_thread()))
    sender = threading.Thread(target=lambda: third.send(EventKind.CALL, payload))
    sender.start()
    sender.join()
    qtbot.waitUntil(lambda: built_on != [])
    assert built_on == [threading.main_thread()]
    assert other.popups.popup(1).line_label.text() == "<b>Line 1 · 仓库</b>"
