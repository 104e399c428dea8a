"""Plain values the customer services take and return (shared by the UI, search, lookup, Excel)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

# Sortable list columns: each is indexed, so keyed paging stays fast at a million customers.
SORT_KEYS: tuple[str, ...] = ("code", "name", "created_at")


@dataclass(frozen=True)
class PhoneInput:
    raw: str
    kind: str = ""  # mobile, landline, fax, other; "" = derived from the number


@dataclass(frozen=True)
class AddressInput:
    province: str = ""
    city: str = ""
    district: str = ""
    street: str = ""


@dataclass(frozen=True)
class ContactInput:
    name: str
    title: str = ""
    phone: str = ""


@dataclass(frozen=True)
class CustomerInput:
    name: str
    phones: tuple[PhoneInput, ...] = ()
    addresses: tuple[AddressInput, ...] = ()
    contacts: tuple[ContactInput, ...] = ()
    email: str = ""
    other_contact: str = ""
    group_id: int | None = None
    salesperson_id: int | None = None
    blacklisted: bool = False
    blacklist_reason: str = ""
    notes: str = ""


@dataclass(frozen=True)
class CustomerRef:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class PhoneView:
    id: int
    raw: str
    number: str
    kind: str
    region: str
    carrier: str
    shared_with: tuple[CustomerRef, ...]  # other active customers owning the number


@dataclass(frozen=True)
class AddressView:
    province: str
    city: str
    district: str
    street: str
    text: str  # joined for display


@dataclass(frozen=True)
class ContactView:
    name: str
    title: str
    phone: str


@dataclass(frozen=True)
class IntentionView:
    id: int
    product: str
    budget: Decimal | None
    expected_date: dt.date | None
    note: str
    created_by: str
    created_at: dt.datetime
    version: int = 1  # what a save from this view names (schema 12)


@dataclass(frozen=True)
class MemoView:
    id: int
    text: str
    created_by: str
    created_at: dt.datetime
    updated_at: dt.datetime | None
    version: int = 1  # what a save from this view names (schema 12)


@dataclass(frozen=True)
class CustomerDetail:
    id: int
    code: str
    name: str
    group_id: int | None
    group_name: str
    salesperson_id: int | None
    salesperson_name: str
    email: str
    other_contact: str
    blacklisted: bool
    blacklist_reason: str
    notes: str
    archived: bool
    created_by: str
    created_at: dt.datetime
    phones: tuple[PhoneView, ...]
    addresses: tuple[AddressView, ...]
    contacts: tuple[ContactView, ...]
    intentions: tuple[IntentionView, ...]
    memos: tuple[MemoView, ...]
    version: int = 1  # what a save from this view names (schema 12)


@dataclass(frozen=True)
class CustomerRow:
    """One line of a customer list."""

    id: int
    code: str
    name: str
    group_name: str
    salesperson_name: str
    phone: str  # first number, raw
    region: str  # of that number
    address: str  # first address, joined
    blacklisted: bool
    archived: bool
    created_at: dt.datetime


@dataclass(frozen=True)
class DuplicateNumber:
    raw: str
    number: str
    owners: tuple[CustomerRef, ...]


@dataclass(frozen=True)
class SaveResult:
    customer: CustomerDetail
    duplicates: tuple[DuplicateNumber, ...]


@dataclass(frozen=True)
class CustomerFilter:
    group_id: int | None = None
    no_group: bool = False
    salesperson_id: int | None = None
    blacklisted: bool | None = None
    created_from: dt.date | None = None
    created_to: dt.date | None = None  # inclusive
    include_archived: bool = False


@dataclass(frozen=True)
class PageKey:
    """Keyed-paging cursor: the sort value and id of the last row shown."""

    value: object
    id: int


@dataclass(frozen=True)
class GroupView:
    id: int
    name: str
    sort: int
    customer_count: int


@dataclass(frozen=True)
class StatRow:
    period_label: str
    key_label: str
    count: int


@dataclass(frozen=True)
class SearchHit:
    """One customer found by the search box: rank 0 exact, 1 prefix, 2 fragment; ``matched``
    names the field that matched best (name, code, phone, pinyin, initials, contact, email,
    address)."""

    row: CustomerRow
    rank: int
    matched: str


@dataclass(frozen=True)
class SearchPage:
    hits: list[SearchHit]
    more: bool  # further hits follow this page
