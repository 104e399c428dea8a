"""The formatted caller-ID output of voice/data modems (``AT+VCID=1``, ``AT#CID=1``).

A typical call::

    RING

    DATE = 0321
    TIME = 1405
    NMBR = 8005551212
    NAME = JOHN DOE

    RING

The ``DATE``..``NAME`` lines form one caller-ID block, reported as one ``call`` event as soon
as it is complete: when both NMBR and NAME have arrived (so the pop-up does not wait for the
next ring), else at a blank line, RING, OK, a repeated field, or ``flush()``. Fields that
arrive after a block was reported early are absorbed, never reported as a second call.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from yuntian.telephony.cid_fields import date_time, hhmm, mmdd, name_field, number_field
from yuntian.telephony.cid_packets import packet_line
from yuntian.telephony.events import CallerIdEvent, Kind, Privacy
from yuntian.telephony.lines import LineSplitter, text_line
from yuntian.telephony.ring_cycle import RingCycle, is_ring

NUMBER_KEYS = frozenset({"NMBR", "NBR", "DDN_NMBR", "DDN"})
DATE_TIME_KEYS = frozenset({"DATE TIME", "DATETIME", "DATE_TIME"})
FIELD_KEYS = NUMBER_KEYS | DATE_TIME_KEYS | {"DATE", "TIME", "NAME"}


@dataclass
class _Block:
    """The caller-ID block being read."""

    keys: set[str] = field(default_factory=set)
    date: str | None = None
    time: str | None = None
    number: str | None = None
    name: str | None = None
    number_reason: Privacy | None = None
    name_reason: Privacy | None = None
    lines: list[str] = field(default_factory=list)
    reported: bool = False

    def set(self, key: str, value: str) -> None:
        if key == "DATE":
            self.date = mmdd(value)
        elif key == "TIME":
            self.time = hhmm(value)
        elif key in DATE_TIME_KEYS:
            self.date, self.time = date_time(value)
        elif key == "NAME":
            self.name, self.name_reason = name_field(value)
        else:
            number, why = number_field(value)
            self.number_reason = self.number_reason or why
            if self.number is None:  # NMBR and DDN_NMBR both sent: the first one wins
                self.number = number

    @property
    def complete(self) -> bool:
        return "NAME" in self.keys and bool(self.keys & NUMBER_KEYS)

    def event(self) -> CallerIdEvent:
        return CallerIdEvent(
            Kind.CALL,
            number=self.number,
            name=self.name,
            privacy=None if self.number else self.number_reason or self.name_reason,
            date=self.date,
            time=self.time,
            raw="\n".join(self.lines),
        )


def _touched(key: str) -> set[str]:
    return {"DATE", "TIME"} if key in DATE_TIME_KEYS else {key}


class ModemParser:
    """Bytes from a modem in formatted caller-ID mode in, events out (format ``modem``).

    Also reads the raw-hex packet lines some modems mix in, and ignores modem chatter
    (OK, ERROR, CONNECT, NO CARRIER, echoed AT commands)."""

    def __init__(self) -> None:
        self._lines = LineSplitter()
        self._rings = RingCycle()
        self._block = _Block()

    def feed(self, data: bytes) -> list[CallerIdEvent]:
        return [event for line in self._lines.feed(data) for event in self._line(line)]

    def flush(self) -> list[CallerIdEvent]:
        events = [event for line in self._lines.flush() for event in self._line(line)]
        events += self._end_block()
        self._rings.end()
        return events

    def _line(self, data: bytes) -> list[CallerIdEvent]:
        text = text_line(data)
        if not text or text.upper() == "OK":
            return self._end_block()
        if is_ring(text):
            return self._end_block() + self._rings.ring(text)
        key, equals, value = text.partition("=")
        if equals:
            key = " ".join(key.upper().split())
            if key in FIELD_KEYS:
                return self._field(key, value.strip(), text)
            if key == "MESG":
                message = "".join(value.split()).upper()
                return [CallerIdEvent(Kind.MESSAGE, text=message or None, raw=text)]
            return []  # an echoed AT command or a setting the modem reports
        # at least type, length and checksum: a stray short hex-looking line is not a call
        packet = packet_line(text, min_bytes=3)
        if packet is None:
            return []  # chatter
        events = self._end_block()
        self._rings.caller_id()
        return [*events, packet]

    def _field(self, key: str, value: str, text: str) -> list[CallerIdEvent]:
        touched = _touched(key)
        events = self._end_block() if self._block.keys & touched else []
        block = self._block
        block.keys |= touched
        block.set(key, value)
        block.lines.append(text)
        if block.complete and not block.reported:
            events += self._report()
        return events

    def _report(self) -> list[CallerIdEvent]:
        self._block.reported = True
        self._rings.caller_id()
        return [self._block.event()]

    def _end_block(self) -> list[CallerIdEvent]:
        events = self._report() if self._block.keys and not self._block.reported else []
        self._block = _Block()
        return events
