"""NCID (Network Caller ID) servers, TCP port 3333: one text line per event.

On connecting, the server greets (``200`` server, ``210`` API), may replay its call log
(``CIDLOG:``, ``HUPLOG:``, ... lines), ends the log with a ``250``-``253`` line, may list
``OPT:`` lines and finishes with ``300``. Log lines are never reported (old calls must not pop
up): neither any ``...LOG:`` line nor a call line between ``200`` and the end of the log.
:attr:`NcidParser.ready` turns true at the end of the log or at ``300``.

Live lines carry ``*KEY*value*`` pairs in any order; unknown keys and unknown line types are
ignored, as are ``+``-prefixed lines (forwarding gateways' copies, meant for the server):

- ``CID:`` an incoming call, ``WID:`` a call-waiting call: ``call``, direction in;
- ``OUT:`` an outgoing call: ``call``, direction out;
- ``BLK:`` the device blocked the call (the phones did not ring): ``call`` in, text
  ``"blocked"`` (as a Whozz Calling B record);
- ``HUP:`` the server answered and hung up on a blacklisted caller: ``call`` in, text
  ``"hung up"``; NCID sends no ``CID:`` line for such a call;
- ``END:`` call accounting: ``end``, duration = ECALL - SCALL, direction from CTYPE;
- ``MSG:`` a server or user message: ``message``, the text before ``***``;
- ``CIDINFO:`` ``RING`` n > 0: ``ring``; 0 (ringing stopped, answered): ``offhook``;
  -1 (stopped, not answered) and -2 (hung up after answer): ``onhook``.

``line`` is the server's LINE label (a string; ``-`` and ``NO-LINE`` give None). Numbers and
names such as ``NO-NUMBER``, ``NO NAME``, ``-`` give None; ``PRIVATE``, ``OUT-OF-AREA`` and
``ANONYMOUS`` set the privacy. DATE (``mmddyyyy``, or ``mmdd``) is reported as its first four
digits in the server's own order; TIME (``hhmm``, or ``hh:mm:ss`` in CIDINFO) as ``HHMM``.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import replace

from yuntian.telephony.cid_fields import hhmm, mmdd, name_field, number_field
from yuntian.telephony.events import CallerIdEvent, Kind
from yuntian.telephony.lines import LineSplitter, column_line

log = logging.getLogger(__name__)

BLOCKED = "blocked"
HUNG_UP = "hung up"

# line type -> (event, direction, text)
_CALLS: dict[str, tuple[Kind, str | None, str | None]] = {
    "CID": (Kind.CALL, "in", None),
    "WID": (Kind.CALL, "in", None),
    "OUT": (Kind.CALL, "out", None),
    "BLK": (Kind.CALL, "in", BLOCKED),
    "HUP": (Kind.CALL, "in", HUNG_UP),
}
_DIRECTIONS = {"IN": "in", "OUT": "out"}
_NO_LINE = {"", "-", "NO-LINE", "NO LINE"}
_STATUS = re.compile(r"(\d{3})(?:\s|$)", re.ASCII)
_LABEL = re.compile(r"([A-Z]+):", re.ASCII)
_RING = re.compile(r"-?\d{1,3}", re.ASCII)
_STAMP = "%m/%d/%Y %H:%M:%S"
_MESSAGE_FIELDS = re.compile(r"\*\*\*|###")


class NcidParser:
    """Lines from an NCID server in, events out (see the module docstring)."""

    def __init__(self) -> None:
        self._lines = LineSplitter()
        self._in_log = False  # between the greeting and the end of the call log
        self._ready = False

    @property
    def ready(self) -> bool:
        """The server has finished its greeting and call log: what follows is live."""
        return self._ready

    def feed(self, data: bytes) -> list[CallerIdEvent]:
        return self._read(self._lines.feed(data))

    def flush(self) -> list[CallerIdEvent]:
        return self._read(self._lines.flush())

    def _read(self, lines: list[bytes]) -> list[CallerIdEvent]:
        events = []
        for raw in lines:
            if raw:
                event = self._line(column_line(raw).strip())
                if event is not None:
                    events.append(event)
        return events

    def _line(self, text: str) -> CallerIdEvent | None:
        status = _STATUS.match(text)
        if status is not None:
            self._status(int(status.group(1)))
            return None
        label = _LABEL.match(text)
        if label is None:
            if text:
                log.debug("not an NCID line: %r", text)
            return None
        kind, rest = label.group(1), text[label.end() :]
        if self._in_log:
            return None  # the call log replay: history, not calls happening now
        if kind in _CALLS:
            event, direction, note = _CALLS[kind]
            return _call(event, direction, note, _pairs(rest), text)
        if kind == "END":
            return _end(_pairs(rest), text)
        if kind == "MSG":
            return _message(rest, text)
        if kind == "CIDINFO":
            return _ring_info(_pairs(rest), text)
        return None  # OPT:, the ...LOG: replay, PID:, NOT:, ACK:, and types added later

    def _status(self, code: int) -> None:
        if code == 200:  # a (re)connection: the greeting and log replay follow
            self._in_log, self._ready = True, False
        elif 250 <= code <= 253 or code == 300:
            self._in_log, self._ready = False, True


def _pairs(rest: str) -> dict[str, str]:
    """``*KEY*value*KEY*value*`` as a dict (keys upper-cased; the first value of a key wins)."""
    parts = rest.strip().lstrip("*").split("*")
    pairs: dict[str, str] = {}
    for index in range(0, len(parts) - 1, 2):
        pairs.setdefault(parts[index].strip().upper(), parts[index + 1])
    return pairs


def _line_label(pairs: dict[str, str]) -> str | None:
    label = pairs.get("LINE", "").strip()
    return None if label.upper() in _NO_LINE else label


def _date(pairs: dict[str, str]) -> str | None:
    digits = "".join(ch for ch in pairs.get("DATE", "") if ch in "0123456789")
    return mmdd(digits[:4]) if len(digits) in (4, 8) else None


def _time(pairs: dict[str, str]) -> str | None:
    return hhmm(pairs.get("TIME", "")[:8])


def _call(
    event: Kind, direction: str | None, note: str | None, pairs: dict[str, str], raw: str
) -> CallerIdEvent:
    number, privacy = number_field(pairs.get("NMBR", ""))
    name, name_privacy = name_field(pairs.get("NAME", ""))
    return CallerIdEvent(
        event=event,
        line=_line_label(pairs),
        direction=direction,
        number=number,
        name=name,
        privacy=privacy or (name_privacy if number is None else None),
        date=_date(pairs),
        time=_time(pairs),
        text=note,
        raw=raw,
    )


def _end(pairs: dict[str, str], raw: str) -> CallerIdEvent:
    direction = _DIRECTIONS.get(pairs.get("CTYPE", "").strip().upper())
    return replace(_call(Kind.END, direction, None, pairs, raw), duration=_duration(pairs))


def _duration(pairs: dict[str, str]) -> int | None:
    try:
        start = dt.datetime.strptime(pairs.get("SCALL", "").strip(), _STAMP)
        end = dt.datetime.strptime(pairs.get("ECALL", "").strip(), _STAMP)
    except ValueError:
        return None
    seconds = int((end - start).total_seconds())
    return seconds if seconds >= 0 else None


def _message(rest: str, raw: str) -> CallerIdEvent:
    split = _MESSAGE_FIELDS.search(rest)
    body, tail = (rest[: split.start()], rest[split.end() :]) if split else (rest, "")
    pairs = _pairs(tail)
    message = _call(Kind.MESSAGE, None, body.strip() or None, pairs, raw)
    return replace(message, direction=_DIRECTIONS.get(pairs.get("MTYPE", "").strip().upper()))


def _ring_info(pairs: dict[str, str], raw: str) -> CallerIdEvent | None:
    count = pairs.get("RING", "").strip()
    if _RING.fullmatch(count) is None:
        return None
    rings = int(count)
    event = Kind.RING if rings > 0 else Kind.OFFHOOK if rings == 0 else Kind.ONHOOK
    return CallerIdEvent(event=event, line=_line_label(pairs), time=_time(pairs), raw=raw)
