"""Who rings in a demo: numbers of demo customers, shared numbers and blacklisted callers.

The demo profile's simulator (``sim:demo``) picks from these, so a newcomer sees every kind
of pop-up within a minute: a known customer, a number two customers share, a blacklisted
caller, and (from the simulator itself) unknown numbers.
"""

from __future__ import annotations

import peewee as pw

SAMPLE = 40


def demo_caller_numbers(db: pw.Database, sample: int = SAMPLE) -> list[str]:
    """Raw numbers as caller ID would send them: digits only, the trunk 0 kept."""
    known = _numbers(
        db,
        "SELECT p.number FROM customer_phone p JOIN customer c ON c.id = p.customer_id"
        " WHERE NOT c.archived AND NOT c.blacklisted AND p.sort = 0"
        f" ORDER BY p.customer_id DESC LIMIT {int(sample)}",
    )
    shared = _numbers(
        db,
        "SELECT number FROM customer_phone GROUP BY number HAVING COUNT(*) > 1"
        f" ORDER BY number LIMIT {max(1, sample // 4)}",
    )
    blacklisted = _numbers(
        db,
        "SELECT p.number FROM customer_phone p JOIN customer c ON c.id = p.customer_id"
        f" WHERE c.blacklisted AND NOT c.archived ORDER BY p.id LIMIT {max(1, sample // 8)}",
    )
    return known + shared + blacklisted


def _numbers(db: pw.Database, sql: str) -> list[str]:
    return [as_dialled(row[0]) for row in db.execute_sql(sql).fetchall() if row[0]]


def as_dialled(e164: str) -> str:
    """ "+8613800138000" -> "13800138000"; "+861062345678" -> "01062345678" (what a Chinese
    exchange sends as caller ID)."""
    if not e164.startswith("+86"):
        return e164.lstrip("+")
    national = e164[3:]
    mobile = len(national) == 11 and national.startswith("1")
    service = national.startswith(("400", "800"))
    return national if mobile or service else "0" + national
