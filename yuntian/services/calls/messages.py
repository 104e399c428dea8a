"""Messages (留言): who called, for whom, what they want, and whether someone has dealt with it.

Any signed-in user may leave a message, read them and mark them handled; changing one needs
message.edit, deleting message.delete (both audited).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import peewee as pw

from yuntian.db.models import Call, Customer, Message, User
from yuntian.db.transactions import reading
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.calls.call_types import MessageKey, MessageView
from yuntian.services.common.batches import chunks
from yuntian.services.common.changes import Area as A
from yuntian.services.common.changes import announces
from yuntian.services.common.errors import NotFound, ValidationError
from yuntian.services.common.people import user_label
from yuntian.services.common.permissions import Actor, require
from yuntian.services.common.record_versions import (
    Expected,
    StaleRecord,
    claim_version,
    last_change,
)
from yuntian.services.common.service_base import ServiceBase
from yuntian.services.common.text import bounded
from yuntian.services.customers import customer_views as views

TEXT_MAX = 4000
MAX_PAGE = 1000


class MessageService(ServiceBase):
    @announces(A.MESSAGES)
    def create(
        self,
        actor: Actor,
        customer_id: int | None,
        call_id: int | None,
        caller_name: str,
        number: str,
        for_user_id: int | None,
        text: str,
        callback_wanted: bool,
    ) -> MessageView:
        """Leave a message (any signed-in user), e.g. from the pop-up or the customer card.

        ``for_user_id`` None means for anyone. Taken on a call (``call_id``), the call's
        customer and number fill in what is not given. ValidationError (field "text",
        "customer", "call", "for_user", "caller_name", "number") for empty text or a
        customer, call or user that does not exist.
        """
        values = _values(caller_name, number, text, callback_wanted)
        with self._db.atomic():
            if call_id is not None:
                call = Call.get_or_none(Call.id == call_id)
                if call is None:
                    raise ValidationError(
                        "call", QT_TRANSLATE_NOOP("Errors", "This call no longer exists.")
                    )
                if customer_id is None:
                    customer_id = call.customer_id
                values["number"] = values["number"] or call.raw_number
            self._check(customer_id, for_user_id)
            message_id = Message.insert(
                customer=customer_id,
                call=call_id,
                for_user=for_user_id,
                created_by=actor.user_id,
                created_at=self._now(),
                handled=False,
                **values,
            ).execute()
            self._audit.record(
                actor, "message.create", f"#{message_id}", {"text": _summary(values["text"])}
            )
            return self._view(int(message_id))

    @announces(A.MESSAGES)
    def update(
        self,
        actor: Actor,
        message_id: int,
        customer_id: int | None,
        caller_name: str,
        number: str,
        for_user_id: int | None,
        text: str,
        callback_wanted: bool,
        *,
        version: Expected,
    ) -> MessageView:
        """Change a message (message.edit); audited. The call it was taken on stays.
        ``version``: the one the form was loaded from (StaleRecord, nothing written, when the
        message was saved since), or OVERWRITE."""
        require(actor, "message.edit")
        values = _values(caller_name, number, text, callback_wanted)
        with self._db.atomic():
            claim_version(Message, message_id, version, lambda: self._stale(message_id))
            message = _message(message_id)
            self._check(customer_id, for_user_id)
            values |= {"customer": customer_id, "for_user": for_user_id}
            Message.update(**values).where(Message.id == message_id).execute()
            self._audit.record(actor, "message.edit", f"#{message_id}", _summary(message.text))
            return self._view(message_id)

    @announces(A.MESSAGES, ids_from="ids")
    def delete(self, actor: Actor, ids: Sequence[int]) -> int:
        """Delete messages (message.delete); audited. Returns how many were deleted."""
        require(actor, "message.delete")
        wanted = sorted({int(i) for i in ids})
        with self._db.atomic():
            deleted = 0
            for part in chunks(wanted):
                texts = list(
                    Message.select(Message.id, Message.text)
                    .where(Message.id.in_(list(part)))
                    .tuples()
                )
                deleted += Message.delete().where(Message.id.in_(list(part))).execute()
                for mid, text in texts:
                    self._audit.record(actor, "message.delete", f"#{mid}", _summary(text))
            return deleted

    @announces(A.MESSAGES, ids_from="ids")
    def mark_handled(self, actor: Actor, ids: Sequence[int], handled: bool = True) -> int:
        """Mark messages handled (or open again); any signed-in user. Returns how many
        changed; ones already in that state keep their handled time and user."""
        wanted = sorted({int(i) for i in ids})
        if handled:
            values = {"handled": True, "handled_at": self._now(), "handled_by": actor.user_id}
        else:
            values = {"handled": False, "handled_at": None, "handled_by": None}
        changed = 0
        with self._db.atomic():
            for part in chunks(wanted):
                changed += (
                    Message.update(version=Message.version + 1, **values)
                    .where(Message.id.in_(list(part)), Message.handled == (not handled))
                    .execute()
                )
            if changed:
                action = "message.handled" if handled else "message.reopened"
                shown = ", ".join(f"#{i}" for i in wanted[:20]) + (" …" if len(wanted) > 20 else "")
                self._audit.record(actor, action, shown, {"messages": changed})
        return changed

    def list(
        self,
        actor: Actor,
        open_only: bool = True,
        for_user_id: int | None = None,
        after: MessageKey | None = None,
        limit: int = 200,
    ) -> list[MessageView]:
        """Messages newest first (open ones only by default), keyed paging by ``row.key``.
        ``for_user_id`` keeps those for that user and those for anyone."""
        del actor  # every signed-in user reads the messages
        limit = max(1, min(limit, MAX_PAGE))
        query = Message.select(Message.id)
        if open_only:
            query = query.where(Message.handled == False)  # noqa: E712
        if for_user_id is not None:
            query = query.where((Message.for_user == for_user_id) | Message.for_user.is_null())
        if after is not None:
            query = query.where(
                (Message.created_at <= after.created_at)
                & ((Message.created_at < after.created_at) | (Message.id < after.id))
            )
        query = query.order_by(Message.created_at.desc(), Message.id.desc()).limit(limit)
        with reading(self._db):
            return self._views([mid for (mid,) in query.tuples()])

    def open_count(self, actor: Actor, for_user_id: int | None = None) -> int:
        """How many messages are open (the status bar's figure): an indexed count.
        ``for_user_id`` counts those for that user and those for anyone."""
        del actor
        query = Message.select().where(Message.handled == False)  # noqa: E712
        if for_user_id is not None:
            query = query.where((Message.for_user == for_user_id) | Message.for_user.is_null())
        with reading(self._db):
            return query.count()

    def for_customer(self, actor: Actor, customer_id: int, limit: int = 50) -> list[MessageView]:
        """The customer's messages, open and handled, newest first (its card)."""
        del actor
        query = (
            Message.select(Message.id)
            .where(Message.customer == customer_id)
            .order_by(Message.created_at.desc(), Message.id.desc())
            .limit(max(1, min(limit, MAX_PAGE)))
        )
        with reading(self._db):
            return self._views([mid for (mid,) in query.tuples()])

    def get(self, actor: Actor, message_id: int) -> MessageView:
        """One message (NotFound if deleted meanwhile)."""
        del actor
        with reading(self._db):
            return self._view(message_id)

    # --- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _check(customer_id: int | None, for_user_id: int | None) -> None:
        exists = Customer.select().where(Customer.id == customer_id).exists
        if customer_id is not None and not exists():
            raise ValidationError(
                "customer", QT_TRANSLATE_NOOP("Errors", "This customer no longer exists.")
            )
        active = User.select().where(User.id == for_user_id, User.active == True)  # noqa: E712
        if for_user_id is not None and not active.exists():
            raise ValidationError(
                "for_user", QT_TRANSLATE_NOOP("Errors", "This user is not an active user.")
            )

    def _stale(self, message_id: int) -> StaleRecord:
        current = self._view(message_id)
        last = last_change("message.", target=f"#{message_id}")
        who = current.caller_name or current.customer_name or current.number
        return StaleRecord("message", f"#{message_id} {who}".strip(), last, current)

    def _view(self, message_id: int) -> MessageView:
        found = self._views([message_id])
        if not found:
            raise NotFound()
        return found[0]

    @staticmethod
    def _views(ids: list[int]) -> list[MessageView]:
        if not ids:
            return []
        for_user, by, handler = User.alias("for_user"), User.alias("by"), User.alias("handler")
        columns = (
            Message.id, Message.customer, Customer.code, Customer.name, Message.call,
            Message.caller_name, Message.number, Message.for_user, for_user.display_name,
            for_user.username, Message.text, Message.callback_wanted, by.display_name,
            by.username, Message.created_at, Message.handled, Message.handled_at,
            handler.display_name, handler.username, Message.version,
        )  # fmt: skip
        query = (
            Message.select(*columns)
            .join(Customer, pw.JOIN.LEFT_OUTER, on=(Message.customer == Customer.id))
            .join_from(Message, for_user, pw.JOIN.LEFT_OUTER, on=(Message.for_user == for_user.id))
            .join_from(Message, by, pw.JOIN.LEFT_OUTER, on=(Message.created_by == by.id))
            .join_from(Message, handler, pw.JOIN.LEFT_OUTER, on=(Message.handled_by == handler.id))
            .where(Message.id.in_(ids))
            .tuples()
        )
        found = {}
        for (mid, cid, code, name, call_id, caller, number, for_id, for_display, for_name,
             text, callback, by_display, by_name, created, handled, handled_at, h_display,
             h_name, version) in query:  # fmt: skip
            found[mid] = MessageView(
                id=mid,
                customer_id=cid,
                customer_code=code or "",
                customer_name=name or "",
                call_id=call_id,
                caller_name=caller,
                number=number,
                for_user_id=for_id,
                for_user_name=user_label(for_display, for_name),
                text=text,
                callback_wanted=bool(callback),
                created_by=user_label(by_display, by_name),
                created_at=views.as_datetime(created),
                handled=bool(handled),
                handled_at=None if handled_at is None else views.as_datetime(handled_at),
                handled_by=user_label(h_display, h_name),
                version=version,
            )
        return [found[i] for i in ids if i in found]

    def _now(self) -> dt.datetime:
        return self._clock().replace(microsecond=0)


def _values(caller_name: str, number: str, text: str, callback_wanted: bool) -> dict[str, object]:
    text = text.replace("\x00", "").strip()
    if not text:
        raise ValidationError("text", QT_TRANSLATE_NOOP("Errors", "Please enter some text."))
    if len(text) > TEXT_MAX:
        raise ValidationError(
            "text",
            QT_TRANSLATE_NOOP("Errors", "This text is too long: at most {n} characters."),
            n=TEXT_MAX,
        )
    return {
        "caller_name": bounded("caller_name", caller_name, 64),
        "number": bounded("number", number, 64),
        "text": text,
        "callback_wanted": bool(callback_wanted),
    }


def _message(message_id: int) -> Message:
    message = Message.get_or_none(Message.id == message_id)
    if message is None:
        raise NotFound()
    return message


def _summary(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= 60 else line[:59] + "…"
