"""``yuntian backup`` / ``yuntian restore`` on the real PostgreSQL and MariaDB servers (issue 15):
a dump with pg_dump / mariadb-dump into the profile's backups, restored into a new empty
database with the same rows and a working audit lock; a non-empty database refused; the
SQLite rotation; a missing or too old client tool named with what to install; the password
never on a command line nor in the output."""

from __future__ import annotations

import datetime as dt
import io
import os
import stat
import subprocess
import sys
import uuid
from pathlib import Path

import peewee as pw
import pytest

from tests.conftest import ServerDatabases
from tests.db.conftest import app_role_services
from tests.db.test_audit_bypasses import refused, rows
from tests.helpers import login_admin
from tests.support.service_order_helpers import customer, in_state, technician
from yuntian.cli import main
from yuntian.config import Config, Profile
from yuntian.db import migrations
from yuntian.db.backup import daily_backup
from yuntian.db.connection import make_database
from yuntian.services.service_orders.service_order_types import OrderState

SERVERS = ("postgresql", "mysql")
SUFFIX = {"postgresql": ".dump", "mysql": ".sql"}
TOOLS = {"postgresql": ("pg_dump", "pg_restore"), "mysql": ("mariadb-dump", "mariadb")}


@pytest.fixture(params=SERVERS)
def engine(request) -> str:
    """The two servers (``login_services`` and the rest follow it); SQLite has its own tests."""
    return request.param


@pytest.fixture
def empty_databases():
    """``empty_databases(engine)`` -> the superuser's URL of a new, empty database."""
    servers = ServerDatabases()
    made: list[tuple[str, str]] = []

    def make(engine: str) -> str:
        url = servers.create(engine)
        made.append((engine, url))
        return url

    yield make
    for engine, url in made:
        servers.drop(engine, url)


def contents(url: str) -> dict[str, list[tuple]]:
    """Every table's rows in key order."""
    db = make_database(url)
    db.connect()
    try:
        return {
            table: sorted(
                (tuple(map(str, row)) for row in db.execute_sql(f"SELECT * FROM {_q(db, table)}")),
            )
            for table in db.get_tables()
        }
    finally:
        db.close()


def _q(db: pw.Database, name: str) -> str:
    return f"`{name}`" if isinstance(db, pw.MySQLDatabase) else f'"{name}"'


def shop_data(services) -> int:
    """Customers, an audited order with its technician and history: the audited order's id."""
    admin = login_admin(services)
    for _ in range(3):
        customer(services, admin)
    crew = technician(services, admin, "t1", "师傅")
    buyer = customer(services, admin)
    return in_state(services, admin, buyer, OrderState.AUDITED, technician_ids=(crew,)).id


