"""The parts catalogue (维修备件设置) and the store rooms (仓库).

A part is created with the next code of the numbering kind "part" unless one is typed; codes are
unique. Prices are exact money from 0; the stock levels (safety stock, reorder minimum and
maximum) whole numbers from 0, the minimum not above a maximum that is set. The moving-average
cost is the ledger's (part_ledger.py) and never edited here. A part the ledger names is never
deleted, only set inactive; a store still holding stock cannot be set inactive.

Permissions: parts.manage for every change of the catalogue and the stores, settings.manage for
the negative-stock setting; reading is open to every signed-in user. Each change goes to the
audit trail.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import peewee as pw

from yuntian.db.models import (
    Part,
    PartFit,
    PartMove,
    PartStock,
    PartStore,
    ProductModel,
    Setting,
)
from yuntian.db.transactions import reading
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.audit import AuditTrail, Clock
from yuntian.services.common.changes import Area, ChangeBus, announces
from yuntian.services.common.errors import Conflict, NotFound, ValidationError
from yuntian.services.common.money import money
from yuntian.services.common.numbering import Numbering
from yuntian.services.common.permissions import Actor, require
from yuntian.services.common.record_versions import (
    Expected,
    StaleRecord,
    bump_version,
    claim_version,
    last_change,
)
from yuntian.services.common.service_base import ServiceBase
from yuntian.services.common.text import bounded
from yuntian.services.parts.part_catalogue_types import (
    Activity,
    ModelFit,
    PartFilter,
    PartInput,
    PartKey,
    PartView,
    StoreView,
)
from yuntian.services.parts.part_ledger import NEGATIVE_STOCK_KEY
from yuntian.services.parts.part_types import COST_PLACES, PlaceKind

MAX_PAGE = 1000
MAX_LEVEL = 1_000_000  # safety stock, reorder minimum and maximum
NOTES_MAX = 2000
MAX_FITS = 500

NEED_NAME = QT_TRANSLATE_NOOP("Errors", "A part needs a name.")
CODE_TAKEN = QT_TRANSLATE_NOOP("Errors", "The code {code} is already taken by {name}.")
BAD_LEVEL = QT_TRANSLATE_NOOP("Errors", "Please enter a whole number from 0 to {max}.")
MIN_ABOVE_MAX = QT_TRANSLATE_NOOP(
    "Errors", "The reorder minimum ({min}) is above the maximum ({max})."
)
NO_MODEL = QT_TRANSLATE_NOOP("Errors", "A product model this part fits no longer exists.")
TOO_MANY_FITS = QT_TRANSLATE_NOOP("Errors", "A part fits at most {most} product models.")
PART_USED = QT_TRANSLATE_NOOP(
    "Errors",
    "{part} appears on parts documents, so it cannot be deleted: set it inactive instead.",
)
NEED_STORE_NAME = QT_TRANSLATE_NOOP("Errors", "Please enter a name.")
STORE_TAKEN = QT_TRANSLATE_NOOP("Errors", "The name {name} is already taken.")
STORE_HOLDS = QT_TRANSLATE_NOOP(
    "Errors",
    "{store} still holds {kinds} kinds of parts, {units} units in all (e.g. {examples}). "
    "Transfer them to another store first.",
)
LAST_STORE = QT_TRANSLATE_NOOP("Errors", "At least one store must stay in use.")


class PartCatalogueService(ServiceBase):
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

    def page(
        self, actor: Actor, flt: PartFilter, after: PartKey | None = None, limit: int = 200
    ) -> list[PartView]:
        """Parts by code, continuing after ``after``."""
        del actor
        limit = max(1, min(limit, MAX_PAGE))
        query = _filtered(Part.select(), flt)
        if after is not None:
            query = query.where(
                (Part.code > after.code) | ((Part.code == after.code) & (Part.id > after.id))
            )
        with reading(self._db):
            return _views(list(query.order_by(Part.code, Part.id).limit(limit)))

    @staticmethod
    def page_key(row: PartView) -> PartKey:
        return PartKey(row.code, row.id)

    def count(self, actor: Actor, flt: PartFilter) -> int:
        del actor
        with reading(self._db):
            return _filtered(Part.select(), flt).count()

    def get(self, actor: Actor, part_id: int) -> PartView:
        del actor
        with reading(self._db):
            return _views([_part(part_id)])[0]

    def by_ids(self, actor: Actor, ids: Sequence[int]) -> list[PartView]:
        """The parts of ``ids`` in that order; ids no longer there left out."""
        del actor
        with reading(self._db):
            found = {p.id: p for p in Part.select().where(Part.id.in_(list(ids) or [0]))}
            return _views([found[i] for i in ids if i in found])

    def categories(self, actor: Actor) -> list[str]:
        """The categories parts have (for a combo box), sorted."""
        del actor
        query = (
            Part.select(Part.category).where(Part.category != "").distinct().order_by(Part.category)
        )
        with reading(self._db):
            return [c for (c,) in query.tuples()]

    def used(self, actor: Actor, part_id: int) -> bool:
        """Whether the ledger names the part (then it can only be set inactive)."""
        del actor
        with reading(self._db):
            return _used(part_id)

    # --- writing the catalogue (parts.manage) ----------------------------------------------

    @announces(Area.PARTS)
    def create(self, actor: Actor, data: PartInput) -> PartView:
        require(actor, "parts.manage")
        values, fits = part_values(data)
        with self._db.atomic():
            if not values["code"]:
                values["code"] = self._numbering.next_code("part", taken=_code_taken)
            _check_code(str(values["code"]), None)
            _check_fits(fits)
            row = Part.create(**values, created_at=self._clock())
            _replace_fits(row.id, fits)
            view = _views([row])[0]
            self._audit.record(actor, "part.create", view.label)
            return view

    @announces(Area.PARTS, ids_from="part_id")
    def update(self, actor: Actor, part_id: int, data: PartInput, *, version: Expected) -> PartView:
        """Store the editor's fields from the version it was loaded from (StaleRecord, nothing
        written, when saved since). An empty code keeps the part's code."""
        require(actor, "parts.manage")
        values, fits = part_values(data)
        with self._db.atomic():
            claim_version(Part, part_id, version, lambda: _stale_part(part_id))
            row = _part(part_id)
            if not values["code"]:
                values["code"] = row.code
            _check_code(str(values["code"]), part_id)
            _check_fits(fits)
            Part.update(**values).where(Part.id == part_id).execute()
            _replace_fits(part_id, fits)
            view = _views([_part(part_id)])[0]
            self._audit.record(actor, "part.edit", view.label)
            return view

    @announces(Area.PARTS, ids_from="part_id")
    def set_active(self, actor: Actor, part_id: int, active: bool) -> PartView:
        """Deactivate a part (kept on every document, no longer offered for new lines) or
        take it into use again."""
        require(actor, "parts.manage")
        with self._db.atomic():
            row = _part(part_id)
            if row.active != bool(active):
                Part.update(active=bool(active)).where(Part.id == part_id).execute()
                bump_version(Part, part_id)
                action = "part.reactivate" if active else "part.deactivate"
                self._audit.record(actor, action, f"{row.code} {row.name}")
            return _views([_part(part_id)])[0]

    @announces(Area.PARTS, ids_from="part_id")
    def delete(self, actor: Actor, part_id: int) -> None:
        """Only a part that no document names; one the ledger knows is set inactive instead."""
        require(actor, "parts.manage")
        with self._db.atomic():
            row = _part(part_id)
            label = f"{row.code} {row.name}"
            if _used(part_id):
                raise Conflict(PART_USED, part=label)
            PartStock.delete().where(PartStock.part == part_id).execute()  # zero rows only
            PartFit.delete().where(PartFit.part == part_id).execute()
            row.delete_instance()
            self._audit.record(actor, "part.delete", label)

    # --- stores -----------------------------------------------------------------------------

    def stores(self, actor: Actor, *, include_inactive: bool = True) -> list[StoreView]:
        del actor
        query = PartStore.select().order_by(PartStore.sort, PartStore.id)
        if not include_inactive:
            query = query.where(PartStore.active == True)  # noqa: E712
        with reading(self._db):
            return [_store_view(s) for s in query]

    @announces(Area.PARTS)
    def create_store(self, actor: Actor, name: str) -> StoreView:
        require(actor, "parts.manage")
        name = _store_name(name)
        with self._db.atomic():
            _check_store_name(name, None)
            last = PartStore.select(pw.fn.MAX(PartStore.sort)).scalar() or 0
            row = PartStore.create(name=name, sort=last + 1)
            self._audit.record(actor, "part_store.create", name)
            return _store_view(row)

    @announces(Area.PARTS, ids_from="store_id")
    def rename_store(
        self, actor: Actor, store_id: int, name: str, *, version: Expected
    ) -> StoreView:
        require(actor, "parts.manage")
        name = _store_name(name)
        with self._db.atomic():
            claim_version(PartStore, store_id, version, lambda: _stale_store(store_id))
            row = _store(store_id)
            _check_store_name(name, store_id)
            old = row.name
            PartStore.update(name=name).where(PartStore.id == store_id).execute()
            self._audit.record(actor, "part_store.rename", name, {"text": old})
            return _store_view(_store(store_id))

    @announces(Area.PARTS, ids_from="store_id")
    def set_store_active(self, actor: Actor, store_id: int, active: bool) -> StoreView:
        """A store still holding parts cannot be set inactive; the refusal says what it holds."""
        require(actor, "parts.manage")
        with self._db.atomic():
            row = _store(store_id)
            if row.active == bool(active):
                return _store_view(row)
            if not active:
                _check_store_empty(row)
                others = PartStore.select().where(
                    PartStore.active == True,  # noqa: E712
                    PartStore.id != store_id,
                )
                if not others.exists():
                    raise Conflict(LAST_STORE)
            PartStore.update(active=bool(active)).where(PartStore.id == store_id).execute()
            bump_version(PartStore, store_id)
            action = "part_store.reactivate" if active else "part_store.deactivate"
            self._audit.record(actor, action, row.name)
            return _store_view(_store(store_id))

    @announces(Area.PARTS)
    def sort_stores(self, actor: Actor, store_ids: Sequence[int]) -> list[StoreView]:
        """Put the stores in the order of ``store_ids`` (the others after them, as they were)."""
        require(actor, "parts.manage")
        with self._db.atomic():
            rows = list(PartStore.select().order_by(PartStore.sort, PartStore.id))
            wanted = [i for i in dict.fromkeys(store_ids) if any(r.id == i for r in rows)]
            order = wanted + [r.id for r in rows if r.id not in wanted]
            for position, store_id in enumerate(order, start=1):
                PartStore.update(sort=position).where(PartStore.id == store_id).execute()
            self._audit.record(
                actor,
                "part_store.sort",
                "",
                {"text": "、".join(next(r.name for r in rows if r.id == i) for i in order)},
            )
            return [_store_view(s) for s in PartStore.select().order_by(PartStore.sort)]

    # --- the negative-stock setting ---------------------------------------------------------

    def negative_stock_allowed(self, actor: Actor) -> bool:
        del actor
        with reading(self._db):
            row = Setting.get_or_none(Setting.key == NEGATIVE_STOCK_KEY)
            return row is not None and row.value == "1"

    @announces(Area.PARTS)
    def set_negative_stock_allowed(self, actor: Actor, allowed: bool) -> bool:
        """Whether documents may take stock below zero (for shops that enter them late)."""
        require(actor, "settings.manage")
        value = "1" if allowed else "0"
        with self._db.atomic():
            row = Setting.get_or_none(Setting.key == NEGATIVE_STOCK_KEY)
            if row is None:
                Setting.create(key=NEGATIVE_STOCK_KEY, value=value)
            elif row.value != value:
                Setting.update(value=value, version=Setting.version + 1).where(
                    Setting.key == NEGATIVE_STOCK_KEY
                ).execute()
            self._audit.record(actor, "settings.parts", NEGATIVE_STOCK_KEY, {"text": value})
            return bool(allowed)


