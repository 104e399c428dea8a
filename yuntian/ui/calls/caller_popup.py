"""The caller pop-up: one small window per call with who is calling.

Its header (line, state, number, caller's name, region) is what stays readable when pop-ups
are tiled over each other (see popup_layout). Below it, the customer card of the best match
(a list to switch between owners of a shared number); for an unknown number a prefilled new
customer or adding the number to an existing one. The action bar has a keyboard shortcut per
action; later areas add theirs with :meth:`CallerPopup.add_action`. A window is reused for the
next call on its line (a ring costs a fill, not a build) unless it is ``held``: pinned, or
holding details typed in and not saved; those stay until closed by hand, which asks first.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from yuntian.services import Services
from yuntian.services.calls.call_types import CallRow
from yuntian.services.common.changes import Changes
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_types import CustomerRow, SaveResult
from yuntian.services.sales.sale_types import SaleView
from yuntian.ui.calls import call_texts
from yuntian.ui.calls.popup_call import PopupCall
from yuntian.ui.calls.popup_new_customer import NewCallerForm
from yuntian.ui.calls.popup_taken import TakenNote
from yuntian.ui.common.connection_watcher import RECONNECTED
from yuntian.ui.common.phone_display import phone_text
from yuntian.ui.common.styles import ERROR_COLOUR, HINT_STYLE
from yuntian.ui.customers.customer_card import CustomerCard
from yuntian.ui.sales import sale_actions

NAME_WIDTH = 200  # pixels of the caller's name in the header


class CallerPopup(QWidget):
    """``open_requested(customer_id)``, ``message_requested()``, ``new_customer_requested()``,
    ``add_number_requested()``; ``customer_saved(id)`` when the caller was filed under a
    customer here; ``closed(self)`` once it is closed."""

    open_requested = Signal(int)
    message_requested = Signal()
    new_customer_requested = Signal()
    add_number_requested = Signal()
    customer_saved = Signal(int)  # the caller was filed under this customer from the pop-up
    acted = Signal()  # the user takes the call: any action on it, before the action runs
    first_painted = Signal(object)  # (self) the caller's row is on screen; the card may follow
    closed = Signal(object)
    _server_back = Signal()  # the connection watcher published RECONNECTED (queued here)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("callerPopup")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self._services = services
        self._actor = actor
        self.call: PopupCall | None = None
        self.pinned = False
        self.ended = False
        self.painted_at: float | None = None  # monotonic time of the first paint of a call
        self._pending_customer: int | None = None  # whose whole card follows the first paint
        self._asked_to_load = False
        self._discarding = False  # closing without asking (sign-out, after the question)
        self._server_back.connect(self._look_up_again, Qt.ConnectionType.QueuedConnection)
        me = weakref.ref(self)  # the bus outlives the pop-up

        def heard(changes: Changes) -> None:
            popup = me()
            if changes.origin == RECONNECTED and popup is not None and isValid(popup):
                popup._server_back.emit()

        unsubscribe = services.changes.subscribe(heard)
        self.destroyed.connect(lambda *_: unsubscribe())  # pop-ups come and go all day

        # The header, left-aligned: tiled pop-ups may cover all but its top and left.
        self.line_label = QLabel()
        self.line_label.setObjectName("popupLine")
        self.state_label = QLabel()
        self.state_label.setObjectName("popupState")
        header = QHBoxLayout()
        header.addWidget(self.line_label)
        header.addSpacing(12)
        header.addWidget(self.state_label)
        header.addStretch(1)

        self.number_label = QLabel()
        self.number_label.setObjectName("popupNumber")
        font = QFont(self.number_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.number_label.setFont(font)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label = QLabel()  # the caller: the customer shown, or who the number is not
        self.name_label.setObjectName("popupName")
        name_font = QFont(font)
        name_font.setPointSizeF(font.pointSizeF() * 0.85)
        self.name_label.setFont(name_font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label = QLabel()  # the customer's code: may be covered by a pop-up beside
        self.code_label.setObjectName("popupCode")
        self.code_label.setStyleSheet(HINT_STYLE)
        caller = QHBoxLayout()
        caller.addWidget(self.number_label)
        caller.addSpacing(10)
        caller.addWidget(self.name_label)
        caller.addWidget(self.code_label)
        caller.addStretch(1)
        self.where_label = QLabel()
        self.where_label.setObjectName("popupWhere")
        self.where_label.setStyleSheet(HINT_STYLE)
        self.where_label.setWordWrap(True)
        self.taken_note = TakenNote()  # someone else took the call (stations sharing lines)

        self.banner = QLabel()
        self.banner.setObjectName("popupBlacklist")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #c62828; color: white; font-weight: bold; padding: 6px;"
            " border-radius: 3px;"
        )

        self.candidates = QListWidget()
        self.candidates.setObjectName("popupCandidates")
        self.candidates.currentRowChanged.connect(self._candidate_changed)

        self.card = CustomerCard(services, actor)
        self.card.edit_button.hide()  # "Open customer" is the pop-up's way in
        for title in (self.card.name, self.card.code):
            title.hide()  # the header names the caller
        self.card.tabs.setCurrentWidget(self.card.calls)  # who rang before, and when
        # F6 takes a service order here (the form offers the products): the window stays narrow.
        self.card.purchases.service_button.hide()
        purchases = self.card.purchases.layout()
        purchases.invalidate()  # a tab not yet shown keeps its old minimum width otherwise
        purchases.activate()
        self.unknown = NewCallerForm(services, actor)
        self.unknown.more_requested.connect(lambda: self._act(self.new_customer_requested.emit))
        self.unknown.add_to_existing_requested.connect(
            lambda: self._act(self.add_number_requested.emit)
        )
        self.unknown.saved.connect(self._new_customer_saved)
        self.body = QStackedWidget()
        self.body.addWidget(self.card)
        self.body.addWidget(self.unknown)

        self.actions_bar = QHBoxLayout()
        self._actions = 0
        self.open_button = self.add_action(
            self.tr("&Open customer"), "Ctrl+O", self._open_clicked, name="popupOpen"
        )
        self.message_button = self.add_action(
            self.tr("Leave &message"), "Ctrl+M", self.message_requested.emit, name="popupMessage"
        )
        # Shown only while the caller owes money: the bar stays narrow for everyone else.
        self.payment_button = self.add_action(
            self.tr("Pa&yment"), "Ctrl+K", self.record_payment, name="popupPayment"
        )
        self.payment_button.hide()
        # 报修: the call's most frequent outcome gets one key.
        self.service_button = self.add_action(
            self.tr("&Service order"), "F6", self.new_service_order, name="popupService"
        )
        self.service_button.setVisible(actor.can("service.process"))
        # 我来处理: take the call, so other stations see it taken (shown where they share lines).
        self.take_button = self.add_action(
            self.tr("&Take call"), "Ctrl+T", lambda: None, name="popupTake"
        )
        self.take_button.hide()
        self.card.changed.connect(lambda _id: self._update_payment())
        self.actions_bar.addStretch(1)
        self.pin_button = QPushButton(self.tr("&Pin"))
        self.pin_button.setObjectName("popupPin")
        self.pin_button.setCheckable(True)
        self.pin_button.setShortcut(QKeySequence("Ctrl+P"))
        self.pin_button.setToolTip(self.tr("Keep this window open after the call (Ctrl+P)"))
        self.pin_button.toggled.connect(self._pin_toggled)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("popupClose")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence("Esc"), self, self.close)
        QShortcut(QKeySequence("Return"), self, lambda: self._act(self._open_clicked))
        for button in (self.pin_button, self.close_button):
            # As narrow as their words: the bar keeps room for the actions at 480 pixels.
            words = button.text().replace("&", "")
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(words) + 24)
            self.actions_bar.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(caller)
        layout.addWidget(self.where_label)
        layout.addWidget(self.taken_note)
        layout.addWidget(self.banner)
        layout.addWidget(self.candidates)
        layout.addWidget(self.body, 1)
        layout.addLayout(self.actions_bar)
        self.resize(480, 640)

    # --- public ----------------------------------------------------------------------

    def add_action(
        self, text: str, shortcut: str, handler: Callable[[], object], *, name: str = ""
    ) -> QPushButton:
        """A button in the action bar with its shortcut shown in the tooltip."""
        button = QPushButton(text)
        if name:
            button.setObjectName(name)
        sequence = QKeySequence(shortcut)
        button.setShortcut(sequence)
        button.setToolTip(sequence.toString(QKeySequence.SequenceFormat.NativeText))
        button.clicked.connect(lambda: self._act(handler))
        self.actions_bar.insertWidget(self._actions, button)  # before the stretch and pin
        self._actions += 1
        return button

    def show_call(self, call: PopupCall) -> None:
        """Fill the window for a new call on its line (the window is reused)."""
        self.call = call
        self.ended = False
        self.painted_at = None
        self.taken_note.clear_taken()
        self.pin_button.setChecked(False)
        self.setWindowTitle(self.tr("Call on {line}").format(line=call.line_name))
        self.line_label.setText(f"<b>{escape(call.line_name)}</b>")
        self.set_state(call_texts.live_state_text(call.direction, answered=False))
        self.number_label.setText(self._number_text(call))
        self.where_label.setText(self._where_text(call))
        self.where_label.setVisible(bool(self.where_label.text()))
        self.candidates.blockSignals(True)
        self.candidates.clear()
        for row in call.customers:
            text = f"{row.name} ({row.code})"
            if row.region or row.address:
                text += " · " + (row.address or row.region)
            if row.blacklisted:
                text += " · " + self.tr("blacklisted")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.candidates.addItem(item)
        if call.customers:
            self.candidates.setCurrentRow(0)
        self.candidates.blockSignals(False)
        self.candidates.setVisible(len(call.customers) > 1)
        rows = min(4, len(call.customers))
        self.candidates.setFixedHeight(
            rows * self.candidates.sizeHintForRow(0) + 2 * self.candidates.frameWidth() + 2
            if rows
            else 0
        )
        if call.customers:
            self._show_customer(call.customers[0], at_once=False)
        else:
            self._show_unknown(call)
        self.open_button.setEnabled(bool(call.customers))
        self.service_button.setEnabled(bool(call.customers))

    def set_state(self, text: str) -> None:
        self.state_label.setText(text)

    def show_taken(self, user: str, station: str) -> None:
        """Another receptionist has taken the call: said prominently, actions ask first."""
        self.taken_note.show_taken(user, station)

    def _act(self, action: Callable[[], object]) -> None:
        """Every action on the call takes it (``acted`` first: the other stations hear of it
        before a form opens); on a call someone else took, only once the user says so."""
        if self.taken_note.allows(self):
            self.acted.emit()
            action()

    def show_call_state(self, row: CallRow) -> None:
        """The call as the log has it now: the header says what its row in the log says."""
        self.ended = row.ended_at is not None
        self.set_state(call_texts.summary_text(row))

    def call_ended(self, duration: int | None, answered: bool | None) -> None:
        """The call ended and its record could not be read: what the line reported."""
        self.ended = True
        self.set_state(call_texts.ended_text(duration, answered))

    # --- typed input -----------------------------------------------------------------

    def has_unsaved_input(self) -> bool:
        """Details of an unknown caller typed in and not saved."""
        return self.body.currentWidget() is self.unknown and self.unknown.has_input()

    @property
    def held(self) -> bool:
        """Pinned or holding typed details: never closed by itself, never reused."""
        return self.pinned or self.has_unsaved_input()

    def discard(self) -> None:
        """Close without asking, typed details and all (sign-out, after the question)."""
        self._discarding = True
        try:
            self.close()
        finally:
            self._discarding = False

    def _may_close(self) -> bool:
        if self._discarding or not self.has_unsaved_input():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard the caller's details?"),
            self.tr("The details typed in for {number} are not saved yet. Discard them?").format(
                number=self.unknown.number or self.tr("this caller")
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("popupDiscardQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard

    # --- the header, for tiling --------------------------------------------------------

    def header_height(self) -> int:
        """Pixels from the top of the window to the end of the header (line, state, number,
        caller, region)."""
        self.layout().activate()
        labels = (self.taken_note, self.where_label, self.number_label)
        last = next(label for label in labels if not label.isHidden())
        return last.geometry().bottom() + 1 + self.layout().spacing()

    def header_width(self) -> int:
        """Pixels from the left of the window to the end of the header's text."""
        self.layout().activate()
        ends = [
            label.x() + min(label.width(), label.sizeHint().width())
            for label in (self.line_label, self.state_label, self.number_label, self.name_label)
            if not label.isHidden()
        ]
        return min(self.width(), max(ends, default=0) + 2)

    def current_customer_id(self) -> int | None:
        item = self.candidates.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    # --- filling ---------------------------------------------------------------------

    def _number_text(self, call: PopupCall) -> str:
        if call.raw_number:
            return escape(phone_text(call.raw_number))
        privacy = {
            "private": self.tr("Number withheld"),
            "unavailable": self.tr("Number unavailable"),
            "anonymous": self.tr("Anonymous caller"),
        }
        return escape(privacy.get(call.privacy or "", self.tr("No caller ID")))

    def _where_text(self, call: PopupCall) -> str:
        parts = []
        if call.number is not None:
            parts += [p for p in (call.number.region, call.number.carrier) if p]
        if call.network_name:
            parts.append(self.tr("Caller ID name: {name}").format(name=call.network_name))
        return " · ".join(escape(p) for p in parts)

    def _show_customer(self, row: CustomerRow, *, at_once: bool = True) -> None:
        """The caller's list row is shown first; the whole card (a dozen queries) is read
        once that first picture is on screen, so the name never waits for the history."""
        self.banner.setVisible(row.blacklisted)
        if row.blacklisted:
            self.banner.setText(self.tr("Blacklisted caller: {name}").format(name=row.name))
        self._show_name(row.name, row.code, warn=row.blacklisted)
        self.body.setCurrentWidget(self.card)
        if at_once:
            self._pending_customer = None
            self.card.show_customer(row.id)
        else:
            self.card.preview(row)
            self._pending_customer = row.id
            self._asked_to_load = False
            self.update()
        self._update_payment()

    def finish_loading(self) -> None:
        """Read the whole card of the caller shown (a dozen queries): the stack calls it once
        the lines are quiet; pictures and tests call it at once."""
        self._load_pending()

    def _load_pending(self) -> None:
        customer_id, self._pending_customer = self._pending_customer, None
        if customer_id is not None and customer_id == self.current_customer_id():
            self.card.show_customer(customer_id)
            self._update_payment()

    def _show_name(self, name: str, code: str = "", *, warn: bool = False) -> None:
        """The caller's name beside the number, cut to NAME_WIDTH (all of it in the tooltip):
        the header stays narrow enough for pop-ups tiled side by side."""
        metrics = self.name_label.fontMetrics()
        self.name_label.setText(metrics.elidedText(name, Qt.TextElideMode.ElideRight, NAME_WIDTH))
        self.name_label.setToolTip(name)
        self.name_label.setStyleSheet(f"color: {ERROR_COLOUR};" if warn else "")
        self.code_label.setText(code)

    def _show_unknown(self, call: PopupCall) -> None:
        away = call.lookup_unavailable  # who owns the number is not known, not "nobody"
        self.banner.setVisible(away)
        if away:
            self.banner.setText(
                self.tr(
                    "The customer cannot be looked up now: the database server cannot be "
                    "reached. The call is kept and stored once it is back."
                )
            )
        unknown = self.tr("Not looked up") if away else self.tr("New caller")
        self._show_name(call.network_name or unknown)
        self.card.show_detail(None)
        self._update_payment()
        self.unknown.start(call.raw_number)
        self.unknown.notice.setVisible(not away)
        self.body.setCurrentWidget(self.unknown)

    def _look_up_again(self) -> None:
        """The server is back: who is calling, for a call that rang while it was away (what
        was typed about a new caller meanwhile stays)."""
        call = self.call
        if call is None or not call.lookup_unavailable or not call.raw_number:
            return
        try:
            found = self._services.customer_lookup.lookup(self._actor, call.raw_number)
        except ServiceError:
            return
        if self.unknown.has_input() and self.body.currentWidget() is self.unknown:
            self.banner.hide()
            return
        state, ended, pinned = self.state_label.text(), self.ended, self.pinned
        customers = tuple(found.customers)
        self.show_call(replace(call, customers=customers, lookup_unavailable=False))
        self.state_label.setText(state)
        self.ended = ended
        self.pin_button.setChecked(pinned)

    def show_saved_customer(self, customer_id: int) -> None:
        """The caller is on record now (created here, or the number was added to someone):
        show their card first, keeping the call's state."""
        if self.call is None:
            return
        rows = self._services.customers.rows_by_ids(self._actor, [customer_id])
        others = tuple(c for c in self.call.customers if c.id != customer_id)
        state, ended, pinned = self.state_label.text(), self.ended, self.pinned
        self.show_call(replace(self.call, customers=(*rows, *others)))
        self.state_label.setText(state)
        self.ended = ended
        self.pin_button.setChecked(pinned)
        self.customer_saved.emit(customer_id)

    def _new_customer_saved(self, result: SaveResult) -> None:
        self.acted.emit()  # filed here: taken (already saved, so nothing to ask)
        self.show_saved_customer(result.customer.id)

    def owing_sales(self) -> list[SaleView]:
        """The caller's sales still owing money, newest first (empty until the card is read)."""
        if self.card.customer is None:
            return []
        return [s for s in self.card.sales if not s.voided and s.outstanding > 0]

    def record_payment(self) -> None:
        """One sale owing: take the payment at once; several: show them on the card's
        purchases tab, the first chosen, to pick the one the caller is paying."""
        owing = self.owing_sales()
        if not owing or not self._actor.can("sales.process"):
            return
        if len(owing) > 1:
            purchases = self.card.purchases
            self.card.tabs.setCurrentWidget(purchases)
            purchases.select_sale(owing[0].id)
            purchases.table.setFocus()
            return
        if sale_actions.record_payment(self, self._services, self._actor, owing[0]) is not None:
            self.card.reload()
            self._update_payment()

    def new_service_order(self) -> None:
        """Take a service order for the caller shown, their details filled in; the card then
        lists it among the open orders."""
        customer_id = self.current_customer_id()
        if customer_id is None or not self._actor.can("service.process"):
            return
        from yuntian.ui.service_orders.service_order_editor import (
            new_service_order,  # its form, when asked
        )

        saved = new_service_order(self, self._services, self._actor, customer_id=customer_id)
        if saved is not None and self._pending_customer is None:
            self.card.reload()

    def _update_payment(self) -> None:
        self.payment_button.setVisible(
            self._actor.can("sales.process") and bool(self.owing_sales())
        )

    # --- reactions -------------------------------------------------------------------

    def _candidate_changed(self, row: int) -> None:
        if self.call is not None and 0 <= row < len(self.call.customers):
            self._show_customer(self.call.customers[row])

    def _open_clicked(self) -> None:
        customer_id = self.current_customer_id()
        if customer_id is not None:
            self.open_requested.emit(customer_id)

    def _pin_toggled(self, pinned: bool) -> None:
        self.pinned = pinned

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.painted_at is None and self.call is not None:
            self.painted_at = time.monotonic()
        if self._pending_customer is not None and not self._asked_to_load:
            self._asked_to_load = True
            self.first_painted.emit(self)  # the stack reads the whole card when lines are quiet

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close():
            event.ignore()
            return
        super().closeEvent(event)
        self.closed.emit(self)
