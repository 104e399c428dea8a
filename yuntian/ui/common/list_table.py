"""The table view of the long lists (customers, calls, messages): whole rows are chosen, several
at once, nothing is edited in place, every row has the same height, and the columns follow the
shared sizing policy (column_sizing.py): ``stretch`` is the free-text column, ``samples`` the
widest words a column may show before any row is read."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from yuntian.ui.common.column_sizing import Samples, size_columns


class ListTable(QTableView):
    def __init__(
        self,
        model: QAbstractItemModel,
        parent: QWidget | None = None,
        *,
        stretch: int | None = None,
        samples: Samples | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.sizer = size_columns(self, stretch=stretch, samples=samples)

    def select_row(self, row: int) -> None:
        """Make ``row`` the current and only chosen row, and scroll to it."""
        index = self.model().index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)
