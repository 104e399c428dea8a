"""How values read on a printed form: amounts, dates, and an amount in capital numerals
(大写金额), which Chinese sales slips carry so that a figure cannot be altered by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from yuntian.phone_numbers import display_number
from yuntian.services.common.money import CENT

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL = ("", "拾", "佰", "仟")
_BIG = ("", "万", "亿", "万亿")


def amount(value: Decimal | None) -> str:
    """``1,234.50``; empty for no amount."""
    return "" if value is None else f"{value.quantize(CENT):,}"


def day(value: dt.date | None) -> str:
    return "" if value is None else value.isoformat()


def moment(value: dt.datetime | None) -> str:
    """To the minute: what a slip needs, and it fits a narrow receipt."""
    return "" if value is None else value.strftime("%Y-%m-%d %H:%M")


def phone(raw: str, area_code: str) -> str:
    """The number as every screen shows it, but with the shop's own area code too: the paper
    leaves the shop (a technician dials from a mobile)."""
    return display_number(raw, area_code, local_short=False)


def rmb_upper(value: Decimal) -> str:
    """壹仟贰佰叁拾肆元伍角整 for 1234.50 (up to 9,999 万亿)."""
    value = value.quantize(CENT)
    sign = "负" if value < 0 else ""
    cents = int(abs(value) * 100)
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    if cents == 0:
        return "零元整"
    text = _yuan_upper(yuan) + "元" if yuan else ""
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif fen and yuan:
        text += "零"
    text += _DIGITS[fen] + "分" if fen else "整"
    return sign + text


def _yuan_upper(yuan: int) -> str:
    groups = []  # of four digits, lowest first
    while yuan:
        groups.append(yuan % 10000)
        yuan //= 10000
    if len(groups) > len(_BIG):
        raise ValueError("amount too large for capital numerals")
    text, gap = "", False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            gap = True
            continue
        if text and (gap or group < 1000):
            text += "零"  # 壹万零伍拾, 壹亿零壹
        text += _group_upper(group) + _BIG[index]
        gap = False
    return text


def _group_upper(group: int) -> str:
    text, zero = "", False
    for position in range(3, -1, -1):
        digit = group // 10**position % 10
        if digit == 0:
            zero = bool(text)
            continue
        if zero:
            text += "零"
            zero = False
        text += _DIGITS[digit] + _SMALL[position]
    return text
