"""Parts statistics (备件统计, stats.view): for a period of ledger lines (``PartMove.moved_on``),
the quantities and values of the parts stocked in (入库, from a supplier), issued (领用出库,
store → technician), returned (退库, technician → store), consumed (消耗, on a service order;
also at the price charged) and scrapped (报废), per part, category, technician, product model
or service type; export to Excel (data.import_export).

A line counts for its document's kind: a consumption taken from a store is consumed, a scrap
from a technician's hands is scrapped. Transfers (调拨) and stocktake adjustments (盘点) move
no parts in or out of the business and are not counted. A reversal (冲销) counts negative for
the kind of the document it reverses (its lines are the original's, places swapped), so a
corrected mistake nets out of the period it falls in.

Values: quantity x unit cost (1/10000 yuan) summed exactly by the database and rounded to the
cent once per figure (half up), so a group's value may differ by a cent from the sum of its
documents' line-rounded totals. Technician: the document's (the one issued to, returning,
consuming or scrapping); stock-ins have none. Product model (the consuming order's sale's
model) and service type (the consuming order's): only consumption has them; every other line
falls in the "" row.

One grouped query answers each grouping: the period's lines (the (moved_on, part) index)
joined to their document, the reversed original, and where the grouping needs them the part
or the consuming order and its sale, summed per group and per document kind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

import peewee as pw

from yuntian.db.models import Part, PartDocument, PartMove, ProductModel, Sale, ServiceOrder
from yuntian.db.transactions import reading
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.audit import AuditTrail
from yuntian.services.common.errors import ValidationError
from yuntian.services.common.money import ZERO
from yuntian.services.common.people import user_names
from yuntian.services.common.permissions import Actor, require
from yuntian.services.parts.part_types import DocKind


class PartGrouping(StrEnum):
    PART = "part"
    CATEGORY = "category"
    TECHNICIAN = "technician"
    MODEL = "model"  # the consuming order's sale's product model
    TYPE = "type"  # the consuming order's service type


class Flow(StrEnum):
    """What the statistics count, by the kind of document (of the original, for a reversal)."""

    STOCKED_IN = "in"
    ISSUED = "issue"
    RETURNED = "return"
    CONSUMED = "consume"
    SCRAPPED = "scrap"


FLOW_OF_KIND = {
    DocKind.STOCK_IN.value: Flow.STOCKED_IN,
    DocKind.ISSUE.value: Flow.ISSUED,
    DocKind.RETURN.value: Flow.RETURNED,
    DocKind.CONSUME.value: Flow.CONSUMED,
    DocKind.SCRAP.value: Flow.SCRAPPED,
}
FLOWS = tuple(Flow)


@dataclass(frozen=True)
class PartFigures:
    """Quantities (units) and values (yuan, to the cent) per flow; ``consumed_price`` is what
    the consumption charged. A group whose reversals outweigh its documents in the period
    has negative figures."""

    in_quantity: int = 0
    in_value: Decimal = ZERO
    issued_quantity: int = 0
    issued_value: Decimal = ZERO
    returned_quantity: int = 0
    returned_value: Decimal = ZERO
    consumed_quantity: int = 0
    consumed_value: Decimal = ZERO
    consumed_price: Decimal = ZERO
    scrapped_quantity: int = 0
    scrapped_value: Decimal = ZERO

    def quantity(self, flow: Flow) -> int:
        return getattr(self, f"{_PREFIX[flow]}_quantity")

    def value(self, flow: Flow) -> Decimal:
        return getattr(self, f"{_PREFIX[flow]}_value")


_PREFIX = {
    Flow.STOCKED_IN: "in",
    Flow.ISSUED: "issued",
    Flow.RETURNED: "returned",
    Flow.CONSUMED: "consumed",
    Flow.SCRAPPED: "scrapped",
}


@dataclass(frozen=True)
class PartStatsRow:
    """One group. ``key``: the part's, technician's or model's id as text, the category or
    the service type; "" for lines without one (no category; a stock-in has no technician;
    only consumption has a model and a type), whose ``label`` is "" too (the UI shows
    "(none)"). ``label``: "code name" of a part, the user's name, "brand model"."""

    key: str
    label: str
    figures: PartFigures


@dataclass(frozen=True)
class PartStats:
    grouping: PartGrouping
    date_from: dt.date
    date_to: dt.date
    rows: list[PartStatsRow]
    total: PartFigures


# Per flow: [quantity, value in 1/10000 yuan, price in cents]
Sums = dict[Flow, list[int]]


