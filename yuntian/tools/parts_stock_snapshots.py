"""Snapshot entries of the stock views (``yuntian snapshot``): the card of the part kept at
the most places, and "my parts" of the technician holding the most kinds of parts."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QVBoxLayout

from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.parts.part_stock_types import StockFilter
from yuntian.services.parts.part_types import PlaceKind
from yuntian.ui.parts.my_parts_page import MyPartsPage
from yuntian.ui.parts.part_card_dialog import PartCardDialog

LOOK_AT = 1000  # stock rows looked at for the choice


def parts_stock_dialogs(services: Services, actor: Actor) -> list[tuple[str, QDialog]]:
    """part-card.png and my-parts-technician.png, when there are parts in stock."""
    try:
        rows = services.part_stock.on_hand(actor, StockFilter(), None, LOOK_AT)
    except ServiceError:
        return []
    dialogs: list[tuple[str, QDialog]] = []
    places = Counter(r.part_id for r in rows)
    if places:
        part_id = places.most_common(1)[0][0]
        dialogs.append(("part-card", PartCardDialog(services, actor, part_id)))
    holders = Counter(r.place.id for r in rows if r.place.kind is PlaceKind.TECH)
    if holders:
        page = MyPartsPage(services, actor)
        index = page.person.findData(holders.most_common(1)[0][0])
        if index >= 0:
            page.person.setCurrentIndex(index)
        dialog = QDialog()
        dialog.setObjectName("myPartsSnapshot")
        dialog.setWindowTitle(QCoreApplication.translate("Pages", "My parts"))
        QVBoxLayout(dialog).addWidget(page)
        dialog.resize(1280, 760)
        dialogs.append(("my-parts-technician", dialog))
    return dialogs
