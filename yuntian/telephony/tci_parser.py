"""TCI (Telephone Collectors International) caller-ID lines: 70 fixed columns, one per call.

::

    01      9/04      1:29 PM       212-555-4000           Vähälä Joe
    line(0-1) date M/DD(7-11) time h:mm AM/PM(17-24) number(29-43) name(55-69)

Fields are right-justified except the name. Each line is one ``call`` event; TCI does not say
the direction, so ``direction`` is None. ``PRIVATE`` / ``OUT-OF-AREA`` in the number field set
the privacy. Lines are decoded (UTF-8, GB18030 or Latin-1, see :mod:`lines`) before the
columns are cut, so a non-ASCII name does not shift them. Lines whose spacing differs are read by
whitespace-separated fields; anything else is skipped.
"""

from __future__ import annotations

import logging

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


class TciParser:
    """TCI lines in, ``call`` events out."""

    def __init__(self) -> None:
        self._lines = LineSplitter()

    def feed(self, data: bytes) -> list[CallerIdEvent]:
        return self._read(self._lines.feed(data))

    def flush(self) -> list[CallerIdEvent]:
        return self._read(self._lines.flush())

    def _read(self, lines: list[bytes]) -> list[CallerIdEvent]:
        events = []
        for raw in lines:
            if not raw:
                continue
            text = column_line(raw).rstrip()
            event = parse_line(text)
            if event is not None:
                events.append(event)
            elif text.strip():
                log.debug("not a TCI line: %r", text)
        return events


def parse_line(text: str) -> CallerIdEvent | None:
    """One TCI line (line end removed) as a ``call`` event, or None."""
    return _by_columns(text) or _by_fields(text)


def _by_columns(text: str) -> CallerIdEvent | None:
    # The test NCID's server uses to recognise a TCI line, plus blank gaps between the fields.
    if len(text) < 25 or not _digits(text[:2].strip()) or text[9] != "/" or text[24] != "M":
        return None
    if text[2:7].strip() or text[12:17].strip() or text[25:29].strip():
        return None
    if len(text) > 44 and text[44] != " ":
        return None
    time_text, meridiem = text[17:22], text[22:25]
    return _call(text[:2], text[7:12], time_text, meridiem, text[29:44], text[44:], text)


def _by_fields(text: str) -> CallerIdEvent | None:
    fields = text.split()
    if len(fields) < 3 or not _digits(fields[0]) or len(fields[0]) > 3 or "/" not in fields[1]:
        return None
    line, date, clock, rest = fields[0], fields[1], fields[2], fields[3:]
    meridiem = rest.pop(0) if rest and rest[0].upper() in ("AM", "PM") else ""
    number = ""
    if rest and (looks_like_number(rest[0]) or privacy_word(rest[0]) is not None):
        number = rest.pop(0)
    return _call(line, date, clock, meridiem, number, " ".join(rest), text)


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _call(
    line: str, date: str, clock: str, meridiem: str, number: str, name: str, raw: str
) -> CallerIdEvent:
    digits, privacy = number_field(number)
    caller, name_privacy = name_field(name)
    return CallerIdEvent(
        event=Kind.CALL,
        line=int(line),
        number=digits,
        name=caller,
        privacy=privacy or (name_privacy if digits is None else None),
        date=mmdd(date),
        time=hhmm(f"{clock} {meridiem}"),
        raw=raw,
    )
