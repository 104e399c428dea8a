"""Demo step "customers": people and companies with phones, addresses and contacts.

Rows are generated in chunks and bulk-inserted, so a million customers take a minute and flat
memory. Everything comes from the step's own random stream and the fixed base time, so a seed
always produces the same rows. A few customers live with an earlier one (same surname and
address) and share that household's landline, as families and small shops do.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from dataclasses import dataclass

from yuntian.db.models import (
    Customer,
    CustomerAddress,
    CustomerContact,
    CustomerGroup,
    CustomerPhone,
    NumberingCounter,
)
from yuntian.demo import names, phones
from yuntian.demo.context import HISTORY, DemoContext
from yuntian.demo.names import Rand, Weighted, pick
from yuntian.demo.places import BUILDINGS, CITIES, COMPOUNDS, City
from yuntian.services.common.numbering import format_period, rule_for

CHUNK = 10_000  # customers per executemany batch
COMPANY_GROUP = "企业客户"  # added beside the seeded 普通客户 / VIP客户 / 经销商

CUSTOMER_COLUMNS = (
    "id", "code", "name", "group_id", "salesperson_id", "email", "other_contact",
    "blacklisted", "blacklist_reason", "notes", "archived", "created_by_id", "created_at",
)  # fmt: skip
PHONE_COLUMNS = ("customer_id", "kind", "raw", "number", "sort")
ADDRESS_COLUMNS = ("customer_id", "province", "city", "district", "street", "sort")
CONTACT_COLUMNS = ("customer_id", "name", "title", "phone", "sort")

COMPANY_SHARE = 0.08
HOUSEHOLD_SHARE = 0.02  # joins an earlier customer's household and shares its landline
BLACKLIST_SHARE = 0.004
NOTE_SHARE = 0.08
SECOND_ADDRESS_SHARE = 0.08

_CITY = Weighted(CITIES, [c.weight for c in CITIES])
_PERSON_GROUP = Weighted(("普通客户", "VIP客户", "经销商"), (82, 16, 2))
_COMPANY_GROUP = Weighted((COMPANY_GROUP, "经销商", "VIP客户"), (55, 30, 15))
_PHONE_COUNT = Weighted((1, 2, 3), (60, 30, 10))
_OFFICE_SECONDS = tuple(
    f"{h:02d}:{m:02d}:{sec:02d}" for h in range(8, 20) for m in range(60) for sec in range(60)
)
_MAIL_DOMAINS = ("163.com", "126.com", "sina.com", "139.com", "foxmail.com", "sohu.com")
_BLACKLIST_REASONS = (
    "多次恶意投诉",
    "拖欠维修费用不还",
    "辱骂维修人员",
    "频繁骚扰电话",
    "虚假报修",
    "拒付上门费",
)
_NOTES = (
    "老客户，上门前请先电话联系",
    "只在周末在家",
    "家里有老人，请晚上七点后来电",
    "要求开具发票",
    "小区需登记，师傅请带工作证",
    "客户耳背，说话请大声",
    "空调在阳台外机，需要梯子",
    "喜欢微信沟通",
    "地址不好找，到了打电话",
    "对价格比较敏感，先报价再维修",
    "去年换过压缩机，注意保修",
    "工作日白天联系单位电话",
)


@dataclass
class _Household:
    """An earlier customer whose landline and address a newcomer may share."""

    surname: int
    city: City
    address: tuple[str, str, str, str]
    landline: tuple[str, str]


@dataclass
class _Chunk:
    customers: list[tuple]
    phones: list[tuple]
    addresses: list[tuple]
    contacts: list[tuple]


class CustomerFactory:
    """Makes one customer's rows at a time from the step's random stream."""

    def __init__(self, ctx: DemoContext) -> None:
        self.r = ctx.rng("customers").random
        self.phones = phones.PhoneNumbers(self.r)
        self.total = max(ctx.options.customers, 1)
        self.start = ctx.base_time - HISTORY
        self.groups = ctx.groups
        users = ctx.users_by_role
        sales_staff = users.get("manager", []) + users.get("receptionist", [])
        self.salespeople: list[int | None] = list(sales_staff) or [None]
        self.creators: list[int | None] = list(users.get("receptionist", [])) or self.salespeople
        self.households: deque[_Household] = deque(maxlen=64)
        self._day: tuple[int, str] = (-1, "")

    def make(self, rows: _Chunk, customer_id: int, code: str, index: int) -> None:
        """Append one customer's rows; ``index`` (0-based) places it in the three-year history."""
        r = self.r
        if r() < COMPANY_SHARE:
            name, group, email, other = self._company(r, customer_id, rows)
        else:
            name, group, email, other = self._person(r, customer_id, rows)
        blacklisted = r() < BLACKLIST_SHARE
        reason = pick(r, _BLACKLIST_REASONS) if blacklisted else ""
        notes = pick(r, _NOTES) if r() < NOTE_SHARE else ""
        salesperson = pick(r, self.salespeople) if r() < 0.7 else None
        rows.customers.append(
            (
                customer_id,
                code,
                name,
                self.groups[group],
                salesperson,
                email,
                other,
                blacklisted,
                reason,
                notes,
                False,
                pick(r, self.creators),
                self._created_at(r, index),
            )
        )

    def _created_at(self, r: Rand, index: int) -> str:
        """Customers arrive evenly over the history, in office hours (08:00-20:00)."""
        day = index * HISTORY.days // self.total
        if self._day[0] != day:
            self._day = (day, f"{(self.start + dt.timedelta(days=day)).date()} ")
        return self._day[1] + _OFFICE_SECONDS[int(r() * len(_OFFICE_SECONDS))]

    # --- people -------------------------------------------------------------------------

    def _person(self, r: Rand, customer_id: int, rows: _Chunk) -> tuple[str, str, str, str]:
        numbers: list[tuple[str, str, str]] = []  # kind, raw, E.164
        if self.households and r() < HOUSEHOLD_SHARE:
            # Each household takes in one newcomer, so a shared line has exactly two owners.
            home = self.households[int(r() * len(self.households))]
            self.households.remove(home)
            surname, city, address = home.surname, home.city, home.address
            numbers.append(("landline", *home.landline))
            if r() < 0.7:
                numbers.append(("mobile", *self.phones.mobile(city)))
        else:
            surname = names.pick_surname(r)
            city = _CITY.pick(r)
            address = _home_address(r, city)
            for i in range(_PHONE_COUNT.pick(r)):
                if r() < (0.2 if i == 0 else 0.5):
                    numbers.append(("landline", *self.phones.landline(city)))
                else:
                    numbers.append(("mobile", *self.phones.mobile(city)))
            for kind, raw, e164 in numbers:
                if kind == "landline":
                    self.households.append(_Household(surname, city, address, (raw, e164)))
                    break
        name = names.person_name(r, surname)
        phone_rows = rows.phones
        for sort, (kind, raw, e164) in enumerate(numbers):
            phone_rows.append((customer_id, kind, raw, e164, sort))
        rows.addresses.append((customer_id, *address, 0))
        if r() < SECOND_ADDRESS_SHARE:
            rows.addresses.append((customer_id, *_home_address(r, city), 1))
        has_mobile = any(kind == "mobile" for kind, _, _ in numbers)
        return (
            name,
            _PERSON_GROUP.pick(r),
            _person_email(r, surname),
            _other_contact(r, surname, has_mobile),
        )

    # --- companies ----------------------------------------------------------------------

    def _company(self, r: Rand, customer_id: int, rows: _Chunk) -> tuple[str, str, str, str]:
        city = _CITY.pick(r)
        name, pinyin = names.company_name(r, city.short_name)
        numbers = [("landline", *self.phones.landline(city))]
        extra = r()
        if extra < 0.25:
            numbers.append(("fax", *self.phones.landline(city)))
        elif extra < 0.5:
            numbers.append(("landline", *self.phones.landline(city)))
        if r() < 0.4:
            numbers.append(("mobile", *self.phones.mobile(city)))
        for sort, (kind, raw, e164) in enumerate(numbers):
            rows.phones.append((customer_id, kind, raw, e164, sort))
        rows.addresses.append((customer_id, *_business_address(r, city), 0))
        for sort in range(1 if r() < 0.7 else 2):
            title = pick(r, names.CONTACT_TITLES)
            contact_phone = self.phones.mobile(city)[0]
            rows.contacts.append((customer_id, names.person_name(r), title, contact_phone, sort))
        email = ""
        if r() < 0.5:
            email = (
                f"{pinyin}{1 + int(r() * 99)}@163.com" if r() < 0.5 else f"service@{pinyin}.com.cn"
            )
        other = f"QQ: {_qq_number(r)}" if r() < 0.2 else ""
        return name, _COMPANY_GROUP.pick(r), email, other


