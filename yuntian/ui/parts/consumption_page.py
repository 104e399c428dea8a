"""维修消耗备件明细: every part used on a service order (consumptions not reversed), newest
first, found by any words of the part's code or name, the order's code, the customer's or
the technician's name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services import Services
from yuntian.services.common.changes import Area
from yuntian.services.common.permissions import Actor
from yuntian.services.parts.part_stock_types import MoveKey, UsedLine
from yuntian.ui.common.list_columns import PAGE_SIZE, KeyedListModel, day_number, number_day
from yuntian.ui.common.list_page import ListPage, StatusTexts
from yuntian.ui.parts.part_stock_models import quantity_text
from yuntian.ui.parts.parts_tables import money_or_blank

SEARCH_DELAY_MS = 300
DATE, ORDER, CUSTOMER, TECHNICIAN, CODE, PART, QUANTITY, PRICE, AMOUNT = range(9)
_TITLES = (
    QT_TRANSLATE_NOOP("ConsumptionColumns", "Date"),
    QT_TRANSLATE_NOOP("ConsumptionColumns", "Service order"),
    QT_TRANSLATE_NOOP("ConsumptionColumns", "Customer"),
    QT_TRANSLATE_NOOP("ConsumptionColumns", "Technician or store"),
    QT_TRANSLATE_NOOP("ConsumptionColumns", "Code"),
    QT_TRANSLATE_NOOP("ConsumptionColumns", "Part"),
    QT_TRANSLATE_NOOP("ConsumptionColumns", "Quantity"),
    QT_TRANSLATE_NOOP("ConsumptionColumns", "Unit price"),
    QT_TRANSLATE_NOOP("ConsumptionColumns", "Amount"),
)
SAMPLES = {
    DATE: "2026-12-31",
    ORDER: "SH202612310001",
    CUSTOMER: "欧阳明月先生",
    TECHNICIAN: "欧阳明月",
    CODE: "BJ00001",
    QUANTITY: "1,000 个",
    PRICE: "12,345.00",
    AMOUNT: "123,456.00",
}


class ConsumptionModel(KeyedListModel):
    column_count = len(_TITLES)
    right_columns = (QUANTITY, PRICE, AMOUNT)

    def _key_number(self, row: UsedLine) -> int:
        return day_number(row.moved_on)

    def _make_key(self, number: int, row_id: int) -> MoveKey:
        return MoveKey(number_day(number), row_id)

    def _title(self, column: int) -> str:
        if not 0 <= column < len(_TITLES):
            return ""
        return QCoreApplication.translate("ConsumptionColumns", _TITLES[column])

    def _display(self, row: UsedLine, column: int) -> str:
        values = (
            row.moved_on.isoformat(), row.order_code, row.customer_name, row.technician,
            row.part_code, " ".join(p for p in (row.part_name, row.spec) if p),
            f"{quantity_text(row.quantity)} {row.unit}".strip(),
            money_or_blank(row.unit_price), money_or_blank(row.price),
        )  # fmt: skip
        return values[column]


class ConsumptionPage(ListPage):
    watched = (Area.PARTS,)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(services, actor, parent)
        self.setObjectName("consumptionPage")
        self.search = QLineEdit()
        self.search.setObjectName("consumptionSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Part code or name, order number, customer or technician")
        )
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.reload)
        model = ConsumptionModel(self.runner(), page_size=page_size, parent=self)
        self._set_up_list(
            model, "consumptionTable", "consumptionStatus", stretch=PART, samples=SAMPLES
        )
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Find:"))
        caption.setBuddy(self.search)
        row.addWidget(caption)
        row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.search.returnPressed.connect(self.flush)
        self._listen()
        self.reload()

    def flush(self) -> None:
        """Search for what is typed now (Enter)."""
        self._typing.stop()
        self.reload()

    def _is_filtered(self) -> bool:
        return bool(self.search.text().strip())

    def _fetch(self):
        text = self.search.text()
        stock, actor = self._services.part_stock, self._actor

        def fetch(after: MoveKey | None, limit: int) -> list[UsedLine]:
            return stock.consumption_search(actor, text, after, limit)

        return fetch

    def _status_texts(self) -> StatusTexts:
        return StatusTexts(
            empty=self.tr("No part has been used on a service order yet."),
            filtered=self.tr("No part used matches the search."),
            more=self.tr("{n}+ lines, newest first; scroll for more."),
            all=self.tr("{n} lines, newest first."),
        )
