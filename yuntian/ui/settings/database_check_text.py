"""A connection check's answer (yuntian.db.connection_check) and the password's home in plain
words for the person at the PC; the driver's own words go to the log, not on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from yuntian.credentials import PasswordPlace
from yuntian.db.connection_check import CheckKind, CheckResult


def check_text(result: CheckResult) -> str:
    """One or two sentences: what is wrong and what to do about it."""
    host, port = result.host, result.port or ""
    database, user = result.database, result.user
    schema, latest = result.schema, result.latest
    kind = result.kind
    if kind is CheckKind.OK:
        if result.engine == "sqlite":
            return QCoreApplication.translate(
                "DatabaseCheck", "The data file can be used ({version})."
            ).format(version=result.server_version)
        return QCoreApplication.translate(
            "DatabaseCheck", "Connected to {version}. The database is ready for this Yuntian."
        ).format(version=result.server_version)
    if kind is CheckKind.EMPTY:
        if result.engine == "sqlite":
            return QCoreApplication.translate(
                "DatabaseCheck",
                "The data file does not exist yet: Yuntian creates it when it starts.",
            )
        return QCoreApplication.translate(
            "DatabaseCheck",
            "Connected to {version}. The database {database} is empty: Yuntian sets it up "
            "when it starts.",
        ).format(version=result.server_version, database=database)
    texts = {
        CheckKind.HOST_NOT_FOUND: QCoreApplication.translate(
            "DatabaseCheck",
            "The server name {host} is not known on this network. Check the spelling, or "
            "enter the server's IP address.",
        ),
        CheckKind.UNREACHABLE: QCoreApplication.translate(
            "DatabaseCheck",
            "No database server answers at {host}, port {port}. Check that the server PC is "
            "on, that the database service runs there, and that its firewall lets port {port} "
            "through.",
        ),
        CheckKind.LOGIN_FAILED: QCoreApplication.translate(
            "DatabaseCheck",
            "The server {host} refused the login: the user name {user} or the password is wrong.",
        ),
        CheckKind.NO_RIGHTS: QCoreApplication.translate(
            "DatabaseCheck",
            "The user {user} may not use the database {database} on {host}. Ask whoever set up "
            "the server to grant it.",
        ),
        CheckKind.DATABASE_MISSING: QCoreApplication.translate(
            "DatabaseCheck",
            "The server {host} has no database named {database}. Check the name, or create the "
            "database on the server first.",
        ),
        CheckKind.SCHEMA_OLDER: QCoreApplication.translate(
            "DatabaseCheck",
            "The database was made by an older Yuntian (data version {schema}; this Yuntian uses "
            "{latest}). It can be upgraded: Upgrade database brings it up to date (a data file "
            "is backed up first).",
        ),
        CheckKind.SCHEMA_NEWER: QCoreApplication.translate(
            "DatabaseCheck",
            "The database was made by a newer Yuntian (data version {schema}; this Yuntian only "
            "knows up to {latest}). Install the newer Yuntian on this PC before using it.",
        ),
        CheckKind.NOT_YUNTIAN: QCoreApplication.translate(
            "DatabaseCheck",
            "This is not a Yuntian database: it holds another program's data. Choose another "
            "database, or an empty one.",
        ),
        CheckKind.DRIVER_MISSING: QCoreApplication.translate(
            "DatabaseCheck",
            "This Yuntian was installed without support for this database server. Reinstall "
            "it with server support.",
        ),
        CheckKind.BAD_URL: QCoreApplication.translate(
            "DatabaseCheck", "The connection settings are incomplete or invalid."
        ),
        CheckKind.FAILED: QCoreApplication.translate(
            "DatabaseCheck", "The database could not be opened."
        ),
    }
    return texts[kind].format(
        host=host, port=port, user=user, database=database, schema=schema, latest=latest
    )


def place_text(place: PasswordPlace) -> str:
    if place is PasswordPlace.KEYRING:
        return QCoreApplication.translate("DatabaseCheck", "the system credential manager")
    return QCoreApplication.translate(
        "DatabaseCheck", "a private file in this PC's configuration folder"
    )
