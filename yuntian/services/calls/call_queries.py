"""Reading the call log: filters as SQL conditions, keyed pages of ids, rows by id.

A page is read in two steps: the ids of the page through an index that ends in ring_at (no
sort of the matches, whatever the filter), then the rows of those ids with their customer and
operator. A customer's calls are the calls matched to it and the calls from any of its
numbers (a number added to a customer later still shows its earlier calls): two indexed
reads merged in memory, which every engine plans well, where one OR query is not.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import peewee as pw

from yuntian.db import call_number_index
from yuntian.db.built_once import Arg, BuiltOnce
from yuntian.db.models import Call, Customer, CustomerPhone, User
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.phone_numbers import normalize
from yuntian.services.calls.call_types import (
    DIRECTIONS,
    FRAGMENT_MIN_DIGITS,
    LINES,
    CallFilter,
    CallKey,
    CallRow,
)
from yuntian.services.common.batches import chunks
from yuntian.services.common.errors import ValidationError
from yuntian.services.common.people import user_label
from yuntian.services.customers import customer_views as views
from yuntian.services.customers.customer_lookup import lookup_keys

# A whole number typed into the filter is looked up exactly (index), not as a fragment (scan).
_EXACT_KINDS = ("mobile", "landline", "service")
# A fragment in more numbers than this is tested on the log read newest first (see
# number_condition); fewer are read through the number index and sorted.
MANY_NUMBERS = 5_000


@dataclass(frozen=True)
class Where:
    """A filter as SQL conditions; ``scans`` when a number fragment's matches are read out of
    ring_at order (and sorted)."""

    conditions: list[pw.Expression] = field(default_factory=list)
    scans: bool = False


def conditions(flt: CallFilter, local_area_code: str, db: pw.Database) -> Where:
    """SQL conditions for ``flt`` (without its customer); ValidationError names a bad field."""
    found: list[pw.Expression] = []
    if flt.date_from is not None:
        found.append(Call.ring_at >= _midnight(flt.date_from))
    if flt.date_to is not None:
        found.append(Call.ring_at < _midnight(flt.date_to + dt.timedelta(days=1)))
    if flt.line is not None:
        check_line(flt.line)
        found.append(Call.line == flt.line)
    if flt.direction is not None:
        check_direction(flt.direction)
        found.append(Call.direction == flt.direction)
    if flt.missed is not None:
        found.append(Call.missed == flt.missed)
    if not flt.number.strip():
        return Where(found)
    condition, scans = number_condition(flt.number, local_area_code, db)
    return Where([*found, condition], scans)


def number_condition(
    text: str, local_area_code: str, db: pw.Database
) -> tuple[pw.Expression, bool]:
    """The condition for a number typed into the filter, and whether it reads the matches
    out of ring_at order (to be sorted).

    A whole number is matched exactly (an index probe). A fragment may be anywhere in the
    number: the numbers holding it come from the call number index (``call_number_index``),
    their calls from the (number, ring_at) index, sorted. A fragment so common that it is in
    more than ``MANY_NUMBERS`` numbers ("1380", "8613") matches a good share of the log: the
    log is then read newest first, testing each number, which soon fills a page.
    """
    digits = "".join(c for c in normalize_digits(text) if c.isdigit())
    if len(digits) < FRAGMENT_MIN_DIGITS:
        raise ValidationError(
            "number",
            QT_TRANSLATE_NOOP("Errors", "Type at least {n} digits of the number."),
            n=FRAGMENT_MIN_DIGITS,
        )
    info = normalize(digits, local_area_code)
    if len(digits) >= 10 and info.valid and info.kind in _EXACT_KINDS:
        return Call.number.in_(lookup_keys(info, local_area_code)), False
    prefixes = [digits]
    trunk = digits.startswith("0") and not digits.startswith("00")
    if trunk:
        prefixes.append(f"+86{digits[1:]}")  # "0106234..." as typed is "+86106234..." as stored
    if isinstance(db, pw.SqliteDatabase):
        if call_number_index.count_starting(db, prefixes, MANY_NUMBERS) <= MANY_NUMBERS:
            return Call.number.in_(call_number_index.numbers_query(prefixes)), True
    else:  # the numbers themselves: a server plans a list surely, a subquery maybe not
        numbers = call_number_index.numbers_starting(db, prefixes, MANY_NUMBERS)
        if numbers is not None:
            return Call.number.in_(numbers), True
    # peewee spells a plain LIKE as ILIKE on SQLite and MySQL (its LIKE is GLOB / LIKE BINARY)
    like = pw.OP.LIKE if isinstance(db, pw.PostgresqlDatabase) else pw.OP.ILIKE
    condition = pw.Expression(Call.number, like, f"%{digits}%")
    if trunk:
        condition |= pw.Expression(Call.number, like, f"+86{digits[1:]}%")
    return condition, False


def normalize_digits(text: str) -> str:
    """Full-width and other Unicode decimal digits as ASCII; the rest as it is."""
    return "".join(str(int(c)) if c.isdecimal() and not c.isascii() else c for c in text[:64])


def check_line(line: object) -> int:
    if not isinstance(line, int) or isinstance(line, bool) or line not in LINES:
        raise ValidationError(
            "line",
            QT_TRANSLATE_NOOP("Errors", "A line is numbered from {first} to {last}."),
            first=LINES[0],
            last=LINES[-1],
        )
    return line


def check_direction(direction: object) -> str:
    if direction not in DIRECTIONS:
        raise ValidationError(
            "direction", QT_TRANSLATE_NOOP("Errors", "A call is either incoming or outgoing.")
        )
    return str(direction)


def page_ids(where: Where, customer_id: int | None, after: CallKey | None, limit: int) -> list[int]:
    """Ids of one page, newest first, after the call ``after``."""
    if customer_id is None:
        return [cid for cid, _ in _keys(where, [], after, limit)]
    db = Call._meta.database
    numbers = [n for (n,) in _CUSTOMER_NUMBERS.run(db, customer=customer_id)]
    if not where.conditions and after is None and len(numbers) <= len(_LATEST_FROM):
        # The customer's latest calls (the card, every station's pop-up): SQL built once.
        matched = _latest(_LATEST_MATCHED.run(db, customer=customer_id, limit=limit))
        from_numbers = (
            _latest(_LATEST_FROM[len(numbers) - 1].run(db, limit=limit, **_numbered(numbers)))
            if numbers
            else []
        )
    else:
        matched = _keys(where, [Call.customer == customer_id], after, limit)
        from_numbers = _keys(where, [Call.number.in_(numbers)], after, limit) if numbers else []
    merged = heapq.merge(matched, from_numbers, key=lambda k: (k[1], k[0]), reverse=True)
    ids: list[int] = []
    for cid, _ in merged:
        if not ids or ids[-1] != cid:
            ids.append(cid)
        if len(ids) == limit:
            break
    return ids


_CUSTOMER_NUMBERS = BuiltOnce(
    lambda: (
        CustomerPhone.select(CustomerPhone.number)
        .where(CustomerPhone.customer == Arg("customer"))
        .tuples()
    )
)


def _newest(query: pw.ModelSelect) -> pw.ModelSelect:
    return query.order_by(Call.ring_at.desc(), Call.id.desc()).limit(Arg("limit")).tuples()


_LATEST_MATCHED = BuiltOnce(
    lambda: _newest(Call.select(Call.id, Call.ring_at).where(Call.customer == Arg("customer")))
)
# Calls from a customer's numbers, one query per count of numbers (a customer has few).
_LATEST_FROM = tuple(
    BuiltOnce(
        lambda count=count: _newest(
            Call.select(Call.id, Call.ring_at).where(
                Call.number.in_([Arg(f"n{i}") for i in range(count)])
            )
        )
    )
    for count in range(1, 5)
)


def _numbered(numbers: list[str]) -> dict[str, str]:
    return {f"n{i}": number for i, number in enumerate(numbers)}


def _latest(rows: Iterable[tuple[int, object]]) -> list[tuple[int, dt.datetime]]:
    return [(cid, views.as_datetime(ring_at)) for cid, ring_at in rows]


def _keys(
    where: Where, more: list[pw.Expression], after: CallKey | None, limit: int
) -> list[tuple[int, dt.datetime]]:
    query = Call.select(Call.id, Call.ring_at)
    if where.conditions or more:
        query = query.where(*where.conditions, *more)
    if after is not None:
        # "ring_at <= v" gives the index a range to start from; the rest breaks ties by id.
        query = query.where(
            (Call.ring_at <= after.ring_at)
            & ((Call.ring_at < after.ring_at) | (Call.id < after.id))
        )
    ring_at = Call.ring_at
    if where.scans and not more:
        # Not in ring_at's index order: the planner then reads the matches from the
        # (number, ring_at) index and sorts them, rather than walking the whole log.
        ring_at = pw.fn.COALESCE(Call.ring_at, Call.ring_at)
    query = query.order_by(ring_at.desc(), Call.id.desc()).limit(limit)
    sql, params = query.sql()
    # Plain rows: peewee's per-value conversions cost more than the query.
    cursor = Call._meta.database.execute_sql(sql, params)
    return [(cid, views.as_datetime(ring_at)) for cid, ring_at in cursor.fetchall()]


def rows_for(ids: Sequence[int]) -> list[CallRow]:
    """The log rows of ``ids`` in that order; ids that no longer exist are left out.

    Calls, then their customers and operators, each by primary key: three plans no engine
    gets wrong, whatever its statistics say (a join let PostgreSQL without fresh statistics
    hash the whole customer table for one page)."""
    db = Call._meta.database
    calls: dict[int, tuple] = {}
    columns = ", ".join(c.join(db.quote) for c in _COLUMNS)
    for part in chunks(list(ids)):
        where, params = _ids_in(db, list(part))
        sql = f"SELECT {columns} FROM {_quoted(db, Call)} WHERE {where}"
        calls.update((values[0], values) for values in db.execute_sql(sql, params))
    customers = _by_id(db, Customer, "code, name", {v[_CUSTOMER] for v in calls.values()})
    user_ids = {v[_OPERATOR] for v in calls.values()} | {v[_TAKEN] for v in calls.values()}
    users = _by_id(db, User, "display_name, username", user_ids)
    return [
        _row(*calls[i], *customers.get(calls[i][_CUSTOMER], ("", "")),
             *users.get(calls[i][_OPERATOR], ("", "")), *users.get(calls[i][_TAKEN], ("", "")))
        for i in ids if i in calls
    ]  # fmt: skip


def _by_id(db: pw.Database, model: type[pw.Model], columns: str, ids: set) -> dict[int, tuple]:
    wanted = sorted(i for i in ids if i is not None)
    found: dict[int, tuple] = {}
    for part in chunks(wanted):
        where, params = _ids_in(db, list(part))
        sql = f"SELECT id, {columns} FROM {_quoted(db, model)} WHERE {where}"
        found.update((row[0], row[1:]) for row in db.execute_sql(sql, params))
    return found


def _ids_in(db: pw.Database, ids: list[int]) -> tuple[str, list[object]]:
    """``id`` among ``ids``: on PostgreSQL one array parameter, so the statement's text is the
    same for any count and the server plans it once (psycopg prepares it); elsewhere a list."""
    engine = db.obj if isinstance(db, pw.DatabaseProxy) else db  # the models' own proxy
    if isinstance(engine, pw.PostgresqlDatabase):
        return "id = ANY(%s)", [ids]
    return f"id IN ({', '.join([db.param] * len(ids))})", list(ids)


def _quoted(db: pw.Database, model: type[pw.Model]) -> str:
    return model._meta.table_name.join(db.quote)


_CALL_COLUMNS = (
    Call.id, Call.station, Call.line, Call.line_name, Call.direction, Call.raw_number,
    Call.number, Call.region, Call.network_name, Call.privacy, Call.customer, Call.candidates,
    Call.ring_at, Call.answered_at, Call.ended_at, Call.duration, Call.operator, Call.missed,
    Call.recording, Call.taken_by, Call.taken_station, Call.taken_at,
)  # fmt: skip
_COLUMNS = [f.column_name for f in _CALL_COLUMNS]
_NAMES = [f.name for f in _CALL_COLUMNS]
_CUSTOMER, _OPERATOR = _NAMES.index("customer"), _NAMES.index("operator")
_TAKEN = _NAMES.index("taken_by")


def _row(
    cid, station, line, line_name, direction, raw_number, number, region, network_name,
    privacy, customer_id, candidates, ring_at, answered_at, ended_at, duration, operator_id,
    missed, recording, taken_by_id, taken_station, taken_at, customer_code, customer_name,
    op_display, op_user, taken_display, taken_user,
) -> CallRow:  # fmt: skip
    return CallRow(
        id=cid,
        station=station,
        line=line,
        line_name=line_name,
        direction=direction,
        raw_number=raw_number,
        number=number,
        region=region,
        network_name=network_name,
        privacy=privacy,
        customer_id=customer_id,
        customer_code=customer_code,
        customer_name=customer_name,
        candidates=candidates,
        ring_at=views.as_datetime(ring_at),
        answered_at=_maybe_datetime(answered_at),
        ended_at=_maybe_datetime(ended_at),
        duration=duration,
        operator_name=user_label(op_display, op_user),
        missed=bool(missed),
        recording=recording,
        taken_by_name=user_label(taken_display, taken_user) if taken_by_id else "",
        taken_station=taken_station or "",
        taken_at=_maybe_datetime(taken_at),
    )


def _maybe_datetime(value: object) -> dt.datetime | None:
    return None if value is None else views.as_datetime(value)


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())
