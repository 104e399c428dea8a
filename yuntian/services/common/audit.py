"""The audit trail: who did what sensitive thing, when.

Every create, change, delete and export a user makes is written here by the service that does
it, in the same transaction (``tests/services/common/test_audit_completeness.py`` holds the
list). The detail is structured: a mapping of plain values (``{"count": 2537}``,
``{"warranty": "out"}``) stored as JSON, which the audit page shows with translated labels and
words; older entries hold free text and show as they are.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from yuntian.db.models import AuditEntry
from yuntian.services.common.permissions import Actor, require

Clock = Callable[[], dt.datetime]
# A detail: the values an entry's reader needs (strings, numbers, booleans; dates, Decimals and
# the like are stored as their text), or free text.
Detail = str | Mapping[str, object]


def encode_detail(detail: Detail) -> str:
    if isinstance(detail, str):
        return detail
    return json.dumps(dict(detail), ensure_ascii=False, separators=(",", ":"), default=str)


def decode_detail(text: str) -> dict[str, object] | None:
    """The fields of a structured detail; None for free text (entries written before)."""
    if not text.startswith("{"):
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: dt.datetime
    username: str
    action: str
    target: str
    detail: str  # as stored: JSON for a structured detail, else free text

    @property
    def fields(self) -> dict[str, object] | None:
        return decode_detail(self.detail)


class AuditTrail:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def record(
        self,
        actor: Actor | None,
        action: str,
        target: str = "",
        detail: Detail = "",
        *,
        username: str = "",
    ) -> None:
        """Write one entry; call inside the caller's transaction so it lands with the change.
        ``detail`` is best a mapping (shown with translated labels), not English text."""
        AuditEntry.create(
            at=self._clock().replace(microsecond=0),
            user=actor.user_id if actor else None,
            username=actor.username if actor else username,
            action=action,
            target=target[:128],
            detail=encode_detail(detail),
        )

    def entries(
        self,
        actor: Actor,
        *,
        action: str | None = None,
        username: str | None = None,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        before_id: int | None = None,
        limit: int = 200,
    ) -> list[AuditRecord]:
        """Newest first, keyed paging: pass the last id seen as ``before_id``."""
        require(actor, "users.manage")
        query = AuditEntry.select().order_by(AuditEntry.id.desc()).limit(limit)
        if action:
            query = query.where(AuditEntry.action == action)
        if username:
            query = query.where(AuditEntry.username == username)
        if since:
            query = query.where(AuditEntry.at >= since)
        if until:
            query = query.where(AuditEntry.at < until)
        if before_id:
            query = query.where(AuditEntry.id < before_id)
        return [AuditRecord(e.id, e.at, e.username, e.action, e.target, e.detail) for e in query]

    def actions(self, actor: Actor) -> list[str]:
        require(actor, "users.manage")
        query = AuditEntry.select(AuditEntry.action).distinct().order_by(AuditEntry.action)
        return [e.action for e in query]
