"""The checksum of a database move sees one value where the engines store it differently,
and sees every change of a value or of the rows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from yuntian.db.move_values import BOOL, DATE, DATETIME, DECIMAL, INT, TEXT, Checksum, Column

COLUMNS = [
    Column("id", INT),
    Column("audited", BOOL),
    Column("taken_at", DATETIME),
    Column("paid_on", DATE),
    Column("budget", DECIMAL, 2),
    Column("name", TEXT),
]
SQLITE_ROW = (7, 1, "2026-11-01 09:30:00", "2026-11-01", 4100, "张三")
POSTGRESQL_ROW = (
    7,
    True,
    dt.datetime(2026, 11, 1, 9, 30),
    dt.date(2026, 11, 1),
    Decimal("4100.00"),
    "张三",
)


def _sum(*rows: tuple) -> str:
    checksum = Checksum(COLUMNS)
    checksum.add(rows)
    return checksum.hex


def test_one_row_stored_by_sqlite_and_by_a_server_has_one_checksum():
    assert _sum(SQLITE_ROW) == _sum(POSTGRESQL_ROW)
    real = (*SQLITE_ROW[:4], 12.3, SQLITE_ROW[5])  # SQLite's REAL for 12.30
    assert _sum(real) == _sum((*POSTGRESQL_ROW[:4], Decimal("12.30"), POSTGRESQL_ROW[5]))


def test_the_order_rows_come_in_does_not_matter():
    other = (8, 0, None, None, None, "李四")
    assert _sum(SQLITE_ROW, other) == _sum(other, POSTGRESQL_ROW)


@pytest.mark.parametrize(
    "changed",
    [
        (7, 0, *SQLITE_ROW[2:]),
        (7, 1, "2026-11-01 09:30:01", *SQLITE_ROW[3:]),
        (*SQLITE_ROW[:4], 4100.01, "张三"),
        (*SQLITE_ROW[:5], "张三 "),
        (*SQLITE_ROW[:5], None),
        (8, *SQLITE_ROW[1:]),
    ],
)
def test_any_changed_value_changes_the_checksum(changed):
    assert _sum(changed) != _sum(SQLITE_ROW)


def test_a_missing_or_repeated_row_changes_the_checksum():
    assert _sum(SQLITE_ROW, SQLITE_ROW) != _sum(SQLITE_ROW)
    assert _sum() != _sum(SQLITE_ROW)
