"""Reading customers into the plain values of customer_types: list rows and the full card.

No permission checks here: these are the building blocks the customer, lookup and search
services use inside their own, already checked, transactions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal

import peewee as pw

from yuntian.db.built_once import Arg, BuiltOnce
from yuntian.db.models import (
    Customer,
    CustomerAddress,
    CustomerContact,
    CustomerGroup,
    CustomerPhone,
    Memo,
    PurchaseIntention,
    User,
)
from yuntian.db.search_index import refresh_customers
from yuntian.phone_numbers import normalize
from yuntian.services.common.addresses import address_text
from yuntian.services.common.batches import chunks
from yuntian.services.common.errors import NotFound
from yuntian.services.common.people import (
    user_label,
    user_names,
)
from yuntian.services.customers.customer_types import (
    AddressView,
    ContactView,
    CustomerDetail,
    CustomerFilter,
    CustomerRef,
    CustomerRow,
    IntentionView,
    MemoView,
    PhoneView,
)

CENTS = Decimal("0.01")


def reindex(db: pw.Database, customer_ids: list[int]) -> None:
    """Bring the search index up to date with changed customers, in the caller's transaction
    (after a create, update, archive, restore or delete: what the search document holds)."""
    refresh_customers(db, customer_ids)


def as_datetime(value: object) -> dt.datetime:
    """Engines hand back DATETIME columns as datetime or (SQLite, raw queries) as text."""
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


# 号码归属地 by the first 7 national digits of a Chinese number: phonenumbers' geocoding data
# keys Chinese numbers by at most that much, so every number under a prefix shares its region.
# Asking phonenumbers costs ~0.06 ms a number; a page of 200 rows would spend most of its time
# there. Bounded by the count of such prefixes (well under 100,000).
_CN_REGION_PREFIX = len("+86") + 7
_cn_regions: dict[str, str] = {}


def region_of(number: str) -> str:
    """号码归属地 of a stored number (E.164; cleaned digits of invalid ones have none)."""
    if not number.startswith("+"):
        return ""
    if not number.startswith("+86"):
        return normalize(number).region
    prefix = number[:_CN_REGION_PREFIX]
    region = _cn_regions.get(prefix)
    if region is None:
        region = _cn_regions[prefix] = normalize(number).region
    return region


def apply_filter(query: pw.ModelSelect, flt: CustomerFilter) -> pw.ModelSelect:
    """Restrict a select over Customer to what ``flt`` lets through."""
    if not flt.include_archived:
        query = query.where(Customer.archived == False)  # noqa: E712
    if flt.no_group:
        query = query.where(Customer.group.is_null())
    elif flt.group_id is not None:
        query = query.where(Customer.group == flt.group_id)
    if flt.salesperson_id is not None:
        query = query.where(Customer.salesperson == flt.salesperson_id)
    if flt.blacklisted is not None:
        query = query.where(Customer.blacklisted == flt.blacklisted)
    if flt.created_from is not None:
        query = query.where(Customer.created_at >= _midnight(flt.created_from))
    if flt.created_to is not None:
        query = query.where(Customer.created_at < _midnight(flt.created_to + dt.timedelta(days=1)))
    return query


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def rows_for(ids: Sequence[int]) -> list[CustomerRow]:
    """List rows of the customers ``ids``, in that order; ids that no longer exist are left out."""
    if not ids:
        return []
    found: dict[int, CustomerRow] = {}
    for part in chunks(list(dict.fromkeys(ids))):
        found.update(_rows_chunk(part))
    return [found[i] for i in ids if i in found]


def _rows_chunk(ids: Sequence[int]) -> dict[int, CustomerRow]:
    # Plain SQL: peewee builds an IN list of 200 ids node by node, which cost more than the
    # queries themselves; the list page asks for this on every scroll.
    db = Customer._meta.database
    marks = ", ".join([db.param] * len(ids))
    q = db.quote[0] + "{}" + db.quote[1]
    customer, group, user = (q.format(m._meta.table_name) for m in (Customer, CustomerGroup, User))
    phone, address = (q.format(m._meta.table_name) for m in (CustomerPhone, CustomerAddress))
    query = db.execute_sql(
        "SELECT c.id, c.code, c.name, g.name, u.display_name, u.username, c.blacklisted,"
        f" c.archived, c.created_at FROM {customer} c"
        f" LEFT JOIN {group} g ON g.id = c.group_id"
        f" LEFT JOIN {user} u ON u.id = c.salesperson_id"
        f" WHERE c.id IN ({marks})",
        list(ids),
    ).fetchall()
    phones = _first_of(
        db.execute_sql(
            f"SELECT customer_id, raw, number FROM {phone} WHERE customer_id IN ({marks})"
            " ORDER BY customer_id, sort, id",
            list(ids),
        ).fetchall()
    )
    addresses = _first_of(
        db.execute_sql(
            f"SELECT customer_id, province, city, district, street FROM {address}"
            f" WHERE customer_id IN ({marks}) ORDER BY customer_id, sort, id",
            list(ids),
        ).fetchall()
    )
    rows = {}
    for cid, code, name, group, sp_display, sp_user, black, archived, created in query:
        raw, number = phones.get(cid, ("", ""))
        address = addresses.get(cid)
        rows[cid] = CustomerRow(
            id=cid,
            code=code,
            name=name,
            group_name=group or "",
            salesperson_name=user_label(sp_display, sp_user),
            phone=raw,
            region=region_of(number),
            address=address_text(*address) if address else "",
            blacklisted=bool(black),
            archived=bool(archived),
            created_at=as_datetime(created),
        )
    return rows


def _first_of(rows: Iterable[tuple]) -> dict[int, tuple]:
    """The first row per customer id (rows arrive ordered by customer, then sort)."""
    first: dict[int, tuple] = {}
    for cid, *rest in rows:
        if cid not in first:
            first[cid] = tuple(rest)
    return first


def owners_of(
    numbers: Iterable[str], exclude_customer_id: int | None
) -> dict[str, list[CustomerRef]]:
    """Active (not archived) customers owning each of ``numbers``, but the excluded one."""
    wanted = sorted({n for n in numbers if n})
    owners: dict[str, list[CustomerRef]] = {}
    for part in chunks(wanted):
        query = (
            CustomerPhone.select(CustomerPhone.number, Customer.id, Customer.code, Customer.name)
            .join(Customer, on=(CustomerPhone.customer == Customer.id))
            .where(CustomerPhone.number.in_(list(part)), Customer.archived == False)  # noqa: E712
            .order_by(CustomerPhone.number, Customer.id)
            .distinct()
            .tuples()
        )
        if exclude_customer_id is not None:
            query = query.where(Customer.id != exclude_customer_id)
        for number, cid, code, name in query:
            owners.setdefault(number, []).append(CustomerRef(cid, code, name))
    return owners


def _labelled(query: pw.ModelSelect, *users: tuple[pw.Field, str]) -> pw.ModelSelect:
    """``query`` with each user field's label (display name or user name) as an attribute."""
    for field, name in users:
        person = User.alias(name)
        query = query.select_extend(
            pw.fn.COALESCE(pw.fn.NULLIF(person.display_name, ""), person.username).alias(name)
        ).join_from(field.model, person, pw.JOIN.LEFT_OUTER, on=(field == person.id))
    return query


