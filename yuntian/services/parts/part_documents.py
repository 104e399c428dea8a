"""Part documents: stock-in, issue, return, transfer, scrap, stocktake, consumption on a
service order, reversal; audit and un-audit. Each is posted when saved, in one transaction
with its ledger lines (part_ledger.py), and never changed afterwards except its note (until
audited): a mistake is corrected by a reversing document, which moves every line back.

Permissions: parts.manage for the store's documents and reversals; service.process for a
consumption on a service order (``consume``, which the completion of an order calls);
audit.process for audit and un-audit. Reading is open to every signed-in user.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator, Sequence

import peewee as pw

from yuntian.db.audit_lock import is_audit_lock_error
from yuntian.db.models import (
    PartDocument,
    PartMove,
    ServiceOrder,
)
from yuntian.db.transactions import reading
from yuntian.services.common.audit import AuditTrail, Clock
from yuntian.services.common.changes import Area, ChangeBus, Changes, announces
from yuntian.services.common.errors import NotFound, ValidationError
from yuntian.services.common.numbering import Numbering
from yuntian.services.common.permissions import Actor, require
from yuntian.services.common.record_versions import (
    Expected,
    StaleRecord,
    claim_version,
    last_change,
)
from yuntian.services.common.service_base import ServiceBase
from yuntian.services.common.text import one_line
from yuntian.services.parts import part_document_rules as rules
from yuntian.services.parts import part_document_views as views
from yuntian.services.parts import part_ledger as ledger
from yuntian.services.parts.part_types import (
    COUNT,
    SCRAP,
    SUPPLIER,
    CountInput,
    DocKind,
    DocState,
    DocumentFilter,
    DocumentInput,
    DocumentKey,
    DocumentView,
    LineInput,
    Place,
    PlaceKind,
)


class PartDocumentService(ServiceBase):
    def __init__(
        self,
        db: pw.Database,
        audit: AuditTrail,
        clock: Clock,
        numbering: Numbering,
        changes: ChangeBus,
    ) -> None:
        super().__init__(db, audit, clock, changes)
        self._numbering = numbering

    # --- reading (every signed-in user) ---------------------------------------------------

    def get(self, actor: Actor, document_id: int) -> DocumentView:
        del actor
        with reading(self._db):
            found = views.views([document_id])
        if not found:
            raise NotFound()
        return found[0]

    def page(
        self,
        actor: Actor,
        flt: DocumentFilter,
        after: DocumentKey | None = None,
        limit: int = 200,
    ) -> list[DocumentView]:
        """Newest document first (by date, then as entered), continuing after ``after``;
        without their lines (``get`` reads a document whole), the totals summed by the
        database."""
        del actor
        limit = max(1, min(limit, rules.MAX_PAGE))
        query = rules.filtered(PartDocument.select(PartDocument.id), flt)
        if after is not None:
            query = query.where(
                (PartDocument.doc_date <= after.doc_date)
                & ((PartDocument.doc_date < after.doc_date) | (PartDocument.id < after.id))
            )
        query = query.order_by(PartDocument.doc_date.desc(), PartDocument.id.desc()).limit(limit)
        with reading(self._db):
            return views.views([i for (i,) in query.tuples()], lines=False)

    @staticmethod
    def page_key(row: DocumentView) -> DocumentKey:
        return DocumentKey(row.doc_date, row.id)

    def for_order(self, actor: Actor, order_id: int) -> list[DocumentView]:
        """The consumption documents of a service order (and their reversals), oldest first."""
        del actor
        with reading(self._db):
            ids = [
                d.id
                for d in PartDocument.select(PartDocument.id)
                .where(PartDocument.service_order == order_id)
                .order_by(PartDocument.id)
            ]
            return views.views(ids)

    # --- posting ----------------------------------------------------------------------------

    @announces(Area.PARTS)
    def create(self, actor: Actor, data: DocumentInput) -> DocumentView:
        """Post a stock-in, issue, return, transfer or scrap (parts.manage)."""
        require(actor, "parts.manage")
        if data.kind not in rules.STORE_DOCS:
            raise ValidationError("kind", rules.NOT_STORE_DOC)
        source = SUPPLIER if data.kind is DocKind.STOCK_IN else data.source
        target = SCRAP if data.kind is DocKind.SCRAP else data.target
        with self._guard():
            rules.check_route(data.kind, source, target)
            parts = rules.checked_parts(data.lines)
            moves = [
                ledger.Move(
                    line.part_id,
                    line.quantity,
                    source,
                    target,
                    unit_cost=rules.unit_cost(number, line, parts[line.part_id])
                    if data.kind is DocKind.STOCK_IN
                    else None,
                )
                for number, line in enumerate(data.lines, start=1)
            ]
            document = self._new_document(
                actor,
                data.kind,
                data.doc_date,
                data.note,
                technician=rules.technician_of(source, target),
                supplier=one_line(data.supplier)[:128] if data.kind is DocKind.STOCK_IN else "",
                scrap_type=one_line(data.scrap_type)[:64],
                scrap_handler=one_line(data.scrap_handler)[:64],
            )
            self._post(document, moves)
            return self._posted(actor, document.id)

    @announces(Area.PARTS)
    def stocktake(self, actor: Actor, data: CountInput) -> DocumentView | None:
        """Post the differences between the counted quantities and the book at one place as
        one adjustment document (parts.manage); None when nothing differs."""
        require(actor, "parts.manage")
        if not data.counted:
            raise ValidationError("lines", rules.NOTHING_COUNTED)
        with self._guard():
            rules.check_place(data.place, (PlaceKind.STORE, PlaceKind.TECH), rules.BAD_SOURCE)
            parts = rules.checked_parts([LineInput(p, 1) for p, _ in data.counted])
            moves = []
            for part_id, counted in data.counted:
                if not isinstance(counted, int) or isinstance(counted, bool) or counted < 0:
                    raise ValidationError(
                        "lines",
                        rules.BAD_COUNT,
                        part=f"{parts[part_id].code} {parts[part_id].name}",
                    )
                book = rules.on_hand(part_id, data.place)
                if counted > book:
                    moves.append(ledger.Move(part_id, counted - book, COUNT, data.place,
                                             counted=counted))  # fmt: skip
                elif counted < book:
                    moves.append(ledger.Move(part_id, book - counted, data.place, COUNT,
                                             counted=counted))  # fmt: skip
            if not moves:
                return None
            document = self._new_document(
                actor,
                DocKind.ADJUST,
                data.doc_date,
                data.note,
                technician=data.place.id if data.place.kind is PlaceKind.TECH else None,
            )
            self._post(document, moves, allow_negative=True)  # a count says what is there
            return self._posted(actor, document.id)

    @announces(Area.PARTS, also=lambda r, _a: _order_change(r))
    def consume(
        self,
        actor: Actor,
        order_id: int,
        source: Place,
        lines: Sequence[LineInput],
        doc_date: dt.date | None = None,
    ) -> DocumentView:
        """Parts used on a service order, taken from ``source`` (the technician's hands, or a
        store) at the line's price (None: the part's sale price). service.process; called by
        the order's completion inside its own transaction."""
        require(actor, "service.process")
        with self._guard():
            if not ServiceOrder.select().where(ServiceOrder.id == order_id).exists():
                raise ValidationError("order", rules.NO_ORDER)
            rules.check_route(DocKind.CONSUME, source, Place(PlaceKind.ORDER, order_id))
            parts = rules.checked_parts(lines)
            target = Place(PlaceKind.ORDER, order_id)
            moves = [
                ledger.Move(
                    line.part_id,
                    line.quantity,
                    source,
                    target,
                    unit_price=rules.unit_price(line, parts[line.part_id]),
                )
                for line in lines
            ]
            document = self._new_document(
                actor,
                DocKind.CONSUME,
                doc_date,
                "",
                technician=source.id if source.kind is PlaceKind.TECH else None,
                service_order=order_id,
            )
            self._post(document, moves)
            return self._posted(actor, document.id)

    @announces(Area.PARTS, also=lambda r, _a: _order_change(r))
    def reverse(
        self, actor: Actor, document_id: int, note: str = "", *, on_order: bool = False
    ) -> DocumentView:
        """A reversing document: every line of ``document_id`` moved back, at the cost it
        moved at (parts.manage; a consumption with ``on_order``: service.process, as when an
        order's completion is corrected). The original stays as it was, audited or not."""
        original = PartDocument.get_or_none(PartDocument.id == document_id)
        if original is None:
            raise NotFound()
        consumption = original.kind == DocKind.CONSUME.value
        require(actor, "service.process" if on_order and consumption else "parts.manage")
        with self._guard():
            original = PartDocument.get_or_none(PartDocument.id == document_id)
            if original is None:
                raise NotFound()
            if original.kind == DocKind.REVERSE.value:
                raise ValidationError("document", rules.REVERSAL_OF_REVERSAL, code=original.code)
            done = PartDocument.get_or_none(PartDocument.reverses == document_id)
            if done is not None:
                raise ValidationError("document", rules.ALREADY_REVERSED, code=original.code,
                                      by=done.code)  # fmt: skip
            lines = list(
                PartMove.select().where(PartMove.document == document_id).order_by(PartMove.line)
            )
            moves = [
                ledger.Move(
                    m.part_id,
                    m.quantity,
                    Place(PlaceKind(m.to_kind), m.to_id),
                    Place(PlaceKind(m.from_kind), m.from_id),
                    unit_cost=int(m.unit_cost),
                    unit_price=m.unit_price,
                    counted=m.counted,
                )
                for m in lines
            ]
            document = self._new_document(
                actor,
                DocKind.REVERSE,
                None,
                note,
                technician=original.technician_id,
                supplier=original.supplier,
                service_order=original.service_order_id,
                reverses=original.id,
            )
            self._post(document, moves)
            return self._posted(actor, document.id, {"reverses": original.code})

    @announces(Area.PARTS, ids_from="document_id")
    def update_note(
        self, actor: Actor, document_id: int, note: str, *, version: Expected
    ) -> DocumentView:
        """Change a document's note (parts.manage) until it is audited."""
        require(actor, "parts.manage")
        text = rules.note(note)
        with self._guard():
            document = PartDocument.get_or_none(PartDocument.id == document_id)
            if document is None:
                raise NotFound()
            if document.audited:
                raise ValidationError("note", rules.AUDITED, code=document.code)
            claim_version(PartDocument, document_id, version, lambda: self._stale(document_id))
            PartDocument.update(note=text, updated_at=self._now()).where(
                PartDocument.id == document_id
            ).execute()
            self._audit.record(actor, "part_document.edit", document.code, {"note": text})
            return views.views([document_id])[0]

    @announces(Area.PARTS)
    def audit(self, actor: Actor, ids: Sequence[int]) -> list[DocumentView]:
        """Audit documents (审核), all or none (audit.process): then locked."""
        require(actor, "audit.process")
        wanted = list(dict.fromkeys(ids))
        now = self._now()
        with self._guard():
            for i in wanted:
                document = PartDocument.get_or_none(PartDocument.id == i)
                if document is None:
                    raise NotFound()
                if document.audited:
                    raise ValidationError("state", rules.ALREADY_AUDITED, code=document.code)
                PartDocument.update(
                    state=DocState.AUDITED.value,
                    audited=True,
                    audited_by=actor.user_id,
                    audited_at=now,
                    updated_at=now,
                    version=PartDocument.version + 1,
                ).where(PartDocument.id == i).execute()
                self._audit.record(actor, "part_document.audit", document.code)
            return views.views(wanted)

    @announces(Area.PARTS)
    def unaudit(self, actor: Actor, ids: Sequence[int]) -> list[DocumentView]:
        """Take the audit back (取消审核), all or none (audit.process)."""
        require(actor, "audit.process")
        wanted = list(dict.fromkeys(ids))
        now = self._now()
        with self._guard():
            for i in wanted:
                changed = (
                    PartDocument.update(
                        state=DocState.POSTED.value,
                        audited=False,
                        audited_by=None,
                        audited_at=None,
                        updated_at=now,
                    )
                    .where(PartDocument.id == i, PartDocument.audited == True)  # noqa: E712
                    .execute()
                )
                document = PartDocument.get_or_none(PartDocument.id == i)
                if document is None:
                    raise NotFound()
                if not changed:
                    raise ValidationError("state", rules.NOT_AUDITED, code=document.code)
                PartDocument.update(version=PartDocument.version + 1).where(
                    PartDocument.id == i
                ).execute()
                self._audit.record(actor, "part_document.unaudit", document.code)
            return views.views(wanted)

    # --- inside -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        """One transaction; the audit lock's refusal (another PC audited the document a moment
        ago) becomes the usual message."""
        try:
            with self._db.atomic():
                yield
        except pw.DatabaseError as exc:
            if not is_audit_lock_error(exc):
                raise
            raise ValidationError("state", rules.AUDITED, code="") from None

    def _new_document(
        self,
        actor: Actor,
        kind: DocKind,
        doc_date: dt.date | None,
        note: str,
        **fields: object,
    ) -> PartDocument:
        now = self._now()
        code = self._numbering.next_code(
            kind.numbering,
            taken=lambda c: PartDocument.select().where(PartDocument.code == c).exists(),
        )
        return PartDocument.create(
            code=code,
            kind=kind.value,
            doc_date=doc_date or now.date(),
            note=rules.note(note),
            created_by=actor.user_id,
            created_at=now,
            updated_at=now,
            **fields,
        )

    def _post(
        self,
        document: PartDocument,
        moves: Sequence[ledger.Move],
        *,
        allow_negative: bool | None = None,
    ) -> None:
        """The document's lines to the ledger; below zero only as the shop's setting allows
        (None), or as told."""
        if allow_negative is None:
            allow_negative = ledger.negative_allowed()
        ledger.post(self._db, document.id, document.doc_date, moves, allow_negative=allow_negative)

    def _posted(
        self, actor: Actor, document_id: int, extra: dict[str, object] | None = None
    ) -> DocumentView:
        view = views.views([document_id])[0]
        detail: dict[str, object] = {
            "kind": view.kind.value,
            "lines": len(view.lines),
            "quantity": view.total_quantity,
            "cost": f"{view.total_cost}",
        }
        self._audit.record(actor, "part_document.create", view.code, detail | (extra or {}))
        return view

    def _stale(self, document_id: int) -> StaleRecord:
        current = views.views([document_id])[0]
        last = last_change("part_document.", target=current.code)
        return StaleRecord("part_document", current.code, last, current)

    def _now(self) -> dt.datetime:
        return self._clock().replace(microsecond=0)


def _order_change(view: DocumentView) -> Changes:
    return (
        Changes.of(Area.SERVICE_ORDERS, view.service_order_id)
        if view.service_order_id
        else Changes()
    )
