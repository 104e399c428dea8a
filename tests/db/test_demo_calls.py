"""The demo's call log and messages: what ``calls.start`` would have stored, three years of it."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import peewee as pw
import pytest

from yuntian.cli import main
from yuntian.config import load_profile
from yuntian.db.models import Call, Customer, Message
from yuntian.db.profile_database import open_profile_database
from yuntian.demo import DemoOptions, create_demo_profile
from yuntian.demo.context import BASE_TIME, HISTORY
from yuntian.demo.staff import DEMO_PASSWORD
from yuntian.phone_numbers import normalize
from yuntian.services import build_services
from yuntian.services.calls.call_types import CallFilter


@pytest.fixture
def demo(tmp_path):
    """``demo(customers, **options)`` -> (services, db) of a fresh demo profile."""
    opened: list[pw.Database] = []

    def make(customers: int, name: str = "p", **options):
        root = tmp_path / name
        create_demo_profile(
            root, DemoOptions(customers=customers, today=BASE_TIME.date(), **options)
        )
        profile = load_profile(root, create=False)
        db = open_profile_database(profile)
        opened.append(db)
        return build_services(db, profile), db

    yield make
    for db in opened:
        db.close()


def _at(value: object) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def test_calls_are_what_the_call_service_would_have_stored(demo):
    services, _ = demo(600)
    calls = list(Call.select().order_by(Call.id))
    assert len(calls) == 600 * 5
    rings = [_at(c.ring_at) for c in calls]
    assert rings == sorted(rings), "ids follow the time calls rang"
    assert rings[0] >= BASE_TIME - HISTORY and rings[-1] < BASE_TIME
    assert rings[-1] - rings[0] > dt.timedelta(days=2 * 365)

    created = {c.id: _at(c.created_at) for c in Customer.select()}
    archived = {c.id for c in Customer.select().where(Customer.archived == True)}  # noqa: E712
    shared = 0
    for call in calls[::7]:
        info = normalize(call.raw_number, "010")
        if call.privacy:
            assert (call.number, call.customer_id, call.raw_number) == ("", None, info.raw)
            continue
        assert (call.number, call.region) == (info.e164, info.region), call.raw_number
        if call.customer_id is None:
            assert call.candidates == 0
            continue
        assert created[call.customer_id] < _at(call.ring_at)
        if call.customer_id in archived:  # the lookup leaves archived customers out
            continue
        owners = [c.id for c in services.customer_lookup.find(call.raw_number).customers]
        if call.candidates == len(owners):
            assert owners[0] == call.customer_id
        else:  # a shared line: its other owner arrived after the call
            assert call.candidates < len(owners) and call.customer_id in owners
        shared += call.candidates > 1

    kinds = Counter(
        (c.direction, c.customer_id is not None, bool(c.privacy), c.missed) for c in calls
    )
    assert kinds[("in", True, False, False)] > kinds[("in", False, False, False)] > 0
    assert kinds[("out", True, False, False)] > 0 and kinds[("in", False, True, False)] > 0
    missed = sum(n for (direction, _, _, was_missed), n in kinds.items() if was_missed)
    assert 0.05 < missed / len(calls) < 0.2
    assert not any(c.missed and c.direction == "out" for c in calls)
    assert shared and any(c.candidates == 2 for c in calls), "households share a line"
    assert any(c.network_name for c in calls)
    assert {c.line for c in calls} == {1, 2, 3, 4}
    for c in calls:
        assert c.candidates <= 2
        if c.answered_at is not None:
            assert _at(c.ended_at) - _at(c.answered_at) == dt.timedelta(seconds=c.duration)
        elif c.direction == "in":
            assert c.missed and c.duration == 0


def test_messages_and_the_services_over_the_demo(demo):
    services, _ = demo(300)
    actor = services.auth.login("reception", DEMO_PASSWORD)
    messages = services.messages.list(actor, open_only=False, limit=1000)
    assert len(messages) == 12
    open_ = [m for m in messages if not m.handled]
    assert services.messages.open_count(actor) == len(open_) >= 1
    assert any(m.handled and m.handled_by for m in messages)
    for m in messages:
        call = services.calls.get(actor, m.call_id)
        assert call.missed and m.created_at > call.ring_at
        assert m.customer_id == call.customer_id
        assert m.created_at < BASE_TIME and (m.handled_at is None or m.handled_at < BASE_TIME)

    page = services.calls.page(actor, CallFilter(), limit=50)
    assert len(page) == 50 and page[0].ring_at > page[-1].ring_at
    assert all(r.operator_name for r in page)
    with_customer = next(r for r in page if r.customer_id)
    recent = services.calls.recent_for_customer(actor, with_customer.customer_id)
    assert with_customer.id in [r.id for r in recent]


@pytest.mark.slow
def test_the_same_seed_gives_the_same_log_and_calls_can_be_chosen(demo, tmp_path, capsys):
    def rows():
        return [tuple(r) for r in Call.select().order_by(Call.id).tuples()] + [
            tuple(r) for r in Message.select().order_by(Message.id).tuples()
        ]

    demo(120, name="a", seed=4)
    first = rows()
    demo(120, name="b", seed=4)
    assert rows() == first
    demo(120, name="c", calls=0)
    assert Call.select().count() == 0 and Message.select().count() == 0

    root = tmp_path / "cli"
    assert main(["demo", "--profile", str(root), "--customers", "30", "--calls", "77"]) == 0
    capsys.readouterr()
    db = open_profile_database(load_profile(root, create=False))
    try:
        assert Call.select().count() == 77
    finally:
        db.close()
    assert main(["demo", "--profile", str(root), "--calls", "-1", "--force"]) == 2


@pytest.mark.slow
@pytest.mark.server
@pytest.mark.parametrize("engine", ["postgresql", "mysql"])
def test_a_server_database_gets_the_same_log(engine, make_profile, demo):
    def rows() -> list[tuple]:
        return [
            tuple(_plain(v) for v in r)
            for model in (Call, Message)
            for r in model.select().order_by(model.id).tuples()
        ]

    demo(80, name="local", seed=2)
    expected = rows()
    server = make_profile(engine, name=f"calls-{engine}")
    create_demo_profile(server.root, DemoOptions(customers=80, seed=2, today=BASE_TIME.date()))
    db = open_profile_database(load_profile(server.root, create=False))
    try:
        assert rows() == expected
    finally:
        db.close()


def _plain(value: object) -> object:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return value
