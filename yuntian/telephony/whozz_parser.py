"""CallerID.com "Whozz Calling?" units: serial output and Ethernet Link UDP datagrams.

Call records (fixed columns, 12-hour time)::

    01 I S 0276 G B3 09/26 11:28 AM 800-240-4637   CallerID.com
    line(0-1) in/out(3) start/end/blocked(5) seconds(7-10) checksum(12) ring(14-15)
    MM/DD(17-21) hh:mm(23-27) AM/PM(29-30) number(32-45) name(47-61)

become ``start`` (S), ``end`` with the duration (E) or, for B (the unit blocked the call, the
phones did not ring), a ``call`` event whose ``text`` is ``"blocked"`` — the same shape as
NCID's BLK line, so a blocked call is logged with its caller ID but is not a ring. Detail
records (24-hour time with seconds, date and time in the same columns)::

    01 R             11/07 07:43:52

with R ring, F off-hook, N on-hook, H hook flash become ``ring``, ``offhook``, ``onhook`` and
``flash``. Lines that do not fit the columns are read by whitespace-separated fields instead;
anything else is skipped. A leading ``$`` (the unit's "c" toggle) is ignored.

Ethernet Link datagrams carry the same text after ``^^<U>`` + 6-byte unit + ``<S>`` + 6-byte
serial + ``$``; one header may be followed by several records. A chunk given to :meth:`feed`
that starts with that header is taken as a whole datagram (its last record needs no line end);
a header inside a chunk (a saved recording) ends the record before it. Units repeat records:
an identical record from the same unit within 2 seconds of the one reported is dropped.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import replace

from yuntian.telephony.cid_fields import (
    hhmm,
    looks_like_number,
    mmdd,
    name_field,
    number_field,
    privacy_word,
)
from yuntian.telephony.events import CallerIdEvent, Kind
from yuntian.telephony.lines import LineSplitter, column_line

log = logging.getLogger(__name__)

HEADER_START = b"^^<U>"
_HEADER = re.compile(rb"\^\^<U>(.{6})<S>(.{6})\$", re.DOTALL)
DUPLICATE_WINDOW = 2.0  # seconds
BLOCKED = "blocked"  # CallerIdEvent.text of a call the unit blocked

_CALL_KINDS = {"S": Kind.START, "E": Kind.END, "B": Kind.CALL}
_DETAIL_KINDS = {"R": Kind.RING, "F": Kind.OFFHOOK, "N": Kind.ONHOOK, "H": Kind.FLASH}
_DIRECTIONS = {"I": "in", "O": "out"}
_CHECKSUMS = {"G": True, "B": False}
# Column positions that hold a single space in a well-formed record.
_CALL_GAPS = (2, 4, 6, 11, 13, 16, 22, 28, 31)
_DETAIL_GAPS = (2, 22)
_RING_TYPE = re.compile(r"[A-Z]?\d")


class WhozzParser:
    """Bytes from a Whozz Calling unit in, events out (see the module docstring)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lines = LineSplitter()
        self._unit = b""  # the header the current records came after (b"" on a serial port)
        self._reported: dict[tuple[bytes, str], float] = {}  # record -> when it was reported

    def feed(self, data: bytes) -> list[CallerIdEvent]:
        events: list[CallerIdEvent] = []
        position = 0
        for header in _HEADER.finditer(data):
            events += self._records(self._lines.feed(data[position : header.start()]))
            events += self._records(self._lines.flush())
            self._unit = header.group(1) + header.group(2)
            position = header.end()
        events += self._records(self._lines.feed(data[position:]))
        if data.startswith(HEADER_START):
            events += self._records(self._lines.flush())
        return events

    def flush(self) -> list[CallerIdEvent]:
        return self._records(self._lines.flush())

    def _records(self, lines: list[bytes]) -> list[CallerIdEvent]:
        events = []
        for raw in lines:
            if not raw:
                continue
            text = column_line(raw).rstrip()
            event = parse_record(text)
            if event is None:
                if text.strip():
                    log.debug("not a Whozz Calling record: %r", text)
            elif not self._is_repeat(text):
                if self._unit:  # heard from an Ethernet Link: maybe by every PC on the LAN
                    event = replace(event, unit=self._unit.decode("ascii", "replace"))
                events.append(event)
        return events

    def _is_repeat(self, text: str) -> bool:
        now = self._clock()
        self._reported = {
            k: t for k, t in self._reported.items() if 0 <= now - t < DUPLICATE_WINDOW
        }
        key = (self._unit, text.strip())
        if key in self._reported:
            return True
        self._reported[key] = now
        return False


