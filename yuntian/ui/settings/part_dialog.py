"""Add or edit one spare part of the catalogue (维修备件): code (empty: the next number), name,
specification, unit, category, prices, stock levels, supplier, barcode, the product models it
fits, notes, inactive. OK stores it through the service; a refusal keeps the dialog open with
the message under the field to fix; a save over another PC's change shows the conflict dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from yuntian.services.common.money import money
from yuntian.services.common.permissions import Actor
from yuntian.services.parts.part_catalogue import MAX_LEVEL, PartCatalogueService
from yuntian.services.parts.part_catalogue_types import PartInput, PartView
from yuntian.services.sales.sale_types import ProductModelView
from yuntian.ui.common.conflict_dialog import ConflictField, field_label
from yuntian.ui.common.money_text import yuan
from yuntian.ui.settings.settings_catalogue import RecordDialog

_NOT_PART = str.maketrans("", "", ",，¥￥ ")
MODEL_ROLE = Qt.ItemDataRole.UserRole


def price_text(amount: Decimal | None) -> str:
    return "" if amount is None else yuan(amount)


def parse_money(field: str, text: str) -> Decimal | None:
    """A typed price checked like the service checks money; None when left empty."""
    cleaned = text.translate(_NOT_PART)
    return money(field, cleaned) if cleaned else None


class PartDialog(RecordDialog):
    """``part`` None: a new one. ``models``: the product models to tick (active ones, and any
    inactive one the part already fits). After ``accepted``, ``saved`` is the stored part."""

    def __init__(
        self,
        parts: PartCatalogueService,
        actor: Actor,
        part: PartView | None,
        *,
        models: Sequence[ProductModelView],
        categories: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("partDialog")
        self.setWindowTitle(
            self.tr("New spare part") if part is None else self.tr("Edit spare part")
        )
        self._parts = parts
        self._actor = actor
        self._opened = part
        self.saved: PartView | None = None

        self.code = self._line("code", 32, self.tr("empty: the next number"))
        self.name = self._line("name", 128, self.tr("e.g. start capacitor 35uF"))
        self.spec = self._line("spec", 128, self.tr("e.g. CBB65 450V"))
        self.unit = self._line("unit", 16, self.tr("e.g. pc"))
        self.unit.setMaximumWidth(120)
        self.category = QComboBox()
        self.category.setObjectName("category")
        self.category.setEditable(True)
        self.category.addItems(sorted(set(categories)))
        self.category.setCurrentText("")
        self.category.lineEdit().setMaxLength(64)
        self.category.setMinimumWidth(200)
        self.supplier = self._line("supplier", 128, "")
        self.barcode = self._line("barcode", 64, "")
        self.inactive = QCheckBox(self.tr("&Inactive: no longer offered for new documents"))
        self.inactive.setObjectName("inactive")
        self.cost_price = self._money("cost_price")
        self.sale_price = self._money("sale_price")
        self.safety_stock = self._spin("safety_stock")
        self.reorder_min = self._spin("reorder_min")
        self.reorder_max = self._spin("reorder_max")
        self.reorder_max.setSpecialValueText(self.tr("no maximum"))
        self.fits = QListWidget()
        self.fits.setObjectName("fits")
        self.fits.setFixedHeight(140)
        wanted = set() if part is None else {f.id for f in part.fits}
        for model in models:
            if model.active or model.id in wanted:
                item = QListWidgetItem(model.label)
                item.setData(MODEL_ROLE, model.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.fits.addItem(item)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)

        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        add = self.errors.add_field_row
        add(left, self.tr("C&ode:"), "code", self.code)
        add(left, self.tr("&Name:"), "name", self.name)
        add(left, self.tr("&Specification:"), "spec", self.spec)
        add(left, self.tr("&Unit:"), "unit", self.unit)
        add(left, self.tr("&Category:"), "category", self.category)
        add(left, self.tr("Su&pplier:"), "supplier", self.supplier)
        add(left, self.tr("&Barcode:"), "barcode", self.barcode)
        add(left, self.tr("No&tes:"), "notes", self.notes)
        add(left, "", "active", self.inactive)
        add(right, self.tr("Cost &price:"), "cost_price", self.cost_price)
        add(right, self.tr("Sa&le price:"), "sale_price", self.sale_price)
        add(right, self.tr("Sa&fety stock:"), "safety_stock", self.safety_stock)
        add(right, self.tr("Reorder &minimum:"), "reorder_min", self.reorder_min)
        add(right, self.tr("Reorder ma&ximum:"), "reorder_max", self.reorder_max)
        add(right, self.tr("&Fits models:"), "fits", self.fits,
            hint=self.tr("Tick the product models this part fits."))  # fmt: skip
        columns = QWidget()
        row = QHBoxLayout(columns)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        for form, stretch in ((left, 3), (right, 2)):
            side = QWidget()
            side.setLayout(form)
            form.setContentsMargins(0, 0, 0, 0)
            row.addWidget(side, stretch, Qt.AlignmentFlag.AlignTop)
        outer = QFormLayout()
        outer.addRow(columns)
        self._lay_out(outer, 820)

        if part is not None:
            self._fill(part)
        self.name.setFocus()

    # --- the fields -----------------------------------------------------------------------

    def _line(self, name: str, length: int, example: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(length)
        edit.setPlaceholderText(example)
        return edit

    def _money(self, name: str) -> QLineEdit:
        edit = self._line(name, 20, self.tr("yuan"))
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        edit.setMaximumWidth(150)
        return edit

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, MAX_LEVEL)
        spin.setMaximumWidth(150)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return spin

    def _fill(self, part: PartView) -> None:
        self.code.setText(part.code)
        self.name.setText(part.name)
        self.spec.setText(part.spec)
        self.unit.setText(part.unit)
        self.category.setCurrentText(part.category)
        self.supplier.setText(part.supplier)
        self.barcode.setText(part.barcode)
        self.notes.setPlainText(part.notes)
        self.inactive.setChecked(not part.active)
        self.cost_price.setText(price_text(part.cost_price))
        self.sale_price.setText(price_text(part.sale_price))
        self.safety_stock.setValue(part.safety_stock)
        self.reorder_min.setValue(part.reorder_min)
        self.reorder_max.setValue(part.reorder_max)
        fits = {f.id for f in part.fits}
        for i in range(self.fits.count()):
            item = self.fits.item(i)
            on = item.data(MODEL_ROLE) in fits
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def fitted(self) -> tuple[int, ...]:
        return tuple(
            self.fits.item(i).data(MODEL_ROLE)
            for i in range(self.fits.count())
            if self.fits.item(i).checkState() == Qt.CheckState.Checked
        )

    def data(self) -> PartInput:
        """What the fields say; ValidationError for a price that is not an amount."""
        return PartInput(
            name=self.name.text(),
            code=self.code.text(),
            spec=self.spec.text(),
            unit=self.unit.text(),
            category=self.category.currentText(),
            cost_price=parse_money("cost_price", self.cost_price.text()),
            sale_price=parse_money("sale_price", self.sale_price.text()),
            safety_stock=self.safety_stock.value(),
            reorder_min=self.reorder_min.value(),
            reorder_max=self.reorder_max.value(),
            supplier=self.supplier.text(),
            barcode=self.barcode.text(),
            notes=self.notes.toPlainText(),
            active=not self.inactive.isChecked(),
            fits=self.fitted(),
        )

    # --- saving and conflicts ---------------------------------------------------------------

    def check(self) -> None:
        opened = self._opened
        if opened is None:
            self.saved = self._parts.create(self._actor, self.data())
        else:
            self.saved = self._parts.update(
                self._actor, opened.id, self.data(), version=opened.version
            )

    def opened_record(self) -> PartView | None:
        return self._opened

    def conflict_fields(self) -> list[ConflictField]:
        fields = (
            (self.tr("C&ode:"), lambda p: p.code),
            (self.tr("&Name:"), lambda p: p.name),
            (self.tr("&Specification:"), lambda p: p.spec),
            (self.tr("&Unit:"), lambda p: p.unit),
            (self.tr("&Category:"), lambda p: p.category),
            (self.tr("Cost &price:"), lambda p: price_text(p.cost_price)),
            (self.tr("Sa&le price:"), lambda p: price_text(p.sale_price)),
            (self.tr("Sa&fety stock:"), lambda p: str(p.safety_stock)),
            (self.tr("Reorder &minimum:"), lambda p: str(p.reorder_min)),
            (self.tr("Reorder ma&ximum:"), lambda p: str(p.reorder_max)),
            (self.tr("Su&pplier:"), lambda p: p.supplier),
            (self.tr("&Barcode:"), lambda p: p.barcode),
            (self.tr("&Fits models:"), lambda p: "、".join(f.label for f in p.fits)),
            (self.tr("No&tes:"), lambda p: p.notes),
            (
                self.tr("&Inactive: no longer offered for new documents"),
                lambda p: "" if p.active else "✓",
            ),
        )
        return [ConflictField(field_label(label), text) for label, text in fields]

    def reload_record(self, current: object) -> None:
        assert isinstance(current, PartView)
        self._opened = current
        self.errors.clear()
        self._fill(current)
