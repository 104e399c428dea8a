"""Moving a shop's database between SQLite and the servers (issue 15, item 2): every table
copied and verified, the audit lock and the search working on the target, new ids after the
copied ones, a non-empty target refused, an interrupted move redone."""

from __future__ import annotations

import json

import peewee as pw
import pytest

from yuntian import cli
from yuntian.config import Config, Profile
from yuntian.db import migrations
from yuntian.db.audit_lock import AUDIT_LOCK_MARK
from yuntian.db.connection import make_database
from yuntian.db.models import Customer, PrintTemplate
from yuntian.db.move import MoveRefused, MoveResult, move_database
from yuntian.db.move_target import LIVE_TABLES, MARKER, tables_of

BATCH = 97  # several batches per table, the last one short: the keyset paging is exercised


@pytest.fixture
def shop(demo):
    """A demo shop with rows in every table: audited orders with technicians and history,
    payments, calls with their number index, the search index, a print form."""
    profile, db = demo(150, calls=400)
    with db.atomic():
        PrintTemplate.create(kind="dispatch", name="门店派工单", paper="A4", body="<p>{{x}}</p>")
    counts = {
        t: _count(db, t)
        for t in tables_of(db)
        if not t.startswith("customer_search_") and t not in LIVE_TABLES
    }
    assert all(counts.values()), {t: n for t, n in counts.items() if not n}
    audited = db.execute_sql(
        "SELECT COUNT(*) FROM service_order_technician t"
        " JOIN service_order o ON o.id = t.order_id WHERE o.audited"
    ).fetchone()[0]
    assert audited > 0 and counts["payment"] > 0 and counts["call_number_suffix"] > 0
    return profile, db


def _count(db: pw.Database, table: str) -> int:
    return db.execute_sql(f"SELECT COUNT(*) FROM {table.join(db.quote)}").fetchone()[0]


def _open(url: str) -> pw.Database:
    db = make_database(url)
    db.connect()
    return db


def _sums(result: MoveResult, side: str) -> dict[str, tuple[int, str]]:
    return {c.table: (getattr(c, f"{side}_rows"), getattr(c, f"{side}_sum")) for c in result.checks}


def _search(url: str, root, text: str, capsys) -> set[str]:
    Profile(root, Config(database_url=url)).save()
    capsys.readouterr()
    assert cli.main(["search", text, "--profile", str(root), "--limit", "50"]) == 0
    return {hit["code"] for hit in json.loads(capsys.readouterr().out)}


def _assert_works_like_the_source(source: pw.Database, url: str, tmp_path, capsys) -> None:
    """On the target: audited orders stay locked (their technicians too), a new customer gets
    a new id, and the search box finds what it found in the source."""
    db = _open(url)
    try:
        order = db.execute_sql("SELECT id FROM service_order WHERE audited ORDER BY id").fetchone()
        with pytest.raises(pw.IntegrityError, match=AUDIT_LOCK_MARK), db.atomic():
            db.execute_sql(f"UPDATE service_order SET fee_parts = 1 WHERE id = {order[0]}")
        with pytest.raises(pw.IntegrityError, match=AUDIT_LOCK_MARK), db.atomic():
            db.execute_sql(f"DELETE FROM service_order_technician WHERE order_id = {order[0]}")
        top = db.execute_sql("SELECT MAX(id) FROM customer").fetchone()[0]
        with db.bind_ctx([Customer]), db.atomic():
            new = Customer.create(code="MOVED-1", name="搬家后新客户")
        assert new.id == top + 1
        name, phone = source.execute_sql(
            "SELECT c.name, p.number FROM customer c JOIN customer_phone p"
            " ON p.customer_id = c.id ORDER BY c.id LIMIT 1"
        ).fetchone()
    finally:
        db.close()
    source_url = f"sqlite:///{source.database}"
    for text in (name[:2], name, phone[-6:]):
        here = _search(source_url, tmp_path / "search-source", text, capsys)
        there = _search(url, tmp_path / "search-target", text, capsys)
        assert here and here == there, text


