"""Shared fixtures: profiles and databases on SQLite and on the real PostgreSQL / MariaDB servers.

Server tests are skipped when a server is unreachable, except under CI=true, where a skip
would hide a missing server and therefore fails.

Property tests take their example counts from one Hypothesis profile, never per test:
``fast`` by default (every run, CI included), ``thorough`` for a long run hunting rare inputs
(``YUNTIAN_HYPOTHESIS=thorough scripts/test``).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import peewee as pw
import pytest
from hypothesis import HealthCheck, settings

from tests.helpers import FakeClock, shop_services
from yuntian import passwords
from yuntian.config import Config, Profile
from yuntian.db.models import database_proxy
from yuntian.db.profile_database import open_profile_database
from yuntian.services import Services

# Examples are drawn inside tests that use function-scoped fixtures (a database per test), and
# some draw slowly (hostile byte streams): both are intended. No deadline: these machines are
# shared and noisy; a hang is caught by the example's own timeouts, not by wall time.
_QUIET = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
settings.register_profile("fast", max_examples=60, deadline=None, suppress_health_check=_QUIET)
settings.register_profile(
    "thorough", max_examples=3000, deadline=None, suppress_health_check=_QUIET
)
settings.load_profile(os.environ.get("YUNTIAN_HYPOTHESIS", "fast"))

# Every test that sets up a shop and signs in pays scrypt twice; at the production cost
# (~50-80 ms each here) that was over a minute of the suite. Tests hash at a cheaper cost;
# a stored hash names its cost, so verifying stays exact. Tests about the cost itself are
# marked real_password_cost.
REAL_SCRYPT_N = passwords._N
TEST_SCRYPT_N = 2**10
passwords._N = TEST_SCRYPT_N
passwords.hash_password.__kwdefaults__["n"] = TEST_SCRYPT_N


@pytest.fixture(autouse=True)
def _real_password_cost(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("real_password_cost"):
        monkeypatch.setattr(passwords, "_N", REAL_SCRYPT_N)
        monkeypatch.setitem(passwords.hash_password.__kwdefaults__, "n", REAL_SCRYPT_N)


@pytest.fixture(autouse=True)
def _no_os_credential_store():
    """No test reads or writes the developer's real credential store: keyring's fail backend
    stands in (no store: passwords go to the profile's private file) unless a test installs
    tests/support/memory_keyring.MemoryKeyring."""
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    yield


PG_ADMIN = os.environ.get("YUNTIAN_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
MY_ADMIN = os.environ.get("YUNTIAN_TEST_MYSQL", "mysql://root@127.0.0.1:3306/test")
ENGINES = ("sqlite", "postgresql", "mysql")


def _unreachable(engine: str, exc: Exception) -> None:
    message = f"{engine} server not reachable: {exc}"
    if os.environ.get("CI") == "true":
        pytest.fail(message + " (CI=true: server tests must run)")
    pytest.skip(message)


class ServerDatabases:
    """Creates and drops throw-away databases on the test servers."""

    def create(self, engine: str, template: str = "template0") -> str:
        """A new database; on PostgreSQL a copy of ``template`` (an empty one by default)."""
        name = f"yt_{uuid.uuid4().hex[:12]}"
        if engine == "postgresql":
            try:
                import psycopg

                with psycopg.connect(_pg_dsn(PG_ADMIN), autocommit=True, connect_timeout=5) as c:
                    c.execute(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE "{template}"')
            except Exception as exc:
                _unreachable(engine, exc)
            return PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
        try:
            import pymysql

            conn = pymysql.connect(
                host="127.0.0.1", port=3306, user="root", password="", connect_timeout=5
            )
            with conn.cursor() as cur:
                cur.execute(
                    f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
                )
            conn.close()
        except Exception as exc:
            _unreachable(engine, exc)
        return MY_ADMIN.rsplit("/", 1)[0] + f"/{name}"

    def copy_mysql(self, template: str) -> str:
        """A new MariaDB database holding what ``template`` holds: each table as SHOW CREATE
        TABLE gives it (keys and foreign keys included), its rows, and the triggers. MariaDB has
        no CREATE DATABASE ... TEMPLATE; this takes ~0.2 s against ~1.3 s of migrating."""
        import pymysql

        url = self.create("mysql")
        name = url.rsplit("/", 1)[1]
        conn = pymysql.connect(host="127.0.0.1", port=3306, user="root", password="", database=name)
        try:
            with conn.cursor() as cur:
                cur.execute("SET SESSION foreign_key_checks = 0")
                cur.execute(f"SHOW FULL TABLES FROM `{template}` WHERE Table_type = 'BASE TABLE'")
                for table, _kind in cur.fetchall():
                    cur.execute(f"SHOW CREATE TABLE `{template}`.`{table}`")
                    cur.execute(cur.fetchone()[1])  # unqualified: made in this database
                    cur.execute(f"INSERT INTO `{table}` SELECT * FROM `{template}`.`{table}`")
                cur.execute(
                    "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS"
                    " WHERE TRIGGER_SCHEMA = %s ORDER BY ACTION_ORDER",
                    (template,),
                )
                for (trigger,) in cur.fetchall():
                    cur.execute(f"SHOW CREATE TRIGGER `{template}`.`{trigger}`")
                    _name, sql_mode, statement, *_ = cur.fetchone()
                    cur.execute("SET SESSION sql_mode = %s", (sql_mode,))
                    cur.execute(statement)
            conn.commit()
        finally:
            conn.close()
        return url

    def drop(self, engine: str, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        if engine == "postgresql":
            import psycopg

            with psycopg.connect(_pg_dsn(PG_ADMIN), autocommit=True) as c:
                c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        else:
            import pymysql

            conn = pymysql.connect(host="127.0.0.1", port=3306, user="root", password="")
            with conn.cursor() as cur:
                cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
            conn.close()


def _pg_dsn(url: str) -> str:
    from urllib.parse import urlsplit

    p = urlsplit(url)
    return f"host={p.hostname} port={p.port or 5432} user={p.username} dbname={p.path[1:]}"


@pytest.fixture(scope="session")
def migrated_template():
    """``migrated_template(engine)`` -> the name of a server database at the latest schema,
    made once per test process: copying it (PostgreSQL: CREATE DATABASE ... TEMPLATE;
    MariaDB: ``ServerDatabases.copy_mysql``) costs a fraction of migrating a new database for
    every test. Tests of the migrations themselves start from empty ones."""
    servers = ServerDatabases()
    made: dict[str, str] = {}

    def template(engine: str) -> str:
        if engine not in made:
            from yuntian.db import migrations
            from yuntian.db.connection import open_database

            url = servers.create(engine)
            db = open_database(url)
            try:
                migrations.upgrade(db)
            finally:
                db.close()
            made[engine] = url
        return made[engine].rsplit("/", 1)[1]

    yield template
    for engine, url in made.items():
        servers.drop(engine, url)


@pytest.fixture
def make_profile(tmp_path: Path, migrated_template):
    """Build a profile folder whose database is on ``engine`` (a fresh, empty database; with
    ``migrated``, on a server, one already at the latest schema)."""
    servers = ServerDatabases()
    created: list[tuple[str, str]] = []

    def make(engine: str = "sqlite", name: str = "profile", *, migrated: bool = False) -> Profile:
        root = tmp_path / name
        url = ""
        if engine == "postgresql" and migrated:
            url = servers.create(engine, template=migrated_template(engine))
            created.append((engine, url))
        elif engine == "mysql" and migrated:
            url = servers.copy_mysql(migrated_template(engine))
            created.append((engine, url))
        elif engine != "sqlite":
            url = servers.create(engine)
            created.append((engine, url))
        profile = Profile(root, Config(database_url=url, local_area_code="010"))
        profile.save()
        return profile

    yield make
    if database_proxy.obj is not None:
        database_proxy.obj.close()
    for engine, url in created:
        servers.drop(engine, url)


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    """Parametrise a test over SQLite, PostgreSQL and MariaDB."""
    return request.param


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services_on(make_profile, clock):
    """``services_on(engine)`` -> Services over a migrated, set-up database on that engine."""
    opened: list[pw.Database] = []

    def build(engine: str = "sqlite") -> Services:
        profile = make_profile(engine, name=f"profile-{engine}-{len(opened)}", migrated=True)
        db = open_profile_database(profile)
        opened.append(db)
        return shop_services(db, profile, clock)

    yield build
    for db in opened:
        db.close()


@pytest.fixture
def services(services_on, engine) -> Services:
    """Services on each engine in turn (the test runs three times)."""
    return services_on(engine)


@pytest.fixture
def sqlite_services(services_on) -> Services:
    return services_on("sqlite")


@pytest.fixture
def pty():
    """A pseudo-terminal pair standing in for a serial port: (master fd, the slave's path).
    The test plays the device on the master; the driver opens the path."""
    master, slave = os.openpty()
    yield master, os.ttyname(slave)
    for fd in (master, slave):
        with contextlib.suppress(OSError):
            os.close(fd)
