"""SDMF / MDMF caller-ID packets and the modem's raw-hex mode (``AT+VCID=2``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.telephony.hostile_input import assert_well_formed, chunked
from yuntian.telephony.cid_fields import name_field
from yuntian.telephony.cid_packets import (
    NAME,
    NUMBER,
    HexPacketParser,
    decode_packet,
    encode_mdmf,
    encode_sdmf,
    hex_bytes,
    with_checksum,
)
from yuntian.telephony.events import CallerIdEvent, Kind, Privacy, parse_all

# The Bellcore example: September 30, 12:24 pm, from 609-555-1212 (checksum 0x51).
BELLCORE_SDMF = "04 12 30 39 33 30 31 32 32 34 36 30 39 35 35 35 31 32 31 32 51"
# March 21, 14:05, 8005551212, "JOHN DOE" (checksum computed by hand: 0x88).
JOHN_DOE_MDMF = (
    "80 20 01 08 30 33 32 31 31 34 30 35 02 0A 38 30 30 35 35 35 31 32 31 32 "
    "07 08 4A 4F 48 4E 20 44 4F 45 88"
)


def packet(hex_text: str) -> CallerIdEvent | None:
    return decode_packet(bytes.fromhex(hex_text))


def calls(events: list[CallerIdEvent]) -> list[CallerIdEvent]:
    return [event for event in events if event.event == Kind.CALL]


def test_sdmf_bellcore_example() -> None:
    event = packet(BELLCORE_SDMF)
    assert event is not None
    assert (event.event, event.date, event.time) == (Kind.CALL, "0930", "1224")
    assert (event.number, event.name, event.privacy, event.checksum_ok) == (
        "6095551212",
        None,
        None,
        True,
    )


def test_sdmf_private_number() -> None:
    event = packet("04 09 30 33 32 31 31 34 30 35 50 13")
    assert event is not None
    assert (event.number, event.privacy, event.date, event.checksum_ok) == (
        None,
        Privacy.PRIVATE,
        "0321",
        True,
    )


def test_mdmf_date_number_and_name() -> None:
    event = packet(JOHN_DOE_MDMF)
    assert event is not None
    assert (event.date, event.time, event.number, event.name) == (
        "0321",
        "1405",
        "8005551212",
        "JOHN DOE",
    )
    assert event.checksum_ok is True
    assert event.line is None and event.direction is None


def test_mdmf_reasons_for_absent_number_and_name() -> None:
    private = packet("80 0D 01 08 31 32 32 35 30 39 30 35 04 01 50 7D")
    assert private is not None
    assert (private.number, private.privacy, private.checksum_ok) == (None, Privacy.PRIVATE, True)
    out_of_area = packet("80 10 01 08 31 32 32 35 30 39 30 35 04 01 4F 08 01 4F 23")
    assert out_of_area is not None
    assert (out_of_area.number, out_of_area.name) == (None, None)
    assert out_of_area.privacy == Privacy.UNAVAILABLE


def test_mdmf_name_withheld_but_number_sent_keeps_the_number() -> None:
    event = decode_packet(encode_mdmf([(0x02, b"13800138000"), (0x08, b"P")]))
    assert event is not None
    assert (event.number, event.name, event.privacy) == ("13800138000", None, None)


def test_mdmf_chinese_names_in_gbk_and_utf8() -> None:
    for encoding in ("gbk", "utf-8"):
        event = decode_packet(
            encode_mdmf([(NUMBER, b"01062345678"), (NAME, "张三丰".encode(encoding))])
        )
        assert event is not None
        assert (event.number, event.name) == ("01062345678", "张三丰"), encoding


def test_mdmf_latin1_name_is_not_misread_as_chinese() -> None:
    event = decode_packet(encode_mdmf([(NUMBER, b"5551212"), (NAME, "Müller".encode("latin-1"))]))
    assert event is not None and event.name == "Müller"


@pytest.mark.parametrize(
    ("name", "privacy"),
    [(b"PRIVATE", Privacy.PRIVATE), (b"Anonymous", Privacy.ANONYMOUS), (b"NO NAME", None)],
)
def test_mdmf_name_words_without_number(name: bytes, privacy: Privacy | None) -> None:
    event = decode_packet(encode_mdmf([(0x04, b"O"), (NAME, name)]))
    assert event is not None
    assert (event.number, event.name, event.privacy) == (None, None, Privacy.UNAVAILABLE)
    event = decode_packet(encode_mdmf([(NAME, name)]))
    assert event is not None
    assert (event.number, event.name, event.privacy) == (None, None, privacy)


def test_number_with_letters_is_a_garbled_packet() -> None:
    event = decode_packet(encode_mdmf([(NUMBER, b"555ABCD"), (NAME, b"X Y")]))
    assert event is not None
    assert (event.number, event.name, event.checksum_ok) == (None, "X Y", False)


def test_mdmf_unknown_parameters_are_skipped_by_length() -> None:
    event = decode_packet(
        encode_mdmf(
            [
                (0x06, b"\x01"),  # call type
                (0x01, b"11220830"),
                (0x0B, b"\xff"),  # message waiting
                (0x11, b"\x00\x01\x02\x07\x03"),  # contains bytes that look like a name tag
                (0x02, b"62345678"),
                (0x07, b"LI SI"),
            ]
        )
    )
    assert event is not None
    assert (event.date, event.time, event.number, event.name, event.checksum_ok) == (
        "1122",
        "0830",
        "62345678",
        "LI SI",
        True,
    )


def test_dialable_directory_number_when_no_calling_number() -> None:
    event = decode_packet(encode_mdmf([(0x03, b"5551212")]))
    assert event is not None and event.number == "5551212"


def test_bad_checksum_is_reported_but_fields_still_decoded() -> None:
    data = bytearray(bytes.fromhex(JOHN_DOE_MDMF))
    data[-1] ^= 0x01
    event = decode_packet(bytes(data))
    assert event is not None
    assert event.checksum_ok is False
    assert (event.number, event.name) == ("8005551212", "JOHN DOE")


def test_truncated_mdmf_keeps_what_decoded_cleanly() -> None:
    data = bytes.fromhex(JOHN_DOE_MDMF)[:-5]  # cut inside the name
    event = decode_packet(data)
    assert event is not None
    assert event.checksum_ok is False
    assert (event.date, event.number, event.name) == ("0321", "8005551212", None)


def test_truncated_sdmf_drops_the_partial_number() -> None:
    event = decode_packet(bytes.fromhex(BELLCORE_SDMF)[:14])
    assert event is not None
    assert (event.date, event.time, event.number, event.checksum_ok) == (
        "0930",
        "1224",
        None,
        False,
    )


def test_packet_without_checksum_byte_is_not_trusted() -> None:
    event = decode_packet(bytes.fromhex(BELLCORE_SDMF)[:-1])
    assert event is not None
    assert event.number == "6095551212" and event.checksum_ok is False


def test_parameter_longer_than_its_packet_is_not_trusted_even_with_a_good_sum() -> None:
    event = decode_packet(with_checksum(bytes([0x80, 0x0B, 0x02, 0x07, *b"5551212", 0x07, 0x05])))
    assert event is not None
    assert (event.number, event.name, event.checksum_ok) == ("5551212", None, False)


def test_header_only_packet_is_a_garbled_call() -> None:
    event = decode_packet(b"\x80")
    assert event == CallerIdEvent(Kind.CALL, checksum_ok=False)


def test_invalid_date_time_is_dropped_not_guessed() -> None:
    event = decode_packet(encode_sdmf("13321405", "5551212"))
    assert event is not None
    assert (event.date, event.time, event.number) == (None, "1405", "5551212")
    event = decode_packet(encode_mdmf([(0x01, b"0321"), (0x02, b"5551212")]))
    assert event is not None
    assert (event.date, event.number, event.checksum_ok) == (None, "5551212", False)


def test_not_a_caller_id_packet() -> None:
    assert decode_packet(b"") is None
    assert decode_packet(b"\x06\x03\x42\x42\x42\xb5") is None  # SDMF message waiting
    assert decode_packet(b"OK") is None


def test_hex_text_with_spaces_any_case_and_odd_length() -> None:
    assert hex_bytes("80 0a FF") == b"\x80\x0a\xff"
    assert hex_bytes("800AfF") == b"\x80\x0a\xff"
    assert hex_bytes("800aF") == b"\x80\x0a"
    assert hex_bytes("OK") is None
    assert hex_bytes("") is None


def test_hex_mode_capture() -> None:
    capture = (
        b"ATZ\r\r\nOK\r\nAT+VCID=2\r\r\nOK\r\n\r\nRING\r\n\r\n"
        + BELLCORE_SDMF.lower().encode()
        + b"\r\n\r\nRING\r\n\r\nRING\r\n"
    )
    events = parse_all(HexPacketParser(), [capture])
    assert [event.event for event in events] == [Kind.RING, Kind.CALL, Kind.RING, Kind.RING]
    assert events[1].number == "6095551212" and events[1].checksum_ok is True
    assert events[1].raw == BELLCORE_SDMF.lower()


def test_hex_mode_rings_without_packet_give_one_unknown_call_per_ring_cycle() -> None:
    parser = HexPacketParser()
    events = parser.feed(b"RING\r\nRING\r\nRING\r\n") + parser.flush()
    assert [event.event for event in events] == [Kind.RING, Kind.RING, Kind.CALL, Kind.RING]
    assert events[2].number is None
    again = parser.feed(b"RING\r\nRING\r\n")
    assert len(calls(again)) == 1


def test_hex_mode_byte_by_byte_equals_all_at_once() -> None:
    capture = f"RING\r\n{JOHN_DOE_MDMF}\r\nRING\r\n{BELLCORE_SDMF}".encode()
    whole = parse_all(HexPacketParser(), [capture])
    single = parse_all(HexPacketParser(), [capture[i : i + 1] for i in range(len(capture))])
    assert whole == single
    assert len(calls(whole)) == 2


# --- properties ------------------------------------------------------------------------------

digits = st.text("0123456789", min_size=1, max_size=20)
names = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zs", "Zl", "Zp")),
    min_size=1,
    max_size=15,
).filter(lambda name: name_field(name) == (name, None))  # not a privacy word or "-"
months = st.integers(1, 12)


@st.composite
def mdmf_calls(draw: st.DrawFn) -> tuple[bytes, str, str, str, str]:
    date = f"{draw(months):02d}{draw(st.integers(1, 31)):02d}"
    time = f"{draw(st.integers(0, 23)):02d}{draw(st.integers(0, 59)):02d}"
    number, name = draw(digits), draw(names)
    params = [(0x01, (date + time).encode()), (0x02, number.encode()), (0x07, name.encode())]
    noise_kinds = st.sampled_from([0x05, 0x06, 0x0B, 0x42])
    params += draw(st.lists(st.tuples(noise_kinds, st.binary(max_size=20)), max_size=4))
    params = draw(st.permutations(params))
    return encode_mdmf(params), date, time, number, name


@given(mdmf_calls())
def test_mdmf_round_trip(case: tuple[bytes, str, str, str, str]) -> None:
    data, date, time, number, name = case
    event = decode_packet(data)
    assert event is not None
    assert (event.date, event.time, event.number, event.name) == (date, time, number, name)
    assert event.checksum_ok is True


@given(mdmf_calls(), st.data())
def test_any_single_byte_change_fails_the_checksum(case, data: st.DataObject) -> None:
    packet_bytes = bytearray(case[0])
    index = data.draw(st.integers(1, len(packet_bytes) - 1))
    packet_bytes[index] = (packet_bytes[index] + data.draw(st.integers(1, 255))) % 256
    event = decode_packet(bytes(packet_bytes))
    assert event is not None and event.checksum_ok is False


@given(st.binary(max_size=300))
def test_random_bytes_never_raise(data: bytes) -> None:
    event = decode_packet(data)
    assert event is None or event.event == Kind.CALL
    for prefix in (b"\x80", b"\x04"):
        event = decode_packet(prefix + data)
        assert event is not None
        assert_well_formed(event)


@given(mdmf_calls(), st.lists(st.tuples(st.integers(0, 400), st.binary(max_size=3)), max_size=6))
def test_mutated_packets_never_raise(case, edits: list[tuple[int, bytes]]) -> None:
    data = case[0]
    for position, replacement in edits:
        position %= len(data) + 1
        data = data[:position] + replacement + data[position + 1 :]
    event = decode_packet(data)
    if event is not None:
        assert_well_formed(event)


@given(st.binary(max_size=400), st.lists(st.integers(0, 400), max_size=10))
def test_hex_parser_never_raises_and_chunking_does_not_matter(data: bytes, cuts: list[int]) -> None:
    data = b"RING\r\n" + data + b"\n" + JOHN_DOE_MDMF.encode()
    events = parse_all(HexPacketParser(), [data])
    assert parse_all(HexPacketParser(), chunked(data, cuts)) == events
    for event in events:
        assert_well_formed(event)
