"""Schema 14 on a database with calls (all three engines): calls still open from before have
no station key, so no station would ever close them; the step closes them, leaves ended calls
as they were, and from then on a broadcast call's source key is unique."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from yuntian.db import migrations
from yuntian.db.connection import open_database

T0 = dt.datetime(2026, 11, 27, 9, 30, 0)


def insert_call(db: pw.Database, number: str, ended: dt.datetime | None) -> int:
    p = db.param
    db.execute_sql(
        "INSERT INTO call_log (station, line, line_name, direction, raw_number, number, region,"
        " network_name, privacy, candidates, ring_at, ended_at, duration, missed, recording,"
        f" created_at) VALUES ({', '.join([p] * 16)})",
        ("前台", 1, "", "in", number, "", "", "", "", 0, T0, ended, 5 if ended else None,
         False, "", T0),
    )  # fmt: skip
    return int(db.execute_sql("SELECT MAX(id) FROM call_log").fetchone()[0])


def test_open_calls_are_closed_and_source_keys_are_unique(make_profile, engine):
    profile = make_profile(engine)
    db = open_database(profile.database_url)
    try:
        migrations.upgrade(db, target=11)
        left_open = insert_call(db, "13800138000", None)
        done = insert_call(db, "13800138001", T0 + dt.timedelta(seconds=5))

        migrations.upgrade(db)

        rows = {
            i: (e is not None, d)
            for i, e, d in db.execute_sql("SELECT id, ended_at, duration FROM call_log")
        }
        assert rows == {left_open: (True, None), done: (True, 5)}  # closed, duration unknown
        columns = {c.name for c in db.get_columns("call_log")}
        assert {"station_key", "taken_by_id", "taken_station", "taken_at", "source_key"} <= columns
        keyed = f"UPDATE call_log SET source_key = 'whozz:1' WHERE id = {db.param}"
        db.execute_sql(keyed, (left_open,))
        with pytest.raises(pw.IntegrityError), db.atomic():
            db.execute_sql(keyed, (done,))
    finally:
        db.close()
