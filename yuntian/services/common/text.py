"""Cleaning of one-line text typed by a person before it is stored or compared."""

from __future__ import annotations

import re

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.errors import ValidationError

# PostgreSQL refuses NUL in text; tabs and line breaks in a name break lists and print-outs.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def one_line(value: str) -> str:
    """Trimmed, with control characters turned into a space."""
    return _CONTROL.sub(" ", value).strip()


def bounded(field: str, value: str, max_length: int) -> str:
    """``one_line(value)``, refused when longer than its column (SQLite would store it anyway,
    PostgreSQL and MySQL would refuse it with a database error)."""
    value = one_line(value)
    if len(value) > max_length:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "This text is too long: at most {n} characters."),
            n=max_length,
        )
    return value
