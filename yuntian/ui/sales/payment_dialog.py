"""Record a payment (回款) or a refund against one sale (sales.process).

The dialog shows the sale, what is owed and every payment so far, so the person at the counter
sees the history before taking money. A payment starts at the outstanding amount; a refund starts
empty, needs a reason and is stored as a negative payment. The service refuses more than is owed
(or more than was paid); its message appears under the amount.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.sales.sale_types import PaymentView, SaleView
from yuntian.ui.common.date_input import DateInput
from yuntian.ui.common.editor_dialog import EditorDialog
from yuntian.ui.common.field_errors import FieldErrors, error_label, hint_label
from yuntian.ui.common.money_text import yuan
from yuntian.ui.common.styles import ERROR_COLOUR, ERROR_STYLE
from yuntian.ui.sales.sale_fields import money_edit, read_money

DATE, KIND, AMOUNT, METHOD, OPERATOR, NOTE = range(6)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PaymentDialog(EditorDialog):
    """``recorded`` holds the payment as stored once the dialog was accepted."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        sale: SaleView,
        *,
        refund: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("refundDialog" if refund else "paymentDialog")
        self._services = services
        self._actor = actor
        self._sale = sale
        self._refund = refund
        self.recorded: PaymentView | None = None
        title = self.tr("Refund — {code}") if refund else self.tr("Record payment — {code}")
        self.setWindowTitle(title.format(code=sale.code))

        self.history = self._history_table(services.payments.for_sale(actor, sale.id))
        self.paid_on = DateInput("paymentDate", required=True)
        self.paid_on.set_value(services.clock().date())
        self.amount = money_edit("paymentAmount")
        if not refund and sale.outstanding > 0:
            self.amount.setText(f"{sale.outstanding}")
        self.method = QComboBox()
        self.method.setObjectName("paymentMethod")
        self.method.addItem("", "")  # the service allows no method
        for value in services.settings.enum_values("payment_method"):
            self.method.addItem(value.name, value.name)
        self.method.setCurrentIndex(1 if self.method.count() > 1 else 0)
        self.reason = QLineEdit()
        self.reason.setObjectName("paymentReason")
        self.reason.setPlaceholderText(self.tr("Why the money goes back, e.g. 退货"))
        self.note = QLineEdit()
        self.note.setObjectName("paymentNote")

        self.error = error_label("paymentError")
        self.errors = FieldErrors(self.error)
        self.save_when_back(self.errors, services.changes, self.save)  # server lost
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add = self.errors.add_field_row
        add(form, self.tr("&Date:"), "paid_on", self.paid_on)
        add(
            form,
            self.tr("&Amount refunded:") if refund else self.tr("&Amount received:"),
            "amount",
            self.amount,
        )
        add(form, self.tr("&Method:"), "method", self.method)
        if refund:
            add(form, self.tr("Rea&son:"), "reason", self.reason)
        add(form, self.tr("&Note:"), "note", self.note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record &refund") if refund else self.tr("&Record payment"))
        ok.setDefault(True)
        ok.setEnabled(actor.can("sales.process"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self._summary())
        layout.addWidget(self.history, 1)
        if not self.history.rowCount():
            self.history.setVisible(False)
            layout.addWidget(hint_label(self.tr("No payments yet.")))
        if not actor.can("sales.process"):
            layout.addWidget(hint_label(self.tr("You may look, but not record payments.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.reason if refund else self.amount).setFocus()
        self.amount.selectAll()
        self.resize(640, self.sizeHint().height())

    def _summary(self) -> QWidget:
        """The sale in one line, its amounts in the next (what is owed in red)."""
        sale = self._sale
        what = f"<b>{escape(sale.code)}</b>&nbsp;&nbsp;{escape(sale.customer_code)} " + escape(
            f"{sale.customer_name}  ·  {sale.product}"
            + (f" × {sale.quantity}" if sale.quantity != 1 else "")
        )
        title = QLabel(what)
        title.setObjectName("paymentSale")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        amounts = QHBoxLayout()
        amounts.setContentsMargins(0, 0, 0, 0)
        for text, value, name in (
            (self.tr("Receivable:"), sale.receivable, "paymentReceivable"),
            (self.tr("Received:"), sale.received, "paymentReceived"),
            (self.tr("Outstanding:"), sale.outstanding, "paymentOutstanding"),
        ):
            figure = QLabel(yuan(value))
            figure.setObjectName(name)
            if name == "paymentOutstanding" and value > 0:
                figure.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
            amounts.addWidget(QLabel(text))
            amounts.addWidget(figure)
            amounts.addSpacing(24)
        amounts.addStretch(1)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(amounts)
        if sale.voided:
            voided = QLabel(
                self.tr("This sale was voided: {reason}").format(reason=sale.void_reason)
            )
            voided.setWordWrap(True)
            voided.setStyleSheet(ERROR_STYLE)
            layout.addWidget(voided)
        return box

    def _history_table(self, payments: list[PaymentView]) -> QTableWidget:
        headers = [
            self.tr("Date"),
            self.tr("Type"),
            self.tr("Amount"),
            self.tr("Method"),
            self.tr("Operator"),
            self.tr("Note / reason"),
        ]
        table = QTableWidget(len(payments), len(headers))
        table.setObjectName("paymentHistory")
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        table.verticalHeader().setVisible(False)
        refund_brush = QBrush(QColor(ERROR_COLOUR))
        for row, p in enumerate(payments):
            note = " · ".join(t for t in (p.reason, p.note) if t)
            cells = [
                f"{p.paid_on:%Y-%m-%d}",
                self.tr("Refund") if p.is_refund else self.tr("Payment"),
                yuan(p.amount),
                p.method,
                p.operator_name,
                note,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == AMOUNT:
                    item.setTextAlignment(RIGHT)
                if p.is_refund:
                    item.setForeground(refund_brush)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        rows = max(3, min(len(payments), 6))
        table.setMinimumHeight(
            header.sizeHint().height() + rows * table.verticalHeader().defaultSectionSize() + 4
        )
        return table

    def save(self) -> None:
        if not self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            return
        self.errors.clear()
        try:
            amount = read_money(self.amount, "amount")
            self.recorded = self._services.payments.record(
                self._actor,
                self._sale.id,
                self.paid_on.read("paid_on"),
                -amount if self._refund else amount,
                self.method.currentData() or "",
                self.note.text(),
                self.reason.text() if self._refund else "",
            )
        except ServiceError as exc:
            self.errors.show(exc)
            return
        self.accept()
