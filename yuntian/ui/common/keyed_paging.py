"""The paging machinery of the lazily loaded table models (customers, calls, messages, audit).

``CachedPagesModel``: pages arrive through a runner (off the GUI thread in the application) as
the view scrolls. The model keeps every loaded row's id (8 bytes each, in an ``array``) but the
rows themselves only for the last few pages touched; a page that was dropped is read again when
the view paints it. So scrolling through a million rows costs 8 MB of ids, not a million row
objects. Subclasses say how a page is asked for and how a dropped one is read again.

``GrowingListModel``: shorter lists that keep every row read and read the next page on the GUI
thread when the view scrolls near the end.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Signal

from yuntian.services.common.errors import ServiceError
from yuntian.ui.common.i18n import error_text, failure_text

# runner(work, on_done, on_error): call work() now or on another thread, then one callback
Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]], None]
# The work that reads one page: (its rows, whether more may follow).
PageWork = Callable[[], tuple[list[Any], bool]]

_ROOT = QModelIndex()  # the invalid index: the parent of every row of a table


def with_more(rows: list[Any], size: int) -> tuple[list[Any], bool]:
    """A page as the models take it: a short page is the last."""
    return rows, len(rows) >= size


def run_here(
    work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[Exception], None]
) -> None:
    """The plain runner: load on this thread, at once (tests, and anything known to be fast)."""
    try:
        result = work()
    except ServiceError as exc:
        on_error(exc)
        return
    on_done(result)


class CachedPagesModel(QAbstractTableModel):
    """Rows with an ``id``, paged through a runner and held a few pages at a time.

    Subclasses implement ``_ask`` and ``_reread``, and may follow the row keys they keep
    beside the ids through ``_cleared``, ``_appended`` and ``_removed``."""

    loaded = Signal(bool)  # a page arrived (or failed: see last_error); True: the first one

    def __init__(
        self, runner: Runner | None, page_size: int, cached_pages: int, parent=None
    ) -> None:
        super().__init__(parent)
        self._runner = runner or run_here
        self._page_size = page_size
        self._cached_pages = max(2, cached_pages)
        self._generation = 0  # pages on their way for an older query are dropped
        self._loading = False
        self._first_pending = False  # the first page of a new query is on its way
        self._fetch: Callable[..., Any] | None = None
        self._ids = array("q")
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._exhausted = True
        self.last_error = ""  # why the last page could not be loaded, for the user

    # --- what a subclass supplies ----------------------------------------------------

    def _ask(self, fetch: Callable[..., Any], first: bool) -> PageWork:
        """The work reading the page after the rows loaded (the first page when ``first``);
        built on the GUI thread, run by the runner."""
        raise NotImplementedError

    def _reread(self, number: int) -> list[Any]:
        """The rows of a dropped page, read again (in any order; missing rows become gaps)."""
        raise NotImplementedError

    def _cleared(self) -> None:
        """The rows are gone (a new query starts)."""

    def _appended(self, rows: list[Any]) -> None:
        """``rows`` were added at the end."""

    def _removed(self, row: int) -> None:
        """Row ``row`` was taken out."""

    # --- loading ---------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """A page is on its way (asked of the runner, not arrived yet)."""
        return self._loading

    def set_fetch(self, fetch: Callable[..., Any] | None) -> None:
        """Start over with another query (new search, filter, sort). The rows shown stay until
        its first page arrives, so typing in a search box does not make the list flicker."""
        self._generation += 1  # pages still on their way belong to the old query
        self._fetch = fetch
        self._exhausted = True  # the old query fetches no more
        self.last_error = ""
        if fetch is None:
            self._loading = self._first_pending = False
            self._replace([], more=False)
            return
        self._first_pending = True
        self._request(self._ask(fetch, True), first=True)

    def clear(self) -> None:
        self.set_fetch(None)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        if parent.isValid() or not self.canFetchMore() or self._fetch is None:
            return
        self._request(self._ask(self._fetch, False), first=False)

    def more(self) -> bool:
        """More rows may follow the rows loaded."""
        return not self._exhausted

    def _request(self, work: PageWork, *, first: bool) -> None:
        generation = self._generation
        self._loading = True
        self._runner(
            work,
            lambda result: self._arrived(generation, result, first),
            lambda exc: self._failed(generation, exc, first=first),
        )

    def _arrived(self, generation: int, result: tuple[list[Any], bool], first: bool) -> None:
        if generation != self._generation:
            return
        self._loading = False
        rows, more = result
        if first:
            self._first_pending = False
            self._replace(rows, more)
        elif rows:
            start = len(self._ids)
            # The last row is start + n - 1 (PySide's own fetchMore example is off by one here).
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._append(rows, more)
            self.endInsertRows()
        else:
            self._exhausted = True
        self.loaded.emit(first)

    def _failed(self, generation: int, exc: Exception, *, first: bool) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if first:
            self._first_pending = False
            self._replace([], more=False)  # rows of the old query would mislead
        self._exhausted = True
        self.last_error = failure_text(exc)
        self.loaded.emit(first)

    def _replace(self, rows: list[Any], more: bool) -> None:
        self.beginResetModel()
        self._ids = array("q")
        self._pages.clear()
        self._cleared()
        self._exhausted = True
        if rows:
            self._append(rows, more)
        self.endResetModel()

    def _append(self, rows: list[Any], more: bool) -> None:
        start = len(self._ids)
        for offset, row in enumerate(rows):
            position = start + offset
            page = self._page(position // self._page_size, create=True)
            page[position % self._page_size] = row
            self._ids.append(row.id)
        self._appended(rows)
        self._exhausted = not more

    # --- the pages held --------------------------------------------------------------

    def _page(self, number: int, *, create: bool = False) -> list[Any]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = [None] * self._page_size if create else self._reload_page(number)
        self._pages[number] = page
        while len(self._pages) > self._cached_pages:
            self._pages.popitem(last=False)
        return page

    def _reload_page(self, number: int) -> list[Any]:
        """A page dropped from memory, read again (gaps for rows deleted since)."""
        try:
            rows = self._reread(number)
        except ServiceError as exc:
            self.last_error = error_text(exc)
            rows = []
        return self._page_of(number, rows)

    def _page_ids(self, number: int) -> list[int]:
        first = number * self._page_size
        return list(self._ids[first : first + self._page_size])

    def _page_of(self, number: int, rows: list[Any]) -> list[Any]:
        """Page ``number`` laid out from ``rows``, by id; None where a row is missing."""
        found = {row.id: row for row in rows}
        page = [found.get(i) for i in self._page_ids(number)]
        page.extend([None] * (self._page_size - len(page)))
        return page

    # --- rows ------------------------------------------------------------------------

    def row(self, row: int) -> Any:
        """The row's record (None past the end, or when it was deleted meanwhile)."""
        if not 0 <= row < len(self._ids):
            return None
        return self._page(row // self._page_size)[row % self._page_size]

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, row_id: int) -> int:
        """The row showing ``row_id`` among the rows loaded, or -1."""
        try:
            return self._ids.index(row_id)
        except ValueError:
            return -1

    def remove_ids(self, ids: list[int]) -> None:
        """Take these rows out of the list (deleted, archived) without reloading it."""
        for row_id in ids:
            row = self.row_of(row_id)
            if row < 0:
                continue
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            self._removed(row)
            self._pages.clear()  # rows moved up; pages are read again as needed
            self.endRemoveRows()

    def cached_rows(self) -> int:
        """How many row objects are held in memory (for tests and the memory figure)."""
        return len(self._pages) * self._page_size

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)


