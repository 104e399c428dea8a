"""Money typed by a person: exact two-place decimals within what a column holds."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.errors import ValidationError

CENT = Decimal("0.01")
MONEY_MAX = Decimal("9999999999.99")
ZERO = Decimal("0.00")


def money(field: str, value: object, *, allow_negative: bool = False) -> Decimal:
    """``value`` as a Decimal with two places; refused unless finite, whole cents and in range
    (a third decimal place is a typing mistake, not something to round away silently)."""
    try:
        amount = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        amount = Decimal("NaN")
    low = -MONEY_MAX if allow_negative else ZERO
    if not amount.is_finite() or amount != amount.quantize(CENT) or not low <= amount <= MONEY_MAX:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "An amount is a number from {min} to {max} in yuan."),
            min=f"{low:,}",
            max=f"{MONEY_MAX:,}",
        )
    return amount.quantize(CENT)


def cents_to_money(cents: int | None) -> Decimal:
    return Decimal(int(cents or 0)).scaleb(-2).quantize(CENT)
