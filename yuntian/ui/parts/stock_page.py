"""The stock-on-hand page (备件库存): every part at every store and technician, with value;
filtered by place (all, all stores, all technicians, one of them), category, a piece of the
code, name or specification, and "below safety stock". The status line adds up the filter's
quantity and value; Enter or a double click opens the part card; Ctrl+E writes the list as
filtered to Excel."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.changes import Area
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.parts.part_stock_types import (
    PlaceChoice,
    PlaceScope,
    StockFilter,
    StockKey,
    StockRow,
    StockTotals,
)
from yuntian.services.parts.part_types import Place, PlaceKind
from yuntian.ui.common.background import Job
from yuntian.ui.common.excel_export import start_excel_export
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.list_columns import PAGE_SIZE
from yuntian.ui.common.list_page import ListPage, StatusTexts
from yuntian.ui.common.money_text import yuan
from yuntian.ui.common.page_actions import page_action, text_toolbar
from yuntian.ui.parts import part_stock_models as cols
from yuntian.ui.parts.part_stock_models import StockListModel

SEARCH_DELAY_MS = 300
COLUMN_SAMPLES = {
    cols.CODE: "BJ00001",
    cols.SPEC: "KFR-35GW/BP",
    cols.UNIT: "个",
    cols.CATEGORY: "压缩机配件",
    cols.PLACE: "总仓库一号",
    cols.QUANTITY: "12,345",
    cols.COST: "12,345.6789",
    cols.VALUE: "1,234,567.89",
}


def place_key(scope: PlaceScope, place: Place | None = None) -> str:
    return f"{place.kind.value}:{place.id}" if place is not None else scope.value


def key_place(key: str) -> tuple[PlaceScope, Place | None]:
    if ":" not in key:
        return PlaceScope(key), None
    kind, place_id = key.split(":")
    return PlaceScope.ONE, Place(PlaceKind(kind), int(place_id))


class StockFilterBar(QWidget):
    """Place, category, text and "below safety stock"; ``changed`` when any changes (the
    text after a pause in typing)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.place = QComboBox()
        self.place.setObjectName("stockPlaceFilter")
        self.place.setMinimumContentsLength(10)
        self.category = QComboBox()
        self.category.setObjectName("stockCategoryFilter")
        self.category.setMinimumContentsLength(8)
        self.text = QLineEdit()
        self.text.setObjectName("stockTextFilter")
        self.text.setPlaceholderText(self.tr("Code, name or specification"))
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(180)
        self.below = QCheckBox(self.tr("&Below safety stock"))
        self.below.setObjectName("stockBelowSafety")
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.changed)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for caption, widget in (
            (self.tr("&Place:"), self.place),
            (self.tr("Ca&tegory:"), self.category),
            (self.tr("&Find:"), self.text),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget)
            layout.addSpacing(8)
        layout.addWidget(self.below)
        layout.addStretch(1)
        self.set_choices([], [])
        self.place.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.category.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.below.toggled.connect(lambda _on: self.changed.emit())
        self.text.textChanged.connect(lambda _t: self._typing.start())

    def set_choices(self, places: Iterable[PlaceChoice], categories: Iterable[str]) -> None:
        """Fill the combos again, keeping what was chosen where it still exists."""
        was_place, was_category = self.place.currentData(), self.category.currentData()
        for combo in (self.place, self.category):
            combo.blockSignals(True)
            combo.clear()
        self.place.addItem(self.tr("All places"), PlaceScope.ALL.value)
        self.place.addItem(self.tr("All stores"), PlaceScope.STORES.value)
        self.place.addItem(self.tr("All technicians"), PlaceScope.TECHS.value)
        for choice in places:
            self.place.addItem(choice.name, place_key(PlaceScope.ONE, choice.place))
        self.category.addItem(self.tr("All categories"), "")
        for category in categories:
            self.category.addItem(category, category)
        self.place.setCurrentIndex(max(0, self.place.findData(was_place)))
        self.category.setCurrentIndex(max(0, self.category.findData(was_category)))
        for combo in (self.place, self.category):
            combo.blockSignals(False)
        if (was_place, was_category) != (None, None) and (
            self.place.currentData(),
            self.category.currentData(),
        ) != (was_place, was_category):
            self.changed.emit()

    def show_place(self, place: Place) -> None:
        index = self.place.findData(place_key(PlaceScope.ONE, place))
        if index >= 0:
            self.place.setCurrentIndex(index)

    def filter(self) -> StockFilter:
        scope, place = key_place(self.place.currentData() or PlaceScope.ALL.value)
        return StockFilter(
            scope,
            place,
            category=self.category.currentData() or "",
            text=self.text.text().strip(),
            below_safety=self.below.isChecked(),
        )

    def is_filtered(self) -> bool:
        return self.filter() != StockFilter()

    def flush(self) -> None:
        """Apply typed text now (Enter, tests)."""
        if self._typing.isActive():
            self._typing.stop()
            self.changed.emit()


