"""A day typed by a person: ``2025-05-01``, ``20250501``, ``2025/5/1``, ``2025.5.1`` or
``2025年5月1日`` (full-width digits and separators too, as a Chinese input method types them).
Two-digit years are not guessed. Shown back as ``2025-05-01`` (``day_text``)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.errors import ValidationError

YEAR_MIN = 1900  # earlier is a typing mistake in a shop's records
TEXT_MAX = 40  # longer is not a date; never worth normalising

_SEPARATED = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?", re.ASCII
)  # 2025-5-1, 2025/05/01, 2025.5.1, 2025年5月1日
_PACKED = re.compile(r"(\d{4})(\d{2})(\d{2})", re.ASCII)  # 20250501

NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Errors", "“{text}” is not a date. Type it as 2025-05-01, 20250501 or 2025/5/1."
)
NO_DATE = QT_TRANSLATE_NOOP("Errors", "Please enter the date, e.g. 2025-05-01.")


def parse_day(text: str) -> dt.date | None:
    """The day ``text`` names; None when it is empty. ValueError when it is not a day."""
    if len(text) > TEXT_MAX:
        raise ValueError("too long for a date")
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        return None
    match = _SEPARATED.fullmatch(cleaned) or _PACKED.fullmatch(cleaned)
    if match is None:
        raise ValueError(f"not a date: {text!r}")
    year, month, day = (int(part) for part in match.groups())
    if year < YEAR_MIN:
        raise ValueError(f"year before {YEAR_MIN}: {text!r}")
    return dt.date(year, month, day)  # ValueError for 2025-02-30


def read_day(field: str, text: str, *, required: bool = False) -> dt.date | None:
    """``parse_day`` for a form field: ValidationError at ``field`` saying how to type it."""
    try:
        day = parse_day(text)
    except ValueError:
        raise ValidationError(field, NOT_A_DATE, text=text.strip()[:TEXT_MAX]) from None
    if day is None and required:
        raise ValidationError(field, NO_DATE)
    return day


def day_text(day: dt.date | None) -> str:
    """How a day is shown in a field: 2025-05-01; empty for none."""
    return day.isoformat() if day is not None else ""
