"""Document numbers: prefix + date pattern + zero-padded sequence, e.g. SH20261127-0001.

Every allocation first takes a write lock on the kind's rule row (a no-op UPDATE, which
locks on SQLite, PostgreSQL and MySQL alike), so two PCs asking at the same moment are
serialised and never receive the same number, and the counter rows are never raced for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import peewee as pw

from yuntian.db.models import NumberingCounter, NumberingRule
from yuntian.services.common.audit import Clock

DATE_PATTERNS = ("", "YYYY", "YYYYMM", "YYYYMMDD", "YYMM", "YYMMDD")


@dataclass(frozen=True)
class Rule:
    kind: str
    prefix: str
    date_pattern: str
    digits: int
    version: int = 0  # of the stored rule; 0 while the default applies (schema 12)


def format_period(pattern: str, day: dt.date) -> str:
    return (
        pattern.replace("YYYY", f"{day.year:04d}")
        .replace("YY", f"{day.year % 100:02d}")
        .replace("MM", f"{day.month:02d}")
        .replace("DD", f"{day.day:02d}")
    )


def format_code(rule: Rule, day: dt.date, value: int) -> str:
    period = format_period(rule.date_pattern, day)
    return f"{rule.prefix}{period}{value:0{rule.digits}d}"


def rule_for(kind: str) -> Rule:
    row = NumberingRule.get_or_none(NumberingRule.kind == kind)
    if row is None:
        return Rule(kind, kind[:2].upper(), "YYYYMMDD", 4)
    return Rule(row.kind, row.prefix, row.date_pattern, row.digits, row.version)


class Numbering:
    def __init__(self, db: pw.Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def next_code(self, kind: str, *, taken: Callable[[str], bool] | None = None) -> str:
        """The next unused code of ``kind``; ``taken`` skips codes a document already holds
        (possible after someone changed the rule). Call inside the document's transaction."""
        day = self._clock().date()
        with self._db.atomic():
            self._lock_rule(kind)
            rule = rule_for(kind)
            # Counters are keyed by the rendered stem, so a changed prefix or pattern starts
            # its own sequence instead of continuing another one.
            stem = f"{rule.prefix}{format_period(rule.date_pattern, day)}"[:16]
            while True:
                code = format_code(rule, day, self._increment(kind, stem))
                if taken is None or not taken(code):
                    return code

    def next_codes(
        self, kind: str, count: int, *, taken: Callable[[list[str]], set[str]] | None = None
    ) -> list[str]:
        """``count`` unused codes of ``kind`` in sequence, for bulk creation (imports): one
        counter update per batch instead of one per code. ``taken`` returns the codes of a
        batch that documents already hold. Call inside the documents' transaction."""
        day = self._clock().date()
        codes: list[str] = []
        with self._db.atomic():
            self._lock_rule(kind)
            rule = rule_for(kind)
            stem = f"{rule.prefix}{format_period(rule.date_pattern, day)}"[:16]
            while len(codes) < count:
                need = count - len(codes)
                last = self._increment(kind, stem, need)
                batch = [format_code(rule, day, v) for v in range(last - need + 1, last + 1)]
                clash = taken(batch) if taken is not None else set()
                codes += [code for code in batch if code not in clash]
        return codes

    def _lock_rule(self, kind: str) -> None:
        lock = NumberingRule.update(digits=NumberingRule.digits).where(NumberingRule.kind == kind)
        if lock.execute() == 0:
            default = rule_for(kind)
            NumberingRule.insert(
                kind=kind,
                prefix=default.prefix,
                date_pattern=default.date_pattern,
                digits=default.digits,
            ).on_conflict_ignore().execute()
            lock.execute()

    def _increment(self, kind: str, stem: str, by: int = 1) -> int:
        key = (NumberingCounter.kind == kind) & (NumberingCounter.period == stem)
        updated = (
            NumberingCounter.update(last_value=NumberingCounter.last_value + by)
            .where(key)
            .execute()
        )
        if updated == 0:
            NumberingCounter.insert(kind=kind, period=stem, last_value=by).execute()
            return by
        return NumberingCounter.select(NumberingCounter.last_value).where(key).scalar()
