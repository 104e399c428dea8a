"""Schema 14: calls shared between stations (several PCs on one database).

- ``station_key``: the line host's station key (config.toml ``[station] key``, made once; the
  display name in ``station`` may change and two PCs may share a host name). Closing a
  station's open calls at exit and after a crash matches by it.
- ``taken_by`` / ``taken_station`` / ``taken_at``: who took the call (answered it, or opened it
  from a pop-up) and at which station; the first claim wins (a conditional update).
- ``source_key``: the call as the device identifies it where every PC on the LAN hears the
  same device (a Whozz Calling unit's UDP broadcast). Unique (NULLs allowed): each PC that
  hears the call stores it with the same key, and the second finds the first's row.

Calls still open from before this step have no station key, so no station would ever close
them: they are closed here, ended with an unknown duration, as the next start of their
station would have done. On MySQL each statement commits at once: every part checks first,
so the step can run again after a failure.
"""

from __future__ import annotations

import peewee as pw

from yuntian.db.models import now

NAME = "calls shared between stations: station key, taken by, broadcast source"

_COLUMNS = (
    ("station_key", "VARCHAR(64) NOT NULL DEFAULT ''"),
    ("taken_by_id", "INTEGER NULL"),
    ("taken_station", "VARCHAR(64) NOT NULL DEFAULT ''"),
    ("taken_at", "{datetime} NULL"),
    ("source_key", "VARCHAR(128) NULL"),
)


def apply(db: pw.Database) -> None:
    p = db.param
    db.execute_sql(
        f"UPDATE call_log SET ended_at = {p}, duration = NULL, missed = {p} WHERE ended_at IS NULL",
        (now(), False),
    )
    have = {c.name for c in db.get_columns("call_log")}
    datetime = "TIMESTAMP" if isinstance(db, pw.PostgresqlDatabase) else "DATETIME"
    user = "user".join(db.quote)
    for name, kind in _COLUMNS:
        if name in have:
            continue
        spec = kind.format(datetime=datetime)
        if name == "taken_by_id" and isinstance(db, pw.SqliteDatabase):
            spec += f" REFERENCES {user} (id) ON DELETE SET NULL"  # SQLite: only inline
        db.execute_sql(f"ALTER TABLE call_log ADD COLUMN {name} {spec}")
    indexes = {i.name for i in db.get_indexes("call_log")}
    if "call_log_source_key" not in indexes:
        db.execute_sql("CREATE UNIQUE INDEX call_log_source_key ON call_log (source_key)")
    if "call_log_station_key_ended_at" not in indexes:
        # The open calls of a station: read at every start and stop of the call desk.
        db.execute_sql(
            "CREATE INDEX call_log_station_key_ended_at ON call_log (station_key, ended_at)"
        )
    if not isinstance(db, pw.SqliteDatabase) and not _has_key(db):
        db.execute_sql(
            "ALTER TABLE call_log ADD CONSTRAINT call_log_taken_by_fk FOREIGN KEY (taken_by_id)"
            f" REFERENCES {user} (id) ON DELETE SET NULL"
        )


def _has_key(db: pw.Database) -> bool:
    return any(k.column == "taken_by_id" for k in db.get_foreign_keys("call_log"))
