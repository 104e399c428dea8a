"""Whozz Calling Ethernet Link units: each UDP datagram (port 3520) holds one record.

``udp://HOST:PORT`` names where to listen: the units broadcast, so HOST is normally 0.0.0.0
(every interface) and the port 3520.
"""

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


class UdpDevice(DeviceThread):
    def __init__(
        self,
        config: DeviceConfig,
        sink: Sink,
        *,
        parser: Callable[[], Parser] | None = None,
        **options: Any,
    ) -> None:
        super().__init__(config, sink, **options)
        self._make_parser = parser or parser_factory(config.parser_format)
        self.bound_address: tuple[str, int] | None = None  # once listening (port 0 -> real)

    def _session(self) -> None:
        host, port = network_address(self.config.kind, self.config.url)
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_DGRAM, flags=socket.AI_PASSIVE
        )[0]
        with socket.socket(family, kind, proto) as sock:
            # Several programs (or a restarted one) may listen to the same broadcasts.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(address)
            sock.settimeout(RECV_TIMEOUT)
            self.bound_address = sock.getsockname()[:2]
            self._connected(f"listening on {self.bound_address[0]}:{self.bound_address[1]}")
            parser = self._make_parser()
            while not self.stopping.is_set():
                try:
                    data, sender = sock.recvfrom(65535)
                except TimeoutError:
                    continue
                log.debug("device %s: datagram from %s", self.config.id, sender)
                # A datagram is a whole record: no need to wait for a quiet moment.
                self._feed(parser, data)
                self._flush(parser)
