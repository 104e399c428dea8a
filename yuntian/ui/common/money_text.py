"""Money as the tables, totals and forms show it."""

from __future__ import annotations

from decimal import Decimal


def yuan(amount: Decimal) -> str:
    """An amount as people read it: thousands separators, two decimals (12,345.60). The customer
    card puts ¥ before it."""
    return f"{amount:,.2f}"
