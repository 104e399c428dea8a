"""The simulator: its script format, timed playback, and the demo mode."""

from __future__ import annotations

import itertools
import random
import time
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.telephony.fakes import Recorder
from yuntian.device_settings import DeviceConfig, DeviceKind
from yuntian.telephony.events import DeviceEvent, Health, Kind, Privacy
from yuntian.telephony.simulator import (
    ScriptError,
    Simulator,
    parse_script,
    parse_sim_url,
)

SCRIPT = """\
# a call answered after two rings
ring line=1
+0.5 call line=1 number=13800138000 name="张 三" direction=in date=1127 time=0930
+4   ring line=1
+2   offhook line=1
+30  onhook line=1
+1.5 call number=P privacy=private
+.5  message text="line test"
+1   end line=前台 duration=12
"""


def test_script_lines_become_timed_events():
    steps = parse_script(SCRIPT)
    assert [s.delay for s in steps] == [0, 0.5, 4, 2, 30, 1.5, 0.5, 1]
    kinds = [s.event.event for s in steps]
    assert kinds == [
        Kind.RING, Kind.CALL, Kind.RING, Kind.OFFHOOK, Kind.ONHOOK, Kind.CALL, Kind.MESSAGE, Kind.END
    ]  # fmt: skip
    call = steps[1].event
    assert (call.line, call.number, call.name, call.direction) == (1, "13800138000", "张 三", "in")
    assert (call.date, call.time) == ("1127", "0930")
    assert steps[5].event.line is None  # a one-line device
    assert steps[5].event.privacy is Privacy.PRIVATE
    assert steps[6].event.text == "line test"
    assert (steps[7].event.line, steps[7].event.duration) == ("前台", 12)


def test_the_example_in_the_docs_is_a_valid_script():
    doc = Path(__file__).parents[2] / "docs" / "simulator.md"
    example = doc.read_text(encoding="utf-8").split("```")[1]
    steps = parse_script(example)
    assert len(steps) == 11
    assert steps[-2].event.direction == "out"


@pytest.mark.parametrize(
    ("text", "line_no", "hint"),
    [
        ("ring\nrnig line=1", 2, "unknown event 'rnig'"),
        ("ring colour=red", 1, "unknown key 'colour'"),
        ("ring call", 1, "name one event"),
        ("+2 line=1", 1, "name one event"),
        ("\n\nend duration=ten", 3, "whole seconds"),
        ('call name="open', 1, "quotation"),
        ("call direction=sideways", 1, "in or out"),
        ("call privacy=secret", 1, "private"),
        ("call date=11/27", 1, "MMDD"),
    ],
)
def test_a_bad_script_line_is_named(text, line_no, hint):
    with pytest.raises(ScriptError) as info:
        parse_script(text, "calls.txt")
    assert info.value.line_no == line_no
    assert str(info.value).startswith(f"calls.txt, line {line_no}: ")
    assert hint in str(info.value)


@given(
    st.one_of(
        st.text(max_size=200),
        st.lists(
            st.sampled_from(
                ["+1", "+0.5", "ring", "call", "end", "line=1", "number=1", 'name="a b"', "=", '"']
            ),
            max_size=8,
        ).map(" ".join),
    )
)
def test_any_text_is_a_script_or_a_script_error(text):
    try:
        steps = parse_script(text)
    except ScriptError:
        return
    assert all(step.delay >= 0 for step in steps)


def sim(url: str, sink: Recorder, **options) -> Simulator:
    return Simulator(DeviceConfig("sim", DeviceKind.SIMULATOR, url), sink, **options)