def _number(r: Rand, low: int, high: int) -> int:
    """An integer in [low, high]."""
    return low + int(r() * (high - low + 1))


def _qq_number(r: Rand) -> int:
    return _number(r, 10_000, 2_999_999_999)


def _home_address(r: Rand, city: City) -> tuple[str, str, str, str]:
    street = pick(r, city.streets)
    number = _number(r, 1, 300)
    shape = r()
    if shape < 0.45:
        where = f"{street}{number}号"
    elif shape < 0.75:
        where = (
            f"{street}{number}号院{_number(r, 1, 20)}号楼{_number(r, 1, 6)}单元"
            f"{_number(r, 1, 18)}{_number(r, 1, 4):02d}室"
        )
    else:
        where = (
            f"{street}{pick(r, COMPOUNDS)}{_number(r, 1, 30)}号楼"
            f"{_number(r, 1, 6)}单元{_number(r, 1, 24)}{_number(r, 1, 4):02d}室"
        )
    return city.province, city.city, pick(r, city.districts), where


def _business_address(r: Rand, city: City) -> tuple[str, str, str, str]:
    street = pick(r, city.streets)
    number = _number(r, 1, 300)
    if r() < 0.6:
        where = f"{street}{number}号"
    else:
        where = f"{street}{number}号{pick(r, BUILDINGS)}{_number(r, 1, 28)}层"
    return city.province, city.city, pick(r, city.districts), where


