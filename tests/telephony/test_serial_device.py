"""A modem or Whozz unit on a serial port: init, caller ID through to events, unplug/replug.

A pty pair stands in for the port (the test plays the modem on the master side); a pyserial
socket:// URL to a local TCP server that the test stops and restarts stands in for a USB
adapter that is pulled out and plugged back in.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time

import pytest

from tests.telephony.fakes import (
    FakeParser,
    ModemScript,
    Recorder,
    free_port,
    pty_reader,
    socket_reader,
)
from yuntian.device_settings import DeviceConfig, DeviceKind
from yuntian.telephony.events import Health, Kind
from yuntian.telephony.serial_device import SerialDevice

CALLER_ID = (
    "RING\r\n\r\nDATE = 0321\r\nTIME = 1405\r\nNMBR = 8005551212\r\nNAME = 张三\r\n\r\nRING\r\n"
).encode()


def serial_device(url, sink, fmt="modem", init="", **options):
    config = DeviceConfig("modem1", DeviceKind.SERIAL, url, format=fmt, init=init)
    options.setdefault("init_timeout", 0.5)
    device = SerialDevice(config, sink, **options)
    device.start()
    return device


def test_modem_on_a_pty_is_initialised_and_its_caller_id_becomes_events(pty):
    master, port = pty
    modem = ModemScript(pty_reader(master), lambda b: os.write(master, b), {})
    sink = Recorder()
    device = serial_device(port, sink)
    try:
        sink.wait_health(Health.CONNECTED)
        assert modem.commands == ["ATZ", "AT+VCID=1"]
        assert sink.statuses()[-1].detail == "AT+VCID=1 accepted"

        before = time.monotonic()
        os.write(master, CALLER_ID)
        sink.wait_for(lambda r: len(r.events) >= 3)
        ring, call, ring2 = sink.events
        assert (ring.event, call.event, ring2.event) == (Kind.RING, Kind.CALL, Kind.RING)
        assert (call.number, call.name, call.date, call.time) == (
            "8005551212",
            "张三",
            "0321",
            "1405",
        )
        stamp = next(i.received for i in sink.items if getattr(i, "event", None) is call)
        assert before <= stamp <= time.monotonic()

        # Unplugged: the tty goes away under the reader.
        os.close(master)
        sink.wait_health(Health.DISCONNECTED)
    finally:
        modem.stop()
        started = time.monotonic()
        device.stop()
        assert time.monotonic() - started < 1.0
        assert not device.running


def test_modem_that_refuses_vcid_gets_hash_cid(pty):
    master, port = pty
    modem = ModemScript(pty_reader(master), lambda b: os.write(master, b), {"AT+VCID=1": "ERROR"})
    sink = Recorder()
    device = serial_device(port, sink)
    try:
        sink.wait_health(Health.CONNECTED)
        assert modem.commands == ["ATZ", "AT+VCID=1", "AT#CID=1"]
        assert sink.statuses()[-1].detail == "AT#CID=1 accepted"
    finally:
        modem.stop()
        device.stop()


def test_modem_that_accepts_neither_says_so_and_raw_hex_mode_asks_for_2(pty):
    master, port = pty
    answers = {"AT+VCID=2": "ERROR", "AT#CID=2": "ERROR"}
    modem = ModemScript(pty_reader(master), lambda b: os.write(master, b), answers)
    sink = Recorder()
    device = serial_device(port, sink, fmt="modem-hex")
    try:
        sink.wait_health(Health.CONNECTED)
        assert modem.commands == ["ATZ", "AT+VCID=2", "AT#CID=2"]
        assert "neither AT+VCID=2 nor AT#CID=2" in sink.statuses()[-1].detail
    finally:
        modem.stop()
        device.stop()


def test_configured_init_commands_replace_the_default(pty):
    master, port = pty
    modem = ModemScript(pty_reader(master), lambda b: os.write(master, b), {"AT-SDR=0": "ERROR"})
    sink = Recorder()
    device = serial_device(port, sink, init="AT&F\nAT-SDR=0\n AT+VCID=1 ")
    try:
        sink.wait_health(Health.CONNECTED)
        assert modem.commands == ["AT&F", "AT-SDR=0", "AT+VCID=1"]
        assert sink.statuses()[-1].detail == "AT&F: OK; AT-SDR=0: ERROR; AT+VCID=1: OK"
    finally:
        modem.stop()
        device.stop()


def test_a_silent_port_is_still_read_after_the_init_times_out(pty):
    master, port = pty
    sink = Recorder()
    device = serial_device(port, sink, parser=FakeParser, init_timeout=0.2)
    try:
        sink.wait_health(Health.CONNECTED)
        assert "no answer to ATZ" in sink.statuses()[-1].detail
        os.write(master, b"CALL 62345678\n")
        sink.wait_for(lambda r: r.events)
        assert sink.events[0].number == "62345678"
    finally:
        device.stop()


def test_whozz_needs_no_init_and_a_partial_record_is_flushed_after_a_quiet_moment(pty, caplog):
    master, port = pty
    sink = Recorder()
    device = serial_device(port, sink, fmt="whozz", parser=FakeParser, quiet=0.3)
    try:
        sink.wait_health(Health.CONNECTED)
        assert device.config.serial_baud == 9600
        time.sleep(0.2)
        assert not _readable(master)  # nothing was sent to the unit

        with caplog.at_level(logging.INFO, logger="yuntian.telephony"):
            os.write(master, b"\x00\xff\xfe garbage \x1b[2J\n")  # logged, not fatal
            deadline = time.monotonic() + 3
            while not any("not caller ID" in r.getMessage() for r in caplog.records):
                assert time.monotonic() < deadline, "the garbage was not logged"
                time.sleep(0.05)
        os.write(master, b"CALL 13800138000")  # no line end
        waited = sink.wait_for(lambda r: r.events)
        assert sink.events[0].number == "13800138000"
        assert 0.2 <= waited < 2.0  # the flush waited for quiet, not for ever
        assert device.running
    finally:
        device.stop()


def _readable(fd: int) -> bool:
    import select

    return bool(select.select([fd], [], [], 0)[0])


class ModemServer:
    """A modem behind a TCP port (pyserial socket://) that can be unplugged and replugged."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.commands: list[str] = []
        self.conn: socket.socket | None = None
        self._modem: ModemScript | None = None
        self._listener: socket.socket | None = None
        self._thread: threading.Thread | None = None

    def plug(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(1)
        self._listener = listener
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        try:
            conn, _ = self._listener.accept()
        except OSError:
            return
        self.conn = conn
        self._modem = ModemScript(socket_reader(conn), conn.sendall, {})

    def send(self, data: bytes) -> None:
        self.conn.sendall(data)

    def unplug(self) -> None:
        if self._modem:
            self._modem.stop()
            self.commands += self._modem.commands
        for s in (self.conn, self._listener):
            if s is not None:
                s.close()
        self.conn = self._modem = None


@pytest.mark.slow
def test_unplug_and_replug_reconnects_within_5_s_and_no_call_is_lost():
    server = ModemServer(free_port())
    server.plug()
    sink = Recorder()
    device = serial_device(f"socket://127.0.0.1:{server.port}", sink)
    try:
        sink.wait_health(Health.CONNECTED)
        server.send(CALLER_ID)
        sink.wait_for(lambda r: len(r.events) == 3)

        server.unplug()
        sink.wait_health(Health.DISCONNECTED)
        time.sleep(2.5)  # away long enough for the back-off to reach its cap
        disconnected = sink.statuses()[-1]
        assert disconnected.health is Health.DISCONNECTED
        # Failed reopen attempts are not each reported again.
        assert sink.healths.count(Health.DISCONNECTED) <= 2

        server.plug()
        took = sink.wait_health(Health.CONNECTED, count=2, timeout=5.0)
        assert took < 5.0
        server.send(b"RING\r\nNMBR = 13912345678\r\nNAME = O\r\n")
        sink.wait_for(lambda r: any(e.number == "13912345678" for e in r.events))
        server.unplug()
        assert server.commands.count("ATZ") == 2  # the replugged modem was set up again
    finally:
        device.stop()
        server.unplug()
