"""The side panels of the service-order form: the earlier orders for the same product (or the
customer's, without a product) while an order is taken, and an existing order's history (every
state change, who and when) with its completion record. Read-only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yuntian.services.parts.part_stock_types import UsedLine
from yuntian.services.service_orders.service_order_types import (
    OrderState,
    ServiceOrderEventView,
    ServiceOrderView,
)
from yuntian.ui.common.field_errors import hint_label
from yuntian.ui.common.money_text import yuan
from yuntian.ui.common.styles import BANNER_STYLE, ERROR_COLOUR, HINT_STYLE
from yuntian.ui.parts.parts_tables import used_text
from yuntian.ui.service_orders.service_order_words import state_label

GREY = "#8a8a8a"


def when(at: dt.datetime | None) -> str:
    return at.strftime("%Y-%m-%d %H:%M") if at else ""


def one_line(text: str) -> str:
    """Several lines in a table cell: the breaks become a visible mark."""
    return " ⏎ ".join(line.strip() for line in text.splitlines() if line.strip())


def product_text(order: ServiceOrderView) -> str:
    """格力 KFR-35GW (SN 12345); "" without a product."""
    if order.product and order.serial_number:
        return f"{order.product} ({order.serial_number})"
    return order.product


def _table(name: str, headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def order_notice(order: ServiceOrderView | None, read_only: bool) -> QLabel | None:
    """What the form says above its fields: why an order is locked, or that the user may
    only look."""

    if order is not None and order.audited:
        text = QCoreApplication.translate(
            "ServiceOrderEditor",
            "Audited by {user} on {time}: this order can no longer be changed.",
        ).format(user=order.audited_by_name, time=when(order.audited_at))
    elif order is not None and order.state is OrderState.CANCELLED:
        text = QCoreApplication.translate(
            "ServiceOrderEditor", "Cancelled by {user} on {time}: {reason}"
        ).format(
            user=order.cancelled_by_name, time=when(order.cancelled_at), reason=order.cancel_reason
        )
    elif read_only:
        return hint_label(
            QCoreApplication.translate(
                "ServiceOrderEditor", "You may look, but not take service orders."
            )
            if order is None
            else QCoreApplication.translate(
                "ServiceOrderEditor", "You may look, but not change this order."
            )
        )
    else:
        return None
    notice = QLabel(text)
    notice.setObjectName("orderLocked")
    notice.setWordWrap(True)
    notice.setStyleSheet(BANNER_STYLE)
    return notice


class EarlierOrders(QGroupBox):
    """What was done before for this product: code, day, state, type, fault and what was
    done, newest first; the whole texts in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("earlierOrders")
        self.orders: list[ServiceOrderView] = []
        self.table = _table(
            "earlierOrdersTable",
            [
                self.tr("No."),
                self.tr("Taken"),
                self.tr("State"),
                self.tr("Type"),
                self.tr("Fault / work done"),
            ],
            4,
        )
        self.empty = QLabel()
        self.empty.setObjectName("earlierOrdersEmpty")
        self.empty.setStyleSheet(HINT_STYLE)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

    def show_orders(self, orders: Sequence[ServiceOrderView], *, for_product: bool) -> None:
        self.orders = list(orders)
        self.setTitle(
            self.tr("Earlier orders for this product ({n})").format(n=len(orders))
            if for_product
            else self.tr("Earlier orders of this customer ({n})").format(n=len(orders))
        )
        self.table.setRowCount(len(orders))
        for row, order in enumerate(orders):
            done = one_line(order.work_done)
            cells = [
                order.code,
                f"{order.taken_at:%Y-%m-%d}",
                state_label(order.state),
                order.service_type,
                one_line(order.fault) + (f" → {done}" if done else ""),
            ]
            tip = "\n".join(
                t
                for t in (
                    product_text(order) if not for_product else "",
                    order.fault,
                    self.tr("Done: {text}").format(text=order.work_done) if order.work_done else "",
                    ", ".join(order.technician_names),
                )
                if t
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if order.state is OrderState.CANCELLED:
                    item.setForeground(QBrush(QColor(GREY)))
                elif order.overdue and column == 2:
                    item.setForeground(QBrush(QColor(ERROR_COLOUR)))
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(orders))
        self.empty.setVisible(not orders)
        self.empty.setText(
            self.tr("No earlier orders for this product.")
            if for_product
            else self.tr("No earlier orders for this customer.")
        )


class OrderHistory(QGroupBox):
    """An existing order's state changes and, once completed, what was done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("History"), parent)
        self.setObjectName("orderHistory")
        self.events = _table(
            "orderEvents",
            [self.tr("Time"), self.tr("By"), self.tr("Change"), self.tr("Note")],
            3,
        )
        self.events.setMinimumHeight(110)
        self.completion = QGroupBox(self.tr("Completion record"))
        self.completion.setObjectName("orderCompletion")
        self._form = QFormLayout(self.completion)
        self._form.setVerticalSpacing(2)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.fields: dict[str, QLabel] = {}
        for key, text in (
            ("completed", self.tr("Completed:")),
            ("work_done", self.tr("Work done:")),
            ("solution", self.tr("Solution:")),
            ("result", self.tr("Result:")),
            ("fees", self.tr("Fees:")),
            ("parts", self.tr("Parts used:")),
            ("hours", self.tr("Work hours:")),
            ("feedback", self.tr("Feedback:")),
        ):
            label = QLabel()
            label.setObjectName(f"completion_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = label
            self._form.addRow(text, label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.events, 1)
        layout.addWidget(self.completion)

    def show_order(
        self,
        order: ServiceOrderView,
        events: Sequence[ServiceOrderEventView],
        parts: Sequence[UsedLine] = (),
    ) -> None:
        """``parts``: the parts used on the order, net of reversals."""
        self.events.setRowCount(len(events))
        for row, event in enumerate(events):
            for column, text in enumerate(
                [when(event.at), event.user_name, self._change(event), one_line(event.note)]
            ):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setToolTip(event.note)
                self.events.setItem(row, column, item)
        done = order.completed_at is not None
        self.completion.setVisible(done)
        if not done:
            return
        none = self.tr("—")
        self.fields["completed"].setText(
            self.tr("{time} by {user}").format(
                time=when(order.completed_at), user=order.completed_by_name or none
            )
        )
        self.fields["work_done"].setText(order.work_done or none)
        self.fields["solution"].setText(order.solution or none)
        self.fields["result"].setText(order.result or none)
        self.fields["fees"].setText(
            self.tr("parts {parts} + service {service} + transport {transport} = {total}").format(
                parts=f"¥{yuan(order.fee_parts)}",
                service=f"¥{yuan(order.fee_service)}",
                transport=f"¥{yuan(order.fee_transport)}",
                total=f"¥{yuan(order.fee_total)}",
            )
        )
        self.fields["parts"].setText(used_text(parts) or none)
        self.fields["hours"].setText(f"{order.work_hours}")
        self.fields["feedback"].setText(order.feedback or none)

    def _change(self, event: ServiceOrderEventView) -> str:
        if event.from_state is None:
            return self.tr("Taken: {state}").format(state=state_label(event.to_state))
        if event.from_state == event.to_state:
            return self.tr("Changed ({state})").format(state=state_label(event.to_state))
        return f"{state_label(event.from_state)} → {state_label(event.to_state)}"
