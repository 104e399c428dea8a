"""The formatted caller-ID output of voice/data modems (format ``modem``)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.telephony.hostile_input import assert_well_formed, chunked, damaged_streams
from yuntian.telephony.cid_fields import name_field
from yuntian.telephony.cid_packets import encode_mdmf
from yuntian.telephony.events import CallerIdEvent, Kind, Privacy, parse_all
from yuntian.telephony.modem_parser import ModemParser

CLASSIC = (
    b"RING\r\n\r\nDATE = 0321\r\nTIME = 1405\r\nNMBR = 8005551212\r\nNAME = JOHN DOE\r\n\r\n"
    b"RING\r\n"
)
# A US Robotics-style session: init echoes, no spaces around "=", caller ID, more rings.
USR_SESSION = (
    b"ATZ\r\r\nOK\r\nAT+VCID=1\r\r\nOK\r\n"
    b"\r\nRING\r\n\r\nDATE=1225\r\nTIME=0905\r\nNMBR=4165551234\r\nNAME=SANTA CLAUS\r\n"
    b"\r\nRING\r\n\r\nRING\r\n"
)
# A Chinese FSK line: caller ID before the first ring, name in GBK, LF line ends.
CHINA_GBK = "DATE=0815\nTIME=1932\nNMBR=13800138000\nNAME=王小明\n\nRING\nRING\n".encode("gbk")


def decode(data: bytes) -> list[CallerIdEvent]:
    return parse_all(ModemParser(), [data])


def calls(events: list[CallerIdEvent]) -> list[CallerIdEvent]:
    return [event for event in events if event.event == Kind.CALL]


def one_call(data: bytes) -> CallerIdEvent:
    found = calls(decode(data))
    assert len(found) == 1, found
    return found[0]


def summary(event: CallerIdEvent) -> tuple[object, ...]:
    return (event.date, event.time, event.number, event.name, event.privacy)


def test_classic_capture() -> None:
    events = decode(CLASSIC)
    assert [event.event for event in events] == [Kind.RING, Kind.CALL, Kind.RING]
    call = events[1]
    assert summary(call) == ("0321", "1405", "8005551212", "JOHN DOE", None)
    assert (call.line, call.direction, call.checksum_ok) == (None, None, None)
    assert "NAME = JOHN DOE" in call.raw


def test_usr_session_without_spaces_ignores_modem_chatter() -> None:
    events = decode(USR_SESSION)
    assert [event.event for event in events] == [Kind.RING, Kind.CALL, Kind.RING, Kind.RING]
    assert summary(events[1]) == ("1225", "0905", "4165551234", "SANTA CLAUS", None)


def test_caller_id_before_first_ring_in_gbk() -> None:
    events = decode(CHINA_GBK)
    assert [event.event for event in events] == [Kind.CALL, Kind.RING, Kind.RING]
    assert summary(events[0]) == ("0815", "1932", "13800138000", "王小明", None)


@pytest.mark.parametrize(
    ("encoded", "name"),
    [
        ("张伟".encode("gbk"), "张伟"),
        ("陈静".encode(), "陈静"),
        ("Vähälä Joe".encode("latin-1"), "Vähälä Joe"),
        ("𠀀李".encode("gb18030"), "𠀀李"),
    ],
)
def test_non_ascii_names(encoded: bytes, name: str) -> None:
    call = one_call(b"NMBR = 5551212\r\nNAME = " + encoded + b"   \r\n")
    assert call.name == name


@pytest.mark.parametrize("key", ["NMBR", "NBR", "DDN_NMBR", "DDN"])
def test_number_field_names(key: str) -> None:
    call = one_call(f"DATE = 0101\r\nTIME = 0000\r\n{key} = 5551212\r\n\r\n".encode())
    assert summary(call) == ("0101", "0000", "5551212", None, None)


def test_nmbr_and_ddn_nmbr_in_one_block_are_one_call() -> None:
    call = one_call(b"DATE=0321\nTIME=1405\nDDN_NMBR=8005551212\nNMBR=5551212\nNAME=X Y\n")
    assert call.number == "8005551212"


def test_combined_date_time_form() -> None:
    call = one_call(b"RING\r\nDATE TIME=03/21 14:05\r\nNBR=8005551212\r\nNAME=JOHN DOE\r\n")
    assert summary(call) == ("0321", "1405", "8005551212", "JOHN DOE", None)
    call = one_call(b"DATE TIME = 12/31 12:05 AM\nNMBR = 1\n")
    assert (call.date, call.time) == ("1231", "0005")


def test_empty_date_and_time_lines() -> None:
    call = one_call(b"RING\r\nDATE=\r\nTIME=\r\nNMBR=62345678\r\n\r\nRING\r\n")
    assert summary(call) == (None, None, "62345678", None, None)


def test_number_separators_removed_and_name_trimmed() -> None:
    call = one_call(b"NMBR = (800) 555-1212\r\nNAME =   JOHN  DOE   \r\n")
    assert (call.number, call.name) == ("8005551212", "JOHN  DOE")


def test_all_field_orders_give_the_same_call() -> None:
    lines = [b"DATE = 0321", b"TIME = 1405", b"NMBR = 8005551212", b"NAME = JOHN DOE"]
    for order in itertools.permutations(lines):
        # date and time that arrive after NMBR and NAME both did come too late: the call
        # was already reported, and is not reported twice
        complete_at = max(order.index(lines[2]), order.index(lines[3]))
        expect_date = "0321" if order.index(lines[0]) < complete_at else None
        expect_time = "1405" if order.index(lines[1]) < complete_at else None
        call = one_call(b"RING\r\n" + b"\r\n".join(order) + b"\r\n\r\nRING\r\n")
        assert summary(call) == (expect_date, expect_time, "8005551212", "JOHN DOE", None)


def test_name_first_then_date_time_then_number_keeps_everything() -> None:
    call = one_call(b"NAME=JOHN DOE\nTIME=1405\nDATE=0321\nNMBR=8005551212\n")
    assert summary(call) == ("0321", "1405", "8005551212", "JOHN DOE", None)


@pytest.mark.parametrize("end", [b"\r\n", b"\n", b"\r", b"\n\r"])
def test_line_ends(end: bytes) -> None:
    text = CLASSIC.replace(b"\r\n", end)
    assert decode(text) == decode(CLASSIC)


@pytest.mark.parametrize(
    ("number", "name", "privacy"),
    [
        ("P", "P", Privacy.PRIVATE),
        ("O", "O", Privacy.UNAVAILABLE),
        ("A", "A", Privacy.ANONYMOUS),
        ("O", "", Privacy.UNAVAILABLE),
        ("", "P", Privacy.PRIVATE),
    ],
)
def test_reason_letters(number: str, name: str, privacy: Privacy) -> None:
    call = one_call(f"DATE=0321\nTIME=1405\nNMBR={number}\nNAME={name}\n".encode())
    assert summary(call) == ("0321", "1405", None, None, privacy)


def test_number_with_name_withheld_is_not_a_private_call() -> None:
    call = one_call(b"NMBR=5551212\nNAME=P\n")
    assert (call.number, call.name, call.privacy) == ("5551212", None, None)


@pytest.mark.parametrize(
    ("number", "privacy"),
    [
        ("PRIVATE", Privacy.PRIVATE),
        ("private", Privacy.PRIVATE),
        ("Out-of-Area", Privacy.UNAVAILABLE),
        ("UNAVAILABLE", Privacy.UNAVAILABLE),
        ("Anonymous", Privacy.ANONYMOUS),
    ],
)
def test_privacy_words_in_any_case(number: str, privacy: Privacy) -> None:
    call = one_call(f"NMBR={number}\nNAME=NO NAME\n".encode())
    assert (call.number, call.name, call.privacy) == (None, None, privacy)


@pytest.mark.parametrize(
    ("sent", "number"),
    [
        ("+86 138-0013-8000", "+8613800138000"),
        ("*67 555.1212", "*675551212"),
        ("5551212#", "5551212#"),
        ("5551212 EXT", "5551212"),
        ("NO-NUMBER", None),
    ],
)
def test_number_keeps_plus_star_hash_and_drops_letters(sent: str, number: str | None) -> None:
    call = one_call(f"NMBR = {sent}\nNAME = X Y\n".encode())
    assert (call.number, call.privacy) == (number, None)


def test_call_reported_as_soon_as_number_and_name_arrived() -> None:
    parser = ModemParser()
    assert parser.feed(b"RING\r\n\r\nDATE = 0321\r\nTIME = 1405\r\nNMBR = 8005551212\r\n") == [
        CallerIdEvent(Kind.RING, raw="RING")
    ]
    events = parser.feed(b"NAME = JOHN DOE\r\n")
    assert [event.event for event in events] == [Kind.CALL]
    assert parser.feed(b"\r\n") == []
    assert [event.event for event in parser.feed(b"RING\r\n") + parser.flush()] == [Kind.RING]


@pytest.mark.parametrize("ending", [b"\r\n", b"RING\r\n", b"OK\r\n", b"DATE = 0322\r\n", b""])
def test_block_without_name_ends_at_blank_ring_ok_next_date_or_flush(ending: bytes) -> None:
    parser = ModemParser()
    assert parser.feed(b"DATE = 0321\r\nTIME = 1405\r\nNMBR = 8005551212\r\n") == []
    events = parser.feed(ending) if ending else parser.flush()
    assert [summary(event) for event in calls(events)] == [
        ("0321", "1405", "8005551212", None, None)
    ]
    leftover = [call.date for call in calls(parser.flush())]
    assert leftover == (["0322"] if ending.startswith(b"DATE") else [])


def test_two_blocks_back_to_back_are_two_calls() -> None:
    found = calls(decode(b"DATE=0321\nNMBR=1111\nDATE=0322\nNMBR=2222\n"))
    assert [(call.date, call.number) for call in found] == [("0321", "1111"), ("0322", "2222")]


def test_rings_without_caller_id_report_one_unknown_call_at_the_second_ring() -> None:
    parser = ModemParser()
    first = parser.feed(b"RING\r\n")
    assert [event.event for event in first] == [Kind.RING]
    second = parser.feed(b"RING\r\n")
    assert [event.event for event in second] == [Kind.RING, Kind.CALL]
    assert summary(second[1]) == (None, None, None, None, None)
    assert calls(parser.feed(b"RING\r\nRING\r\nRING\r\n")) == []
    parser.flush()  # the line went quiet: the next rings are a new call
    assert len(calls(parser.feed(b"RING\r\nRING\r\n"))) == 1


def test_caller_id_after_first_ring_means_no_unknown_call() -> None:
    assert len(calls(decode(CLASSIC + b"RING\r\nRING\r\nRING\r\n"))) == 1


def test_modem_chatter_is_ignored() -> None:
    chatter = b"ATZ\r\nOK\r\nAT+VCID=1\r\nERROR\r\nAT#CID=1\r\nOK\r\nCONNECT\r\nNO CARRIER\r\n"
    assert decode(chatter) == []
    assert decode(chatter + CLASSIC) == decode(CLASSIC)


def test_raw_hex_packet_inside_the_formatted_stream() -> None:
    packet = encode_mdmf([(0x01, b"03211405"), (0x02, b"8005551212"), (0x07, b"JOHN DOE")])
    events = decode(b"RING\r\n" + packet.hex().encode() + b"\r\nRING\r\nRING\r\n")
    assert [event.event for event in events] == [Kind.RING, Kind.CALL, Kind.RING, Kind.RING]
    assert summary(events[1]) == ("0321", "1405", "8005551212", "JOHN DOE", None)
    assert events[1].checksum_ok is True


def test_short_hex_looking_lines_are_not_calls() -> None:
    assert decode(b"80\r\n0400\r\n4\r\n") == []


def test_mesg_line_is_a_message_event() -> None:
    events = decode(b"MESG = 06 01 01\r\nDATE = 0321\r\nNMBR = 5551212\r\n\r\n")
    assert [(event.event, event.text) for event in events] == [
        (Kind.MESSAGE, "060101"),
        (Kind.CALL, None),
    ]


def test_byte_by_byte_equals_all_at_once() -> None:
    for capture in (CLASSIC, USR_SESSION, CHINA_GBK, CLASSIC.replace(b"\r\n", b"\r")):
        single = parse_all(ModemParser(), [capture[i : i + 1] for i in range(len(capture))])
        assert single == decode(capture)


def test_endless_line_does_not_grow_without_bound() -> None:
    parser = ModemParser()
    for _ in range(100):
        parser.feed(b"X" * 10_000)
    assert parser.feed(b"\r\nNMBR=1\r\nNAME=B\r\n")[0].number == "1"


# --- properties ------------------------------------------------------------------------------

CAPTURES = [CLASSIC, USR_SESSION, CHINA_GBK]
ends = st.sampled_from([b"\r\n", b"\n", b"\r"])


@given(st.binary(max_size=300))
def test_random_bytes_never_raise(data: bytes) -> None:
    for event in decode(data):
        assert_well_formed(event)


@given(damaged_streams([*CLASSIC.splitlines(), *CHINA_GBK.splitlines(), b"NMBR=+86 (10) 6234*"]))
def test_damaged_lines_give_well_formed_events(data: bytes) -> None:
    for event in decode(data):
        assert_well_formed(event)


@given(
    st.sampled_from(CAPTURES),
    st.lists(st.tuples(st.integers(0, 200), st.binary(max_size=4)), min_size=1, max_size=8),
    st.lists(st.integers(0, 200), max_size=8),
)
def test_mutated_captures_never_raise_and_chunking_does_not_matter(
    capture: bytes, edits: list[tuple[int, bytes]], cuts: list[int]
) -> None:
    for position, replacement in edits:
        position %= len(capture) + 1
        capture = capture[:position] + replacement + capture[position + 1 :]
    assert parse_all(ModemParser(), chunked(capture, cuts)) == decode(capture)


field_lines = st.sampled_from(
    [b"DATE=", b"TIME = ", b"NMBR=", b"NAME = ", b"DDN_NMBR=", b"DATE TIME=", b"MESG="]
)
tokens = st.one_of(
    field_lines,
    st.sampled_from([b"RING", b"OK", b"", b"P", b"0321", b"12/31 23:59", b"\xd5\xc5"]),
    st.binary(max_size=6),
    ends,
)


@given(st.lists(tokens, max_size=40), st.lists(st.integers(0, 400), max_size=10))
def test_field_soup_never_raises_and_chunking_does_not_matter(
    parts: list[bytes], cuts: list[int]
) -> None:
    data = b"".join(parts)
    events = decode(data)
    assert parse_all(ModemParser(), chunked(data, cuts)) == events
    for event in events:
        assert_well_formed(event)


call_fields = st.fixed_dictionaries(
    {
        "DATE": st.builds("{:02d}{:02d}".format, st.integers(1, 12), st.integers(1, 31)),
        "TIME": st.builds("{:02d}{:02d}".format, st.integers(0, 23), st.integers(0, 59)),
        "NMBR": st.text("0123456789", min_size=1, max_size=15),
        "NAME": st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ .'&张王李", min_size=2, max_size=15).map(
            str.strip
        ),
    }
).filter(lambda fields: name_field(fields["NAME"]) == (fields["NAME"], None))  # not "PRIVATE"


@given(st.lists(call_fields, min_size=1, max_size=5), ends, st.booleans(), st.data())
def test_each_block_is_exactly_one_call(calls_sent, end, spaced, data) -> None:
    stream = b""
    for fields in calls_sent:
        date_time = data.draw(st.permutations(["DATE", "TIME"]))
        number_name = data.draw(st.permutations(["NMBR", "NAME"]))
        equals = " = " if spaced else "="
        block = [f"{key}{equals}{fields[key]}" for key in date_time + number_name]
        stream += b"RING" + end + end + end.join(line.encode("gbk") for line in block) + end
        stream += b"RING" * data.draw(st.integers(0, 1)) + end
    found = calls(decode(stream))
    expected = [
        (fields["DATE"], fields["TIME"], fields["NMBR"], fields["NAME"], None)
        for fields in calls_sent
    ]
    assert [summary(call) for call in found] == expected
