"""Whether a purchase is still under warranty (保内 / 保外) on a given day.

The warranty end date (保修期至) is the last day covered: a sale whose warranty ends today is
still in warranty, with one day left. ``today`` is passed in (from the services' clock), so the
answer never depends on when a test runs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class WarrantyStatus:
    """``in_warranty``: None when no warranty end is known. ``days_left``: the days still
    covered, today included (1 on the last day); 0 once expired or unknown."""

    in_warranty: bool | None
    days_left: int = 0


def warranty_status(warranty_end: dt.date | None, today: dt.date) -> WarrantyStatus:
    if warranty_end is None:
        return WarrantyStatus(None)
    days_left = (warranty_end - today).days + 1
    if days_left <= 0:
        return WarrantyStatus(False)
    return WarrantyStatus(True, days_left)
