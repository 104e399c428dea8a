"""A phone rings: real devices (a modem on a pty, a Whozz Calling unit over UDP) through the
running application's line manager into a stored call and a painted pop-up."""

from __future__ import annotations

import os
import socket
import time

import pytest

from tests.helpers import ADMIN_PASSWORD, login_admin
from tests.support.customer_helpers import new_customer
from tests.telephony.fakes import ModemScript, free_port, pty_reader
from yuntian.app import open_services, phone_lines_factory
from yuntian.demo import DemoOptions, create_demo_profile
from yuntian.demo.staff import DEMO_PASSWORD, DEMO_USERS
from yuntian.device_settings import DeviceConfig, DeviceKind, LineConfig
from yuntian.services import Services
from yuntian.services.calls.call_types import CallFilter
from yuntian.ui.common.ui_state import ui_state_at
from yuntian.ui.shell.session import Session
from yuntian.ui.shell.status_bar import LineState

WHOZZ_HEADER = b"^^<U>000001<S>012345$"


def whozz(line: int, kind: str, number: str, name: str, duration: int = 0) -> bytes:
    record = f"{line:02d} I {kind} {duration:04d} G A1 11/27 09:30 AM {number:<14} {name:<15}"
    return WHOZZ_HEADER + record.encode() + b"\r\n"


def open_session(
    services: Services, tmp_path, qtbot, user: str = "system", password: str = ADMIN_PASSWORD
) -> Session:
    """The application signed in, its phone lines running (``session.end`` stops them)."""
    session = Session(
        services,
        ui_state_at(tmp_path / "ui.ini"),
        pages=lambda: [],
        make_lines=phone_lines_factory(services),
    )
    session.start()
    session.login.username.setText(user)
    session.login.password.setText(password)
    session.login.sign_in()
    assert session.window is not None and session.desk is not None
    qtbot.addWidget(session.window)
    return session


def test_whozz_unit_over_udp_pops_up_the_caller_and_logs_the_call(
    sqlite_services: Services, qtbot, tmp_path
):
    services = sqlite_services
    admin = login_admin(services)
    zhang = new_customer(services, admin, "张三", "13800138000").customer
    port = free_port(socket.SOCK_DGRAM)
    config = services.profile.config
    config.devices = [DeviceConfig("whozz", DeviceKind.UDP, f"udp://127.0.0.1:{port}")]
    config.lines = [LineConfig("whozz", 1, 1, "前台 1"), LineConfig("whozz", 2, 2, "售后热线")]
    session = open_session(services, tmp_path, qtbot)
    desk, window = session.desk, session.window
    try:
        qtbot.waitUntil(
            lambda: window.phone_lines.lines() == {1: LineState.IDLE, 2: LineState.IDLE}
        )
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as unit:
            unit.sendto(whozz(2, "S", "138-0013-8000", "ZHANG SAN"), ("127.0.0.1", port))
            qtbot.waitUntil(lambda: (p := desk.popups.popup(2)) is not None and p.isVisible())
            popup = desk.popups.popup(2)
            qtbot.waitUntil(lambda: popup.painted_at is not None)
            assert popup.card.name.text() == "张三"
            assert "138 0013 8000" in popup.number_label.text()
            assert window.phone_lines.lines()[2] == LineState.RINGING

            call = services.calls.get(admin, desk.call_id(2))
            assert (call.line, call.line_name, call.customer_id) == (2, "售后热线", zhang.id)
            assert (call.number, call.network_name) == ("+8613800138000", "ZHANG SAN")

            unit.sendto(whozz(2, "E", "138-0013-8000", "ZHANG SAN", 95), ("127.0.0.1", port))
            qtbot.waitUntil(lambda: desk.call_id(2) is None)
        ended = services.calls.get(admin, call.id)
        assert ended.duration == 95 and not ended.missed
        assert window.phone_lines.lines()[2] == LineState.IDLE
        assert popup.isVisible()  # closes itself some seconds later unless pinned
    finally:
        session.end(0)