def parse_record(text: str) -> CallerIdEvent | None:
    """One line of unit output (header and line end removed) as an event, or None."""
    if text.startswith("$"):
        text = text[1:]
    text = text.rstrip()
    return _by_columns(text) or _by_fields(text)


def _by_columns(text: str) -> CallerIdEvent | None:
    if len(text) < 22 or not _digits(text[:2].strip()) or text[2] != " ":
        return None
    code = text[3]
    if code in _DETAIL_KINDS and len(text) >= 28 and _blank(text, _DETAIL_GAPS):
        if text[4:17].strip():
            return None
        return _detail(text[:2], code, text[17:22], text[23:], text)
    if code not in _DIRECTIONS or len(text) < 31 or not _blank(text, _CALL_GAPS):
        return None
    if len(text) > 46 and text[46] != " ":
        return None  # the number and name are not where the columns say
    duration = text[7:11].strip()
    if duration and not _digits(duration):
        return None
    return _call(
        line=text[:2],
        direction=code,
        kind=text[5],
        duration=duration,
        checksum=text[12],
        date=text[17:22],
        clock=text[23:28],
        meridiem=text[29:31],
        number=text[32:46],
        name=text[47:],
        raw=text,
    )


def _by_fields(text: str) -> CallerIdEvent | None:
    """Whitespace-separated reading for records whose spacing differs from the columns."""
    fields = text.split()
    if len(fields) < 2 or not _digits(fields[0]) or len(fields[0]) > 3:
        return None
    line, code, rest = fields[0], fields[1], fields[2:]
    if code in _DETAIL_KINDS:
        if len(rest) > 2:
            return None
        date = rest[0] if rest else ""
        return _detail(line, code, date, rest[1] if len(rest) > 1 else "", text)
    if code not in _DIRECTIONS or not rest or rest[0] not in _CALL_KINDS:
        return None
    kind, rest = rest[0], rest[1:]
    duration = _take(rest, lambda f: _digits(f) and len(f) <= 5)
    checksum = _take(rest, lambda f: f in _CHECKSUMS)
    _take(rest, lambda f: _RING_TYPE.fullmatch(f) is not None)
    date = _take(rest, lambda f: "/" in f)
    clock = _take(rest, lambda f: ":" in f)
    meridiem = _take(rest, lambda f: f.upper() in ("AM", "PM"))
    number = _take(rest, lambda f: looks_like_number(f) or privacy_word(f) is not None)
    return _call(
        line=line,
        direction=code,
        kind=kind,
        duration=duration,
        checksum=checksum,
        date=date,
        clock=clock,
        meridiem=meridiem,
        number=number,
        name=" ".join(rest),
        raw=text,
    )


def _take(fields: list[str], fits: Callable[[str], bool]) -> str:
    """The first field if it fits (removing it from the list), else ""."""
    if fields and fits(fields[0]):
        return fields.pop(0)
    return ""


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _blank(text: str, positions: tuple[int, ...]) -> bool:
    return all(pos >= len(text) or text[pos] == " " for pos in positions)


def _detail(line: str, code: str, date: str, clock: str, raw: str) -> CallerIdEvent:
    return CallerIdEvent(
        event=_DETAIL_KINDS[code],
        line=int(line),
        date=mmdd(date),
        time=hhmm(clock.strip()[:8]),
        raw=raw,
    )


def _call(
    *,
    line: str,
    direction: str,
    kind: str,
    duration: str,
    checksum: str,
    date: str,
    clock: str,
    meridiem: str,
    number: str,
    name: str,
    raw: str,
) -> CallerIdEvent | None:
    event = _CALL_KINDS.get(kind)
    if event is None:
        return None
    digits, privacy = number_field(number)
    caller, name_privacy = name_field(name)
    return CallerIdEvent(
        event=event,
        line=int(line),
        direction=_DIRECTIONS[direction],
        number=digits,
        name=caller,
        privacy=privacy or (name_privacy if digits is None else None),
        date=mmdd(date),
        time=hhmm(f"{clock} {meridiem}"),
        duration=int(duration) if event is Kind.END and _digits(duration) else None,
        checksum_ok=_CHECKSUMS.get(checksum.strip()),
        text=BLOCKED if event is Kind.CALL else None,
        raw=raw,
    )
