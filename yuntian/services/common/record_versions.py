"""Record versions: a save that started from an older version is refused, never lost.

Every record a user edits has a ``version`` column (schema 12). A form keeps the version it
was loaded from and its save passes it back; the service then writes, inside the action's one
transaction and before anything else of it,

    UPDATE <table> SET version = version + 1 WHERE id = ? AND version = ?

(``claim_version``). When no row matched, someone else saved the record since the form was
opened: ``StaleRecord`` is raised, the transaction rolls back, and nothing of the action is
written. The update itself is the lock: on the servers the second writer waits for the first
one's row lock and then finds the version moved on; on SQLite write transactions begin
IMMEDIATE, so the two saves run one after the other and the same holds between processes.

Paths that mean to overwrite whatever is stored (an import, a command-line tool) pass
``OVERWRITE`` and say so; a UI save always passes the version it was loaded from. Writes that
are not an edit of the whole form (a state change, a number added from a call) bump the
version with ``bump_version`` so that an open editor of the record cannot overwrite them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

import peewee as pw

from yuntian.db.models import AuditEntry, User
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.errors import NotFound, ServiceError


class Overwrite:
    """The explicit "store it whatever the stored version is" of an import or a tool."""

    def __repr__(self) -> str:
        return "OVERWRITE"


OVERWRITE: Final = Overwrite()
# What a save names: the version its form was loaded from, or OVERWRITE.
Expected = int | Overwrite


@dataclass(frozen=True)
class LastChange:
    """Who wrote a record last and when, from the audit trail ("" / None when unknown)."""

    user: str
    at: dt.datetime | None


class StaleRecord(ServiceError):
    """The record changed after the form was loaded; nothing of the save was written.

    ``kind`` names the record type ("customer", "service_order", ...), ``record`` the record
    as a person knows it (its code and name), ``changed_by``/``changed_at`` the last change
    from the audit trail, and ``current`` the stored record as the service's view (what the
    form would show after a reload; its ``version`` is the one to save from)."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{record} was changed by {user} at {time} after you opened it. Nothing was saved; "
        "reload it to see the changes.",
    )

    def __init__(self, kind: str, record: str, last: LastChange, current: object) -> None:
        time = last.at.strftime("%Y-%m-%d %H:%M") if last.at else "?"
        super().__init__(record=record, user=last.user or "?", time=time)
        self.kind = kind
        self.record = record
        self.changed_by = last.user
        self.changed_at = last.at
        self.current = current


def claim_version(
    model: type[pw.Model],
    record_id: int | str,
    expected: Expected,
    stale: Callable[[], StaleRecord],
) -> None:
    """Move the record's version on by one if it is still ``expected``; call first inside the
    action's transaction. Raises NotFound when the record is gone, ``stale()`` when another
    save came first (then nothing may be written: let the exception end the transaction)."""
    if not isinstance(expected, Overwrite | int) or isinstance(expected, bool):
        raise TypeError(f"a save names the version it started from, not {expected!r}")
    key = model._meta.primary_key  # id, or a settings row's key
    query = model.update(version=model.version + 1).where(key == record_id)
    if isinstance(expected, int):
        query = query.where(model.version == expected)
    if query.execute():
        return
    if not model.select().where(key == record_id).exists():
        raise NotFound()
    raise stale()


def bump_version(model: type[pw.Model], record_id: int) -> None:
    """Move the version on for a write that is not a form's save (a state change, a number
    added from a call): an editor opened before it must not overwrite it."""
    model.update(version=model.version + 1).where(model.id == record_id).execute()


def last_change(
    action_prefix: str, *, target: str | None = None, target_prefix: str | None = None
) -> LastChange:
    """The newest audit entry of actions starting with ``action_prefix`` whose target is
    ``target`` (or starts with ``target_prefix``): who (display name first) and when."""
    query = AuditEntry.select(AuditEntry.username, AuditEntry.at, AuditEntry.user).where(
        AuditEntry.action.startswith(action_prefix)
    )
    if target is not None:
        query = query.where(AuditEntry.target == target[:128])
    if target_prefix is not None:
        query = query.where(AuditEntry.target.startswith(target_prefix))
    entry = query.order_by(AuditEntry.id.desc()).first()
    if entry is None:
        return LastChange("", None)
    name = entry.username
    if entry.user_id is not None:
        user = User.select(User.display_name).where(User.id == entry.user_id).first()
        if user is not None and user.display_name:
            name = user.display_name
    return LastChange(name, entry.at)