# The card's queries (every station reads the caller's card at every ring): built once each.
_CUSTOMER = BuiltOnce(
    lambda: _labelled(
        Customer.select(Customer, CustomerGroup.name.alias("group_name"))
        .join(CustomerGroup, pw.JOIN.LEFT_OUTER, on=(Customer.group == CustomerGroup.id))
        .where(Customer.id == Arg("id")),
        (Customer.salesperson, "salesperson_label"),
        (Customer.created_by, "creator_label"),
    ).objects()
)
_PHONES = BuiltOnce(
    lambda: (
        CustomerPhone.select()
        .where(CustomerPhone.customer == Arg("id"))
        .order_by(CustomerPhone.sort, CustomerPhone.id)
    )
)


def _shared_numbers() -> pw.ModelSelect:
    """Other active customers owning one of the customer's numbers, by number."""
    mine = CustomerPhone.alias("mine")
    return (
        CustomerPhone.select(CustomerPhone.number, Customer.id, Customer.code, Customer.name)
        .join(mine, on=(mine.number == CustomerPhone.number))
        .join_from(CustomerPhone, Customer, on=(CustomerPhone.customer == Customer.id))
        .where(mine.customer == Arg("id"), Customer.id != Arg("id"), Customer.archived == False)  # noqa: E712
        .order_by(CustomerPhone.number, Customer.id)
        .distinct()
        .tuples()
    )