# --- rules --------------------------------------------------------------------------------------


def part_values(data: PartInput) -> tuple[dict[str, object], list[int]]:
    """The columns of ``data`` cleaned and checked (no database needed), and the model ids;
    ValidationError naming the field. The import checks its rows with this too."""
    name = bounded("name", data.name, 128)
    if not name:
        raise ValidationError("name", NEED_NAME)
    values: dict[str, object] = {
        "code": bounded("code", data.code, 32),
        "name": name,
        "spec": bounded("spec", data.spec, 128),
        "unit": bounded("unit", data.unit, 16),
        "category": bounded("category", data.category, 64),
        "cost_price": None if data.cost_price is None else money("cost_price", data.cost_price),
        "sale_price": None if data.sale_price is None else money("sale_price", data.sale_price),
        "safety_stock": _level("safety_stock", data.safety_stock),
        "reorder_min": _level("reorder_min", data.reorder_min),
        "reorder_max": _level("reorder_max", data.reorder_max),
        "supplier": bounded("supplier", data.supplier, 128),
        "barcode": bounded("barcode", data.barcode, 64),
        "notes": _notes(data.notes),
        "active": bool(data.active),
    }
    if values["reorder_max"] and values["reorder_min"] > values["reorder_max"]:  # type: ignore[operator]
        raise ValidationError(
            "reorder_min", MIN_ABOVE_MAX, min=values["reorder_min"], max=values["reorder_max"]
        )
    fits = list(dict.fromkeys(data.fits))
    if len(fits) > MAX_FITS:
        raise ValidationError("fits", TOO_MANY_FITS, most=MAX_FITS)
    return values, fits