def test_playback_keeps_the_script_timing_at_a_faster_speed(tmp_path):
    script = tmp_path / "calls.txt"
    script.write_text("ring line=1\n+1 call line=1 number=110\n+2 end line=1\n", encoding="utf-8")
    sink = Recorder()
    device = sim(f"sim:{script}", sink, speed=10)  # 3 s of script in 0.3 s
    device.start()
    sink.wait_health(Health.DISCONNECTED)
    assert sink.statuses()[-1].detail == "script finished"
    assert [e.event for e in sink.events] == [Kind.RING, Kind.CALL, Kind.END]
    stamps = [i.received for i in sink.items if isinstance(i, DeviceEvent)]
    gaps = [b - a for a, b in itertools.pairwise(stamps)]
    assert 0.09 <= gaps[0] < 0.3 and 0.19 <= gaps[1] < 0.5
    assert not device.running


def test_repeat_plays_again_until_stopped(tmp_path):
    script = tmp_path / "calls.txt"
    script.write_text("+0.1 ring\n", encoding="utf-8")
    sink = Recorder()
    device = sim(f"sim:{script}?repeat=1", sink, speed=10)
    device.start()
    sink.wait_for(lambda r: len(r.events) >= 5)
    device.stop()
    assert sink.statuses()[-1].detail == "stopped"


def test_a_missing_script_fails_when_the_device_is_built(tmp_path):
    with pytest.raises(OSError):
        sim(f"sim:{tmp_path / 'nope.txt'}", Recorder())
    bad = tmp_path / "bad.txt"
    bad.write_text("ring\nwhistle\n", encoding="utf-8")
    with pytest.raises(ScriptError, match="line 2"):
        sim(f"sim:{bad}", Recorder())


@pytest.mark.parametrize(
    "url", ["sim:", "sim:demo?every=x", "sim:demo?lines=0", "sim:demo?color=1", "demo"]
)
def test_bad_simulator_urls(url):
    with pytest.raises(ValueError):
        parse_sim_url(url)


def test_demo_rings_several_lines_with_the_numbers_it_is_given():
    known = ["13800138000", "01062345678", "13900000001"]
    sink = Recorder()
    device = sim(
        "sim:demo?every=4&lines=3", sink, numbers=lambda: known, speed=200, rng=random.Random(7)
    )
    device.start()
    time.sleep(1.5)  # five minutes of simulated time
    device.stop()

    by_line: dict[int, list] = defaultdict(list)
    for event in sink.events:
        by_line[event.line].append(event)
    assert len(by_line) == 3
    calls = [e for e in sink.events if e.event is Kind.CALL]
    assert len(calls) >= 30
    numbers = {c.number for c in calls}
    assert set(known) <= numbers  # customers from the app
    assert numbers - set(known) - {None}  # and unknown callers
    assert any(c.direction == "out" for c in calls)
    # Each line plays whole calls one after another, never two at once.
    allowed = {
        ("idle", Kind.RING): "ringing",
        ("idle", Kind.OFFHOOK): "talking",  # the shop dials out
        ("ringing", Kind.RING): "ringing",
        ("ringing", Kind.CALL): "ringing",
        ("ringing", Kind.OFFHOOK): "talking",
        ("ringing", Kind.END): "idle",  # missed
        ("talking", Kind.CALL): "talking",
        ("talking", Kind.ONHOOK): "idle",
    }
    for line, events in by_line.items():
        phase = "idle"
        for event in events:
            assert (phase, event.event) in allowed, (line, phase, event)
            phase = allowed[phase, event.event]


def test_the_demo_always_opens_with_an_incoming_call_from_a_known_number():
    # A newcomer's first sight of the demo is a pop-up, whatever the random draw.
    for seed in range(20):
        sink = Recorder()
        sim = Simulator(
            DeviceConfig("demo", DeviceKind.SIMULATOR, "sim:demo?every=5&lines=3"),
            sink,
            numbers=lambda: ["13800138000"],
            speed=200,
            rng=random.Random(seed),
        )
        sim.start()
        try:
            sink.wait_for(lambda r: any(e.event is Kind.CALL for e in r.events))
        finally:
            sim.stop()
        first = next(e for e in sink.events if e.event is Kind.CALL)
        assert first.direction == "in" and first.privacy is None and first.number
