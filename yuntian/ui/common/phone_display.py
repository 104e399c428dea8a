"""How every list, card, pop-up and dialog shows a phone number (``phone_text``).

The shop's own area code (a setting of this PC's profile, asked by the first-run wizard) decides
which landlines are shown without their area code. It is read at each call through the
function the session gives, so a changed setting shows on the next repaint; without one (tests
of a single page) numbers are shown with their area codes.
"""

from __future__ import annotations

from collections.abc import Callable

from yuntian.phone_numbers import display_number

_area: Callable[[], str] = str  # -> ""


def use_area_code(area: Callable[[], str]) -> None:
    """Where the shop's area code comes from, e.g. ``lambda: profile.config.local_area_code``."""
    global _area
    _area = area


def area_code() -> str:
    try:
        return _area() or ""
    except Exception:  # a profile being replaced: show the area codes meanwhile
        return ""


def phone_text(raw: str | None) -> str:
    """``raw`` (as typed, imported or sent by caller ID) in the one display format."""
    return display_number(raw, area_code())
