"""The customer list as a lazily paged table model that never holds the whole table.

Pages of rows arrive from a ``PageFetch`` (keyed paging over ``CustomerService.list_page``, or
offset paging over search results) as the view scrolls, through a runner that may ask off the
GUI thread (a filtered page can take a while at a million customers). A page dropped from
memory is read again by id (``rows_by_ids``) when the view paints it (``CachedPagesModel``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle

from yuntian.services.common.errors import ServiceError
from yuntian.services.customers.customer_types import CustomerRow
from yuntian.ui.common.keyed_paging import CachedPagesModel, PageWork, Runner
from yuntian.ui.common.list_columns import GREY, ColumnsModel
from yuntian.ui.common.phone_display import phone_text
from yuntian.ui.common.styles import ERROR_COLOUR

# fetch(last row loaded or None, rows loaded so far, limit) -> (next rows, more may follow)
PageFetch = Callable[[CustomerRow | None, int, int], tuple[list[CustomerRow], bool]]
RowsByIds = Callable[[list[int]], list[CustomerRow]]
ReasonLookup = Callable[[int], str]

CODE, NAME, PHONE, REGION, GROUP, SALESPERSON, ADDRESS, CREATED = range(8)
COLUMN_COUNT = 8
# The columns a click on the header sorts by, and the service's sort key for each.
SORT_COLUMNS: dict[int, str] = {CODE: "code", NAME: "name", CREATED: "created_at"}
PAGE_SIZE = 200
CACHED_PAGES = 25  # rows kept in memory: 25 x 200, a few screens either side of the view


class CustomerListModel(ColumnsModel, CachedPagesModel):
    column_count = COLUMN_COUNT
    gone_column = NAME
    grey_gone = False

    def __init__(
        self,
        rows_by_ids: RowsByIds,
        reason_lookup: ReasonLookup | None = None,
        runner: Runner | None = None,
        page_size: int = PAGE_SIZE,
        cached_pages: int = CACHED_PAGES,
        parent=None,
    ) -> None:
        super().__init__(runner, page_size, cached_pages, parent)
        self._rows_by_ids = rows_by_ids
        self._reason_lookup = reason_lookup
        self._last: CustomerRow | None = None  # the cursor for the next keyed page
        self._reasons: OrderedDict[int, str] = OrderedDict()

    # --- paging ----------------------------------------------------------------------

    def _ask(self, fetch: Callable[..., Any], first: bool) -> PageWork:
        last, loaded = (None, 0) if first else (self._last, len(self._ids))
        size = self._page_size
        return lambda: fetch(last, loaded, size)

    def _reread(self, number: int) -> list[CustomerRow]:
        return self._rows_by_ids(self._page_ids(number))

    def _cleared(self) -> None:
        self._reasons.clear()
        self._last = None

    def _appended(self, rows: list[CustomerRow]) -> None:
        self._last = rows[-1]

    # --- rows ------------------------------------------------------------------------

    def customer_id(self, row: int) -> int | None:
        return self.id_at(row)

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
            self._row_changed(number * self._page_size + slot)

    # --- cells -----------------------------------------------------------------------

    def _title(self, column: int) -> str | None:
        return column_title(column)

    def _display(self, rec: CustomerRow, column: int) -> str:
        return _display(rec, column)

    def _colour(self, rec: CustomerRow, column: int) -> str | None:
        if rec.blacklisted:
            return ERROR_COLOUR
        return GREY if rec.archived else None

    def _decoration(self, rec: CustomerRow, column: int) -> QIcon | None:
        if column == NAME and rec.blacklisted:
            return self._icon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

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


def _display(rec: CustomerRow, column: int) -> str:
    if column == CODE:
        return rec.code
    if column == NAME:
        return rec.name
    if column == PHONE:
        return phone_text(rec.phone)
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
