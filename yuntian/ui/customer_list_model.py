"""The customer list as a lazily paged table model that never holds the whole table.

Pages of rows arrive from a ``PageFetch`` (keyed paging over ``CustomerService.list_page``, or
offset paging over search results) as the view scrolls (canFetchMore / fetchMore), through a
runner that may ask off the GUI thread (a filtered page can take a while at a million
customers); rows are inserted when the page arrives, and ``loaded`` is emitted. Of the rows
loaded so far the model keeps every customer id (8 bytes each, in an ``array``) but the rows
themselves only for the last few pages touched; a page that was dropped is read again by id
(``rows_by_ids``) when the view paints it. So scrolling through a million customers costs 8 MB
of ids, not a million row objects.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from yuntian.services.customer_types import CustomerRow
from yuntian.services.errors import ServiceError
from yuntian.ui.field_errors import ERROR_COLOUR
from yuntian.ui.i18n import error_text

# fetch(last row loaded or None, rows loaded so far, limit) -> (next rows, more may follow)
PageFetch = Callable[[CustomerRow | None, int, int], tuple[list[CustomerRow], bool]]
# runner(work, on_done, on_error): call work() now or on another thread, then one callback
Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]], None]
RowsByIds = Callable[[list[int]], list[CustomerRow]]
ReasonLookup = Callable[[int], str]

CODE, NAME, PHONE, REGION, GROUP, SALESPERSON, ADDRESS, CREATED = range(8)
COLUMN_COUNT = 8
# The columns a click on the header sorts by, and the service's sort key for each.
SORT_COLUMNS: dict[int, str] = {CODE: "code", NAME: "name", CREATED: "created_at"}
PAGE_SIZE = 200
CACHED_PAGES = 25  # rows kept in memory: 25 x 200, a few screens either side of the view

_ROOT = QModelIndex()


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


_GREY = "#8a8a8a"


class CustomerListModel(QAbstractTableModel):
    loaded = Signal(bool)  # a page arrived (or failed: see last_error); True: the first one

    def __init__(
        self,
        rows_by_ids: RowsByIds,
        reason_lookup: ReasonLookup | None = None,
        runner: Runner | None = None,
        page_size: int = PAGE_SIZE,
        cached_pages: int = CACHED_PAGES,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._rows_by_ids = rows_by_ids
        self._reason_lookup = reason_lookup
        self._page_size = page_size
        self._cached_pages = max(2, cached_pages)
        self._runner = runner or run_here
        self._generation = 0
        self._loading = False
        self._fetch: PageFetch | None = None
        self._ids = array("q")
        self._pages: OrderedDict[int, list[CustomerRow | None]] = OrderedDict()
        self._last: CustomerRow | None = None  # the cursor for the next keyed page
        self._exhausted = True
        self._reasons: OrderedDict[int, str] = OrderedDict()
        self._warning_icon: QIcon | None = None
        self.last_error = ""  # why the last page could not be loaded, for the user

    # --- loading ---------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """A page is on its way (asked of the runner, not arrived yet)."""
        return self._loading

    def set_fetch(self, fetch: PageFetch | None) -> None:
        """Start over with another query (new search, filter, sort). The rows shown stay until
        its first page arrives, so typing in the search box does not make the list flicker."""
        self._generation += 1  # pages still on their way belong to the old query
        self._fetch = fetch
        self._exhausted = True  # the old query fetches no more
        self.last_error = ""
        if fetch is None:
            self._loading = False
            self._replace([], more=False)
            return
        generation, size = self._generation, self._page_size
        self._loading = True
        self._runner(
            lambda: fetch(None, 0, size),
            lambda result: self._first_arrived(generation, result),
            lambda exc: self._failed(generation, exc, first=True),
        )

    def _first_arrived(self, generation: int, result: tuple[list[CustomerRow], bool]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._replace(*result)
        self.loaded.emit(True)

    def _replace(self, rows: list[CustomerRow], more: bool) -> None:
        self.beginResetModel()
        self._ids = array("q")
        self._pages.clear()
        self._reasons.clear()
        self._last = None
        self._exhausted = True
        if rows:
            self._append(rows, more)
        self.endResetModel()

    def clear(self) -> None:
        self.set_fetch(None)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        if not parent.isValid() and self.canFetchMore():
            self._load()

    def _load(self) -> None:
        fetch, last, loaded = self._fetch, self._last, len(self._ids)
        generation, size = self._generation, self._page_size
        assert fetch is not None
        self._loading = True
        self._runner(
            lambda: fetch(last, loaded, size),
            lambda result: self._arrived(generation, result),
            lambda exc: self._failed(generation, exc, first=False),
        )

    def _arrived(self, generation: int, result: tuple[list[CustomerRow], bool]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        rows, more = result
        if rows:
            start = len(self._ids)
            # The last row is start + n - 1 (PySide's own fetchMore example is off by one here).
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._append(rows, more)
            self.endInsertRows()
        else:
            self._exhausted = True
        self.loaded.emit(False)

    def _failed(self, generation: int, exc: Exception, *, first: bool) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if first:
            self._replace([], more=False)  # rows of the old query would mislead
        self._exhausted = True
        self.last_error = error_text(exc) if isinstance(exc, ServiceError) else str(exc)
        self.loaded.emit(first)

    def _append(self, rows: list[CustomerRow], more: bool) -> None:
        start = len(self._ids)
        for offset, row in enumerate(rows):
            position = start + offset
            page = self._page(position // self._page_size, create=True)
            page[position % self._page_size] = row
            self._ids.append(row.id)
        self._last = rows[-1]
        self._exhausted = not more

    def _page(self, number: int, *, create: bool = False) -> list[CustomerRow | None]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = [None] * self._page_size if create else self._reload_page(number)
        self._pages[number] = page
        while len(self._pages) > self._cached_pages:
            self._pages.popitem(last=False)
        return page

    def _reload_page(self, number: int) -> list[CustomerRow | None]:
        """A page dropped from memory, read again by its ids (gaps for rows deleted since)."""
        first = number * self._page_size
        ids = list(self._ids[first : first + self._page_size])
        try:
            found = {row.id: row for row in self._rows_by_ids(ids)}
        except ServiceError as exc:
            self.last_error = error_text(exc)
            found = {}
        page: list[CustomerRow | None] = [found.get(i) for i in ids]
        page.extend([None] * (self._page_size - len(page)))
        return page

    # --- rows ------------------------------------------------------------------------

    def row(self, row: int) -> CustomerRow | None:
        """The row's customer (None past the end, or when it was deleted meanwhile)."""
        if not 0 <= row < len(self._ids):
            return None
        return self._page(row // self._page_size)[row % self._page_size]

    def customer_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: int) -> int:
        """The row showing ``customer_id`` among the rows loaded, or -1."""
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return -1

    def refresh_ids(self, ids: list[int]) -> None:
        """Read these customers again where their rows are held (after an edit or a move)."""
        wanted = set(ids)
        places = [
            (number, slot, row.id)
            for number, page in self._pages.items()
            for slot, row in enumerate(page)
            if row is not None and row.id in wanted
        ]
        if not places:
            return
        try:
            fresh = {row.id: row for row in self._rows_by_ids([p[2] for p in places])}
        except ServiceError:
            return
        for number, slot, customer_id in places:
            self._pages[number][slot] = fresh.get(customer_id)
            position = number * self._page_size + slot
            self.dataChanged.emit(self.index(position, 0), self.index(position, COLUMN_COUNT - 1))

    def remove_ids(self, ids: list[int]) -> None:
        """Take these customers out of the list (deleted or archived) without reloading it."""
        for customer_id in ids:
            row = self.row_of(customer_id)
            if row < 0:
                continue
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            self._pages.clear()  # rows moved up; pages are read again by id as needed
            self.endRemoveRows()

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
        if rec is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == NAME:
                return self.tr("(deleted)")
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(rec, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if rec.blacklisted:
                return QBrush(QColor(ERROR_COLOUR))
            if rec.archived:
                return QBrush(QColor(_GREY))
        elif role == Qt.ItemDataRole.DecorationRole:
            if column == NAME and rec.blacklisted:
                return self._warning()
        elif role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(rec, column)
        elif role == Qt.ItemDataRole.UserRole:
            return rec.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return column_title(section)

    # --- helpers ---------------------------------------------------------------------

    def _tooltip(self, rec: CustomerRow, column: int) -> str | None:
        if rec.blacklisted:
            reason = self._reason(rec.id)
            if reason:
                return self.tr("Blacklisted: {reason}").format(reason=reason)
            return self.tr("Blacklisted")
        if rec.archived:
            return self.tr("Archived: kept for reports, hidden from the list")
        if column == CREATED:
            return rec.created_at.strftime("%Y-%m-%d %H:%M:%S")
        if column == ADDRESS and rec.address:
            return rec.address
        return None

    def _reason(self, customer_id: int) -> str:
        """The blacklist reason, asked for only when a tooltip shows (the rows lack it)."""
        if self._reason_lookup is None:
            return ""
        if customer_id not in self._reasons:
            try:
                self._reasons[customer_id] = self._reason_lookup(customer_id)
            except ServiceError:
                self._reasons[customer_id] = ""
            while len(self._reasons) > 200:
                self._reasons.popitem(last=False)
        return self._reasons[customer_id]

    def _warning(self) -> QIcon | None:
        if self._warning_icon is None:
            app = QApplication.instance()
            if not isinstance(app, QApplication):
                return None
            self._warning_icon = app.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning
            )
        return self._warning_icon


def _display(rec: CustomerRow, column: int) -> str:
    if column == CODE:
        return rec.code
    if column == NAME:
        return rec.name
    if column == PHONE:
        return rec.phone
    if column == REGION:
        return rec.region
    if column == GROUP:
        return rec.group_name or ""
    if column == SALESPERSON:
        return rec.salesperson_name or ""
    if column == ADDRESS:
        return rec.address
    if column == CREATED:
        return rec.created_at.strftime("%Y-%m-%d")
    return ""


def column_title(column: int) -> str | None:
    titles = {
        CODE: QCoreApplication.translate("CustomerListModel", "Code"),
        NAME: QCoreApplication.translate("CustomerListModel", "Name"),
        PHONE: QCoreApplication.translate("CustomerListModel", "Phone"),
        REGION: QCoreApplication.translate("CustomerListModel", "Region"),
        GROUP: QCoreApplication.translate("CustomerListModel", "Group"),
        SALESPERSON: QCoreApplication.translate("CustomerListModel", "Salesperson"),
        ADDRESS: QCoreApplication.translate("CustomerListModel", "Address"),
        CREATED: QCoreApplication.translate("CustomerListModel", "Created"),
    }
    return titles.get(column)