def run_cli(*args: str, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if path is not None:
        env["PATH"] = path
    return subprocess.run(
        [sys.executable, "-m", "yuntian", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).parents[2],
        timeout=120,
    )


def test_backup_and_restore_into_a_new_database(login_services, empty_databases, capsys):
    """As the superuser and as the application login of ``yuntian db roles`` (which may not
    read MariaDB's triggers: the restore installs them again)."""
    services = login_services
    profile = services.profile
    order = shop_data(services)
    before = contents(profile.database_url)

    assert main(["backup", "--profile", str(profile.root)]) == 0
    printed = capsys.readouterr().out
    (dump,) = (profile.backups_dir / "manual").iterdir()
    engine = "postgresql" if profile.database_url.startswith("postgresql") else "mysql"
    assert dump.suffix == SUFFIX[engine]
    assert f"to {dump} (" in printed
    assert stat.S_IMODE(dump.stat().st_mode) == 0o600
    assert not list(profile.backups_dir.rglob("*.partial"))

    target = empty_databases(engine)
    assert main(["restore", str(dump), "--database", target, "--profile", str(profile.root)]) == 0
    printed = capsys.readouterr().out
    assert f"(schema {migrations.LATEST})" in printed
    # MariaDB's application login cannot read triggers: its dump has none, the restore adds them.
    app_on_mariadb = engine == "mysql" and "yt_app_" in profile.database_url
    assert ("installed again" in printed) is app_on_mariadb

    assert contents(target) == before
    db = make_database(target)
    db.connect()
    try:
        # The audit lock holds in the restored database, and new rows get new keys.
        refused(db, f"UPDATE service_order SET fee_parts = 0 WHERE id = {order}")
        db.execute_sql(
            "INSERT INTO audit_log (at, username, action, target, detail)"
            " VALUES ('2026-12-07 10:00:00', 'system', 'test.after', 'x', '{}')"
        )
        (new_id,) = rows(db, "SELECT MAX(id) FROM audit_log")[0]
        assert new_id > max(int(r[0]) for r in before["audit_log"])
    finally:
        db.close()


def test_restore_refuses_a_database_that_is_not_empty(services_on, engine, capsys):
    services = services_on(engine)
    profile = services.profile
    customer(services, login_admin(services))
    assert main(["backup", "--profile", str(profile.root)]) == 0
    (dump,) = (profile.backups_dir / "manual").iterdir()
    before = contents(profile.database_url)
    capsys.readouterr()

    assert main(["restore", str(dump), "--yes", "--profile", str(profile.root)]) == 2

    (line,) = capsys.readouterr().err.splitlines()
    assert "is not empty: it holds a Yuntian database at schema" in line
    assert "with 1 customer (" in line and "restore into a new, empty database" in line
    assert contents(profile.database_url) == before


def test_a_server_dump_is_not_restored_over_a_sqlite_file(make_profile, tmp_path, capsys):
    profile = make_profile("sqlite")
    dump = tmp_path / "yuntian-20261207.dump"
    dump.write_bytes(b"PGDMP\x01\x0e\x00")
    assert main(["restore", str(dump), "--yes", "--profile", str(profile.root)]) == 2
    assert "is a server database's dump" in capsys.readouterr().err
    assert not profile.sqlite_path.exists()


def test_daily_server_dumps_rotate_like_the_sqlite_copies(make_profile, engine):
    profile = make_profile(engine, migrated=True)
    db = make_database(profile.database_url)
    migrations.upgrade(db)
    db.close()
    suffix = SUFFIX[engine]
    daily_dir = profile.backups_dir / "daily"
    daily_dir.mkdir(parents=True)
    old_sqlite = [daily_dir / f"yuntian-202511{d:02d}.sqlite" for d in range(1, 4)]
    for path in old_sqlite:  # the shop's last copies from before it moved to the server
        path.write_text("sqlite")

    start = dt.datetime(2026, 1, 1, 8, 0)
    days = [start + dt.timedelta(days=i) for i in range(10)]
    made = [daily_backup(profile, day) for day in days]
    assert daily_backup(profile, days[-1] + dt.timedelta(hours=3)) is None  # once a day

    assert made == [daily_dir / f"yuntian-{d:%Y%m%d}{suffix}" for d in days]
    kept = sorted(p.name for p in daily_dir.glob(f"*{suffix}"))
    assert kept == [f"yuntian-{d:%Y%m%d}{suffix}" for d in days[-7:]]
    weeks = sorted(p.name for p in (profile.backups_dir / "weekly").iterdir())
    assert weeks == [f"yuntian-2026-W0{w}{suffix}" for w in (1, 2)]
    assert all(p.read_text() == "sqlite" for p in old_sqlite)
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in daily_dir.glob(f"*{suffix}"))


def test_missing_client_tools_say_what_to_install(make_profile, engine, tmp_path):
    profile = make_profile(engine, migrated=True)
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    dump_tool = TOOLS[engine][0]
    package = "postgresql-client" if engine == "postgresql" else "mariadb-client"

    done = run_cli("backup", "--profile", str(profile.root), path=str(empty))

    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"yuntian: {dump_tool} is not installed on this PC")
    assert f"sudo apt install {package}" in line and f"{dump_tool}.exe" in line
    assert not (profile.backups_dir / "manual").exists()

    source = tmp_path / f"x{SUFFIX[engine]}"
    source.write_bytes(b"PGDMP" if engine == "postgresql" else b"-- MariaDB dump\n")
    done = run_cli("restore", str(source), "--profile", str(profile.root), path=str(empty))
    assert done.returncode == 2
    if engine == "postgresql":  # reading the archive needs pg_restore already
        assert done.stderr.startswith("yuntian: pg_restore is not installed on this PC")
    else:
        assert "is incomplete" in done.stderr


