"""The call log's number filter through its own index (issue 13, item 20), on every engine:
fragments find exactly the calls whose number holds them, and the index follows every call
stored and deleted."""

from __future__ import annotations

import pytest

from tests.helpers import login_admin
from tests.support.customer_helpers import new_customer
from yuntian.db import call_number_index
from yuntian.db.models import Call
from yuntian.services import Services
from yuntian.services.calls import call_queries
from yuntian.services.calls.call_types import CallFilter

# As caller ID sends them: mobiles, local and long-distance landlines, a service number, a
# foreign number, a short one, a withheld one; some ring twice.
RINGS = (
    "13800138000", "13800138000", "13912345678", "62345678", "02161234567", "4008123456",
    "+442079460958", "110", "P", "13812340000", "075512340000",
)  # fmt: skip
FRAGMENTS = ("8000", "1380013", "1234", "2345", "6234", "0216", "021612", "0755", "4008",
             "2079", "8613", "0000", "99999")  # fmt: skip


def _expected(services: Services, fragment: str) -> list[int]:
    """What "number contains the fragment" means, worked out in Python over every call."""
    trunk = fragment.startswith("0") and not fragment.startswith("00")
    calls = Call.select(Call.id, Call.number, Call.ring_at).order_by(
        Call.ring_at.desc(), Call.id.desc()
    )
    return [
        c.id
        for c in calls
        if fragment in c.number or (trunk and c.number.startswith("+86" + fragment[1:]))
    ]


def _page(services: Services, actor, fragment: str) -> list[int]:
    return [r.id for r in services.calls.page(actor, CallFilter(number=fragment), limit=200)]


def _ring_all(services: Services, actor, clock) -> list[int]:
    ids = []
    for raw in RINGS:
        ids.append(services.calls.start(actor, 1, "总机", "in", raw).call_id)
        clock.advance(minutes=1)
    return ids


@pytest.mark.parametrize("many", [call_queries.MANY_NUMBERS, 1])
def test_fragments_find_exactly_the_calls_holding_them(
    services: Services, clock, monkeypatch, many
):
    # many=1: every fragment is "common", read from the log newest first: the same answer.
    monkeypatch.setattr(call_queries, "MANY_NUMBERS", many)
    admin = login_admin(services)
    _ring_all(services, admin, clock)
    for fragment in FRAGMENTS:
        assert _page(services, admin, fragment) == _expected(services, fragment), fragment
    # Filters combine with the fragment.
    first = services.calls.start(admin, 2, "售后", "in", "13800138000").call_id
    found = services.calls.page(admin, CallFilter(number="8000", line=2))
    assert [r.id for r in found] == [first]


def test_the_index_holds_each_number_once_and_follows_stores_and_deletes(services: Services, clock):
    admin = login_admin(services)
    ids = _ring_all(services, admin, clock)
    db = services.db
    stored = {c.number for c in Call.select(Call.number)}
    expected = sorted(n for n in stored if len(n) >= call_number_index.MIN_DIGITS)
    assert call_number_index.indexed_numbers(db) == expected
    assert "+8613800138000" in expected and "110" not in expected  # too short for a fragment

    # The first of two calls from a number goes: the number stays; the second goes: it leaves.
    twice = [i for i, raw in zip(ids, RINGS, strict=True) if raw == "13800138000"]
    services.calls.delete(admin, twice[:1])
    assert "+8613800138000" in call_number_index.indexed_numbers(db)
    assert _page(services, admin, "1380013") == [twice[1]]
    services.calls.delete(admin, twice[1:])
    assert "+8613800138000" not in call_number_index.indexed_numbers(db)
    assert _page(services, admin, "1380013") == []

    # The number comes back with its next call.
    again = services.calls.start(admin, 1, "总机", "in", "13800138000").call_id
    assert _page(services, admin, "1380013") == [again]

    # Customers come and go (the pop-up files a caller, a customer is deleted): the calls and
    # their numbers stay findable.
    caller = new_customer(services, admin, "来电客户", "13912345678").customer
    services.calls.set_customer(admin, again, caller.id)
    filed = new_customer(services, admin, "无来电", "13700137000").customer
    assert services.customers.delete(admin, filed.id) == "deleted"
    assert _page(services, admin, "12345678") == _expected(services, "12345678")
    assert call_number_index.indexed_numbers(db) == sorted(
        n for n in {c.number for c in Call.select(Call.number)} if len(n) >= 4
    )


def test_indexing_a_number_twice_is_harmless(services: Services):
    # Two stations may store the first call of a new number at the same moment.
    db = services.db
    with db.atomic():
        call_number_index.add_numbers(db, ["+8613800138000"])
        call_number_index._insert(
            db, [(s, "+8613800138000") for s in call_number_index.suffixes("+8613800138000")],
            ignore=True,
        )  # fmt: skip
        call_number_index.add_numbers(db, ["+8613800138000", "+8613800138000"])
    assert call_number_index.indexed_numbers(db) == ["+8613800138000"]
