"""Typed days: every way a shop types one is read, anything else is refused at its field and
nothing crashes."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yuntian.services.common.day_text import YEAR_MIN, day_text, parse_day, read_day
from yuntian.services.common.errors import ValidationError

DAYS = st.dates(min_value=dt.date(YEAR_MIN, 1, 1))


def forms(day: dt.date) -> list[str]:
    y, m, d = day.year, day.month, day.day
    return [
        f"{y:04d}-{m:02d}-{d:02d}",
        f"{y:04d}{m:02d}{d:02d}",
        f"{y}/{m}/{d}",
        f"{y}.{m}.{d}",
        f"{y}-{m}-{d}",
        f"{y}年{m}月{d}日",
        f" {y}/{m:02d}/{d:02d} ",
    ]


@given(day=DAYS)
def test_every_form_of_a_day_reads_back_as_that_day(day):
    for text in forms(day):
        assert parse_day(text) == day, text
        assert read_day("day", text) == day
    assert parse_day(day_text(day)) == day


@given(text=st.text(max_size=60))
def test_any_text_is_a_day_none_or_refused_never_a_crash(text):
    try:
        day = read_day("purchase_date", text)
    except ValidationError as exc:
        assert exc.field == "purchase_date"
        assert str(exc)  # the message formats with the text in it
        return
    assert day is None or day.year >= YEAR_MIN


@given(
    digits=st.text(alphabet="0123456789-/.年月日 ０１２３４５６７８９／", max_size=14),
)
def test_digit_soup_is_a_day_none_or_refused(digits):
    try:
        day = parse_day(digits)
    except ValueError:
        return
    assert day is None or day.year >= YEAR_MIN


def test_the_forms_of_the_issue_and_what_is_refused():
    may_day = dt.date(2025, 5, 1)
    for text in ("2025-05-01", "20250501", "2025/5/1", "2025.5.1", "２０２５／５／１"):
        assert parse_day(text) == may_day, text
    assert parse_day("") is None and parse_day("   ") is None
    for text in ("2025-02-30", "25-5-1", "2025-13-01", "0999-01-01", "2025/5", "5/1/2025", "x"):
        with pytest.raises(ValueError):
            parse_day(text)
    with pytest.raises(ValidationError) as refused:
        read_day("sale_date", "2025-02-30")
    assert refused.value.field == "sale_date" and "2025-02-30" in str(refused.value)
    with pytest.raises(ValidationError) as missing:
        read_day("sale_date", " ", required=True)
    assert missing.value.field == "sale_date"
    assert day_text(may_day) == "2025-05-01" and day_text(None) == ""
