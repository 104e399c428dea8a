"""保内 / 保外: the warranty end date is the last day covered."""

from __future__ import annotations

import datetime as dt

from yuntian.services.sales.warranty import WarrantyStatus, warranty_status

TODAY = dt.date(2026, 11, 27)


def test_a_warranty_ending_today_still_covers_today_with_one_day_left():
    assert warranty_status(TODAY, TODAY) == WarrantyStatus(True, 1)


def test_a_warranty_that_ended_yesterday_is_expired():
    assert warranty_status(TODAY - dt.timedelta(days=1), TODAY) == WarrantyStatus(False, 0)


def test_days_left_count_today_and_the_end_day():
    assert warranty_status(dt.date(2026, 12, 31), TODAY) == WarrantyStatus(True, 35)
    assert warranty_status(dt.date(2027, 11, 27), TODAY).days_left == 366


def test_a_long_expired_warranty_has_no_days_left():
    assert warranty_status(dt.date(2020, 1, 1), TODAY) == WarrantyStatus(False, 0)


def test_without_a_warranty_end_the_state_is_unknown():
    status = warranty_status(None, TODAY)
    assert status.in_warranty is None and status.days_left == 0
