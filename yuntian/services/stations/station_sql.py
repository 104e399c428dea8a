"""The few SQL differences the station tables meet, and the stations' own connections.

Links and the heartbeat run on threads of their own with connections of their own (the driver's,
in autocommit): they must never wait behind, or take part in, the transaction of a user's action.
Times come from the database server's clock: the PCs' clocks disagree.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from yuntian.db.connection import describe_url, make_database


@dataclass(frozen=True)
class Dialect:
    engine: str  # sqlite, postgresql, mysql
    param: str  # the driver's placeholder
    now: str  # the server's wall clock, to the second

    def since(self, seconds: float) -> tuple[str, object]:
        """An expression for "the server's clock ``seconds`` ago", and its parameter."""
        if self.engine == "postgresql":
            return "LOCALTIMESTAMP - make_interval(secs => %s)", float(seconds)
        if self.engine == "mysql":
            return "NOW() - INTERVAL %s SECOND", round(seconds)
        return "datetime('now', 'localtime', ?)", f"-{round(seconds)} seconds"


DIALECTS = {
    "postgresql": Dialect("postgresql", "%s", "LOCALTIMESTAMP(0)"),
    "mysql": Dialect("mysql", "%s", "NOW()"),
    "sqlite": Dialect("sqlite", "?", "datetime('now', 'localtime')"),
}


def dialect_of(url: str) -> Dialect:
    return DIALECTS[describe_url(url).engine]


def connect(url: str) -> Any:
    """A new driver connection in autocommit (psycopg, PyMySQL or sqlite3 with the profile's
    pragmas), not bound to the models."""
    conn = make_database(url)._connect()
    if describe_url(url).engine == "sqlite":
        conn.isolation_level = None
    return conn


def close_quietly(conn: Any) -> None:
    if conn is None:
        return
    with contextlib.suppress(Exception):  # already gone with the server; nothing to tell
        conn.close()
