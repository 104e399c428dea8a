"""The cells of the list models (sales, service orders, due maintenance, calls, customers): one
``data()`` / ``headerData()`` answering each role from a few per-area hooks.

How to build an area's list model::

    class ComplaintListModel(KeyedListModel):
        column_count = COLUMN_COUNT
        right_columns = (FEE,)            # numbers: right-aligned, header too

        def _key_number(self, row): return time_number(row.taken_at)
        def _make_key(self, number, row_id): return ComplaintKey(number_time(number), row_id)

        def _title(self, column): return column_title(column)
        def _display(self, row, column): return display(row, column)
        def _colour(self, row, column): return GREY if row.state is DONE else None

``KeyedListModel`` pages with ``fetch(after_key, limit)`` (keyed_paging.py); ``ColumnsModel``
alone goes in front of any other paging model (the customer list's). A row read as gone since
its page was read shows ``_gone_text()`` in ``gone_column``, grey.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from yuntian.ui.common.keyed_paging import KeyedPagesModel, Runner

GREY = "#8a8a8a"  # receding rows: cancelled, voided, gone
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
PAGE_SIZE = 200
CACHED_PAGES = 25  # 5,000 rows: a few screens either side of the view
EPOCH = dt.datetime(1970, 1, 1)  # naive, as the stored times are

_ROOT = QModelIndex()
_Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


def day_number(day: dt.date) -> int:
    """A date as the number kept beside each row's id."""
    return day.toordinal()


def number_day(number: int) -> dt.date:
    return dt.date.fromordinal(number)


def time_number(at: dt.datetime) -> int:
    """A time as a number, 8 bytes beside each id rather than a datetime object."""
    return (at - EPOCH) // dt.timedelta(microseconds=1)


def number_time(number: int) -> dt.datetime:
    return EPOCH + dt.timedelta(microseconds=number)


def bold_font() -> QFont:
    font = QFont(QApplication.font())
    font.setBold(True)
    return font


class ColumnsModel:
    """A mixin for a table model over rows of records; put it before the paging base."""

    column_count = 0
    gone_column = 0  # where a row gone since its page was read says so
    grey_gone = True  # ... in grey
    right_columns: tuple[int, ...] = ()  # numbers, right-aligned
    right_headers = True  # their headers too

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._icons: dict[QStyle.StandardPixmap, QIcon] = {}

    # --- what a subclass supplies ----------------------------------------------------

    def _title(self, column: int) -> str | None:
        raise NotImplementedError

    def _display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def _colour(self, row: Any, column: int) -> str | None:
        """The text colour of a cell (None: the theme's)."""
        return None

    def _font(self, row: Any, column: int) -> QFont | None:
        return None

    def _tooltip(self, row: Any, column: int) -> str | None:
        return None

    def _decoration(self, row: Any, column: int) -> QIcon | None:
        return None

    def _gone_text(self) -> str:
        return self.tr("(deleted)")  # type: ignore[attr-defined]

    # --- QAbstractTableModel ---------------------------------------------------------

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.column_count

    def data(self, index: _Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())  # type: ignore[attr-defined]
        column = index.column()
        if row is None:  # gone since the page was read
            if role == Role.DisplayRole and column == self.gone_column:
                return self._gone_text()
            if role == Role.ForegroundRole and self.grey_gone:
                return QBrush(QColor(GREY))
            return None
        if role == Role.DisplayRole:
            return self._display(row, column)
        if role == Role.TextAlignmentRole:
            return RIGHT if column in self.right_columns else None
        if role == Role.ForegroundRole:
            colour = self._colour(row, column)
            return QBrush(QColor(colour)) if colour else None
        if role == Role.FontRole:
            return self._font(row, column)
        if role == Role.ToolTipRole:
            return self._tooltip(row, column)
        if role == Role.DecorationRole:
            return self._decoration(row, column)
        if role == Role.UserRole:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Role.DisplayRole:
            return self._title(section)
        if role == Role.TextAlignmentRole and self.right_headers and section in self.right_columns:
            return RIGHT
        return None

    # --- helpers ---------------------------------------------------------------------

    def _icon(self, pixmap: QStyle.StandardPixmap) -> QIcon | None:
        """One of the style's standard icons, made once (none without a QApplication)."""
        if pixmap not in self._icons:
            app = QApplication.instance()
            if not isinstance(app, QApplication):
                return None
            self._icons[pixmap] = app.style().standardIcon(pixmap)
        return self._icons[pixmap]

    def _row_changed(self, row: int) -> None:
        """Repaint every cell of ``row``."""
        model: Any = self
        model.dataChanged.emit(model.index(row, 0), model.index(row, self.column_count - 1))


class KeyedListModel(ColumnsModel, KeyedPagesModel):
    """A keyed, lazily paged list with its cells answered by ``ColumnsModel``."""

    def __init__(
        self,
        runner: Runner | None = None,
        page_size: int = PAGE_SIZE,
        cached_pages: int = CACHED_PAGES,
        parent=None,
    ) -> None:
        super().__init__(runner, page_size, cached_pages, parent)
