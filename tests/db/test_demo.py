"""`yuntian demo`: a deterministic, realistic demo profile a newcomer can sign in to."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import peewee as pw
import phonenumbers
import pytest

from yuntian.cli import main
from yuntian.config import load_profile
from yuntian.db.models import (
    Customer,
    CustomerAddress,
    CustomerContact,
    CustomerGroup,
    CustomerPhone,
    Memo,
    PurchaseIntention,
    Role,
    UserRole,
)
from yuntian.db.profile_database import open_profile_database
from yuntian.demo import DemoOptions, create_demo_profile
from yuntian.demo.context import BASE_TIME, HISTORY
from yuntian.demo.customer_records import ARCHIVE_MEMO, PRODUCTS, PROSPECT_GROUP
from yuntian.demo.places import CITIES
from yuntian.demo.staff import DEMO_PASSWORD, DEMO_USERS
from yuntian.services import build_services
from yuntian.services.customers.customer_types import CustomerFilter

TODAY = BASE_TIME.date()  # the day the demos here are made for
CITY_OF_AREA_CODE = {c.area_code[1:]: c.city for c in CITIES}


@pytest.fixture
def open_demo():
    """``open_demo(root)`` -> (profile, db) of a generated demo profile; closed afterwards."""
    opened: list[pw.Database] = []

    def open_(root: Path):
        profile = load_profile(root, create=False)
        db = open_profile_database(profile)
        opened.append(db)
        return profile, db

    yield open_
    for db in opened:
        db.close()


def make_demo(root: Path, customers: int = 300, seed: int = 1, **kwargs) -> None:
    create_demo_profile(root, DemoOptions(customers=customers, seed=seed, today=TODAY), **kwargs)


def digest() -> str:
    """Every customer, phone, address, contact, intention and memo row, in id order, as one
    hash."""
    h = hashlib.sha256()
    models = (Customer, CustomerPhone, CustomerAddress, CustomerContact, PurchaseIntention, Memo)
    for model in models:
        for row in model.select().order_by(model.id).tuples():
            h.update(repr(tuple(_plain(v) for v in row)).encode())
    return h.hexdigest()


def _plain(value: object) -> object:
    # Engines return booleans as bool or 0/1 and datetimes as objects or text.
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, Decimal):  # SQLite keeps 2800.00 as the number 2800
        return f"{value:.2f}"
    return value


@pytest.mark.slow
def test_same_seed_gives_identical_data_and_another_seed_differs(tmp_path, open_demo):
    make_demo(tmp_path / "a", seed=5)
    make_demo(tmp_path / "b", seed=5)
    make_demo(tmp_path / "c", seed=6)
    digests = []
    for name in "abc":
        open_demo(tmp_path / name)
        digests.append(digest())
    assert digests[0] == digests[1]
    assert digests[0] != digests[2]


def test_counts_codes_and_dates(tmp_path, open_demo):
    make_demo(tmp_path / "p", customers=1234)
    open_demo(tmp_path / "p")
    assert Customer.select().count() == 1234
    codes = [c for (c,) in Customer.select(Customer.code).order_by(Customer.id).tuples()]
    assert codes[0] == "KH000001" and codes[-1] == "KH001234"
    assert CustomerAddress.select(CustomerAddress.customer).distinct().count() == 1234
    phones_per_customer = (
        CustomerPhone.select(pw.fn.COUNT(CustomerPhone.id))
        .group_by(CustomerPhone.customer)
        .tuples()
    )
    assert {n for (n,) in phones_per_customer} == {1, 2, 3}
    first, last = Customer.select(
        pw.fn.MIN(Customer.created_at), pw.fn.MAX(Customer.created_at)
    ).scalar(as_tuple=True)
    assert BASE_TIME - HISTORY <= _as_datetime(first) < _as_datetime(last) < BASE_TIME
    groups = {g.name for g in CustomerGroup.select().join(Customer).distinct()}
    assert {"普通客户", "VIP客户", "经销商", "企业客户"} <= groups
    assert Customer.select().where(Customer.blacklisted == True).count() >= 1  # noqa: E712
    assert Customer.select().where(Customer.blacklist_reason != "").count() == (
        Customer.select().where(Customer.blacklisted == True).count()  # noqa: E712
    )
    companies = Customer.select().where(Customer.name.endswith("公司")).count()
    assert companies > 0
    assert CustomerContact.select().count() > 0
    assert Customer.select().where(Customer.email != "").count() > 0
    assert Customer.select().where(Customer.other_contact != "").count() > 0
    assert Customer.select().where(Customer.salesperson.is_null(False)).count() > 0


def _as_datetime(value: object) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def test_demo_users_sign_in_with_their_roles_and_are_listed(tmp_path, open_demo):
    make_demo(tmp_path / "p", customers=10)
    profile, db = open_demo(tmp_path / "p")
    services = build_services(db, profile)
    assert not services.setup.needs_first_run()
    role_keys = {}
    for username, display_name, role_key in DEMO_USERS:
        actor = services.auth.login(username, DEMO_PASSWORD)
        assert not actor.must_change_password
        assert actor.display_name == display_name
        roles = Role.select(Role.key).join(UserRole).where(UserRole.user == actor.user_id)
        assert [r.key for r in roles] == [role_key]
        role_keys[username] = role_key
    assert set(role_keys.values()) == {"admin", "manager", "receptionist", "technician"}
    logins = services.setup.demo_logins()
    assert {login.role for login in logins} == {"管理员", "经理", "接线员", "售后人员"}
    for login in logins:
        services.auth.login(login.username, login.password)
    assert services.settings.general().shop_name == "云天家电维修服务部"
    assert profile.config.demo and profile.config.local_area_code == "010"


def test_next_customer_code_continues_after_the_demo(tmp_path, open_demo):
    make_demo(tmp_path / "p", customers=57)
    profile, db = open_demo(tmp_path / "p")
    services = build_services(db, profile)
    assert services.numbering.next_code("customer") == "KH000058"


def test_phone_numbers_are_valid_and_landlines_match_the_address(tmp_path, open_demo):
    make_demo(tmp_path / "p", customers=2000)
    open_demo(tmp_path / "p")
    home_of = {
        a.customer_id: (a.province, a.city, a.district, a.street)
        for a in CustomerAddress.select().where(CustomerAddress.sort == 0)
    }
    owners: dict[str, set[int]] = defaultdict(set)
    for phone in CustomerPhone.select():
        parsed = phonenumbers.parse(phone.number)
        assert phonenumbers.is_valid_number_for_region(parsed, "CN"), phone.number
        as_typed = phonenumbers.parse(phone.raw, "CN")
        assert phonenumbers.format_number(as_typed, phonenumbers.PhoneNumberFormat.E164) == (
            phone.number
        )
        if phone.kind in ("landline", "fax"):
            national = str(parsed.national_number)
            area = next(a for a in (national[:2], national[:3]) if a in CITY_OF_AREA_CODE)
            assert CITY_OF_AREA_CODE[area] == home_of[phone.customer_id][1], phone.raw
        owners[phone.number].add(phone.customer_id)
    shared = [ids for ids in owners.values() if len(ids) > 1]
    assert 5 <= len(shared) <= 100  # a few households share a line...
    for ids in shared:
        assert len(ids) == 2  # ...each between two customers living at the same address
        assert len({home_of[i] for i in ids}) == 1
    assert len({home[1] for home in home_of.values()}) >= 15


def test_intentions_and_memos_follow_their_customer_and_some_are_archived(tmp_path, open_demo):
    make_demo(tmp_path / "p", customers=3000)
    profile, db = open_demo(tmp_path / "p")
    arrived = {c.id: _as_datetime(c.created_at) for c in Customer.select()}
    intentions = list(PurchaseIntention.select())
    memos = list(Memo.select().order_by(Memo.created_at, Memo.id))
    # About one customer in seven wants to buy something, one in ten has memos.
    assert 0.12 <= len({i.customer_id for i in intentions}) / 3000 <= 0.18
    assert 0.08 <= len({m.customer_id for m in memos}) / 3000 <= 0.12
    products = {p for p, _, _ in PRODUCTS}
    assert {i.product for i in intentions} == products
    for i in intentions:
        created = _as_datetime(i.created_at)
        assert arrived[i.customer_id] < created < BASE_TIME
        assert i.expected_date is None or i.expected_date > created.date()
        assert i.budget is None or Decimal(100) <= i.budget <= Decimal(9000)
    assert sum(i.budget is None for i in intentions) < len(intentions) / 3
    assert sum(i.note != "" for i in intentions) > len(intentions) / 4
    for m in memos:
        created = _as_datetime(m.created_at)
        assert arrived[m.customer_id] < created < BASE_TIME
        assert m.text.strip() and len(m.text) <= 40
        assert m.updated_at is None or created < _as_datetime(m.updated_at) < BASE_TIME
    assert len({m.text for m in memos}) >= 20

    # A few customers moved away: archived, their last memo says so; nobody else is archived.
    archived = {c.id for c in Customer.select().where(Customer.archived == True)}  # noqa: E712
    last_memo = {m.customer_id: m.text for m in memos}
    assert archived and {c: last_memo.get(c) for c in archived} == dict.fromkeys(
        archived, ARCHIVE_MEMO
    )
    # Customers with an intention fill the 潜在客户 group.
    prospects = (
        Customer.select(Customer.id).join(CustomerGroup).where(CustomerGroup.name == PROSPECT_GROUP)
    )
    assert len(prospects) >= 40 and {c.id for c in prospects} <= {i.customer_id for i in intentions}

    # The services see it so: archived customers leave the list and a card shows the records.
    services = build_services(db, profile)
    actor = services.auth.login("manager", DEMO_PASSWORD)
    listed = services.customers.count(actor, CustomerFilter())
    assert listed == 3000 - len(archived)
    card = services.customers.get(actor, intentions[0].customer_id)
    assert intentions[0].id in [i.id for i in card.intentions]
    assert card.intentions[0].created_by != ""
    with_memos = next(m.customer_id for m in memos if m.customer_id not in archived)
    assert services.customers.delete(actor, with_memos) == "archived"


def test_command_refuses_to_overwrite_without_force(tmp_path, capsys, open_demo):
    root = tmp_path / "p"
    assert main(["demo", "--profile", str(root), "--customers", "20"]) == 0
    assert "20 customers in" in capsys.readouterr().err
    assert main(["demo", "--profile", str(root), "--customers", "30"]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["demo", "--profile", str(root), "--customers", "30", "--force"]) == 0
    open_demo(root)
    assert Customer.select().count() == 30


def test_command_refuses_a_folder_that_is_not_a_profile(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["demo", "--profile", str(tmp_path), "--force"]) == 2
    assert "not a Yuntian profile" in capsys.readouterr().err
    assert (tmp_path / "notes.txt").exists()


@pytest.mark.slow
@pytest.mark.server
@pytest.mark.parametrize("engine", ["postgresql", "mysql"])
def test_demo_on_a_server_database_matches_sqlite(engine, make_profile, tmp_path, open_demo):
    make_demo(tmp_path / "local", customers=150, seed=3)
    open_demo(tmp_path / "local")
    expected = digest()

    server = make_profile(engine, name=f"demo-{engine}")
    make_demo(server.root, customers=150, seed=3)
    profile, db = open_demo(server.root)
    assert digest() == expected
    services = build_services(db, profile)
    services.auth.login("tech", DEMO_PASSWORD)
    assert services.numbering.next_code("customer") == "KH000151"
    # New rows get ids after the demo's explicit ones (PostgreSQL's sequence was moved on).
    group = CustomerGroup.get(CustomerGroup.name == "普通客户")
    added = Customer.create(code="KH000151", name="新客户", group=group)
    assert added.id == 151

    make_demo(server.root, customers=40, seed=3, force=True)
    open_demo(server.root)
    assert Customer.select().count() == 40
