"""Demo step "calls": three years of the call log (来电日志) and a few messages (留言).

Calls come day by day, more as the shop gains customers, in the order they rang (ids follow
time, as in a real log). Most are customers who had arrived by then, calling from one of
their numbers in the shape a caller-ID box sends it ("13800138000", local "62345678",
"02161234567"); the rest are strangers, some calling again and again, a few withheld ("P").
A fifth are outgoing. Some incoming calls were missed; the latest missed ones carry messages,
the last few still open. Each stored call is what ``calls.start`` would have stored: the
normalised number, its region, the best-matching customer and the count of owners.
"""

from __future__ import annotations

import array
import datetime as dt
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field

from yuntian.db.models import Call, Message
from yuntian.demo.context import HISTORY, DemoContext
from yuntian.demo.names import Rand, Weighted, pick
from yuntian.demo.phones import PhoneNumbers
from yuntian.demo.places import CITIES, MOBILE_NETWORK_PREFIXES

CHUNK = 20_000  # calls per batch of inserts
STATION = "前台"
LINES = ((1, "总机"), (2, "售后热线"), (3, "销售热线"), (4, "经理室"))
_LINE = Weighted(LINES, (50, 30, 15, 5))
OUT_SHARE = 0.2
KNOWN_SHARE_IN = 0.78  # incoming calls from a customer's number
KNOWN_SHARE_OUT = 0.95
WITHHELD_SHARE = 0.015
MISSED_SHARE = 0.1  # of incoming calls in office hours; more outside them
NETWORK_NAME_SHARE = 0.12  # of strangers' calls
RECENT_DAYS = 60  # a fifth of customers' calls come from those who arrived this recently
STRANGER_POOL = 3_000  # strangers who call more than once
MESSAGES_MAX = 500  # the latest missed calls, of which some carry messages
OPEN_MESSAGES = 3  # the newest messages are still open

CALL_COLUMNS = (
    "id", "station", "line", "line_name", "direction", "raw_number", "number", "region",
    "network_name", "privacy", "customer_id", "candidates", "ring_at", "answered_at",
    "ended_at", "duration", "operator_id", "missed", "recording", "created_at",
)  # fmt: skip
MESSAGE_COLUMNS = (
    "customer_id", "call_id", "caller_name", "number", "for_user_id", "text", "callback_wanted",
    "created_by_id", "created_at", "handled", "handled_at", "handled_by_id",
)  # fmt: skip

_NETWORK = Weighted(
    [p for p, _ in MOBILE_NETWORK_PREFIXES], [w for _, w in MOBILE_NETWORK_PREFIXES]
)
_CITY = Weighted(CITIES, [c.weight for c in CITIES])
_NETWORK_NAMES = (
    "WIRELESS CALLER", "ZHANG WEI", "LI NA", "WANG FANG", "BEIJING", "快递", "物业服务中心",
    "外卖配送", "中国移动", "银行客服", "保险推销", "房产中介",
)  # fmt: skip
_MESSAGES = (
    "空调不制冷，请师傅回电约上门时间", "询问维修进度，请回电", "洗衣机漏水，想报修",
    "冰箱保修是否到期，请查一下再回电", "上次维修后又出问题了，很着急", "想咨询以旧换新活动",
    "热水器打不着火，请尽快联系", "要开发票，请财务回电", "投诉上门师傅迟到", "预约周末清洗油烟机",
    "电视没有图像，有声音", "想加装一台空调，请报价",
)  # fmt: skip
_FOUR = tuple(f"{i:04d}" for i in range(10_000))
_STRANGER_BLOCKS = tuple(f"{(i * 7_919 + 1_234) % 10_000:04d}" for i in range(48))
DAY = 86_400


@dataclass
class _Phones:
    """Every customer's numbers as integers (E.164 without "+86"): flat, so a million
    customers' numbers take a few megabytes, and the best match of each shared number."""

    numbers: array.array = field(default_factory=lambda: array.array("q"))
    starts: array.array = field(default_factory=lambda: array.array("q", [0]))
    shared: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # (sort, id) each


@dataclass
class _Missed:
    call_id: int
    customer_id: int | None
    raw: str
    moment: int


