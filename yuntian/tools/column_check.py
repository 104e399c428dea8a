"""Whether a table shows its columns whole: the width each column needs against the width it has.

A column needs its header text and the text of its typical cell (the 90th percentile of the
rows shown, so one odd long name does not count). A free-text column that takes the spare width
(``column_sizing.stretch_column``) needs at least ``minimum_stretch`` of it, or its cell text if
shorter: ``请…`` in the message column is what this catches.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from yuntian.ui.common.column_sizing import minimum_stretch, stretch_column

LOOKED_AT = 200  # rows measured per table
SLACK = 2  # pixels of rounding forgiven


@dataclass(frozen=True)
class Squeeze:
    place: str  # the page or tab, as the caller names it
    table: str  # the table's objectName
    column: int
    title: str
    width: int  # what it has
    needed: int  # what its header and typical cell need

    def __str__(self) -> str:
        return (
            f"{self.place} {self.table} column {self.column} «{self.title}»: "
            f"{self.width} px, needs {self.needed}"
        )


def header_need(view: QTableView, column: int) -> int:
    """The width that shows the header's title whole (with the sort mark when shown)."""
    header = view.horizontalHeader()
    title = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    need = header.fontMetrics().horizontalAdvance(title) + 2 * margin
    if header.isSortIndicatorShown() and header.sectionsClickable():
        need += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
    return need


def cell_needs(view: QAbstractItemView, column: int, rows: int = LOOKED_AT) -> list[int]:
    """The width each of the first ``rows`` cells of ``column`` asks its delegate for."""
    model = view.model()
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    option.widget = view
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    delegate = view.itemDelegateForColumn(column) or view.itemDelegate()
    needs = []
    for row in range(min(model.rowCount(), rows)):
        index = model.index(row, column)
        if not str(index.data() or ""):
            continue
        needs.append(delegate.sizeHint(option, index).width())
    return needs


def percentile(values: list[int], share: float) -> int:
    if not values:
        return 0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)]


def _stretching(view: QTableView) -> int | None:
    column = stretch_column(view)
    if column is not None:
        return column
    header = view.horizontalHeader()
    for c in range(header.count()):
        if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch:
            return c
    return None


def squeezed(view: QTableView, place: str) -> list[Squeeze]:
    """The shown columns of ``view`` narrower than their header or typical cell."""
    header = view.horizontalHeader()
    stretch = _stretching(view)
    found = []
    for column in range(header.count()):
        if view.isColumnHidden(column):
            continue
        cells = percentile(cell_needs(view, column), 0.9)
        title = header_need(view, column)
        if column == stretch:
            needed = max(title, min(cells, minimum_stretch(view)))
        else:
            needed = max(title, cells)
        width = header.sectionSize(column)
        if width + SLACK < needed:
            name = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
            found.append(Squeeze(place, view.objectName(), column, name, width, needed))
    return found


def shown_tables(widget: QWidget) -> list[QTableView]:
    """The tables inside ``widget`` that are on screen with it."""
    return [t for t in widget.findChildren(QTableView) if t.isVisibleTo(widget)]
