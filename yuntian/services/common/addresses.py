"""An address as one line of text."""

from __future__ import annotations


def address_text(province: str, city: str, district: str, street: str) -> str:
    """One line for display; a municipality's province and city are the same word (北京市)."""
    parts = [province]
    if city and city != province:
        parts.append(city)
    parts += [district, street]
    return "".join(p for p in parts if p)
