"""Payments against a sale (回款, sales.process): never more than is outstanding; a refund is a
negative payment with a reason, never more than has been paid."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import peewee as pw

from yuntian.db.models import EnumItem, Payment, User
from yuntian.db.transactions import reading
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.changes import Area as A
from yuntian.services.common.changes import Changes, announces
from yuntian.services.common.errors import ValidationError
from yuntian.services.common.money import ZERO, money
from yuntian.services.common.permissions import Actor, require
from yuntian.services.common.service_base import ServiceBase
from yuntian.services.common.text import bounded
from yuntian.services.sales import sale_queries as q
from yuntian.services.sales.sale_types import PaymentView


class PaymentService(ServiceBase):
    @announces(A.PAYMENTS)
    def record(
        self,
        actor: Actor,
        sale_id: int,
        paid_on: dt.date,
        amount: Decimal,
        method: str,
        note: str = "",
        reason: str = "",
    ) -> PaymentView:
        """Money received (amount > 0) or refunded (amount < 0, ``reason`` required)."""
        require(actor, "sales.process")
        amount = money("amount", amount, allow_negative=True)
        method, note = bounded("method", method, 64), bounded("note", note, 255)
        reason = bounded("reason", reason, 255)
        if amount == ZERO:
            raise ValidationError(
                "amount", QT_TRANSLATE_NOOP("Errors", "A payment needs an amount other than 0.")
            )
        if amount < 0 and not reason:
            raise ValidationError(
                "reason", QT_TRANSLATE_NOOP("Errors", "Please give the reason for the refund.")
            )
        with self._db.atomic():
            sale = q.sale_row(sale_id, lock=True)  # serialises payments on one sale across PCs
            if method and not (
                EnumItem.select()
                .where(EnumItem.kind == "payment_method", EnumItem.name == method)
                .exists()
            ):
                raise ValidationError(
                    "method", QT_TRANSLATE_NOOP("Errors", "Please choose a payment method.")
                )
            received = q.received(sale_id)
            outstanding = sale.receivable - received
            if amount > 0 and sale.voided:
                raise ValidationError(
                    "sale",
                    QT_TRANSLATE_NOOP("Errors", "Sale {code} is voided: no payment can be taken."),
                    code=sale.code,
                )
            if amount > outstanding:
                raise ValidationError(
                    "amount",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This is more than is outstanding on sale {code}: at most {outstanding} "
                        "can be received.",
                    ),
                    code=sale.code,
                    outstanding=f"{outstanding:,}",
                )
            if -amount > received:
                raise ValidationError(
                    "amount",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This refund is more than was paid on sale {code}: at most {received} "
                        "can be refunded.",
                    ),
                    code=sale.code,
                    received=f"{received:,}",
                )
            self.changes.publish(
                Changes.of(A.SALES, sale_id) | Changes.of(A.CUSTOMERS, sale.customer_id)
            )
            payment = Payment.create(
                sale=sale_id,
                paid_on=paid_on,
                amount=amount,
                method=method,
                reason=reason if amount < 0 else "",
                operator=actor.user_id,
                note=note,
                created_at=self._clock().replace(microsecond=0),
            )
            action = "payment.refund" if amount < 0 else "payment.record"
            detail = {"amount": f"{amount}", "method": method} | (
                {"reason": reason} if reason else {}
            )
            self._audit.record(actor, action, sale.code, detail)
            return _views(Payment.select().where(Payment.id == payment.id))[0]

    def for_sale(self, actor: Actor, sale_id: int) -> list[PaymentView]:
        """The payments and refunds of a sale, oldest first."""
        del actor  # whoever sees the sale sees how it was paid
        with reading(self._db):
            query = Payment.select().where(Payment.sale == sale_id)
            return _views(query.order_by(Payment.paid_on, Payment.id))


def _views(query: pw.ModelSelect) -> list[PaymentView]:
    rows = list(query)
    names = {
        u.id: u.display_name or u.username
        for u in User.select().where(User.id.in_({p.operator_id for p in rows} - {None}))
    }
    return [
        PaymentView(
            p.id,
            p.sale_id,
            p.paid_on,
            p.amount,
            p.method,
            p.reason,
            names.get(p.operator_id, ""),
            p.note,
            p.created_at,
        )
        for p in rows
    ]
