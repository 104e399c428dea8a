"""我的备件: what a technician holds (领取 − 消耗 = 在手) with value, and the parts they used on
which orders in a period. The signed-in user's own by default; someone who manages parts can
look at any technician's."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.changes import Area
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.parts.part_stock_types import Holdings, UsedLine
from yuntian.ui.common.background import run_in_background
from yuntian.ui.common.change_watch import watch_changes
from yuntian.ui.common.i18n import error_text, failure_text
from yuntian.ui.common.money_text import yuan
from yuntian.ui.common.periods import THIS_MONTH, PeriodPicker
from yuntian.ui.common.styles import ERROR_STYLE, HINT_STYLE
from yuntian.ui.parts.parts_tables import (
    USED_BY_ME,
    fill_holdings,
    fill_used,
    holdings_table,
    used_table,
)


class MyPartsPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myPartsPage")
        self._services, self._actor = services, actor
        self.holdings: Holdings | None = None
        self.used: list[UsedLine] = []

        self.person = QComboBox()
        self.person.setObjectName("myPartsPerson")
        self.person.setMinimumContentsLength(8)
        self.period = PeriodPicker(
            services.clock().date(), with_any=True, preset=THIS_MONTH, parent=self
        )
        self.period.combo.setObjectName("myPartsPeriod")
        self.held = holdings_table("myPartsHeld")
        self.held_total = QLabel()
        self.held_total.setObjectName("myPartsHeldTotal")
        self.used_lines = used_table("myPartsUsed", USED_BY_ME)
        self.used_total = QLabel()
        self.used_total.setObjectName("myPartsUsedTotal")
        self.status = QLabel()
        self.status.setStyleSheet(HINT_STYLE)

        top = QHBoxLayout()
        caption = QLabel(self.tr("&Technician:"))
        caption.setBuddy(self.person)
        top.addWidget(caption)
        top.addWidget(self.person)
        top.addSpacing(12)
        used_caption = QLabel(self.tr("&Used:"))
        used_caption.setBuddy(self.period.combo)
        top.addWidget(used_caption)
        top.addLayout(self.period.row())
        top.addStretch(1)
        held_box = QGroupBox(self.tr("In hand"))
        held_layout = QVBoxLayout(held_box)
        held_layout.addWidget(self.held, 1)
        held_layout.addWidget(self.held_total)
        used_box = QGroupBox(self.tr("Used on service orders"))
        used_layout = QVBoxLayout(used_box)
        used_layout.addWidget(self.used_lines, 1)
        used_layout.addWidget(self.used_total)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(held_box)
        split.addWidget(used_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

        self._fill_people()
        self.person.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period.changed.connect(self.refresh)
        watch_changes(self, services.changes, (Area.PARTS,), lambda _c: self.refresh())
        self.refresh()

    def _fill_people(self) -> None:
        """The user themself; everyone who does service work for a parts manager."""
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self._actor.display_name or self._actor.username, self._actor.user_id)
        if self._actor.can("parts.manage"):
            try:
                people = self._services.service_orders.technicians(self._actor)
            except ServiceError as exc:
                self.status.setText(error_text(exc))
                people = []
            for user_id, name in people:
                if user_id != self._actor.user_id:
                    self.person.addItem(name, user_id)
        self.person.setEnabled(self.person.count() > 1)
        self.person.blockSignals(False)

    def refresh(self) -> None:
        user_id = self.person.currentData()
        span = self.period.range()
        date_from, date_to = span if span is not None else (None, None)
        stock, actor = self._services.part_stock, self._actor
        self.status.setStyleSheet(HINT_STYLE)
        self.status.setText(self.tr("Loading…"))
        run_in_background(
            self,
            lambda: (
                stock.holdings(actor, user_id),
                stock.used_by(actor, user_id, date_from, date_to),
            ),
            self._show,
            self._failed,
        )

    def _show(self, result: tuple[Holdings, list[UsedLine]]) -> None:
        self.holdings, self.used = result
        fill_holdings(self.held, self.holdings.parts)
        self.held_total.setText(
            self.tr("{n} parts, {quantity} units in hand, value ¥{value}").format(
                n=len(self.holdings.parts), quantity=f"{self.holdings.quantity:,}",
                value=yuan(self.holdings.value),
            )
        )  # fmt: skip
        fill_used(self.used_lines, self.used)
        charged = sum((u.price for u in self.used if u.price is not None), Decimal("0.00"))
        self.used_total.setText(
            self.tr("{n} lines on {orders} orders, {quantity} units, charged ¥{amount}").format(
                n=len(self.used), orders=len({u.order_id for u in self.used}),
                quantity=f"{sum(u.quantity for u in self.used):,}", amount=yuan(charged),
            )
        )  # fmt: skip
        self.status.setText("")

    def _failed(self, exc: Exception) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(failure_text(exc))
