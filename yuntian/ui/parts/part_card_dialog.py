"""The part card (备件卡片): the part's details, its stock at each store and technician with
value, and every movement of the ledger, newest first, read page by page as it scrolls."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.parts.part_stock_types import MoveKey, MovementRow, PartCard
from yuntian.ui.common.background import run_in_background
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.list_table import ListTable
from yuntian.ui.common.money_text import yuan
from yuntian.ui.common.styles import ERROR_STYLE
from yuntian.ui.parts import part_stock_models as cols
from yuntian.ui.parts.part_stock_models import MovementModel, cost_text, quantity_text
from yuntian.ui.parts.parts_tables import fill_places, money_or_blank, places_table

MOVE_SAMPLES = {
    cols.DATE: "2026-12-31",
    cols.DOCUMENT: "XH20261231001",
    cols.KIND: "领用出库",
    cols.FROM: "总仓库一号",
    cols.TO: "XH20261231001",
    cols.MOVED: "12,345",
    cols.UNIT_COST: "12,345.6789",
    cols.ORDER: "SH202612310001",
}


class PartCardDialog(QDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        part_id: int,
        parent: QWidget | None = None,
        *,
        threaded: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("partCardDialog")
        self.setWindowTitle(self.tr("Part card"))
        self._services, self._actor, self._part_id = services, actor, part_id
        self.card: PartCard | None = None

        self.title = QLabel()
        self.title.setObjectName("partCardTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.details = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.places = places_table("partCardPlaces")
        self.total = QLabel()
        self.total.setObjectName("partCardTotal")
        runner = (lambda w, d, f: run_in_background(self, w, d, f)) if threaded else None
        self.moves = MovementModel(runner, parent=self)
        self.moves_table = ListTable(self.moves, stretch=None, samples=MOVE_SAMPLES)
        self.moves_table.setObjectName("partCardMoves")

        stock_box = QGroupBox(self.tr("Stock per place"))
        stock_layout = QVBoxLayout(stock_box)
        stock_layout.addWidget(self.places, 1)
        stock_layout.addWidget(self.total)
        moves_box = QGroupBox(self.tr("Movements, newest first"))
        QVBoxLayout(moves_box).addWidget(self.moves_table)
        upper = QHBoxLayout()
        upper.addLayout(self.details, 1)
        upper.addWidget(stock_box, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.error)
        layout.addLayout(upper)
        layout.addWidget(moves_box, 1)
        layout.addWidget(buttons)
        self.resize(980, 640)
        self.load()

    def load(self) -> None:
        try:
            self.card = self._services.part_stock.part_card(self._actor, self._part_id)
        except ServiceError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self._show(self.card)
        stock, actor, part_id = self._services.part_stock, self._actor, self._part_id

        def fetch(after: MoveKey | None, limit: int) -> list[MovementRow]:
            return stock.movements(actor, part_id, after, limit)

        self.moves.set_fetch(fetch)

    def _show(self, card: PartCard) -> None:
        self.title.setText(f"{card.code}  {card.name}")
        while self.details.rowCount():
            self.details.removeRow(0)
        none = self.tr("not set")
        for caption, value in (
            (self.tr("Specification:"), card.spec),
            (self.tr("Unit:"), card.unit),
            (self.tr("Category:"), card.category),
            (self.tr("Supplier:"), card.supplier),
            (self.tr("Barcode:"), card.barcode),
            (self.tr("Purchase price:"), money_or_blank(card.cost_price)),
            (self.tr("Sale price:"), money_or_blank(card.sale_price)),
            (self.tr("Average cost:"), cost_text(card.unit_cost)),
            (self.tr("Safety stock:"), quantity_text(card.safety_stock) if card.safety_stock
             else none),
            (self.tr("Reorder min / max:"), f"{card.reorder_min or '-'} / {card.reorder_max or '-'}"),
        ):  # fmt: skip
            label = QLabel(value)
            label.setWordWrap(True)
            self.details.addRow(caption, label)
        if not card.active:
            self.details.addRow(QLabel(self.tr("No longer in use")))
        fill_places(self.places, card.places)
        text = self.tr("All places: {quantity} {unit}, value ¥{value}").format(
            quantity=quantity_text(card.total), unit=card.unit, value=yuan(card.value)
        )
        if card.safety_stock and card.total < card.safety_stock:
            text += "  " + self.tr("(below safety stock)")
            self.total.setStyleSheet(ERROR_STYLE)
        self.total.setText(text)
