"""What the parts documents' print forms (入库单, 领用出库单, 报废单) are filled with: plain dicts
of display strings built from a ``DocumentView``, like the slips of ``print_contexts``.

Besides the common fields (``shop``, ``printed_at``, ``operator``, ``copy_no``, ``copies``):
``document`` (the header: code, title, date, state, places, supplier, technician, scrap type
and handler, note, who made and audited it), ``lines`` (one dict per line: no, code, name,
spec, unit, quantity, unit_cost, cost, unit_price, price) and ``totals`` (quantity, cost,
cost_upper in capital numerals, price).

A reversal (冲销) of one of these prints on its original's form, titled "…（冲销）", its lines
as posted (places the other way round).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from yuntian.db.models import PartDocument
from yuntian.services.parts.part_types import DocKind, DocState, DocumentView, Place, PlaceKind
from yuntian.services.printing.print_contexts import Context, common
from yuntian.services.printing.print_formatting import amount, day, moment, rmb_upper

if TYPE_CHECKING:
    from yuntian.services.common.audit import Clock
    from yuntian.services.common.permissions import Actor
    from yuntian.services.parts.part_documents import PartDocumentService
    from yuntian.services.settings.settings import SettingsService

# The print form kind of each document kind that prints.
FORM_KINDS: dict[DocKind, str] = {
    DocKind.STOCK_IN: "part_in",
    DocKind.ISSUE: "part_issue",
    DocKind.SCRAP: "part_scrap",
}
# The trade's words, whatever the language of the screen.
TITLES = {"part_in": "入库单", "part_issue": "领用出库单", "part_scrap": "报废单"}
STATE_WORDS = {DocState.POSTED: "已过账", DocState.AUDITED: "审核完成"}
# Places without a record of their own (the view names them in English, for the screen).
PLACE_WORDS = {PlaceKind.SUPPLIER: "供应商", PlaceKind.SCRAP: "报废", PlaceKind.COUNT: "盘点"}


class PartSlipServices(Protocol):
    @property
    def clock(self) -> Clock: ...
    @property
    def part_documents(self) -> PartDocumentService: ...
    @property
    def settings(self) -> SettingsService: ...


def form_kind_of(view: DocumentView, original_kind: DocKind | None = None) -> str | None:
    """The print form kind ``view`` prints on ("part_in" ...), None for a document that has no
    form (transfer, return, consumption, stocktake). A reversal: its original's
    (``original_kind``, looked up when not given)."""
    kind = view.kind
    if kind is DocKind.REVERSE:
        if original_kind is None and view.reverses_id is not None:
            row = PartDocument.get_or_none(PartDocument.id == view.reverses_id)
            original_kind = DocKind(row.kind) if row is not None else None
        kind = original_kind or kind
    return FORM_KINDS.get(kind)


def unit_cost_text(value: Decimal) -> str:
    """A unit cost: two places, or up to four where the cost has them (8.00, 50.005)."""
    cents = value.quantize(Decimal("0.01"))
    return f"{cents:,.2f}" if cents == value else f"{value.normalize():,f}"


def part_document_context(
    view: DocumentView,
    form_kind: str,
    *,
    shop_name: str,
    operator: str,
    printed_at: dt.datetime,
) -> Context:
    reversal = view.kind is DocKind.REVERSE
    title = TITLES[form_kind] + ("（冲销）" if reversal else "")
    places = [(view.source, view.source_name), (view.target, view.target_name)]
    store = next((n for p, n in places if p is not None and p.kind is PlaceKind.STORE), "")
    technician = next((n for p, n in places if p is not None and p.kind is PlaceKind.TECH), "")
    return common(shop_name, operator, printed_at) | {
        "document": {
            "code": view.code,
            "title": title,
            "reversal": reversal,
            "reverses": view.reverses_code,
            "reversed_by": view.reversed_by_code,
            "date": day(view.doc_date),
            "state": STATE_WORDS.get(view.state, str(view.state)),
            "source": _place_text(view.source, view.source_name, view.supplier),
            "target": _place_text(view.target, view.target_name, view.supplier),
            "store": store,
            "technician": technician,
            "supplier": view.supplier,
            "scrap_type": view.scrap_type,
            "scrap_handler": view.scrap_handler,
            "note": view.note,
            "created_by": view.created_by,
            "created_at": moment(view.created_at),
            "audited_by": view.audited_by,
            "audited_at": moment(view.audited_at),
        },
        "lines": [
            {
                "no": line.line,
                "code": line.part_code,
                "name": line.part_name,
                "spec": line.spec,
                "unit": line.unit,
                "quantity": line.quantity,
                "unit_cost": unit_cost_text(line.unit_cost),
                "cost": amount(line.cost),
                "unit_price": amount(line.unit_price),
                "price": amount(line.price),
            }
            for line in view.lines
        ],
        "totals": {
            "quantity": view.total_quantity,
            "cost": amount(view.total_cost),
            "cost_upper": rmb_upper(abs(view.total_cost)),
            "price": amount(view.total_price),
        },
    }


def _place_text(place: Place | None, name: str, supplier: str) -> str:
    if place is None:
        return ""
    if place.kind is PlaceKind.SUPPLIER and supplier:
        return supplier
    return PLACE_WORDS.get(place.kind, name)


def part_document_contexts(
    services: PartSlipServices, actor: Actor, document_ids: Sequence[int]
) -> list[tuple[str, Context]]:
    """(form kind, context) of each document that prints (stock-in, issue, scrap and their
    reversals), in the order given; others are left out."""
    shop = services.settings.general().shop_name
    printed_at = services.clock()
    operator = actor.display_name or actor.username
    result = []
    for document_id in document_ids:
        view = services.part_documents.get(actor, document_id)
        form_kind = form_kind_of(view)
        if form_kind is None:
            continue
        context = part_document_context(
            view, form_kind, shop_name=shop, operator=operator, printed_at=printed_at
        )
        result.append((form_kind, context))
    return result
