"""One parts document as posted, to read: its head (kind, code, date, places, supplier or scrap
details, the order it was used on, the reversal, audit) and its lines with cost and price.
Nothing can be typed: a posted document is changed only by reversing it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yuntian.services.parts.part_types import DocKind, DocumentView
from yuntian.ui.common.money_text import yuan
from yuntian.ui.parts.part_document_words import kind_label, place_text, state_label

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PartDocumentViewDialog(QDialog):
    """Read only: nothing to type, so nothing to ask about when closing."""

    def __init__(self, document: DocumentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partDocumentView")
        self.document = document
        d = document
        self.setWindowTitle(self.tr("{kind} {code}").format(kind=kind_label(d.kind), code=d.code))
        form = QFormLayout()
        rows = [
            (self.tr("Kind:"), kind_label(d.kind)),
            (self.tr("Code:"), d.code),
            (self.tr("Date:"), d.doc_date.isoformat()),
            (self.tr("From:"), place_text(d.source, d.source_name)),
            (self.tr("To:"), place_text(d.target, d.target_name)),
        ]
        if d.supplier:
            rows.append((self.tr("Supplier:"), d.supplier))
        if d.service_order_code:
            rows.append((self.tr("Service order:"), d.service_order_code))
        if d.kind is DocKind.SCRAP:
            rows.append((self.tr("Scrap type:"), d.scrap_type))
            rows.append((self.tr("Handled by:"), d.scrap_handler))
        if d.reverses_code:
            rows.append((self.tr("Reverses:"), d.reverses_code))
        if d.reversed_by_code:
            rows.append((self.tr("Reversed by:"), d.reversed_by_code))
        state = state_label(d.state)
        if d.audited_by:
            state = self.tr("{state} by {who}").format(state=state, who=d.audited_by)
        rows += [
            (self.tr("State:"), state),
            (self.tr("Entered by:"), f"{d.created_by} {d.created_at:%Y-%m-%d %H:%M}"),
            (self.tr("Note:"), d.note),
        ]
        for caption, text in rows:
            value = QLabel(escape(text) if text else "—")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            form.addRow(caption, value)

        self.table = self._lines_table(d)
        totals = self.tr("{n} pieces, cost {cost}").format(
            n=d.total_quantity, cost=yuan(d.total_cost)
        )
        if d.total_price is not None:
            totals += self.tr(", price {price}").format(price=yuan(d.total_price))
        self.totals = QLabel(totals)
        self.totals.setObjectName("partDocumentTotals")
        self.totals.setAlignment(RIGHT)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(buttons)
        self.resize(860, 520)

    def _lines_table(self, d: DocumentView) -> QTableWidget:
        titles = [
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Specification"),
            self.tr("Unit"),
            self.tr("Quantity"),
            self.tr("Unit cost"),
            self.tr("Cost"),
        ]
        priced = d.total_price is not None
        if priced:
            titles += [self.tr("Unit price"), self.tr("Amount")]
        if d.kind is DocKind.ADJUST:
            titles.append(self.tr("Counted"))
        table = QTableWidget(len(d.lines), len(titles))
        table.setObjectName("partDocumentLines")
        table.setHorizontalHeaderLabels(titles)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, line in enumerate(d.lines):
            cells: list[tuple[str, bool]] = [
                (line.part_code, False),
                (line.part_name, False),
                (line.spec, False),
                (line.unit, False),
                (str(line.quantity), True),
                (f"{line.unit_cost}", True),
                (yuan(line.cost), True),
            ]
            if priced:
                cells += [
                    (f"{line.unit_price}" if line.unit_price is not None else "", True),
                    (yuan(line.price) if line.price is not None else "", True),
                ]
            if d.kind is DocKind.ADJUST:
                cells.append(("" if line.counted is None else str(line.counted), True))
            for column, (text, right) in enumerate(cells):
                item = QTableWidgetItem(text)
                if right:
                    item.setTextAlignment(RIGHT)
                table.setItem(row, column, item)
        return table
