"""Calls on their way into the log: none is lost because the database was busy.

On SQLite one writer works at a time; a long write elsewhere (an import of thousands of rows,
another PC's statistics rebuild) may hold the file for longer than a ringing phone can wait.
The journal tries each call write with a short wait (the person at the screen must not
freeze); if the database stays busy it holds the call — in memory and in a spool file in the
profile, in case the program stops meanwhile — shows it anyway (the pop-up has the lookup,
which only reads), and stores it with its own times when the database is free again
(``flush``, which the call desk runs every few seconds while anything is held). A program
started later adopts the spool files of programs no longer running, so even a call held when
the power went is stored at the next start.

Calls are referred to by ``CallRef``: the stored call's id, or the ``HeldCall`` itself.
No Qt here.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import logging
import os
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from yuntian.db.models import Call
from yuntian.db.transactions import is_busy_error, waiting_at_most
from yuntian.private_files import private_dir, write_private_text
from yuntian.services.calls.call_types import CallStarted
from yuntian.services.calls.calls import CallService
from yuntian.services.common.audit import Clock
from yuntian.services.common.errors import ServerUnavailable
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_lookup import CustomerLookupService

log = logging.getLogger(__name__)

SCREEN_WAIT = 0.3  # seconds a call write may keep the person at the screen waiting


@dataclass
class HeldCall:
    """A call (or, with ``call_id``, the end or answer of a stored one) not stored yet."""

    station: str
    line: int
    line_name: str
    direction: str
    raw_number: str
    network_name: str
    privacy: str | None
    operator_id: int
    ring_at: dt.datetime
    answered_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None
    duration: int | None = None
    missed_if_unanswered: bool = True
    unfinished: bool = False  # its end was never heard (held when the program stopped)
    call_id: int | None = None  # set once stored, or from the start for a held update
    station_key: str = ""  # the line host's key (calls.start)
    source_key: str | None = None  # the call as a broadcast device names it (calls.start)


CallRef = int | HeldCall


class CallJournal:
    def __init__(
        self,
        db: pw.Database,
        calls: CallService,
        lookup: CustomerLookupService,
        spool_dir: Path | None,
        clock: Clock,
        *,
        wait: float = SCREEN_WAIT,
    ) -> None:
        self._db = db
        self._calls = calls
        self._lookup = lookup
        self._clock = clock
        self._wait = wait
        self._held: list[HeldCall] = []
        self._spool_dir = spool_dir
        self._spool = (
            spool_dir / f"{os.getpid()}-{uuid.uuid4().hex[:8]}.json" if spool_dir else None
        )

    @property
    def held(self) -> tuple[HeldCall, ...]:
        return tuple(self._held)

    def start(
        self,
        actor: Actor,
        line: int,
        line_name: str,
        direction: str,
        raw_number: str,
        network_name: str = "",
        privacy: str | None = None,
        station: str = "",
        *,
        station_key: str = "",
        source_key: str | None = None,
    ) -> tuple[CallRef, CallStarted]:
        """Store the call ringing now, as ``CallService.start``; if the database stays busy,
        hold it. Either way the lookup for the pop-up comes back (``call_id`` None if held)."""
        now = self._clock()
        with self._trying() as stored:
            started = self._calls.start(
                actor, line, line_name, direction, raw_number, network_name, privacy, station,
                station_key=station_key, source_key=source_key,
            )  # fmt: skip
        if stored:
            return started.call_id, started
        held = HeldCall(
            station, line, line_name, direction, raw_number, network_name, privacy,
            actor.user_id, now, station_key=station_key, source_key=source_key,
        )  # fmt: skip
        self._hold(held)
        try:
            lookup = self._lookup.find(raw_number)
        except ServerUnavailable:  # the pop-up still shows the number and its region
            lookup = self._lookup.number_only(raw_number)
        return held, CallStarted(None, lookup)

    def answered(self, actor: Actor, call: CallRef) -> int | None:
        """The call was picked up now by ``actor``. Returns the call's id if the log has the
        answer now, None if it is held."""
        now = self._clock()
        if isinstance(call, HeldCall):
            if call.answered_at is None and call.ended_at is None:
                call.answered_at, call.operator_id = now, actor.user_id
                self._save()
            return None
        with self._trying() as stored:
            self._calls.answered(actor, call)
        if not stored:
            self._hold(self._update_of(actor, call, answered_at=now))
            return None
        return call

    def ended(
        self,
        actor: Actor,
        call: CallRef,
        duration: int | None = None,
        *,
        missed_if_unanswered: bool = True,
    ) -> int | None:
        """The call ended now (``CallService.ended``). Returns the call's id if the log has
        the end now, None if it is held."""
        now = self._clock()
        if isinstance(call, HeldCall):
            call.ended_at, call.duration = now, duration
            call.missed_if_unanswered = missed_if_unanswered
            self._save()
            self.flush(actor)
            return call.call_id
        with self._trying() as stored:
            self._calls.ended(actor, call, duration, missed_if_unanswered=missed_if_unanswered)
        if not stored:
            self._hold(
                self._update_of(
                    actor, call, ended_at=now, duration=duration,
                    missed_if_unanswered=missed_if_unanswered,
                )
            )  # fmt: skip
            return None
        return call

    def close_unfinished(self, actor: Actor, held: list[HeldCall]) -> None:
        """These held calls' ends will never be heard (the desk stops): they are stored
        closed with an unknown duration, as ``CallService.close_unfinished`` does."""
        for call in held:
            if call.ended_at is None:
                call.unfinished = True
        self._save()
        self.flush(actor)

    def flush(self, actor: Actor) -> list[HeldCall]:
        """Store what is held, oldest first, until the database is busy again; returns the
        calls stored now (``call_id`` set). A held call still ringing or talking is stored
        as far as it got, and goes on as a stored call."""
        done: list[HeldCall] = []
        for held in list(self._held):
            with self._trying() as stored:
                self._store(actor, held)
            if not stored:
                break
            self._held.remove(held)
            done.append(held)
        if done:
            self._save()
        return done

    def adopt(self) -> int:
        """Take over the spool files of programs on this profile no longer running (calls
        held when they stopped); returns how many calls were taken. Their ends were never
        heard unless held: they are stored closed, the duration unknown."""
        if self._spool_dir is None or not self._spool_dir.is_dir():
            return 0
        taken = 0
        for path in sorted(self._spool_dir.glob("*.json")):
            pid = path.name.split("-", 1)[0]
            if path == self._spool or not pid.isdigit() or _running(int(pid)):
                continue
            claimed = path.with_name(path.name + f".{os.getpid()}")
            try:
                path.rename(claimed)  # only one adopter wins
            except OSError:
                continue
            for held in _read_spool(claimed):
                if held.ended_at is None:
                    held.unfinished = True
                self._held.append(held)
                taken += 1
            self._save()
            claimed.unlink(missing_ok=True)
        return taken

    # --- inside ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def _trying(self) -> Iterator[list[bool]]:
        """Run the block with the short wait; the yielded flag is true if it went through
        and false if the database stayed busy or could not be reached (any other error goes
        on up)."""
        outcome: list[bool] = []
        try:
            with waiting_at_most(self._db, self._wait):
                yield outcome
        except Exception as exc:
            if not (is_busy_error(exc) or isinstance(exc, ServerUnavailable)):
                raise
            log.warning("database busy or away: a call is held to be stored later (%s)", exc)
            return
        outcome.append(True)

    def _store(self, actor: Actor, held: HeldCall) -> None:
        operator = dataclasses.replace(actor, user_id=held.operator_id)
        call_id = held.call_id  # kept on the held call only once committed
        with self._db.atomic():
            if call_id is None:  # stored by an attempt whose commit went unanswered?
                call_id = _stored_before(held)
            if call_id is None:
                started = self._calls.start(
                    operator, held.line, held.line_name, held.direction, held.raw_number,
                    held.network_name, held.privacy, held.station, at=held.ring_at,
                    station_key=held.station_key, source_key=held.source_key,
                )  # fmt: skip
                call_id = started.call_id
                assert call_id is not None
            if held.answered_at is not None:
                self._calls.answered(operator, call_id, at=held.answered_at)
            if held.unfinished:
                self._calls.close_unfinished(operator, held.station_key, [call_id])
            elif held.ended_at is not None:
                self._calls.ended(
                    operator, call_id, held.duration,
                    missed_if_unanswered=held.missed_if_unanswered, at=held.ended_at,
                )  # fmt: skip
        held.call_id = call_id

    def _update_of(self, actor: Actor, call_id: int, **changes: object) -> HeldCall:
        now = self._clock()
        held = HeldCall("", 0, "", "", "", "", None, actor.user_id, now, call_id=call_id)
        return dataclasses.replace(held, **changes)  # type: ignore[arg-type]

    def _hold(self, held: HeldCall) -> None:
        self._held.append(held)
        self._save()

    def _save(self) -> None:
        if self._spool is None:
            return
        if not self._held:
            self._spool.unlink(missing_ok=True)
            return
        private_dir(self._spool.parent)
        write_private_text(self._spool, json.dumps([_as_json(h) for h in self._held]))


def _stored_before(held: HeldCall) -> int | None:
    """The id of ``held`` if an earlier attempt stored it after all (the connection broke
    during its COMMIT): the same station, line and number ringing within the same second,
    which one line cannot carry twice."""
    second = dt.timedelta(seconds=1)
    same = (Call.station == held.station) & (Call.line == held.line)
    same &= Call.raw_number == held.raw_number.strip()[:64]
    same &= Call.ring_at.between(held.ring_at - second, held.ring_at + second)
    found = Call.select(Call.id).where(same).first()
    return found.id if found is not None else None


def _as_json(held: HeldCall) -> dict[str, object]:
    row = dataclasses.asdict(held)
    for name in ("ring_at", "answered_at", "ended_at"):
        if row[name] is not None:
            row[name] = row[name].isoformat()
    return row


def _read_spool(path: Path) -> list[HeldCall]:
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.error("held calls in %s cannot be read: %s", path, exc)
        return []
    calls: list[HeldCall] = []
    names = {f.name for f in dataclasses.fields(HeldCall)}
    for row in rows:
        try:
            for name in ("ring_at", "answered_at", "ended_at"):
                if row.get(name):
                    row[name] = dt.datetime.fromisoformat(row[name])
            calls.append(HeldCall(**{k: v for k, v in row.items() if k in names}))
        except (TypeError, ValueError, AttributeError) as exc:
            log.error("a held call in %s cannot be read: %s", path, exc)
    return calls


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _running_on_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def _running_on_windows(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    code = ctypes.c_ulong()
    try:
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
