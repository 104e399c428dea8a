"""The call log's table model: keyed pages of ``CallService.page``, newest first.

The first page is read when the query is set, the next ones when the view scrolls near the end
(``fetchMore``). The model keeps each loaded call's key -- id and ring time, 16 bytes -- but the
rows themselves only for the last few pages touched; a page that was dropped is read again from
the key of the call before it (one indexed read, as deep in the log as at its top). So scrolling
through millions of calls holds a few thousand row objects, not millions.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle

from yuntian.services.calls.call_types import CallKey, CallRow
from yuntian.ui.calls.call_texts import (
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
from yuntian.ui.common.i18n import failure_text
from yuntian.ui.common.keyed_paging import Runner, with_more
from yuntian.ui.common.list_columns import (
    CACHED_PAGES,
    PAGE_SIZE,
    KeyedListModel,
    number_time,
    time_number,
)
from yuntian.ui.common.styles import ERROR_COLOUR

# fetch(key of the last call shown or None for the top, limit) -> the next calls, newest first
CallFetch = Callable[[CallKey | None, int], list[CallRow]]


class CallLogModel(KeyedListModel):
    column_count = COLUMN_COUNT
    gone_column = NUMBER
    right_columns = (DURATION,)
    right_headers = False

    def __init__(
        self,
        runner: Runner | None = None,
        page_size: int = PAGE_SIZE,
        cached_pages: int = CACHED_PAGES,
        parent=None,
    ) -> None:
        super().__init__(runner, page_size, cached_pages, parent)
        self._refreshing = False  # the first page is being read again (refresh_top)
        self._top_wanted = False  # new calls came in while it was

    # --- paging ----------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """A page is on its way (asked of the runner, not arrived yet)."""
        return self._loading or self._refreshing

    def set_fetch(self, fetch: CallFetch | None) -> None:
        """Start over with another query. The rows shown stay until its first page arrives."""
        self._refreshing = self._top_wanted = False
        super().set_fetch(fetch)

    def _key_number(self, row: CallRow) -> int:
        return time_number(row.ring_at)

    def _make_key(self, number: int, row_id: int) -> CallKey:
        return CallKey(number_time(number), row_id)

    # --- new calls on top ------------------------------------------------------------

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
            self.last_error = failure_text(exc)
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
            self._replace(*with_more(rows, self._page_size))
            self.loaded.emit(True)
            return
        top = (self._keys[0], self._ids[0])
        new = [r for r in rows if (time_number(r.ring_at), r.id) > top]
        if len(new) == len(rows) == self._page_size:
            # A gap between the new calls and the old top: start over (a page being appended
            # to the old list is dropped).
            self._generation += 1
            self._loading = False
            self._replace(*with_more(rows, self._page_size))
            self.loaded.emit(True)
            return
        if new:
            self.beginInsertRows(QModelIndex(), 0, len(new) - 1)
            self._ids = array("q", [r.id for r in new]) + self._ids
            self._keys = array("q", [time_number(r.ring_at) for r in new]) + self._keys
            self._pages.clear()  # rows moved down: page boundaries moved
            self.endInsertRows()
        self._pages[0] = self._page_of(0, rows)
        self._pages.move_to_end(0)
        last = min(len(rows), len(self._ids)) - 1
        if last >= 0:
            self.dataChanged.emit(self.index(0, 0), self.index(last, COLUMN_COUNT - 1))
        self.loaded.emit(False)

    # --- rows ------------------------------------------------------------------------

    def call_id(self, row: int) -> int | None:
        return self.id_at(row)

    # --- cells -----------------------------------------------------------------------

    def _title(self, column: int) -> str:
        return column_title(column)

    def _display(self, rec: CallRow, column: int) -> str:
        return display(rec, column)

    def _colour(self, rec: CallRow, column: int) -> str | None:
        return ERROR_COLOUR if column == STATE and rec.missed else None

    def _tooltip(self, rec: CallRow, column: int) -> str | None:
        return tooltip(rec, column)

    def _decoration(self, rec: CallRow, column: int) -> QIcon | None:
        sp = QStyle.StandardPixmap
        if column == RECORDING and rec.recording:
            return self._icon(sp.SP_MediaVolume)
        if column == DIRECTION:
            return self._icon(sp.SP_ArrowLeft if rec.direction == "in" else sp.SP_ArrowRight)
        return None
