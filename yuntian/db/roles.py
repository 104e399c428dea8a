"""Two server logins for one Yuntian database: an owner and the application (``yuntian db roles``).

The audit lock's triggers hold only against a login that cannot drop or disable them. So the
owner role owns the schema, its tables and trigger functions, and runs the migrations
(``yuntian db upgrade`` with the owner URL); the application role, the one every PC's profile
uses, has data rights only: SELECT, INSERT, UPDATE, DELETE on the tables and USAGE on the
sequences (SELECT too, so that pg_dump can back the database up with it) — no CREATE, ALTER, DROP, TRIGGER, TRUNCATE or REFERENCES, and it is not a member of
the owner role. Run as a superuser (PostgreSQL) or an account with GRANT OPTION and CREATE
USER (MySQL/MariaDB) on the profile's database.

Idempotent: roles are created when missing (with a new random password), otherwise kept with
their passwords unless ``new_passwords``; ownership and rights are set again each time, so a
migration run by mistake as the superuser is put right by running it again.

PostgreSQL: every table, sequence and function in the schema passes to the owner, the schema
too; ``CREATE`` on it is revoked from PUBLIC; default privileges give the application role its
rights on what the owner creates later. MySQL: the owner gets ALL on the database (creating
triggers with binary logging on also needs ``log_bin_trust_function_creators=1``).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from urllib.parse import quote, urlsplit, urlunsplit

import peewee as pw

_NAME = re.compile(r"[a-z_][a-z0-9_]{0,30}")


class RoleSetupError(ValueError):
    """The roles cannot be set up as asked (a bad name, a SQLite database)."""


@dataclass(frozen=True)
class RoleUrls:
    owner_url: str  # the password is "PASSWORD" when the role was kept with its own
    app_url: str
    created: tuple[str, ...]  # the roles created (or given new passwords) now


def setup_roles(
    db: pw.Database,
    url: str,
    *,
    owner: str = "yuntian_owner",
    app: str = "yuntian_app",
    host: str = "%",
    new_passwords: bool = False,
) -> RoleUrls:
    """Create or update the two roles on ``db`` (connected through ``url`` as an
    administrator) and return the URLs to use."""
    for name in (owner, app):
        if not _NAME.fullmatch(name):
            raise RoleSetupError(f"role name {name!r}: use lower-case letters, digits and _")
    if owner == app:
        raise RoleSetupError("the owner and the application role must differ")
    if isinstance(db, pw.PostgresqlDatabase):
        with db.atomic():  # all or nothing
            passwords = _postgresql(db, owner, app, new_passwords)
    elif isinstance(db, pw.MySQLDatabase):
        passwords = _mysql(db, owner, app, host, new_passwords)
    else:
        raise RoleSetupError("roles need a server database; a SQLite file has no logins")
    return RoleUrls(
        _with_login(url, owner, passwords.get(owner)),
        _with_login(url, app, passwords.get(app)),
        tuple(passwords),
    )


def _with_login(url: str, user: str, password: str | None) -> str:
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    if ":" in host:
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    login = f"{quote(user)}:{quote(password or 'PASSWORD')}@"
    return urlunsplit((parts.scheme, f"{login}{host}{port}", parts.path, parts.query, ""))


def _password() -> str:
    return secrets.token_urlsafe(18)  # letters, digits, - and _: safe in SQL and in a URL


def _postgresql(db: pw.PostgresqlDatabase, owner: str, app: str, renew: bool) -> dict[str, str]:
    def run(sql: str) -> list[tuple]:
        cursor = db.execute_sql(sql)
        return list(cursor.fetchall()) if cursor.description else []

    passwords: dict[str, str] = {}
    for role in (owner, app):
        exists = run(f"SELECT 1 FROM pg_roles WHERE rolname = '{role}'")
        if not exists or renew:
            passwords[role] = _password()
            verb = "ALTER" if exists else "CREATE"
            run(f"{verb} ROLE \"{role}\" LOGIN PASSWORD '{passwords[role]}'")
        run(f'ALTER ROLE "{role}" NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS')
    for member, group in ((app, owner), (owner, app)):
        if run(
            "SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid"
            f" JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = '{group}'"
            f" AND u.rolname = '{member}'"
        ):
            run(f'REVOKE "{group}" FROM "{member}"')
    (database, schema) = run("SELECT current_database(), current_schema()")[0]
    s = f'"{schema}"'
    statements = [
        f'GRANT CONNECT, TEMPORARY ON DATABASE "{database}" TO "{owner}", "{app}"',
        f'ALTER SCHEMA {s} OWNER TO "{owner}"',
        f"REVOKE CREATE ON SCHEMA {s} FROM PUBLIC",
        f'REVOKE ALL ON SCHEMA {s} FROM "{app}"',
        f'GRANT USAGE ON SCHEMA {s} TO "{app}"',
    ]
    # Tables first: their serial sequences follow them; then any sequence and function left.
    for (table,) in run(
        f"SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = '{schema}'"
        f" AND tableowner <> '{owner}'"
    ):
        run(f'ALTER TABLE {s}.{table} OWNER TO "{owner}"')
    for (sequence,) in run(
        "SELECT quote_ident(sequencename) FROM pg_sequences"
        f" WHERE schemaname = '{schema}' AND sequenceowner <> '{owner}'"
    ):
        run(f'ALTER SEQUENCE {s}.{sequence} OWNER TO "{owner}"')
    for (function,) in run(
        "SELECT p.oid::regprocedure::text FROM pg_proc p"
        " JOIN pg_namespace n ON n.oid = p.pronamespace"
        f" WHERE n.nspname = '{schema}' AND pg_get_userbyid(p.proowner) <> '{owner}'"
    ):
        run(f'ALTER FUNCTION {function} OWNER TO "{owner}"')
    statements += [
        f'REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM "{app}"',
        f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO "{app}"',
        f'REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM "{app}"',
        # SELECT lets pg_dump read where a sequence stands: the application's login makes
        # the daily backup (yuntian backup). It does not let it change a sequence.
        f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO "{app}"',
        f'ALTER DEFAULT PRIVILEGES FOR ROLE "{owner}" IN SCHEMA {s}'
        f' GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "{app}"',
        f'ALTER DEFAULT PRIVILEGES FOR ROLE "{owner}" IN SCHEMA {s}'
        f' GRANT USAGE, SELECT ON SEQUENCES TO "{app}"',
    ]
    for sql in statements:
        run(sql)
    return passwords


def _mysql(db: pw.MySQLDatabase, owner: str, app: str, host: str, renew: bool) -> dict[str, str]:
    passwords: dict[str, str] = {}
    for role in (owner, app):
        exists = db.execute_sql(
            "SELECT 1 FROM mysql.user WHERE User = %s AND Host = %s", (role, host)
        ).fetchone()
        if not exists or renew:
            passwords[role] = _password()
            verb = "ALTER USER" if exists else "CREATE USER"
            db.execute_sql(f"{verb} %s@%s IDENTIFIED BY %s", (role, host, passwords[role]))
    database = db.execute_sql("SELECT DATABASE()").fetchone()[0]
    on = f"`{database.replace('`', '``')}`.*"
    db.execute_sql("REVOKE ALL PRIVILEGES, GRANT OPTION FROM %s@%s", (app, host))
    db.execute_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {on} TO %s@%s", (app, host))
    db.execute_sql(f"GRANT ALL PRIVILEGES ON {on} TO %s@%s", (owner, host))
    return passwords
