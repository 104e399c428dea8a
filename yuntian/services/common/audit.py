"""The audit trail: who did what sensitive thing, when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from yuntian.db.models import AuditEntry
from yuntian.services.common.permissions import Actor, require

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: dt.datetime
    username: str
    action: str
    target: str
    detail: str


class AuditTrail:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def record(
        self,
        actor: Actor | None,
        action: str,
        target: str = "",
        detail: str = "",
        *,
        username: str = "",
    ) -> None:
        """Write one entry; call inside the caller's transaction so it lands with the change."""
        AuditEntry.create(
            at=self._clock().replace(microsecond=0),
            user=actor.user_id if actor else None,
            username=actor.username if actor else username,
            action=action,
            target=target[:128],
            detail=detail,
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
