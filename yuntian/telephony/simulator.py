"""A caller-ID device that is not there: plays a script of timed events, or rings by itself.

Device URLs: ``sim:demo`` (optionally ``sim:demo?every=15&lines=3``) rings every ~N seconds on
several lines; ``sim:FILE`` plays a script (``sim:FILE?repeat=1`` plays it again and again).

Script format (UTF-8 text, one event per line; blank lines and ``#`` comments are ignored)::

    [+SECONDS] EVENT [key=value ...]

``+SECONDS`` is the wait after the previous event (default ``+0``). ``EVENT`` is one of ring,
call, start, end, offhook, onhook, flash, message. Keys, in any order: ``line`` (the device's
line: a number or a label; left out = a one-line device), ``number``, ``name``, ``direction``
(in/out), ``privacy`` (private/unavailable/anonymous), ``date`` (MMDD), ``time`` (HHMM),
``duration`` (seconds), ``text`` (for message). Quote values with spaces: ``name="Li Lei"``.
Example, a call answered after two rings and a missed one::

    +0   ring line=1
    +0.5 call line=1 number=13800138000 name=张三
    +4   ring line=1
    +2   offhook line=1
    +30  onhook line=1
    +5   call line=2 number=01062345678
    +4   ring line=2
    +2   end line=2
"""

from __future__ import annotations

import heapq
import logging
import random
import re
import shlex
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from yuntian.device_settings import DeviceConfig, norm_line
from yuntian.telephony.device_thread import DeviceThread, Sink
from yuntian.telephony.events import CallerIdEvent, Kind, Privacy

log = logging.getLogger(__name__)

NumbersProvider = Callable[[], Sequence[str]]
_DELAY = re.compile(r"\+(\d+(?:\.\d*)?|\.\d+)")
_KEYS = {"line", "number", "name", "direction", "privacy", "date", "time", "duration", "text"}


class ScriptError(ValueError):
    def __init__(self, where: str, line_no: int, problem: str) -> None:
        super().__init__(f"{where}, line {line_no}: {problem}")
        self.line_no = line_no


@dataclass(frozen=True)
class Step:
    delay: float  # seconds after the previous step
    event: CallerIdEvent


def parse_script(text: str, where: str = "script") -> list[Step]:
    """The steps of a script; a line that cannot be read raises ScriptError naming it."""
    steps = []
    for line_no, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            tokens = shlex.split(line)
        except ValueError as exc:  # an unclosed quote
            raise ScriptError(where, line_no, str(exc)) from None
        steps.append(_step(tokens, where, line_no, line))
    return steps


def _step(tokens: list[str], where: str, line_no: int, raw: str) -> Step:
    def fail(problem: str) -> ScriptError:
        return ScriptError(where, line_no, problem)

    delay = 0.0
    if tokens and (match := _DELAY.fullmatch(tokens[0])):
        delay = float(match.group(1))
        tokens = tokens[1:]
    kinds = [t for t in tokens if "=" not in t]
    if len(kinds) != 1:
        raise fail(f"name one event ({', '.join(k.value for k in Kind)})")
    try:
        kind = Kind(kinds[0].lower())
    except ValueError:
        raise fail(f"unknown event {kinds[0]!r}") from None
    values: dict[str, Any] = {}
    for token in tokens:
        if "=" not in token:
            continue
        key, _, value = token.partition("=")
        key = key.lower()
        if key not in _KEYS:
            raise fail(f"unknown key {key!r} (one of {', '.join(sorted(_KEYS))})")
        values[key] = value
    if "line" in values:
        values["line"] = norm_line(values["line"])
    if "duration" in values:
        if not values["duration"].isdigit():
            raise fail("duration must be whole seconds")
        values["duration"] = int(values["duration"])
    if values.get("direction") not in (None, "in", "out"):
        raise fail("direction must be in or out")
    if "privacy" in values:
        try:
            values["privacy"] = Privacy(values["privacy"].lower())
        except ValueError:
            raise fail("privacy must be private, unavailable or anonymous") from None
    for key in ("date", "time"):
        if key in values and not re.fullmatch(r"[0-9]{4}", values[key]):
            raise fail(f"{key} must be 4 digits ({'MMDD' if key == 'date' else 'HHMM'})")
    for key in ("number", "name", "text"):
        if key in values:
            values[key] = values[key].strip() or None
    return Step(delay, CallerIdEvent(kind, raw=raw, **values))


@dataclass(frozen=True)
class SimulatorUrl:
    script: Path | None  # None: demo mode
    every: float = 15.0  # demo: seconds between calls, on average
    lines: int = 3  # demo: how many lines ring
    repeat: bool = False  # script: play again after the end


def parse_sim_url(url: str) -> SimulatorUrl:
    """``sim:demo?every=10&lines=4`` or ``sim:FILE[?repeat=1]``; raises ValueError."""
    if not url.lower().startswith("sim:"):
        raise ValueError("a simulator URL starts with sim:")
    target, _, query = url[4:].partition("?")
    options = {k: v[-1] for k, v in parse_qs(query).items()}
    try:
        every = float(options.pop("every", "15"))
        lines = int(options.pop("lines", "3"))
        repeat = options.pop("repeat", "0").lower() in ("1", "true", "yes")
    except ValueError:
        raise ValueError(f"{url}: every and lines must be numbers") from None
    if options:
        raise ValueError(f"{url}: unknown option {next(iter(options))!r}")
    if not 0.1 <= every <= 86400 or not 1 <= lines <= 99:
        raise ValueError(f"{url}: every must be 0.1..86400 seconds and lines 1..99")
    if target.strip().lower() == "demo":
        return SimulatorUrl(None, every, lines)
    if not target.strip():
        raise ValueError("a simulator URL is sim:demo or sim:SCRIPT-FILE")
    return SimulatorUrl(Path(target.strip()).expanduser(), every, lines, repeat)


