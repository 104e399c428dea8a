"""The line manager: device lines to station lines, and one event per thing that happened."""

from __future__ import annotations

import threading

import pytest

from yuntian.device_settings import DeviceConfig, DeviceKind, LineConfig
from yuntian.telephony.events import CallerIdEvent, DeviceEvent, DeviceStatus, Health, Kind
from yuntian.telephony.line_events import (
    CallAnswered,
    CallEnded,
    DeviceMessage,
    IncomingCall,
    LineStatus,
    OutgoingCall,
)
from yuntian.telephony.line_manager import LineManager, LineState

DEVICES = [
    DeviceConfig("modem", DeviceKind.SERIAL, "/dev/ttyUSB0"),
    DeviceConfig("whozz", DeviceKind.UDP, "udp://0.0.0.0:3520"),
]
LINES = [
    LineConfig("modem", None, 3, "前台 1"),
    LineConfig("whozz", 1, 1, "售后 1"),
    LineConfig("whozz", "02", 2, "售后 2", popup=False),
]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def manager(clock):
    out: list = []
    lm = LineManager(LINES, DEVICES, out.append, clock)
    lm.out = out
    return lm


def feed(lm: LineManager, device: str, kind: Kind, line=None, at: float | None = None, **kw):
    at = lm._clock() if at is None else at
    lm.handle(DeviceEvent(device, CallerIdEvent(kind, line=line, **kw), at))


def of(lm: LineManager, *types) -> list:
    return [e for e in lm.out if isinstance(e, types)]


def test_device_lines_map_to_station_lines_and_unconfigured_lines_are_dropped(manager):
    feed(manager, "modem", Kind.CALL, number="13800138000")  # a modem names no line
    feed(manager, "whozz", Kind.START, line=2, direction="in", number="01062345678")
    feed(manager, "whozz", Kind.START, line=5, direction="in", number="62345678")
    feed(manager, "elsewhere", Kind.CALL, number="110")
    calls = of(manager, IncomingCall)
    assert [(c.line, c.line_name, c.number) for c in calls] == [
        (3, "前台 1", "13800138000"),
        (2, "售后 2", "01062345678"),
    ]
    assert manager.states() == {1: LineState.IDLE, 2: LineState.RINGING, 3: LineState.RINGING}


@pytest.mark.parametrize(
    ("configured", "sent", "station"),
    [(None, "A", 4), (None, None, 4), (1, None, 4), ("01", 1, 4), (1, 2, None)],
)
def test_a_one_line_device(clock, configured, sent, station):
    out: list = []
    lm = LineManager([LineConfig("modem", configured, 4)], DEVICES[:1], out.append, clock)
    lm.out = out
    feed(lm, "modem", Kind.CALL, line=sent, number="1")
    assert [c.line for c in of(lm, IncomingCall)] == ([station] if station else [])


def test_ring_cid_ring_is_one_call_stamped_when_its_caller_id_arrived(manager, clock):
    feed(manager, "modem", Kind.RING, at=1000.0)
    feed(manager, "modem", Kind.CALL, number="13800138000", name="张三", at=1000.5)
    feed(manager, "modem", Kind.RING, at=1006.0)
    feed(manager, "modem", Kind.RING, at=1012.0)
    (call,) = of(manager, IncomingCall)
    assert (call.number, call.name, call.direction, call.received) == (
        "13800138000",
        "张三",
        "in",
        1000.5,
    )


def test_caller_id_before_the_first_ring_is_one_call(manager):
    feed(manager, "modem", Kind.CALL, number="13800138000")
    feed(manager, "modem", Kind.RING)
    feed(manager, "modem", Kind.RING)
    assert len(of(manager, IncomingCall)) == 1


def test_rings_without_caller_id_are_a_call_by_the_second_ring(manager, clock):
    feed(manager, "modem", Kind.RING, at=1000.0)
    assert not of(manager, IncomingCall)
    feed(manager, "modem", Kind.RING, at=1006.0)
    (call,) = of(manager, IncomingCall)
    assert (call.number, call.privacy, call.received) == (None, None, 1006.0)
    # The parser's own "no caller ID by the 2nd ring" call is not a second pop-up.
    feed(manager, "modem", Kind.CALL, at=1006.0)
    feed(manager, "modem", Kind.RING, at=1012.0)
    assert len(of(manager, IncomingCall)) == 1


def test_rings_that_stop_end_the_call_after_8_s(manager, clock):
    feed(manager, "modem", Kind.RING, at=1000.0)
    feed(manager, "modem", Kind.CALL, number="13800138000", at=1000.5)
    feed(manager, "modem", Kind.RING, at=1006.0)
    clock.now = 1013.9
    manager.tick()
    assert not of(manager, CallEnded)
    clock.now = 1014.1
    manager.tick()
    (ended,) = of(manager, CallEnded)
    # A plain modem cannot tell an answer from a caller giving up.
    assert (ended.line, ended.answered, ended.duration, ended.direction) == (3, None, 6, "in")
    assert manager.states()[3] is LineState.IDLE
    manager.tick()
    assert len(of(manager, CallEnded)) == 1


