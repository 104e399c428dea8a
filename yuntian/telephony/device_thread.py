"""What every caller-ID driver shares: a daemon thread, reconnect with back-off, status changes
reported once each, and feeding bytes to a parser with a flush after a quiet moment."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from yuntian.device_settings import DeviceConfig
from yuntian.telephony.events import (
    CallerIdEvent,
    DeviceEvent,
    DeviceStatus,
    Health,
    Parser,
)

Sink = Callable[[DeviceEvent | DeviceStatus], None]
Clock = Callable[[], float]

log = logging.getLogger(__name__)

FIRST_RETRY = 0.25  # seconds before the first reopen
# Longest wait between reopen attempts: a device that comes back is reopened within this
# (plus the time one attempt takes), well inside the 5 s the shop is promised.
RETRY_CAP = 2.0
QUIET = 0.3  # seconds without bytes after which a partial record is flushed
_SHOWN_BYTES = 200  # how much of an unparsed chunk goes to the log


class DeviceThread:
    """Base of the drivers. Subclasses implement :meth:`_session`: open the device, call
    :meth:`_connected`, read until :attr:`stopping` is set (then return) or fail by raising."""

    def __init__(
        self,
        config: DeviceConfig,
        sink: Sink,
        *,
        clock: Clock = time.monotonic,
        retry_cap: float = RETRY_CAP,
        quiet: float = QUIET,
    ) -> None:
        self.config = config
        self._sink = sink
        self._clock = clock
        self._retry_cap = retry_cap
        self._quiet = quiet
        self.stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_status: tuple[Health, str] | None = None
        self._was_connected = False
        # bytes fed since the last event, to log what a device sent that meant nothing
        self._unparsed = bytearray()
        self._pending = False  # fed since the last flush
        self._last_data = 0.0

    # --- life cycle -----------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError(f"device {self.config.id} already started")
        self._thread = threading.Thread(target=self._run, name=f"cid-{self.config.id}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 3.0) -> None:
        """Ask the thread to end and wait for it (reads time out every ~0.1 s)."""
        self.stopping.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        self._report(Health.CONNECTING)
        delay = FIRST_RETRY
        while not self.stopping.is_set():
            self._was_connected = False
            try:
                self._session()
            except Exception as exc:  # a lost port or socket is routine, not a crash
                log.info("device %s: %s", self.config.id, describe(exc))
                self._report(Health.DISCONNECTED, describe(exc))
            if self.stopping.is_set():
                break
            if self._was_connected:
                delay = FIRST_RETRY
            self.stopping.wait(delay)
            delay = min(delay * 2, self._retry_cap)
        self._report(Health.DISCONNECTED, self._final_detail())

    def _final_detail(self) -> str:
        return "stopped"

    def _session(self) -> None:
        raise NotImplementedError

    # --- for subclasses -------------------------------------------------------------------

    def _connected(self, detail: str = "") -> None:
        self._was_connected = True
        self._report(Health.CONNECTED, detail)

    def _report(self, health: Health, detail: str = "") -> None:
        """Tell the sink about a change; the same status again (every failed retry) is not."""
        if self._last_status == (health, detail):
            return
        self._last_status = (health, detail)
        self._send(DeviceStatus(self.config.id, health, detail))

    def _send(self, item: DeviceEvent | DeviceStatus) -> None:
        try:
            self._sink(item)
        except Exception:  # the driver must outlive a bug downstream
            log.exception("device %s: the event sink failed on %r", self.config.id, item)

    def _emit(self, events: list[CallerIdEvent], received: float) -> None:
        for event in events:
            self._send(DeviceEvent(self.config.id, event, received))

    def _feed(self, parser: Parser, data: bytes) -> None:
        """Bytes just arrived: parse them, stamped with now (when their last byte came)."""
        self._last_data = self._clock()
        self._pending = True
        log.debug("device %s: received %r", self.config.id, data)
        try:
            events = parser.feed(data)
        except Exception:  # the Parser contract says never; a bug must not kill the line
            log.exception("device %s: parser failed on %r", self.config.id, data)
            events = []
        self._unparsed += data
        if events:
            self._unparsed.clear()
        self._emit(events, self._last_data)

    def _flush(self, parser: Parser) -> None:
        self._pending = False
        try:
            events = parser.flush()
        except Exception:
            log.exception("device %s: parser failed to flush", self.config.id)
            events = []
        if events:
            self._unparsed.clear()
        elif self._unparsed.strip():
            shown = bytes(self._unparsed[:_SHOWN_BYTES])
            log.info("device %s sent what is not caller ID: %r", self.config.id, shown)
        self._unparsed.clear()
        self._emit(events, self._last_data)

    def _idle(self, parser: Parser) -> None:
        """Nothing arrived in this read: flush once the device has been quiet long enough."""
        if self._pending and self._clock() - self._last_data >= self._quiet:
            self._flush(parser)


def describe(exc: BaseException) -> str:
    """A one-line reason for the status bar: the error text, else its type."""
    text = " ".join(str(exc).split())
    return text or type(exc).__name__
