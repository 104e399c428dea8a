"""The call log's table model: keyed pages of ``CallService.page``, newest first.

The first page is read when the query is set, the next ones when the view scrolls near the end
(``fetchMore``). The model keeps each loaded call's key -- id and ring time, 16 bytes -- but the
rows themselves only for the last few pages touched; a page that was dropped is read again from
the key of the call before it (one indexed read, as deep in the log as at its top). So scrolling
through millions of calls holds a few thousand row objects, not millions.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from yuntian.services.call_types import CallKey, CallRow
from yuntian.services.errors import ServiceError
from yuntian.ui.call_texts import (
    COLUMN_COUNT,
    DIRECTION,
    DURATION,
    NUMBER,
    RECORDING,
    STATE,
    column_title,
    display,
    tooltip,
)
from yuntian.ui.customer_list_model import Runner, run_here
from yuntian.ui.field_errors import ERROR_COLOUR
from yuntian.ui.i18n import error_text

# fetch(key of the last call shown or None for the top, limit) -> the next calls, newest first
CallFetch = Callable[[CallKey | None, int], list[CallRow]]

PAGE_SIZE = 200
CACHED_PAGES = 25  # 5,000 rows: a few screens either side of the view

_ROOT = QModelIndex()
_EPOCH = dt.datetime(1970, 1, 1)
_GREY = "#8a8a8a"


def _micros(moment: dt.datetime) -> int:
    return (moment - _EPOCH) // dt.timedelta(microseconds=1)


class CallLogModel(QAbstractTableModel):
    loaded = Signal(bool)  # a page arrived (or failed: see last_error); True: the first one

    def __init__(
        self,
        runner: Runner | None = None,
        page_size: int = PAGE_SIZE,
        cached_pages: int = CACHED_PAGES,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner or run_here
        self._page_size = page_size
        self._cached_pages = max(2, cached_pages)
        self._generation = 0
        self._loading = False
        self._first_pending = False  # the first page of a new query is on its way
        self._refreshing = False  # the first page is being read again (refresh_top)
        self._top_wanted = False  # new calls came in while it was
        self._fetch: CallFetch | None = None
        self._ids = array("q")
        self._times = array("q")  # ring times in microseconds since 1970, beside the ids
        self._pages: OrderedDict[int, list[CallRow | None]] = OrderedDict()
        self._exhausted = True
        self._icons: dict[QStyle.StandardPixmap, QIcon] = {}
        self.last_error = ""  # why the last page could not be loaded, for the user

    # --- loading ---------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """A page is on its way (asked of the runner, not arrived yet)."""
        return self._loading or self._refreshing

    def set_fetch(self, fetch: CallFetch | None) -> None:
        """Start over with another query. The rows shown stay until its first page arrives."""
        self._generation += 1  # pages still on their way belong to the old query
        self._fetch = fetch
        self._refreshing = self._top_wanted = False
        self._exhausted = True
        self.last_error = ""
        if fetch is None:
            self._loading = self._first_pending = False
            self._replace([])
            return
        generation, size = self._generation, self._page_size
        self._loading = self._first_pending = True
        self._runner(
            lambda: fetch(None, size),
            lambda rows: self._first_arrived(generation, rows),
            lambda exc: self._failed(generation, exc, first=True),
        )

    def _first_arrived(self, generation: int, rows: list[CallRow]) -> None:
        if generation != self._generation:
            return
        self._loading = self._first_pending = False
        self._replace(rows)
        self.loaded.emit(True)

    def _replace(self, rows: list[CallRow]) -> None:
        self.beginResetModel()
        self._ids, self._times = array("q"), array("q")
        self._pages.clear()
        self._exhausted = True
        if rows:
            self._append(rows)
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        if parent.isValid() or not self.canFetchMore() or self._fetch is None:
            return
        fetch, after = self._fetch, self.key(len(self._ids) - 1)
        generation, size = self._generation, self._page_size
        self._loading = True
        self._runner(
            lambda: fetch(after, size),
            lambda rows: self._arrived(generation, rows),
            lambda exc: self._failed(generation, exc, first=False),
        )

    def _arrived(self, generation: int, rows: list[CallRow]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if rows:
            start = len(self._ids)
            # The last row is start + n - 1 (PySide's own fetchMore example is off by one here).
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._append(rows)
            self.endInsertRows()
        else:
            self._exhausted = True
        self.loaded.emit(False)

    def _failed(self, generation: int, exc: Exception, *, first: bool) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if first:
            self._first_pending = False
            self._replace([])  # rows of the old query would mislead
        self._exhausted = True
        self.last_error = error_text(exc) if isinstance(exc, ServiceError) else str(exc)
        self.loaded.emit(first)

    def _append(self, rows: list[CallRow]) -> None:
        start = len(self._ids)
        for offset, row in enumerate(rows):
            position = start + offset
            page = self._page(position // self._page_size, create=True)
            page[position % self._page_size] = row
            self._ids.append(row.id)
            self._times.append(_micros(row.ring_at))
        self._exhausted = len(rows) < self._page_size

    def refresh_top(self) -> None:
        """Read the first page again (new calls came in): calls newer than the top row are put
        above it, the rows already there updated (a call that ended meanwhile gets its
        duration). More new calls than a page: the list starts over from the top."""
        fetch = self._fetch
        if fetch is None or self._first_pending:
            return  # the first page is on its way: it has the new calls
        if self._refreshing:
            self._top_wanted = True  # once more when this read is done
            return
        generation, size = self._generation, self._page_size
        self._refreshing = True
        # A page being appended meanwhile is no matter: it is read after the last row's key.
        self._runner(
            lambda: fetch(None, size),
            lambda rows: self._top_arrived(generation, rows),
            lambda exc: self._top_failed(generation, exc),
        )

    def _top_failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self._refreshing = self._top_wanted = False
            self.last_error = error_text(exc) if isinstance(exc, ServiceError) else str(exc)
            self.loaded.emit(False)

    def _top_arrived(self, generation: int, rows: list[CallRow]) -> None:
        if generation != self._generation:
            return
        self._refreshing = False
        self._show_top(rows)
        if self._top_wanted:
            self._top_wanted = False
            self.refresh_top()

    def _show_top(self, rows: list[CallRow]) -> None:
        if not self._ids:
            self._replace(rows)
            self.loaded.emit(True)
            return
        top = (self._times[0], self._ids[0])
        new = [r for r in rows if (_micros(r.ring_at), r.id) > top]
        if len(new) == len(rows) == self._page_size:
            # A gap between the new calls and the old top: start over (a page being appended
            # to the old list is dropped).
            self._generation += 1
            self._loading = False
            self._replace(rows)
            self.loaded.emit(True)
            return
        if new:
            self.beginInsertRows(QModelIndex(), 0, len(new) - 1)
            self._ids = array("q", [r.id for r in new]) + self._ids
            self._times = array("q", [_micros(r.ring_at) for r in new]) + self._times
            self._pages.clear()  # rows moved down: page boundaries moved
            self.endInsertRows()
        self._pages[0] = self._page_of(0, rows)
        self._pages.move_to_end(0)
        last = min(len(rows), len(self._ids)) - 1
        if last >= 0:
            self.dataChanged.emit(self.index(0, 0), self.index(last, COLUMN_COUNT - 1))
        self.loaded.emit(False)

    def _page(self, number: int, *, create: bool = False) -> list[CallRow | None]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = [None] * self._page_size if create else self._reload_page(number)
        self._pages[number] = page
        while len(self._pages) > self._cached_pages:
            self._pages.popitem(last=False)
        return page

    def _reload_page(self, number: int) -> list[CallRow | None]:
        """A page dropped from memory, read again after the call before it (gaps for calls
        deleted since, or no longer matching the filter)."""
        first = number * self._page_size
        rows: list[CallRow] = []
        if self._fetch is not None:
            try:
                rows = self._fetch(self.key(first - 1), self._page_size)
            except ServiceError as exc:
                self.last_error = error_text(exc)
        return self._page_of(number, rows)

    def _page_of(self, number: int, rows: list[CallRow]) -> list[CallRow | None]:
        first = number * self._page_size
        found = {row.id: row for row in rows}
        page: list[CallRow | None] = [
            found.get(i) for i in self._ids[first : first + self._page_size]
        ]
        page.extend([None] * (self._page_size - len(page)))
        return page

    # --- rows ------------------------------------------------------------------------

    def row(self, row: int) -> CallRow | None:
        """The call on this row (None past the end, or when it was deleted meanwhile)."""
        if not 0 <= row < len(self._ids):
            return None
        return self._page(row // self._page_size)[row % self._page_size]

    def call_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def key(self, row: int) -> CallKey | None:
        """The paging key of a loaded row (None before the first)."""
        if not 0 <= row < len(self._ids):
            return None
        return CallKey(_EPOCH + dt.timedelta(microseconds=self._times[row]), self._ids[row])

    def row_of(self, call_id: int) -> int:
        try:
            return self._ids.index(call_id)
        except ValueError:
            return -1

    def remove_ids(self, ids: list[int]) -> None:
        """Take these calls out of the list (deleted) without reloading it."""
        for call_id in ids:
            row = self.row_of(call_id)
            if row < 0:
                continue
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            del self._times[row]
            self._pages.clear()  # rows moved up; pages are read again by key as needed
            self.endRemoveRows()

    def more(self) -> bool:
        """More calls may follow the rows loaded."""
        return not self._exhausted

    def cached_rows(self) -> int:
        """How many row objects are held in memory (for tests and the memory figure)."""
        return len(self._pages) * self._page_size

    # --- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        rec = self.row(index.row())
        column = index.column()
        if rec is None:
            if role == Qt.ItemDataRole.DisplayRole and column == NUMBER:
                return self.tr("(deleted)")
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(_GREY))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return display(rec, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == STATE and rec.missed:
                return QBrush(QColor(ERROR_COLOUR))
        elif role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(rec, column)
        elif role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(rec, column)
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            if column == DURATION:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.UserRole:
            return rec.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return column_title(section)

    def _decoration(self, rec: CallRow, column: int) -> QIcon | None:
        sp = QStyle.StandardPixmap
        if column == RECORDING and rec.recording:
            return self._icon(sp.SP_MediaVolume)
        if column == DIRECTION:
            return self._icon(sp.SP_ArrowLeft if rec.direction == "in" else sp.SP_ArrowRight)
        return None

    def _icon(self, pixmap: QStyle.StandardPixmap) -> QIcon | None:
        if pixmap not in self._icons:
            app = QApplication.instance()
            if not isinstance(app, QApplication):
                return None
            self._icons[pixmap] = app.style().standardIcon(pixmap)
        return self._icons[pixmap]
