"""After-sales service orders (售后服务单): take (service.process), dispatch, complete, cancel,
audit and un-audit (audit.process), edit, delete (record.delete), and read them.

Permissions: taking, editing an open order, dispatching, completing and cancelling need
service.process; editing a completed order or correcting its completion needs record.edit;
auditing and un-auditing need audit.process; deleting (only a pending or cancelled order)
needs record.delete. Reading needs no code: every signed-in user sees orders, as with sales.
A product not bought here is saved as a purchase record under service.process: it records
history (receivable 0), not a sale.

Every state change goes through ``TRANSITIONS`` and writes a ``ServiceOrderEvent`` (who, when,
from, to); edits write one too (from == to). An audited order is locked in the database
(``yuntian.db.audit_lock``); the service refuses first with a clear message, and maps a
trigger refusal that still happens (another PC audited it a moment ago) to the same message.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import replace
from decimal import Decimal

import peewee as pw

from yuntian.db.audit_lock import is_audit_lock_error
from yuntian.db.models import PartStore, ServiceOrder, ServiceOrderEvent, ServiceOrderTechnician
from yuntian.db.transactions import reading
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common import people
from yuntian.services.common.audit import AuditTrail, Clock, Detail
from yuntian.services.common.changes import Area, ChangeBus, Changes, announces
from yuntian.services.common.errors import NotFound, ValidationError
from yuntian.services.common.money import ZERO
from yuntian.services.common.numbering import Numbering
from yuntian.services.common.permissions import Actor, require
from yuntian.services.common.record_versions import (
    Expected,
    StaleRecord,
    claim_version,
    last_change,
)
from yuntian.services.common.service_base import ServiceBase
from yuntian.services.parts.part_document_rules import NO_STORE
from yuntian.services.parts.part_documents import PartDocumentService
from yuntian.services.parts.part_types import DocKind, Place
from yuntian.services.sales.sales import insert_sale
from yuntian.services.service_orders import service_order_queries as q
from yuntian.services.service_orders import service_order_rules as rules
from yuntian.services.service_orders.maintenance_rules import advance_next_maintenance
from yuntian.services.service_orders.service_order_types import (
    TRANSITIONS,
    CompletionInput,
    OrderAction,
    OrderState,
    ServiceOrderEventView,
    ServiceOrderFilter,
    ServiceOrderInput,
    ServiceOrderKey,
    ServiceOrderView,
    Warranty,
)

MAX_PAGE = 1000
A, S = OrderAction, OrderState

AUDITED = QT_TRANSLATE_NOOP(
    "Errors", "Service order {code} is audited and cannot be changed; un-audit it first."
)
# Why an action is refused in a state TRANSITIONS does not allow (audited aside).
REFUSED: dict[OrderAction, str] = {
    A.EDIT: QT_TRANSLATE_NOOP("Errors", "Service order {code} is cancelled and cannot be changed."),
    A.DISPATCH: QT_TRANSLATE_NOOP(
        "Errors", "Service order {code} cannot be dispatched: only a pending order can be."
    ),
    A.COMPLETE: QT_TRANSLATE_NOOP(
        "Errors", "Service order {code} is cancelled and cannot be completed."
    ),
    A.CANCEL: QT_TRANSLATE_NOOP(
        "Errors",
        "Service order {code} cannot be cancelled: only an order not yet completed can be.",
    ),
    A.AUDIT: QT_TRANSLATE_NOOP(
        "Errors", "Service order {code} cannot be audited: only a completed order can be."
    ),
    A.UNAUDIT: QT_TRANSLATE_NOOP("Errors", "Service order {code} is not audited."),
    A.DELETE: QT_TRANSLATE_NOOP(
        "Errors",
        "Service order {code} cannot be deleted: only a pending or cancelled order can be.",
    ),
}
ALREADY_AUDITED = QT_TRANSLATE_NOOP("Errors", "Service order {code} is already audited.")
AUDITED_DELETE = QT_TRANSLATE_NOOP(
    "Errors", "Service order {code} is audited and cannot be deleted."
)


def _order_also(view: ServiceOrderView, _arguments: object) -> Changes:
    """The customer's card, and the due-maintenance list that shows orders beside purchases."""
    return Changes.of(Area.CUSTOMERS, view.customer_id) | Changes.of(Area.MAINTENANCE)


