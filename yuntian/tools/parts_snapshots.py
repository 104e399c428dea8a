"""The parts documents for ``yuntian snapshot``: each new-document editor (stock-in, issue,
return, transfer, scrap) with a few lines of parts the first store holds, the stocktake sheet
of that store, and the newest document opened to read. Left out while the shop has no parts
document yet (it does not use parts)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.parts.part_types import DocKind, DocumentFilter, Place
from yuntian.ui.parts.part_document_dialog import PartDocumentDialog
from yuntian.ui.parts.part_document_view import PartDocumentViewDialog
from yuntian.ui.parts.stocktake_dialog import StocktakeDialog

LINES = 3  # lines put on each editor
EDITORS = (DocKind.STOCK_IN, DocKind.ISSUE, DocKind.RETURN, DocKind.TRANSFER, DocKind.SCRAP)


def parts_dialogs(services: Services, actor: Actor) -> list[tuple[str, QDialog]]:
    try:
        stores = services.part_lookup.stores(actor)
        store = Place.store(stores[0][0]) if stores else None
        held = services.part_lookup.held(actor, store, limit=LINES) if store else []
        newest = services.part_documents.page(actor, DocumentFilter(), limit=1)
    except ServiceError:
        return []
    if not newest:
        return []
    dialogs: list[tuple[str, QDialog]] = []
    for kind in EDITORS:
        editor = PartDocumentDialog(services, actor, kind)
        for number, part in enumerate(held, start=1):
            editor.lines.add(part, number)
        dialogs.append((f"part-document-{kind.value}", editor))
    dialogs.append(("part-stocktake", StocktakeDialog(services, actor, place=store)))
    dialogs.append(("part-document-view", PartDocumentViewDialog(newest[0])))
    return dialogs
