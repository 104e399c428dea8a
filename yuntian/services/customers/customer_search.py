"""The one search box: customers by name (or a piece of it), pinyin, initials, code, phone
digits, contact, e-mail or address, best matches first.

What was typed is compacted like the indexed values (see ``yuntian.db.search_tokens``), then
matched against each field of a customer's search document. A field matches *exactly* (0),
*by prefix* (1) or *as a fragment* (2); a customer's rank is its best field. What counts:

- name and contact names, phone numbers, e-mail: equal, starts with, contains;
- code, full pinyin and pinyin initials of the name: equal, starts with (letters only);
- phone numbers only for 4 or more digits; addresses only as fragments of 2+ characters.

Hits come ordered by rank, then name, then id, a page at a time. Each rank is gathered from
the sources that can hold it (see ``yuntian.db.search_query``), merged in name order, and
every candidate is checked against its document, so the index may over-match but a hit is
always real, and at its true rank.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import peewee as pw

from yuntian.db.search_query import Restriction, SearchReader
from yuntian.db.search_tokens import (
    ADDRESS,
    CONTACT,
    CONTACT_PHONE,
    EMAIL,
    MAX_KEY,
    PHONE,
    SearchDoc,
    compact,
)
from yuntian.db.transactions import reading
from yuntian.phone_numbers import search_digits
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_types import CustomerFilter, SearchHit, SearchPage
from yuntian.services.customers.customer_views import rows_for

EXACT, PREFIX, FRAGMENT = 0, 1, 2
MAX_PAGE = 1_000
PHONE_DIGITS = 4  # phone numbers are searched from this many digits on
FEW = 300  # customers found by a text's start that are simply all read, for two ranks

# What ``SearchHit.matched`` names, in the order that breaks a tie between equal ranks.
FIELDS = ("name", "code", "phone", "pinyin", "initials", "contact", "email", "address")

Source = Callable[[], Iterator[SearchDoc]]  # documents in (name_key, customer_id) order


@dataclass(frozen=True)
class Query:
    """What was typed, ready to compare: ``key`` compact; ``phones`` the digit strings to
    look for in phone numbers (the key, and the national number if the key was written with
    +86 / 0086); ``letters`` whether pinyin applies."""

    key: str
    phones: tuple[str, ...]
    letters: bool

    @staticmethod
    def parse(text: str) -> Query | None:
        key = compact(text if isinstance(text, str) else "")[:MAX_KEY]
        if not key:
            return None
        phones: tuple[str, ...] = ()
        if key.isascii() and key.isdigit() and len(key) >= PHONE_DIGITS:
            national = search_digits(text)
            phones = (key, national) if national not in ("", key) else (key,)
            phones = tuple(p for p in phones if len(p) >= PHONE_DIGITS)
        return Query(key, phones, key.isascii() and key.isalnum())


def rank_of(doc: SearchDoc, query: Query) -> tuple[int, str] | None:
    """(rank, field) of the best-matching field of ``doc``, or None if nothing matches."""
    key = query.key
    found: list[tuple[int, int, str]] = []

    def consider(rank: int | None, field: str) -> None:
        if rank is not None:
            found.append((rank, FIELDS.index(field), field))

    consider(_text_rank(doc.name_key, key), "name")
    consider(_text_rank(doc.code_key, key, fragments=False), "code")
    if query.phones:
        consider(_best_rank(doc.values(PHONE), query.phones), "phone")
        consider(_best_rank(doc.values(CONTACT_PHONE), query.phones), "contact")
    if query.letters:
        consider(_text_rank(doc.pinyin, key, fragments=False), "pinyin")
        consider(_text_rank(doc.initials, key, fragments=False), "initials")
    consider(_best_rank(doc.values(CONTACT), (key,)), "contact")
    consider(_best_rank(doc.values(EMAIL), (key,)), "email")
    if len(key) >= 2 and any(key in a for a in doc.values(ADDRESS)):
        consider(FRAGMENT, "address")
    if not found:
        return None
    rank, _, field = min(found)
    return rank, field


def _text_rank(value: str, key: str, *, fragments: bool = True) -> int | None:
    if not value:
        return None
    if value.startswith(key):
        return EXACT if len(value) == len(key) else PREFIX
    if fragments and value.find(key, 1) > 0:
        return FRAGMENT
    return None


def _best_rank(values: list[str], keys: tuple[str, ...]) -> int | None:
    """Best rank of any key in any of ``values``."""
    ranks = [r for v in values for k in keys if (r := _text_rank(v, k)) is not None]
    return min(ranks) if ranks else None


def _fenced(query: Query, *, end: bool) -> list[str]:
    """Texts that, in the indexed text, mean a contact, phone number or e-mail address that
    starts with (``end``: is) what was typed."""
    fences = [(CONTACT, query.key), (EMAIL, query.key)]
    for number in query.phones:
        fences += [(PHONE, number), (CONTACT_PHONE, number)]
    return [f"{mark}{value}{mark if end else ''}" for mark, value in fences]


@dataclass(frozen=True)
class _Hit:
    customer_id: int
    rank: int
    matched: str


class CustomerSearchService:
    def __init__(self, db: pw.Database) -> None:
        self._db = db

    def search(
        self,
        actor: Actor,
        text: str,
        flt: CustomerFilter | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> SearchPage:
        """Customers matching ``text`` within ``flt``, best first; archived ones only if the
        filter includes them. Any text is a valid search: what is not a letter or a digit is
        ignored, and a text with neither finds nothing. Every signed-in user may search."""
        del actor  # reading the customer list needs no permission
        limit = max(0, min(int(limit), MAX_PAGE))
        offset = max(0, int(offset))
        query = Query.parse(text)
        if query is None:
            return SearchPage(hits=[], more=False)
        with reading(self._db):
            want = offset + limit + 1
            reader = SearchReader(self._db, _restriction(flt or CustomerFilter()), want)
            hits = _Search(reader, query).first(want)
            page = hits[offset : offset + limit]
            rows = {row.id: row for row in rows_for([h.customer_id for h in page])}
        shown = [
            SearchHit(rows[h.customer_id], h.rank, h.matched) for h in page if h.customer_id in rows
        ]
        return SearchPage(hits=shown, more=len(hits) > offset + limit)


class _Search:
    """One search: the sources of each rank, merged in name order and confirmed."""

    def __init__(self, reader: SearchReader, query: Query) -> None:
        self.reader = reader
        self.query = query
        self.ranks: dict[int, tuple[int, str] | None] = {}  # customer id -> rank_of()

    def first(self, want: int) -> list[_Hit]:
        """The first ``want`` hits in order: rank by rank, each in name order."""
        hits: list[_Hit] = []
        for rank, sources in enumerate(self._sources()):
            seen: set[int] = set()
            merged = heapq.merge(*(source() for source in sources), key=_order)
            for doc in merged:
                if doc.customer_id in seen:  # the same customer from two sources
                    continue
                seen.add(doc.customer_id)
                found = self._rank(doc)
                if found is not None and found[0] == rank:
                    hits.append(_Hit(doc.customer_id, rank, found[1]))
                    if len(hits) >= want:
                        return hits
        return hits

    def _rank(self, doc: SearchDoc) -> tuple[int, str] | None:
        if doc.customer_id not in self.ranks:
            self.ranks[doc.customer_id] = rank_of(doc, self.query)
        return self.ranks[doc.customer_id]

    def _sources(self) -> list[list[Source]]:
        """For each rank, the sources whose customers include every customer of that rank."""
        reader, key = self.reader, self.query.key
        values = tuple(dict.fromkeys((key, *self.query.phones)))
        exact: list[Source] = [
            lambda: reader.equal("name_key", key),
            lambda: reader.equal("code_key", key),
        ]
        prefix: list[Source] = [
            lambda: reader.starting("name_key", key),
            lambda: reader.starting("code_key", key),
        ]
        if self.query.letters:
            for column in ("pinyin", "initials"):
                exact.append(lambda c=column: reader.equal(c, key))
                prefix.append(lambda c=column: reader.starting(c, key))
        # Contacts, phone numbers and e-mail addresses by their fences in the indexed text
        # (see search_tokens): "~张三~" is a contact named 张三, "~张三" one whose name starts
        # so. When few start so, those few serve both ranks (one query less).
        starts = _fenced(self.query, end=False)
        few = reader.candidates(starts, FEW)
        if few is not None:
            exact.append(lambda: reader.among(few))
            prefix.append(lambda: reader.among(few))
        else:
            exact.append(lambda: reader.containing(_fenced(self.query, end=True)))
            prefix.append(lambda: reader.containing(starts))
        fragment: list[Source] = [lambda: reader.containing(values)]
        return [exact, prefix, fragment]


def _order(doc: SearchDoc) -> tuple[str, int]:
    return doc.name_key, doc.customer_id


def _restriction(flt: CustomerFilter) -> Restriction:
    def midnight(day: dt.date | None, days: int = 0) -> dt.datetime | None:
        if day is None:
            return None
        return dt.datetime.combine(day + dt.timedelta(days=days), dt.time())

    return Restriction(
        include_archived=flt.include_archived,
        group_id=flt.group_id,
        no_group=flt.no_group,
        salesperson_id=flt.salesperson_id,
        blacklisted=flt.blacklisted,
        created_from=midnight(flt.created_from),
        created_before=midnight(flt.created_to, days=1),
    )
