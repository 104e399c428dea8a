"""Lookup by phone number: who is calling? The caller pop's query, run on every ring.

One query: an indexed probe of ``customer_phone.number`` finds the owners, joined with what
their list rows show. Besides the number's E.164 form the probe also tries the other keys
the same line may have been stored under, so a customer entered before the local area code was
configured (stored as the bare local digits) is still found.

Every signed-in user may look up: the receptionist, the technician on a call, the manager.
"""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from yuntian.config import Profile
from yuntian.db.models import Customer, CustomerAddress, CustomerGroup, CustomerPhone, User
from yuntian.db.transactions import reading
from yuntian.phone_numbers import NumberInfo, normalize
from yuntian.services.common.addresses import address_text
from yuntian.services.common.people import user_label
from yuntian.services.common.permissions import Actor
from yuntian.services.customers import customer_views as views
from yuntian.services.customers.customer_types import CustomerRow

# More owners than this is a switchboard number shared by a whole building; the first ones do.
MAX_OWNERS = 50


@dataclass(frozen=True)
class LookupResult:
    number: NumberInfo
    customers: list[CustomerRow]  # best match first
    unavailable: bool = False  # the database could not be reached: owners not known


class CustomerLookupService:
    def __init__(self, db: pw.Database, profile: Profile) -> None:
        self._db = db
        self._profile = profile
        # SQL of the owner query per number of keys: it runs on every ring, and peewee takes
        # many times longer to build it than the database takes to answer it.
        self._owner_sql: dict[int, tuple[str, list[object]]] = {}

    def lookup(self, actor: Actor, raw: str) -> LookupResult:
        """All active customers owning the number ``raw``, best match first.

        Best match: customers whose first number it is before those who list it further
        down, then the most recently created (a number changes hands; the newest owner is
        the likelier caller). Blacklisted owners are included, flagged on their row.
        """
        del actor  # every signed-in user may look a number up
        area_code = self._profile.config.local_area_code
        info = normalize(raw, area_code)
        keys = lookup_keys(info, area_code)
        if not keys:
            return LookupResult(info, [])
        with reading(self._db):
            return LookupResult(info, self._owners(keys))

    def number_only(self, raw: str) -> LookupResult:
        """The number's own facts (region and carrier come from phonenumbers, offline) for a
        call while the database cannot be reached: who owns it is not known."""
        return LookupResult(normalize(raw, self._profile.config.local_area_code), [], True)

    def find(self, raw: str) -> LookupResult:
        """``lookup`` inside the caller's transaction: for a service that stores what it found
        in the same one (the call log records the best match of each call)."""
        area_code = self._profile.config.local_area_code
        info = normalize(raw, area_code)
        keys = lookup_keys(info, area_code)
        return LookupResult(info, self._owners(keys) if keys else [])

    def _owners(self, keys: list[str]) -> list[CustomerRow]:
        if len(keys) not in self._owner_sql:
            sql, params = _owners_query(keys).sql()
            assert params[: len(keys)] == keys, "the keys must be the first parameters"
            self._owner_sql[len(keys)] = sql, params
        sql, params = self._owner_sql[len(keys)]
        cursor = self._db.execute_sql(sql, [*keys, *params[len(keys) :]])
        return [_row(*values) for values in cursor.fetchall()]


def _owners_query(keys: list[str]) -> pw.ModelSelect:
    """The list rows of the active owners of any of ``keys``, best match first, in one query.

    ``keys`` are the query's first parameters. The same row as customer_views.rows_for builds
    (first number, first address, group, salesperson), fetched together with the owners: this
    runs on every ring.
    """
    matched = (
        CustomerPhone.select(
            CustomerPhone.customer.alias("customer_id"),
            pw.fn.MIN(CustomerPhone.sort).alias("position"),
        )
        .where(CustomerPhone.number.in_(keys))
        .group_by(CustomerPhone.customer)
        .alias("matched")
    )
    first_phone, other_phone = CustomerPhone.alias("first_phone"), CustomerPhone.alias("p2")
    first_address, other_address = (
        CustomerAddress.alias("first_address"),
        CustomerAddress.alias("a2"),
    )
    salesperson = User.alias("salesperson")
    return (
        Customer.select(
            Customer.id,
            Customer.code,
            Customer.name,
            CustomerGroup.name,
            salesperson.display_name,
            salesperson.username,
            Customer.blacklisted,
            Customer.archived,
            Customer.created_at,
            first_phone.raw,
            first_phone.number,
            first_address.province,
            first_address.city,
            first_address.district,
            first_address.street,
        )
        .join(matched, on=(matched.c.customer_id == Customer.id))
        .join_from(
            Customer, CustomerGroup, pw.JOIN.LEFT_OUTER, on=(Customer.group == CustomerGroup.id)
        )
        .join_from(
            Customer, salesperson, pw.JOIN.LEFT_OUTER, on=(Customer.salesperson == salesperson.id)
        )
        .join_from(
            Customer,
            first_phone,
            pw.JOIN.LEFT_OUTER,
            on=(first_phone.id == _first_child(other_phone, other_phone.customer)),
        )
        .join_from(
            Customer,
            first_address,
            pw.JOIN.LEFT_OUTER,
            on=(first_address.id == _first_child(other_address, other_address.customer)),
        )
        .where(Customer.archived == False)  # noqa: E712
        .order_by(matched.c.position, Customer.created_at.desc(), Customer.id.desc())
        .limit(MAX_OWNERS)
    )


def _first_child(model: type[pw.Model], owner: pw.Field) -> pw.ModelSelect:
    """Id of the customer's first phone / address (lowest sort), as a correlated subquery."""
    return (
        model.select(model.id).where(owner == Customer.id).order_by(model.sort, model.id).limit(1)
    )


def _row(
    cid: int,
    code: str,
    name: str,
    group: str | None,
    sp_display: str | None,
    sp_user: str | None,
    blacklisted: object,
    archived: object,
    created_at: object,
    raw: str | None,
    number: str | None,
    *address: str | None,
) -> CustomerRow:
    return CustomerRow(
        id=cid,
        code=code,
        name=name,
        group_name=group or "",
        salesperson_name=user_label(sp_display, sp_user),
        phone=raw or "",
        region=views.region_of(number or ""),
        address=address_text(*(part or "" for part in address)) if address[0] is not None else "",
        blacklisted=bool(blacklisted),
        archived=bool(archived),
        created_at=views.as_datetime(created_at),
    )


def lookup_keys(info: NumberInfo, local_area_code: str = "") -> list[str]:
    """The stored ``CustomerPhone.number`` values that mean the same line as ``info``."""
    if not info.e164:
        return []
    keys = [info.e164]
    area = local_area_code.strip().lstrip("0")
    local_prefix = "+86" + area
    if area and info.kind == "landline" and info.e164.startswith(local_prefix):
        # A local line stored while no area code was configured: just the local digits.
        keys.append(info.e164[len(local_prefix) :])
    return keys