def test_round_trip_sqlite_postgresql_sqlite(shop, make_profile, tmp_path, capsys):
    profile, db = shop
    pg_url = make_profile("postgresql", name="pg").database_url

    there = move_database(db, profile.database_url, pg_url, batch=BATCH)

    assert there.ok, there.checks
    assert {c.table: c.source_rows for c in there.checks} == {
        c.table: _count(db, c.table) for c in there.checks
    }
    pg = _open(pg_url)
    back_url = f"sqlite:///{tmp_path}/back.sqlite"
    try:
        back = move_database(pg, pg_url, back_url, batch=BATCH)
    finally:
        pg.close()
    assert back.ok, back.checks
    assert _sums(back, "target") == _sums(there, "source")  # the same data came back
    assert len(there.checks) >= 27
    _assert_works_like_the_source(db, back_url, tmp_path, capsys)
    _assert_works_like_the_source(db, pg_url, tmp_path, capsys)


def test_sqlite_to_mariadb(shop, make_profile, tmp_path, capsys):
    profile, db = shop
    my_url = make_profile("mysql", name="my").database_url

    result = move_database(db, profile.database_url, my_url, batch=BATCH)

    assert result.ok, result.checks
    assert all(c.source_rows == c.target_rows == _count(db, c.table) for c in result.checks)
    _assert_works_like_the_source(db, my_url, tmp_path, capsys)


def test_a_target_holding_data_is_refused_and_replace_copies_again(shop, tmp_path):
    profile, db = shop
    url = f"sqlite:///{tmp_path}/target.sqlite"
    assert move_database(db, profile.database_url, url).ok
    target = _open(url)
    target.execute_sql("DELETE FROM memo")
    target.close()

    with pytest.raises(MoveRefused, match=r"not empty: it holds a Yuntian database \(schema"):
        move_database(db, profile.database_url, url)
    target = _open(url)
    assert _count(target, "memo") == 0  # untouched by the refused move
    target.close()

    again = move_database(db, profile.database_url, url, replace=True)

    assert again.ok and again.replaced is not None
    target = _open(url)
    assert _count(target, "memo") == _count(db, "memo") > 0
    target.close()


def test_replace_drops_only_yuntians_tables(shop, tmp_path):
    profile, db = shop
    url = f"sqlite:///{tmp_path}/target.sqlite"
    other = _open(url)
    other.execute_sql("CREATE TABLE their_notes (line TEXT)")
    other.execute_sql("INSERT INTO their_notes VALUES ('keep me')")
    other.close()

    with pytest.raises(MoveRefused, match=r"1 other table\(s\) \(their_notes\)"):
        move_database(db, profile.database_url, url)
    assert move_database(db, profile.database_url, url, replace=True).ok

    target = _open(url)
    assert target.execute_sql("SELECT line FROM their_notes").fetchall() == [("keep me",)]
    target.close()


def test_the_profiles_own_database_is_refused_as_target(shop):
    profile, db = shop
    with pytest.raises(MoveRefused, match="the profile's own database"):
        move_database(db, profile.database_url, f"sqlite:///{profile.sqlite_path}")


def test_a_difference_is_reported_and_the_target_stays_marked(shop, tmp_path, monkeypatch):
    profile, db = shop
    url = f"sqlite:///{tmp_path}/target.sqlite"
    from yuntian.db import move

    real = move.reset_sequences

    def and_lose_a_memo(target: pw.Database, tables: list[str]) -> None:
        real(target, tables)
        target.execute_sql("DELETE FROM memo WHERE id = (SELECT MIN(id) FROM memo)")

    monkeypatch.setattr(move, "reset_sequences", and_lose_a_memo)
    result = move_database(db, profile.database_url, url)

    assert not result.ok
    (memo,) = [c for c in result.checks if not c.ok]
    assert (memo.table, memo.target_rows) == ("memo", memo.source_rows - 1)
    target = _open(url)
    assert MARKER in tables_of(target)  # the next move redoes it without --replace
    target.close()
    monkeypatch.setattr(move, "reset_sequences", real)
    redone = move_database(db, profile.database_url, url)
    assert redone.ok and redone.redone is not None


@pytest.mark.parametrize("engine", ["postgresql", "mysql"])
def test_the_source_under_another_host_name_is_refused_even_with_replace(make_profile, engine):
    url = make_profile(engine, name="server").database_url
    source = _open(url)
    migrations.upgrade(source)
    alias = url.replace("127.0.0.1", "localhost")

    with pytest.raises(MoveRefused, match="the profile's own database under another name"):
        move_database(source, url, alias, replace=True)

    assert "customer" in tables_of(source)  # nothing of the source was dropped
    source.close()
