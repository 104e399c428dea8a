"""Demo step "customer_records": purchase intentions (购买意向) and memos (备忘录) on customers.

About one customer in seven is thinking of buying an appliance (the shop also sells), one in
ten has memos. Each record is dated after its customer arrived and before the demo's "now".
Some customers with an intention sit in the 潜在客户 group, and a few customers with memos have
moved away and were archived (kept for their history, hidden from lists), as the customer
service would do. Everything comes from the step's own random stream.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from yuntian.db.models import Customer, CustomerGroup, Memo, PurchaseIntention
from yuntian.demo.context import HISTORY, DemoContext
from yuntian.demo.names import Rand, Weighted, pick

CHUNK = 20_000  # customers per batch of inserts
INTENTION_SHARE = 0.15
MEMO_SHARE = 0.10
PROSPECT_SHARE = 0.3  # of private customers with an intention: moved to the 潜在客户 group
ARCHIVE_SHARE = 0.02  # of customers with memos: moved away, archived
PROSPECT_GROUP = "潜在客户"
ARCHIVE_MEMO = "客户已搬离本市，资料归档"

INTENTION_COLUMNS = (
    "customer_id", "product", "budget", "expected_date", "note", "created_by_id", "created_at",
)  # fmt: skip
MEMO_COLUMNS = ("customer_id", "text", "created_by_id", "created_at", "updated_at")

# product, lowest and highest budget in yuan (a customer's budget lands on a round hundred)
PRODUCTS: tuple[tuple[str, int, int], ...] = (
    ("格力空调 KFR-35GW", 2800, 3800), ("格力空调 KFR-72LW 柜机", 6500, 9000),
    ("美的空调 KFR-26GW", 2200, 3000), ("海尔冰箱 BCD-470", 3500, 5000),
    ("海尔冰箱 BCD-218", 1600, 2200), ("美的洗衣机 MG100V58WT", 2000, 2800),
    ("小天鹅洗衣机 TG100", 2000, 3000), ("联想电脑 ThinkPad E14", 4500, 6000),
    ("联想小新 Pro 14", 5000, 6500), ("海信电视 65E3F", 3000, 4500),
    ("TCL电视 55V8E", 2200, 3200), ("方太油烟机 EMD20A", 4000, 6000),
    ("老板燃气灶 30B1", 1500, 2500), ("万和热水器 JSQ24", 1500, 2200),
    ("A.O.史密斯热水器 E60VC", 3000, 4200), ("格兰仕微波炉 P70D20", 400, 700),
    ("美的净水器 MRC1586", 1500, 3000), ("戴森吸尘器 V12", 3500, 4500),
)  # fmt: skip
_PRODUCT = Weighted(PRODUCTS, (9, 4, 6, 6, 3, 6, 4, 3, 2, 5, 4, 3, 2, 3, 2, 2, 2, 1))
_INTENTION_NOTES = (
    "客厅用，要求一级能效", "旧机以旧换新", "等双十一活动再定", "需要上门测量尺寸",
    "预算有限，优先考虑性价比", "希望包安装", "给父母买的", "新房装修，年底入住",
    "比较了几家，价格合适就买", "要求送货上楼", "想分期付款",
)  # fmt: skip
_MEMOS = (
    "客户来电询问空调移机费用，已报价150元", "上门时客户不在家，已改约周六上午",
    "冰箱噪音大，建议更换压缩机，客户考虑中", "已提醒客户热水器每年清洗一次",
    "客户对上次服务很满意，介绍了邻居", "电话常打不通，改用微信联系",
    "保修卡丢失，凭购买发票保修", "家里有狗，上门注意", "洗衣机脱水异响，下次上门带轴承",
    "工作日不在家，只能周末上门", "油烟机清洗已预约下月", "新房装修，计划明年换全套家电",
    "客户嫌上门费贵，已解释收费标准", "小区门禁严，需提前报车牌", "老人独居，子女电话请一并通知",
    "空调加氟后制冷正常", "客户要求开增值税发票", "电视背光问题，配件已订",
)  # fmt: skip
_APPLIANCES = ("空调", "冰箱", "洗衣机", "热水器", "电视", "油烟机")
_COMPANY_MEMOS = (
    "年度保养合同到期，需续签", "对公转账，月结", "联系人换人，新联系人见联系人页",
    "机房空调需每季度巡检",
)  # fmt: skip


DAY = 86_400
OFFICE = (8 * 3600, 20 * 3600)  # customers arrive in these hours (see the customers step)


class _Calendar:
    """Moments as seconds since the first day of the history: cheap to draw, compare and
    format a few hundred thousand times (datetime and strftime cost more than the rest)."""

    def __init__(self, ctx: DemoContext) -> None:
        first = (ctx.base_time - HISTORY).date()
        self.days = HISTORY.days  # day HISTORY.days is the demo's "today": records stay before
        self.day_text = [(first + dt.timedelta(days=d)).isoformat() for d in range(self.days + 200)]
        self.time_text = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(DAY)]

    def after(self, r: Rand, arrived: int, within_days: int) -> int:
        """1..within_days days after the customer's arrival day, in office hours, before
        today; too close to today: the evening of the arrival day (after any arrival)."""
        day = arrived + 1 + int(r() * within_days)
        if day >= self.days:
            return arrived * DAY + OFFICE[1] + int(r() * 3600)
        return day * DAY + OFFICE[0] + int(r() * (OFFICE[1] - OFFICE[0]))

    def later(self, r: Rand, moment: int, within_days: int) -> int:
        """1..within_days days after ``moment``, before today (else a minute after it)."""
        later = moment + (1 + int(r() * within_days)) * DAY
        return later if later < self.days * DAY else moment + 60

    def text(self, moment: int) -> str:
        return f"{self.day_text[moment // DAY]} {self.time_text[moment % DAY]}"


def generate_customer_records(ctx: DemoContext) -> None:
    ids = ctx.customer_ids
    if not ids:
        return
    r = ctx.rng("customer_records").random
    staff = [*ctx.users_by_role.get("manager", []), *ctx.users_by_role.get("receptionist", [])]
    writers = staff + ctx.users_by_role.get("technician", [])
    cal = _Calendar(ctx)
    total = len(ids)
    prospects: list[int] = []
    archived: list[int] = []
    writer = ctx.writer
    with writer.deferred_indexes(PurchaseIntention, Memo):
        for chunk_start in range(0, total, CHUNK):
            intentions: list[tuple] = []
            memos: list[tuple] = []
            for index in range(chunk_start, min(chunk_start + CHUNK, total)):
                wants, notes = r() < INTENTION_SHARE, r() < MEMO_SHARE
                if not (wants or notes):
                    continue
                cid = ids[index]
                # The customers step places customer ``index`` on this day of the history.
                arrived = index * cal.days // total
                if wants:
                    _intentions(r, cal, cid, arrived, staff, intentions)
                    if r() < PROSPECT_SHARE:
                        prospects.append(cid)
                if notes and _memos(r, cal, cid, arrived, writers, memos):
                    archived.append(cid)
            writer.insert(PurchaseIntention, INTENTION_COLUMNS, intentions)
            writer.insert(Memo, MEMO_COLUMNS, memos)
            ctx.progress("customer_records", min(chunk_start + CHUNK, total), total)
    _move_prospects(ctx, prospects)
    _update(ctx, "archived = {p}", (True,), archived)


def _intentions(
    r: Rand, cal: _Calendar, cid: int, arrived: int, staff: Sequence[int], rows: list[tuple]
) -> None:
    for _ in range(1 if r() < 0.8 else 2):
        product, low, high = _PRODUCT.pick(r)
        budget = None if r() < 0.2 else f"{(low + int(r() * (high - low))) // 100 * 100}.00"
        created = cal.after(r, arrived, 90)
        expected = None
        if r() >= 0.25:
            expected = cal.day_text[created // DAY + 7 + int(r() * 120)]
        note = pick(r, _INTENTION_NOTES) if r() < 0.45 else ""
        creator = pick(r, staff) if staff else None
        rows.append((cid, product, budget, expected, note, creator, cal.text(created)))


def _memos(
    r: Rand, cal: _Calendar, cid: int, arrived: int, writers: Sequence[int], rows: list[tuple]
) -> bool:
    """Append the customer's memos; True when the customer moved away (to be archived)."""
    count = 1 if r() < 0.75 else (2 if r() < 0.8 else 3)
    latest = 0
    for _ in range(count):
        created = cal.after(r, arrived, 700)
        latest = max(latest, created)
        updated = cal.text(cal.later(r, created, 20)) if r() < 0.15 else None
        writer = pick(r, writers) if writers else None
        text = _memo_text(r, cal.day_text[created // DAY])
        rows.append((cid, text, writer, cal.text(created), updated))
    if r() < ARCHIVE_SHARE:
        writer = pick(r, writers) if writers else None
        rows.append((cid, ARCHIVE_MEMO, writer, cal.text(cal.later(r, latest, 60)), None))
        return True
    return False


def _memo_text(r: Rand, day: str) -> str:
    roll = r()
    if roll < 0.7:
        return pick(r, _MEMOS)
    if roll < 0.85:
        return pick(r, _COMPANY_MEMOS) if r() < 0.3 else pick(r, _MEMOS)
    appliance = pick(r, _APPLIANCES)
    return f"{int(day[5:7])}月{int(day[8:10])}日回访，客户表示{appliance}使用正常"


def _move_prospects(ctx: DemoContext, prospects: list[int]) -> None:
    """Private customers of the 普通客户 group with an intention -> 潜在客户."""
    if not CustomerGroup.select().where(CustomerGroup.name == PROSPECT_GROUP).exists():
        sort = CustomerGroup.select().count()
        CustomerGroup.create(name=PROSPECT_GROUP, sort=sort)
    ctx.groups = {g.name: g.id for g in CustomerGroup.select()}
    normal = ctx.groups.get("普通客户")
    _update(
        ctx, "group_id = {p} WHERE group_id = {p}", (ctx.groups[PROSPECT_GROUP], normal), prospects
    )


def _update(ctx: DemoContext, assignment: str, params: tuple, ids: list[int]) -> None:
    """UPDATE customer SET ``assignment`` AND id IN (ids), in batches. Plain SQL: peewee
    builds a long IN list node by node, which here cost more than the updates."""
    db, w = ctx.db, ctx.writer
    table = w.quote(Customer._meta.table_name)
    assignment = assignment.format(p=db.param)
    joiner = " AND " if " WHERE " in assignment else " WHERE "
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        marks = ", ".join([db.param] * len(part))
        db.execute_sql(f"UPDATE {table} SET {assignment}{joiner}id IN ({marks})", (*params, *part))
