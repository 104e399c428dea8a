"""Due maintenance (定期维护): the purchases whose next maintenance falls due, and maintenance
orders made for them in one go.

Reading the list needs no code (every signed-in user sees the reminders, as with sales);
generating orders needs service.process (``ServiceOrderService.create`` checks it too). A
purchase's due date gets one order, ever: the unique (sale, maintenance_due) index of service
orders holds that on every engine, so generating twice, or on two PCs at once, makes none
twice. Completing the order moves the purchase's next date on
(``maintenance_rules.advance_next_maintenance``, called by ``ServiceOrderService.complete``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import peewee as pw

from yuntian.db.models import Sale
from yuntian.db.transactions import reading
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.audit import AuditTrail, Clock
from yuntian.services.common.batches import chunks
from yuntian.services.common.changes import Area as A
from yuntian.services.common.changes import ChangeBus, announces
from yuntian.services.common.errors import ValidationError
from yuntian.services.common.permissions import Actor, require
from yuntian.services.common.service_base import ServiceBase
from yuntian.services.service_orders import maintenance_queries as q
from yuntian.services.service_orders import maintenance_rules as rules
from yuntian.services.service_orders.maintenance_types import (
    DueKey,
    DueMaintenanceView,
    GenerateResult,
)
from yuntian.services.service_orders.service_order_rules import GONE
from yuntian.services.service_orders.service_order_types import ServiceOrderInput, ServiceOrderView
from yuntian.services.service_orders.service_orders import ServiceOrderService
from yuntian.services.settings.settings import SettingsService

MAX_PAGE = 1000
MAX_GENERATE = 1000  # orders made in one transaction: a few seconds at most


class MaintenanceService(ServiceBase):
    def __init__(
        self,
        db: pw.Database,
        audit: AuditTrail,
        clock: Clock,
        service_orders: ServiceOrderService,
        settings: SettingsService,
        changes: ChangeBus,
    ) -> None:
        super().__init__(db, audit, clock, changes)
        self._orders = service_orders
        self._settings = settings

    def due(
        self,
        actor: Actor,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        *,
        include_ordered: bool = True,
        after: DueKey | None = None,
        limit: int = 200,
    ) -> list[DueMaintenanceView]:
        """Purchases (not voided) whose next maintenance is due by ``date_to`` (default: today
        plus the reminder lead days) and not before ``date_from`` (None: the overdue ones too),
        earliest first, continuing after ``after``. ``include_ordered`` False leaves out those
        whose due date already has a maintenance order."""
        del actor
        limit = max(1, min(limit, MAX_PAGE))
        today = self._clock().date()
        with reading(self._db):
            if date_to is None:
                lead = self._settings.general().reminder_lead_days
                date_to = today + dt.timedelta(days=lead)
            ids = q.due_ids(
                date_from, date_to, include_ordered=include_ordered, after=after, limit=limit
            )
            return q.views(ids, today)

    def count_unordered(self, actor: Actor) -> int:
        """How many purchases are due by today plus the reminder lead days (overdue ones
        included) without a maintenance order yet: the home page's reminder."""
        del actor
        with reading(self._db):
            lead = self._settings.general().reminder_lead_days
            date_to = self._clock().date() + dt.timedelta(days=lead)
            return q.due_query(None, date_to, include_ordered=False).count()

    @staticmethod
    def page_key(row: DueMaintenanceView) -> DueKey:
        return DueKey(row.due, row.sale_id)

    @announces(A.MAINTENANCE, A.SERVICE_ORDERS)
    def generate(
        self,
        actor: Actor,
        items: Sequence[tuple[int, dt.date]],
        *,
        fault_template: str = rules.FAULT_TEMPLATE,
    ) -> GenerateResult:
        """One maintenance order (type 保养, warranty set automatically, contact from the
        customer) per (purchase id, due date), skipping those that already have one; all in
        one transaction. ``fault_template``: the fault text with ``{date}``, translated by the
        caller into the shop's language."""
        require(actor, "service.process")
        wanted = list(dict.fromkeys((int(s), d) for s, d in items))
        if len(wanted) > MAX_GENERATE:
            raise ValidationError(
                "items",
                QT_TRANSLATE_NOOP(
                    "Errors", "Choose at most {n} purchases at a time to make orders for."
                ),
                n=MAX_GENERATE,
            )
        created: list[ServiceOrderView] = []
        skipped = 0
        with self._db.atomic():
            if not wanted:
                return GenerateResult([], 0)
            rules.check_maintenance_type()
            buyers = self._buyers([s for s, _ in wanted])
            taken = q.ordered(wanted)
            for sale_id, due in wanted:
                if (sale_id, due) in taken:
                    skipped += 1
                    continue
                data = ServiceOrderInput(
                    customer_id=buyers[sale_id],
                    service_type=rules.MAINTENANCE_TYPE,
                    fault=rules.fault_text(fault_template, due),
                    sale_id=sale_id,
                )
                try:
                    created.append(self._orders.create(actor, data, maintenance_due=due))
                except ValidationError as exc:
                    if exc.field != "maintenance_due":
                        raise
                    skipped += 1  # another PC made it a moment ago
        return GenerateResult(created, skipped)

    @staticmethod
    def _buyers(sale_ids: list[int]) -> dict[int, int]:
        """Each purchase's customer; a purchase deleted meanwhile refuses the lot."""
        found: dict[int, int] = {}
        for part in chunks(sorted(set(sale_ids))):
            query = Sale.select(Sale.id, Sale.customer).where(Sale.id.in_(list(part))).tuples()
            found |= dict(query)
        if len(found) != len(set(sale_ids)):
            raise ValidationError("sale", GONE)
        return found