class ServiceOrderService(ServiceBase):
    def __init__(
        self,
        db: pw.Database,
        audit: AuditTrail,
        clock: Clock,
        numbering: Numbering,
        changes: ChangeBus,
        parts: PartDocumentService | None = None,
    ) -> None:
        super().__init__(db, audit, clock, changes)
        self._numbering = numbering
        self._parts = parts  # the parts used on an order are consumed through it

    # --- reading (every signed-in user) -------------------------------------------------

    def get(self, actor: Actor, order_id: int) -> ServiceOrderView:
        """One order; NotFound when it no longer exists."""
        found = self.get_many(actor, [order_id])
        if not found:
            raise NotFound()
        return found[0]

    def get_many(self, actor: Actor, ids: Sequence[int]) -> list[ServiceOrderView]:
        """These orders in the order given (batch printing); missing ones are left out."""
        del actor
        with reading(self._db):
            return q.views(list(ids), self._now())

    def for_customer(self, actor: Actor, customer_id: int) -> list[ServiceOrderView]:
        """The customer's orders, newest first (the card's Service tab)."""
        return self._all(actor, ServiceOrderFilter(customer_id=customer_id))

    def for_sale(self, actor: Actor, sale_id: int) -> list[ServiceOrderView]:
        """The orders for one purchase, newest first (earlier orders for the same product)."""
        return self._all(actor, ServiceOrderFilter(sale_id=sale_id))

    def open_for_customer(self, actor: Actor, customer_id: int) -> list[ServiceOrderView]:
        """The customer's pending and dispatched orders, newest first (the caller pop-up)."""
        del actor
        with reading(self._db):
            ids = [i for (i,) in q.OPEN_FOR_CUSTOMER.run(self._db, customer=customer_id)]
            return q.views(ids, self._now()) if ids else []

    def page(
        self,
        actor: Actor,
        flt: ServiceOrderFilter,
        after: ServiceOrderKey | None = None,
        limit: int = 200,
    ) -> list[ServiceOrderView]:
        """Newest order first (by the time it was taken), continuing after ``after``."""
        del actor
        limit = max(1, min(limit, MAX_PAGE))
        now = self._now()
        query = q.filtered(ServiceOrder.select(ServiceOrder.id), flt, now)
        if after is not None:
            query = query.where(
                (ServiceOrder.taken_at <= after.taken_at)
                & ((ServiceOrder.taken_at < after.taken_at) | (ServiceOrder.id < after.id))
            )
        with reading(self._db):
            ids = [i for (i,) in q.newest_first(query).limit(limit).tuples()]
            return q.views(ids, now)

    @staticmethod
    def page_key(row: ServiceOrderView) -> ServiceOrderKey:
        return ServiceOrderKey(row.taken_at, row.id)

    def counts_by_state(self, actor: Actor, flt: ServiceOrderFilter) -> dict[OrderState, int]:
        """How many orders the filter lets through in each state (every state present; the
        filter's own ``state`` is ignored): the counts beside the list's state tabs."""
        del actor
        with reading(self._db):
            return q.counts_by_state(replace(flt, state=None), self._now())

    def events(self, actor: Actor, order_id: int) -> list[ServiceOrderEventView]:
        """The order's history, oldest first: every state change and edit, who and when."""
        del actor
        with reading(self._db):
            q.order_rows([order_id])
            return q.events(order_id)

    def technicians(self, actor: Actor) -> list[tuple[int, str]]:
        """(id, name) of the active users who do service work, to assign and filter by, by
        pinyin; a signed-in technician finds themself here (their list starts on their own)."""
        del actor
        with reading(self._db):
            return people.technicians()

    # --- changing -----------------------------------------------------------------------

    @announces(Area.SERVICE_ORDERS, also=_order_also)
    def create(
        self,
        actor: Actor,
        data: ServiceOrderInput,
        *,
        maintenance_due: dt.date | None = None,
    ) -> ServiceOrderView:
        """Take an order (pending). ``maintenance_due``: the due date a generated maintenance
        order serves; one per purchase and date (a second is refused, field
        "maintenance_due"). ValidationError names the field to fix."""
        require(actor, "service.process")
        text = rules.order_text(data)
        now = self._now()
        with self._guard([]):
            customer = rules.check_customer(data.customer_id)
            values = self._order_values(actor, data, text, now.date(), None, now)
            phone, address = rules.customer_contact(customer)
            values["contact_name"] = values["contact_name"] or customer.name[:64]
            values["contact_phone"] = values["contact_phone"] or phone
            values["address"] = values["address"] or address
            if maintenance_due is not None:
                rules.check_maintenance(values["sale"], maintenance_due)
            code = self._numbering.next_code(
                "service_order",
                taken=lambda c: ServiceOrder.select().where(ServiceOrder.code == c).exists(),
            )
            try:
                with self._db.atomic():  # a savepoint: a clash leaves the transaction usable
                    order_id = ServiceOrder.insert(
                        code=code,
                        state=S.PENDING.value,
                        taken_by=actor.user_id,
                        taken_at=now,
                        maintenance_due=maintenance_due,
                        created_at=now,
                        updated_at=now,
                        **values,
                    ).execute()
            except pw.IntegrityError:
                if maintenance_due is not None:
                    rules.check_maintenance(values["sale"], maintenance_due)
                raise
            q.set_technicians(int(order_id), text.technician_ids)
            q.add_event(actor.user_id, int(order_id), None, S.PENDING, now)
            self._audit.record(actor, "service_order.create", code, _summary(values))
            return q.views([int(order_id)], now)[0]

    @announces(Area.SERVICE_ORDERS, also=_order_also)
    def update(
        self, actor: Actor, order_id: int, data: ServiceOrderInput, *, version: Expected
    ) -> ServiceOrderView:
        """Change what was taken (service.process while pending or dispatched, record.edit
        once completed; refused when cancelled or audited). ``version``: the one the form was
        loaded from (StaleRecord, nothing written, when the order was saved since)."""
        text = rules.order_text(data)
        now = self._now()
        with self._guard([order_id]):
            order = self._locked([order_id])[order_id]
            state = self._check(order, A.EDIT)
            require(actor, "record.edit" if state is S.COMPLETED else "service.process")
            claim_version(ServiceOrder, order_id, version, lambda: self._stale(order_id, now))
            rules.check_customer(data.customer_id)
            values = self._order_values(
                actor, data, text, order.taken_at.date(), order.sale_id, now
            )
            q.set_technicians(order_id, text.technician_ids)
            self._move(actor, order, A.EDIT, now, detail=_summary(values), claimed=True, **values)
            return q.views([order_id], now)[0]

    @announces(Area.SERVICE_ORDERS)
    def dispatch(self, actor: Actor, ids: Sequence[int]) -> list[ServiceOrderView]:
        """Pending → dispatched (出单派工), e.g. on printing the dispatch slip; orders already
        dispatched are left as they are (a reprint). All or nothing: a completed, audited or
        cancelled one refuses the lot, naming the first."""
        require(actor, "service.process")
        wanted = _unique(ids)
        now = self._now()
        with self._guard(wanted):
            orders = self._locked(wanted)
            moving = []
            for i in wanted:
                if orders[i].state != S.DISPATCHED.value:
                    self._check(orders[i], A.DISPATCH)
                    moving.append(i)
            for i in moving:
                self._move(
                    actor,
                    orders[i],
                    A.DISPATCH,
                    now,
                    dispatched_by=actor.user_id,
                    dispatched_at=now,
                )
            return q.views(wanted, now)

    @announces(Area.SERVICE_ORDERS, also=_order_also)
    def complete(
        self, actor: Actor, order_id: int, data: CompletionInput, *, version: Expected
    ) -> ServiceOrderView:
        """Record what was done (pending or dispatched → completed, service.process). On a
        completed order this corrects the record (record.edit; the completion time stays
        unless given). ``version``: the one the dialog was opened on (StaleRecord, nothing
        written, when the order changed since: two people completing it at once)."""
        done = rules.completion(data)
        now = self._now()
        with self._guard([order_id]):
            order = self._locked([order_id])[order_id]
            state = self._check(order, A.COMPLETE)
            correcting = state is S.COMPLETED
            require(actor, "record.edit" if correcting else "service.process")
            claim_version(ServiceOrder, order_id, version, lambda: self._stale(order_id, now))
            rules.check_feedback(str(done.values["feedback"]))
            values = dict(done.values)
            at = done.completed_at or (order.completed_at if correcting else now)
            rules.check_completed_at(at, order.taken_at, now)
            values["completed_at"] = at
            if not correcting:
                values["completed_by"] = actor.user_id
            if done.technician_ids is not None:
                rules.check_technicians(done.technician_ids)
                q.set_technicians(order_id, done.technician_ids)
            if data.parts is not None:
                values["fee_parts"] = self._use_parts(actor, order, data, at.date())
            total = sum((values[f] for f in _FEES), ZERO)
            detail: dict[str, object] = {"total": f"{total}"}
            # A maintenance order done: the purchase's next maintenance moves on, once.
            advance = None if correcting else advance_next_maintenance(order, at.date())
            if advance is not None:
                detail |= advance.detail()
            self._move(
                actor,
                order,
                A.COMPLETE,
                now,
                detail=detail,
                audit_action="service_order.edit" if correcting else None,
                claimed=True,
                **values,
            )
            return q.views([order_id], now)[0]

    @announces(Area.SERVICE_ORDERS, also=_order_also)
    def cancel(self, actor: Actor, order_id: int, reason: str) -> ServiceOrderView:
        """Pending or dispatched → cancelled, with a reason (never after completion)."""
        require(actor, "service.process")
        reason = rules.reason_text(reason)
        now = self._now()
        with self._guard([order_id]):
            order = self._locked([order_id])[order_id]
            self._check(order, A.CANCEL)
            # A cancelled maintenance visit leaves the maintenance due: its due date is freed
            # (one order per purchase and date) so the due list offers a new order for it.
            freed = {"maintenance_due": None} if order.maintenance_due is not None else {}
            self._move(
                actor,
                order,
                A.CANCEL,
                now,
                note=reason,
                detail={"reason": reason}
                | ({"maintenance_due": order.maintenance_due} if freed else {}),
                cancel_reason=reason,
                **freed,
                cancelled_by=actor.user_id,
                cancelled_at=now,
            )
            return q.views([order_id], now)[0]

    @announces(Area.SERVICE_ORDERS)
    def audit(self, actor: Actor, ids: Sequence[int]) -> list[ServiceOrderView]:
        """Completed → audited (审核), all at once or none: the first order that is not
        completed is named. An audited order cannot be changed or deleted by anyone."""
        require(actor, "audit.process")
        wanted = _unique(ids)
        now = self._now()
        with self._guard(wanted):
            orders = self._locked(wanted)
            for i in wanted:
                if orders[i].audited:
                    raise ValidationError("state", ALREADY_AUDITED, code=orders[i].code)
                self._check(orders[i], A.AUDIT)
            for i in wanted:
                self._move(
                    actor,
                    orders[i],
                    A.AUDIT,
                    now,
                    audited=True,
                    audited_by=actor.user_id,
                    audited_at=now,
                )
            return q.views(wanted, now)

    @announces(Area.SERVICE_ORDERS)
    def unaudit(self, actor: Actor, ids: Sequence[int]) -> list[ServiceOrderView]:
        """Audited → completed (取消审核), all or none; audited by the same permission and
        written to the audit trail. The order can then be edited again. The database writes
        the history event of every un-audit (schema 11); this one puts the user on it."""
        require(actor, "audit.process")
        wanted = _unique(ids)
        now = self._now()
        with self._guard(wanted):
            # One conditional update per order: the un-audit is its own row lock (an audited
            # row refuses every other update), and the first order it misses is the one named.
            after = TRANSITIONS[A.UNAUDIT][S.AUDITED]
            assert after is not None
            for i in wanted:
                changed = (
                    ServiceOrder.update(
                        state=after.value,
                        audited=False,
                        audited_by=None,
                        audited_at=None,
                        updated_at=now,
                    )
                    .where(
                        ServiceOrder.id == i,
                        ServiceOrder.state == S.AUDITED.value,
                        ServiceOrder.audited == True,  # noqa: E712
                    )
                    .execute()
                )
                order = q.order_rows([i])[i]
                if not changed:
                    raise ValidationError("state", REFUSED[A.UNAUDIT], code=order.code)
                q.claim_unaudit_event(actor.user_id, i, now)  # the trigger wrote the event
                self._audit.record(actor, "service_order.unaudit", order.code)
            return q.views(wanted, now)

    @announces(
        Area.SERVICE_ORDERS, ids_from="order_id", also=lambda _r, _a: Changes.of(Area.MAINTENANCE)
    )
    def delete(self, actor: Actor, order_id: int) -> None:
        """Delete a pending or cancelled order with its history (never a completed or audited
        one); audited."""
        require(actor, "record.delete")
        with self._guard([order_id]):
            order = self._locked([order_id])[order_id]
            if order.audited:
                raise ValidationError("state", AUDITED_DELETE, code=order.code)
            self._check(order, A.DELETE)
            ServiceOrderEvent.delete().where(ServiceOrderEvent.order == order_id).execute()
            ServiceOrderTechnician.delete().where(
                ServiceOrderTechnician.order == order_id
            ).execute()
            ServiceOrder.delete().where(ServiceOrder.id == order_id).execute()
            self._audit.record(actor, "service_order.delete", order.code, {"state": order.state})

    # --- inside ---------------------------------------------------------------------------

    def _use_parts(
        self, actor: Actor, order: ServiceOrder, data: CompletionInput, day: dt.date
    ) -> Decimal:
        """Replace the parts consumed on the order (earlier consumption reversed, the new
        lines posted from the technician's hands or a store); the parts fee they make."""
        if self._parts is None:
            raise RuntimeError("ServiceOrderService was built without the parts documents")
        for earlier in self._parts.for_order(actor, order.id):
            if earlier.kind is DocKind.CONSUME and not earlier.reversed_by_code:
                self._parts.reverse(actor, earlier.id, on_order=True)
        if not data.parts:
            return ZERO
        source = data.parts_from or _default_parts_source(order.id, data.technician_ids)
        used = self._parts.consume(actor, order.id, source, data.parts, day)
        if order.warranty == Warranty.IN.value:
            return ZERO
        return used.total_price or ZERO

    @contextlib.contextmanager
    def _guard(self, ids: Sequence[int]) -> Iterator[None]:
        """One transaction; a refusal by the audit-lock triggers (a race with another PC that
        audited an order between our check and our write) becomes the usual message."""
        try:
            with self._db.atomic():
                yield
        except pw.DatabaseError as exc:
            if not is_audit_lock_error(exc):
                raise
            audited = (
                ServiceOrder.select(ServiceOrder.code)
                .where(ServiceOrder.id.in_(list(ids) or [0]), ServiceOrder.audited == True)  # noqa: E712
                .first()
            )
            code = audited.code if audited else ""
            raise ValidationError("state", AUDITED, code=code) from None

    def _locked(self, ids: Sequence[int]) -> dict[int, ServiceOrder]:
        q.lock_unaudited(ids)
        return q.order_rows(ids)

    @staticmethod
    def _check(order: ServiceOrder, action: OrderAction) -> OrderState:
        state = OrderState(order.state)
        if order.audited and action not in (A.AUDIT, A.UNAUDIT):
            raise ValidationError("state", AUDITED, code=order.code)
        if state not in TRANSITIONS[action]:
            raise ValidationError("state", REFUSED[action], code=order.code)
        return state

    def _move(
        self,
        actor: Actor,
        order: ServiceOrder,
        action: OrderAction,
        now: dt.datetime,
        *,
        note: str = "",
        detail: Detail = "",
        audit_action: str | None = None,
        claimed: bool = False,
        **values: object,
    ) -> None:
        """Apply ``action`` by the transition table (checked before), store ``values`` with
        the new state, and write the event and the audit entry. The version moves on (once:
        ``claimed`` when the save's ``claim_version`` did it already)."""
        before = OrderState(order.state)
        after = TRANSITIONS[action][before]
        assert after is not None
        if not claimed:
            values["version"] = ServiceOrder.version + 1
        ServiceOrder.update(state=after.value, updated_at=now, **values).where(
            ServiceOrder.id == order.id
        ).execute()
        q.add_event(actor.user_id, order.id, before, after, now, note)
        self._audit.record(
            actor, audit_action or f"service_order.{action.value}", order.code, detail
        )

    @staticmethod
    def _stale(order_id: int, now: dt.datetime) -> StaleRecord:
        current = q.views([order_id], now)[0]
        last = last_change("service_order.", target=current.code)
        record = f"{current.code} {current.customer_name}"
        return StaleRecord("service_order", record, last, current)

    def _order_values(
        self,
        actor: Actor,
        data: ServiceOrderInput,
        text: rules.OrderText,
        order_day: dt.date,
        current_sale: int | None,
        now: dt.datetime,
    ) -> dict[str, object]:
        """The stored columns of a checked order; a product not bought here becomes a
        purchase record first."""
        rules.check_service_type(text.service_type)
        rules.check_technicians(text.technician_ids)
        sale_id, warranty_end = data.sale_id, None
        if data.outside_purchase is not None:
            record = rules.outside_purchase_record(data, order_day)
            sale_id = insert_sale(actor, record, self._audit, self._numbering, now)
        if sale_id is not None:
            sale = rules.check_sale(sale_id, data.customer_id, unchanged=sale_id == current_sale)
            warranty_end = sale.warranty_end
        warranty = data.warranty or rules.automatic_warranty(warranty_end, order_day)
        return {
            "customer": data.customer_id,
            "contact_name": text.contact_name,
            "contact_phone": text.contact_phone,
            "address": text.address,
            "sale": sale_id,
            "fault": text.fault,
            "service_type": text.service_type,
            "warranty": warranty.value,
            "warranty_reason": text.warranty_reason,
            "appointment_at": text.appointment_at,
            "priority": text.priority,
        }

    def _all(self, actor: Actor, flt: ServiceOrderFilter) -> list[ServiceOrderView]:
        del actor
        now = self._now()
        query = q.filtered(ServiceOrder.select(ServiceOrder.id), flt, now)
        with reading(self._db):
            return q.views([i for (i,) in q.newest_first(query).tuples()], now)

    def _now(self) -> dt.datetime:
        return self._clock().replace(microsecond=0)


_FEES = ("fee_parts", "fee_service", "fee_transport")


def _unique(ids: Sequence[int]) -> list[int]:
    return list(dict.fromkeys(int(i) for i in ids))


def _summary(values: dict[str, object]) -> dict[str, object]:
    return {"service_type": values["service_type"], "warranty": values["warranty"]}


def _default_parts_source(order_id: int, technician_ids: Sequence[int] | None) -> Place:
    """The hands of the technician who did the work (the first named), else the first store."""
    ids = list(technician_ids or ()) or [
        t.user_id
        for t in ServiceOrderTechnician.select(ServiceOrderTechnician.user)
        .where(ServiceOrderTechnician.order == order_id)
        .order_by(ServiceOrderTechnician.id)
    ]
    if ids:
        return Place.tech(ids[0])
    first = (
        PartStore.select()
        .where(PartStore.active == True)  # noqa: E712
        .order_by(PartStore.sort, PartStore.id)
        .first()
    )
    if first is None:
        raise ValidationError("parts_from", NO_STORE)
    return Place.store(first.id)