_SHARED = BuiltOnce(_shared_numbers)
_ADDRESSES = BuiltOnce(
    lambda: (
        CustomerAddress.select()
        .where(CustomerAddress.customer == Arg("id"))
        .order_by(CustomerAddress.sort, CustomerAddress.id)
    )
)
_CONTACTS = BuiltOnce(
    lambda: (
        CustomerContact.select()
        .where(CustomerContact.customer == Arg("id"))
        .order_by(CustomerContact.sort, CustomerContact.id)
    )
)
# Newest first: the card shows what happened last at the top.
_INTENTIONS = BuiltOnce(
    lambda: (
        _labelled(
            PurchaseIntention.select(PurchaseIntention).where(
                PurchaseIntention.customer == Arg("id")
            ),
            (PurchaseIntention.created_by, "creator_label"),
        )
        .order_by(PurchaseIntention.created_at.desc(), PurchaseIntention.id.desc())
        .objects()
    )
)
_MEMOS = BuiltOnce(
    lambda: (
        _labelled(
            Memo.select(Memo).where(Memo.customer == Arg("id")), (Memo.created_by, "creator_label")
        )
        .order_by(Memo.created_at.desc(), Memo.id.desc())
        .objects()
    )
)


def detail(db: pw.Database, customer_id: int) -> CustomerDetail:
    """The whole card of one customer (archived ones too: reports and history link to them)."""
    customer = _CUSTOMER.first(db, id=customer_id)
    if customer is None:
        raise NotFound()
    shared: dict[str, list[CustomerRef]] = {}
    for number, cid, code, name in _SHARED.run(db, id=customer_id):
        shared.setdefault(number, []).append(CustomerRef(cid, code, name))
    phone_views = []
    for p in _PHONES.run(db, id=customer_id):
        info = normalize(p.number) if p.number.startswith("+") else None
        phone_views.append(
            PhoneView(
                id=p.id,
                raw=p.raw,
                number=p.number,
                kind=p.kind,
                region=info.region if info else "",
                carrier=info.carrier if info else "",
                shared_with=tuple(shared.get(p.number, ())),
            )
        )
    addresses = tuple(
        AddressView(
            a.province,
            a.city,
            a.district,
            a.street,
            address_text(a.province, a.city, a.district, a.street),
        )
        for a in _ADDRESSES.run(db, id=customer_id)
    )
    contacts = tuple(
        ContactView(c.name, c.title, c.phone) for c in _CONTACTS.run(db, id=customer_id)
    )
    return CustomerDetail(
        id=customer.id,
        code=customer.code,
        name=customer.name,
        group_id=customer.group_id,
        group_name=customer.group_name or "",
        salesperson_id=customer.salesperson_id,
        salesperson_name=customer.salesperson_label or "",
        email=customer.email,
        other_contact=customer.other_contact,
        blacklisted=bool(customer.blacklisted),
        blacklist_reason=customer.blacklist_reason,
        notes=customer.notes,
        archived=bool(customer.archived),
        created_by=customer.creator_label or "",
        created_at=as_datetime(customer.created_at),
        phones=tuple(phone_views),
        addresses=addresses,
        contacts=contacts,
        intentions=tuple(
            intention_view(i, {i.created_by_id: i.creator_label or ""})
            for i in _INTENTIONS.run(db, id=customer_id)
        ),
        memos=tuple(
            memo_view(m, {m.created_by_id: m.creator_label or ""})
            for m in _MEMOS.run(db, id=customer_id)
        ),
        version=customer.version,
    )


def intention_view(i: PurchaseIntention, names: dict[int, str] | None = None) -> IntentionView:
    names = names if names is not None else user_names([i.created_by_id])
    return IntentionView(
        id=i.id,
        product=i.product,
        budget=None if i.budget is None else Decimal(i.budget).quantize(CENTS),
        expected_date=_as_date(i.expected_date),
        note=i.note,
        created_by=names.get(i.created_by_id, ""),
        created_at=as_datetime(i.created_at),
        version=i.version,
    )


def memo_view(m: Memo, names: dict[int, str] | None = None) -> MemoView:
    names = names if names is not None else user_names([m.created_by_id])
    return MemoView(
        id=m.id,
        text=m.text,
        created_by=names.get(m.created_by_id, ""),
        created_at=as_datetime(m.created_at),
        updated_at=as_datetime(m.updated_at) if m.updated_at is not None else None,
        version=m.version,
    )


def _as_date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value  # type: ignore[return-value]
    return dt.date.fromisoformat(str(value))
