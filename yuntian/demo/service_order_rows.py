"""One demo service order, as the service would have stored it after its life so far.

An order's plan (when it was taken, what kind, for which purchase) becomes its row, its
technicians and its history: taken (pending), dispatched, completed, audited, or cancelled
before completion. Each step gets a plausible moment (the dispatch before the appointment,
the completion after the work, the audit days later in the manager's round) and a plausible
user; the state is that of the last step before the demo's now, so recent orders are still
pending or dispatched (some past their appointment: overdue) and old ones mostly audited.
Money is in cents, exact; in-warranty work mostly costs nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from yuntian.demo.names import Rand, Weighted, pick
from yuntian.demo.sale_catalogue import AIRCON
from yuntian.demo.service_faults import (
    BACKFILLED,
    CANCEL_REASONS,
    CARRY_IN,
    CONSULT_ANSWER,
    CONSULTATIONS,
    FAULT_CLOSERS,
    FAULT_OPENERS,
    FAULTS,
    INSTALL_CLOSERS,
    INSTALLATION,
    MAINTENANCE,
    MAINTENANCE_FEE,
    MOVE_AIRCON,
    MOVE_FAULTS,
    RESULTS,
    UNFIXED_RESULTS,
    WAITING_FOR_PARTS,
    Fault,
    Work,
)
from yuntian.services.common.numbering import Rule, format_period

DAY = 86_400
HOUR = 3_600

# Plan kinds
REPAIR, INSTALL, MAINTAIN, CONSULT, MOVE, LOOSE_REPAIR = range(6)  # LOOSE: without a product
# Service types as the migrations seed them (data, not UI)
ON_SITE, CARRIED_IN, INSTALLING, MAINTAINING, CONSULTING = (
    "上门维修",
    "送修",
    "安装调试",
    "保养",
    "咨询",
)

CANCEL_SHARE = 0.03
WAITING_SHARE = 0.12  # repairs that wait for parts
RESCHEDULED_SHARE = 0.05  # the customer was out: done days after the appointment
LATE_DISPATCH_SHARE = 0.03  # technicians busy: dispatched only after the appointment passed
UNAUDITED_SHARE = 0.05  # completed orders the manager never got round to
UNFIXED_SHARE = 0.03
OUT_OF_SCOPE_SHARE = 0.01  # in warranty by date, but not covered (by hand, with a reason)
OUT_OF_SCOPE_REASON = "人为损坏，不在保修范围"
IN_WARRANTY_FEE_SHARE = 0.08  # in warranty, still a travel charge (outside the service area)
ON_SITE_SERVICE = (5000, 8000, 10000, 12000, 15000)
SHOP_SERVICE = (3000, 5000, 8000)
TRAVEL = (0, 0, 0, 1250, 2000, 3000, 5000)  # cents, by distance
INSPECTION = 5000  # charged when the customer declines the repair
MOVE_SERVICE = 20000

ORDER_COLUMNS = (
    "id", "code", "customer_id", "contact_name", "contact_phone", "address", "sale_id",
    "fault", "service_type", "warranty", "warranty_reason", "appointment_at", "priority",
    "state", "taken_by_id", "taken_at", "dispatched_by_id", "dispatched_at",
    "completed_by_id", "completed_at", "work_done", "solution", "result", "fee_parts",
    "fee_service", "fee_transport", "work_minutes", "feedback", "cancel_reason",
    "cancelled_by_id", "cancelled_at", "audited", "audited_by_id", "audited_at",
    "maintenance_due", "created_at", "updated_at",
)  # fmt: skip
TECHNICIAN_COLUMNS = ("order_id", "user_id")
EVENT_COLUMNS = ("order_id", "at", "user_id", "from_state", "to_state", "note")


@dataclass
class Staff:
    takers: Weighted[int | None]  # who takes calls (接线员), now and then the manager
    technicians: list[int | None]
    auditors: Weighted[int | None]


@dataclass
class SaleFacts:
    """What an order needs of its purchase (by index into the loaded sales)."""

    ids: Sequence[int]
    warranty_end: Sequence[int]  # day, -1 none
    extended_months: bytes  # 延保 months beyond the warranty end (custom field 5)
    extended_label: list[str]
    category: list[str]
    maintenance_days: Sequence[int]


@dataclass
class Plan:
    taken: int  # seconds since the first day of the history
    kind: int
    sale: int  # index into SaleFacts, -1 without a product
    customer_id: int
    day: int  # installation day, or the maintenance due day; -1 otherwise
    arrival: int  # the day the customer's record was made
    category: str
    open: bool = False  # still open now: in the backlog


@dataclass
class Made:
    row: tuple
    technicians: list[tuple[int, int]]
    events: list[tuple]


@dataclass
class _Life:
    """An order's steps until now: (moment, user, from, to, note)."""

    steps: list[tuple[int, int | None, str, str, str]] = field(default_factory=list)

    def add(self, at: int, user: int | None, before: str, after: str, note: str = "") -> None:
        self.steps.append((at, user, before, after, note))


