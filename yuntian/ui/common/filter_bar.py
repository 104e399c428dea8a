"""The base of a list page's filter row (sales, service orders, calls; next complaints,
callbacks, spare parts, points): the period, choice combos with captions, the customer filtered
by, "Clear filters", and the ``changed`` signal the page reloads on.

How to build an area's filter bar::

    class ComplaintFilterBar(FilterBar):
        def __init__(self, today, parent=None):
            super().__init__(parent)
            self.period = self._period(today, "complaintPeriodFilter")
            self.kind = self._combo("complaintKindFilter", 5)
            self._customer_button("complaintCustomerFilter", clear_tip, tip, anyone)
            self.clear_button = self._clear_button("clearComplaintFilters")
            layout = self._row()
            self._add_period(layout, self.tr("&Received:"))
            self._add_captioned(layout, [(self.tr("&Kind:"), self.kind)])
            ...
            self.period.changed.connect(self.changed)

        def filter(self) -> ComplaintFilter: ...       # what the widgets say
        def clear(self): self._reset([...], lambda: ...)

``is_filtered()`` compares ``filter()`` with the filter type's defaults.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from yuntian.ui.common.periods import ANY_TIME, PeriodPicker

ALL = "all"  # the data of a combo's "any" entry
CUSTOMER_WIDTH = 190

# A combo to fill: the combo, its "any" entry's text, and (data, text) for each choice.
Fill = tuple[QComboBox, str, Iterable[tuple[Any, str]]]


class FilterBar(QWidget):
    """Emits ``changed`` whenever the filter it describes changes; ``customer_wanted`` when the
    user asks to choose a customer (the page owns the picker)."""

    changed = Signal()
    customer_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._customer: int | None = None
        self.customer_label = ""  # names the customer filtered by
        self._customer_tip = ""  # the customer button's tooltip while no customer is chosen
        self._anyone = ""  # its text then

    # --- what a subclass supplies ----------------------------------------------------

    def filter(self) -> Any:
        raise NotImplementedError

    def is_filtered(self) -> bool:
        current = self.filter()
        return current != type(current)()

    # --- building --------------------------------------------------------------------

    def _period(self, today: dt.date, name: str) -> PeriodPicker:
        period = PeriodPicker(today, with_any=True, preset=ANY_TIME, parent=self)
        period.combo.setObjectName(name)
        return period

    @staticmethod
    def _combo(name: str, width: int) -> QComboBox:
        """A choice list wide enough for ``width`` characters."""
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setMinimumContentsLength(width)
        return combo

    def _customer_button(self, name: str, clear_tip: str, tip: str, anyone: str) -> None:
        """``customer``: a button asking for a customer (``customer_wanted``), showing the one
        chosen (``anyone`` while none is); ``customer_clear``: back to every customer's rows."""
        self.customer = QPushButton()
        self.customer.setObjectName(name)
        self.customer.setMaximumWidth(CUSTOMER_WIDTH)
        self.customer.clicked.connect(self.customer_wanted)
        self._customer_tip = tip
        self._anyone = anyone
        self._customer_clear(clear_tip)

    def _customer_clear(self, tip: str) -> None:
        self.customer_clear = QToolButton()
        self.customer_clear.setText("✕")
        self.customer_clear.setToolTip(tip)
        self.customer_clear.setAutoRaise(True)
        self.customer_clear.clicked.connect(lambda: self.set_customer(None))

    def _clear_button(self, name: str) -> QPushButton:
        button = QPushButton(self.tr("Clear filters"))
        button.setObjectName(name)
        button.clicked.connect(self.clear)
        return button

    def _row(self, spacing: int | None = 4) -> QHBoxLayout:
        """The bar's own row of widgets."""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if spacing is not None:
            layout.setSpacing(spacing)
        return layout

    def _add_period(self, layout: QHBoxLayout, text: str) -> None:
        """The period's caption (what is dated differs: a sale, an order, a call), combo and
        dates."""
        caption = QLabel(text)
        caption.setBuddy(self.period.combo)
        layout.addWidget(caption)
        for widget in (
            self.period.combo,
            self.period.date_from,
            self.period.dash,
            self.period.date_to,
        ):
            layout.addWidget(widget)

    @staticmethod
    def _add_captioned(layout: QHBoxLayout, fields: Sequence[tuple[str, QWidget]]) -> None:
        for text, widget in fields:
            caption = QLabel(text)
            caption.setBuddy(widget)
            layout.addSpacing(8)
            layout.addWidget(caption)
            layout.addWidget(widget)

    # --- choices and clearing --------------------------------------------------------

    def _refill(self, fills: Sequence[Fill]) -> None:
        """Fill the combos again, keeping what was chosen where it still exists; ``changed``
        when a chosen one is gone meanwhile."""
        was = [combo.currentData() for combo, _any, _items in fills]
        for (combo, any_text, items), data in zip(fills, was, strict=True):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, ALL)
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(data)))
            combo.blockSignals(False)
        now = [combo.currentData() for combo, _any, _items in fills]
        if None not in was and now != was:
            self.changed.emit()

    def _reset(self, widgets: Iterable[QWidget], reset: Callable[[], None]) -> None:
        """Run ``reset`` with the widgets quiet and the customer cleared, then one
        ``changed``."""
        quiet = [*widgets, self.period.combo]
        for widget in quiet:
            widget.blockSignals(True)
        reset()
        self.period.set_preset(ANY_TIME)
        for widget in quiet:
            widget.blockSignals(False)
        self._customer = None
        self._show_customer("")
        self.changed.emit()

    def clear(self) -> None:
        raise NotImplementedError

    # --- the customer ----------------------------------------------------------------

    def set_customer(self, customer_id: int | None, label: str = "") -> None:
        """Show only this customer's rows (None: everyone's); ``label`` names it."""
        if customer_id == self._customer:
            return
        self._customer = customer_id
        self._show_customer(label if customer_id is not None else "")
        self.changed.emit()

    def _show_customer(self, label: str) -> None:
        """The customer button says who is chosen (elided; whole in its tooltip)."""
        self.customer_label = label
        text = self.tr("Customer: {name}").format(name=label) if label else self._anyone
        metrics = self.customer.fontMetrics()
        room = CUSTOMER_WIDTH - 2 * metrics.averageCharWidth() - 12
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        self.customer.setText(elided)
        self.customer.setToolTip(text if elided != text else self._customer_tip)
        self.customer_clear.setVisible(bool(label))
