"""Real drivers and real parsers through the line manager: bytes on a wire to line events."""

from __future__ import annotations

import os
import random
import socket
import threading
import time

from tests.telephony.fakes import ModemScript, free_port, pty_reader
from tests.telephony.test_ncid_device import NcidServer
from yuntian.device_settings import DeviceConfig, DeviceKind, LineConfig
from yuntian.telephony.drivers import make_driver
from yuntian.telephony.events import Health
from yuntian.telephony.line_events import (
    CallAnswered,
    CallEnded,
    IncomingCall,
    LineStatus,
)
from yuntian.telephony.line_manager import LineManager


class Events:
    def __init__(self) -> None:
        self.items: list = []
        self.stamps: list[float] = []  # when the sink saw each one
        self._changed = threading.Condition()

    def __call__(self, event) -> None:
        with self._changed:
            self.items.append(event)
            self.stamps.append(time.monotonic())
            self._changed.notify_all()

    def of(self, kind) -> list:
        return [e for e in self.items if isinstance(e, kind)]

    def wait(self, check, timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        with self._changed:
            while not check(self):
                left = deadline - time.monotonic()
                assert left > 0, f"timed out; got {self.items!r}"
                self._changed.wait(left)


def factory(config, sink):
    # A long quiet time: an event that waited for the quiet-time flush would show.
    options = {"init_timeout": 0.3, "quiet": 1.0} if config.kind is DeviceKind.SERIAL else {}
    if config.kind is DeviceKind.SIMULATOR:
        options = {"speed": 100, "rng": random.Random(3), "numbers": lambda: ["13800138000"]}
    return make_driver(config, sink, **options)


def run(devices, lines, **options) -> tuple[LineManager, Events]:
    events = Events()
    manager = LineManager(lines, devices, events, driver_factory=factory, **options)
    manager.start()
    return manager, events


def connected(events: Events, line: int) -> bool:
    return any(s.line == line and s.health is Health.CONNECTED for s in events.of(LineStatus))


def test_modem_on_a_pty_rings_one_call_into_a_station_line(pty):
    master, port = pty
    modem = ModemScript(pty_reader(master), lambda b: os.write(master, b), {})
    device = DeviceConfig("modem", DeviceKind.SERIAL, port)
    manager, events = run([device], [LineConfig("modem", None, 5, "前台 1")])
    try:
        events.wait(lambda e: connected(e, 5))
        assert events.of(LineStatus)[-1].detail == "AT+VCID=1 accepted"
        os.write(master, b"RING\r\n\r\n")
        time.sleep(0.1)
        sent = time.monotonic()
        os.write(
            master, "DATE = 1127\r\nTIME = 0930\r\nNMBR = 13800138000\r\nNAME = 张三\r\n".encode()
        )
        events.wait(lambda e: e.of(IncomingCall))
        os.write(master, b"\r\nRING\r\n")
        time.sleep(0.3)
        (call,) = events.of(IncomingCall)
        assert (call.line, call.line_name, call.number, call.name) == (
            5,
            "前台 1",
            "13800138000",
            "张三",
        )
        # The call left the driver as soon as the block was complete, not after a quiet time,
        # stamped with the arrival of its last byte.
        assert sent <= call.received <= events.stamps[events.items.index(call)]
        assert events.stamps[events.items.index(call)] - sent < 0.5
    finally:
        manager.stop()
        modem.stop()


def test_tci_unit_on_a_pty(pty):
    master, port = pty
    device = DeviceConfig("tci", DeviceKind.SERIAL, port, format="tci")
    manager, events = run([device], [LineConfig("tci", 1, 1)])
    try:
        events.wait(lambda e: connected(e, 1))
        line = "01      9/04      1:29 PM       212-555-4000           Vähälä Joe     \r\n"
        os.write(master, line.encode())
        events.wait(lambda e: e.of(IncomingCall))
        (call,) = events.of(IncomingCall)
        assert (call.number, call.name, call.date, call.time) == (
            "2125554000",
            "Vähälä Joe",
            "0904",
            "1329",
        )
    finally:
        manager.stop()


def test_whozz_unit_over_udp_start_repeat_and_end():
    port = free_port(socket.SOCK_DGRAM)
    device = DeviceConfig("whozz", DeviceKind.UDP, f"udp://127.0.0.1:{port}")
    lines = [LineConfig("whozz", 1, 1, "售后 1"), LineConfig("whozz", 2, 2, "售后 2")]
    manager, events = run([device], lines)
    header = b"^^<U>000001<S>123456$"
    start = b"02 I S 0000 G A1 09/26 11:28 AM 800-240-4637   CallerID.com   "
    end = b"02 I E 0276 G A1 09/26 11:33 AM 800-240-4637   CallerID.com   "
    try:
        events.wait(lambda e: connected(e, 1) and connected(e, 2))
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            for packet in (start, start, end):
                s.sendto(header + packet, ("127.0.0.1", port))
        events.wait(lambda e: e.of(CallEnded))
        (call,) = events.of(IncomingCall)
        (ended,) = events.of(CallEnded)
        assert (call.line, call.line_name, call.number) == (2, "售后 2", "8002404637")
        assert (ended.line, ended.duration, ended.answered) == (2, 276, None)
    finally:
        manager.stop()


def test_ncid_server_call_with_ring_information():
    server = NcidServer(free_port())
    server.start()
    device = DeviceConfig("ncid", DeviceKind.NCID, f"ncid://127.0.0.1:{server.port}")
    manager, events = run([device], [LineConfig("ncid", "POTS", 3)])
    try:
        events.wait(lambda e: connected(e, 3))
        server.send(
            b"CIDINFO: *LINE*POTS*RING*1*TIME*09:30:00*\n"
            b"CID: *DATE*11272026*TIME*0930*LINE*POTS*NMBR*13800138000*MESG*NONE*NAME*NO NAME*\n"
            b"CIDINFO: *LINE*POTS*RING*2*TIME*09:30:06*\n"
            b"CIDINFO: *LINE*POTS*RING*0*TIME*09:30:08*\n"
            b"CIDINFO: *LINE*POTS*RING*-2*TIME*09:31:00*\n"
        )
        events.wait(lambda e: e.of(CallEnded))
        (call,) = events.of(IncomingCall)
        assert (call.line, call.number, call.name) == (3, "13800138000", None)
        assert len(events.of(CallAnswered)) == 1
        assert events.of(CallEnded)[0].answered is True
    finally:
        manager.stop()
        server.stop()


def test_demo_simulator_calls_begin_and_end_on_each_line():
    device = DeviceConfig("demo", DeviceKind.SIMULATOR, "sim:demo?every=5&lines=3")
    lines = [LineConfig("demo", n, n, f"线 {n}") for n in (1, 2, 3)]
    manager, events = run([device], lines, ring_timeout=8.0)
    time.sleep(1.5)
    manager.stop()
    calls = events.of(IncomingCall)
    # ~150 simulated seconds on 3 lines, each busy for up to ~45 s a call: a dozen or more.
    assert len(calls) >= 12
    assert {c.line for c in calls} == {1, 2, 3}
    assert "13800138000" in {c.number for c in calls}
    assert events.of(CallAnswered)
    for n in (1, 2, 3):
        mine = [type(e).__name__ for e in events.items if e.line == n and type(e) is not LineStatus]
        # Calls follow one another: a call, maybe answered, then its end; never two at once.
        text = " ".join(mine)
        for call in text.replace("CallEnded", "CallEnded|").split("|")[:-1]:
            assert call.split() in (
                ["IncomingCall", "CallEnded"],
                ["IncomingCall", "CallAnswered", "CallEnded"],
                ["OutgoingCall", "CallEnded"],
            )