class KeyedPagesModel(CachedPagesModel):
    """Pages read "after this row" with ``fetch(after_key, limit)`` (sales, service orders, due
    maintenance, calls): each row's key is its id and one ordered value, kept as a number beside
    the ids so a dropped page is read again from the key of the row before it, one indexed read
    at any depth. Subclasses say how a row's value becomes that number and back."""

    def __init__(
        self, runner: Runner | None, page_size: int, cached_pages: int, parent=None
    ) -> None:
        super().__init__(runner, page_size, cached_pages, parent)
        self._keys = array("q")

    def _key_number(self, row: Any) -> int:
        """The ordered part of ``row``'s key as a number."""
        raise NotImplementedError

    def _make_key(self, number: int, row_id: int) -> Any:
        """The service's key for the row with this number and id."""
        raise NotImplementedError

    def _ask(self, fetch: Callable[..., Any], first: bool) -> PageWork:
        after = None if first else self.key(len(self._ids) - 1)
        size = self._page_size
        return lambda: with_more(fetch(after, size), size)

    def _reread(self, number: int) -> list[Any]:
        """After the row before the page (gaps for rows gone since, or no longer matching)."""
        if self._fetch is None:
            return []
        return self._fetch(self.key(number * self._page_size - 1), self._page_size)

    def _cleared(self) -> None:
        self._keys = array("q")

    def _appended(self, rows: list[Any]) -> None:
        self._keys.extend(self._key_number(row) for row in rows)

    def _removed(self, row: int) -> None:
        del self._keys[row]

    def key(self, row: int) -> Any:
        """The paging key of a loaded row (None before the first)."""
        if not 0 <= row < len(self._ids):
            return None
        return self._make_key(self._keys[row], self._ids[row])

    def replace(self, fresh: Any) -> None:
        """Show a row as it is now (after an edit or an action), where it is."""
        row = self.row_of(fresh.id)
        if row < 0:
            return
        self._keys[row] = self._key_number(fresh)
        page = self._pages.get(row // self._page_size)
        if page is not None:
            page[row % self._page_size] = fresh
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


class GrowingListModel(QAbstractTableModel):
    """Every row read is kept; the first page is read when the query is set, the next ones on
    the GUI thread as the view scrolls. Subclasses implement ``_read``."""

    def __init__(self, page_size: int = 200, parent=None) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._fetch: Callable[..., Any] | None = None
        self._rows: list[Any] = []
        self._last: Any = None  # the last row read: where the next page starts
        self._more = False
        self.last_error = ""  # why the last page could not be loaded, for the user

    def _read(self, fetch: Callable[..., Any], last: Any, limit: int) -> tuple[list[Any], bool]:
        """The page after ``last`` (None: the first page), and whether more may follow."""
        raise NotImplementedError

    def set_fetch(self, fetch: Callable[..., Any] | None) -> None:
        """Start over with another query (filters, refresh) and load its first page."""
        self.beginResetModel()
        self._fetch = fetch
        self._rows, self._last, self._more = [], None, fetch is not None
        self.last_error = ""
        self._rows = self._next_page()
        self.endResetModel()

    def _next_page(self) -> list[Any]:
        if self._fetch is None or not self._more:
            return []
        try:
            page, self._more = self._read(self._fetch, self._last, self._page_size)
        except ServiceError as exc:
            self._more = False
            self.last_error = error_text(exc)
            return []
        if page:
            self._last = page[-1]
        return page

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        if parent.isValid():
            return
        page = self._next_page()
        if not page:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)