def test_a_single_ring_that_stops_is_forgotten(manager, clock):
    feed(manager, "modem", Kind.RING, at=1000.0)
    clock.now = 1010.0
    manager.tick()
    assert manager.out == []
    assert manager.states()[3] is LineState.IDLE


def test_whozz_call_answered_then_hung_up(manager, clock):
    feed(manager, "whozz", Kind.RING, line=1, at=1000.0)
    feed(manager, "whozz", Kind.START, line=1, direction="in", number="13800138000", at=1000.2)
    feed(manager, "whozz", Kind.RING, line=1, at=1006.0)
    feed(manager, "whozz", Kind.OFFHOOK, line=1, at=1008.0)
    assert manager.states()[1] is LineState.CONNECTED
    clock.now = 1100.0
    manager.tick()  # talking is not ringing: no timeout
    feed(manager, "whozz", Kind.ONHOOK, line=1, at=1098.0)
    feed(manager, "whozz", Kind.END, line=1, direction="in", duration=98, at=1098.5)
    assert [type(e) for e in manager.out] == [IncomingCall, CallAnswered, CallEnded]
    answered, ended = manager.out[1], manager.out[2]
    assert (answered.line, answered.received) == (1, 1008.0)
    assert (ended.answered, ended.duration, ended.received) == (True, 90, 1098.0)


def test_whozz_call_nobody_answered_is_missed(manager, clock):
    feed(manager, "whozz", Kind.OFFHOOK, line=2, at=900.0)  # the unit reports hook changes
    feed(manager, "whozz", Kind.ONHOOK, line=2, at=901.0)
    feed(manager, "whozz", Kind.RING, line=1, at=1000.0)
    feed(manager, "whozz", Kind.START, line=1, direction="in", number="110", at=1000.2)
    feed(manager, "whozz", Kind.RING, line=1, at=1006.0)
    clock.now = 1015.0
    manager.tick()
    (ended,) = of(manager, CallEnded)
    assert ended.answered is False
    feed(manager, "whozz", Kind.END, line=1, direction="in", duration=14, at=1016.0)
    assert len(of(manager, CallEnded)) == 1  # the late end record is not a second end


def test_whozz_without_detail_records_ends_on_its_end_record(manager, clock):
    feed(manager, "whozz", Kind.START, line=1, direction="in", number="110", at=1000.0)
    clock.now = 1300.0
    manager.tick()  # no rings reported, so no ring timeout while they talk
    assert not of(manager, CallEnded)
    feed(manager, "whozz", Kind.END, line=1, direction="in", duration=276, at=1300.0)
    (ended,) = of(manager, CallEnded)
    assert (ended.duration, ended.answered) == (276, None)


def test_outgoing_call(manager):
    feed(manager, "whozz", Kind.OFFHOOK, line=2, at=1000.0)
    assert not manager.out  # picking up the handset is not yet a call
    feed(manager, "whozz", Kind.START, line=2, direction="out", number="13800138000", at=1004.0)
    feed(manager, "whozz", Kind.ONHOOK, line=2, at=1064.0)
    feed(manager, "whozz", Kind.END, line=2, direction="out", duration=60, at=1064.2)
    out, ended = manager.out
    assert isinstance(out, OutgoingCall)
    assert (out.line, out.number, out.direction) == (2, "13800138000", "out")
    assert isinstance(ended, CallEnded)
    assert (ended.direction, ended.duration) == ("out", 64)


def test_a_picked_up_handset_put_down_again_is_nothing(manager):
    feed(manager, "whozz", Kind.OFFHOOK, line=1)
    feed(manager, "whozz", Kind.ONHOOK, line=1)
    assert manager.out == []


def test_answered_at_the_first_ring_without_caller_id_is_still_a_call(manager):
    feed(manager, "whozz", Kind.RING, line=1, at=1000.0)
    feed(manager, "whozz", Kind.OFFHOOK, line=1, at=1001.0)
    assert [type(e) for e in manager.out] == [IncomingCall, CallAnswered]
    assert manager.out[0].number is None


def test_ncid_style_calls_without_rings_end_when_the_next_one_comes(manager):
    feed(manager, "modem", Kind.CALL, number="111", at=1000.0)
    feed(manager, "modem", Kind.CALL, number="222", at=1030.0)
    assert [type(e) for e in manager.out] == [IncomingCall, CallEnded, IncomingCall]
    assert [c.number for c in of(manager, IncomingCall)] == ["111", "222"]


