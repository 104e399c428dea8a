"""The ``yuntian`` command when the PostgreSQL server fails it: a role without rights, a
database dropped in the middle of an import. One line naming the database, a non-zero exit,
no traceback (issue 14, item 8)."""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit

import pytest

from tests.conftest import PG_ADMIN, _pg_dsn
from tests.support.customer_workbooks import simple_workbook
from yuntian import cli
from yuntian.commands import customer_io
from yuntian.config import PROFILE_ENV, Config, Profile

PASSWORD = "Shop-pass-7"


def _admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(_pg_dsn(PG_ADMIN), autocommit=True, connect_timeout=5) as conn:
        conn.execute(sql)


@pytest.fixture
def shop_on_postgresql(make_profile, monkeypatch):
    monkeypatch.delenv(PROFILE_ENV, raising=False)
    monkeypatch.setenv("YUNTIAN_ADMIN_PASSWORD", PASSWORD)
    profile = make_profile("postgresql")
    url = profile.database_url
    root = profile.root.with_name("shop")
    assert cli.main(["init", "--shop", "云天", "--database", url, "--profile", str(root)]) == 0
    return root, url


def _one_line(capsys, *needles: str) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    for needle in needles:
        assert needle in lines[0]
    return lines[0]


def test_a_role_without_rights_gets_one_line(shop_on_postgresql, tmp_path, capsys):
    _, url = shop_on_postgresql
    role = f"yt_norights_{uuid.uuid4().hex[:8]}"
    _admin(f'CREATE ROLE "{role}" LOGIN')
    try:
        parts = urlsplit(url)
        weak = Profile(
            tmp_path / "weak",
            Config(f"postgresql://{role}@{parts.netloc.split('@')[-1]}{parts.path}"),
        )
        weak.save()
        capsys.readouterr()
        for argv in (["lookup", "13800138000"], ["export", "customers", str(tmp_path / "c.xlsx")]):
            assert cli.main([*argv, "--profile", str(weak.root)]) == 2
            _one_line(capsys, f"{role}@", "permission denied")
        assert not (tmp_path / "c.xlsx").exists()
    finally:
        _admin(f'DROP ROLE IF EXISTS "{role}"')


def test_a_database_dropped_during_an_import_gets_one_line(
    shop_on_postgresql, tmp_path, monkeypatch, capsys
):
    root, url = shop_on_postgresql
    name = urlsplit(url).path.lstrip("/")
    book = simple_workbook(tmp_path / "c.xlsx", [[f"客户{i}", f"138{i:08d}"] for i in range(600)])

    def drop(done: int, total: int) -> None:
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    monkeypatch.setattr(customer_io, "_write_progress", drop)
    capsys.readouterr()

    assert cli.main(["import", "customers", str(book), "--profile", str(root)]) == 2
    _one_line(capsys, f"/{name}: ", "connection")
