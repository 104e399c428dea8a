"""Test connection says exactly what is wrong, on the real PostgreSQL and MariaDB servers (and a
private PostgreSQL that asks for passwords: the shared test server trusts 127.0.0.1)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from tests.conftest import PG_ADMIN, ServerDatabases
from yuntian.db import migrations
from yuntian.db.connection import make_database
from yuntian.db.connection_check import TIMEOUT_SECONDS, CheckKind, check_connection
from yuntian.db.profile_database import upgrade_url
from yuntian.db.server_password import with_password

SERVERS = ("postgresql", "mysql")


@pytest.fixture
def server_db():
    """``server_db(engine, schema=None)`` -> URL of a new database (migrated to ``schema``)."""
    servers = ServerDatabases()
    made: list[tuple[str, str]] = []

    def make(engine: str, schema: int | None = None) -> str:
        url = servers.create(engine)
        made.append((engine, url))
        if schema is not None:
            db = make_database(url)
            try:
                migrations.upgrade(db, target=schema)
            finally:
                db.close()
        return url

    yield make
    for engine, url in made:
        servers.drop(engine, url)


def _sql(url: str, *statements: str) -> None:
    db = make_database(url)
    try:
        for statement in statements:
            db.execute_sql(statement)
    finally:
        db.close()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _move_port(url: str, port: int) -> str:
    head, _, rest = url.partition("@")
    host_port, _, path = rest.partition("/")
    return f"{head}@{host_port.rsplit(':', 1)[0]}:{port}/{path}"


@pytest.mark.server
@pytest.mark.parametrize("engine", SERVERS)
def test_a_closed_port_is_unreachable_and_named(server_db, engine):
    port = _closed_port()
    started = time.monotonic()
    result = check_connection(_move_port(server_db(engine), port))
    assert result.kind is CheckKind.UNREACHABLE
    assert (result.host, result.port) == ("127.0.0.1", port)
    assert f"127.0.0.1:{port}" in result.message
    assert time.monotonic() - started < TIMEOUT_SECONDS


@pytest.mark.server
@pytest.mark.parametrize("engine", SERVERS)
def test_an_unknown_host_name_is_said_so(server_db, engine):
    url = server_db(engine).replace("127.0.0.1", "no-such-host.invalid")
    result = check_connection(url)
    assert result.kind is CheckKind.HOST_NOT_FOUND
    assert "no-such-host.invalid" in result.message


@pytest.mark.server
@pytest.mark.parametrize("engine", SERVERS)
def test_a_missing_database_is_named(server_db, engine):
    url = server_db(engine).rsplit("/", 1)[0] + "/yt_not_there"
    result = check_connection(url)
    assert result.kind is CheckKind.DATABASE_MISSING
    assert result.database == "yt_not_there" and "yt_not_there" in result.message


@pytest.mark.server
def test_a_wrong_mariadb_password_is_a_refused_login(server_db):
    url = server_db("mysql")
    user = f"yt_pw_{uuid.uuid4().hex[:8]}"
    name = url.rsplit("/", 1)[1]
    _sql(
        url,
        f"CREATE USER '{user}'@'127.0.0.1' IDENTIFIED BY 'right-one'",
        f"GRANT ALL ON `{name}`.* TO '{user}'@'127.0.0.1'",
    )
    try:
        login = f"mysql://{user}@127.0.0.1:3306/{name}"
        wrong = check_connection(with_password(login, "wrong-one"))
        assert wrong.kind is CheckKind.LOGIN_FAILED
        assert wrong.user == user and user in wrong.message
        assert check_connection(with_password(login, "right-one")).kind is CheckKind.EMPTY
    finally:
        _sql(url, f"DROP USER '{user}'@'127.0.0.1'")


@pytest.mark.server
def test_an_unknown_postgresql_role_is_a_refused_login(server_db):
    url = server_db("postgresql").replace("postgres@", "yt_nobody@")
    assert check_connection(url).kind is CheckKind.LOGIN_FAILED


def _initdb() -> str | None:
    found = shutil.which("initdb") or sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return found if isinstance(found, str) else (found[-1] if found else None)


@pytest.fixture(scope="module")
def password_postgres():
    """A private PostgreSQL cluster that asks for a password (scram-sha-256) on a free port."""
    initdb = _initdb()
    if initdb is None:
        pytest.skip("PostgreSQL's initdb is not installed")
    bin_dir = Path(initdb).resolve().parent
    # Not under pytest's folder: as root the cluster runs as postgres, who may not enter it.
    folder = Path(tempfile.mkdtemp(prefix="yt-pgpw-"))
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        run_as = ["runuser", "-u", "postgres", "--"]
        shutil.chown(folder, "postgres")
    (folder / "pw").write_text("right-one\n", encoding="utf-8")
    port = _closed_port()
    data = folder / "data"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "check": True}
    subprocess.run(
        [*run_as, str(bin_dir / "initdb"), "-D", str(data), "-A", "scram-sha-256",
         "--pwfile", str(folder / "pw"), "-U", "postgres"],
        **quiet, timeout=60,
    )  # fmt: skip
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1"
    pg_ctl = [*run_as, str(bin_dir / "pg_ctl"), "-D", str(data)]
    subprocess.run(
        [*pg_ctl, "-o", options, "-l", str(folder / "log"), "-w", "start"], **quiet, timeout=60
    )
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*pg_ctl, "-m", "immediate", "stop"], **quiet, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.server
@pytest.mark.slow
def test_a_wrong_postgresql_password_is_a_refused_login(password_postgres):
    wrong = check_connection(with_password(password_postgres, "wrong-one"))
    assert wrong.kind is CheckKind.LOGIN_FAILED
    assert "postgres" in wrong.message
    assert check_connection(password_postgres).kind is CheckKind.LOGIN_FAILED  # none given
    right = check_connection(with_password(password_postgres, "right-one"))
    assert right.kind is CheckKind.EMPTY and right.server_version.startswith("PostgreSQL")


@pytest.mark.server
@pytest.mark.parametrize("engine", SERVERS)
def test_a_newer_schema_is_refused_naming_both_versions(server_db, engine):
    url = server_db(engine, 1)  # the core tables and the version row are enough
    newer = migrations.LATEST + 3
    _sql(
        url,
        "INSERT INTO schema_version (version, name, applied_at) "
        f"VALUES ({newer}, 'from the future', '2030-01-01 00:00:00')",
    )
    result = check_connection(url)
    assert result.kind is CheckKind.SCHEMA_NEWER
    assert (result.schema, result.latest) == (newer, migrations.LATEST)
    assert str(newer) in result.message and "newer Yuntian" in result.message


@pytest.mark.server
@pytest.mark.slow
@pytest.mark.parametrize("engine", SERVERS)
def test_an_older_schema_is_offered_the_upgrade_which_brings_it_up_to_date(
    server_db, engine, tmp_path
):
    url = server_db(engine, migrations.LATEST - 1)
    result = check_connection(url)
    assert result.kind is CheckKind.SCHEMA_OLDER
    assert (result.schema, result.latest) == (migrations.LATEST - 1, migrations.LATEST)
    upgrade_url(url, tmp_path / "backups")
    ok = check_connection(url)
    assert ok.kind is CheckKind.OK and ok.usable
    assert ok.server_version.split()[0] in ("PostgreSQL", "MariaDB", "MySQL")


@pytest.mark.server
@pytest.mark.parametrize("engine", SERVERS)
def test_another_programs_tables_are_not_a_yuntian_database(server_db, engine):
    url = server_db(engine)
    assert check_connection(url).kind is CheckKind.EMPTY
    _sql(url, "CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    assert check_connection(url).kind is CheckKind.NOT_YUNTIAN


def test_sqlite_files_older_newer_and_foreign(tmp_path):
    path = tmp_path / "shop.sqlite"
    url = f"sqlite:///{path}"
    assert check_connection(url).kind is CheckKind.EMPTY  # made at the first start
    upgrade_url(url, tmp_path / "backups")
    assert check_connection(url).kind is CheckKind.OK
    _sql(url, f"DELETE FROM schema_version WHERE version = {migrations.LATEST}")
    assert check_connection(url).kind is CheckKind.SCHEMA_OLDER
    upgrade_url(url, tmp_path / "backups")  # a populated file is copied first
    assert list((tmp_path / "backups").glob("pre-migration-*.sqlite"))
    _sql(url, f"INSERT INTO schema_version VALUES ({migrations.LATEST + 1}, 'x', '2030-01-01')")
    assert check_connection(url).kind is CheckKind.SCHEMA_NEWER
    other = tmp_path / "other.sqlite"
    _sql(f"sqlite:///{other}", "PRAGMA application_id = 42", "CREATE TABLE t (x)")
    assert check_connection(f"sqlite:///{other}").kind is CheckKind.NOT_YUNTIAN
    (tmp_path / "text.sqlite").write_text("not a database at all, " * 100)
    assert check_connection(f"sqlite:///{tmp_path / 'text.sqlite'}").kind is CheckKind.NOT_YUNTIAN


def test_a_missing_driver_is_said_so(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_pymysql(name, *args, **kwargs):
        if name == "pymysql":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pymysql)
    assert check_connection("mysql://root@127.0.0.1/x").kind is CheckKind.DRIVER_MISSING
    assert PG_ADMIN  # the servers' URLs come from tests.conftest
