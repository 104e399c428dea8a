"""Lookup by number, the caller pop's query: who owns this number, best match first."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import login_admin, technician_role
from tests.support.customer_helpers import new_customer, salesperson
from yuntian.config import PROFILE_ENV
from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_types import AddressInput


def names(result) -> list[str]:
    return [row.name for row in result.customers]


def test_a_shared_number_returns_every_owner_best_match_first(services: Services, clock):
    admin = login_admin(services)
    old = new_customer(services, admin, "老客户", "010-6234 5678").customer
    clock.advance(days=1)
    second = new_customer(services, admin, "第二号码", "13800138000", "(010)62345678").customer
    clock.advance(days=1)
    new = new_customer(services, admin, "新客户", "+86 10 6234 5678", "13900139000").customer
    new_customer(services, admin, "无关客户", "010-6234 5679")

    result = services.customer_lookup.lookup(admin, "62345678")

    assert result.number.e164 == "+861062345678"
    assert result.number.region == "北京市"
    # Its first number before a second one; among those, the newest customer first.
    assert [r.id for r in result.customers] == [new.id, old.id, second.id]
    first = result.customers[0]
    assert (first.code, first.phone, first.region) == (new.code, "+86 10 6234 5678", "北京市")
    second_row = result.customers[2]
    assert (second_row.phone, second_row.region) == ("13800138000", "北京市")


def test_rows_are_the_customer_list_rows(services: Services, clock):
    admin = login_admin(services)
    group = services.customer_groups.create_group(admin, "老主顾")
    sales = salesperson(services, admin, "xiaowang", "小王")
    full = new_customer(
        services,
        admin,
        "北京云天科技有限公司",
        "(010)62345678",
        "13800138000",
        addresses=(
            AddressInput("北京市", "北京市", "海淀区", "中关村大街1号"),
            AddressInput("河北省"),
        ),
        group_id=group.id,
        salesperson_id=sales,
    ).customer
    clock.advance(hours=1)
    bare = new_customer(services, admin, "散客", "138 0013 8000").customer

    rows = services.customer_lookup.lookup(admin, "13800138000").customers

    assert rows == services.customers.rows_by_ids(admin, [bare.id, full.id])
    assert (rows[1].phone, rows[1].region, rows[1].group_name, rows[1].salesperson_name) == (
        "(010)62345678",
        "北京市",
        "老主顾",
        "小王",
    )
    assert rows[1].address == "北京市海淀区中关村大街1号"
    assert (rows[0].address, rows[0].group_name, rows[0].salesperson_name) == ("", "", "")


def test_an_archived_customer_is_not_returned(services: Services):
    admin = login_admin(services)
    kept = new_customer(services, admin, "留下", "13800138000").customer
    gone = new_customer(services, admin, "已归档", "138 0013 8000").customer
    services.customer_notes.add_memo(admin, gone.id, "有历史，删除时归档")
    assert services.customers.delete(admin, gone.id) == "archived"

    assert names(services.customer_lookup.lookup(admin, "13800138000")) == ["留下"]

    services.customers.restore(admin, gone.id)
    found = services.customer_lookup.lookup(admin, "13800138000").customers
    assert {r.id for r in found} == {kept.id, gone.id}


@pytest.mark.parametrize(
    "raw",
    [
        "62345678",  # caller ID on a local call: the profile's area code 010 applies
        "010-6234 5678",
        "01062345678",
        "+86 10 6234 5678",
        "008610 62345678",
        "０１０－６２３４５６７８",
        "17951 010 62345678",
        "13800138000",
        "013800138000",
        "+86 138 0013 8000",
        "8613800138000",
        "１３８００１３８０００",
        "12593 13800138000",
    ],
)
def test_every_shape_of_a_number_finds_the_same_customer(sqlite_services, raw):
    services = sqlite_services
    admin = login_admin(services)
    customer = new_customer(services, admin, "张三丰", "(010)62345678", "138-0013-8000").customer
    result = services.customer_lookup.lookup(admin, raw)
    assert [r.id for r in result.customers] == [customer.id]


def test_an_unknown_number_returns_nobody_but_says_where_it_is(services: Services):
    admin = login_admin(services)
    new_customer(services, admin, "北京客户", "010-6234 5678")
    result = services.customer_lookup.lookup(admin, "0755-8765 4321")
    assert result.customers == []
    assert (result.number.e164, result.number.kind, result.number.region) == (
        "+8675587654321",
        "landline",
        "广东省深圳市",
    )
    mobile = services.customer_lookup.lookup(admin, "13900139000")
    assert mobile.customers == [] and mobile.number.carrier == "中国移动"


@pytest.mark.parametrize("raw", ["P", "O", "Anonymous", "", "   "])
def test_no_number_no_customers(sqlite_services, raw):
    services = sqlite_services
    admin = login_admin(services)
    new_customer(services, admin, "有号码", "13800138000")
    result = services.customer_lookup.lookup(admin, raw)
    assert result.customers == [] and result.number.e164 == ""


def test_blacklisted_owners_are_returned_flagged(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    new_customer(
        services, admin, "骚扰者", "13800138000", blacklisted=True, blacklist_reason="骚扰"
    )
    [row] = services.customer_lookup.lookup(admin, "13800138000").customers
    assert row.blacklisted is True


def test_a_local_number_stored_before_the_area_code_was_set_is_found(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    services.settings.save_local(admin, local_area_code="", language="zh_CN")
    early = new_customer(services, admin, "早期客户", "62345678").customer
    services.settings.save_local(admin, local_area_code="010", language="zh_CN")
    later = new_customer(services, admin, "后来客户", "62345678").customer

    found = services.customer_lookup.lookup(admin, "010-62345678").customers
    assert {r.id for r in found} == {early.id, later.id}
    # another city's line with the same local digits is somebody else
    assert services.customer_lookup.lookup(admin, "0755-62345678").customers == []


def test_every_signed_in_user_may_look_up(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    new_customer(services, admin, "客户", "13800138000")
    services.users.create_user(admin, "tech", "师傅", "Tech-pass1", [technician_role()])
    tech = services.auth.login("tech", "Tech-pass1")
    assert names(services.customer_lookup.lookup(tech, "13800138000")) == ["客户"]
    nobody = Actor(tech.user_id, tech.username, tech.display_name, frozenset())
    assert names(services.customer_lookup.lookup(nobody, "13800138000")) == ["客户"]


# --- the command ------------------------------------------------------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != PROFILE_ENV}
    return subprocess.run(
        [sys.executable, "-m", "yuntian", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def demo_profile(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("lookup") / "demo"
    result = run_cli("demo", "--customers", "300", "--profile", str(root))
    assert result.returncode == 0, result.stderr
    return root


@pytest.mark.slow
def test_lookup_command_prints_the_owners_of_a_shared_number(demo_profile):
    with sqlite3.connect(demo_profile / "yuntian.sqlite") as conn:
        number, raw, owners = conn.execute(
            "SELECT p.number, MIN(p.raw), COUNT(DISTINCT p.customer_id) FROM customer_phone p "
            "JOIN customer c ON c.id = p.customer_id WHERE NOT c.archived "
            "GROUP BY p.number HAVING COUNT(DISTINCT p.customer_id) > 1 ORDER BY p.number LIMIT 1"
        ).fetchone()
        codes = {
            code
            for (code,) in conn.execute(
                "SELECT c.code FROM customer c JOIN customer_phone p ON p.customer_id = c.id "
                "WHERE p.number = ? AND NOT c.archived",
                (number,),
            )
        }
    result = run_cli("lookup", raw, "--profile", str(demo_profile))
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    data = json.loads(line)
    assert data["number"]["e164"] == number
    assert data["number"]["valid"] is True and data["number"]["region"]
    assert len(data["customers"]) == owners
    assert {c["code"] for c in data["customers"]} == codes
    for customer in data["customers"]:
        assert {"id", "code", "name", "phone", "region", "blacklisted", "created_at"} <= set(
            customer
        )


@pytest.mark.slow
def test_lookup_command_unknown_and_private_numbers(demo_profile):
    result = run_cli("lookup", "P", "--profile", str(demo_profile))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "number": {
            "raw": "P",
            "e164": "",
            "valid": False,
            "kind": "private",
            "region": "",
            "carrier": "",
        },
        "customers": [],
    }
    unknown = json.loads(run_cli("lookup", "0755-0000 0000", "--profile", str(demo_profile)).stdout)
    assert unknown["customers"] == []
