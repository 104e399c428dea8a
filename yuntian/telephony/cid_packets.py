"""Caller-ID data packets (Bellcore GR-30, ETSI, China YDN 069) and the modem's raw-hex mode.

SDMF: ``04 LL MMDDhhmm number CS``. MDMF: ``80 LL {type len value}... CS``. The checksum byte
makes the sum of all bytes 0 mod 256. A modem in ``AT+VCID=2`` mode prints each packet as one
line of hex; :class:`HexPacketParser` reads that output (format ``modem-hex``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from yuntian.telephony.cid_fields import (
    date_time,
    looks_like_number,
    name_field,
    number_field,
    privacy_word,
)
from yuntian.telephony.events import CallerIdEvent, Kind, Privacy
from yuntian.telephony.lines import LineSplitter, decode_text, text_line
from yuntian.telephony.ring_cycle import RingCycle, is_ring

SDMF = 0x04
MDMF = 0x80

DATE_TIME = 0x01
NUMBER = 0x02
DIALABLE_NUMBER = 0x03  # some networks send the number (also) as a dialable directory number
NUMBER_ABSENT = 0x04
NAME = 0x07
NAME_ABSENT = 0x08

_HEX = re.compile(r"[0-9A-Fa-f]+")


@dataclass
class _Fields:
    date: str | None = None
    time: str | None = None
    number: str | None = None
    dialable: str | None = None
    name: str | None = None
    number_reason: Privacy | None = None
    name_reason: Privacy | None = None
    clean: bool = True  # every byte inside the packet's length made sense

    def set_date_time(self, value: bytes) -> None:
        text = value.decode("latin-1")
        if len(value) != 8 or not (text.isascii() and text.isdigit()):
            self.clean = False
            return
        self.date, self.time = date_time(text)

    def set_number(self, value: bytes, dialable: bool = False) -> None:
        text = value.decode("latin-1")
        number, why = number_field(text)
        if why is not None:
            self.number_reason = why
        elif number is None or not looks_like_number(text):
            self.clean = False  # letters or noise where digits belong: a garbled packet
        elif dialable:
            self.dialable = number
        else:
            self.number = number

    def event(self, checksum_ok: bool, raw: str) -> CallerIdEvent:
        number = self.number or self.dialable
        return CallerIdEvent(
            Kind.CALL,
            number=number,
            name=self.name,
            privacy=None if number else self.number_reason or self.name_reason,
            date=self.date,
            time=self.time,
            checksum_ok=checksum_ok,
            raw=raw,
        )


def decode_packet(data: bytes) -> CallerIdEvent | None:
    """The call an SDMF or MDMF packet describes; None when ``data`` is neither.

    ``checksum_ok`` is True only for a whole packet whose checksum holds and whose fields fit
    its length. A truncated or garbled packet still gives the fields that decoded cleanly."""
    if not data or data[0] not in (SDMF, MDMF):
        return None
    raw = data.hex(" ").upper()
    if len(data) < 2:
        return CallerIdEvent(Kind.CALL, checksum_ok=False, raw=raw)
    end = 2 + data[1]
    body = data[2:end]
    whole = len(data) > end  # the checksum byte arrived (extra bytes after it are ignored)
    fields = _sdmf(body, data[1]) if data[0] == SDMF else _mdmf(body)
    ok = whole and fields.clean and sum(data[: end + 1]) % 256 == 0
    return fields.event(ok, raw)


def _sdmf(body: bytes, length: int) -> _Fields:
    fields = _Fields()
    if len(body) < 8:
        fields.clean = False
        return fields
    fields.set_date_time(body[:8])
    if len(body) < length:
        fields.clean = False  # the number was cut off: not worth showing
    elif len(body) > 8:
        fields.set_number(body[8:])
    return fields


def _mdmf(body: bytes) -> _Fields:
    fields = _Fields()
    pos = 0
    while pos < len(body):
        if pos + 2 > len(body):
            fields.clean = False
            break
        kind, size = body[pos], body[pos + 1]
        value = body[pos + 2 : pos + 2 + size]
        pos += 2 + size
        if len(value) < size:
            fields.clean = False  # truncated parameter
            break
        if kind == DATE_TIME:
            fields.set_date_time(value)
        elif kind in (NUMBER, DIALABLE_NUMBER):
            fields.set_number(value, dialable=kind == DIALABLE_NUMBER)
        elif kind == NUMBER_ABSENT:
            fields.number_reason = privacy_word(value.decode("latin-1"))
        elif kind == NAME:
            fields.name, fields.name_reason = name_field(decode_text(value))
        elif kind == NAME_ABSENT:
            fields.name_reason = privacy_word(value.decode("latin-1"))
        # other parameter types (call type, message waiting, ...) are skipped by their length
    return fields


def with_checksum(packet: bytes) -> bytes:
    """The packet followed by the checksum byte that makes all bytes sum to 0 mod 256."""
    return packet + bytes([-sum(packet) % 256])


def encode_sdmf(date_time: str, number: str) -> bytes:
    """An SDMF packet (``date_time`` is MMDDhhmm): what the simulator and tests send."""
    body = (date_time + number).encode("ascii")
    return with_checksum(bytes([SDMF, len(body)]) + body)


def encode_mdmf(params: list[tuple[int, bytes]]) -> bytes:
    """An MDMF packet with these (type, value) parameters, in this order."""
    body = b"".join(bytes([kind, len(value)]) + value for kind, value in params)
    return with_checksum(bytes([MDMF, len(body)]) + body)


def hex_bytes(text: str) -> bytes | None:
    """The bytes a line of hex spells (spaces allowed, any case); an odd last digit is dropped
    as a truncated byte. None when the line is not hex."""
    digits = "".join(text.split())
    if not _HEX.fullmatch(digits):
        return None
    digits = digits[: len(digits) // 2 * 2]
    return bytes.fromhex(digits) if digits else None


def packet_line(text: str, min_bytes: int = 1) -> CallerIdEvent | None:
    """The call a raw-hex packet line describes, or None when the line is something else
    (or shorter than ``min_bytes``)."""
    data = hex_bytes(text)
    if data is None or len(data) < min_bytes:
        return None
    event = decode_packet(data)
    return replace(event, raw=text) if event else None


class HexPacketParser:
    """``AT+VCID=2`` output: one hex line per caller-ID packet, and RING lines."""

    def __init__(self) -> None:
        self._lines = LineSplitter()
        self._rings = RingCycle()

    def feed(self, data: bytes) -> list[CallerIdEvent]:
        return [event for line in self._lines.feed(data) for event in self._line(line)]

    def flush(self) -> list[CallerIdEvent]:
        events = [event for line in self._lines.flush() for event in self._line(line)]
        self._rings.end()
        return events

    def _line(self, data: bytes) -> list[CallerIdEvent]:
        text = text_line(data)
        if is_ring(text):
            return self._rings.ring(text)
        event = packet_line(text)
        if event is None:
            return []  # modem chatter: OK, echoes of AT commands, ...
        self._rings.caller_id()
        return [event]
