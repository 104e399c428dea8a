"""Helpers for the call-log UI tests: calls placed through the service, or inserted in bulk."""

from __future__ import annotations

import datetime as dt

from tests.helpers import FakeClock
from yuntian.db import call_number_index
from yuntian.db.models import Call
from yuntian.services import Services
from yuntian.services.common.permissions import Actor

BULK_START = dt.datetime(2026, 1, 1, 8, 0)


def place_call(
    services: Services,
    actor: Actor,
    clock: FakeClock,
    number: str,
    *,
    line: int = 1,
    direction: str = "in",
    talk_seconds: int | None = 65,
    line_name: str = "总机",
) -> int:
    """A call as the desk records it: ringing, picked up (unless ``talk_seconds`` is None:
    missed), ended; the clock moves on a minute afterwards."""
    call_id = services.calls.start(actor, line, line_name, direction, number).call_id
    clock.advance(seconds=4)
    if talk_seconds is not None:
        services.calls.answered(actor, call_id)
        clock.advance(seconds=talk_seconds)
    services.calls.ended(actor, call_id)
    clock.advance(minutes=1)
    return call_id


def bulk_calls(services: Services, n: int, customer_id: int | None = None) -> list[int]:
    """``n`` ended calls a few minutes apart, inserted directly; ids newest first. Every third
    is on line 2, every fifth outgoing, every seventh incoming one missed; numbers 1390000xxxx."""
    rows = []
    for i in range(n):
        ring = BULK_START + dt.timedelta(minutes=7 * i)
        direction = "out" if i % 5 == 0 else "in"
        missed = direction == "in" and i % 7 == 0
        rows.append(
            {
                "line": 2 if i % 3 == 0 else 1,
                "line_name": "售后热线" if i % 3 == 0 else "总机",
                "direction": direction,
                "raw_number": f"1390000{i:04d}",
                "number": f"+861390000{i:04d}",
                "region": "北京市",
                "customer": customer_id,
                "candidates": 1 if customer_id else 0,
                "ring_at": ring,
                "answered_at": None if missed else ring + dt.timedelta(seconds=5),
                "ended_at": ring + dt.timedelta(seconds=5 + i % 400),
                "duration": 0 if missed else i % 400,
                "missed": missed,
                "created_at": ring,
            }
        )
    with services.db.atomic():
        for start in range(0, n, 500):
            Call.insert_many(rows[start : start + 500]).execute()
        # Inserted directly, as the demo does: index their numbers as calls.start would.
        call_number_index.add_numbers(services.db, [row["number"] for row in rows])
    query = Call.select(Call.id).order_by(Call.ring_at.desc(), Call.id.desc())
    return [cid for (cid,) in query.tuples()]
