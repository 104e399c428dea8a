"""Payments (回款) of the demo's sales: how each sale was (or is still being) paid.

Most sales are paid in full on the day; some take a deposit and the balance on installation,
some are paid in monthly instalments, companies settle on account (月结). A share of sales still
owes, the more the more recent the sale: instalments still running, a balance not yet paid,
and older debts that stopped being paid (overdue). A few sales had part of the price refunded
(the receivable lowered by as much, as the sales service requires: refund first, then edit),
and a few were voided, returned goods refunded in full. Amounts are cents; days count from the
first day of the sales history. Payments are queued by day, so they are stored in date order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from yuntian.demo.names import Rand, Weighted, pick

DAY = 86_400
YUAN_100 = 10_000  # deposits and instalments are whole hundreds of yuan

# The share of sales still owing, by age (days before the demo's today)
OWING_BY_AGE: tuple[tuple[int, float], ...] = (
    (365, 0.45), (730, 0.20), (1095, 0.10), (1826, 0.05), (1 << 30, 0.025),
)  # fmt: skip
VOID_SHARE = 0.015  # of sales entered on their day (back-filled ones are not voided)
REFUND_SHARE = 0.01  # of settled sales: part of the price refunded
ON_ACCOUNT_SHARE = 0.5  # of companies' settled sales: paid by transfer weeks later
# How payment methods shifted over the years: weight in the first and in the last year
METHOD_TREND = {"现金": (50, 8), "银行转账": (15, 12), "微信": (15, 45), "支付宝": (20, 35)}
TRANSFER = "银行转账"

PART_REFUNDS = (
    "价格保护，退还差价", "赠品缺货，折现退款", "少配安装配件，部分退款", "活动返现",
)  # fmt: skip
RETURN_REASON, RETURN_REFUND = "客户退货", "七天无理由退货，全额退款"
CANCEL_REASON, CANCEL_REFUND = "客户取消订单", "客户取消订单，退还定金"
CLERICAL_VOIDS = ("重复录入", "型号录错，已作废重录", "客户信息录错，已作废重录")


@dataclass
class SaleMoney:
    """What ``PaymentPlans.settle`` and friends decided for one sale."""

    receivable: int
    note: str = ""  # for the sale's notes (an instalment plan, say)
    void_reason: str = ""
    voided_day: int = -1


class PaymentPlans:
    def __init__(
        self,
        r: Rand,
        days: int,
        day_text: Sequence[str],
        add_months: Callable[[int, int], int],
        methods: Sequence[Weighted[str]],  # per year of the history
        operators: Sequence[int | None],
    ) -> None:
        self.r = r
        self.day_text = day_text
        self.last = days - 1  # payments are dated before today
        self.add_months = add_months
        self.methods = methods
        self.operators = list(operators) or [None]
        self.has_transfer = any(TRANSFER in w.items for w in methods)
        self.pending: list[list[tuple]] = [[] for _ in range(days)]
        self._flushed = 0
        # set per sale by begin()
        self._sale_id = 0
        self._year = 0
        self._business = False
        self._created: Callable[[int], str] = str
        self._method = ""  # of the sale's latest payment: refunds go back the way it came

    # --- queue --------------------------------------------------------------------------

    def ready(self, before_day: int) -> list[tuple]:
        """Payments dated before ``before_day`` (no sale made that day or later adds any)."""
        rows: list[tuple] = []
        for day in range(self._flushed, min(before_day, len(self.pending))):
            rows += self.pending[day]
            self.pending[day] = []
        self._flushed = max(self._flushed, before_day)
        return rows

    def begin(self, sale_id: int, year: int, business: bool, created: Callable[[int], str]) -> None:
        """The sale whose payments follow; ``created(day)`` gives a payment's created_at."""
        self._sale_id, self._year, self._business = sale_id, year, business
        self._created = created

    def _pay(self, day: int, amount: int, note: str, reason: str = "", method: str = "") -> None:
        r = self.r
        if not method:
            if self._business and self.has_transfer and r() < 0.8:
                method = TRANSFER
            else:
                method = self.methods[self._year].pick(r) if self.methods else ""
        self._method = method
        operator = pick(r, self.operators)
        row = (self._sale_id, self.day_text[day], amount, method, reason, operator, note)
        self.pending[day].append((*row, self._created(day)))

    # --- plans --------------------------------------------------------------------------

    def owing_share(self, day: int) -> float:
        age = self.last + 1 - day
        return next(share for limit, share in OWING_BY_AGE if age <= limit)

    def settle(self, day: int, ready_day: int, receivable: int) -> SaleMoney:
        """Paid in full before today (the plan shrinks to one payment when there is no time
        left for it)."""
        r, last = self.r, self.last
        roll = r()
        if self._business and roll < ON_ACCOUNT_SHARE:
            paid_on = day + 20 + int(r() * 40)
            if paid_on <= last:
                self._pay(paid_on, receivable, "月结货款")
                return self._maybe_refund(paid_on, receivable)
        elif receivable >= 100_000 and roll < 0.11:
            if roll < 0.09:  # deposit, balance on delivery or installation
                deposit = _hundreds(receivable * (0.2 + r() * 0.3), receivable)
                balance_on = max(ready_day, day + 1 + int(r() * 14))
                if deposit and balance_on <= last:
                    self._pay(day, deposit, "定金")
                    self._pay(balance_on, receivable - deposit, "尾款")
                    return self._maybe_refund(balance_on, receivable)
            else:
                months = pick(r, (3, 6, 12))
                if self.add_months(day, months) <= last:
                    note = self._instalments(day, receivable, months, months)
                    if note:
                        return self._maybe_refund(self.add_months(day, months), receivable, note)
        paid_on = ready_day if r() < 0.3 else day
        self._pay(paid_on, receivable, "全款")
        return self._maybe_refund(paid_on, receivable)

    def owe(self, day: int, receivable: int) -> SaleMoney:
        """Still owing: nothing paid yet, a deposit only, or instalments running or stopped."""
        r = self.r
        roll = r()
        if roll < (0.5 if self._business else 0.2):
            return SaleMoney(receivable, "月结，未对账" if self._business else "")
        if roll >= 0.7 and receivable >= 200_000:
            months = pick(r, (6, 12, 24))
            due = 0  # instalments fallen due by today
            while due < months and self.add_months(day, due + 1) <= self.last:
                due += 1
            if self.last + 1 - day <= 365:  # still paying, now and then a month behind
                paid = max(0, min(due, months - 1) - (r() < 0.3))
            else:  # stopped paying at some point: an overdue balance
                paid = min(int(r() * due + 0.5), months - 1)
            note = self._instalments(day, receivable, months, paid)
            if note:
                return SaleMoney(receivable, note)
        deposit = _hundreds(receivable * (0.1 + r() * 0.4), receivable)
        if deposit:
            self._pay(day, deposit, "定金")
        return SaleMoney(receivable)

    def void(self, day: int, receivable: int) -> SaleMoney:
        """A voided sale: returned (paid, then refunded), cancelled (deposit refunded), or a
        clerical mistake voided the same day."""
        r, last = self.r, self.last
        roll = r()
        later = day + 1 + int(r() * 7)
        if roll < 0.4 and later <= last:
            self._pay(day, receivable, "全款")
            self._pay(later, -receivable, "", RETURN_REFUND, self._method)
            return SaleMoney(receivable, "", RETURN_REASON, later)
        deposit = _hundreds(receivable * 0.2, receivable)
        if roll < 0.6 and later <= last and deposit:
            self._pay(day, deposit, "定金")
            self._pay(later, -deposit, "", CANCEL_REFUND, self._method)
            return SaleMoney(receivable, "", CANCEL_REASON, later)
        return SaleMoney(receivable, "", pick(r, CLERICAL_VOIDS), day)

    def _instalments(self, day: int, receivable: int, months: int, paid: int) -> str:
        """A down payment and ``paid`` of ``months`` monthly instalments; "" when the amount
        is too small to split."""
        down = _hundreds(receivable * (0.2 + self.r() * 0.2), receivable)
        part = (receivable - down) // months // YUAN_100 * YUAN_100
        if not down or not part:
            return ""
        self._pay(day, down, "首付")
        for k in range(1, paid + 1):
            amount = part if k < months else receivable - down - part * (months - 1)
            self._pay(self.add_months(day, k), amount, f"分期 第{k}/{months}期")
        return f"分期付款，共{months}期"

    def _maybe_refund(self, paid_on: int, receivable: int, note: str = "") -> SaleMoney:
        r = self.r
        if r() >= REFUND_SHARE:
            return SaleMoney(receivable, note)
        refund_on = paid_on + 1 + int(r() * 30)
        difference = int(receivable * (0.03 + r() * 0.07)) // 1000 * 1000  # tens of yuan
        if refund_on > self.last or not 0 < difference < receivable:
            return SaleMoney(receivable, note)
        self._pay(refund_on, -difference, "", pick(r, PART_REFUNDS), self._method)
        return SaleMoney(receivable - difference, note)


def _hundreds(amount: float, receivable: int) -> int:
    """``amount`` down to whole hundreds of yuan, and less than the receivable (0 if none)."""
    value = int(amount) // YUAN_100 * YUAN_100
    return value if 0 < value < receivable else 0


def method_tables(names: Sequence[str], years: int) -> list[Weighted[str]]:
    """Per year of the history: the shop's payment methods, weighted as payments shifted from
    cash to phones."""
    if not names:
        return []
    tables = []
    for year in range(years + 1):
        t = year / max(years, 1)
        weights = [
            (lambda a, b: a + (b - a) * t)(*METHOD_TREND.get(name, (4, 4))) for name in names
        ]
        tables.append(Weighted(names, weights))
    return tables
