"""The call log (来电日志): every call the station's lines report, stored as it happens.

Starting and ending a call record is done by the application on behalf of the signed-in
operator (who is stored on the call): those methods check no permission. Viewing the log is
allowed to every signed-in user (the permission list has no code for it); deleting needs
call_log.delete, exporting data.import_export.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePosixPath

import peewee as pw

from yuntian.config import Profile
from yuntian.db import call_number_index
from yuntian.db.models import Call, Customer, User
from yuntian.db.transactions import reading
from yuntian.exports.call_export import write_calls
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.calls import call_queries as queries
from yuntian.services.calls.call_insert import CallInserter
from yuntian.services.calls.call_types import (
    PRIVACY,
    CallFilter,
    CallKey,
    CallRow,
    CallStarted,
    CallTaken,
)
from yuntian.services.common.audit import AuditTrail, Clock
from yuntian.services.common.changes import Area as A
from yuntian.services.common.changes import ChangeBus, Changes, announces
from yuntian.services.common.errors import NotFound, ValidationError
from yuntian.services.common.people import user_label
from yuntian.services.common.permissions import Actor, require
from yuntian.services.common.progress import CancelCheck, ProgressCallback
from yuntian.services.common.service_base import ServiceBase
from yuntian.services.common.text import one_line
from yuntian.services.customers.customer_lookup import CustomerLookupService

log = logging.getLogger(__name__)

MAX_PAGE = 1000
EXPORT_CHUNK = 2000
_TEXT_MAX = 64  # station, line name, number and name as sent: longer is a device's garbage


class CallService(ServiceBase):
    def __init__(
        self,
        db: pw.Database,
        audit: AuditTrail,
        clock: Clock,
        profile: Profile,
        lookup: CustomerLookupService,
        changes: ChangeBus,
    ) -> None:
        super().__init__(db, audit, clock, changes)
        self._profile = profile
        self._lookup = lookup
        self._inserter: CallInserter | None = None

    # --- recording calls as they happen (the application, for the signed-in operator) ----

    @announces(also=lambda started, _a: Changes.of(A.CALLS, started.call_id))
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
        at: dt.datetime | None = None,
    ) -> CallStarted:
        """Store a new call ringing (or dialled) now and look its number up, in one short
        transaction: what the caller pop-up shows (every owner of the number, best match
        first, with the number's region and carrier). The best match is stored on the call,
        the count of owners as ``candidates``, ``actor`` as its operator.

        ``raw_number`` is what the device sent ("13800138000", "62345678", "P" or ""); it is
        normalised with the profile's local area code, as customers' numbers are. ``privacy``
        is "private", "unavailable", "anonymous" or None; a number that says "P" / "Anonymous"
        counts as private. Text the device sent is trimmed and cut to 64 characters rather
        than refused (a call is never lost to a garbled name). ValidationError for a line
        outside 1..8, a direction other than "in" / "out", an unknown privacy word. ``at``:
        when it rang, for a call stored late (CallJournal); now by default.

        ``station`` is the line host's name as shown, ``station_key`` its key (its calls left
        open are closed by it). ``source_key``: the call as a broadcast device identifies it
        (``telephony`` makes it): the second PC to store the same call gets the first's id
        (``joined``), whatever the timing (see call_insert).
        """
        line = queries.check_line(line)
        direction = queries.check_direction(direction)
        if privacy not in (None, "", *PRIVACY):
            raise ValidationError(
                "privacy", QT_TRANSLATE_NOOP("Errors", "Unknown caller-ID privacy: {privacy}."),
                privacy=privacy,
            )  # fmt: skip
        raw = _device_text(raw_number)
        now = at or self._now()
        with self._db.atomic():
            found = self._lookup.find(raw)
            info = found.number
            if not privacy and info.kind == "private":
                privacy = "private"
            when = Call.ring_at.db_value(now)
            number = info.e164[:32]
            values = (
                _device_text(station), line, _device_text(line_name), direction, raw,
                number, info.region[:_TEXT_MAX], _device_text(network_name),
                privacy or "", found.customers[0].id if found.customers else None,
                len(found.customers), when, actor.user_id, False, "", when,
                _device_text(station_key), None,
            )  # fmt: skip
            inserter = self._insert_with()
            joined = False
            if source_key:
                call_id, joined = inserter.insert_or_join(values, source_key, live=at is None)
            else:
                call_id = inserter.insert(values)
            if not joined:
                call_number_index.add_numbers(self._db, (number,))
        return CallStarted(call_id, found, joined)

    @announces(A.CALLS, ids_from="call_id")
    def answered(self, actor: Actor, call_id: int, *, at: dt.datetime | None = None) -> None:
        """The call was picked up now (or ``at``), by ``actor`` (who becomes its operator).
        Ignored for a call already answered or ended (a device may report an off-hook twice)."""
        now = at or self._now()
        with self._db.atomic():
            call = _call(call_id)
            if call.answered_at is None and call.ended_at is None:
                Call.update(answered_at=now, operator=actor.user_id).where(
                    Call.id == call_id
                ).execute()

    @announces(A.CALLS, ids_from="call_id")
    def ended(
        self,
        actor: Actor,
        call_id: int,
        duration: int | None = None,
        *,
        missed_if_unanswered: bool = True,
        at: dt.datetime | None = None,
    ) -> None:
        """The call ended now. ``duration`` (seconds) is the device's figure where it gives
        one (Whozz Calling end records); an incoming call never answered but reported with a
        duration was answered that long before its end. Without it: seconds since the call
        was answered (since it was dialled, for an outgoing call), 0 for an unanswered one.
        An incoming call never answered is ``missed`` — unless ``missed_if_unanswered`` is
        False: a plain modem never reports the handset, so its calls cannot be called missed.
        Ignored for a call already ended. ``at``: when it ended, if not now."""
        del actor  # the application ends the call it started
        if duration is not None and (not isinstance(duration, int) or duration < 0):
            raise ValidationError(
                "duration",
                QT_TRANSLATE_NOOP("Errors", "A duration is a number of seconds, 0 or more."),
            )
        now = at or self._now()
        with self._db.atomic():
            call = _call(call_id)
            if call.ended_at is not None:
                return
            ring_at, answered_at = _as_dt(call.ring_at), _as_dt(call.answered_at)
            if answered_at is None and duration and call.direction == "in":
                answered_at = max(ring_at, now - dt.timedelta(seconds=duration))
            if duration is None:
                since = answered_at or (ring_at if call.direction == "out" else now)
                duration = max(0, int((now - since).total_seconds()))
            Call.update(
                answered_at=answered_at,
                ended_at=now,
                duration=duration,
                missed=call.direction == "in" and answered_at is None and missed_if_unanswered,
            ).where(Call.id == call_id).execute()

    @announces(A.CALLS, ids_from="call_id")
    def claim(self, actor: Actor, call_id: int, station: str) -> CallTaken:
        """``actor`` takes the call at ``station`` (answered it on their line, or opened it
        from a pop-up), so that the other stations show it taken. The first claim wins, by
        a conditional update that holds between PCs on every engine; a later one changes
        nothing and is told who has it (``mine`` False). NotFound for a deleted call."""
        # Every signed-in user may take a call; the log records who did (taken_by).
        now = self._now()
        with self._db.atomic():
            Call.update(
                taken_by=actor.user_id, taken_station=_device_text(station), taken_at=now
            ).where(Call.id == call_id, Call.taken_at.is_null()).execute()
            row = (
                Call.select(Call.taken_by, Call.taken_station, Call.taken_at, User.display_name,
                            User.username)
                .join(User, pw.JOIN.LEFT_OUTER, on=(Call.taken_by == User.id))
                .where(Call.id == call_id)
                .tuples()
                .first()
            )  # fmt: skip
        if row is None:
            raise NotFound()
        user_id, taken_station, taken_at, display_name, username = row
        return CallTaken(
            call_id, user_id, user_label(display_name, username), taken_station,
            _as_dt(taken_at) or now,
            mine=user_id == actor.user_id and taken_station == _device_text(station),
        )  # fmt: skip

    @announces(also=lambda closed, _a: Changes.of(A.CALLS, *closed) if closed else Changes())
    def close_unfinished(
        self, actor: Actor, station_key: str, call_ids: Sequence[int] | None = None
    ) -> list[int]:
        """Close the calls of the station whose key is ``station_key`` (never another's, even
        on a PC of the same host name) still ringing, dialling or talking whose end will never
        be reported: the application is closing (``call_ids``: the calls it has open), or it
        closed without saying (None: every call of the station left open, at the next start).
        They end now with an unknown duration (NULL: the talk may have gone on after the
        application stopped); none is called missed, since whether it was answered is not
        known. Returns the ids closed."""
        del actor  # the application closes the calls it started
        wanted = None if call_ids is None else sorted({int(i) for i in call_ids})
        if wanted == []:
            return []
        now = self._now()
        with self._db.atomic():
            query = Call.select(Call.id).where(
                Call.station_key == _device_text(station_key), Call.ended_at.is_null()
            )
            if wanted is not None:
                query = query.where(Call.id.in_(wanted))
            closed = [call_id for (call_id,) in query.tuples()]
            for part in _chunks(closed):
                Call.update(ended_at=now, duration=None, missed=False).where(
                    Call.id.in_(part), Call.ended_at.is_null()
                ).execute()
        if closed:
            log.info("closed %d calls left open on %r: %s", len(closed), station_key, closed[:20])
        return closed

    @announces(
        A.CALLS, ids_from="call_id", also=lambda _r, a: Changes.of(A.CUSTOMERS, a["customer_id"])
    )
    def set_customer(self, actor: Actor, call_id: int, customer_id: int) -> None:
        """The caller turned out to be this customer (filed from the pop-up as a new customer,
        or the number added to someone): the call becomes theirs."""
        # The operator on the call files it; no permission of its own.
        with self._db.atomic():
            call = _call(call_id)
            customer = Customer.get_or_none(Customer.id == customer_id)
            if customer is None:
                raise ValidationError(
                    "customer", QT_TRANSLATE_NOOP("Errors", "This customer no longer exists.")
                )
            Call.update(customer=customer_id).where(Call.id == call_id).execute()
            self._audit.record(
                actor,
                "call.customer",
                call.raw_number,
                {"customer": f"{customer.code} {customer.name}"},
            )

    @announces(A.CALLS, ids_from="call_id")
    def attach_recording(self, actor: Actor, call_id: int, relative_path: str) -> None:
        """Note the call's recording: a path under the profile's ``recordings/`` folder
        (e.g. "2026/11/20261127-093000-line1.flac"), written by the recorder."""
        del actor  # the application's recorder, for the operator on the call
        path = _relative_recording(relative_path)
        with self._db.atomic():
            _call(call_id)
            Call.update(recording=path).where(Call.id == call_id).execute()

    # --- reading (every signed-in user) --------------------------------------------------

    def page(
        self,
        actor: Actor,
        flt: CallFilter,
        after: CallKey | None = None,
        limit: int = 200,
    ) -> list[CallRow]:
        """One page of the log, newest first, after the call whose key is ``after``
        (``row.key`` of the last row shown; keyed paging: a page deep in five million calls
        costs what the first does). A number fragment needs 4+ digits (ValidationError on
        the field "number"); a whole number is matched exactly. The customer filter shows
        the calls matched to the customer and those from any of its numbers."""
        del actor  # every signed-in user may read the call log
        limit = max(1, min(limit, MAX_PAGE))
        where = queries.conditions(flt, self._area_code(), self._db)
        with reading(self._db):
            ids = queries.page_ids(where, flt.customer_id, after, limit)
            return queries.rows_for(ids)

    def recent_for_customer(self, actor: Actor, customer_id: int, limit: int = 10) -> list[CallRow]:
        """The customer's latest calls, newest first (the pop-up's "recent calls" and the
        card's call-log tab, which pages on with ``page`` and ``CallFilter(customer_id=...)``).
        """
        return self.page(actor, CallFilter(customer_id=customer_id), None, limit)

    def get(self, actor: Actor, call_id: int) -> CallRow:
        """One call (NotFound if deleted meanwhile)."""
        del actor
        with reading(self._db):
            rows = queries.rows_for([call_id])
        if not rows:
            raise NotFound()
        return rows[0]

    # --- deleting and exporting -----------------------------------------------------------

    @announces(A.CALLS, ids_from="ids")
    def delete(self, actor: Actor, ids: Sequence[int]) -> int:
        """Delete calls (call_log.delete) and their recordings; messages taken on them stay.
        Returns how many were deleted; already deleted ones are skipped."""
        require(actor, "call_log.delete")
        wanted = sorted({int(i) for i in ids})
        recordings: list[str] = []
        numbers: set[str] = set()
        deleted = 0
        with self._db.atomic():
            for part in _chunks(wanted):
                for recording, number in (
                    Call.select(Call.recording, Call.number).where(Call.id.in_(part)).tuples()
                ):
                    numbers.add(number)
                    if recording:
                        recordings.append(recording)
                deleted += Call.delete().where(Call.id.in_(part)).execute()
            call_number_index.remove_unused(self._db, numbers)
            if deleted:
                shown = ", ".join(map(str, wanted[:50])) + (" …" if len(wanted) > 50 else "")
                self._audit.record(actor, "call_log.delete", "", {"calls": deleted, "ids": shown})
        self._remove_recordings(recordings)
        return deleted

    def export(
        self,
        actor: Actor,
        flt: CallFilter,
        path: str | Path,
        *,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> int:
        """Write the log as filtered to an Excel workbook (data.import_export), newest first;
        returns the count of calls written. Streams in chunks (flat memory at millions of
        calls); a sheet that is full continues on another. Raises ExportCancelled when
        ``cancelled()`` says so; no file is left behind then."""
        require(actor, "data.import_export")
        where = queries.conditions(flt, self._area_code(), self._db)
        total = self._count(where, flt.customer_id)
        written = write_calls(
            path, self._chunks(where, flt.customer_id), total,
            progress=progress, cancelled=cancelled,
        )  # fmt: skip
        with self._db.atomic():
            self._audit.record(actor, "call_log.export", Path(path).name, {"calls": written})
        return written

    # --- helpers ---------------------------------------------------------------------------

    def _insert_with(self) -> CallInserter:
        if self._inserter is None:
            self._inserter = CallInserter(self._db)
        return self._inserter

    def _count(self, where: queries.Where, customer_id: int | None) -> int:
        with reading(self._db):
            if customer_id is None:
                query = Call.select()
                return (query.where(*where.conditions) if where.conditions else query).count()
            return len(queries.page_ids(where, customer_id, None, 10**9))

    def _chunks(self, where: queries.Where, customer_id: int | None) -> Iterator[list[CallRow]]:
        after: CallKey | None = None
        while True:
            with reading(self._db):
                ids = queries.page_ids(where, customer_id, after, EXPORT_CHUNK)
                rows = queries.rows_for(ids)
            if not rows:
                return
            yield rows
            if len(ids) < EXPORT_CHUNK:
                return
            after = rows[-1].key

    def _remove_recordings(self, recordings: list[str]) -> None:
        root = self._profile.recordings_dir
        for relative in recordings:
            try:
                (root / relative).unlink(missing_ok=True)
            except OSError:
                log.warning("could not remove the recording %s", relative, exc_info=True)

    def _area_code(self) -> str:
        return self._profile.config.local_area_code

    def _now(self) -> dt.datetime:
        return self._clock().replace(microsecond=0)


def _call(call_id: int) -> Call:
    call = Call.get_or_none(Call.id == call_id)
    if call is None:
        raise NotFound()
    return call


def _device_text(value: object) -> str:
    return one_line(value if isinstance(value, str) else "")[:_TEXT_MAX]


def _relative_recording(value: str) -> str:
    text = one_line(value).replace("\\", "/")
    path = PurePosixPath(text)
    if (
        not text
        or len(text) > 255
        or path.is_absolute()
        or ".." in path.parts
        or ":" in text  # a Windows drive
    ):
        raise ValidationError(
            "recording",
            QT_TRANSLATE_NOOP("Errors", "A recording is a file inside the recordings folder."),
        )
    return path.as_posix()


def _as_dt(value: object) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