class StockPage(ListPage):
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
        self.setObjectName("stockPage")
        self._totals: StockTotals | None = None
        self.filters = StockFilterBar(self)
        model = StockListModel(self.runner(), page_size=page_size, parent=self)
        self._set_up_list(
            model, "stockTable", "stockStatus", stretch=cols.NAME, samples=COLUMN_SAMPLES
        )
        self._build_actions()
        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.filters.changed.connect(self.reload)
        self.filters.text.returnPressed.connect(self.filters.flush)
        self._listen()
        self._refresh_choices()
        self.reload()

    def _build_actions(self) -> None:
        make = partial(page_action, self, self.table)
        self.card_action = make(
            self.tr("Open part &card"), self.open_card, [Qt.Key.Key_Return, Qt.Key.Key_Enter],
            on_table=True,
        )  # fmt: skip
        self.card_action.setToolTip(self.tr("Stock per place and movements of the part (Enter)"))
        self.export_action = make(self.tr("E&xport to Excel…"), self.export, ["Ctrl+E"])
        self.export_action.setToolTip(self.tr("Write the stock as filtered to an Excel workbook"))
        self.export_action.setVisible(self._actor.can("data.import_export"))
        self.refresh_action = make(self.tr("&Refresh"), self.refresh)
        self.refresh_action.setToolTip(self.tr("Read the stock again (F5)"))
        self._menu_groups = ((self.card_action,), (self.export_action, self.refresh_action))
        self.toolbar = text_toolbar(
            (self.card_action,), (self.export_action,), (self.refresh_action,)
        )
        self._update_actions()

    def _update_actions(self) -> None:
        self.card_action.setEnabled(self.current_record() is not None)

    def _activated(self) -> None:
        self.open_card()

    # --- loading ---------------------------------------------------------------------

    def _fetch(self):
        flt = self.filters.filter()
        stock, actor = self._services.part_stock, self._actor

        def fetch(after: StockKey | None, limit: int) -> list[StockRow]:
            return stock.on_hand(actor, flt, after, limit)

        return fetch

    def _refresh_choices(self) -> None:
        try:
            places = self._services.part_stock.places(self._actor)
            categories = self._services.part_stock.categories(self._actor)
        except ServiceError as exc:
            self.say(error_text(exc))
            return
        self.filters.set_choices(places, categories)

    def _reloaded(self) -> None:
        self._totals = None
        flt = self.filters.filter()
        stock, actor = self._services.part_stock, self._actor
        self._beside(lambda: stock.totals(actor, flt), self._got_totals, lambda _e: None)

    def _got_totals(self, totals: StockTotals) -> None:
        self._totals = totals
        self._update_status()

    def _read_fresh(self, ids: list[int]) -> dict[int, StockRow]:
        return {r.id: r for r in self._services.part_stock.rows_by_id(self._actor, ids)}

    # --- status ----------------------------------------------------------------------

    def _status_texts(self) -> StatusTexts:
        return StatusTexts(
            empty=self.tr("No part is in stock."),
            filtered=self.tr("No stock matches the filter."),
            more=self.tr("{n}+ rows; scroll for more."),
            all=self.tr("{n} rows."),
        )

    def _status_extra(self, text: str) -> str:
        if self._totals is None or not self.model.rowCount():
            return text
        return self.tr("{text}  Total: {quantity} units, value ¥{value}").format(
            text=text, quantity=f"{self._totals.quantity:,}", value=yuan(self._totals.value)
        )

    # --- commands --------------------------------------------------------------------

    def open_card(self) -> None:
        row = self.current_record()
        if row is None:
            return
        self.show_part_card(row.part_id)

    def show_part_card(self, part_id: int) -> None:
        from yuntian.ui.parts.part_card_dialog import PartCardDialog

        dialog = PartCardDialog(self._services, self._actor, part_id, self)
        dialog.exec()
        dialog.deleteLater()

    def export(self, path: str | Path | None = None) -> Job | None:
        """Write the stock as filtered to Excel (Ctrl+E)."""
        if not self._actor.can("data.import_export"):
            return None
        flt = self.filters.filter()
        stock, actor = self._services.part_stock, self._actor

        def work(job: Job, target: Path) -> int:
            return stock.export_on_hand(
                actor, flt, target, progress=job.report, cancelled=job.cancelled
            )

        return start_excel_export(
            self,
            work,
            profile=self._services.profile,
            path=path,
            file_stem=QCoreApplication.translate("StockPage", "Parts stock"),
            today=self._services.clock().date(),
            title=self.tr("Export the parts stock to Excel"),
            busy_text=self.tr("Exporting the stock…"),
            failed_text=self.tr("The stock could not be exported: {reason}"),
            done_text=self.tr("Rows exported: {count}. File: {path}"),
        )
