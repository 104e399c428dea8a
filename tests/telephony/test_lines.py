"""The line splitter and text decoding every caller-ID parser shares."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.telephony.hostile_input import chunked
from yuntian.telephony.lines import MAX_LINE, LineSplitter, column_line, decode_text, text_line


def split(data: bytes, max_line: int = MAX_LINE) -> list[bytes]:
    splitter = LineSplitter(max_line)
    return splitter.feed(data) + splitter.flush()


@pytest.mark.parametrize("end", [b"\r\n", b"\n", b"\r", b"\n\r"])
def test_each_line_end_ends_one_line(end: bytes) -> None:
    assert split(b"RING" + end + b"NMBR=1" + end) == [b"RING", b"NMBR=1"]
    assert split(b"A" + end + end + b"B") == [b"A", b"", b"B"]  # a blank line between


def test_crlf_split_across_chunks_is_one_line_end() -> None:
    splitter = LineSplitter()
    assert splitter.feed(b"RING\r") == [b"RING"]  # reported at the CR, not held for an LF
    assert splitter.feed(b"\nNMBR=1\r") == [b"NMBR=1"]  # the LF completed that CR: no blank
    assert splitter.feed(b"\r") == [b""]  # a second CR is a blank line


def test_partial_line_waits_and_flush_ends_it() -> None:
    splitter = LineSplitter()
    assert splitter.feed(b"NAME=JO") == []
    assert splitter.feed(b"HN") == []
    assert splitter.flush() == [b"NAME=JOHN"]
    assert splitter.flush() == []


def test_nul_at_a_chunk_start_is_kept() -> None:
    """Fixed-column records keep their columns whatever the chunking."""
    splitter = LineSplitter()
    assert splitter.feed(b"01") == []
    assert splitter.feed(b"\x00X\n") == [b"01\x00X"]


@pytest.mark.parametrize("chunk", [1, 7, MAX_LINE, MAX_LINE + 1, 10 * MAX_LINE])
def test_over_long_line_is_dropped_whole_and_the_next_one_read(chunk: int) -> None:
    data = b"X" * (MAX_LINE + 1) + b"\r\nNMBR=1\r\n" + b"Y" * (3 * MAX_LINE)
    splitter = LineSplitter()
    lines = [
        line for i in range(0, len(data), chunk) for line in splitter.feed(data[i : i + chunk])
    ]
    assert lines + splitter.flush() == [b"NMBR=1"]


def test_line_of_exactly_the_cap_is_kept() -> None:
    assert split(b"X" * MAX_LINE + b"\n") == [b"X" * MAX_LINE]


@given(
    st.lists(st.sampled_from([b"\r", b"\n", b"\r\n", b"ab", b"\x00", b"\xd5\xc5"]), max_size=30),
    st.lists(st.integers(0, 100), max_size=6),
)
def test_chunking_never_changes_the_lines(parts: list[bytes], cuts: list[int]) -> None:
    data = b"".join(parts)
    splitter = LineSplitter(max_line=8)
    lines = [line for chunk in chunked(data, cuts) for line in splitter.feed(chunk)]
    assert lines + splitter.flush() == split(data, max_line=8)
    assert all(len(line) <= 8 for line in lines)


# --- decoding ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "王小明",
        "张三丰维修部",
        "朱镕基",
        "王堃",
        "李喆",
        "约翰·史密斯",
        "北京（分公司）",
        "TCL王",
        "A座",
    ],
)
def test_gbk_chinese_names(name: str) -> None:
    assert decode_text(name.encode("gbk")) == name


def test_gb18030_four_byte_character() -> None:
    assert decode_text("𠀀李".encode("gb18030")) == "𠀀李"


@pytest.mark.parametrize(
    "name",
    [
        "Vähälä Joe",
        "Müller",
        "Sjöberg",
        "Gómez",
        "François",
        "Bjørnæs",
        "SKÆRBÆK",
        "Ångström",
        "Crème Brûlée",
        "Großmann",
        "Hôtel Côté",
    ],
)
def test_latin1_names_are_not_misread_as_gb18030(name: str) -> None:
    encoded = name.encode("latin-1")
    assert decode_text(encoded) == name


@pytest.mark.parametrize("name", ["王小明", "Vähälä Joe", "Ελένη", "Zoë"])
def test_utf8_first(name: str) -> None:
    assert decode_text(name.encode()) == name


@given(st.binary(max_size=60))
def test_any_bytes_decode(data: bytes) -> None:
    assert isinstance(decode_text(data), str)
    assert len(column_line(data)) == len(decode_text(data))


def test_text_line_removes_controls_and_trims() -> None:
    assert text_line(b"\x00 NAME\t=\x1b JOHN DOE \x00\x00") == "NAME = JOHN DOE"


def test_column_line_keeps_columns() -> None:
    assert column_line(b"01\x00I\x7fS  ") == "01 I S  "