class OrderMaker:
    def __init__(
        self,
        r: Rand,
        day_text: Sequence[str],
        now: int,
        staff: Staff,
        sales: SaleFacts,
        rule: Rule,
        counters: dict[str, int],
        feedback: Sequence[str],
        first_id: int,
    ) -> None:
        self.r = r
        self.text = day_text
        self.now = now
        self.staff = staff
        self.sales = sales
        self.rule = rule
        self.counters = counters
        weights = (40, 40, 8, 3)[: len(feedback)]
        self.feedback = Weighted([*feedback[: len(weights)], ""], [*weights, 9])
        self.next_id = first_id
        self.maintained: dict[int, int] = {}  # sale index -> latest due day maintained
        self._stems: dict[int, str] = {}

    # --- moments ----------------------------------------------------------------------

    def moment(self, t: int) -> str:
        return f"{self.text[t // DAY]} {_CLOCK[t % DAY]}"

    def slot(self, day: int) -> int:
        """An appointment on ``day``: on the half hour, 09:00 to 17:00."""
        return day * DAY + 9 * HOUR + int(self.r() * 17) * 1800

    def code(self, day: int) -> str:
        stem = self._stems.get(day)
        if stem is None:
            stem = self._stems[day] = self.rule.prefix + format_period(
                self.rule.date_pattern, _date(self.text[day])
            )
        key = stem[:16]  # as Numbering.next_code keys its counters
        value = self.counters.get(key, 0) + 1
        self.counters[key] = value
        return f"{stem}{value:0{self.rule.digits}d}"

    # --- the order --------------------------------------------------------------------

    def make(self, plan: Plan, contact: tuple[str, str, str]) -> Made:
        r, staff = self.r, self.staff
        order_id = self.next_id
        self.next_id += 1
        kind, t = plan.kind, plan.taken
        sale = plan.sale
        taker = staff.takers.pick(r)
        warranty, reason = self._warranty(plan)
        fault, service_type, priority = self._fault(plan)
        appointment = self._appointment(plan, service_type)
        technicians = self._technicians(plan)

        life = _Life()
        backfilled = t // DAY <= plan.arrival
        life.add(t, taker, "", "pending", BACKFILLED if backfilled else "")
        cancel = ""
        if kind != CONSULT and not plan.open and r() < CANCEL_SHARE:
            cancel = pick(r, CANCEL_REASONS)
        dispatched = completed = audited = None
        cancelled = None
        if kind == CONSULT:
            completed = t + 60 + int(r() * 600)
            completer = taker
        else:
            dispatched = self._dispatch(t, appointment)
            completed = self._completion(plan, t, appointment, dispatched)
            completer = technicians[0] if technicians and r() < 0.65 else taker
        if plan.open:  # not done yet; half not even dispatched
            completed = None
            if r() < 0.5:
                dispatched = None
        if cancel:
            cancelled = t + 600 + int(r() * r() * 2 * DAY)
            if dispatched is not None and dispatched > cancelled:
                dispatched = None
            completed = None
        now = self.now
        state = "pending"
        if dispatched is not None and dispatched <= now:
            life.add(dispatched, pick(r, (taker, taker, *staff.takers.items)), state, "dispatched")
            state = "dispatched"
        else:
            dispatched = None
        if cancelled is not None and cancelled <= now:
            life.add(cancelled, taker, state, "cancelled", cancel)
            state = "cancelled"
        else:
            cancelled = None
        if completed is not None and completed <= now:
            life.add(completed, completer, state, "completed")
            state = "completed"
            if r() >= UNAUDITED_SHARE:
                # the manager audits in rounds, a day to a few weeks later, in office hours
                day = completed // DAY + 1 + int(r() * r() * 30)
                audited = day * DAY + 10 * HOUR + int(r() * 7 * HOUR)
                if audited <= now:
                    auditor = staff.auditors.pick(r)
                    life.add(audited, auditor, state, "audited")
                    state = "audited"
                else:
                    audited = None
        else:
            completed = None
        done = self._done(plan, warranty, fault) if completed is not None else _NOT_DONE
        if plan.kind == MAINTAIN and completed is not None:
            self.maintained[sale] = max(self.maintained.get(sale, -1), plan.day)
        created = t
        if backfilled:  # entered that evening with the customer's record (补录)
            created = max(t + 60, plan.arrival * DAY + 21 * HOUR + int(r() * HOUR))
        last = max(created, life.steps[-1][0])
        user = {s[3]: s[1] for s in life.steps}
        when = self.moment
        row = (
            order_id, self.code(t // DAY), plan.customer_id, *contact,
            self.sales.ids[sale] if sale >= 0 else None, fault, service_type, warranty, reason,
            None if appointment is None else when(appointment), priority, state,
            taker, when(t),
            user.get("dispatched"), None if dispatched is None else when(dispatched),
            completer if completed is not None else None,
            None if completed is None else when(completed),
            *done,
            cancel if cancelled is not None else "",
            user.get("cancelled"), None if cancelled is None else when(cancelled),
            False,  # set after the technicians are stored: the audit lock guards them
            user.get("audited"), None if audited is None else when(audited),
            self.text[plan.day] if kind == MAINTAIN else None,
            when(created), when(last),
        )  # fmt: skip
        events = [(order_id, when(at), u, a, b, note) for at, u, a, b, note in life.steps]
        techs = [(order_id, u) for u in technicians]
        return Made(row, techs, events)

    def _warranty(self, plan: Plan) -> tuple[str, str]:
        if plan.sale < 0:
            return "unknown", ""
        sales, day = self.sales, plan.taken // DAY
        end = sales.warranty_end[plan.sale]
        if end < 0:
            return "unknown", ""
        if day <= end:
            if plan.kind == REPAIR and self.r() < OUT_OF_SCOPE_SHARE:
                return "out", OUT_OF_SCOPE_REASON
            return "in", ""
        months = sales.extended_months[plan.sale]
        if months and day <= end + months * 365 // 12:
            return "in", f"{sales.extended_label[plan.sale]}，延保期内"
        return "out", ""

    def _fault(self, plan: Plan) -> tuple[str, str, int]:
        r, kind, category = self.r, plan.kind, plan.category
        if kind == CONSULT:
            return pick(r, CONSULTATIONS), CONSULTING, 0
        if kind == INSTALL:
            return f"新机安装：{category}" + pick(r, INSTALL_CLOSERS), INSTALLING, 0
        if kind == MAINTAIN:
            return f"定期保养：{category}，到期日 {self.text[plan.day]}", MAINTAINING, 0
        if kind == MOVE:
            return pick(r, MOVE_FAULTS) + pick(r, FAULT_CLOSERS), INSTALLING, 0
        fault = self._picked_fault = pick(r, FAULTS[category])
        text = fault.text if kind == REPAIR else f"{category}（非本店购买）{fault.text}"
        text = pick(r, FAULT_OPENERS) + text + pick(r, FAULT_CLOSERS)
        priority = fault.urgency
        if not priority:
            summer = category == AIRCON and self.text[plan.taken // DAY][5:7] in _SUMMER
            priority = int(r() < (0.3 if summer else 0.05))
        service_type = CARRIED_IN if category in CARRY_IN else ON_SITE
        return text, service_type, priority

    def _appointment(self, plan: Plan, service_type: str) -> int | None:
        r, t = self.r, plan.taken
        day = t // DAY
        if plan.kind == CONSULT:
            return None
        if plan.kind in (INSTALL, MAINTAIN):
            at = self.slot(max(plan.day, day))
        elif service_type == CARRIED_IN:
            if r() < 0.3:
                return None  # brought in when convenient
            at = self.slot(day + int(r() * 3))
        else:
            soon = t % DAY < 11 * HOUR and r() < 0.4
            at = self.slot(day + (0 if soon else 1 + int(r() * r() * 3)))
        return at if at > t + HOUR else t - t % 1800 + 2 * HOUR

    def _technicians(self, plan: Plan) -> list[int]:
        r = self.r
        if plan.kind == CONSULT:
            return []
        pool = [u for u in self.staff.technicians if u is not None]
        if not pool:
            return []
        first = pick(r, pool)
        two = r() < (0.7 if plan.kind in (INSTALL, MOVE) and plan.category == AIRCON else 0.25)
        if two and len(pool) > 1:
            second = pick(r, pool)
            while second == first:
                second = pick(r, pool)
            return [first, second]
        return [first]

    def _dispatch(self, t: int, appointment: int | None) -> int:
        r = self.r
        if appointment is not None and r() < LATE_DISPATCH_SHARE:
            return appointment + DAY + int(r() * 2 * DAY)
        if appointment is not None and appointment // DAY > t // DAY:
            # printed with the next day's slips, the afternoon before
            at = (appointment // DAY - 1) * DAY + 16 * HOUR + int(r() * 2 * HOUR)
            if at > t:
                return at
        at = t + 600 + int(r() * 3 * HOUR)
        if appointment is not None:
            at = min(at, appointment - 900)
        return max(at, t + 60)

    def _completion(self, plan: Plan, t: int, appointment: int | None, dispatched: int) -> int:
        r = self.r
        start = max(appointment if appointment is not None else t + HOUR, dispatched + 600)
        minutes = 30 + int(r() * 120)
        if plan.kind in (INSTALL, MOVE):
            minutes = 60 + int(r() * 180)
        if plan.category in CARRY_IN and plan.kind in (REPAIR, LOOSE_REPAIR):
            start += DAY * (1 + int(r() * 5))  # repaired in the shop, collected later
        waiting = plan.kind in (REPAIR, LOOSE_REPAIR) and r() < WAITING_SHARE
        if waiting:
            start += DAY * (2 + int(r() * 18))
        elif r() < RESCHEDULED_SHARE:
            start += DAY * (2 + int(r() * 5))
        self._minutes, self._waiting = minutes, waiting
        return start + minutes * 60 + int(r() * 1800)

    def _done(self, plan: Plan, warranty: str, fault_text: str) -> tuple:
        """work_done, solution, result, fee_parts, fee_service, fee_transport, work_minutes,
        feedback (cents) of a completed order."""
        r, kind, category = self.r, plan.kind, plan.category
        feedback = self.feedback.pick(r)
        if kind == CONSULT:
            answer = pick(r, CONSULT_ANSWER)
            return answer, "", "已解答", 0, 0, 0, 5 + int(r() * 15), feedback
        minutes = self._minutes
        free = warranty == "in"
        if kind in (INSTALL, MAINTAIN, MOVE):
            if kind == MOVE:
                work = MOVE_AIRCON
            else:
                work = pick(r, (INSTALLATION if kind == INSTALL else MAINTENANCE)[category])
            parts = work.parts + _extra(r, work)
            service = 0
            if kind == MOVE:
                service = MOVE_SERVICE
            elif kind == MAINTAIN and not free:
                service = MAINTENANCE_FEE.get(category, 0)
            result = "安装完成" if kind != MAINTAIN else "保养完成"
            return work.done, work.fix, result, parts, service, 0, minutes, feedback
        fault: Fault = self._picked_fault
        carried = category in CARRY_IN
        travel = 0 if carried else pick(r, TRAVEL)
        done = (WAITING_FOR_PARTS if self._waiting else "") + fault.found
        if r() < UNFIXED_SHARE and fault.parts:
            fee = 0 if free else INSPECTION
            return done, "", pick(r, UNFIXED_RESULTS), 0, fee, 0 if free else travel, minutes, ""
        if free:
            parts = service = 0
            travel = 3000 if r() < IN_WARRANTY_FEE_SHARE and not carried else 0
        else:
            parts = fault.parts
            service = pick(r, SHOP_SERVICE if carried else ON_SITE_SERVICE)
        return done, fault.fix, pick(r, RESULTS), parts, service, travel, minutes, feedback


_NOT_DONE = ("", "", "", 0, 0, 0, 0, "")
_CLOCK = [f"{s // HOUR:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(DAY)]
_SUMMER = ("06", "07", "08")  # air conditioners fail when used hardest: calls are urgent


def _extra(r: Rand, work: Work) -> int:
    """Material beyond the standard: metres of pipe, half the time."""
    if not work.per_unit or r() < 0.5:
        return 0
    return work.per_unit * (1 + int(r() * work.most))


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)
