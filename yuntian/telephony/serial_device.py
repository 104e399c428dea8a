"""A caller-ID device on a serial port (or a pyserial URL: loop://, socket://, rfc2217://).

Modems are initialised first: the configured init commands, or ``ATZ`` and then ``AT+VCID=1``
falling back to ``AT#CID=1`` (``=2`` for the raw hex format); the status detail says which one
the modem accepted. Whozz Calling and TCI units need no init (9600 8N1).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

import serial

from yuntian.device_settings import DeviceConfig
from yuntian.telephony.device_thread import DeviceThread, Sink
from yuntian.telephony.events import Parser
from yuntian.telephony.formats import parser_factory

log = logging.getLogger(__name__)

MODEM_FORMATS = ("modem", "modem-hex")
READ_TIMEOUT = 0.1  # seconds; bounds how long stop() waits for the thread
INIT_TIMEOUT = 2.0  # per command; ATZ takes up to a second on some modems


class SerialDevice(DeviceThread):
    def __init__(
        self,
        config: DeviceConfig,
        sink: Sink,
        *,
        parser: Callable[[], Parser] | None = None,
        init_timeout: float = INIT_TIMEOUT,
        **options: Any,
    ) -> None:
        super().__init__(config, sink, **options)
        self._make_parser = parser or parser_factory(config.parser_format)
        self._init_timeout = init_timeout

    def _session(self) -> None:
        port = serial.serial_for_url(
            self.config.url, baudrate=self.config.serial_baud, timeout=READ_TIMEOUT
        )
        parser = self._make_parser()
        try:
            detail, leftover = "", b""
            if self.config.parser_format in MODEM_FORMATS:
                detail, leftover = self._init_modem(port)
                log.info("device %s: %s", self.config.id, detail)
            if self.stopping.is_set():
                return
            self._connected(detail)
            if leftover:
                self._feed(parser, leftover)
            while not self.stopping.is_set():
                data = port.read(1)  # waits up to READ_TIMEOUT
                if data:
                    waiting = port.in_waiting
                    if waiting:
                        data += port.read(waiting)
                    self._feed(parser, data)
                else:
                    self._idle(parser)
        finally:
            self._flush(parser)  # a block that arrived whole before the port went away
            with contextlib.suppress(OSError):  # SerialException is an OSError
                port.close()

    def _init_modem(self, port: serial.SerialBase) -> tuple[str, bytes]:
        """Send the init commands; returns (what the modem accepted, bytes after the answer)."""
        leftover = b""
        if self.config.init.strip():
            results = []
            for command in (c.strip() for c in self.config.init.splitlines()):
                if command:
                    answer, leftover = self._command(port, command)
                    results.append(f"{command}: {answer}")
            return "; ".join(results), leftover
        mode = "2" if self.config.parser_format == "modem-hex" else "1"
        answer, leftover = self._command(port, "ATZ")
        if answer == "no answer":
            return "no answer to ATZ (is this a modem?)", leftover
        for command in (f"AT+VCID={mode}", f"AT#CID={mode}"):
            answer, leftover = self._command(port, command)
            if answer == "OK":
                return f"{command} accepted", leftover
        return f"the modem accepted neither AT+VCID={mode} nor AT#CID={mode}", leftover

    def _command(self, port: serial.SerialBase, command: str) -> tuple[str, bytes]:
        """Send one AT command; returns ("OK" | "ERROR" | "no answer", bytes after the answer)."""
        port.write(command.encode("ascii", "replace") + b"\r")
        port.flush()
        buffer = b""
        deadline = self._clock() + self._init_timeout
        while self._clock() < deadline and not self.stopping.is_set():
            buffer += port.read(max(1, port.in_waiting))
            # Echo, blank lines and the answer, each ended by CR and/or LF.
            lines = buffer.replace(b"\r", b"\n").split(b"\n")
            consumed = 0
            for line in lines[:-1]:
                consumed += len(line) + 1
                word = line.strip().upper()
                if word in (b"OK", b"ERROR") or word.endswith(b" ERROR"):
                    answer = "OK" if word == b"OK" else "ERROR"
                    return answer, buffer[consumed:].lstrip(b"\r\n")
        return "no answer", buffer