def _login_with_password(engine: str, url: str, password: str) -> tuple[str, str]:
    """A login of unique name with ``password`` and every right on ``url``'s database."""
    name = f"yt_pw_{uuid.uuid4().hex[:8]}"
    database = url.rsplit("/", 1)[1]
    db = make_database(url)
    db.connect()
    try:
        if engine == "postgresql":
            db.execute_sql(f"CREATE ROLE {name} LOGIN SUPERUSER PASSWORD '{password}'")
            return name, f"postgresql://{name}:{password}@127.0.0.1/{database}"
        db.execute_sql(f"CREATE USER '{name}'@'%%' IDENTIFIED BY '{password}'")
        db.execute_sql(f"GRANT ALL PRIVILEGES ON `{database}`.* TO '{name}'@'%%'")
        return name, f"mysql://{name}:{password}@127.0.0.1:3306/{database}"
    finally:
        db.close()


def _drop_login(engine: str, url: str, target: str, name: str) -> None:
    for where in (target, url) if engine == "postgresql" else ():
        db = make_database(where)
        db.connect()
        db.execute_sql(f"DROP OWNED BY {name} CASCADE")  # what it restored
        db.close()
    db = make_database(url)
    db.connect()
    try:
        db.execute_sql(
            f"DROP ROLE {name}" if engine == "postgresql" else f"DROP USER '{name}'@'%%'"
        )
    finally:
        db.close()


def _spy(folder: Path, tool: str, log: Path) -> None:
    """``tool`` on PATH that writes down its arguments, the mode of a MySQL option file and
    whether PGPASSWORD is set, then runs the real one."""
    real = subprocess.run(["which", tool], capture_output=True, text=True).stdout.strip()
    script = folder / tool
    script.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$@" >> {log}\n'
        f'for a in "$@"; do case "$a" in --defaults-extra-file=*) '
        f'stat -c "cnf-mode %a" "${{a#*=}}" >> {log};; esac; done\n'
        f'[ -n "$PGPASSWORD" ] && echo "PGPASSWORD set" >> {log}\n'
        f'exec {real} "$@"\n'
    )
    script.chmod(0o755)


def test_the_password_never_reaches_a_command_line_or_the_output(
    make_profile, engine, empty_databases, tmp_path
):
    password = "Pw-" + uuid.uuid4().hex[:10]
    admin = make_profile(engine, name="admin", migrated=True)
    db = make_database(admin.database_url)
    migrations.upgrade(db)
    db.close()
    name, url = _login_with_password(engine, admin.database_url, password)
    target = empty_databases(engine)
    try:
        profile = Profile(tmp_path / "pc", Config(database_url=url))
        profile.save()
        spies, log = tmp_path / "spies", tmp_path / "argv.log"
        spies.mkdir()
        for tool in TOOLS[engine]:
            _spy(spies, tool, log)
        path = f"{spies}:{os.environ['PATH']}"

        backed = run_cli("backup", "--profile", str(profile.root), path=path)
        assert backed.returncode == 0, backed.stderr
        (dump,) = (profile.backups_dir / "manual").iterdir()
        restore_url = url.rsplit("/", 1)[0] + "/" + target.rsplit("/", 1)[1]
        if engine == "mysql":
            _grant(target, name)
        here = ("--profile", str(profile.root))
        restored = run_cli("restore", str(dump), "--database", restore_url, *here, path=path)
        assert restored.returncode == 0, restored.stderr
        # MariaDB checks passwords here (the PostgreSQL test server trusts local logins).
        wrong = url.replace(password, "Wrong-" + password)
        failed = run_cli("backup", "--profile", str(_profile(tmp_path, wrong)), path=path)
        assert failed.returncode == (2 if engine == "mysql" else 0)

        argv = log.read_text()
        assert ("-Fc" if engine == "postgresql" else "--single-transaction") in argv  # seen
        assert password not in argv
        if engine == "postgresql":
            assert "PGPASSWORD set" in argv
        else:
            assert "cnf-mode 600" in argv  # the option file, readable by this user only
            assert "Access denied" in failed.stderr
        for done in (backed, restored, failed):
            assert password not in done.stdout + done.stderr
        assert not list(Path(os.environ.get("TMPDIR", "/tmp")).glob("yuntian-*.cnf"))
    finally:
        _drop_login(engine, admin.database_url, target, name)


