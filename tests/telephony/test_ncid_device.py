"""The NCID client against a small threaded TCP server on 127.0.0.1."""

from __future__ import annotations

import contextlib
import socket
import threading
import time

from tests.telephony.fakes import FakeParser, Recorder, free_port
from yuntian.device_settings import DeviceConfig, DeviceKind
from yuntian.telephony.events import Health
from yuntian.telephony.ncid_device import NcidDevice

GREETING = b"200 NCID Server: ncidd (NCID) 1.11\n210 API: 1.10 Feature Set 1 2 3 4\n"
CID = b"CID: *DATE*11272026*TIME*0930*LINE*1*NMBR*13800138000*MESG*NONE*NAME*NO NAME*\n"


class NcidServer:
    """Accepts clients, greets them, records what they send; can be restarted on its port."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.received = b""
        self.clients: list[socket.socket] = []
        self._listener: socket.socket | None = None

    def start(self) -> None:
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", self.port))
        self._listener.listen(4)
        threading.Thread(target=self._serve, args=(self._listener,), daemon=True).start()

    def _serve(self, listener: socket.socket) -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            conn.sendall(GREETING + b"300 End of connection startup\n")
            self.clients.append(conn)
            threading.Thread(target=self._read, args=(conn,), daemon=True).start()

    def _read(self, conn: socket.socket) -> None:
        while True:
            try:
                data = conn.recv(1024)
            except OSError:
                return
            if not data:
                return
            self.received += data

    def send(self, data: bytes) -> None:
        deadline = time.monotonic() + 2
        while not self.clients and time.monotonic() < deadline:  # accept() may lag connect()
            time.sleep(0.01)
        self.clients[-1].sendall(data)

    def stop(self) -> None:
        for s in [*self.clients, self._listener]:
            if s is not None:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()
        self.clients = []


def test_ncid_client_reads_lines_sends_keepalives_and_reconnects():
    server = NcidServer(free_port())
    server.start()
    sink = Recorder()
    config = DeviceConfig("ncid1", DeviceKind.NCID, f"ncid://127.0.0.1:{server.port}")
    device = NcidDevice(config, sink, parser=FakeParser, keepalive=0.3)
    device.start()
    try:
        sink.wait_health(Health.CONNECTED)
        assert sink.statuses()[-1].detail == f"127.0.0.1:{server.port}"
        server.send(b"CALL 13800138000\n")
        sink.wait_for(lambda r: r.events)
        assert sink.events[0].number == "13800138000"

        deadline = time.monotonic() + 3
        while b"\n" not in server.received:  # a bare newline as keep-alive
            assert time.monotonic() < deadline, "no keep-alive"
            time.sleep(0.05)
        assert set(server.received) == {ord("\n")}

        server.stop()  # the server restarts
        sink.wait_health(Health.DISCONNECTED)
        assert "closed" in sink.statuses()[-1].detail
        server.start()
        assert sink.wait_health(Health.CONNECTED, count=2) < 5.0
        server.send(b"CALL 01062345678\n")
        sink.wait_for(lambda r: len(r.events) == 2)
        assert sink.events[1].number == "01062345678"
    finally:
        device.stop()
        server.stop()


def test_no_server_is_reported_disconnected_and_stop_is_prompt():
    port = free_port()
    sink = Recorder()
    config = DeviceConfig("ncid1", DeviceKind.NCID, f"ncid://127.0.0.1:{port}")
    device = NcidDevice(config, sink, parser=FakeParser)
    device.start()
    sink.wait_health(Health.DISCONNECTED)
    assert "refused" in sink.statuses()[-1].detail.lower()
    started = time.monotonic()
    device.stop()
    assert time.monotonic() - started < 1.0
    assert not device.running