def generate_calls(ctx: DemoContext) -> None:
    total = ctx.options.call_count
    if total <= 0:
        return
    r = ctx.rng("calls").random
    phones = _load_phones(ctx)
    ids = ctx.customer_ids
    first = ids.start if ids else 0
    answerers = ctx.users_by_role.get("receptionist", []) + ctx.users_by_role.get("manager", [])
    callers = answerers + ctx.users_by_role.get("technician", [])
    days = HISTORY.days
    start_day = ctx.base_time - HISTORY
    day_text = [(start_day + dt.timedelta(days=d)).date().isoformat() for d in range(days + 1)]
    clock_text = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(DAY)]

    def text(moment: int) -> str:
        return f"{day_text[moment // DAY]} {clock_text[moment % DAY]}"

    customers = len(ids)
    arrived = [-(-d * customers // days) for d in range(days + 1)]  # arrived before day d
    per_day = _spread(total, [a + max(customers, 20) // 20 for a in arrived[:days]])
    strangers: list[int] = []
    landlines = PhoneNumbers(r)
    missed: deque[_Missed] = deque(maxlen=MESSAGES_MAX)
    call_id = ctx.writer.next_id(Call)
    rows: list[tuple] = []
    done = 0
    with ctx.writer.deferred_indexes(Call):
        for day in range(days):
            known_count = arrived[day]
            moments = sorted(day * DAY + _time_of_day(r) for _ in range(per_day[day]))
            for moment in moments:
                out = r() < OUT_SHARE
                customer, owners, number = None, 0, 0
                privacy = ""
                if known_count and r() < (KNOWN_SHARE_OUT if out else KNOWN_SHARE_IN):
                    index = _caller_index(r, known_count, days, customers)
                    number = _number_of(r, phones, index)
                    if number:
                        customer, owners = first + index, 1
                        if number in phones.shared:
                            customer, owners = _best(phones.shared[number], first + known_count)
                elif not out and r() < WITHHELD_SHARE / (1 - KNOWN_SHARE_IN):
                    privacy = "private" if r() < 0.7 else "unavailable"
                if not number and not privacy:
                    number = _stranger(r, strangers, landlines)
                if number:
                    e164 = f"+86{number}"
                    raw, region = _as_sent(r, e164), _region(number)
                else:
                    e164, raw, region = "", "P" if privacy == "private" else "O", ""
                name = ""
                if number and not (customer or out) and r() < NETWORK_NAME_SHARE:
                    name = pick(r, _NETWORK_NAMES)
                line, line_name = _LINE.pick(r)
                operator = pick(r, callers if out else answerers) if answerers else None
                answered, ended, duration, was_missed = _timing(r, moment, out)
                ring = text(moment)
                rows.append((
                    call_id, STATION, line, line_name, "out" if out else "in", raw, e164,
                    region, name, privacy, customer, owners, ring,
                    None if answered is None else text(answered), text(ended), duration,
                    operator, was_missed, "", ring,
                ))  # fmt: skip
                if was_missed:
                    missed.append(_Missed(call_id, customer, raw, moment))
                call_id += 1
            if len(rows) >= CHUNK or day == days - 1:
                ctx.writer.insert(Call, CALL_COLUMNS, rows)
                done += len(rows)
                rows = []
                ctx.progress("calls", done, total)
    ctx.writer.ids_assigned(Call)
    _messages(ctx, r, list(missed), text, days)


def _spread(total: int, weights: Sequence[int]) -> list[int]:
    """``total`` split over the days in proportion to ``weights`` (largest remainders)."""
    whole = sum(weights) or 1
    shares = [total * w / whole for w in weights]
    counts = [int(s) for s in shares]
    by_remainder = sorted(range(len(shares)), key=lambda i: counts[i] - shares[i])
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _time_of_day(r: Rand) -> int:
    if r() < 0.88:
        return 8 * 3600 + int(r() * 12 * 3600)  # office hours
    return (7 * 3600 + int(r() * 3600)) if r() < 0.3 else 20 * 3600 + int(r() * 2 * 3600)


def _caller_index(r: Rand, known: int, days: int, customers: int) -> int:
    """A customer who had arrived: often a recent one (installations, first repairs)."""
    if r() < 0.2:
        recent = max(1, RECENT_DAYS * customers // days)
        return known - 1 - int(r() * min(recent, known))
    return int(r() * known)


def _number_of(r: Rand, phones: _Phones, index: int) -> int:
    begin, end = phones.starts[index], phones.starts[index + 1]
    if end == begin:
        return 0
    return phones.numbers[begin if r() < 0.7 else begin + int(r() * (end - begin))]


def _stranger(r: Rand, pool: list[int], landlines: PhoneNumbers) -> int:
    """A number nobody owns: often one that called before (the pool drifts over the years)."""
    if pool and r() < 0.4:
        return pool[int(r() * len(pool))]
    if r() < 0.25:
        number = int(landlines.landline(_CITY.pick(r))[1][3:])
    else:  # from a few blocks of each network: their regions are looked up once
        number = int(_NETWORK.pick(r) + pick(r, _STRANGER_BLOCKS) + _FOUR[int(r() * 10_000)])
    if len(pool) < STRANGER_POOL:
        pool.append(number)
    else:
        pool[int(r() * len(pool))] = number
    return number


_regions: dict[int, str] = {}


def _region(number: int) -> str:
    """号码归属地 of a valid Chinese number (E.164 without "+86"), as ``normalize`` gives it,
    asked of phonenumbers' geocoder directly (its validity checks would cost five times more)
    and once per 7-digit prefix, by which its data are keyed."""
    prefix = number // 10 ** (len(str(number)) - 7)
    region = _regions.get(prefix)
    if region is None:
        from phonenumbers import PhoneNumber, geocoder

        region = geocoder.description_for_valid_number(PhoneNumber(86, number), "zh")
        region = _regions[prefix] = "" if region == "中国" else region
    return region


def _as_sent(r: Rand, e164: str) -> str:
    """What a caller-ID box on a Beijing line shows for the number."""
    national = e164[3:]
    if national[0] == "1" and len(national) == 11:  # mobile
        return "0" + national if r() < 0.1 else national
    if national.startswith("10"):  # a local line: without the area code, mostly
        return national[2:] if r() < 0.85 else "0" + national
    return "0" + national


def _timing(r: Rand, moment: int, out: bool) -> tuple[int | None, int, int, bool]:
    """(answered, ended, duration, missed) as ``calls.answered`` / ``calls.ended`` set them."""
    office = 8 * 3600 <= moment % DAY < 20 * 3600
    if out:
        if r() < 0.85:
            answered = moment + 5 + int(r() * 15)
            duration = 10 + int(r() * r() * 480)
            return answered, answered + duration, duration, False
        ended = moment + 20 + int(r() * 25)
        return None, ended, ended - moment, False
    if r() < (MISSED_SHARE if office else 0.45):
        return None, moment + 8 + int(r() * 40), 0, True
    answered = moment + 2 + int(r() * 20)
    duration = 15 + int(r() * r() * 720)
    return answered, answered + duration, duration, False


def _load_phones(ctx: DemoContext) -> _Phones:
    phones = _Phones()
    ids = ctx.customer_ids
    if not ids:
        return phones
    db, table = ctx.db, ctx.writer.quote("customer_phone")
    cursor = db.execute_sql(
        f"SELECT customer_id, number FROM {table} WHERE customer_id >= {db.param}"
        " ORDER BY customer_id, sort, id",
        (ids.start,),
    )
    counts = [0] * len(ids)
    for cid, number in cursor:
        if number.startswith("+86") and cid < ids.stop:
            phones.numbers.append(int(number[3:]))
            counts[cid - ids.start] += 1
    for count in counts:
        phones.starts.append(phones.starts[-1] + count)
    # Shared numbers, with every owner: which of them a call matches depends on who had
    # arrived by then.
    cursor = db.execute_sql(
        f"SELECT number, customer_id, sort FROM {table} WHERE number IN (SELECT number"
        f" FROM {table} GROUP BY number HAVING COUNT(*) > 1) ORDER BY number, customer_id"
    )
    for number, cid, sort in cursor:
        if number.startswith("+86"):
            phones.shared.setdefault(int(number[3:]), []).append((sort, cid))
    return phones


def _best(owners: list[tuple[int, int]], arrived_before: int) -> tuple[int | None, int]:
    """The lookup's best match among the owners who had arrived (first numbers before further
    ones, then the newest customer), and how many had."""
    there = [(sort, -cid) for sort, cid in owners if cid < arrived_before]
    return (-min(there)[1], len(there)) if there else (None, 0)


def _messages(ctx: DemoContext, r: Rand, missed: list[_Missed], text, days: int) -> None:
    count = min(len(missed), 12 + ctx.options.customers // 10_000)
    if not count:
        return
    chosen = sorted(missed, key=lambda m: m.moment)[-count:]
    users = ctx.users_by_role
    takers = users.get("receptionist", []) or [None]
    for_whom = [*users.get("technician", []), *users.get("manager", []), None, None]
    names = {}
    if any(m.customer_id for m in chosen):
        names = dict(
            ctx.db.execute_sql(
                f"SELECT id, name FROM {ctx.writer.quote('customer')} WHERE id IN ("
                + ", ".join(str(m.customer_id) for m in chosen if m.customer_id)
                + ")"
            ).fetchall()
        )
    rows = []
    today = days * DAY
    for position, m in enumerate(chosen):
        created = m.moment + 60 + int(r() * 300)
        open_ = position >= count - OPEN_MESSAGES or r() < 0.1
        handled_at = None if open_ else text(min(today - 60, created + 3600 + int(r() * 20_000)))
        caller = names.get(m.customer_id, "") or pick(r, ("王先生", "李女士", ""))
        number = "" if m.raw in ("P", "O") else m.raw
        rows.append((
            m.customer_id, m.call_id, caller, number, pick(r, for_whom), pick(r, _MESSAGES),
            r() < 0.85, pick(r, takers), text(created), not open_, handled_at,
            None if open_ else pick(r, takers),
        ))  # fmt: skip
    ctx.writer.insert(Message, MESSAGE_COLUMNS, rows)