def test_modem_on_a_pty_pops_up_an_unknown_caller_who_is_filed_from_the_pop_up(
    sqlite_services: Services, qtbot, tmp_path, pty
):
    services = sqlite_services
    admin = login_admin(services)
    master, port = pty
    modem = ModemScript(pty_reader(master), lambda data: os.write(master, data), {})
    config = services.profile.config
    config.devices = [DeviceConfig("modem", DeviceKind.SERIAL, port)]
    config.lines = [LineConfig("modem", None, 3, "前台 3")]
    session = open_session(services, tmp_path, qtbot)
    desk, window = session.desk, session.window
    try:
        qtbot.waitUntil(lambda: window.phone_lines.lines().get(3) == LineState.IDLE, timeout=5000)
        os.write(master, b"RING\r\n\r\nDATE = 1127\r\nTIME = 0930\r\n")
        os.write(master, b"NMBR = 01062345678\r\nNAME = LI SI\r\n\r\n")
        qtbot.waitUntil(lambda: (p := desk.popups.popup(3)) is not None and p.isVisible())
        popup = desk.popups.popup(3)
        assert popup.body.currentWidget() is popup.unknown
        assert popup.unknown.phone.text() == "6234 5678"  # the shop is in 010

        popup.unknown.name.setText("李四")
        popup.unknown.save()

        assert popup.card.name.text() == "李四"
        call = services.calls.get(admin, desk.call_id(3))
        assert call.customer_name == "李四" and call.number == "+861062345678"
        assert [r.id for r in services.calls.page(admin, CallFilter())] == [call.id]
    finally:
        session.end(0)
        modem.stop()


def test_a_device_that_goes_away_shows_offline_and_its_calls_after_return_are_not_lost(
    sqlite_services: Services, qtbot, tmp_path
):
    services = sqlite_services
    admin = login_admin(services)
    port = free_port()
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", port))
    server.listen()
    config = services.profile.config
    # A Whozz Calling unit behind a serial-over-network adapter (pyserial socket:// URL).
    config.devices = [
        DeviceConfig("unit", DeviceKind.SERIAL, f"socket://127.0.0.1:{port}", "whozz")
    ]
    config.lines = [LineConfig("unit", 1, 1, "前台 1")]
    session = open_session(services, tmp_path, qtbot)
    desk, window = session.desk, session.window
    try:
        conn, _ = server.accept()
        qtbot.waitUntil(lambda: window.phone_lines.lines()[1] == LineState.IDLE, timeout=5000)
        conn.close()
        server.close()  # unplugged
        qtbot.waitUntil(lambda: window.phone_lines.lines()[1] == LineState.OFFLINE, timeout=5000)
        unplugged = time.monotonic()

        server = socket.socket()
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", port))
        server.listen()
        server.settimeout(5)
        conn, _ = server.accept()  # plugged back in: the driver reopens within 5 s
        qtbot.waitUntil(lambda: window.phone_lines.lines()[1] == LineState.IDLE, timeout=5000)
        assert time.monotonic() - unplugged < 5
        conn.sendall(whozz(1, "S", "13800138000", "").removeprefix(WHOZZ_HEADER))
        qtbot.waitUntil(lambda: desk.call_id(1) is not None, timeout=3000)
        assert services.calls.get(admin, desk.call_id(1)).number == "+8613800138000"
        conn.close()
    finally:
        session.end(0)
        server.close()


@pytest.mark.slow
def test_the_demo_profile_rings_with_its_customers_within_seconds(qtbot, tmp_path):
    create_demo_profile(tmp_path / "demo", DemoOptions(customers=200, seed=3))
    services = open_services(tmp_path / "demo")
    try:
        assert [d.url for d in services.profile.config.devices] == ["sim:demo?every=20&lines=3"]
        session = open_session(services, tmp_path, qtbot, DEMO_USERS[0][0], DEMO_PASSWORD)
        desk = session.desk
        started = time.monotonic()
        qtbot.waitUntil(lambda: bool(desk.popups.visible_lines()), timeout=8000)
        assert time.monotonic() - started < 8
        (line,) = desk.popups.visible_lines()
        assert desk.popups.popup(line).call.line_name in ("总机", "售后热线", "销售热线")
        session.end(0)
    finally:
        services.db.close()
