"""How parts documents and places read on screen: the kinds, states and places in the user's
language, and the combos that choose a place (a store or a technician)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from yuntian.services.parts.part_places import PLACE_LABELS
from yuntian.services.parts.part_types import DocKind, DocState, Place, PlaceKind


def kind_label(kind: DocKind) -> str:
    """A kind of document as the shop calls it."""
    labels = {
        DocKind.STOCK_IN: QCoreApplication.translate("PartDocumentWords", "Stock-in"),
        DocKind.ISSUE: QCoreApplication.translate("PartDocumentWords", "Issue"),
        DocKind.RETURN: QCoreApplication.translate("PartDocumentWords", "Return"),
        DocKind.TRANSFER: QCoreApplication.translate("PartDocumentWords", "Transfer"),
        DocKind.CONSUME: QCoreApplication.translate("PartDocumentWords", "Consumption"),
        DocKind.SCRAP: QCoreApplication.translate("PartDocumentWords", "Scrap"),
        DocKind.ADJUST: QCoreApplication.translate("PartDocumentWords", "Stocktake"),
        DocKind.REVERSE: QCoreApplication.translate("PartDocumentWords", "Reversal"),
    }
    return labels[kind]


def place_key(place: Place) -> str:
    """A place as a combo item's data (Qt compares strings, not Python objects)."""
    return f"{place.kind.value}:{place.id}"


def combo_place(combo: QComboBox | None) -> Place | None:
    """The place chosen in a combo of ``place_combo``."""
    data = combo.currentData() if combo is not None else None
    if not isinstance(data, str) or ":" not in data:
        return None
    kind, number = data.split(":", 1)
    return Place(PlaceKind(kind), int(number))


def place_combo(
    name: str,
    stores: list[tuple[int, str]],
    technicians: list[tuple[int, str]],
) -> QComboBox:
    """A choice of places (each item's data a ``place_key``): the stores, then the
    technicians."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setMinimumContentsLength(12)
    for store_id, store_name in stores:
        label = QCoreApplication.translate("PartDocumentWords", "Store: {name}")
        combo.addItem(label.format(name=store_name) if technicians else store_name,
                      place_key(Place.store(store_id)))  # fmt: skip
    for user_id, user_name in technicians:
        label = QCoreApplication.translate("PartDocumentWords", "Technician: {name}")
        combo.addItem(label.format(name=user_name) if stores else user_name,
                      place_key(Place.tech(user_id)))  # fmt: skip
    return combo


def state_label(state: DocState) -> str:
    if state is DocState.AUDITED:
        return QCoreApplication.translate("PartDocumentWords", "Audited")
    return QCoreApplication.translate("PartDocumentWords", "Posted")


def place_text(place: Place | None, name: str) -> str:
    """A place's name as the document view gives it, the fixed ones (supplier, scrap,
    stocktake) translated."""
    if place is None:
        return ""
    if place.kind in PLACE_LABELS:
        return QCoreApplication.translate("Parts", name)
    return name
