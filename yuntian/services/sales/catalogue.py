"""The product catalogue (商品名称型号) and sales units (商品销售单位): settings.manage to change,
every signed-in user reads them to fill in a sale."""

from __future__ import annotations

import peewee as pw

from yuntian.db.models import ProductModel, Sale, SalesUnit, User
from yuntian.db.transactions import reading
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.audit import AuditTrail
from yuntian.services.common.changes import Area as A
from yuntian.services.common.changes import ChangeBus, announces
from yuntian.services.common.errors import Conflict, NotFound, ValidationError
from yuntian.services.common.money import money
from yuntian.services.common.permissions import Actor, require
from yuntian.services.common.record_versions import (
    Expected,
    StaleRecord,
    claim_version,
    last_change,
)
from yuntian.services.common.text import bounded
from yuntian.services.sales.sale_types import ProductModelInput, ProductModelView, SalesUnitView

DAYS_MAX = 3650
MONTHS_MAX = 240


class CatalogueService:
    def __init__(self, db: pw.Database, audit: AuditTrail, changes: ChangeBus) -> None:
        self.changes = changes
        self._db = db
        self._audit = audit

    # --- product models -----------------------------------------------------------------

    def product_models(
        self, actor: Actor, *, include_inactive: bool = False
    ) -> list[ProductModelView]:
        del actor  # every signed-in user picks a model when recording a sale
        query = ProductModel.select().order_by(ProductModel.brand, ProductModel.model)
        if not include_inactive:
            query = query.where(ProductModel.active == True)  # noqa: E712
        with reading(self._db):
            return [_model_view(m) for m in query]

    @announces(A.CATALOGUE)
    def save_product_model(
        self,
        actor: Actor,
        model_id: int | None,
        data: ProductModelInput,
        *,
        version: Expected | None,
    ) -> ProductModelView:
        """Create (``model_id`` None, ``version`` None) or change a model from the version
        its form was loaded from (StaleRecord, nothing written, when saved since)."""
        require(actor, "settings.manage")
        values = _model_values(data)
        with self._db.atomic():
            if model_id is not None:
                claim_version(ProductModel, model_id, version, lambda: _stale_model(model_id))
            clash = ProductModel.select().where(
                ProductModel.brand == values["brand"], ProductModel.model == values["model"]
            )
            if model_id is not None:
                clash = clash.where(ProductModel.id != model_id)
            if clash.exists():
                raise ValidationError(
                    "model",
                    QT_TRANSLATE_NOOP("Errors", "This brand already has a model named {name}."),
                    name=values["model"],
                )
            if model_id is None:
                row = ProductModel.create(**values)
            else:
                row = _get(ProductModel, model_id)
                for name, value in values.items():
                    setattr(row, name, value)
                row.save()
            self._audit.record(actor, "product_model.save", _model_view(row).label)
            return _model_view(ProductModel.get_by_id(row.id))

    @announces(A.CATALOGUE)
    def delete_product_model(self, actor: Actor, model_id: int) -> None:
        """Only a model no sale names; one in use is set inactive instead."""
        require(actor, "settings.manage")
        with self._db.atomic():
            row = _get(ProductModel, model_id)
            if Sale.select().where(Sale.product_model == model_id).exists():
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Sales name this product model: set it inactive instead."
                    )
                )
            row.delete_instance()
            self._audit.record(actor, "product_model.delete", _model_view(row).label)

    # --- sales units --------------------------------------------------------------------

    def sales_units(self, actor: Actor) -> list[SalesUnitView]:
        del actor  # every signed-in user picks a unit when recording a sale
        with reading(self._db):
            return [_unit_view(u) for u in SalesUnit.select().order_by(SalesUnit.name)]

    @announces(A.CATALOGUE)
    def save_sales_unit(
        self,
        actor: Actor,
        unit_id: int | None,
        name: str,
        technical_lead_id: int | None,
        sales_rep_id: int | None,
        *,
        version: Expected | None,
    ) -> SalesUnitView:
        """Create (``unit_id`` None, ``version`` None) or change a unit from the version its
        form was loaded from (StaleRecord, nothing written, when saved since)."""
        require(actor, "settings.manage")
        name = bounded("name", name, 64)
        if not name:
            raise ValidationError("name", QT_TRANSLATE_NOOP("Errors", "Please enter a name."))
        with self._db.atomic():
            if unit_id is not None:
                claim_version(SalesUnit, unit_id, version, lambda: _stale_unit(unit_id))
            for field, user_id in (
                ("technical_lead", technical_lead_id),
                ("sales_rep", sales_rep_id),
            ):
                if user_id is not None and not User.select().where(User.id == user_id).exists():
                    raise ValidationError(
                        field, QT_TRANSLATE_NOOP("Errors", "This user no longer exists.")
                    )
            clash = SalesUnit.select().where(SalesUnit.name == name)
            if unit_id is not None:
                clash = clash.where(SalesUnit.id != unit_id)
            if clash.exists():
                raise ValidationError(
                    "name",
                    QT_TRANSLATE_NOOP("Errors", "The name {name} is already taken."),
                    name=name,
                )
            values = {"name": name, "technical_lead": technical_lead_id, "sales_rep": sales_rep_id}
            if unit_id is None:
                row = SalesUnit.create(**values)
            else:
                row = _get(SalesUnit, unit_id)
                for key, value in values.items():
                    setattr(row, key, value)
                row.save()
            self._audit.record(actor, "sales_unit.save", name)
            return _unit_view(SalesUnit.get_by_id(row.id))

    @announces(A.CATALOGUE)
    def delete_sales_unit(self, actor: Actor, unit_id: int) -> None:
        """Sales of a deleted unit keep their other data; the unit column is emptied."""
        require(actor, "settings.manage")
        with self._db.atomic():
            row = _get(SalesUnit, unit_id)
            Sale.update(sales_unit=None).where(Sale.sales_unit == unit_id).execute()
            row.delete_instance()
            self._audit.record(actor, "sales_unit.delete", row.name)


