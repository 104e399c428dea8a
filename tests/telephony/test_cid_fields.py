"""Caller-ID field rules shared by every format, and every parser applying them the same way."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yuntian.telephony.cid_fields import (
    date_time,
    hhmm,
    looks_like_number,
    mmdd,
    name_field,
    number_field,
    privacy_word,
)
from yuntian.telephony.cid_packets import NAME, NUMBER, decode_packet, encode_mdmf
from yuntian.telephony.events import CallerIdEvent, Parser, Privacy, parse_all
from yuntian.telephony.modem_parser import ModemParser
from yuntian.telephony.ncid_parser import NcidParser
from yuntian.telephony.tci_parser import TciParser
from yuntian.telephony.whozz_parser import WhozzParser

P, U, A = Privacy.PRIVATE, Privacy.UNAVAILABLE, Privacy.ANONYMOUS


@pytest.mark.parametrize(
    ("word", "privacy"),
    [
        ("P", P),
        ("p", P),
        ("PRIVATE", P),
        ("Private Caller", P),
        ("O", U),
        ("Out-of-Area", U),
        ("OUT_OF_AREA", U),
        ("unavailable", U),
        ("A", A),
        ("ANONYMOUS", A),
        ("Anonymous Caller", A),
        ("PA", None),
        ("0", None),
        ("JOHN", None),
    ],
)
def test_privacy_words(word: str, privacy: Privacy | None) -> None:
    assert privacy_word(word) is privacy


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        ("(800) 555-1212", ("8005551212", None)),
        ("+86 10 6234.5678", ("+861062345678", None)),
        ("*67#", ("*67#", None)),
        ("010/62345678", ("01062345678", None)),
        ("5551212 EXT", ("5551212", None)),
        ("NO-NUMBER", (None, None)),
        ("", (None, None)),
        (" Private ", (None, P)),
        ("O", (None, U)),
    ],
)
def test_number_field(sent: str, expected: tuple) -> None:
    assert number_field(sent) == expected


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        ("  JOHN  DOE ", ("JOHN  DOE", None)),
        ("王\x00小明", ("王小明", None)),
        ("NO NAME", (None, None)),
        ("-", (None, None)),
        ("A", (None, A)),
        ("out of area", (None, U)),
    ],
)
def test_name_field(sent: str, expected: tuple) -> None:
    assert name_field(sent) == expected


def test_looks_like_number() -> None:
    assert looks_like_number("+86 (10) 6234-5678")
    assert looks_like_number("*67")
    assert not looks_like_number("JOHN")
    assert not looks_like_number("555+1212")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0321", "0321"),
        ("03/21", "0321"),
        (" 3/21", "0321"),
        ("03-21", "0321"),
        ("11272026", "1127"),
        ("11/27/2026", "1127"),
        ("00/00", None),
        ("1332", None),
        ("", None),
    ],
)
def test_mmdd(text: str, expected: str | None) -> None:
    assert mmdd(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1405", "1405"),
        ("14:05", "1405"),
        ("07:43:52", "0743"),
        ("2:05 PM", "1405"),
        ("0205PM", "1405"),
        ("12:05 AM", "0005"),
        ("12:59 p.m.", "1259"),
        ("00:30 AM", None),
        ("2400", None),
        ("11:28 XM", None),
        ("", None),
    ],
)
def test_hhmm(text: str, expected: str | None) -> None:
    assert hhmm(text) == expected


def test_date_time_combined_forms() -> None:
    assert date_time("03/21 14:05") == ("0321", "1405")
    assert date_time("12/31 12:05 AM") == ("1231", "0005")
    assert date_time("03211405") == ("0321", "1405")
    assert date_time("garbage") == (None, None)


@given(st.text(max_size=30))
def test_any_text_is_read_or_refused(text: str) -> None:
    number, privacy = number_field(text)
    assert number is None or privacy is None
    name, _ = name_field(text)
    assert name is None or (name and name == name.strip())
    for value in (mmdd(text), hhmm(text), *date_time(text)):
        assert value is None or (len(value) == 4 and value.isdigit())


# --- every format applies the same rules -------------------------------------------------------


def modem(number: str, name: str) -> bytes:
    return f"DATE=1127\r\nTIME=0931\r\nNMBR={number}\r\nNAME={name}\r\n".encode("gbk")


def whozz(number: str, name: str) -> bytes:
    return f"01 I S 0000 G A1 11/27 09:31 AM {number:<14} {name:<15}\r\n".encode("gbk")


def ncid(number: str, name: str) -> bytes:
    line = f"CID: *DATE*11272026*TIME*0931*LINE*1*NMBR*{number}*MESG*NONE*NAME*{name}*\n"
    return line.encode("gbk")


def tci(number: str, name: str) -> bytes:
    return f"01     11/27      9:31 AM    {number:>15}           {name:<15}\r\n".encode("gbk")


FORMATS: list[tuple[type[Parser], object]] = [
    (ModemParser, modem),
    (WhozzParser, whozz),
    (NcidParser, ncid),
    (TciParser, tci),
]


@pytest.mark.parametrize(("parser", "build"), FORMATS, ids=["modem", "whozz", "ncid", "tci"])
@pytest.mark.parametrize(
    ("number", "name", "expected"),
    [
        ("800-555-1212", "JOHN DOE", ("8005551212", "JOHN DOE", None)),
        ("+86 138 0013", "王小明", ("+861380013", "王小明", None)),
        ("#31# 555-1212", "张伟维修部", ("#31#5551212", "张伟维修部", None)),  # no * in NCID
        ("PRIVATE", "", (None, None, P)),
        ("P", "P", (None, None, P)),
        ("Out-of-Area", "NO NAME", (None, None, U)),
        ("O", "", (None, None, U)),
        ("ANONYMOUS", "ANONYMOUS", (None, None, A)),
        ("5551212", "PRIVATE", ("5551212", None, None)),
    ],
)
def test_every_format_reads_fields_alike(parser, build, number, name, expected) -> None:
    events: list[CallerIdEvent] = parse_all(parser(), [build(number, name)])
    assert len(events) == 1, events
    event = events[0]
    assert (event.number, event.name, event.privacy) == expected
    assert (event.date, event.time) == ("1127", "0931")


def test_packets_read_names_and_privacy_alike() -> None:
    event = decode_packet(encode_mdmf([(NUMBER, b"5551212"), (NAME, "王小明".encode("gbk"))]))
    assert event is not None and (event.number, event.name) == ("5551212", "王小明")
    event = decode_packet(encode_mdmf([(0x04, b"P"), (NAME, b"PRIVATE")]))
    assert event is not None and (event.number, event.name, event.privacy) == (None, None, P)
