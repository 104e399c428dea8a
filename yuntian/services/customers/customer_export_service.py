"""Customers for an export (data.import_export): the list as shown, one full line per customer.

The list's filter and sort (or its search text) choose and order the customers; each line has
every number, the first address split into its parts, the first contact, and who entered the
customer when. Rows are read in chunks of ids with four plain queries each, so 100,000
customers stream in flat memory at a small fraction of what writing the workbook costs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Protocol

import peewee as pw

from yuntian.db.models import (
    Customer,
    CustomerAddress,
    CustomerContact,
    CustomerGroup,
    CustomerPhone,
    User,
)
from yuntian.db.transactions import reading
from yuntian.exports.customer_export import write_customers
from yuntian.services.common.audit import AuditTrail
from yuntian.services.common.people import user_label
from yuntian.services.common.permissions import Actor, require
from yuntian.services.common.progress import CancelCheck, ProgressCallback
from yuntian.services.customers import customer_views as views
from yuntian.services.customers.customer_types import SORT_KEYS, CustomerFilter

CHUNK = 1000  # customers per round of queries
SEARCH_PAGE = 1000  # the search service's largest page
PHONE_SEPARATOR = "，"  # between the further numbers in one cell; the importer splits on it

_SORT_FIELDS = {"code": Customer.code, "name": Customer.name, "created_at": Customer.created_at}


class ExportLine(NamedTuple):
    """One customer; a tuple in the order of the writer's columns
    (yuntian.exports.customer_export.COLUMNS), so it goes to the sheet as it is."""

    code: str
    name: str
    phone: str  # the first number, as typed
    other_phones: str  # the others, joined with PHONE_SEPARATOR
    province: str
    city: str
    district: str
    street: str
    contact: str
    contact_phone: str
    email: str
    other_contact: str
    group: str
    salesperson: str
    blacklisted: bool
    blacklist_reason: str
    notes: str
    created_by: str
    created_at: dt.datetime


@dataclass(frozen=True)
class ExportSource:
    total: int  # how many lines ``lines`` yields
    lines: Iterator[tuple[ExportLine, ...]]  # chunks, in list order


class _Searcher(Protocol):
    def search(self, actor: Actor, text: str, flt: CustomerFilter | None = None,
               limit: int = 50, offset: int = 0): ...  # fmt: skip


class CustomerExportService:
    def __init__(self, db: pw.Database, audit: AuditTrail, search: _Searcher | None = None) -> None:
        self._db = db
        self._audit = audit
        self._search = search

    def customers(
        self,
        actor: Actor,
        flt: CustomerFilter,
        sort: str = "code",
        descending: bool = False,
        search_text: str = "",
    ) -> ExportSource:
        """The customers of the list as it is shown: the search hits in rank order when
        ``search_text`` is given, else the filtered list in its sort order."""
        require(actor, "data.import_export")
        if sort not in SORT_KEYS:
            raise ValueError(f"cannot sort customers by {sort!r}; one of {SORT_KEYS}")
        if search_text.strip():
            ids = self._search_ids(actor, search_text.strip(), flt)
        else:
            ids = self._list_ids(flt, sort, descending)
        return ExportSource(len(ids), self._lines(ids))

    def export(
        self,
        actor: Actor,
        path: str | Path,
        flt: CustomerFilter,
        sort: str = "code",
        descending: bool = False,
        search_text: str = "",
        *,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> int:
        """Write the list (its filter and sort, or its search) to the workbook ``path``; returns
        the count of customers written."""
        source = self.customers(actor, flt, sort, descending, search_text)
        written = write_customers(
            path, source.lines, source.total, progress=progress, cancelled=cancelled
        )
        with self._db.atomic():
            self._audit.record(actor, "customer.export", Path(path).name, {"customers": written})
        return written

    def _list_ids(self, flt: CustomerFilter, sort: str, descending: bool) -> list[int]:
        field = _SORT_FIELDS[sort]
        order = (field.desc(), Customer.id.desc()) if descending else (field, Customer.id)
        with reading(self._db):
            query = views.apply_filter(Customer.select(Customer.id), flt).order_by(*order)
            return [cid for (cid,) in query.tuples()]

    def _search_ids(self, actor: Actor, text: str, flt: CustomerFilter) -> list[int]:
        if self._search is None:
            raise RuntimeError("customer search is not available")
        ids: list[int] = []
        while True:
            page = self._search.search(actor, text, flt, limit=SEARCH_PAGE, offset=len(ids))
            ids += [hit.row.id for hit in page.hits]
            if not page.more or not page.hits:
                return list(dict.fromkeys(ids))

    def _lines(self, ids: list[int]) -> Iterator[tuple[ExportLine, ...]]:
        for start in range(0, len(ids), CHUNK):
            part = ids[start : start + CHUNK]
            with reading(self._db):
                found = _chunk(self._db, part)
            yield tuple(found[cid] for cid in part if cid in found)


def _chunk(db: pw.Database, ids: Sequence[int]) -> dict[int, ExportLine]:
    # Plain SQL for speed (peewee builds long IN lists node by node).
    marks = ", ".join([db.param] * len(ids))
    args = list(ids)
    t = {m: m._meta.table_name.join(db.quote) for m in
         (Customer, CustomerGroup, User, CustomerPhone, CustomerAddress, CustomerContact)}  # fmt: skip
    phones: dict[int, list[str]] = {}
    for cid, raw in db.execute_sql(
        f"SELECT customer_id, raw FROM {t[CustomerPhone]} WHERE customer_id IN ({marks})"
        " ORDER BY customer_id, sort, id",
        args,
    ):
        phones.setdefault(cid, []).append(raw)
    addresses = _first_of(
        db.execute_sql(
            f"SELECT customer_id, province, city, district, street FROM {t[CustomerAddress]}"
            f" WHERE customer_id IN ({marks}) ORDER BY customer_id, sort, id",
            args,
        )
    )
    contacts = _first_of(
        db.execute_sql(
            f"SELECT customer_id, name, phone FROM {t[CustomerContact]}"
            f" WHERE customer_id IN ({marks}) ORDER BY customer_id, sort, id",
            args,
        )
    )
    lines: dict[int, ExportLine] = {}
    no_address = ("", "", "", "")
    for (cid, code, name, group, sp_display, sp_user, by_display, by_user, email, other,
         black, reason, notes, created) in db.execute_sql(
        "SELECT c.id, c.code, c.name, g.name, s.display_name, s.username, b.display_name,"
        " b.username, c.email, c.other_contact, c.blacklisted, c.blacklist_reason, c.notes,"
        f" c.created_at FROM {t[Customer]} c"
        f" LEFT JOIN {t[CustomerGroup]} g ON g.id = c.group_id"
        f" LEFT JOIN {t[User]} s ON s.id = c.salesperson_id"
        f" LEFT JOIN {t[User]} b ON b.id = c.created_by_id"
        f" WHERE c.id IN ({marks})",
        args,
    ):  # fmt: skip
        numbers = phones.get(cid, ())
        contact = contacts.get(cid, ("", ""))
        lines[cid] = ExportLine(
            code=code,
            name=name,
            phone=numbers[0] if numbers else "",
            other_phones=PHONE_SEPARATOR.join(numbers[1:]),
            province=(address := addresses.get(cid, no_address))[0],
            city=address[1],
            district=address[2],
            street=address[3],
            contact=contact[0],
            contact_phone=contact[1],
            email=email,
            other_contact=other,
            group=group or "",
            salesperson=user_label(sp_display, sp_user),
            blacklisted=bool(black),
            blacklist_reason=reason,
            notes=notes,
            created_by=user_label(by_display, by_user),
            created_at=views.as_datetime(created),
        )
    return lines


def _first_of(rows) -> dict[int, tuple]:
    first: dict[int, tuple] = {}
    for cid, *rest in rows:
        if cid not in first:
            first[cid] = tuple(rest)
    return first
