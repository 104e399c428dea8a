"""Test doubles for the telephony drivers: a tiny line parser, a recording sink, a fake modem."""

from __future__ import annotations

import os
import select
import socket
import threading
import time
from collections.abc import Callable

from yuntian.telephony.events import CallerIdEvent, DeviceEvent, DeviceStatus, Health, Kind


class FakeParser:
    """One event per line: ``RING``, ``CALL <number>`` or ``<event> [line]``; a partial line
    is reported by flush() (so the tests see the driver's quiet-time flush)."""

    def __init__(self) -> None:
        self.buffer = b""
        self.flushes = 0

    def feed(self, data: bytes) -> list[CallerIdEvent]:
        self.buffer += data
        *lines, self.buffer = self.buffer.split(b"\n")
        return [e for line in lines if (e := self._line(line))]

    def flush(self) -> list[CallerIdEvent]:
        self.flushes += 1
        line, self.buffer = self.buffer, b""
        event = self._line(line)
        return [event] if event else []

    @staticmethod
    def _line(raw: bytes) -> CallerIdEvent | None:
        words = raw.decode("utf-8", "replace").split()
        if not words:
            return None
        word = words[0].lower()
        if word == "call" and len(words) > 1:
            return CallerIdEvent(Kind.CALL, number=words[1], raw=raw.decode())
        if word in {k.value for k in Kind}:
            line = int(words[1]) if len(words) > 1 and words[1].isdigit() else None
            return CallerIdEvent(Kind(word), line=line, raw=raw.decode())
        return None  # garbage


class Recorder:
    """A driver sink that keeps everything and lets a test wait for what it expects."""

    def __init__(self) -> None:
        self.items: list[DeviceEvent | DeviceStatus] = []
        self._changed = threading.Condition()

    def __call__(self, item: DeviceEvent | DeviceStatus) -> None:
        with self._changed:
            self.items.append(item)
            self._changed.notify_all()

    @property
    def events(self) -> list[CallerIdEvent]:
        return [i.event for i in list(self.items) if isinstance(i, DeviceEvent)]

    @property
    def healths(self) -> list[Health]:
        return [i.health for i in list(self.items) if isinstance(i, DeviceStatus)]

    def statuses(self) -> list[DeviceStatus]:
        return [i for i in list(self.items) if isinstance(i, DeviceStatus)]

    def wait_for(self, check: Callable[[Recorder], object], timeout: float = 5.0) -> float:
        """Wait until ``check(self)`` is true; returns the seconds it took."""
        start = time.monotonic()
        with self._changed:
            while not check(self):
                left = timeout - (time.monotonic() - start)
                if left <= 0:
                    raise AssertionError(f"timed out; got {self.items!r}")
                self._changed.wait(left)
        return time.monotonic() - start

    def wait_health(self, health: Health, count: int = 1, timeout: float = 5.0) -> float:
        return self.wait_for(lambda r: r.healths.count(health) >= count, timeout)


class ModemScript:
    """Plays a modem on a byte stream: answers AT commands from a table (else OK), and records
    what it was sent. ``read`` / ``write`` are the two ends' functions (pty fd or socket)."""

    def __init__(
        self, read: Callable[[], bytes], write: Callable[[bytes], object], answers: dict[str, str]
    ) -> None:
        self.commands: list[str] = []
        self._read, self._write, self._answers = read, write, answers
        self.done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        buffer = b""
        while not self.done.is_set():
            try:
                data = self._read()
            except OSError:
                return
            if data is None:
                continue
            if not data:
                return
            buffer += data
            while b"\r" in buffer:
                line, buffer = buffer.split(b"\r", 1)
                command = line.decode("ascii", "replace").strip()
                if not command:
                    continue
                self.commands.append(command)
                answer = self._answers.get(command, "OK")
                if answer:  # "" = stay silent
                    self._write(f"{command}\r\r\n{answer}\r\n".encode())  # with echo

    def stop(self) -> None:
        self.done.set()
        self._thread.join(2)


def pty_reader(fd: int) -> Callable[[], bytes | None]:
    def read() -> bytes | None:
        ready, _, _ = select.select([fd], [], [], 0.05)
        return os.read(fd, 1024) if ready else None

    return read


def socket_reader(sock: socket.socket) -> Callable[[], bytes | None]:
    sock.settimeout(0.05)

    def read() -> bytes | None:
        try:
            return sock.recv(1024)
        except TimeoutError:
            return None

    return read


def free_port(kind: int = socket.SOCK_STREAM) -> int:
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