def test_a_blocked_call_is_logged_but_does_not_disturb_the_line(manager):
    feed(manager, "whozz", Kind.START, line=1, direction="in", number="110", at=1000.0)
    feed(manager, "whozz", Kind.CALL, line=1, direction="in", number="95555", text="blocked")
    blocked, ended = manager.out[1:]
    assert isinstance(blocked, IncomingCall) and blocked.blocked
    assert blocked.number == "95555"
    assert isinstance(ended, CallEnded) and ended.answered is False
    assert not manager.out[0].blocked
    assert manager.states()[1] is LineState.RINGING  # the first call goes on


def test_device_health_reaches_each_of_its_lines_once(manager):
    manager.handle(DeviceStatus("whozz", Health.CONNECTED, "listening on 0.0.0.0:3520"))
    manager.handle(DeviceStatus("whozz", Health.CONNECTED, "listening on 0.0.0.0:3520"))
    manager.handle(DeviceStatus("whozz", Health.DISCONNECTED, "[Errno 98] Address in use"))
    manager.handle(DeviceStatus("nobody", Health.CONNECTED))
    statuses = of(manager, LineStatus)
    assert [(s.line, s.line_name, s.health) for s in statuses] == [
        (1, "售后 1", Health.CONNECTED),
        (2, "售后 2", Health.CONNECTED),
        (1, "售后 1", Health.DISCONNECTED),
        (2, "售后 2", Health.DISCONNECTED),
    ]
    assert statuses[-1].detail == "[Errno 98] Address in use"
    assert manager.health()[3] is None


def test_messages_are_passed_on_even_without_a_line(manager):
    feed(manager, "whozz", Kind.MESSAGE, text="Server restarting", at=1000.0)
    feed(manager, "modem", Kind.MESSAGE, text="0A", at=1001.0)
    first, second = of(manager, DeviceMessage)
    assert (first.device, first.line, first.text) == ("whozz", None, "Server restarting")
    assert (second.line, second.line_name) == (3, "前台 1")


def test_events_from_several_device_threads(clock):
    """Eight lines ringing at once from eight threads: every call is one pop-up, in order."""
    devices = [DeviceConfig(f"d{n}", DeviceKind.SERIAL, f"/dev/tty{n}") for n in range(1, 9)]
    lines = [LineConfig(f"d{n}", None, n) for n in range(1, 9)]
    out: list = []
    lm = LineManager(lines, devices, out.append, clock)

    def device(n: int) -> None:
        for k in range(50):
            at = 1000.0 + k
            feed(lm, f"d{n}", Kind.RING, at=at)
            feed(lm, f"d{n}", Kind.CALL, number=f"{n}{k}", at=at)
            feed(lm, f"d{n}", Kind.RING, at=at)
            feed(lm, f"d{n}", Kind.ONHOOK, at=at)

    threads = [threading.Thread(target=device, args=(n,)) for n in range(1, 9)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for n in range(1, 9):
        mine = [e for e in out if e.line == n]
        assert [type(e) for e in mine] == [IncomingCall, CallEnded] * 50
        assert [e.number for e in mine if isinstance(e, IncomingCall)] == [
            f"{n}{k}" for k in range(50)
        ]


class FakeDriver:
    def __init__(self, config, sink) -> None:
        self.config, self.sink = config, sink
        self.started = self.stopped = False

    def start(self) -> None:
        self.started = True
        self.sink(DeviceStatus(self.config.id, Health.CONNECTING))

    def stop(self, timeout: float = 3.0) -> None:
        self.stopped = True

    @property
    def running(self) -> bool:
        return self.started and not self.stopped


def test_start_runs_a_driver_per_used_device_and_reports_what_cannot_start(clock):
    devices = [
        DeviceConfig("ok", DeviceKind.SERIAL, "/dev/ttyS0"),
        DeviceConfig("off", DeviceKind.SERIAL, "/dev/ttyS1", enabled=False),
        DeviceConfig("broken", DeviceKind.SIMULATOR, "sim:missing.txt"),
        DeviceConfig("unused", DeviceKind.SERIAL, "/dev/ttyS2"),
    ]
    lines = [LineConfig("ok", None, 1), LineConfig("off", None, 2), LineConfig("broken", None, 3)]
    drivers: dict[str, FakeDriver] = {}

    def factory(config, sink):
        if config.id == "broken":
            raise FileNotFoundError("missing.txt: no such file")
        drivers[config.id] = FakeDriver(config, sink)
        return drivers[config.id]

    out: list = []
    lm = LineManager(lines, devices, out.append, clock, driver_factory=factory, tick=0.05)
    lm.start()
    try:
        assert set(drivers) == {"ok"}
        assert drivers["ok"].started
        assert {(s.line, s.health, s.detail) for s in out} == {
            (1, Health.CONNECTING, ""),
            (2, Health.DISCONNECTED, "disabled"),
            (3, Health.DISCONNECTED, "missing.txt: no such file"),
        }
    finally:
        lm.stop()
    assert drivers["ok"].stopped
