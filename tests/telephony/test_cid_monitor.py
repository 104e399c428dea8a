"""``yuntian cid monitor`` as a shop runs it: a subprocess printing JSON lines."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time

import pytest

from tests.telephony.fakes import free_port


def monitor(*args: str, **popen) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "yuntian", "cid", "monitor", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        **popen,
    )


@pytest.mark.slow
def test_monitor_prints_whozz_datagrams_from_udp_as_json_lines():
    port = free_port(socket.SOCK_DGRAM)
    proc = monitor("--device", f"udp://127.0.0.1:{port}", "--seconds", "3")
    first = proc.stderr.readline()  # connecting
    second = proc.stderr.readline()
    assert "connecting" in first
    assert second.strip() == f"udp://127.0.0.1:{port}: connected (listening on 127.0.0.1:{port})"
    record = b"01 I S 0000 G A1 09/26 11:28 AM 800-240-4637   CallerID.com   \r\n"
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.sendto(b"^^<U>000001<S>123456$" + record, ("127.0.0.1", port))
    out, err = proc.communicate(timeout=10)
    assert proc.returncode == 0
    (line,) = out.splitlines()
    event = json.loads(line)
    assert event["event"] == "start"
    assert (event["line"], event["direction"], event["number"]) == (1, "in", "8002404637")
    assert err.strip().endswith("disconnected (stopped)")


def test_monitor_plays_a_simulator_script_and_ends_with_it(tmp_path):
    script = tmp_path / "calls.txt"
    script.write_text(
        "ring line=2\n+0.3 call line=2 number=13800138000 name=张三\n+0.3 end line=2 duration=5\n",
        encoding="utf-8",
    )
    started = time.monotonic()
    proc = monitor("--device", f"sim:{script}", "--seconds", "20")
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0
    assert time.monotonic() - started < 10  # it ended with the script, not after 20 s
    events = [json.loads(line) for line in out.splitlines()]
    assert [e["event"] for e in events] == ["ring", "call", "end"]
    assert (events[1]["number"], events[1]["name"]) == ("13800138000", "张三")
    assert events[2]["duration"] == 5
    assert err.splitlines()[-1].endswith("disconnected (script finished)")


def test_monitor_explains_a_bad_device_in_one_line(tmp_path):
    for device, hint in [
        ("gopher://x", "unknown device URL scheme gopher://"),
        (f"sim:{tmp_path / 'missing.txt'}", "missing.txt"),
    ]:
        proc = monitor("--device", device, "--seconds", "1")
        out, err = proc.communicate(timeout=20)
        assert proc.returncode == 2
        assert out == ""
        assert err.startswith("yuntian: ") and hint in err
        assert len(err.strip().splitlines()) == 1


def test_ctrl_c_stops_the_monitor_cleanly():
    proc = monitor("--device", "sim:demo?every=0.5")
    assert "connecting" in proc.stderr.readline()
    assert "connected (demo)" in proc.stderr.readline()
    time.sleep(1.5)  # the first demo call rings a second after start
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=10)
    assert proc.returncode == 0
    assert "Traceback" not in err
    assert err.strip().endswith("disconnected (stopped)")
    assert json.loads(out.splitlines()[0])["event"] in ("ring", "offhook")
