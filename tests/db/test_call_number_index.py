"""Schema 9 (the call log's number index, the service orders' fees by date) on a shop's
schema-8 database, on every engine, and what the number index stores for a number."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from yuntian.db import call_number_index, migrations
from yuntian.db.connection import open_database

T0 = dt.datetime(2026, 5, 4, 10, 0, 0)
NUMBERS = ("+8613800138000", "+8613800138000", "+861062345678", "110", "", "4008123456",
           "+442079460958")  # fmt: skip


def test_schema8_upgrades_with_its_calls_indexed_in_batches(make_profile, engine):
    profile = make_profile(engine)
    db = open_database(profile.database_url)
    migrations.upgrade(db, target=8)
    p = db.param
    with db.atomic():
        for i, number in enumerate(NUMBERS):
            db.execute_sql(
                "INSERT INTO call_log (station, line, line_name, direction, raw_number, number,"
                " region, network_name, privacy, candidates, ring_at, missed, recording,"
                f" created_at) VALUES ('', 1, '', 'in', '', {p}, '', '', '', 0, {p}, {p}, '',"
                f" {p})",
                (number, T0 + dt.timedelta(minutes=i), False, T0),
            )

    assert [s.version for s in migrations.upgrade(db, target=9)] == [9]

    fees = ("taken_at", "fee_parts", "fee_service", "fee_transport")
    assert fees in {tuple(i.columns) for i in db.get_indexes("service_order")}

    expected = sorted({n for n in NUMBERS if len(n) >= 4})
    assert call_number_index.indexed_numbers(db) == expected
    assert call_number_index.numbers_starting(db, ["8000"], 10) == ["+8613800138000"]
    assert call_number_index.numbers_starting(db, ["+86106234"], 10) == ["+861062345678"]
    assert call_number_index.numbers_starting(db, ["0"], 1) is None  # more than asked for
    # Built again in batches of two numbers: the same rows.
    db.execute_sql("DELETE FROM call_number_suffix")
    assert call_number_index.build_all(db, batch=2) == len(expected)
    assert call_number_index.indexed_numbers(db) == expected
    db.close()


@given(
    number=st.from_regex(r"\A\+?[0-9]{0,20}\Z"),
    fragment=st.from_regex(r"\A[0-9]{4,8}\Z"),
)
def test_a_fragment_starts_a_stored_suffix_exactly_when_the_number_holds_it(number, fragment):
    keys = call_number_index.suffixes(number)
    assert any(k.startswith(fragment) for k in keys) == (fragment in number)
    assert (number in keys) == (len(number) >= call_number_index.MIN_DIGITS)