class Simulator(DeviceThread):
    """Emits its events through the same sink as a real driver, stamped when emitted.

    ``numbers`` (demo mode) is called once per demo call, on this thread, for the numbers to
    pick from (the app passes its demo customers', shared and blacklisted numbers); one call in
    four, or all when it gives none, comes from a random unknown number. ``speed`` > 1 plays
    faster (tests)."""

    def __init__(
        self,
        config: DeviceConfig,
        sink: Sink,
        *,
        numbers: NumbersProvider | None = None,
        speed: float = 1.0,
        rng: random.Random | None = None,
        **options: Any,
    ) -> None:
        super().__init__(config, sink, **options)
        self.url = parse_sim_url(config.url)
        self.steps: list[Step] = []
        if self.url.script is not None:
            path = self.url.script
            self.steps = parse_script(path.read_text(encoding="utf-8-sig"), str(path))
        self._numbers = numbers
        self._speed = speed
        self._rng = rng or random.Random()
        self._finished = False

    def _final_detail(self) -> str:
        return "script finished" if self._finished else "stopped"

    def _wait(self, seconds: float) -> bool:
        """Sleep ``seconds`` of simulated time; True when stopped meanwhile."""
        return self.stopping.wait(max(0.0, seconds) / self._speed)

    def _session(self) -> None:
        if self.url.script is None:
            self._connected("demo")
            self._demo()
            return
        self._connected(str(self.url.script))
        while True:
            for step in self.steps:
                if self._wait(step.delay):
                    return
                self._emit([step.event], self._clock())
            if not self.url.repeat or not self.steps:
                break
        self._finished = True
        self.stopping.set()

    # --- demo mode ------------------------------------------------------------------------

    def _demo(self) -> None:
        pending: list[tuple[float, int, CallerIdEvent]] = []  # (simulated time, order, event)
        busy_until = dict.fromkeys(range(1, self.url.lines + 1), 0.0)
        now, next_call, order = 0.0, 1.0, 0  # the first call a second after start
        while True:
            due = min(next_call, pending[0][0]) if pending else next_call
            if self._wait(due - now):
                return
            now = due
            if now >= next_call:
                # The first call always rings in: a newcomer should see a pop-up at once.
                for at, event in self._demo_call(now, busy_until, incoming=order == 0):
                    heapq.heappush(pending, (at, order, event))
                    order += 1
                next_call = now + self.url.every * self._rng.uniform(0.6, 1.4)
            while pending and pending[0][0] <= now:
                self._emit([heapq.heappop(pending)[2]], self._clock())

    def _demo_call(
        self, start: float, busy_until: dict[int, float], incoming: bool = False
    ) -> list[tuple[float, CallerIdEvent]]:
        rng = self._rng
        free = [line for line, until in busy_until.items() if until <= start]
        if not free:
            return []
        line = rng.choice(free)
        number = self._demo_number()
        events: list[tuple[float, CallerIdEvent]] = []

        def at(t: float, kind: Kind, **fields: Any) -> None:
            # raw: the event as a script line, for cid monitor and the log
            said = " ".join(f"{k}={v}" for k, v in fields.items() if v is not None)
            raw = f"{kind.value} line={line} {said}".strip()
            events.append((start + t, CallerIdEvent(kind, line=line, raw=raw, **fields)))

        if not incoming and rng.random() < 0.1:  # the shop calls a customer back
            at(0, Kind.OFFHOOK)
            at(3, Kind.CALL, direction="out", number=number)
            talk = rng.uniform(5, 20)
            at(3 + talk, Kind.ONHOOK)
        else:
            privacy = Privacy.PRIVATE if not incoming and rng.random() < 0.05 else None
            at(0, Kind.RING)
            at(0.5, Kind.CALL, direction="in", number=None if privacy else number, privacy=privacy)
            rings = rng.randint(2, 5)
            for ring in range(1, rings):
                at(ring * 4.0, Kind.RING)
            last = (rings - 1) * 4.0
            if rng.random() < 0.75:
                talk = rng.uniform(5, 25)
                at(last + 1.5, Kind.OFFHOOK)
                at(last + 1.5 + talk, Kind.ONHOOK)
            else:  # missed: the caller gives up
                at(last + 2, Kind.END, direction="in", duration=0)
        busy_until[line] = max(t for t, _ in events) + 1.0
        return events

    def _demo_number(self) -> str:
        candidates: Sequence[str] = ()
        if self._numbers is not None:
            try:
                candidates = self._numbers()
            except Exception:  # a demo must keep ringing even if the lookup broke
                log.exception("simulator %s: the numbers provider failed", self.config.id)
        if candidates and self._rng.random() < 0.75:
            return self._rng.choice(list(candidates))
        rng = self._rng
        if rng.random() < 0.7:  # a mobile: 1[3-9] and 9 digits
            return "1" + rng.choice("3456789") + "".join(rng.choices("0123456789", k=9))
        return rng.choice(["010", "021", "0755", "020"]) + "".join(
            rng.choices("23456789", k=1) + rng.choices("0123456789", k=7)
        )
