"""``yuntian cid decode --format modem`` / ``modem-hex``: what a shop's support sees."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from yuntian.cli import main
from yuntian.telephony.cid_packets import encode_mdmf, encode_sdmf

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
MODEM_CAPTURE = (
    b"ATZ\r\r\nOK\r\nAT+VCID=1\r\r\nOK\r\n"
    b"\r\nRING\r\n\r\nDATE = 0321\r\nTIME = 1405\r\nNMBR = 800-555-1212\r\nNAME = JOHN DOE\r\n"
    b"\r\nRING\r\n"
    b"\r\nRING\r\n\r\nDATE TIME=11/30 09:07\r\nDDN_NMBR=P\r\nNAME=P\r\n\r\nRING\r\n"
    + "DATE=0101\nTIME=0000\nNMBR=13800138000\nNAME=王小明\n".encode("gbk")
)


def run_decode(capsys: pytest.CaptureFixture[str], fmt: str, path: Path) -> list[dict]:
    assert main(["cid", "decode", "--format", fmt, str(path)]) == 0
    out = capsys.readouterr().out
    return [json.loads(line) for line in out.splitlines()]


def picked(objects: list[dict], *keys: str) -> list[tuple]:
    return [tuple(obj[key] for key in keys) for obj in objects]


def test_decode_modem_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "modem.log"
    path.write_bytes(MODEM_CAPTURE)
    objects = run_decode(capsys, "modem", path)
    assert all(obj.keys() >= FIELDS for obj in objects)
    assert picked(objects, "event", "number", "name", "privacy", "date", "time") == [
        ("ring", None, None, None, None, None),
        ("call", "8005551212", "JOHN DOE", None, "0321", "1405"),
        ("ring", None, None, None, None, None),
        ("ring", None, None, None, None, None),
        ("call", None, None, "private", "1130", "0907"),
        ("ring", None, None, None, None, None),
        ("call", "13800138000", "王小明", None, "0101", "0000"),
    ]
    assert {(obj["line"], obj["direction"], obj["checksum_ok"]) for obj in objects} == {
        (None, None, None)
    }


def test_decode_modem_hex_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = encode_mdmf([(0x01, b"12312359"), (0x02, b"01062345678"), (0x07, "李四".encode())])
    bad = bytearray(encode_sdmf("07040830", "5551212"))
    bad[-1] ^= 0xFF
    path = tmp_path / "hex.log"
    path.write_bytes(
        b"AT+VCID=2\r\nOK\r\nRING\r\n"
        + good.hex(" ").encode()
        + b"\r\nRING\r\n"
        + bad.hex().upper().encode()
        + b"\r\n"
    )
    objects = run_decode(capsys, "modem-hex", path)
    assert picked(objects, "event", "number", "name", "date", "time", "checksum_ok") == [
        ("ring", None, None, None, None, None),
        ("call", "01062345678", "李四", "1231", "2359", True),
        ("ring", None, None, None, None, None),
        ("call", "5551212", None, "0704", "0830", False),
    ]


def test_decode_garbage_prints_nothing_and_succeeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "noise.bin"
    path.write_bytes(bytes(range(256)) * 4)
    for fmt in ("modem", "modem-hex"):
        for obj in run_decode(capsys, fmt, path):
            assert obj["event"] in ("call", "message")


def test_decode_missing_file_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["cid", "decode", "--format", "modem", str(tmp_path / "absent.log")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("yuntian: cannot read") and err.count("\n") == 1


def test_decode_modem_from_stdin_in_a_real_process() -> None:
    script = Path(sys.executable).with_name("yuntian")
    result = subprocess.run(
        [str(script), "cid", "decode", "--format", "modem", "-"],
        input=b"RING\r\nRING\r\nRING\r\n",
        capture_output=True,
        timeout=60,
        check=True,
    )
    objects = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert picked(objects, "event", "number") == [
        ("ring", None),
        ("ring", None),
        ("call", None),
        ("ring", None),
    ]
