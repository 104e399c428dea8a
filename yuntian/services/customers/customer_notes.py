"""Purchase intentions (购买意向, customer.edit) and memos (备忘录, memo.manage) of a customer."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

import peewee as pw

from yuntian.db.models import Customer, Memo, PurchaseIntention
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.audit import AuditTrail, Clock
from yuntian.services.common.changes import Area as A
from yuntian.services.common.changes import ChangeBus, announces
from yuntian.services.common.errors import NotFound, ValidationError
from yuntian.services.common.permissions import Actor, require
from yuntian.services.common.record_versions import (
    Expected,
    StaleRecord,
    claim_version,
    last_change,
)
from yuntian.services.common.text import bounded
from yuntian.services.customers.customer_types import IntentionView, MemoView
from yuntian.services.customers.customer_views import intention_view, memo_view

TEXT_MAX = 4000
BUDGET_MAX = Decimal("9999999999.99")  # DECIMAL(12, 2)


class CustomerNotesService:
    def __init__(
        self, db: pw.Database, audit: AuditTrail, clock: Clock, changes: ChangeBus
    ) -> None:
        self.changes = changes
        self._db = db
        self._audit = audit
        self._clock = clock

    # --- purchase intentions ------------------------------------------------------------

    @announces(A.CUSTOMER_NOTES)
    def add_intention(
        self,
        actor: Actor,
        customer_id: int,
        product: str,
        budget: Decimal | None,
        expected_date: dt.date | None,
        note: str,
    ) -> IntentionView:
        require(actor, "customer.edit")
        values = _intention_values(product, budget, expected_date, note)
        with self._db.atomic():
            customer = _customer(customer_id)
            self._record(actor, "intention.add", customer, {"product": values["product"]})
            intention = PurchaseIntention.create(
                customer=customer_id,
                created_by=actor.user_id,
                created_at=self._now(),
                **values,
            )
            return intention_view(PurchaseIntention.get_by_id(intention.id))

    @announces(A.CUSTOMER_NOTES)
    def update_intention(
        self,
        actor: Actor,
        intention_id: int,
        product: str,
        budget: Decimal | None,
        expected_date: dt.date | None,
        note: str,
        *,
        version: Expected,
    ) -> IntentionView:
        """``version``: the one the form was loaded from (StaleRecord, nothing written, when
        the intention was saved since), or OVERWRITE."""
        require(actor, "customer.edit")
        values = _intention_values(product, budget, expected_date, note)
        with self._db.atomic():
            claim_version(
                PurchaseIntention,
                intention_id,
                version,
                lambda: _stale("intention", intention_view(_get(PurchaseIntention, intention_id))),
            )
            intention = _get(PurchaseIntention, intention_id)
            self._record(
                actor, "intention.edit", intention.customer, {"product": values["product"]}
            )
            for name, value in values.items():
                setattr(intention, name, value)
            intention.save()
            return intention_view(PurchaseIntention.get_by_id(intention_id))

    @announces(A.CUSTOMER_NOTES)
    def delete_intention(self, actor: Actor, intention_id: int) -> None:
        require(actor, "customer.edit")
        with self._db.atomic():
            intention = _get(PurchaseIntention, intention_id)
            self._record(
                actor, "intention.delete", intention.customer, {"product": intention.product}
            )
            intention.delete_instance()

    # --- memos --------------------------------------------------------------------------

    @announces(A.CUSTOMER_NOTES)
    def add_memo(self, actor: Actor, customer_id: int, text: str) -> MemoView:
        require(actor, "memo.manage")
        text = _text("text", text, required=True)
        with self._db.atomic():
            customer = _customer(customer_id)
            self._record(actor, "memo.add", customer, {"text": _short(text)})
            memo = Memo.create(
                customer=customer_id, text=text, created_by=actor.user_id, created_at=self._now()
            )
            return memo_view(Memo.get_by_id(memo.id))

    @announces(A.CUSTOMER_NOTES)
    def update_memo(self, actor: Actor, memo_id: int, text: str, *, version: Expected) -> MemoView:
        """``version``: the one the form was loaded from (StaleRecord, nothing written, when
        the memo was saved since), or OVERWRITE."""
        require(actor, "memo.manage")
        text = _text("text", text, required=True)
        with self._db.atomic():
            claim_version(
                Memo, memo_id, version, lambda: _stale("memo", memo_view(_get(Memo, memo_id)))
            )
            memo = _get(Memo, memo_id)
            if memo.text != text:
                self._record(actor, "memo.edit", memo.customer, {"text": _short(text)})
                memo.text = text
                memo.updated_at = self._now()
                memo.save()
            return memo_view(Memo.get_by_id(memo_id))

    @announces(A.CUSTOMER_NOTES)
    def delete_memo(self, actor: Actor, memo_id: int) -> None:
        require(actor, "memo.manage")
        with self._db.atomic():
            memo = _get(Memo, memo_id)
            self._record(actor, "memo.delete", memo.customer, {"text": _short(memo.text)})
            memo.delete_instance()

    def _now(self) -> dt.datetime:
        return self._clock().replace(microsecond=0)

    def _record(
        self, actor: Actor, action: str, customer: Customer, detail: dict[str, object]
    ) -> None:
        self._audit.record(actor, action, f"{customer.code} {customer.name}", detail)


def _stale(kind: str, current: IntentionView | MemoView) -> StaleRecord:
    """Notes are audited under their customer: the last change is the newest of this kind
    of note on that customer."""
    model = Memo if kind == "memo" else PurchaseIntention
    customer = Customer.get_by_id(model.get_by_id(current.id).customer_id)
    target = f"{customer.code} {customer.name}"
    last = last_change(f"{kind}.", target_prefix=f"{customer.code} ")
    return StaleRecord(kind, target, last, current)


def _short(text: str) -> str:
    """A note as the audit trail shows it: one line, at most 60 characters."""
    line = " ".join(text.split())
    return line if len(line) <= 60 else line[:59] + "…"


def _intention_values(
    product: str, budget: Decimal | None, expected_date: dt.date | None, note: str
) -> dict[str, object]:
    product = bounded("product", product, 128)
    if not product:
        raise ValidationError(
            "product", QT_TRANSLATE_NOOP("Errors", "A purchase intention needs a product.")
        )
    return {
        "product": product,
        "budget": _budget(budget),
        "expected_date": expected_date,
        "note": _text("note", note, required=False),
    }


def _budget(budget: Decimal | int | str | None) -> Decimal | None:
    if budget is None or budget == "":
        return None
    try:
        value = Decimal(str(budget)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        value = Decimal(-1)
    if not value.is_finite() or not Decimal(0) <= value <= BUDGET_MAX:
        raise ValidationError(
            "budget",
            QT_TRANSLATE_NOOP("Errors", "A budget is an amount from 0 to {max}."),
            max=f"{BUDGET_MAX:,}",
        )
    return value


def _text(field: str, text: str, *, required: bool) -> str:
    """Several lines are fine in a memo; NUL is not (PostgreSQL refuses it)."""
    text = text.replace("\x00", "").strip()
    if required and not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Errors", "Please enter some text."))
    if len(text) > TEXT_MAX:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "This text is too long: at most {n} characters."),
            n=TEXT_MAX,
        )
    return text


def _customer(customer_id: int) -> Customer:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound()
    return customer


def _get(model: type[pw.Model], row_id: int) -> pw.Model:
    row = model.get_or_none(model._meta.primary_key == row_id)
    if row is None:
        raise NotFound()
    return row