def _model_values(data: ProductModelInput) -> dict[str, object]:
    model = bounded("model", data.model, 128)
    if not model:
        raise ValidationError(
            "model", QT_TRANSLATE_NOOP("Errors", "A product model needs a model name.")
        )
    return {
        "brand": bounded("brand", data.brand, 64),
        "model": model,
        "category": bounded("category", data.category, 64),
        "list_price": None if data.list_price is None else money("list_price", data.list_price),
        "warranty_months": whole("warranty_months", data.warranty_months, MONTHS_MAX),
        "maintenance_interval_days": whole(
            "maintenance_interval_days", data.maintenance_interval_days, DAYS_MAX
        ),
        "callback_interval_days": whole(
            "callback_interval_days", data.callback_interval_days, DAYS_MAX
        ),
        "active": bool(data.active),
    }


def whole(field: str, value: object, maximum: int) -> int:
    """A whole number from 0 to ``maximum`` (months, days)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "Please enter a whole number from 0 to {max}."),
            max=maximum,
        )
    return value


def _model_view(m: ProductModel) -> ProductModelView:
    return ProductModelView(
        m.id,
        m.brand,
        m.model,
        m.category,
        m.list_price,
        m.warranty_months,
        m.maintenance_interval_days,
        m.callback_interval_days,
        m.active,
        m.version,
    )


def _user_name(user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = User.get_or_none(User.id == user_id)
    return (user.display_name or user.username) if user else ""


def _unit_view(u: SalesUnit) -> SalesUnitView:
    return SalesUnitView(
        u.id,
        u.name,
        u.technical_lead_id,
        _user_name(u.technical_lead_id),
        u.sales_rep_id,
        _user_name(u.sales_rep_id),
        u.version,
    )


def _stale_model(model_id: int) -> StaleRecord:
    current = _model_view(_get(ProductModel, model_id))
    last = last_change("product_model.", target=current.label)
    return StaleRecord("product_model", current.label, last, current)


def _stale_unit(unit_id: int) -> StaleRecord:
    current = _unit_view(_get(SalesUnit, unit_id))
    last = last_change("sales_unit.", target=current.name)
    return StaleRecord("sales_unit", current.name, last, current)


def _get(model: type[pw.Model], row_id: int) -> pw.Model:
    row = model.get_or_none(model._meta.primary_key == row_id)
    if row is None:
        raise NotFound()
    return row