def _profile(tmp_path: Path, url: str) -> Path:
    profile = Profile(tmp_path / "wrong", Config(database_url=url))
    profile.save()
    return profile.root


def _grant(url: str, name: str) -> None:
    db = make_database(url)
    db.connect()
    try:
        db.execute_sql(f"GRANT ALL PRIVILEGES ON `{url.rsplit('/', 1)[1]}`.* TO '{name}'@'%%'")
    finally:
        db.close()


def test_a_pg_dump_older_than_the_server_names_both_versions(make_profile, tmp_path):
    """This machine has one PostgreSQL version: pg_dump's own refusal is played back."""
    profile = make_profile("postgresql", migrated=True)
    old = tmp_path / "old-bin"
    old.mkdir()
    (old / "pg_dump").write_text(
        "#!/bin/sh\n"
        "echo 'pg_dump: error: aborting because of server version mismatch' >&2\n"
        "echo 'pg_dump: detail: server version: 17.2; pg_dump version: 15.20' >&2\n"
        "exit 1\n"
    )
    (old / "pg_dump").chmod(0o755)

    done = run_cli("backup", "--profile", str(profile.root), path=f"{old}:{os.environ['PATH']}")

    assert done.returncode == 2
    (line,) = done.stderr.splitlines()
    assert "pg_dump 15.20 is older than the PostgreSQL server (17.2)" in line
    assert "postgresql-client-17" in line
    assert not list(profile.backups_dir.rglob("*.dump*"))


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_restore_asks_for_the_password_a_database_url_leaves_out(
    make_profile, empty_databases, monkeypatch, capsys
):
    """MariaDB checks passwords (the PostgreSQL test server trusts local logins)."""
    source = make_profile("mysql", name="source")
    db = make_database(source.database_url)
    migrations.upgrade(db)
    db.close()
    assert main(["backup", "--profile", str(source.root)]) == 0
    (dump,) = (source.backups_dir / "manual").iterdir()
    password = "Pw-" + uuid.uuid4().hex[:10]
    target = empty_databases("mysql")
    name, url = _login_with_password("mysql", target, password)
    try:
        no_password = url.replace(f":{password}@", "@")
        args = ["restore", str(dump), "--database", no_password, "--profile", str(source.root)]
        assert main(args) == 2  # no terminal to ask on: the server refuses
        assert "Access denied" in capsys.readouterr().err

        asked: list[str] = []
        monkeypatch.setattr(sys, "stdin", _Terminal())
        monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or password)
        assert main(args) == 0
        assert asked == [
            f"Password of mysql://{name}@127.0.0.1:3306/{target.rsplit('/', 1)[1]} (empty: none): "
        ]
        assert password not in capsys.readouterr().out
    finally:
        _drop_login("mysql", target, target, name)


def test_an_application_login_from_an_older_role_setup_is_told_to_rerun_db_roles(
    server_roles, clock, capsys
):
    """Before this version ``yuntian db roles`` gave the application login no SELECT on the
    sequences, which pg_dump reads; running it again does."""
    roles = server_roles("postgresql")
    services = app_role_services(roles, clock)
    db = make_database(roles.admin_url)
    db.connect()
    db.execute_sql(f'REVOKE SELECT ON ALL SEQUENCES IN SCHEMA public FROM "{roles.app}"')
    db.close()
    here = ["--profile", str(services.profile.root)]

    assert main(["backup", *here]) == 2
    assert "run 'yuntian db roles ADMIN_URL' again" in capsys.readouterr().err

    assert main(["db", "roles", roles.admin_url, "--owner", roles.owner, "--app", roles.app]) == 0
    assert main(["backup", *here]) == 0
