"""Add or edit one product model of the catalogue (商品名称型号): brand, model, category, list
price, warranty months and the maintenance and callback intervals its sales start from.

OK stores the model through the service in one transaction; a refusal keeps the dialog open
with the message under the field to fix.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from yuntian.services.common.money import money
from yuntian.services.common.permissions import Actor
from yuntian.services.sales.catalogue import DAYS_MAX, MONTHS_MAX, CatalogueService
from yuntian.services.sales.sale_types import ProductModelInput, ProductModelView
from yuntian.ui.common.conflict_dialog import ConflictField, field_label
from yuntian.ui.common.field_errors import hint_label
from yuntian.ui.settings.settings_catalogue import RecordDialog

# What people type around an amount that is not part of it: thousands separators, currency.
_NOT_PART = str.maketrans("", "", ",，¥￥ ")


def price_text(amount: Decimal | None) -> str:
    """A list price as the catalogue shows it ('' for none): 2,999.00."""
    return "" if amount is None else f"{amount:,.2f}"


def parse_price(text: str) -> Decimal | None:
    """The typed list price, checked like the service checks money: None when left empty."""
    cleaned = text.translate(_NOT_PART)
    return money("list_price", cleaned) if cleaned else None


class ProductModelDialog(RecordDialog):
    """``model`` None: a new one. ``brands`` and ``categories``: the catalogue's, offered while
    typing so one brand is not spelled two ways. After ``accepted``, ``saved`` is the stored
    model."""

    def __init__(
        self,
        catalogue: CatalogueService,
        actor: Actor,
        model: ProductModelView | None = None,
        *,
        brands: Sequence[str] = (),
        categories: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("productModelDialog")
        self.setWindowTitle(
            self.tr("New product model") if model is None else self.tr("Edit product model")
        )
        self._catalogue = catalogue
        self._actor = actor
        self._model_id = None if model is None else model.id
        self._opened = model
        self.saved: ProductModelView | None = None

        self.brand = self._line("brand", 64, brands, self.tr("e.g. Gree"))
        self.model = self._line("model", 128, (), self.tr("e.g. KFR-35GW"))
        self.category = self._line("category", 64, categories, self.tr("e.g. air conditioner"))
        self.list_price = QLineEdit()
        self.list_price.setObjectName("list_price")
        self.list_price.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.list_price.setMaxLength(20)
        self.list_price.setMaximumWidth(160)
        self.warranty = self._spin("warranty_months", MONTHS_MAX, self.tr(" months"))
        self.warranty.setSpecialValueText(self.tr("no warranty"))
        self.maintenance = self._spin("maintenance_interval_days", DAYS_MAX, self.tr(" days"))
        self.maintenance.setSpecialValueText(self.tr("no maintenance"))
        self.callback = self._spin("callback_interval_days", DAYS_MAX, self.tr(" days"))
        self.callback.setSpecialValueText(self.tr("no callback"))
        self.inactive = QCheckBox(self.tr("&Inactive: no longer offered for new sales"))
        self.inactive.setObjectName("inactive")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        add = self.errors.add_field_row
        add(form, self.tr("&Brand:"), "brand", self.brand)
        add(form, self.tr("&Model:"), "model", self.model)
        add(form, self.tr("&Category:"), "category", self.category)
        add(
            form,
            self.tr("List &price:"),
            "list_price",
            self.list_price,
            hint=self.tr("In yuan, e.g. 2999.00; empty when the price varies."),
        )
        add(form, self.tr("&Warranty:"), "warranty_months", self.warranty)
        add(form, self.tr("Maintenance &every:"), "maintenance_interval_days", self.maintenance)
        add(form, self.tr("C&allback every:"), "callback_interval_days", self.callback)
        # Under the three rows it explains, across the whole form: a wrapped hint in a narrow
        # field's box would be cut off.
        form.addRow(
            hint_label(
                self.tr(
                    "A new sale of this model takes its warranty end and its next maintenance "
                    "and callback dates from these; each sale can still change them."
                )
            )
        )
        add(form, "", "active", self.inactive)
        self._lay_out(form, 460)

        if model is not None:
            self._fill(model)
        self.brand.setFocus()

    def _fill(self, model: ProductModelView) -> None:
        self.brand.setText(model.brand)
        self.model.setText(model.model)
        self.category.setText(model.category)
        self.list_price.setText(price_text(model.list_price))
        self.warranty.setValue(model.warranty_months)
        self.maintenance.setValue(model.maintenance_interval_days)
        self.callback.setValue(model.callback_interval_days)
        self.inactive.setChecked(not model.active)

    def opened_record(self) -> ProductModelView | None:
        return self._opened

    def conflict_fields(self) -> list[ConflictField]:
        fields = (
            (self.tr("&Brand:"), lambda m: m.brand),
            (self.tr("&Model:"), lambda m: m.model),
            (self.tr("&Category:"), lambda m: m.category),
            (self.tr("List &price:"), lambda m: price_text(m.list_price)),
            (self.tr("&Warranty:"), lambda m: str(m.warranty_months)),
            (self.tr("Maintenance &every:"), lambda m: str(m.maintenance_interval_days)),
            (self.tr("C&allback every:"), lambda m: str(m.callback_interval_days)),
            (
                self.tr("&Inactive: no longer offered for new sales"),
                lambda m: "" if m.active else "✓",
            ),
        )
        return [ConflictField(field_label(label), text) for label, text in fields]

    def reload_record(self, current: object) -> None:
        assert isinstance(current, ProductModelView)
        self._opened = current
        self.errors.clear()
        self._fill(current)

    def _line(self, name: str, length: int, choices: Sequence[str], example: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(length)
        edit.setPlaceholderText(example)
        if choices:
            completer = QCompleter(sorted(set(choices)), edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            edit.setCompleter(completer)
        return edit

    def _spin(self, name: str, maximum: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, maximum)
        spin.setSuffix(suffix)
        spin.setFixedWidth(170)
        return spin

    def data(self) -> ProductModelInput:
        """What the fields say; ValidationError for a list price that is not an amount."""
        return ProductModelInput(
            model=self.model.text(),
            brand=self.brand.text(),
            category=self.category.text(),
            list_price=parse_price(self.list_price.text()),
            warranty_months=self.warranty.value(),
            maintenance_interval_days=self.maintenance.value(),
            callback_interval_days=self.callback.value(),
            active=not self.inactive.isChecked(),
        )

    def check(self) -> None:
        opened = self._opened
        self.saved = self._catalogue.save_product_model(
            self._actor,
            self._model_id,
            self.data(),
            version=None if opened is None else opened.version,
        )
