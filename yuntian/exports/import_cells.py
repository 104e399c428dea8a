"""Turning spreadsheet cells into the text of one customer field, and phone cells into numbers.

Excel is hard on phone numbers: typed into a General cell they become numbers (13800138000, or
1062345678 for 010-62345678, the leading zero gone), wide ones show as 1.38E+10 and, once that
text is saved or typed back, the digits are lost for good. These functions recover what can be
recovered exactly and name what cannot.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.phone_numbers import normalize

# Excel keeps 15 significant digits in a number cell; more were rounded away on entry.
_EXACT_DIGITS = 15
_SCIENTIFIC_TEXT = re.compile(r"[+-]?\d+(?:\.\d*)?[eE][+-]?\d+")
_FLOAT_TEXT = re.compile(r"(\d+)\.0+")  # "13800138000.0": a number cell saved as text
# Several numbers in one cell: "010-62345678，13800138000" (a list, as the export writes it),
# "13800138000 / 13900139000".
_LIST_SEPARATORS = re.compile(r"[，；;、\n]")
_NUMBER_SEPARATORS = re.compile(r"[,/]|\s{2,}")
_MIN_NUMBER_DIGITS = 7

NOT_A_NUMBER = QT_TRANSLATE_NOOP("CustomerImport", "'{value}' is not a phone number.")
SCIENTIFIC_TEXT = QT_TRANSLATE_NOOP(
    "CustomerImport",
    "'{value}' is in scientific notation: the last digits of the number are lost. "
    "Type the whole number into a cell formatted as text.",
)
SCIENTIFIC_CELL = QT_TRANSLATE_NOOP(
    "CustomerImport",
    "The number {value} is shown in scientific notation, so its last digits may have been "
    "lost. Format the column as text and check the number.",
)
TOO_MANY_DIGITS = QT_TRANSLATE_NOOP(
    "CustomerImport",
    "The number cell {value} has more digits than Excel keeps (15): the number is lost. "
    "Type it into a cell formatted as text.",
)
ZERO_RESTORED = QT_TRANSLATE_NOOP(
    "CustomerImport",
    "Excel dropped the leading 0 of {value} (a number cell); it was imported as {number}.",
)


@dataclass(frozen=True)
class CellProblem:
    template: str
    params: dict[str, object]
    warning: bool = False


def cell_text(value: object) -> str:
    """The text a person sees in the cell, for a text field."""
    if value is None:
        return ""
    if value.__class__ is str:  # the common case first
        return value.strip()  # type: ignore[union-attr]
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value).strip()


def phone_numbers(value: object, scientific: bool = False) -> tuple[list[str], list[CellProblem]]:
    """The numbers in one phone cell (several may share a cell), and what is wrong with them.

    ``scientific``: the cell is a number cell shown in scientific notation (its format).
    Whether a text is a phone number at all is the import service's call (the same rule as
    the customer editor); here only what Excel did to the cell is judged.
    """
    if value is None:
        return [], []
    if value.__class__ is str and value.isascii() and value.isdigit():  # "13800138000"
        return [value], []  # type: ignore[list-item]
    if isinstance(value, bool | dt.date | dt.time | dt.timedelta):
        return [], [CellProblem(NOT_A_NUMBER, {"value": cell_text(value)})]
    if isinstance(value, int | float):
        return _number_cell(value, scientific)
    numbers: list[str] = []
    problems: list[CellProblem] = []
    for part in _LIST_SEPARATORS.split(str(value)):
        found, trouble = _text_part(unicodedata.normalize("NFKC", part).strip())
        numbers += found
        problems += trouble
    return numbers, problems


def _text_part(text: str) -> tuple[list[str], list[CellProblem]]:
    if not text:
        return [], []
    if _SCIENTIFIC_TEXT.fullmatch(text):
        return [], [CellProblem(SCIENTIFIC_TEXT, {"value": text})]
    exact = _FLOAT_TEXT.fullmatch(text)
    if exact:
        return _digits_of_number(exact.group(1), text)
    # "/" and "," also occur inside one number, so they only split long enough parts.
    parts = [p.strip() for p in _NUMBER_SEPARATORS.split(text) if p.strip()]
    if len(parts) > 1 and all(_digit_count(p) >= _MIN_NUMBER_DIGITS for p in parts):
        return parts, []
    return [text], []


def _number_cell(value: int | float, scientific: bool) -> tuple[list[str], list[CellProblem]]:
    shown = cell_text(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return [], [CellProblem(NOT_A_NUMBER, {"value": shown})]
        if not value.is_integer() or value < 0:
            return [], [CellProblem(NOT_A_NUMBER, {"value": shown})]
        if abs(value) >= 10**_EXACT_DIGITS:
            return [], [CellProblem(TOO_MANY_DIGITS, {"value": f"{value:.6E}"})]
        value = int(value)
    if value < 0:
        return [], [CellProblem(NOT_A_NUMBER, {"value": shown})]
    if value >= 10**_EXACT_DIGITS:
        return [], [CellProblem(TOO_MANY_DIGITS, {"value": f"{value:.6E}"})]
    if scientific:
        return [], [CellProblem(SCIENTIFIC_CELL, {"value": f"{value:.5E}"})]
    return _digits_of_number(str(value), shown)


def _digits_of_number(digits: str, shown: str) -> tuple[list[str], list[CellProblem]]:
    """A number cell's digits; a landline whose leading 0 Excel dropped gets it back."""
    if _may_have_lost_zero(digits) and not normalize(digits).valid:
        restored = "0" + digits
        info = normalize(restored)
        if info.valid and info.kind == "landline":
            return [restored], [
                CellProblem(ZERO_RESTORED, {"value": shown, "number": restored}, warning=True)
            ]
    return [digits], []


def _may_have_lost_zero(digits: str) -> bool:
    """Area code without its 0 (2-3 digits) plus a 7-8 digit number; not a mobile (cheap test
    first: normalising costs a lookup in phonenumbers' tables)."""
    mobile = len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789"
    return 9 <= len(digits) <= 11 and digits[0] != "0" and not mobile


def _digit_count(text: str) -> int:
    return sum(1 for ch in text if ch.isdigit())


_YES = frozenset({"是", "y", "yes", "true", "1", "√", "✓", "✔", "黑名单", "已拉黑", "拉黑"})
_NO = frozenset({"", "否", "n", "no", "false", "0", "不是", "正常", "-"})
NOT_YES_NO = QT_TRANSLATE_NOOP("CustomerImport", "'{value}' is neither yes nor no (是 / 否).")


def yes_no(value: object) -> tuple[bool, CellProblem | None]:
    if isinstance(value, bool):
        return value, None
    text = unicodedata.normalize("NFKC", cell_text(value)).strip().casefold()
    if text in _YES:
        return True, None
    if text in _NO:
        return False, None
    return False, CellProblem(NOT_YES_NO, {"value": cell_text(value)})
