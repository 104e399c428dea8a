"""售后完成: record what was done on a service order -- the work, solution and result, the fees
(parts, service, transport: exact yuan, the total shown as they are typed), the work hours,
the customer's feedback, when it was finished and who did it. Opened on a completed order it
shows the record filled in, to correct it (record.edit).

Hours are typed (1.5) and stored as minutes (90). The service checks everything; its message
appears under the field it names.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from html import escape

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services import Services
from yuntian.services.common.errors import ServiceError, ValidationError
from yuntian.services.common.money import ZERO
from yuntian.services.common.permissions import Actor
from yuntian.services.common.record_versions import StaleRecord
from yuntian.services.service_orders.service_order_rules import WORK_MINUTES_MAX
from yuntian.services.service_orders.service_order_types import (
    CompletionInput,
    OrderAction,
    OrderState,
    ServiceOrderView,
    Warranty,
    allowed,
)
from yuntian.ui.common.conflict_dialog import ConflictField, field_label
from yuntian.ui.common.date_input import DateTimeInput
from yuntian.ui.common.editor_dialog import EditorDialog
from yuntian.ui.common.field_errors import FieldErrors, error_label, hint_label
from yuntian.ui.common.money_text import yuan
from yuntian.ui.common.phone_display import phone_text
from yuntian.ui.parts.completion_parts import CompletionParts
from yuntian.ui.sales.sale_fields import FIELD_WIDTH, money_edit, read_money
from yuntian.ui.service_orders.service_order_history import when
from yuntian.ui.service_orders.service_order_words import hours_text, state_label, warranty_label

_HOURS = QRegularExpression(r"\d{0,4}(\.\d{0,2})?")
BAD_HOURS = QT_TRANSLATE_NOOP("Errors", "The work time is a number of hours, e.g. 1.5.")
TEXT_HEIGHT = 3  # lines shown of each text box


def hours_to_minutes(text: str) -> int:
    """Typed hours as whole minutes (1.5 -> 90); empty is none. ValidationError at
    "work_minutes" when it is not a number of hours."""
    cleaned = text.strip()
    if not cleaned:
        return 0
    try:
        hours = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError("work_minutes", BAD_HOURS) from None
    if not hours.is_finite() or hours < 0:
        raise ValidationError("work_minutes", BAD_HOURS)
    minutes = (hours * 60).to_integral_value(rounding=ROUND_HALF_UP)
    return int(min(minutes, WORK_MINUTES_MAX + 1))  # past the limit: the service says so


class CompletionDialog(EditorDialog):
    """``saved`` holds the order as stored once the dialog was accepted."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        order: ServiceOrderView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("completionDialog")
        self._services = services
        self._actor = actor
        self._order = order
        self.correcting = order.state is OrderState.COMPLETED
        self.saved: ServiceOrderView | None = None
        title = (
            self.tr("Correct completion — {code}")
            if self.correcting
            else self.tr("Complete service order — {code}")
        )
        self.setWindowTitle(title.format(code=order.code))

        self.work_done = self._text_box("completionWorkDone")
        self.solution = self._text_box("completionSolution")
        self.result_text = self._text_box("completionResult")
        # What every completed order must say (the service refuses without it).
        self.work_done.setPlaceholderText(
            self.tr("Required: what was done, e.g. replaced the capacitor")
        )
        self.result_text.setPlaceholderText(self.tr("Required, e.g. repaired and working"))
        self.fee_parts = money_edit("feeParts")
        self.fee_service = money_edit("feeService")
        self.fee_transport = money_edit("feeTransport")
        self.total = QLabel()
        self.total.setObjectName("feeTotal")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.total.setMaximumWidth(FIELD_WIDTH)
        self.hours = QLineEdit()
        self.hours.setObjectName("workHours")
        self.hours.setValidator(QRegularExpressionValidator(_HOURS, self.hours))
        self.hours.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.hours.setMaximumWidth(FIELD_WIDTH)
        self.hours.setToolTip(self.tr("Hours, e.g. 1.5 for an hour and a half"))
        self.feedback = QComboBox()
        self.feedback.setObjectName("completionFeedback")
        self.completed_at = DateTimeInput("completedAt", required=True)
        self.technicians = QListWidget()
        self.technicians.setObjectName("completionTechnicians")
        self.technicians.setToolTip(self.tr("Tick who did the work"))
        rows = self.technicians.fontMetrics().lineSpacing() + 6
        self.technicians.setMinimumHeight(3 * rows)
        self.technicians.setMaximumHeight(6 * rows)

        self.parts = CompletionParts(
            services, actor, order.id, under_warranty=order.warranty is Warranty.IN
        )
        self._typed_parts_fee = ""  # what was in the parts fee box before lines set it

        self.error = error_label("completionError", banner=True)
        self.errors = FieldErrors(self.error)
        for field in ("lines", "parts_from", "source", "unit_price"):
            self.errors.register(field, self.parts.error, self.parts.lines.table)
        self.save_when_back(self.errors, services.changes, self.save)  # server lost
        self._lay_out()
        self._fill()
        for edit in (self.fee_parts, self.fee_service, self.fee_transport):
            edit.textChanged.connect(self._show_total)
        self.parts.changed.connect(self._show_parts_fee)
        self.technicians.itemChanged.connect(
            lambda _item: self.parts.follow_technicians(self.chosen_technicians())
        )
        self.parts.follow_technicians(self.chosen_technicians())
        self._show_parts_fee()
        self._show_total()
        self.work_done.setFocus()

    # --- layout ----------------------------------------------------------------------

    def _text_box(self, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setObjectName(name)
        box.setTabChangesFocus(True)
        lines = box.fontMetrics().lineSpacing() * TEXT_HEIGHT
        box.setMinimumHeight(lines + 12)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        return box

    def _lay_out(self) -> None:
        add = self.errors.add_field_row
        work = QFormLayout()
        work.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add(work, self.tr("&Work done:"), "work_done", self.work_done)
        add(work, self.tr("&Solution:"), "solution", self.solution)
        add(work, self.tr("&Result:"), "result", self.result_text)
        add(work, self.tr("&Technicians:"), "technicians", self.technicians)

        fees = QFormLayout()
        add(fees, self.tr("&Parts fee:"), "fee_parts", self.fee_parts)
        add(fees, self.tr("Ser&vice fee:"), "fee_service", self.fee_service)
        add(fees, self.tr("Tr&ansport fee:"), "fee_transport", self.fee_transport)
        fees.addRow(self.tr("Total:"), self.total)
        add(fees, self.tr("Work &hours:"), "work_minutes", self.hours)
        add(fees, self.tr("Customer &feedback:"), "feedback", self.feedback)
        add(fees, self.tr("&Completed at:"), "completed_at", self.completed_at)

        columns = QHBoxLayout()
        columns.addLayout(work, 3)
        columns.addSpacing(12)
        columns.addLayout(fees, 2)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save correction") if self.correcting else self.tr("&Complete"))
        save.setToolTip(self.tr("Save (Ctrl+Enter)"))
        save.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self._summary())
        if self.correcting:
            layout.addWidget(
                hint_label(
                    self.tr("This order is completed: saving corrects its completion record.")
                )
            )
        layout.addWidget(self.error)
        layout.addLayout(columns, 3)
        layout.addWidget(self.parts, 2)
        layout.addWidget(self.buttons)
        # The text boxes' own size hints are tall; start at a size that fits a laptop.
        self.resize(900, 720)

    def _summary(self) -> QLabel:
        """Which order this is: code, customer, product and the fault reported."""
        o = self._order
        product = " · ".join(t for t in (o.product, o.serial_number) if t)
        head = " · ".join(
            escape(t)
            for t in (o.customer_name, phone_text(o.contact_phone), product, o.service_type)
            if t
        )
        fault = escape(" ".join(o.fault.split()))
        fault_title = escape(self.tr("Fault:"))
        label = QLabel(
            f"<b>{escape(o.code)}</b>&nbsp;&nbsp;{head}&nbsp;&nbsp;"
            f"({escape(warranty_label(o.warranty))})<br>"
            f"{fault_title} {fault}"
        )
        label.setObjectName("completionOrder")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # --- filling ---------------------------------------------------------------------

    def _fill(self) -> None:
        o = self._order
        self.feedback.addItem("", "")  # no feedback (yet)
        for value in self._services.settings.enum_values("feedback"):
            self.feedback.addItem(value.name, value.name)
        if o.feedback and self.feedback.findData(o.feedback) < 0:
            self.feedback.addItem(o.feedback, o.feedback)  # renamed since: still shown
        self.feedback.setCurrentIndex(max(0, self.feedback.findData(o.feedback)))
        now = self._services.clock().replace(second=0, microsecond=0)
        self.completed_at.set_value(o.completed_at or now)
        self._shown_at = self.completed_at.value()  # left alone: the service decides
        assigned = dict(zip(o.technician_ids, o.technician_names, strict=True))
        people = list(assigned.items())
        people += [
            (i, name)
            for i, name in self._services.service_orders.technicians(self._actor)
            if i not in assigned
        ]
        for user_id, name in people:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, user_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = user_id in assigned
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.technicians.addItem(item)
        if self.correcting:
            self.work_done.setPlainText(o.work_done)
            self.solution.setPlainText(o.solution)
            self.result_text.setPlainText(o.result)
            for edit, amount in (
                (self.fee_parts, o.fee_parts),
                (self.fee_service, o.fee_service),
                (self.fee_transport, o.fee_transport),
            ):
                edit.setText(f"{amount}")
            self.hours.setText(hours_text(o.work_minutes) if o.work_minutes else "")

    # --- reading ---------------------------------------------------------------------

    def _fee(self, edit: QLineEdit, field: str) -> Decimal:
        """An empty fee box is no fee."""
        return read_money(edit, field) if edit.text().strip() else ZERO

    def _fees(self) -> tuple[Decimal, Decimal, Decimal] | None:
        try:
            return (
                self._fee(self.fee_parts, "fee_parts"),
                self._fee(self.fee_service, "fee_service"),
                self._fee(self.fee_transport, "fee_transport"),
            )
        except ValidationError:
            return None

    def _show_parts_fee(self) -> None:
        """With parts on the order, the parts fee is their sum (0 under warranty), not typed."""
        fee = self.parts.fee()
        from_lines = self.parts.lines.count() > 0 or fee is not None
        if from_lines and not self.fee_parts.isReadOnly():
            self._typed_parts_fee = self.fee_parts.text()
        elif not from_lines and self.fee_parts.isReadOnly():
            self.fee_parts.setText(self._typed_parts_fee)
        self.fee_parts.setReadOnly(from_lines)
        # Read-only looks it: the window's colour behind the figure, as a label's.
        self.fee_parts.setStyleSheet(
            "QLineEdit { background: palette(window); }" if from_lines else ""
        )
        if from_lines:
            self.fee_parts.setText(f"{fee}" if fee is not None else "")
            self.fee_parts.setToolTip(self.tr("The sum of the parts used, below"))
        else:
            self.fee_parts.setToolTip("")

    def _show_total(self) -> None:
        fees = self._fees()
        self.total.setText(f"<b>{yuan(sum(fees, ZERO))}</b>" if fees is not None else "—")

    def chosen_technicians(self) -> tuple[int, ...]:
        items = (self.technicians.item(row) for row in range(self.technicians.count()))
        return tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def _completed_at(self) -> dt.datetime | None:
        """The time typed; None when left as shown: now for a new completion (the minute
        shown may start before the order was taken), the stored time for a correction."""
        shown = self.completed_at.read("completed_at")
        return None if shown == self._shown_at else shown

    def completion(self) -> CompletionInput:
        """What the dialog says, as the service takes it; ValidationError names the field."""
        parts = self._fee(self.fee_parts, "fee_parts")
        service = self._fee(self.fee_service, "fee_service")
        transport = self._fee(self.fee_transport, "fee_transport")
        parts_used = self.parts.parts()
        return CompletionInput(
            work_done=self.work_done.toPlainText(),
            solution=self.solution.toPlainText(),
            result=self.result_text.toPlainText(),
            fee_parts=parts,
            fee_service=service,
            fee_transport=transport,
            work_minutes=hours_to_minutes(self.hours.text()),
            feedback=self.feedback.currentData() or "",
            completed_at=self._completed_at(),
            technician_ids=self.chosen_technicians(),
            parts=parts_used,
            parts_from=self.parts.parts_from() if parts_used is not None else None,
        )

    def save(self) -> None:
        self.errors.clear()
        order = self._order
        try:
            data = self.completion()
            self.saved = self._services.service_orders.complete(
                self._actor, order.id, data, version=order.version
            )
        except StaleRecord as exc:
            self.show_conflict(exc, self._services.clock().date())
            return
        except ServiceError as exc:
            self.errors.show(exc)
            line = exc.params.get("line")
            if isinstance(exc, ValidationError) and exc.field == "lines" and isinstance(line, int):
                self.parts.lines.show_refused(line)
            return
        self.accept()

    def has_changes(self) -> bool:
        return super().has_changes() or self.parts.has_changes()

    # --- someone else changed the order meanwhile (e.g. completed it first) --------------

    def opened_record(self) -> ServiceOrderView:
        return self._order

    def conflict_fields(self) -> list[ConflictField]:
        fields = (
            (self.tr("&Work done:"), lambda o: o.work_done),
            (self.tr("&Solution:"), lambda o: o.solution),
            (self.tr("&Result:"), lambda o: o.result),
            (self.tr("&Technicians:"), lambda o: " → ".join(o.technician_names)),
            (self.tr("&Parts fee:"), lambda o: f"{o.fee_parts}"),
            (self.tr("Ser&vice fee:"), lambda o: f"{o.fee_service}"),
            (self.tr("Tr&ansport fee:"), lambda o: f"{o.fee_transport}"),
            (self.tr("Work &hours:"), lambda o: hours_text(o.work_minutes)),
            (self.tr("Customer &feedback:"), lambda o: o.feedback),
            (self.tr("&Completed at:"), lambda o: when(o.completed_at)),
        )
        found = [ConflictField(field_label(label), text) for label, text in fields]
        state = QCoreApplication.translate("ServiceOrderConflicts", "State")
        return [*found, ConflictField(state, lambda o: state_label(o.state))]

    def reload_record(self, current: object) -> None:
        """The order as stored now: a completion someone else saved is shown to correct
        (record.edit); an order that can no longer be completed cannot be saved."""
        assert isinstance(current, ServiceOrderView)
        self._order = current
        self.correcting = current.state is OrderState.COMPLETED
        self.errors.clear()
        self.feedback.clear()
        self.technicians.clear()
        self._fill()
        self._show_parts_fee()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save correction") if self.correcting else self.tr("&Complete"))
        can = not current.audited and allowed(OrderAction.COMPLETE, current.state)
        save.setEnabled(can)
