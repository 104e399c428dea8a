"""TCI fixed-width caller-ID lines: columns, encodings, privacy, 12-hour time, hostile input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.telephony.hostile_input import assert_well_formed, chunked, damaged_streams
from yuntian.telephony.events import CallerIdEvent, Kind, Privacy, parse_all
from yuntian.telephony.tci_parser import TciParser

EXAMPLE = "01      9/04      1:29 PM       212-555-4000           Vähälä Joe     "


def tci(
    line: str = "01",
    date: str = "9/04",
    clock: str = "1:29 PM",
    number: str = "212-555-4000",
    name: str = "Vähälä Joe",
) -> str:
    return f"{line:>2}     {date:>5}     {clock:>8}    {number:>15}           {name:<15}"


def decode(data: bytes) -> list[CallerIdEvent]:
    return parse_all(TciParser(), [data])


def one(text: str, encoding: str = "utf-8") -> CallerIdEvent:
    events = decode(text.encode(encoding) + b"\r\n")
    assert len(events) == 1, events
    return events[0]


def test_builder_matches_the_documented_layout() -> None:
    assert tci() == EXAMPLE
    assert len(EXAMPLE) == 70


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1"])
def test_example_line_in_either_encoding(encoding: str) -> None:
    assert one(EXAMPLE, encoding) == CallerIdEvent(
        event=Kind.CALL, line=1, number="2125554000", name="Vähälä Joe", date="0904", time="1329"
    )


@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "gb18030"])
def test_chinese_name(encoding: str) -> None:
    event = one(tci(name="张三维修部"), encoding)
    assert (event.line, event.number, event.name, event.time) == (
        1,
        "2125554000",
        "张三维修部",
        "1329",
    )


@pytest.mark.parametrize("name", ["Müller", "François Gómez", "Großmann"])
def test_latin1_names_are_not_misread_as_chinese(name: str) -> None:
    assert one(tci(name=name), "latin-1").name == name


@pytest.mark.parametrize(
    ("clock", "expected"),
    [("12:00 AM", "0000"), ("12:30 AM", "0030"), ("12:30 PM", "1230"), ("11:59 PM", "2359")],
)
def test_twelve_hour_time(clock: str, expected: str) -> None:
    assert one(tci(clock=clock)).time == expected


@pytest.mark.parametrize(
    ("number", "privacy"),
    [("PRIVATE", Privacy.PRIVATE), ("OUT-OF-AREA", Privacy.UNAVAILABLE), ("P", Privacy.PRIVATE)],
)
def test_withheld_number(number: str, privacy: Privacy) -> None:
    event = one(tci(number=number, name=""))
    assert (event.number, event.name, event.privacy) == (None, None, privacy)


def test_two_digit_month_and_line() -> None:
    event = one(tci(line="12", date="12/31"))
    assert (event.line, event.date) == (12, "1231")


def test_blank_name_and_long_number() -> None:
    event = one(tci(number="008613800138000", name=""))
    assert (event.number, event.name) == ("008613800138000", None)


def test_fields_read_by_whitespace_when_columns_do_not_fit() -> None:
    event = one("3 09/04 01:29 PM 212-555-4000 Joe Bloggs")
    assert (event.line, event.date, event.time, event.number, event.name) == (
        3,
        "0904",
        "1329",
        "2125554000",
        "Joe Bloggs",
    )


@pytest.mark.parametrize("end", [b"\r\n", b"\n", b"\r"])
def test_every_line_end_and_noise_between(end: bytes) -> None:
    data = EXAMPLE.encode() + end + b"\x00\xffnoise" + end + tci(line="02").encode() + end
    assert [e.line for e in decode(data)] == [1, 2]


def test_partial_line_waits_for_its_end() -> None:
    parser = TciParser()
    assert parser.feed(EXAMPLE.encode()[:40]) == []
    assert [e.line for e in parser.feed(EXAMPLE.encode()[40:] + b"\r\n")] == [1]


VALID = [
    EXAMPLE.encode(),
    EXAMPLE.encode("latin-1"),
    tci(number="PRIVATE", name="").encode(),
    tci(name="王小明").encode("gbk"),
]


@given(st.lists(st.binary(max_size=120), max_size=5))
def test_random_bytes_never_raise(chunks: list[bytes]) -> None:
    for event in parse_all(TciParser(), chunks):
        assert_well_formed(event)


@given(damaged_streams(VALID))
def test_damaged_lines_never_raise(data: bytes) -> None:
    for event in decode(data):
        assert_well_formed(event)
        assert event.event is Kind.CALL


@given(damaged_streams(VALID), st.lists(st.integers(0, 400), max_size=8))
def test_chunking_does_not_change_the_events(data: bytes, cuts: list[int]) -> None:
    assert parse_all(TciParser(), chunked(data, cuts)) == decode(data)
