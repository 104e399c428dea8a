"""NCID server lines: greeting and call-log replay, call types, CIDINFO rings, hostile input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.telephony.hostile_input import assert_well_formed, chunked, damaged_streams
from yuntian.telephony.events import CallerIdEvent, Kind, Privacy, parse_all
from yuntian.telephony.ncid_parser import NcidParser

GREETING = (
    b"200 Server: ncidd (NCID) 1.13\n"
    b"210 API: 1.11 Feature Set 1 2 3 4 5\n"
    b"CIDLOG: *DATE*11262026*TIME*0930*LINE*POTS*NMBR*13800138000*MESG*NONE*NAME*OLD CALL*\n"
    b"HUPLOG: *DATE*11262026*TIME*0931*LINE*POTS*NMBR*4075550000*MESG*NONE*NAME*SPAM*\n"
    b"MSGLOG: old message ***DATE*11262026*TIME*0932*NAME*-*NMBR*-*LINE*-*MTYPE*SYS*\n"
    b"LOG: # comment line\n"
    b"250 End of call log\n"
    b"OPT: hangup-1\n"
    b"300 End of connection startup\n"
)
CID = b"CID: *DATE*11272026*TIME*0931*LINE*POTS*NMBR*010-6234-5678*MESG*NONE*NAME*ZHANG SAN*"


def decode(data: bytes) -> list[CallerIdEvent]:
    return parse_all(NcidParser(), [data])


def one(line: bytes) -> CallerIdEvent:
    events = decode(line + b"\n")
    assert len(events) == 1, events
    return events[0]


def test_incoming_call_reads_every_field() -> None:
    assert one(CID) == CallerIdEvent(
        event=Kind.CALL,
        line="POTS",
        direction="in",
        number="01062345678",
        name="ZHANG SAN",
        date="1127",
        time="0931",
    )


def test_fields_in_any_order_and_unknown_keys_ignored() -> None:
    shuffled = (
        b"CID: *NAME*ZHANG SAN*FNMBR*(010) 6234-5678*NTYPE*FIX*LINE*POTS*"
        b"CTRY*CN*NMBR*010-6234-5678*TIME*0931*DATE*11272026*"
    )
    assert one(shuffled) == one(CID)


def test_greeting_and_call_log_replay_are_not_reported() -> None:
    parser = NcidParser()
    assert parser.ready is False
    assert parser.feed(GREETING) == []
    assert parser.ready is True
    assert [e.event for e in parser.feed(CID + b"\n")] == [Kind.CALL]


def test_call_lines_inside_the_log_replay_are_history() -> None:
    parser = NcidParser()
    assert parser.feed(b"200 Server: ncidd (NCID) 1.0\n" + CID + b"\n") == []
    assert parser.ready is False
    assert parser.feed(b"252 Call log empty\n") == []
    assert parser.ready is True
    assert len(parser.feed(CID + b"\n")) == 1


def test_reconnect_greeting_waits_for_the_new_log_end() -> None:
    parser = NcidParser()
    parser.feed(GREETING)
    parser.feed(b"200 Server: ncidd (NCID) 1.13\n")
    assert parser.ready is False
    assert parser.feed(CID + b"\n") == []
    parser.feed(b"251 Call log not sent\n300 End of connection startup\n")
    assert parser.ready is True


def test_lines_without_greeting_are_read() -> None:
    assert [e.event for e in decode(CID + b"\n")] == [Kind.CALL]


def test_outgoing_call() -> None:
    event = one(b"OUT: *DATE*11272026*TIME*1015*LINE*2*NMBR*13912345678*MESG*NONE*NAME*NO NAME*")
    assert (event.event, event.direction, event.number, event.name) == (
        Kind.CALL,
        "out",
        "13912345678",
        None,
    )


def test_blocked_and_hung_up_calls_are_marked() -> None:
    blocked = one(b"BLK: *DATE*11272026*TIME*1016*LINE*POTS*NMBR*4075550000*MESG*NONE*NAME*SPAM*")
    hung_up = one(b"HUP: *DATE*11272026*TIME*1017*LINE*POTS*NMBR*4075550000*MESG*NONE*NAME*SPAM*")
    assert (blocked.event, blocked.text, blocked.number) == (Kind.CALL, "blocked", "4075550000")
    assert (hung_up.event, hung_up.text, hung_up.direction) == (Kind.CALL, "hung up", "in")


def test_call_waiting_is_an_incoming_call() -> None:
    event = one(b"WID: *DATE*11272026*TIME*1018*LINE*POTS*NMBR*5551234*MESG*NONE*NAME*X*")
    assert (event.event, event.direction, event.text) == (Kind.CALL, "in", None)


def test_end_of_call_duration_from_start_and_end() -> None:
    event = one(
        b"END: *HTYPE*BYE*DATE*11272026*TIME*0931*SCALL*11/27/2026 09:31:05*"
        b"ECALL*11/27/2026 09:36:10*CTYPE*OUT*LINE*VOIP*NMBR*13800138000*NAME*-*"
    )
    assert (event.event, event.duration, event.direction, event.line) == (
        Kind.END,
        305,
        "out",
        "VOIP",
    )


def test_end_of_call_over_midnight() -> None:
    event = one(b"END: *SCALL*12/31/2026 23:59:50*ECALL*01/01/2027 00:00:20*CTYPE*IN*")
    assert (event.duration, event.direction) == (30, "in")


@pytest.mark.parametrize(
    "times",
    [b"*SCALL*garbage*ECALL*11/27/2026 09:36:10*", b"", b"*SCALL*11/27/2026 09:40:00*"],
)
def test_end_of_call_without_usable_times_has_no_duration(times: bytes) -> None:
    event = one(b"END: *HTYPE*CANCEL*LINE*POTS*" + times)
    assert (event.event, event.duration) == (Kind.END, None)


def test_message_text_and_fields() -> None:
    event = one(
        b"MSG: Caller ID Logfile too big ***DATE*11272026*TIME*1200*NAME*-*LINE*-*MTYPE*SYS*"
    )
    assert event == CallerIdEvent(
        event=Kind.MESSAGE, text="Caller ID Logfile too big", date="1127", time="1200"
    )


def test_message_without_fields() -> None:
    assert one(b"MSG: Please call back Mr Li").text == "Please call back Mr Li"


@pytest.mark.parametrize(
    ("count", "kind"),
    [
        ("1", Kind.RING),
        ("4", Kind.RING),
        ("0", Kind.OFFHOOK),
        ("-1", Kind.ONHOOK),
        ("-2", Kind.ONHOOK),
    ],
)
def test_ring_info(count: str, kind: Kind) -> None:
    event = one(f"CIDINFO: *LINE*POTS*RING*{count}*TIME*16:20:05*".encode())
    assert event == CallerIdEvent(event=kind, line="POTS", time="1620")


def test_ring_info_without_count_is_ignored() -> None:
    assert decode(b"CIDINFO: *LINE*POTS*RING*many*\nCIDINFO: *LINE*POTS*\n") == []


@pytest.mark.parametrize(
    ("number", "name", "expected"),
    [
        (b"NO-NUMBER", b"NO NAME", (None, None, None)),
        (b"-", b"-", (None, None, None)),
        (b"PRIVATE", b"PRIVATE", (None, None, Privacy.PRIVATE)),
        (b"OUT-OF-AREA", b"OUT-OF-AREA", (None, None, Privacy.UNAVAILABLE)),
        (b"ANONYMOUS", b"ANONYMOUS", (None, None, Privacy.ANONYMOUS)),
        (b"-", b"OUT-OF-AREA", (None, None, Privacy.UNAVAILABLE)),
        (b"RING", b"No Caller ID", (None, None, None)),
        (b"+86 138 0013 8000", b"  LI SI  ", ("+8613800138000", "LI SI", None)),
    ],
)
def test_placeholders_and_privacy(number: bytes, name: bytes, expected: tuple) -> None:
    event = one(b"CID: *DATE*1127*TIME*0931*LINE*-*NMBR*" + number + b"*NAME*" + name + b"*")
    assert (event.number, event.name, event.privacy) == expected
    assert (event.line, event.date) == (None, "1127")


def test_forwarded_and_unknown_lines_are_ignored() -> None:
    data = (
        b"+CID: *DATE*11272026*TIME*0931*LINE*POTS*NMBR*111*NAME*X*\n"
        b"PID: *DATE*11272026*TIME*0931*LINE*CELL*NMBR*222*NAME*Y*\n"
        b"NOT: PHONE 4012: PING ***DATE*11272026*\n"
        b"XYZ: *NMBR*333*\nhello\n\n"
    )
    assert decode(data) == []


def test_crlf_line_ends_and_latin1_names() -> None:
    event = one(b"CID: *NMBR*5551234*NAME*V\xe4h\xe4l\xe4 Joe*\r")
    assert event.name == "Vähälä Joe"


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8"])
def test_chinese_name_from_a_chinese_exchange(encoding: str) -> None:
    line = "CID: *DATE*11272026*TIME*0931*LINE*POTS*NMBR*13800138000*NAME*王小明维修部*"
    event = one(line.encode(encoding))
    assert (event.number, event.name) == ("13800138000", "王小明维修部")


VALID = [
    GREETING,
    CID,
    b"END: *HTYPE*BYE*SCALL*11/27/2026 09:31:05*ECALL*11/27/2026 09:36:10*CTYPE*IN*LINE*1*",
    b"MSG: hello ***DATE*11272026*TIME*1200*NAME*-*",
    b"CIDINFO: *LINE*POTS*RING*2*TIME*16:20:05*",
    b"BLK: *DATE*11272026*TIME*1016*LINE*POTS*NMBR*PRIVATE*NAME*SPAM*",
    "CID: *DATE*11272026*TIME*0931*LINE*POTS*NMBR*13800138000*NAME*王小明*".encode("gbk"),
]


@given(st.lists(st.binary(max_size=120), max_size=5))
def test_random_bytes_never_raise(chunks: list[bytes]) -> None:
    for event in parse_all(NcidParser(), chunks):
        assert_well_formed(event)


@given(damaged_streams(VALID))
def test_damaged_lines_never_raise(data: bytes) -> None:
    for event in decode(data):
        assert_well_formed(event)


@given(damaged_streams(VALID), st.lists(st.integers(0, 600), max_size=8))
def test_chunking_does_not_change_the_events(data: bytes, cuts: list[int]) -> None:
    assert parse_all(NcidParser(), chunked(data, cuts)) == decode(data)
