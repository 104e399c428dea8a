"""Whozz Calling? records: call and detail records, serial and UDP, duplicates, hostile input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.telephony.hostile_input import assert_well_formed, chunked, damaged_streams
from yuntian.telephony.events import CallerIdEvent, Kind, Privacy, parse_all
from yuntian.telephony.whozz_parser import WhozzParser

START = b"01 I S 0276 G B3 09/26 11:28 AM 800-240-4637   CallerID.com"
END = b"01 I E 0276 G B3 09/26 11:28 AM 800-240-4637   CallerID.com"
OUTBOUND = b"03 O S 0000 G A0 09/26 02:30 PM 7702637111     "
RING = b"01 R             11/07 07:43:52"
HEADER = b"^^<U>000001<S>123456$"
OTHER_HEADER = b"^^<U>000002<S>654321$"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def record(
    *,
    line: str = "01",
    direction: str = "I",
    kind: str = "S",
    seconds: str = "0000",
    checksum: str = "G",
    date: str = "09/26",
    clock: str = "11:28",
    meridiem: str = "AM",
    number: str = "800-240-4637",
    name: str = "CallerID.com",
) -> bytes:
    text = f"{line} {direction} {kind} {seconds} {checksum} A1 {date} {clock} {meridiem} "
    return f"{text}{number:<14} {name:<15}".encode()


def decode(data: bytes, clock: Clock | None = None) -> list[CallerIdEvent]:
    return parse_all(WhozzParser(clock or Clock()), [data])


def one(data: bytes) -> CallerIdEvent:
    events = decode(data + b"\r\n")
    assert len(events) == 1, events
    return events[0]


def test_start_record_reads_every_column() -> None:
    event = one(START)
    assert event == CallerIdEvent(
        event=Kind.START,
        line=1,
        direction="in",
        number="8002404637",
        name="CallerID.com",
        date="0926",
        time="1128",
        checksum_ok=True,
    )
    assert event.raw == START.decode()


def test_end_record_carries_the_duration() -> None:
    event = one(END)
    assert (event.event, event.duration) == (Kind.END, 276)


def test_start_record_has_no_duration() -> None:
    assert one(record(kind="S", seconds="0276")).duration is None


def test_outbound_call() -> None:
    event = one(OUTBOUND)
    assert (event.line, event.direction, event.number, event.name) == (3, "out", "7702637111", None)
    assert event.time == "1430"


def test_blocked_record_is_a_call_marked_blocked() -> None:
    event = one(record(kind="B", number="555-0100"))
    assert (event.event, event.text, event.number, event.direction) == (
        Kind.CALL,
        "blocked",
        "5550100",
        "in",
    )


@pytest.mark.parametrize(("mark", "ok"), [("G", True), ("B", False)])
def test_checksum(mark: str, ok: bool) -> None:
    assert one(record(checksum=mark)).checksum_ok is ok


@pytest.mark.parametrize(
    ("clock", "meridiem", "expected"),
    [
        ("12:00", "AM", "0000"),
        ("12:05", "AM", "0005"),
        ("12:59", "PM", "1259"),
        ("01:00", "PM", "1300"),
        (" 1:28", "PM", "1328"),
        ("11:59", "PM", "2359"),
        ("11:28", "AM", "1128"),
    ],
)
def test_twelve_hour_time_becomes_24_hour(clock: str, meridiem: str, expected: str) -> None:
    assert one(record(clock=clock, meridiem=meridiem)).time == expected


@pytest.mark.parametrize(
    ("number", "privacy"),
    [
        ("PRIVATE", Privacy.PRIVATE),
        ("Private", Privacy.PRIVATE),
        ("P", Privacy.PRIVATE),
        ("O", Privacy.UNAVAILABLE),
        ("UNAVAILABLE", Privacy.UNAVAILABLE),
        ("Out-of-Area", Privacy.UNAVAILABLE),
        ("ANONYMOUS", Privacy.ANONYMOUS),
    ],
)
def test_withheld_numbers(number: str, privacy: Privacy) -> None:
    event = one(record(number=number, name=""))
    assert (event.number, event.privacy, event.name) == (None, privacy, None)


def test_private_name_with_a_number_keeps_the_number() -> None:
    event = one(record(number="800-240-4637", name="PRIVATE"))
    assert (event.number, event.name, event.privacy) == ("8002404637", None, None)


def test_name_is_trimmed_and_blank_name_is_none() -> None:
    assert one(record(name="  ACME CO  ")).name == "ACME CO"
    assert one(record(name="")).name is None


@pytest.mark.parametrize(
    ("encoding", "name"),
    [("gbk", "王小明维修部"), ("utf-8", "王小明维修部"), ("latin-1", "Müller")],
)
def test_non_ascii_names(encoding: str, name: str) -> None:
    text = record(name=name).decode()
    assert one(text.encode(encoding)).name == name


@pytest.mark.parametrize("date", ["09/26", " 9/26"])
def test_date_with_space_for_leading_zero(date: str) -> None:
    assert one(record(date=date)).date == "0926"


def test_unset_clock_date_is_none() -> None:
    assert one(record(date="00/00")).date is None


@pytest.mark.parametrize("line", ["01", "08", "12", "16"])
def test_line_numbers_beyond_eight(line: str) -> None:
    assert one(record(line=line)).line == int(line)


@pytest.mark.parametrize(
    ("code", "kind"),
    [("R", Kind.RING), ("F", Kind.OFFHOOK), ("N", Kind.ONHOOK), ("H", Kind.FLASH)],
)
def test_detail_records(code: str, kind: Kind) -> None:
    event = one(f"02 {code}             11/07 17:45:04".encode())
    assert event == CallerIdEvent(event=kind, line=2, date="1107", time="1745")


def test_detail_record_with_collapsed_spacing() -> None:
    event = one(b"01 R 11/07 07:43:52")
    assert (event.event, event.line, event.date, event.time) == (Kind.RING, 1, "1107", "0743")


def test_fields_read_by_whitespace_when_columns_do_not_fit() -> None:
    event = one(b"01  I  E  0042 B A1  9/26  1:28 PM  770-263-7111  JOHN SMITH")
    assert (event.event, event.duration, event.checksum_ok) == (Kind.END, 42, False)
    assert (event.date, event.time, event.number, event.name) == (
        "0926",
        "1328",
        "7702637111",
        "JOHN SMITH",
    )


def test_short_record_without_number_or_name() -> None:
    event = one(b"04 O S 0000 G A0 09/26 11:28 AM")
    assert (event.line, event.number, event.name, event.time) == (4, None, None, "1128")


def test_dollar_key_on_character_is_ignored() -> None:
    assert one(b"$" + START) == one(START)


@pytest.mark.parametrize("end", [b"\r\n", b"\n", b"\r"])
def test_every_line_end(end: bytes) -> None:
    events = decode(START + end + RING + end + END + end)
    assert [e.event for e in events] == [Kind.START, Kind.RING, Kind.END]


def test_partial_record_waits_for_its_line_end_on_a_serial_port() -> None:
    parser = WhozzParser(Clock())
    assert parser.feed(START[:30]) == []
    assert parser.feed(START[30:]) == []
    assert [e.event for e in parser.feed(b"\r\n")] == [Kind.START]


def test_flush_reports_a_final_record_without_line_end() -> None:
    parser = WhozzParser(Clock())
    assert parser.feed(START) == []
    assert [e.event for e in parser.flush()] == [Kind.START]


def test_garbage_lines_are_skipped() -> None:
    noise = b"\x00\xff\xfeOK\r\n-V\r\nWhozz Calling? v3.1\r\n01 X Y\r\n"
    events = decode(noise + START + b"\r\n" + b"garbage" * 300 + b"\r\n" + RING + b"\r\n")
    assert [e.event for e in events] == [Kind.START, Kind.RING]


def test_udp_datagram_with_one_record_is_reported_at_once() -> None:
    parser = WhozzParser(Clock())
    events = parser.feed(HEADER + START)  # no line end: a datagram is complete
    assert [e.event for e in events] == [Kind.START]
    assert events[0].raw == START.decode()
    assert parser.flush() == []


def test_udp_datagram_with_several_records() -> None:
    parser = WhozzParser(Clock())
    events = parser.feed(HEADER + START + b"\r\n" + RING + b"\r\n" + OUTBOUND + b"\r\n")
    assert [(e.event, e.line) for e in events] == [(Kind.START, 1), (Kind.RING, 1), (Kind.START, 3)]


def test_recording_of_datagrams_matches_datagrams_fed_one_by_one() -> None:
    datagrams = [HEADER + START, HEADER + RING + b"\r\n", OTHER_HEADER + OUTBOUND, HEADER + END]
    one_by_one = WhozzParser(Clock())
    expected = [e for d in datagrams for e in one_by_one.feed(d)]
    assert len(expected) == 4
    assert decode(b"".join(datagrams)) == expected


def test_identical_record_within_two_seconds_is_dropped() -> None:
    clock = Clock()
    parser = WhozzParser(clock)
    assert len(parser.feed(HEADER + START)) == 1
    clock.now += 1.9
    assert parser.feed(HEADER + START) == []
    assert parser.feed(START + b"\r\n" + START + b"\r\n") == []  # same words, serial side


def test_identical_record_after_two_seconds_is_reported_again() -> None:
    clock = Clock()
    parser = WhozzParser(clock)
    assert len(parser.feed(HEADER + START)) == 1
    clock.now += 2.0
    assert len(parser.feed(HEADER + START)) == 1


def test_duplicate_window_counts_from_the_reported_record() -> None:
    clock = Clock()
    parser = WhozzParser(clock)
    assert len(parser.feed(HEADER + START)) == 1
    clock.now += 1.5
    assert parser.feed(HEADER + START) == []
    clock.now += 1.0  # 2.5 s after the reported one
    assert len(parser.feed(HEADER + START)) == 1


def test_same_record_from_another_unit_is_not_a_duplicate() -> None:
    parser = WhozzParser(Clock())
    assert len(parser.feed(HEADER + START)) == 1
    assert len(parser.feed(OTHER_HEADER + START)) == 1


def test_different_records_at_once_are_all_reported() -> None:
    parser = WhozzParser(Clock())
    events = parser.feed(HEADER + START + b"\r\n" + END + b"\r\n" + RING)
    assert [e.event for e in events] == [Kind.START, Kind.END, Kind.RING]


def test_trailing_spaces_do_not_make_a_repeat_new() -> None:
    parser = WhozzParser(Clock())
    assert len(parser.feed(HEADER + START)) == 1
    assert parser.feed(HEADER + START + b"   \r\n") == []


VALID = [START, END, OUTBOUND, RING, record(kind="B", number="PRIVATE"), HEADER + START]
SERIAL_VALID = [r for r in VALID if not r.startswith(b"^")]


@given(st.lists(st.binary(max_size=120), max_size=5))
def test_random_bytes_never_raise(chunks: list[bytes]) -> None:
    for event in parse_all(WhozzParser(Clock()), chunks):
        assert_well_formed(event)


@given(damaged_streams(VALID))
def test_damaged_records_never_raise(data: bytes) -> None:
    for event in decode(data):
        assert_well_formed(event)
        assert isinstance(event.line, int)


@given(
    damaged_streams(SERIAL_VALID).filter(lambda data: b"^^<U>" not in data),
    st.lists(st.integers(0, 400), max_size=8),
)
def test_serial_chunking_does_not_change_the_events(data: bytes, cuts: list[int]) -> None:
    assert parse_all(WhozzParser(Clock()), chunked(data, cuts)) == decode(data)
