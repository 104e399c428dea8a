"""The reorder list (补货): the parts whose stock at every place is below their safety stock
or reorder minimum, with the quantity to buy; "导出采购单" writes it as a purchase list."""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services import Services
from yuntian.services.common.changes import Area
from yuntian.services.common.permissions import Actor
from yuntian.services.parts.part_stock_types import ReorderLine
from yuntian.ui.common.background import run_in_background
from yuntian.ui.common.change_watch import watch_changes
from yuntian.ui.common.file_dialogs import FileKind, save_file_name
from yuntian.ui.common.i18n import failure_text
from yuntian.ui.common.money_text import yuan
from yuntian.ui.common.page_actions import page_action, text_toolbar
from yuntian.ui.common.record_tables import history_table
from yuntian.ui.common.styles import ERROR_STYLE, HINT_STYLE
from yuntian.ui.parts.part_stock_models import cost_text, quantity_text
from yuntian.ui.parts.parts_tables import fill_table

_TITLES = (
    QT_TRANSLATE_NOOP("ReorderColumns", "Supplier"),
    QT_TRANSLATE_NOOP("ReorderColumns", "Code"),
    QT_TRANSLATE_NOOP("ReorderColumns", "Part"),
    QT_TRANSLATE_NOOP("ReorderColumns", "Specification"),
    QT_TRANSLATE_NOOP("ReorderColumns", "On hand"),
    QT_TRANSLATE_NOOP("ReorderColumns", "Safety stock"),
    QT_TRANSLATE_NOOP("ReorderColumns", "Min"),
    QT_TRANSLATE_NOOP("ReorderColumns", "Max"),
    QT_TRANSLATE_NOOP("ReorderColumns", "To buy"),
    QT_TRANSLATE_NOOP("ReorderColumns", "Unit cost"),
    QT_TRANSLATE_NOOP("ReorderColumns", "Amount"),
)


class ReorderPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reorderPage")
        self._services, self._actor = services, actor
        self.lines: list[ReorderLine] = []
        self.table = history_table(
            "reorderTable", [QCoreApplication.translate("ReorderColumns", t) for t in _TITLES],
            stretch=2,
        )  # fmt: skip
        self.table.doubleClicked.connect(lambda _i: self.open_card())
        self.status = QLabel()
        self.status.setObjectName("reorderStatus")
        make = partial(page_action, self, self.table)
        self.export_action = make(self.tr("Export &purchase list…"), self.export, ["Ctrl+E"])
        self.export_action.setToolTip(self.tr("Write the list as a purchase list to Excel"))
        self.export_action.setVisible(actor.can("parts.manage"))
        self.card_action = make(
            self.tr("Open part &card"), self.open_card, [Qt.Key.Key_Return, Qt.Key.Key_Enter],
            on_table=True,
        )  # fmt: skip
        self.refresh_action = make(self.tr("&Refresh"), self.refresh)
        toolbar = text_toolbar((self.export_action,), (self.card_action,), (self.refresh_action,))
        hint = QLabel(
            self.tr(
                "Parts below their safety stock or reorder minimum (all stores and technicians"
                " counted), to buy up to the reorder maximum."
            )
        )
        hint.setStyleSheet(HINT_STYLE)
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(toolbar)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        watch_changes(self, services.changes, (Area.PARTS,), lambda _c: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        stock, actor = self._services.part_stock, self._actor
        run_in_background(self, lambda: stock.reorder(actor), self._show, self._failed)

    def _show(self, lines: list[ReorderLine]) -> None:
        self.lines = lines
        fill_table(
            self.table,
            [
                [
                    r.supplier,
                    r.code,
                    r.name,
                    r.spec,
                    quantity_text(r.on_hand),
                    quantity_text(r.safety_stock),
                    quantity_text(r.reorder_min) if r.reorder_min else "",
                    quantity_text(r.reorder_max) if r.reorder_max else "",
                    quantity_text(r.suggested),
                    cost_text(r.unit_cost),
                    yuan(r.amount),
                ]
                for r in lines
            ],
            right=(4, 5, 6, 7, 8, 9, 10),
        )
        total = sum((r.amount for r in lines), Decimal("0.00"))
        self.status.setStyleSheet(HINT_STYLE)
        self.status.setText(
            self.tr("{n} parts to reorder, about ¥{amount}.").format(
                n=len(lines), amount=yuan(total)
            )
            if lines
            else self.tr("No part is below its safety stock or reorder minimum.")
        )
        self.export_action.setEnabled(bool(lines))

    def _failed(self, exc: Exception) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(failure_text(exc))

    def open_card(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.lines):
            return
        from yuntian.ui.parts.part_card_dialog import PartCardDialog

        dialog = PartCardDialog(
            self._services, self._actor, self.lines[rows[0].row()].part_id, self
        )
        dialog.exec()
        dialog.deleteLater()

    def export(self, path: str | Path | None = None) -> int | None:
        """Write the purchase list (采购单) to Excel (parts.manage); the lines written."""
        if not self._actor.can("parts.manage") or not self.lines:
            return None
        title = self.tr("Export the purchase list")
        if path is None:
            today = self._services.clock().date()
            path = save_file_name(
                self, self._services.profile, FileKind.EXPORT, title,
                f"{self.tr('Purchase list')}-{today:%Y%m%d}.xlsx",
                QCoreApplication.translate("CustomerIo", "Excel workbooks (*.xlsx)"),
            )  # fmt: skip
            if path is None:
                return None
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        try:
            written = self._services.part_stock.export_reorder(self._actor, target)
        except Exception as exc:
            self.tell(title, self.tr("The purchase list could not be written: {reason}").format(
                reason=failure_text(exc)), warning=True)  # fmt: skip
            return None
        self.tell(title, self.tr("Purchase list written: {n} lines. File: {path}").format(
            n=written, path=str(target)))  # fmt: skip
        return written

    def tell(self, title: str, text: str, *, warning: bool = False) -> None:
        box = QMessageBox.warning if warning else QMessageBox.information
        box(self, title, text)
