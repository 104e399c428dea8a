"""Whozz Calling Ethernet Link over real UDP on 127.0.0.1."""

from __future__ import annotations

import socket
import time

from tests.telephony.fakes import FakeParser, Recorder, free_port
from yuntian.device_settings import DeviceConfig, DeviceKind
from yuntian.telephony.events import Health, Kind
from yuntian.telephony.udp_device import UdpDevice

HEADER = b"^^<U>000001<S>123456$"
START = b"01 I S 0000 G A1 09/26 11:28 AM 800-240-4637   CallerID.com   "
RING = b"02 R             11/07 07:43:52"


def send(port: int, data: bytes) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.sendto(data, ("127.0.0.1", port))


def start_udp(url: str, sink: Recorder, **options) -> UdpDevice:
    device = UdpDevice(DeviceConfig("whozz1", DeviceKind.UDP, url), sink, **options)
    device.start()
    sink.wait_health(Health.CONNECTED)
    return device


def test_whozz_datagrams_become_events_and_a_repeat_within_2_s_is_dropped():
    port = free_port(socket.SOCK_DGRAM)
    sink = Recorder()
    device = start_udp(f"udp://127.0.0.1:{port}", sink)
    try:
        assert device.bound_address == ("127.0.0.1", port)
        assert sink.statuses()[-1].detail == f"listening on 127.0.0.1:{port}"
        send(port, HEADER + RING + b"\r\n")
        send(port, HEADER + START)  # a datagram's last record needs no line end
        send(port, HEADER + START)  # the unit sends it again
        sink.wait_for(lambda r: len(r.events) >= 2)
        time.sleep(0.3)  # room for the repeat to (wrongly) show up
        ring, start = sink.events
        assert (ring.event, ring.line) == (Kind.RING, 2)
        assert (start.event, start.line, start.direction) == (Kind.START, 1, "in")
        assert (start.number, start.name) == ("8002404637", "CallerID.com")
    finally:
        device.stop()
    assert sink.healths[-1] is Health.DISCONNECTED


def test_a_port_in_use_is_reported_and_retried():
    port = free_port(socket.SOCK_DGRAM)
    blocker = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    blocker.bind(("127.0.0.1", port))  # no SO_REUSEADDR: the driver cannot share it
    sink = Recorder()
    device = UdpDevice(DeviceConfig("w", DeviceKind.UDP, f"udp://127.0.0.1:{port}"), sink)
    device.start()
    try:
        sink.wait_health(Health.DISCONNECTED)
        assert "in use" in sink.statuses()[-1].detail.lower()
        blocker.close()
        sink.wait_health(Health.CONNECTED, timeout=5)
        send(port, b"01 R             11/07 07:43:52\r\n")
        sink.wait_for(lambda r: r.events)
    finally:
        blocker.close()
        device.stop()


def test_fake_parser_sees_each_datagram_whole():
    """A datagram is a whole record: it is flushed at once, not after a quiet moment."""
    port = free_port(socket.SOCK_DGRAM)
    sink = Recorder()
    device = start_udp(f"udp://127.0.0.1:{port}", sink, parser=FakeParser, quiet=10.0)
    try:
        send(port, b"CALL 13800138000")
        assert sink.wait_for(lambda r: r.events, timeout=2) < 1.0
        assert sink.events[0].number == "13800138000"
    finally:
        device.stop()