def _person_email(r: Rand, surname: int) -> str:
    roll = r()
    if roll < 0.10:
        return f"{_qq_number(r)}@qq.com"
    if roll < 0.22:
        pinyin = names.SURNAMES[surname][2]
        return f"{pinyin}{_number(r, 1, 9999)}@{pick(r, _MAIL_DOMAINS)}"
    return ""


def _other_contact(r: Rand, surname: int, has_mobile: bool) -> str:
    roll = r()
    if roll < 0.08:
        return f"QQ: {_qq_number(r)}"
    if roll < 0.14:
        return f"微信: {names.SURNAMES[surname][2]}_{_number(r, 10, 9999)}"
    if roll < 0.18 and has_mobile:
        return "微信同手机号"
    return ""


def generate_customers(ctx: DemoContext) -> None:
    _ensure_groups(ctx)
    writer = ctx.writer
    total = ctx.options.customers
    rule = rule_for("customer")
    code_stem = f"{rule.prefix}{format_period(rule.date_pattern, ctx.base_time.date())}"
    counter_key = code_stem[:16]  # as Numbering.next_code forms it
    first_value = _counter(counter_key) + 1
    first_id = writer.next_id(Customer)
    factory = CustomerFactory(ctx)
    with writer.deferred_indexes(Customer, CustomerPhone, CustomerAddress, CustomerContact):
        for chunk_start in range(0, total, CHUNK):
            batch = _Chunk([], [], [], [])
            for index in range(chunk_start, min(chunk_start + CHUNK, total)):
                # format_code's result, without its cost per row
                code = f"{code_stem}{first_value + index:0{rule.digits}d}"
                factory.make(batch, first_id + index, code, index)
            writer.insert(Customer, CUSTOMER_COLUMNS, batch.customers)
            writer.insert(CustomerPhone, PHONE_COLUMNS, batch.phones)
            writer.insert(CustomerAddress, ADDRESS_COLUMNS, batch.addresses)
            writer.insert(CustomerContact, CONTACT_COLUMNS, batch.contacts)
            ctx.progress("customers", min(chunk_start + CHUNK, total), total)
    ctx.customer_ids = range(first_id, first_id + total)
    if total:
        writer.ids_assigned(Customer)
        _set_counter(counter_key, first_value + total - 1)


def _ensure_groups(ctx: DemoContext) -> None:
    if not CustomerGroup.select().where(CustomerGroup.name == COMPANY_GROUP).exists():
        sort = CustomerGroup.select().count()
        CustomerGroup.create(name=COMPANY_GROUP, sort=sort)
    ctx.groups = {g.name: g.id for g in CustomerGroup.select()}


def _counter(stem: str) -> int:
    key = (NumberingCounter.kind == "customer") & (NumberingCounter.period == stem)
    return NumberingCounter.select(NumberingCounter.last_value).where(key).scalar() or 0


def _set_counter(stem: str, value: int) -> None:
    """Make Numbering.next_code("customer") continue after the last demo code."""
    key = (NumberingCounter.kind == "customer") & (NumberingCounter.period == stem)
    if not NumberingCounter.update(last_value=value).where(key).execute():
        NumberingCounter.insert(kind="customer", period=stem, last_value=value).execute()
