"""Places by name: store rooms, technicians, service orders (inside the caller's transaction)."""

from __future__ import annotations

from collections.abc import Iterable

from yuntian.db.models import PartStore, ServiceOrder
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.people import user_names
from yuntian.services.parts.part_types import Place, PlaceKind

# Shown for the places without a record of their own (translated by the UI, context "Parts").
PLACE_LABELS = {
    PlaceKind.SUPPLIER: QT_TRANSLATE_NOOP("Parts", "Supplier"),
    PlaceKind.SCRAP: QT_TRANSLATE_NOOP("Parts", "Scrap"),
    PlaceKind.COUNT: QT_TRANSLATE_NOOP("Parts", "Stocktake"),
}


def place_names(places: Iterable[Place | None]) -> dict[Place, str]:
    """Each place's name: the store's, the technician's, the order's code; the label (in
    English, for the UI to translate) for a supplier, scrap and a stocktake."""
    wanted = {p for p in places if p is not None}
    stores = {p.id for p in wanted if p.kind is PlaceKind.STORE}
    people = {p.id for p in wanted if p.kind is PlaceKind.TECH}
    orders = {p.id for p in wanted if p.kind is PlaceKind.ORDER}
    store_names = (
        {s.id: s.name for s in PartStore.select().where(PartStore.id.in_(list(stores)))}
        if stores
        else {}
    )
    people_names = user_names(people)
    order_codes = (
        {
            o.id: o.code
            for o in ServiceOrder.select(ServiceOrder.id, ServiceOrder.code).where(
                ServiceOrder.id.in_(list(orders))
            )
        }
        if orders
        else {}
    )
    names: dict[Place, str] = {}
    for place in wanted:
        if place.kind is PlaceKind.STORE:
            names[place] = store_names.get(place.id, "")
        elif place.kind is PlaceKind.TECH:
            names[place] = people_names.get(place.id or 0, "")
        elif place.kind is PlaceKind.ORDER:
            names[place] = order_codes.get(place.id, "")
        else:
            names[place] = PLACE_LABELS[place.kind]
    return names
