"""A connection check's answer (yuntian.db.connection_check) and the password's home in plain
words for the person at the PC; the driver's own words go to the log, not on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from yuntian.credentials import PasswordPlace
from yuntian.db.connection_check import CheckKind, CheckResult


def _tr(text: str) -> str:
    return QCoreApplication.translate("DatabaseCheck", text)


def check_text(result: CheckResult) -> str:
    """One or two sentences: what is wrong and what to do about it."""
    host, port = result.host, result.port or ""
    database, user = result.database, result.user
    schema, latest = result.schema, result.latest
    kind = result.kind
    if kind is CheckKind.OK:
        if result.engine == "sqlite":
            return _tr("The data file can be used ({version}).").format(
                version=result.server_version
            )
        return _tr("Connected to {version}. The database is ready for this Yuntian.").format(
            version=result.server_version
        )
    if kind is CheckKind.EMPTY:
        if result.engine == "sqlite":
            return _tr("The data file does not exist yet: Yuntian creates it when it starts.")
        return _tr(
            "Connected to {version}. The database {database} is empty: Yuntian sets it up "
            "when it starts."
        ).format(version=result.server_version, database=database)
    texts = {
        CheckKind.HOST_NOT_FOUND: _tr(
            "The server name {host} is not known on this network. Check the spelling, or "
            "enter the server's IP address."
        ),
        CheckKind.UNREACHABLE: _tr(
            "No database server answers at {host}, port {port}. Check that the server PC is "
            "on, that the database service runs there, and that its firewall lets port {port} "
            "through."
        ),
        CheckKind.LOGIN_FAILED: _tr(
            "The server {host} refused the login: the user name {user} or the password is wrong."
        ),
        CheckKind.NO_RIGHTS: _tr(
            "The user {user} may not use the database {database} on {host}. Ask whoever set up "
            "the server to grant it."
        ),
        CheckKind.DATABASE_MISSING: _tr(
            "The server {host} has no database named {database}. Check the name, or create the "
            "database on the server first."
        ),
        CheckKind.SCHEMA_OLDER: _tr(
            "The database was made by an older Yuntian (data version {schema}; this Yuntian uses "
            "{latest}). It can be upgraded: Upgrade database brings it up to date (a data file "
            "is backed up first)."
        ),
        CheckKind.SCHEMA_NEWER: _tr(
            "The database was made by a newer Yuntian (data version {schema}; this Yuntian only "
            "knows up to {latest}). Install the newer Yuntian on this PC before using it."
        ),
        CheckKind.NOT_YUNTIAN: _tr(
            "This is not a Yuntian database: it holds another program's data. Choose another "
            "database, or an empty one."
        ),
        CheckKind.DRIVER_MISSING: _tr(
            "This Yuntian was installed without support for this database server. Reinstall "
            "it with server support."
        ),
        CheckKind.BAD_URL: _tr("The connection settings are incomplete or invalid."),
        CheckKind.FAILED: _tr("The database could not be opened."),
    }
    return texts[kind].format(
        host=host, port=port, user=user, database=database, schema=schema, latest=latest
    )


def place_text(place: PasswordPlace) -> str:
    if place is PasswordPlace.KEYRING:
        return _tr("the system credential manager")
    return _tr("a private file in this PC's configuration folder")
