"""The customer card's "Calls" tab: the customer's latest calls, and the whole log of them.

The calls are read when the tab is on screen, not whenever the card changes customer: keyboard
scrolling through the customer list does not ask for the calls of every customer on the way.
A call shown that rings on, is answered or ends is read again as it changes (the caller
pop-up's own call among them), so its state follows the pop-up's header.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.calls.call_types import CallRow
from yuntian.services.common.changes import Area, Changes
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.ui.calls.call_log_page import CardOpener, CustomerCallsDialog
from yuntian.ui.calls.call_texts import (
    direction_text,
    duration_text,
    line_text,
    number_text,
    state_text,
)
from yuntian.ui.common.change_watch import watch_changes
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.record_tables import history_table
from yuntian.ui.common.styles import ERROR_COLOUR, HINT_STYLE

RECENT = 20


class CustomerCallsTab(QWidget):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        open_card: CardOpener | None = None,
    ) -> None:
        """``open_card`` opens a customer's card from the whole log (the card passes it: the
        log cannot import the card that shows it)."""
        super().__init__(parent)
        self.setObjectName("callsTab")
        self._services = services
        self._actor = actor
        self._open_card = open_card
        self._customer_id: int | None = None
        self._shown_for: int | None = None  # the customer whose calls the table holds
        self.calls: list[CallRow] = []
        self.table = history_table(
            "customerCalls",
            [
                self.tr("Time"),
                self.tr("Direction"),
                self.tr("Number"),
                self.tr("Status"),
                self.tr("Duration"),
                self.tr("Line"),
            ],
            QAbstractItemView.SelectionMode.ExtendedSelection,
            stretch=5,  # the line's name; every other column is of fixed content
        )
        self.summary = QLabel()
        self.summary.setObjectName("customerCallsSummary")
        self.summary.setStyleSheet(HINT_STYLE)
        self.all_button = QPushButton(self.tr("&All calls…"))
        self.all_button.setObjectName("customerAllCalls")
        self.all_button.setToolTip(self.tr("The call log of this customer, with its filters"))
        self.all_button.clicked.connect(self.open_all)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self._fill([], "")
        watch_changes(self, services.changes, (Area.CALLS,), self._calls_changed)

    def _calls_changed(self, changes: Changes) -> None:
        """Read again when a call shown changed (or which ones is not known). New calls of
        other callers ring all day: they are not worth a read of every card on screen; the
        customer's own new call is shown when the card is next filled."""
        if self._shown_for is None:
            return
        touched = changes.ids(Area.CALLS)
        if not touched or touched & {call.id for call in self.calls}:
            self.load()

    def show_customer(self, customer_id: int | None) -> None:
        self._customer_id = customer_id
        if self.isVisible():
            self.load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._shown_for != self._customer_id:
            self.load()

    def load(self) -> None:
        """Read the customer's latest calls now."""
        customer_id = self._customer_id
        self._shown_for = customer_id
        if customer_id is None:
            self._fill([], "")
            return
        try:
            calls = self._services.calls.recent_for_customer(self._actor, customer_id, RECENT)
        except ServiceError as exc:
            self._fill([], error_text(exc))
            return
        if not calls:
            note = self.tr("No calls from or to this customer yet.")
        elif len(calls) == RECENT:
            note = self.tr("The latest {n} calls.").format(n=RECENT)
        else:
            note = self.tr("Calls: {n}").format(n=len(calls))
        self._fill(calls, note)

    def _fill(self, calls: list[CallRow], note: str) -> None:
        self.calls = calls
        self.summary.setText(note)
        self.all_button.setEnabled(bool(calls))
        self.table.setRowCount(len(calls))
        for row, call in enumerate(calls):
            cells = (
                call.ring_at.strftime("%Y-%m-%d %H:%M"),
                direction_text(call),
                number_text(call),
                state_text(call),
                duration_text(call.duration),
                line_text(call),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3 and call.missed:
                    item.setForeground(QBrush(QColor(ERROR_COLOUR)))
                if column == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)

    def open_all(self) -> None:
        if self._customer_id is None:
            return
        dialog = CustomerCallsDialog(
            self._services, self._actor, self._customer_id, self, open_card=self._open_card
        )
        dialog.exec()
        dialog.deleteLater()
        self.load()  # calls may have been deleted there
