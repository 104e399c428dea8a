"""Hypothesis strategies for hostile device output: valid records with random damage."""

from __future__ import annotations

import random
import re
from itertools import pairwise

from hypothesis import strategies as st

from yuntian.telephony.events import CallerIdEvent, Kind, Privacy

LINE_ENDS = (b"\r\n", b"\n", b"\r")
# Bytes devices and line noise produce, weighted towards the ones parsers look at.
_NASTY_BYTES = (b"\r", b"\n", b" ", b"\x00", b"\xff", b"\xc3", b"*", b"/", b":", b"$", b"-", b"9")
_OPS = ("replace", "insert", "delete", "cut", "repeat", "swap")


def damage(rnd: random.Random, sample: bytes) -> bytes:
    """``sample`` with a few bytes replaced, inserted, deleted, repeated or the end cut off."""
    data = bytearray(sample)
    for _ in range(rnd.randint(1, 5)):
        pos = rnd.randint(0, len(data))
        nasty = rnd.random() < 0.5
        piece = rnd.choice(_NASTY_BYTES) if nasty else rnd.randbytes(rnd.randint(1, 3))
        op = rnd.choice(_OPS)
        if op == "replace":
            data[pos : pos + len(piece)] = piece
        elif op == "insert":
            data[pos:pos] = piece
        elif op == "delete":
            del data[pos : pos + len(piece)]
        elif op == "cut":
            del data[pos:]
        elif op == "repeat":
            data[pos:pos] = data[max(0, pos - 5) : pos]
        elif data:
            other = rnd.randrange(len(data))
            data[pos - 1], data[other] = data[other], data[pos - 1]
    return bytes(data)


def damaged_streams(samples: list[bytes]) -> st.SearchStrategy[bytes]:
    """Up to five records, valid or damaged, each ended by CR LF, LF or CR.

    Built from one drawn seed: hypothesis spends its time running the parser, not drawing."""

    def build(seed: int) -> bytes:
        rnd = random.Random(seed)
        out = bytearray()
        for _ in range(rnd.randint(1, 5)):
            sample = rnd.choice(samples)
            out += damage(rnd, sample) if rnd.random() < 0.8 else sample
            out += rnd.choice(LINE_ENDS)
        return bytes(out)

    return st.integers(0, 2**64).map(build)


def chunked(data: bytes, cuts: list[int]) -> list[bytes]:
    """``data`` cut at these positions (taken modulo its length, so every cut lands inside)."""
    points = sorted({cut % (len(data) + 1) for cut in cuts})
    edges = [0, *points, len(data)]
    return [data[a:b] for a, b in pairwise(edges)]


_HHMM = re.compile(r"([01]\d|2[0-3])[0-5]\d")
_MMDD = re.compile(r"(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")
_NUMBER = re.compile(r"\+?[0-9*#]+")


def assert_well_formed(event: CallerIdEvent) -> None:
    """What every consumer relies on, whatever the device sent."""
    assert isinstance(event.event, Kind)
    assert event.line is None or isinstance(event.line, int | str)
    assert event.direction in (None, "in", "out")
    assert event.number is None or _NUMBER.fullmatch(event.number)
    assert event.name is None or (event.name == event.name.strip() and event.name)
    assert event.privacy is None or isinstance(event.privacy, Privacy)
    assert event.privacy is None or event.number is None
    assert event.date is None or _MMDD.fullmatch(event.date)
    assert event.time is None or _HHMM.fullmatch(event.time)
    assert event.duration is None or event.duration >= 0
    assert event.checksum_ok in (None, True, False)
    event.as_json()