class PartStatsService:
    def __init__(self, db: pw.Database, audit: AuditTrail) -> None:
        self._db = db
        self._audit = audit

    def summarize(
        self, actor: Actor, date_from: dt.date, date_to: dt.date, grouping: PartGrouping
    ) -> PartStats:
        """The ledger lines moved ``date_from`` to ``date_to`` (both included) per
        ``grouping``: quantity and value stocked in, issued, returned, consumed (and its
        price) and scrapped; reversals negative for the kind they reverse. Rows: the largest
        consumption value first, then stock-in value, then label. ``total`` is what the rows
        add up to (each line is in exactly one row of every grouping)."""
        require(actor, "stats.view")
        grouping = PartGrouping(grouping)
        if date_to < date_from:
            raise ValidationError(
                "date_to",
                QT_TRANSLATE_NOOP("Errors", "The end date must not be before the start."),
            )
        with reading(self._db):
            sums = _sums(date_from, date_to, grouping)
            labels = _labels(grouping, sums.keys())
        rows = [PartStatsRow(k, labels.get(k, ""), _figures(s)) for k, s in sums.items()]
        rows.sort(key=lambda r: (-r.figures.consumed_value, -r.figures.in_value, r.label, r.key))
        total: Sums = {flow: [0, 0, 0] for flow in FLOWS}
        for s in sums.values():
            for flow, figures in s.items():
                for index, figure in enumerate(figures):
                    total[flow][index] += figure
        return PartStats(grouping, date_from, date_to, rows, _figures(total))

    def export(self, actor: Actor, stats: PartStats, path: Path) -> None:
        """Write ``stats`` to an Excel workbook: a title row (period, grouping), the header, a
        row per group and the total row; quantities and amounts as numbers."""
        require(actor, "data.import_export")
        from yuntian.services.statistics.part_stats_workbook import write_part_stats

        write_part_stats(path, stats)
        with self._db.atomic():
            period = f"{stats.date_from} – {stats.date_to}"
            detail = {"rows": len(stats.rows), "period": period}
            self._audit.record(actor, "part_stats.export", Path(path).name, detail)


def _sums(date_from: dt.date, date_to: dt.date, grouping: PartGrouping) -> dict[str, Sums]:
    m = PartMove
    d = PartDocument.alias("d")
    o = PartDocument.alias("o")
    column = {
        PartGrouping.PART: m.part,
        PartGrouping.CATEGORY: Part.category,
        PartGrouping.TECHNICIAN: d.technician,
        PartGrouping.MODEL: Sale.product_model,
        PartGrouping.TYPE: ServiceOrder.service_type,
    }[grouping]
    counted = list(FLOW_OF_KIND)
    query = (
        m.select(
            column,
            d.kind,
            o.kind,
            pw.fn.SUM(m.quantity),
            pw.fn.SUM(m.quantity * m.unit_cost),
            pw.fn.SUM(m.quantity * m.unit_price).coerce(False),
        )
        .join(d, on=(m.document == d.id))
        .join(o, pw.JOIN.LEFT_OUTER, on=(d.reverses == o.id))
    )
    if grouping is PartGrouping.CATEGORY:
        query = query.join(Part, on=(m.part == Part.id))
    if grouping in (PartGrouping.MODEL, PartGrouping.TYPE):
        query = query.join(
            ServiceOrder, pw.JOIN.LEFT_OUTER, on=(d.service_order == ServiceOrder.id)
        )
    if grouping is PartGrouping.MODEL:
        query = query.join(Sale, pw.JOIN.LEFT_OUTER, on=(ServiceOrder.sale == Sale.id))
    query = query.where(
        (m.moved_on >= date_from)
        & (m.moved_on <= date_to)
        & (d.kind.in_(counted) | o.kind.in_(counted))
    ).group_by(column, d.kind, o.kind)
    sums: dict[str, Sums] = {}
    # The database's rows as they come: a year per part is some 100,000 of them, which
    # peewee's row wrapping would take longer over than the database does.
    for value, kind, original, quantity, cost, price in m._meta.database.execute(query):
        reversal = kind == DocKind.REVERSE.value
        flow = FLOW_OF_KIND.get(original if reversal else kind)
        if flow is None:
            continue
        sign = -1 if reversal else 1
        key = "" if value is None else str(value)
        group = sums.setdefault(key, {f: [0, 0, 0] for f in FLOWS})
        figures = group[flow]
        figures[0] += sign * int(quantity or 0)
        figures[1] += sign * int(cost or 0)
        figures[2] += sign * int(price or 0)
    return sums


def _figures(sums: Sums) -> PartFigures:
    """Built field by field: per part, a year is some 20,000 rows."""
    stocked, issued, returned, consumed, scrapped = (sums[flow] for flow in FLOWS)
    return PartFigures(
        stocked[0],
        _money(stocked[1]),
        issued[0],
        _money(issued[1]),
        returned[0],
        _money(returned[1]),
        consumed[0],
        _money(consumed[1]),
        Decimal(consumed[2]).scaleb(-2),
        scrapped[0],
        _money(scrapped[1]),
    )


def _money(units: int) -> Decimal:
    """1/10000 yuan to yuan to the cent (two places: what cents_to_money gives, faster)."""
    return Decimal(_to_cents(units)).scaleb(-2)


def _to_cents(units: int) -> int:
    """1/10000 yuan to cents, half away from zero."""
    sign = -1 if units < 0 else 1
    return sign * ((abs(units) + 50) // 100)


def _labels(grouping: PartGrouping, keys: Iterable[str]) -> dict[str, str]:
    if grouping in (PartGrouping.CATEGORY, PartGrouping.TYPE):
        return {k: k for k in keys}
    ids = [int(k) for k in keys if k]
    if not ids:
        return {}
    if grouping is PartGrouping.TECHNICIAN:
        found = user_names(ids)
    elif grouping is PartGrouping.PART:
        # Few parts: by id; many (a year of a whole catalogue): every part in one read.
        query = Part.select(Part.id, Part.code, Part.name)
        if len(ids) <= 500:
            query = query.where(Part.id.in_(ids))
        found = {i: f"{code} {name}" for i, code, name in Part._meta.database.execute(query)}
    else:
        query = ProductModel.select(ProductModel.id, ProductModel.brand, ProductModel.model)
        found = {
            p.id: f"{p.brand} {p.model}".strip() for p in query.where(ProductModel.id.in_(ids))
        }
    return {str(i): name for i, name in found.items()}
