"""What caller-ID devices report, as plain immutable objects (no Qt, no I/O).

A parser turns a device's bytes into :class:`CallerIdEvent` records exactly as the device meant
them (its own line numbers, its own date format). Drivers wrap them with the device they came
from (:class:`DeviceEvent`) and report their own health (:class:`DeviceStatus`); the line
manager turns those into the station's calls.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Protocol


class Kind(enum.StrEnum):
    RING = "ring"  # the line rings (no caller ID in this event)
    CALL = "call"  # a complete caller-ID block (modem, TCI, NCID CID/OUT)
    START = "start"  # Whozz Calling S record: a call started (in or out)
    END = "end"  # Whozz Calling E record / NCID END: a call ended, with its duration
    OFFHOOK = "offhook"
    ONHOOK = "onhook"
    FLASH = "flash"
    MESSAGE = "message"  # a text message from the device or server (NCID MSG, modem MESG)


class Privacy(enum.StrEnum):
    PRIVATE = "private"  # "P": the caller withheld the number / name
    UNAVAILABLE = "unavailable"  # "O": out of area, the network did not send it
    ANONYMOUS = "anonymous"  # "A": anonymous call rejection or "Anonymous"


@dataclass(frozen=True)
class CallerIdEvent:
    """One thing a device reported. ``line`` is the device's own line number (int) where it
    numbers its lines, else its label (str) or None for a one-line device."""

    event: Kind
    line: int | str | None = None
    direction: str | None = None  # "in" / "out" / None when the device does not say
    number: str | None = None  # the digits the device sent, separators removed
    name: str | None = None  # trimmed
    privacy: Privacy | None = None
    date: str | None = None  # MMDD
    time: str | None = None  # HHMM, 24-hour
    duration: int | None = None  # seconds
    checksum_ok: bool | None = None
    text: str | None = None  # message text (MESSAGE events)
    raw: str = field(default="", compare=False)  # the record as received, for the log
    # The unit that sent it where a device says (a Whozz Ethernet Link's unit and serial):
    # the same on every PC that hears the unit's broadcasts.
    unit: str | None = field(default=None, compare=False)

    def source_key(self) -> str | None:
        """The call as a broadcast unit names it, identical on every PC that hears it (its
        unit, its own line, date-time stamp, direction and number), so that the PCs store it
        once; None for a device that only this PC hears."""
        if not self.unit or not self.date or not self.time:
            return None
        caller = self.number or (self.privacy.value if self.privacy else "")
        direction = self.direction or "in"
        return f"{self.unit}:{self.line}:{direction}:{self.date}{self.time}:{caller}"

    def as_json(self) -> dict[str, object]:
        """The ``yuntian cid decode`` / ``cid monitor`` object (enums as their strings)."""
        out = asdict(self)
        out["event"] = self.event.value
        out["privacy"] = self.privacy.value if self.privacy else None
        return out


class Parser(Protocol):
    """Bytes in, events out. Never raises on any input; keeps partial records between calls."""

    def feed(self, data: bytes) -> list[CallerIdEvent]: ...

    def flush(self) -> list[CallerIdEvent]:
        """Called when the device has been quiet for a moment (and at end of input): emit
        what a complete-enough partial record already says."""
        ...


class Health(enum.StrEnum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"


@dataclass(frozen=True)
class DeviceStatus:
    """A driver's health: the status bar shows its lines as connected or not."""

    device: str  # the device's id in the configuration
    health: Health
    detail: str = ""  # e.g. the port error, or which init command the modem accepted


@dataclass(frozen=True)
class DeviceEvent:
    """A parser event, stamped with the device it came from and when its last byte arrived
    (``time.monotonic()``; the pop-up latency is measured from here)."""

    device: str
    event: CallerIdEvent
    received: float


def parse_all(parser: Parser, chunks: Iterable[bytes]) -> list[CallerIdEvent]:
    """Feed every chunk and flush: what a whole recording of a device's output says."""
    events: list[CallerIdEvent] = []
    for chunk in chunks:
        events.extend(parser.feed(chunk))
    events.extend(parser.flush())
    return events
