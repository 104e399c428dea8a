"""Plain values the call-log and message services take and return."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from yuntian.services.customers.customer_lookup import LookupResult

DIRECTIONS = ("in", "out")
PRIVACY = ("private", "unavailable", "anonymous")  # "" when the number came through
LINES = range(1, 9)
FRAGMENT_MIN_DIGITS = 4


@dataclass(frozen=True)
class CallStarted:
    """What ``calls.start`` hands the pop-up: the stored call and who the number belongs to."""

    call_id: int | None  # None: held by the CallJournal until the database is free
    lookup: LookupResult  # number (E.164, region, carrier) and every owner, best match first
    joined: bool = False  # another PC hearing the same broadcast device stored it first


@dataclass(frozen=True)
class CallTaken:
    """Who took a call (answered it, or opened it from a pop-up), at which station."""

    call_id: int
    user_id: int | None
    user_name: str
    station: str
    at: dt.datetime
    mine: bool  # this claim won (False: someone else had taken it first)


@dataclass(frozen=True)
class CallFilter:
    """What the call log shows; every field left at its default lets everything through."""

    date_from: dt.date | None = None  # ring date, inclusive
    date_to: dt.date | None = None  # inclusive
    line: int | None = None
    direction: str | None = None  # "in" / "out"
    missed: bool | None = None
    customer_id: int | None = None  # calls matched to the customer or from its numbers
    number: str = ""  # 4+ digits anywhere in the number ("5678", "138001", "010-6234")


@dataclass(frozen=True)
class CallKey:
    """Keyed-paging cursor: ring time and id of the last call shown."""

    ring_at: dt.datetime
    id: int


@dataclass(frozen=True)
class CallRow:
    """One line of the call log."""

    id: int
    station: str
    line: int
    line_name: str
    direction: str
    raw_number: str
    number: str  # E.164 (or cleaned digits); "" when withheld
    region: str
    network_name: str
    privacy: str
    customer_id: int | None
    customer_code: str
    customer_name: str
    candidates: int  # customers owning the number when it called
    ring_at: dt.datetime
    answered_at: dt.datetime | None
    ended_at: dt.datetime | None
    duration: int | None  # seconds; None while the call goes on, or not known (ended_at set:
    # it was still open when the application closed; see CallService.close_unfinished)
    operator_name: str
    missed: bool
    recording: str  # relative to the profile's recordings folder; "" for none
    taken_by_name: str = ""  # who took it ("" for nobody yet), at taken_station
    taken_station: str = ""
    taken_at: dt.datetime | None = None

    @property
    def key(self) -> CallKey:
        return CallKey(self.ring_at, self.id)


@dataclass(frozen=True)
class MessageKey:
    created_at: dt.datetime
    id: int


@dataclass(frozen=True)
class MessageView:
    id: int
    customer_id: int | None
    customer_code: str
    customer_name: str
    call_id: int | None
    caller_name: str
    number: str
    for_user_id: int | None
    for_user_name: str  # "" = for anyone
    text: str
    callback_wanted: bool
    created_by: str
    created_at: dt.datetime
    handled: bool
    handled_at: dt.datetime | None
    handled_by: str
    version: int  # what a save from this view names (schema 12)

    @property
    def key(self) -> MessageKey:
        return MessageKey(self.created_at, self.id)
