"""Schema migrations on a populated database, on SQLite, PostgreSQL and MariaDB.

A shop upgrading Yuntian must keep every user, role, audit entry and setting it had; a failed
step must leave the database as it was, so that it can simply be run again.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import peewee as pw
import pytest

from tests.helpers import ADMIN_PASSWORD, FakeClock
from yuntian.config import Profile
from yuntian.db import migrations
from yuntian.db.connection import open_database
from yuntian.db.migrations import m001_core as v1
from yuntian.db.migrations import m002_customers, m015_parts
from yuntian.db.models import Customer, CustomerGroup, User
from yuntian.db.profile_database import open_profile_database
from yuntian.passwords import hash_password
from yuntian.services import build_services

T0 = dt.datetime(2026, 3, 2, 8, 15, 0)
CLERK_PASSWORD = "Jie-xian-88"
SCHEMA1_DATA = [t for t in v1.TABLES if t is not v1.SchemaVersion]


def populate_schema1(db: pw.Database) -> None:
    """What a shop has after months at schema 1, written through the frozen schema-1 models."""
    fast = 2**10  # a cheaper scrypt cost; the stored hash says which cost to verify with
    with db.bind_ctx(v1.TABLES), db.atomic():
        v1.Setting.update(value="云天家电维修部").where(v1.Setting.key == "shop_name").execute()
        v1.Setting.update(value="1").where(v1.Setting.key == "setup_complete").execute()
        v1.Setting.update(value="5").where(v1.Setting.key == "reminder_lead_days").execute()
        v1.Setting.create(key="local_area_code", value="0755")
        v1.User.update(
            password_hash=hash_password(ADMIN_PASSWORD, n=fast), must_change_password=False
        ).where(v1.User.username == "system").execute()

        storekeeper = v1.Role.create(name="仓管员", description="备件出入库", sort=9)
        for code in ("parts.manage", "stats.view"):
            v1.RolePermission.create(role=storekeeper, code=code)
        roles = {r.key: r for r in v1.Role.select().where(v1.Role.key.is_null(False))}
        people = [
            ("zhangsan", "张三", "receptionist", True, 0, None),
            ("lisi", "李四", "technician", True, 2, None),
            ("wangwu", "王五", "manager", False, 0, T0 + dt.timedelta(minutes=15)),
            ("zhaoliu", "赵六", "technician", True, 0, None),
        ]
        for i, (username, name, role_key, active, failed, locked) in enumerate(people):
            user = v1.User.create(
                username=username,
                display_name=name,
                password_hash=hash_password(CLERK_PASSWORD, n=fast),
                active=active,
                failed_logins=failed,
                locked_until=locked,
                last_login_at=T0 + dt.timedelta(days=i),
                created_at=T0 - dt.timedelta(days=30 - i),
            )
            v1.UserRole.create(user=user, role=roles[role_key])
        v1.UserRole.create(user=v1.User.get(v1.User.username == "zhaoliu"), role=storekeeper)

        users = list(v1.User.select().order_by(v1.User.id))
        for i in range(40):
            user = users[i % len(users)]
            v1.AuditEntry.create(
                at=T0 + dt.timedelta(hours=i),
                user=user if i % 5 else None,  # some rows outlived their user
                username=user.username,
                action=("login", "login.failed", "role.save", "user.update")[i % 4],
                target=f"目标{i}",
                detail=f'第{i}条 detail ‘引号’ "quotes"',
            )
        v1.EnumItem.create(kind="service_type", name="以旧换新", sort=5)
        v1.EnumItem.update(name="上门维修（市内）").where(
            (v1.EnumItem.kind == "service_type") & (v1.EnumItem.name == "上门维修")
        ).execute()
        v1.EnumItem.create(kind="scrap_handler", name="孙七", sort=0)
        v1.NumberingRule.update(prefix="WX").where(
            v1.NumberingRule.kind == "service_order"
        ).execute()
        # counters are keyed by prefix + period
        v1.NumberingCounter.create(kind="service_order", period="WX20260302", last_value=12)


# Enumeration lists a later step seeds (schema 7: payment methods), numbering rules and
# settings (schema 15: the parts' documents); the rest stays as it was.
LATER_ENUM_KINDS = {"payment_method"}
LATER_NUMBERING = set(m015_parts.NUMBERING)
LATER_SETTINGS = {m015_parts.NEGATIVE_STOCK_KEY}


def schema1_rows(db: pw.Database) -> dict[str, list[tuple]]:
    """Every row of every schema-1 table, read through the frozen models, in key order
    (without the enumeration lists later steps add)."""
    with db.bind_ctx(v1.TABLES):
        rows = {
            model._meta.table_name: list(
                model.select().order_by(*model._meta.get_primary_keys()).tuples()
            )
            for model in SCHEMA1_DATA
        }
    rows["enum_item"] = [r for r in rows["enum_item"] if r[1] not in LATER_ENUM_KINDS]
    rows["numbering_rule"] = [r for r in rows["numbering_rule"] if r[0] not in LATER_NUMBERING]
    rows["setting"] = [r for r in rows["setting"] if r[0] not in LATER_SETTINGS]
    return rows


def schema1_database(profile: Profile) -> pw.Database:
    db = open_database(profile.database_url)
    assert migrations.upgrade(db, target=1) == [migrations.STEPS[0]]
    populate_schema1(db)
    return db


def test_populated_schema1_upgrades_to_latest_with_data_intact(make_profile, engine):
    profile = make_profile(engine)
    db = schema1_database(profile)
    before = schema1_rows(db)
    assert len(before["audit_log"]) == 40
    assert len(before["user"]) == 5

    applied = migrations.upgrade(db)

    assert [s.version for s in applied] == [s.version for s in migrations.STEPS[1:]]
    assert migrations.current_version(db) == migrations.LATEST
    assert schema1_rows(db) == before
    cursor = db.execute_sql("SELECT version, name FROM schema_version ORDER BY version")
    assert [tuple(row) for row in cursor.fetchall()] == [
        (s.version, s.name) for s in migrations.STEPS
    ]

    # Today's code works on the upgraded data: old users sign in with their old passwords,
    # keep their roles, and new tables refer to them.
    services = build_services(db, profile, FakeClock(T0 + dt.timedelta(hours=2)))
    assert not services.setup.needs_first_run()
    clerk = services.auth.login("zhaoliu", CLERK_PASSWORD)
    assert clerk.display_name == "赵六"
    assert {"parts.manage", "stats.view", "service.process"} <= clerk.permissions
    assert "users.manage" not in clerk.permissions
    admin = services.auth.login("system", ADMIN_PASSWORD)
    assert "users.manage" in admin.permissions
    assert [e.detail for e in services.audit.entries(admin, action="role.save")][-1] == (
        '第2条 detail ‘引号’ "quotes"'
    )
    assert services.numbering.next_code("service_order") == "WX202603020013"
    Customer.create(
        code="KH000001",
        name="陈先生",
        group=CustomerGroup.get(CustomerGroup.name == "VIP客户"),
        salesperson=User.get(User.username == "zhangsan"),
    )
    assert Customer.get(Customer.code == "KH000001").salesperson.display_name == "张三"


def test_upgrade_again_does_nothing(make_profile, engine):
    profile = make_profile(engine)
    db = schema1_database(profile)
    migrations.upgrade(db)
    rows = schema1_rows(db)

    assert migrations.upgrade(db) == []
    assert migrations.pending_steps(db) == []
    assert schema1_rows(db) == rows
    count = db.execute_sql("SELECT COUNT(*) FROM schema_version").fetchone()[0]
    assert count == len(migrations.STEPS)


def test_sqlite_file_is_copied_before_migrating(make_profile):
    profile = make_profile("sqlite")
    schema1_database(profile).close()

    db = open_profile_database(profile)

    assert migrations.current_version(db) == migrations.LATEST
    copies = sorted(profile.backups_dir.glob("pre-migration-v1-*.sqlite"))
    assert len(copies) == 1
    copy = sqlite3.connect(copies[0])
    try:
        assert copy.execute("SELECT MAX(version) FROM schema_version").fetchone() == (1,)
        tables = {r[0] for r in copy.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "customer" not in tables
        names = {r[0] for r in copy.execute('SELECT display_name FROM "user"')}
        assert {"张三", "李四", "王五", "赵六"} <= names
        assert copy.execute("SELECT COUNT(*) FROM audit_log").fetchone() == (40,)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        copy.close()

    db.close()
    open_profile_database(profile).close()  # nothing pending: no second copy
    assert list(profile.backups_dir.glob("pre-migration-*.sqlite")) == copies


def test_new_sqlite_database_needs_no_copy(make_profile):
    profile = make_profile("sqlite")
    open_profile_database(profile).close()
    assert not list(profile.backups_dir.glob("pre-migration-*"))


def test_schema_newer_than_the_program_is_refused(make_profile, engine):
    profile = make_profile(engine)
    db = open_profile_database(profile)
    newer = migrations.LATEST + 1
    p = db.param
    db.execute_sql(
        f"INSERT INTO schema_version (version, name, applied_at) VALUES ({p}, {p}, {p})",
        (newer, "from a newer Yuntian", T0),
    )

    with pytest.raises(migrations.SchemaTooNewError) as raised:
        migrations.upgrade(db)
    message = str(raised.value)
    assert f"schema {newer}" in message
    assert f"({migrations.LATEST})" in message
    assert "update Yuntian" in message
    db.close()

    with pytest.raises(migrations.SchemaTooNewError):
        open_profile_database(profile)
    assert not list(profile.backups_dir.glob("pre-migration-*"))  # refused before any copy


def test_a_failed_step_leaves_no_trace(make_profile, engine, monkeypatch):
    profile = make_profile(engine)
    db = schema1_database(profile)
    rows = schema1_rows(db)
    tables_before = set(db.get_tables())

    def half_then_crash(db: pw.Database) -> None:
        m002_customers.apply(db)  # creates the customer tables and the default groups
        raise RuntimeError("power cut in the middle of step 2")

    broken = migrations.Step(2, m002_customers.NAME, half_then_crash)
    monkeypatch.setattr(migrations, "STEPS", (migrations.STEPS[0], broken))
    with pytest.raises(RuntimeError, match="power cut"):
        migrations.upgrade(db)

    assert migrations.current_version(db) == 1
    assert schema1_rows(db) == rows
    # SQLite and PostgreSQL roll the DDL back with the transaction. MySQL/MariaDB commit each
    # CREATE TABLE at once (and the rows written after it); there upgrade() drops the tables
    # the failed step created instead, which is what lets the step run again below. Changes
    # such a step made to older tables would stay on MySQL: only the version row is certain.
    assert set(db.get_tables()) == tables_before
    assert not db.table_exists("customer_group")

    monkeypatch.undo()
    assert [s.version for s in migrations.upgrade(db)] == [s.version for s in migrations.STEPS[1:]]
    assert CustomerGroup.select().count() == 3
    assert schema1_rows(db) == rows


def test_several_pcs_migrating_at_once_apply_each_step_once(engine, make_profile):
    """After an update every PC opens the shared database at the same moment."""
    import threading

    from yuntian.db.connection import make_database

    profile = make_profile(engine)
    errors: list[BaseException] = []
    barrier = threading.Barrier(3, timeout=60)

    def pc() -> None:
        db = make_database(profile.database_url)
        try:
            db.connect()
            barrier.wait()
            migrations.upgrade(db)
        except BaseException as exc:  # reported below
            errors.append(exc)
            barrier.abort()  # release the others instead of leaving them waiting
        finally:
            db.close()

    threads = [threading.Thread(target=pc) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    db = make_database(profile.database_url)
    db.connect()
    try:
        rows = db.execute_sql("SELECT version FROM schema_version ORDER BY version").fetchall()
        assert [r[0] for r in rows] == [s.version for s in migrations.STEPS]
        assert db.execute_sql("SELECT COUNT(*) FROM customer_group").fetchone()[0] == 3
    finally:
        db.close()


def test_every_mysql_connection_is_strict(make_profile):
    """Worker threads open their own connections; they must refuse over-long text too."""
    import threading

    from yuntian.db.connection import open_database

    db = open_database(make_profile("mysql").database_url)
    modes: list[str] = []

    def worker() -> None:
        with db.connection_context():
            modes.append(db.execute_sql("SELECT @@SESSION.sql_mode").fetchone()[0])

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert "STRICT_ALL_TABLES" in modes[0]
    db.close()


def test_threads_opening_a_new_sqlite_file_at_once_all_get_in(tmp_path):
    """Switching a new file to WAL takes a lock SQLite does not wait for; before the retry
    about one start in eight failed with "database is locked"."""
    import threading

    from yuntian.db.connection import make_database

    errors: list[BaseException] = []
    for attempt in range(40):
        url = f"sqlite:///{tmp_path / f'new-{attempt}.sqlite'}"
        barrier = threading.Barrier(3)

        def pc(url: str = url, barrier: threading.Barrier = barrier) -> None:
            db = make_database(url)
            barrier.wait()
            try:
                db.connect()
            except BaseException as exc:  # reported below
                errors.append(exc)
            finally:
                db.close()

        threads = [threading.Thread(target=pc) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors, errors
