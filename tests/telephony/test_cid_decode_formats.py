"""``yuntian cid decode`` on recordings of Whozz Calling, NCID and TCI output: the JSON lines."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from yuntian.cli import main

FIELDS = {
    "line",
    "event",
    "direction",
    "number",
    "name",
    "privacy",
    "date",
    "time",
    "duration",
    "checksum_ok",
}

WHOZZ = (
    b"^^<U>000001<S>123456$01 I S 0000 G A1 09/26 12:28 AM 800-240-4637   CallerID.com\r\n"
    b"^^<U>000001<S>123456$01 I S 0000 G A1 09/26 12:28 AM 800-240-4637   CallerID.com\r\n"
    b"01 R             09/26 00:28:41\r\n"
    b"02 I S 0000 B A1 09/26 12:30 PM PRIVATE                       \r\n"
    b"\x00\xfe garbage line\r\n"
    b"01 I E 0276 G A2 09/26 12:28 AM 800-240-4637   CallerID.com\r\n"
    b"03 O S 0000 G A0 09/26 01:05 PM 13800138000                   \r\n"
)
NCID = (
    b"200 Server: ncidd (NCID) 1.13\n"
    b"210 API: 1.11 Feature Set 1 2 3 4 5\n"
    b"CIDLOG: *DATE*11262026*TIME*0930*LINE*POTS*NMBR*13800138000*MESG*NONE*NAME*OLD*\n"
    b"250 End of call log\n"
    b"300 End of connection startup\n"
    b"CIDINFO: *LINE*POTS*RING*1*TIME*09:31:02*\n"
    b"CID: *DATE*11272026*TIME*0931*LINE*POTS*NMBR*OUT-OF-AREA*MESG*NONE*NAME*NO NAME*\n"
    b"END: *HTYPE*BYE*SCALL*11/27/2026 09:31:05*ECALL*11/27/2026 09:32:05*CTYPE*IN*LINE*POTS*\n"
    b"MSG: Logfile too big ***DATE*11272026*TIME*0933*NAME*-*NMBR*-*LINE*-*MTYPE*SYS*\n"
)
TCI = (
    "01      9/04      1:29 PM       212-555-4000           Vähälä Joe     \r\n"
    "02     12/31     12:01 AM            PRIVATE                          \r\n"
).encode("latin-1")


def decode(capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str, data: bytes) -> list:
    path = tmp_path / f"{fmt}.bin"
    path.write_bytes(data)
    assert main(["cid", "decode", "--format", fmt, str(path)]) == 0
    out = capsys.readouterr().out
    objects = [json.loads(line) for line in out.splitlines()]
    for obj in objects:
        assert obj.keys() >= FIELDS
    return objects


def brief(obj: dict, *keys: str) -> tuple:
    return tuple(obj[k] for k in keys)


def test_whozz(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    objects = decode(capsys, tmp_path, "whozz", WHOZZ)
    keys = ("event", "line", "direction", "number", "privacy", "time", "duration", "checksum_ok")
    assert [brief(o, *keys) for o in objects] == [
        ("start", 1, "in", "8002404637", None, "0028", None, True),  # its repeat is dropped
        ("ring", 1, None, None, None, "0028", None, None),
        ("start", 2, "in", None, "private", "1230", None, False),
        ("end", 1, "in", "8002404637", None, "0028", 276, True),
        ("start", 3, "out", "13800138000", None, "1305", None, True),
    ]
    assert objects[0]["name"] == "CallerID.com"
    assert objects[0]["date"] == "0926"


def test_ncid(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    objects = decode(capsys, tmp_path, "ncid", NCID)
    keys = ("event", "line", "direction", "number", "name", "privacy", "time", "duration")
    assert [brief(o, *keys) for o in objects] == [
        ("ring", "POTS", None, None, None, None, "0931", None),
        ("call", "POTS", "in", None, None, "unavailable", "0931", None),
        ("end", "POTS", "in", None, None, None, None, 60),
        ("message", None, None, None, None, None, "0933", None),
    ]
    assert objects[3]["text"] == "Logfile too big"


def test_tci(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    objects = decode(capsys, tmp_path, "tci", TCI)
    keys = ("event", "line", "number", "name", "privacy", "date", "time")
    assert [brief(o, *keys) for o in objects] == [
        ("call", 1, "2125554000", "Vähälä Joe", None, "0904", "1329"),
        ("call", 2, None, None, "private", "1231", "0001"),
    ]


def test_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TCI)))
    assert main(["cid", "decode", "--format", "tci", "-"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["name"] for line in lines] == ["Vähälä Joe", None]


@pytest.mark.parametrize("fmt", ["whozz", "ncid", "tci"])
def test_garbage_file_prints_nothing_and_succeeds(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str
) -> None:
    assert decode(capsys, tmp_path, fmt, bytes(range(256)) * 4) == []
