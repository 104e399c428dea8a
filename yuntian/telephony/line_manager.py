"""Turns what the devices report into calls on the station's lines 1..8.

Devices number their lines their own way (a Whozz unit 01..08, a modem not at all); the
configuration maps (device, device line) to a station line. Each station line is idle, ringing
or connected, and the manager emits one :mod:`line_events` object per thing a person cares
about: a call came in (once, however the device spells it), was answered, ended; a line's
device went away or came back.

Thread-safe: drivers call :meth:`handle` from their own threads and a ticker thread ends calls
whose rings stopped. The sink is called with the manager's lock held, so events for a line
arrive in order; it must be quick (the UI's bridge only re-emits a Qt signal) and must not
call :meth:`stop`.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from yuntian.device_settings import DeviceConfig, LineConfig, norm_line
from yuntian.telephony.device_thread import Sink, describe
from yuntian.telephony.drivers import Driver, make_driver
from yuntian.telephony.events import CallerIdEvent, DeviceEvent, DeviceStatus, Health, Kind
from yuntian.telephony.line_events import (
    CallAnswered,
    CallEnded,
    DeviceMessage,
    IncomingCall,
    LineEvent,
    LineStatus,
    OutgoingCall,
)

log = logging.getLogger(__name__)

# CallerIdEvent.text of a call the device rejected (whozz_parser.BLOCKED, ncid_parser.BLOCKED
# and HUNG_UP; spelled out so the manager does not depend on the parsers).
REJECTED = frozenset({"blocked", "hung up"})
RING_TIMEOUT = 8.0  # seconds without a ring after which a ringing call has ended
TICK = 0.5  # how often ring timeouts are checked
DriverFactory = Callable[[DeviceConfig, Sink], Driver]


class LineState(enum.StrEnum):
    IDLE = "idle"
    RINGING = "ringing"
    CONNECTED = "connected"


@dataclass
class _Call:
    direction: str
    started: float
    last_activity: float
    announced: bool = False
    rings: int = 0
    answered_at: float | None = None


@dataclass
class _Line:
    config: LineConfig
    state: LineState = LineState.IDLE
    call: _Call | None = None
    status: tuple[Health, str] | None = None

    @property
    def number(self) -> int:
        return self.config.station_line

    @property
    def name(self) -> str:
        return self.config.name


class LineManager:
    def __init__(
        self,
        lines: list[LineConfig],
        devices: list[DeviceConfig],
        sink: Callable[[LineEvent], None],
        clock: Callable[[], float] = time.monotonic,
        *,
        driver_factory: DriverFactory = make_driver,
        ring_timeout: float = RING_TIMEOUT,
        tick: float = TICK,
    ) -> None:
        self._sink = sink
        self._clock = clock
        self._driver_factory = driver_factory
        self._ring_timeout = ring_timeout
        self._tick_every = tick
        self._devices = {d.id: d for d in devices}
        self._lines = {c.station_line: _Line(c) for c in lines}
        self._by_device: dict[str, list[_Line]] = {}
        for line in self._lines.values():
            self._by_device.setdefault(line.config.device, []).append(line)
        self._hook_devices: set[str] = set()  # devices that report off-hook / on-hook
        self._drivers: dict[str, Driver] = {}
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._ticker: threading.Thread | None = None

    # --- life cycle -----------------------------------------------------------------------

    def start(self) -> None:
        """Start a driver for every enabled device that has a configured line."""
        for device_id in self._by_device:
            config = self._devices.get(device_id)
            if config is None or not config.enabled:
                why = "disabled" if config else "no such device"
                self.handle(DeviceStatus(device_id, Health.DISCONNECTED, why))
                continue
            try:
                driver = self._driver_factory(config, self.handle)
                driver.start()
            except Exception as exc:  # a bad script or format: that device only
                log.warning("device %s cannot start: %s", device_id, describe(exc))
                self.handle(DeviceStatus(device_id, Health.DISCONNECTED, describe(exc)))
                continue
            self._drivers[device_id] = driver
        self._ticker = threading.Thread(target=self._tick_loop, name="cid-lines", daemon=True)
        self._ticker.start()

    def stop(self) -> None:
        self._stopping.set()
        for driver in self._drivers.values():
            driver.stop()
        if self._ticker is not None:
            self._ticker.join(2.0)

    def _tick_loop(self) -> None:
        while not self._stopping.wait(self._tick_every):
            self.tick()

    @property
    def lines(self) -> list[LineConfig]:
        return [line.config for line in sorted(self._lines.values(), key=lambda x: x.number)]

    def states(self) -> dict[int, LineState]:
        with self._lock:
            return {n: line.state for n, line in sorted(self._lines.items())}

    def health(self) -> dict[int, tuple[Health, str] | None]:
        with self._lock:
            return {n: line.status for n, line in sorted(self._lines.items())}

    # --- input ----------------------------------------------------------------------------

    def handle(self, item: DeviceEvent | DeviceStatus) -> None:
        """What a driver reports; any thread."""
        with self._lock:
            if isinstance(item, DeviceStatus):
                self._status(item)
            else:
                self._event(item)

    def tick(self) -> None:
        """End calls whose rings stopped (the ticker thread calls this; tests call it)."""
        with self._lock:
            now = self._clock()
            for line in self._lines.values():
                call = line.call
                if line.state is not LineState.RINGING or call is None or not call.rings:
                    continue  # a device that never rings is ended by its end record
                if now - call.last_activity < self._ring_timeout:
                    continue
                if call.announced:
                    self._end(line, call.last_activity, None, now)
                else:  # one ring, no caller ID, then nothing: not worth a pop-up
                    line.state, line.call = LineState.IDLE, None

    # --- the state machine ----------------------------------------------------------------

    def _status(self, status: DeviceStatus) -> None:
        for line in self._by_device.get(status.device, []):
            if line.status == (status.health, status.detail):
                continue
            line.status = (status.health, status.detail)
            self._send(LineStatus(line.number, line.name, status.health, status.detail))

    def _line_for(self, device: str, device_line: int | str | None) -> _Line | None:
        lines = self._by_device.get(device, [])
        wanted = norm_line(device_line)
        for line in lines:
            if norm_line(line.config.device_line) == wanted:
                return line
        # A one-line device: whatever it calls its line, and a line it does not name.
        if len(lines) == 1 and (wanted is None or norm_line(lines[0].config.device_line) is None):
            return lines[0]
        return None

    def _event(self, item: DeviceEvent) -> None:
        event, at = item.event, item.received
        if event.event in (Kind.OFFHOOK, Kind.ONHOOK):
            self._hook_devices.add(item.device)
        line = self._line_for(item.device, event.line)
        if event.event is Kind.MESSAGE:
            self._send(
                DeviceMessage(
                    item.device,
                    line.number if line else None,
                    line.name if line else "",
                    event.text or "",
                    at,
                )
            )
            return
        if line is None:
            log.debug(
                "device %s line %r is not configured: dropped %r", item.device, event.line, event
            )
            return
        kind = event.event
        if kind is Kind.RING:
            self._ring(line, at)
        elif kind in (Kind.CALL, Kind.START):
            if event.text in REJECTED:
                self._rejected(line, event, at)
            elif event.direction == "out":
                self._outgoing(line, event, at)
            else:
                self._incoming(line, event, at)
        elif kind is Kind.OFFHOOK:
            self._offhook(line, at)
        elif kind is Kind.ONHOOK:
            self._end(line, at, None, at)
        elif kind is Kind.END:  # nothing to end when on-hook or the ring timeout came first
            self._end(line, at, event.duration, at)

    def _ring(self, line: _Line, at: float) -> None:
        if line.state is LineState.IDLE:
            line.state, line.call = LineState.RINGING, _Call("in", at, at)
        call = line.call
        if line.state is not LineState.RINGING or call is None:
            return  # a ring while talking: call waiting, not a new call
        call.rings += 1
        call.last_activity = max(call.last_activity, at)
        if call.rings >= 2 and not call.announced:  # no caller ID by the second ring
            self._announce(line, CallerIdEvent(Kind.RING), at)

    def _incoming(self, line: _Line, event: CallerIdEvent, at: float) -> None:
        call = line.call
        if call is not None and call.announced:
            if line.state is LineState.RINGING and not call.rings:
                # A device that does not report rings (NCID, Whozz without detail records)
                # and sent no end: this caller ID is the next call.
                self._end(line, call.last_activity, None, at)
                call = None
            else:
                log.debug("line %s: caller ID for a call already announced: %r", line.number, event)
                return
        if call is None or line.state is LineState.IDLE:
            line.state, line.call = LineState.RINGING, _Call("in", at, at)
        else:  # off-hook came first (answered before the caller ID): still an incoming call
            call.direction = "in"
        self._announce(line, event, at)

    def _rejected(self, line: _Line, event: CallerIdEvent, at: float) -> None:
        """Logged as a call that never rang; the line's state (maybe another call) is kept."""
        self._send(
            IncomingCall(
                line.number,
                line.name,
                event.number,
                event.name,
                event.privacy,
                "in",
                at,
                event.date,
                event.time,
                blocked=True,
                source=event.source_key(),
            )
        )
        self._send(CallEnded(line.number, line.name, 0, False, "in", at))

    def _announce(self, line: _Line, event: CallerIdEvent, at: float) -> None:
        assert line.call is not None
        line.call.announced = True
        line.call.last_activity = max(line.call.last_activity, at)
        self._send(
            IncomingCall(
                line.number,
                line.name,
                event.number,
                event.name,
                event.privacy,
                "in",
                at,
                event.date,
                event.time,
                source=event.source_key(),
            )
        )

    def _outgoing(self, line: _Line, event: CallerIdEvent, at: float) -> None:
        call = line.call
        if call is not None and call.announced:
            self._end(line, at, None, at)
            call = None
        if call is None:
            call = _Call("out", at, at)
        call.direction, call.announced, call.last_activity = "out", True, at
        line.state, line.call = LineState.CONNECTED, call
        self._send(
            OutgoingCall(
                line.number, line.name, event.number, event.name, event.privacy, "out", at,
                event.source_key(),
            )
        )  # fmt: skip

    def _offhook(self, line: _Line, at: float) -> None:
        if line.state is LineState.IDLE:  # picked up to dial: a call once the number is known
            line.state, line.call = LineState.CONNECTED, _Call("out", at, at, answered_at=at)
            return
        call = line.call
        if line.state is not LineState.RINGING or call is None:
            return
        if not call.announced:  # answered at the first ring, before any caller ID
            self._announce(line, CallerIdEvent(Kind.RING), at)
        line.state, call.answered_at, call.last_activity = LineState.CONNECTED, at, at
        self._send(CallAnswered(line.number, line.name, at))

    def _end(self, line: _Line, ended: float, duration: int | None, now: float) -> None:
        call = line.call
        line.state, line.call = LineState.IDLE, None
        if call is None or not call.announced:
            return
        if call.direction == "out":
            answered = None  # whether the other side picked up is not reported
        elif call.answered_at is not None:
            answered = True
        else:
            answered = False if self._device_reports_hook(line) else None
        timed = duration is not None
        if duration is None:
            duration = max(0, round(ended - (call.answered_at or call.started)))
        self._send(
            CallEnded(line.number, line.name, duration, answered, call.direction, now, timed)
        )

    def _device_reports_hook(self, line: _Line) -> bool:
        return line.config.device in self._hook_devices

    def _send(self, event: LineEvent) -> None:
        try:
            self._sink(event)
        except Exception:  # a bug downstream must not stop the phones
            log.exception("the line event sink failed on %r", event)