def _level(field: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_LEVEL:
        raise ValidationError(field, BAD_LEVEL, max=MAX_LEVEL)
    return value


def _notes(text: str) -> str:
    text = text.strip()
    if len(text) > NOTES_MAX:
        raise ValidationError(
            "notes",
            QT_TRANSLATE_NOOP("Errors", "This text is too long: at most {n} characters."),
            n=NOTES_MAX,
        )
    return text


def _code_taken(code: str) -> bool:
    return Part.select().where(Part.code == code).exists()


def _check_code(code: str, part_id: int | None) -> None:
    clash = Part.select(Part.name).where(Part.code == code)
    if part_id is not None:
        clash = clash.where(Part.id != part_id)
    other = clash.first()
    if other is not None:
        raise ValidationError("code", CODE_TAKEN, code=code, name=other.name)


def _check_fits(fits: list[int]) -> None:
    if fits:
        found = ProductModel.select().where(ProductModel.id.in_(fits)).count()
        if found != len(fits):
            raise ValidationError("fits", NO_MODEL)


def _replace_fits(part_id: int, fits: list[int]) -> None:
    PartFit.delete().where(PartFit.part == part_id).execute()
    if fits:
        PartFit.insert_many(
            [(part_id, m) for m in fits], [PartFit.part, PartFit.product_model]
        ).execute()


def _used(part_id: int) -> bool:
    return PartMove.select().where(PartMove.part == part_id).exists()


def _filtered(query: pw.ModelSelect, flt: PartFilter) -> pw.ModelSelect:
    for word in flt.text.split()[:8]:
        word = word[:64]
        query = query.where(
            Part.code.contains(word)
            | Part.name.contains(word)
            | Part.spec.contains(word)
            | Part.barcode.contains(word)
        )
    if flt.category:
        query = query.where(Part.category == flt.category)
    if flt.activity is Activity.ACTIVE:
        query = query.where(Part.active == True)  # noqa: E712
    elif flt.activity is Activity.INACTIVE:
        query = query.where(Part.active == False)  # noqa: E712
    if flt.product_model_id is not None:
        query = query.where(
            Part.id.in_(
                PartFit.select(PartFit.part).where(PartFit.product_model == flt.product_model_id)
            )
        )
    return query


def _views(parts: list[Part]) -> list[PartView]:
    fits: dict[int, list[ModelFit]] = {}
    if parts:
        query = (
            PartFit.select(PartFit.part, ProductModel.id, ProductModel.brand, ProductModel.model)
            .join(ProductModel, on=PartFit.product_model == ProductModel.id)
            .where(PartFit.part.in_([p.id for p in parts]))
            .order_by(ProductModel.brand, ProductModel.model)
            .tuples()
        )
        for part_id, model_id, brand, model in query:
            fits.setdefault(part_id, []).append(ModelFit(model_id, f"{brand} {model}".strip()))
    return [
        PartView(
            id=p.id,
            code=p.code,
            name=p.name,
            spec=p.spec,
            unit=p.unit,
            category=p.category,
            cost_price=p.cost_price,
            sale_price=p.sale_price,
            avg_cost=(Decimal(int(p.avg_cost or 0)).scaleb(-4)).quantize(COST_PLACES),
            safety_stock=p.safety_stock,
            reorder_min=p.reorder_min,
            reorder_max=p.reorder_max,
            supplier=p.supplier,
            barcode=p.barcode,
            notes=p.notes,
            active=p.active,
            fits=tuple(fits.get(p.id, ())),
            version=p.version,
        )
        for p in parts
    ]


def _part(part_id: int) -> Part:
    row = Part.get_or_none(Part.id == part_id)
    if row is None:
        raise NotFound()
    return row


def _stale_part(part_id: int) -> StaleRecord:
    current = _views([_part(part_id)])[0]
    last = last_change("part.", target=current.label)
    return StaleRecord("part", current.label, last, current)


# --- stores -----------------------------------------------------------------------------------


def _store_name(name: str) -> str:
    name = bounded("name", name, 64)
    if not name:
        raise ValidationError("name", NEED_STORE_NAME)
    return name


def _check_store_name(name: str, store_id: int | None) -> None:
    clash = PartStore.select().where(PartStore.name == name)
    if store_id is not None:
        clash = clash.where(PartStore.id != store_id)
    if clash.exists():
        raise ValidationError("name", STORE_TAKEN, name=name)


def _check_store_empty(store: PartStore) -> None:
    held = list(
        PartStock.select(PartStock.quantity, Part.code, Part.name)
        .join(Part, on=PartStock.part == Part.id)
        .where(
            PartStock.place_kind == PlaceKind.STORE.value,
            PartStock.place_id == store.id,
            PartStock.quantity != 0,
        )
        .order_by(Part.code)
        .tuples()
    )
    if held:
        examples = "、".join(f"{code} {name} ×{qty}" for qty, code, name in held[:3])
        raise Conflict(
            STORE_HOLDS,
            store=store.name,
            kinds=len(held),
            units=sum(q for q, _c, _n in held),
            examples=examples,
        )


def _store(store_id: int) -> PartStore:
    row = PartStore.get_or_none(PartStore.id == store_id)
    if row is None:
        raise NotFound()
    return row


def _store_view(s: PartStore) -> StoreView:
    return StoreView(s.id, s.name, s.active, s.sort, s.version)


def _stale_store(store_id: int) -> StaleRecord:
    current = _store_view(_store(store_id))
    return StaleRecord("part_store", current.name, last_change("part_store.", target=current.name),
                       current)  # fmt: skip
