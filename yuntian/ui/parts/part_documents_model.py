"""The parts documents (备件单据) as a lazily paged table: keyed pages of
``PartDocumentService.page``, newest first. Beside each row's id the model keeps its date,
the paging key, so a page dropped from memory is read again from the row before it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from yuntian.services.parts.part_types import DocKind, DocState, DocumentKey, DocumentView
from yuntian.ui.common.list_columns import GREY, KeyedListModel, day_number, number_day
from yuntian.ui.common.money_text import yuan
from yuntian.ui.parts.part_document_words import kind_label, place_text, state_label

DocumentFetch = Callable[[DocumentKey | None, int], list[DocumentView]]

DATE, CODE, KIND, SOURCE, TARGET, QUANTITY, COST, PRICE, STATE, NOTE, ENTERED_BY = range(11)
COLUMN_COUNT = 11
NUMBER_COLUMNS = (QUANTITY, COST, PRICE)


def column_title(column: int) -> str:
    titles = (
        QCoreApplication.translate("PartDocumentColumns", "Date"),
        QCoreApplication.translate("PartDocumentColumns", "Code"),
        QCoreApplication.translate("PartDocumentColumns", "Kind"),
        QCoreApplication.translate("PartDocumentColumns", "From"),
        QCoreApplication.translate("PartDocumentColumns", "To"),
        QCoreApplication.translate("PartDocumentColumns", "Quantity"),
        QCoreApplication.translate("PartDocumentColumns", "Cost"),
        QCoreApplication.translate("PartDocumentColumns", "Charged"),
        QCoreApplication.translate("PartDocumentColumns", "State"),
        QCoreApplication.translate("PartDocumentColumns", "Note"),
        QCoreApplication.translate("PartDocumentColumns", "Entered by"),
    )
    return titles[column] if 0 <= column < len(titles) else ""


def kind_text(row: DocumentView) -> str:
    if row.kind is DocKind.REVERSE and row.reverses_code:
        return QCoreApplication.translate("PartDocumentColumns", "Reversal of {code}").format(
            code=row.reverses_code
        )
    return kind_label(row.kind)


def display(row: DocumentView, column: int) -> str:
    if column == DATE:
        return row.doc_date.isoformat()
    if column == CODE:
        return row.code
    if column == KIND:
        return kind_text(row)
    if column == SOURCE:
        return place_text(row.source, row.source_name)
    if column == TARGET:
        return place_text(row.target, row.target_name)
    if column == QUANTITY:
        return str(row.total_quantity)
    if column == COST:
        return yuan(row.total_cost)
    if column == PRICE:
        return yuan(row.total_price) if row.total_price is not None else ""
    if column == STATE:
        return state_label(row.state)
    if column == NOTE:
        return " ".join(row.note.split())
    if column == ENTERED_BY:
        return row.created_by
    return ""


class PartDocumentListModel(KeyedListModel):
    """Reversed documents and reversals are grey: they cancel each other out."""

    column_count = COLUMN_COUNT
    gone_column = CODE
    right_columns = NUMBER_COLUMNS

    def _key_number(self, row: DocumentView) -> int:
        return day_number(row.doc_date)

    def _make_key(self, number: int, row_id: int) -> DocumentKey:
        return DocumentKey(number_day(number), row_id)

    def document(self, row: int) -> DocumentView | None:
        return self.row(row)

    def _title(self, column: int) -> str:
        return column_title(column)

    def _display(self, row: DocumentView, column: int) -> str:
        return display(row, column)

    def _colour(self, row: DocumentView, column: int) -> str | None:
        if row.reversed_by_code or row.kind is DocKind.REVERSE:
            return GREY
        return None

    def _tooltip(self, row: DocumentView, column: int) -> str | None:
        if row.reversed_by_code:
            return self.tr("Reversed by {code}").format(code=row.reversed_by_code)
        if column == STATE and row.state is DocState.AUDITED and row.audited_by:
            return self.tr("Audited by {who}").format(who=row.audited_by)
        if column == NOTE and row.note:
            return row.note
        if column == SOURCE and row.service_order_code:
            return row.service_order_code
        return None
