"""A client of an NCID server (TCP, port 3333): reads its greeting and call lines, sends a bare
newline now and then so a dead connection is noticed, and reconnects."""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from typing import Any

from yuntian.device_settings import DeviceConfig, network_address
from yuntian.telephony.device_thread import DeviceThread, Sink
from yuntian.telephony.events import Parser
from yuntian.telephony.formats import parser_factory

log = logging.getLogger(__name__)

RECV_TIMEOUT = 0.2  # seconds; bounds how long stop() waits
CONNECT_TIMEOUT = 2.0  # a LAN server answers at once; stop() should not wait long
KEEPALIVE = 60.0  # seconds between keep-alive newlines


class NcidDevice(DeviceThread):
    def __init__(
        self,
        config: DeviceConfig,
        sink: Sink,
        *,
        parser: Callable[[], Parser] | None = None,
        keepalive: float = KEEPALIVE,
        connect_timeout: float = CONNECT_TIMEOUT,
        **options: Any,
    ) -> None:
        super().__init__(config, sink, **options)
        self._make_parser = parser or parser_factory(config.parser_format)
        self._keepalive = keepalive
        self._connect_timeout = connect_timeout

    def _session(self) -> None:
        host, port = network_address(self.config.kind, self.config.url)
        with socket.create_connection((host, port), timeout=self._connect_timeout) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
            sock.settimeout(RECV_TIMEOUT)
            self._connected(f"{host}:{port}")
            parser = self._make_parser()
            last_sent = self._clock()
            try:
                while not self.stopping.is_set():
                    try:
                        data = sock.recv(65536)
                    except TimeoutError:
                        self._idle(parser)
                    else:
                        if not data:
                            raise ConnectionError("the NCID server closed the connection")
                        self._feed(parser, data)
                    if self._clock() - last_sent >= self._keepalive:
                        sock.sendall(b"\n")
                        last_sent = self._clock()
            finally:
                self._flush(parser)
