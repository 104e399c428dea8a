"""The customer list's table view: columns, sorting by the indexed columns, chosen rows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from yuntian.ui.common.list_table import ListTable
from yuntian.ui.customers.customer_list_model import (
    ADDRESS,
    CODE,
    CREATED,
    NAME,
    PHONE,
    SORT_COLUMNS,
    CustomerListModel,
)

# Before the first page is in (and the widest a column is expected to show).
COLUMN_SAMPLES = {
    CODE: "KH00012345",
    NAME: "欧阳明月",
    PHONE: "138 0013 8000",
    CREATED: "2026-11-27",
}


class CustomerTable(ListTable):
    """``sort_changed`` after a click on a sortable header; other headers do nothing."""

    sort_changed = Signal()

    def __init__(self, model: CustomerListModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent, stretch=ADDRESS, samples=COLUMN_SAMPLES)
        self.list_model = model
        self.sort_key, self.descending = "code", False
        self._sortable = True
        self.setObjectName("customerTable")
        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(CODE, Qt.SortOrder.AscendingOrder)
        header.sectionClicked.connect(self._header_clicked)

    # --- sorting ---------------------------------------------------------------------

    def set_sortable(self, sortable: bool) -> None:
        """Search results come best match first: no sorting (and no indicator) meanwhile."""
        self._sortable = sortable
        self.horizontalHeader().setSortIndicatorShown(sortable)

    def sort_by(self, key: str, descending: bool = False) -> None:
        self.sort_key, self.descending = key, descending
        self._show_indicator()
        self.sort_changed.emit()

    def _header_clicked(self, column: int) -> None:
        key = SORT_COLUMNS.get(column)
        if key is None or not self._sortable:
            self._show_indicator()  # only indexed columns sort; the indicator stays put
            return
        self.sort_by(key, (not self.descending) if key == self.sort_key else False)

    def _show_indicator(self) -> None:
        column = next(c for c, k in SORT_COLUMNS.items() if k == self.sort_key)
        order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
        self.horizontalHeader().setSortIndicator(column, order)

    # --- chosen rows -----------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [cid for row in rows if (cid := self.list_model.customer_id(row)) is not None]

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return self.list_model.customer_id(index.row()) if index.isValid() else None

    def select_customer(self, customer_id: int) -> bool:
        """Choose the row of this customer if it is among the rows loaded."""
        row = self.list_model.row_of(customer_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0
