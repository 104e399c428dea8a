"""The purchase records list (购机记录) as a lazily paged table model: keyed pages of
``SaleService.page``, newest sale first.

Beside each loaded row's id the model keeps its sale date (the paging key), so a page dropped
from memory is read again from the key of the sale before it, one indexed read at any depth.
Rows can be replaced or dropped in place after a payment or an edit, so a change does not throw
the user back to the top of a long list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from yuntian.services.sales.sale_types import SaleKey, SaleView
from yuntian.ui.common.list_columns import (
    GREY,
    KeyedListModel,
    day_number,
    number_day,
)
from yuntian.ui.common.money_text import yuan
from yuntian.ui.common.styles import ERROR_COLOUR

# fetch(key of the last sale shown or None for the top, limit) -> the next sales, newest first
SaleFetch = Callable[[SaleKey | None, int], list[SaleView]]

CODE, DATE, CUSTOMER, PRODUCT, SERIAL, QUANTITY = range(6)
RECEIVABLE, RECEIVED, OUTSTANDING, SALESPERSON, UNIT, WARRANTY, NOTES = range(6, 13)
COLUMN_COUNT = 13
MONEY_COLUMNS = (RECEIVABLE, RECEIVED, OUTSTANDING)
NUMBER_COLUMNS = (QUANTITY, *MONEY_COLUMNS)


def column_title(column: int) -> str:
    titles = (
        QCoreApplication.translate("SaleColumns", "No."),
        QCoreApplication.translate("SaleColumns", "Date"),
        QCoreApplication.translate("SaleColumns", "Customer"),
        QCoreApplication.translate("SaleColumns", "Product"),
        QCoreApplication.translate("SaleColumns", "Serial no."),
        QCoreApplication.translate("SaleColumns", "Qty"),
        QCoreApplication.translate("SaleColumns", "Receivable"),
        QCoreApplication.translate("SaleColumns", "Received"),
        QCoreApplication.translate("SaleColumns", "Outstanding"),
        QCoreApplication.translate("SaleColumns", "Salesperson"),
        QCoreApplication.translate("SaleColumns", "Sales unit"),
        QCoreApplication.translate("SaleColumns", "Warranty to"),
        QCoreApplication.translate("SaleColumns", "Notes"),
    )
    return titles[column] if 0 <= column < len(titles) else ""


def voided_text(sale: SaleView) -> str:
    """The notes column of a voided sale: that it is voided, and why."""
    label = QCoreApplication.translate("SaleColumns", "Voided")
    return f"{label}: {sale.void_reason}" if sale.void_reason else label


def display(sale: SaleView, column: int) -> str:
    if column == CODE:
        return sale.code
    if column == DATE:
        return sale.sale_date.isoformat()
    if column == CUSTOMER:
        return sale.customer_name  # the code is in the tooltip: the list has many columns
    if column == PRODUCT:
        return sale.product
    if column == SERIAL:
        return sale.serial_number
    if column == QUANTITY:
        return str(sale.quantity)
    if column == RECEIVABLE:
        return yuan(sale.receivable)
    if column == RECEIVED:
        return yuan(sale.received)
    if column == OUTSTANDING:
        return yuan(sale.outstanding)
    if column == SALESPERSON:
        return sale.salesperson_name
    if column == UNIT:
        return sale.sales_unit_name
    if column == WARRANTY:
        return sale.warranty_end.isoformat() if sale.warranty_end else ""
    if column == NOTES:
        notes = " ".join(sale.notes.split())  # one line in the table; the tooltip has it all
        return f"{voided_text(sale)} {notes}".strip() if sale.voided else notes
    return ""


class SaleListModel(KeyedListModel):
    """Voided sales are grey and struck through; what is still owed is red."""

    column_count = COLUMN_COUNT
    gone_column = CODE
    right_columns = NUMBER_COLUMNS

    def _key_number(self, row: SaleView) -> int:
        return day_number(row.sale_date)

    def _make_key(self, number: int, row_id: int) -> SaleKey:
        return SaleKey(number_day(number), row_id)

    def sale(self, row: int) -> SaleView | None:
        return self.row(row)

    # --- cells -----------------------------------------------------------------------

    def _title(self, column: int) -> str:
        return column_title(column)

    def _display(self, sale: SaleView, column: int) -> str:
        return display(sale, column)

    def _colour(self, sale: SaleView, column: int) -> str | None:
        if sale.voided:
            return GREY
        if column == OUTSTANDING and sale.outstanding > 0:
            return ERROR_COLOUR
        return None

    def _font(self, sale: SaleView, column: int) -> QFont | None:
        owing = column == OUTSTANDING and sale.outstanding > 0
        if not sale.voided and not owing:
            return None
        font = QFont(QApplication.font())
        font.setStrikeOut(sale.voided and column != NOTES)  # the notes say why: keep them legible
        font.setBold(owing and not sale.voided)
        return font

    def _tooltip(self, sale: SaleView, column: int) -> str | None:
        if sale.voided:
            return voided_text(sale)
        if column == NOTES and sale.notes:
            return sale.notes
        if column == CUSTOMER:
            return f"{sale.customer_name} ({sale.customer_code})"
        if column in (PRODUCT, SERIAL):
            return display(sale, column) or None
        return None
