"""Schema 13: stations (the PCs sharing one server database) and the events they send.

``station`` holds one row per PC, found by ``station_key`` (made once on the PC, config.toml):
who is signed in there, the lines its devices serve and the lines it wants pop-ups for, and
``last_seen`` written by the heartbeat with the server's clock (PCs' clocks disagree).
``station_event`` is the mailbox of MariaDB and SQLite, read ``WHERE id > last ORDER BY id`` (the
primary key is the index that reading needs), and of PostgreSQL for a payload too large for
NOTIFY; ``created_at`` (server clock) is indexed so old events are pruned by a range delete.
"""

from __future__ import annotations

import peewee as pw

NAME = "stations and station events"


class _Base(pw.Model):
    class Meta:
        legacy_table_names = False


class Station(_Base):
    station_key = pw.CharField(max_length=32, unique=True)
    name = pw.CharField(max_length=64, default="")
    host = pw.CharField(max_length=64, default="")
    user_id = pw.IntegerField(null=True)  # no foreign key: a deleted user must not fail presence
    user_name = pw.CharField(max_length=64, default="")
    lines_served = pw.CharField(max_length=32, default="")  # "1,2": this PC's devices' lines
    lines_wanted = pw.CharField(max_length=32, default="")  # popup_lines
    online = pw.BooleanField(default=False)  # false at a clean exit; else last_seen decides
    started_at = pw.DateTimeField(null=True)
    last_seen = pw.DateTimeField(null=True)


class StationEvent(_Base):
    id = pw.BigAutoField()
    created_at = pw.DateTimeField(index=True)
    station = pw.CharField(max_length=32)
    kind = pw.CharField(max_length=16)
    payload = pw.TextField()


TABLES = (Station, StationEvent)


def apply(db: pw.Database) -> None:
    with db.bind_ctx(TABLES):
        db.create_tables(TABLES, safe=True)
