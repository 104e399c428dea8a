"""Small read-only tables of records: with their buttons beside them (the phone lines tab's
devices and lines; rows are redrawn whole, the selection survives a redraw), and the lists of
the customer card's tabs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yuntian.ui.common.column_sizing import size_columns


def record_table(name: str, headers: list[str], stretch: int) -> QTableWidget:
    """One row per record, whole rows selected; column ``stretch`` takes the spare width, the
    others fit their content (column_sizing.py)."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    size_columns(table, stretch=stretch)
    return table


def history_table(
    name: str,
    headers: list[str],
    selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection,
    *,
    stretch: int | None = None,
) -> QTableWidget:
    """A customer card tab's list (calls, purchases, service orders): whole rows, one line
    each, rows as tall as the list pages', columns sized as the list pages' (``stretch``: the
    free-text column; a narrow card scrolls sideways rather than cut the others)."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    size_columns(table, stretch=stretch)
    return table


def side_button(name: str, text: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)  # Enter stays with the dialog's OK
    button.clicked.connect(slot)
    return button


def table_group(
    title: str, table: QTableWidget, buttons: list[QPushButton], error: QWidget
) -> QGroupBox:
    """The table with its buttons in a column at its right and its error line below."""
    group = QGroupBox(title)
    row = QHBoxLayout()
    row.addWidget(table, 1)
    column = QVBoxLayout()
    for button in buttons:
        column.addWidget(button)
    column.addStretch(1)
    row.addLayout(column)
    box = QVBoxLayout(group)
    box.addLayout(row, 1)
    box.addWidget(error)
    return group


def selected_row(table: QTableWidget) -> int:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else -1


def fill_rows(table: QTableWidget, rows: list[list[str]], centred: int | None = None) -> None:
    """Replace every row; the same row number stays selected (the last one if it is gone)."""
    selected = selected_row(table)
    table.setRowCount(0)
    for cells in rows:
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == centred:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, column, item)
    if table.rowCount():
        table.selectRow(min(max(selected, 0), table.rowCount() - 1))
