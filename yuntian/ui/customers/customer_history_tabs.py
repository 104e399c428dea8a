"""The customer card's first history tabs: purchase intentions (购买意向) and memos (备忘录)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.common.record_versions import StaleRecord
from yuntian.services.customers.customer_types import CustomerDetail, IntentionView, MemoView
from yuntian.ui.common.column_sizing import size_columns
from yuntian.ui.common.conflict_dialog import ConflictField, field_label
from yuntian.ui.common.date_input import DateInput
from yuntian.ui.common.editor_dialog import EditorDialog
from yuntian.ui.common.field_errors import FieldErrors, error_label
from yuntian.ui.common.message_boxes import ask_yes_no, show_error
from yuntian.ui.common.page_actions import buttons_over_table, page_action


class _RecordsTab(QWidget):
    """A table of one kind of record with Add / Edit / Delete buttons."""

    changed = Signal()

    def __init__(self, headers: list[str], can_change: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.detail: CustomerDetail | None = None
        self._ids: list[int] = []
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        size_columns(self.table, stretch=len(headers) - 1 if self.stretch_last() else 0)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        buttons = (self.add_button, self.edit_button, self.delete_button)
        for button in buttons:
            button.setVisible(can_change)
        buttons_over_table(self, buttons, self.table)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.table.doubleClicked.connect(lambda _i: self.edit() if can_change else None)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        if can_change:
            delete_key = [QKeySequence.StandardKey.Delete]
            page_action(self, self.table, "", self.delete, delete_key, on_table=True)

    def show_detail(self, detail: CustomerDetail | None) -> None:
        self.detail = detail
        records = self.records(detail) if detail else []
        self._ids = [r.id for r in records]
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            for column, text in enumerate(self.cells(record)):
                item = QTableWidgetItem(text)
                if "\n" in text:
                    item.setText(text.replace("\n", " ⏎ "))
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.add_button.setEnabled(detail is not None and not detail.archived)
        self._update_buttons()

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self._ids[row] if selected and 0 <= row < len(self._ids) else None

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _confirm(self, text: str) -> bool:
        return ask_yes_no(self, self.tr("Delete"), text)

    # --- what a kind of record fills in ---------------------------------------------

    def records(self, detail: CustomerDetail) -> list:
        raise NotImplementedError

    def cells(self, record) -> list[str]:
        raise NotImplementedError

    def stretch_last(self) -> bool:
        return True

    def make_dialog(self, record) -> QDialog:
        """The editor for ``record`` (None: a new one) of the shown customer."""
        raise NotImplementedError

    def delete(self) -> None:
        raise NotImplementedError

    def selected_record(self):
        chosen = self.selected_id()
        records = self.records(self.detail) if self.detail else []
        return next((r for r in records if r.id == chosen), None)

    def add(self) -> None:
        if self.detail is not None and self.make_dialog(None).exec():
            self.changed.emit()

    def edit(self) -> None:
        record = self.selected_record()
        if record is not None and self.make_dialog(record).exec():
            self.changed.emit()


class IntentionsTab(_RecordsTab):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("Product"),
                self.tr("Budget"),
                self.tr("Expected"),
                self.tr("Entered"),
                self.tr("Note"),
            ],
            actor.can("customer.edit"),
            parent,
        )
        self.setObjectName("intentionsTab")
        self._services = services
        self._actor = actor

    def records(self, detail: CustomerDetail) -> list[IntentionView]:
        return list(detail.intentions)

    def cells(self, r: IntentionView) -> list[str]:
        return [
            r.product,
            QLocale().toString(float(r.budget), "f", 2) if r.budget is not None else "",
            r.expected_date.isoformat() if r.expected_date else "",
            f"{r.created_at:%Y-%m-%d} {r.created_by}",
            r.note,
        ]

    def make_dialog(self, intention: IntentionView | None) -> IntentionDialog:
        assert self.detail is not None
        return IntentionDialog(self._services, self._actor, self.detail.id, intention, self)

    def delete(self) -> None:
        intention: IntentionView | None = self.selected_record()
        if intention is None or not self._confirm(
            self.tr("Delete the purchase intention for {product}?").format(
                product=intention.product
            )
        ):
            return
        try:
            self._services.customer_notes.delete_intention(self._actor, intention.id)
        except ServiceError as exc:
            show_error(self, exc)
        self.changed.emit()


class MemosTab(_RecordsTab):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(
            [self.tr("Written"), self.tr("By"), self.tr("Memo")],
            actor.can("memo.manage"),
            parent,
        )
        self.setObjectName("memosTab")
        self._services = services
        self._actor = actor

    def records(self, detail: CustomerDetail) -> list[MemoView]:
        return sorted(detail.memos, key=lambda m: (m.created_at, m.id), reverse=True)

    def cells(self, m: MemoView) -> list[str]:
        written = f"{m.created_at:%Y-%m-%d %H:%M}"
        if m.updated_at:
            written = self.tr("{time} (changed {changed})").format(
                time=written, changed=f"{m.updated_at:%Y-%m-%d}"
            )
        return [written, m.created_by, m.text]

    def make_dialog(self, memo: MemoView | None) -> MemoDialog:
        assert self.detail is not None
        return MemoDialog(self._services, self._actor, self.detail.id, memo, self)

    def delete(self) -> None:
        memo: MemoView | None = self.selected_record()
        if memo is None or not self._confirm(self.tr("Delete this memo?")):
            return
        try:
            self._services.customer_notes.delete_memo(self._actor, memo.id)
        except ServiceError as exc:
            show_error(self, exc)
        self.changed.emit()


class IntentionDialog(EditorDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        customer_id: int,
        intention: IntentionView | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._customer_id = customer_id
        self._intention = intention
        self.setWindowTitle(
            self.tr("New purchase intention")
            if intention is None
            else self.tr("Purchase intention")
        )
        self.product = QLineEdit(intention.product if intention else "")
        self.budget = QLineEdit(
            f"{intention.budget}" if intention and intention.budget is not None else ""
        )
        self.budget.setPlaceholderText(self.tr("e.g. 3500"))
        self.expected = DateInput("intentionExpected")  # empty: no date in mind
        today = services.clock().date()
        self.expected.set_value(
            intention.expected_date if intention else None, today + dt.timedelta(days=30)
        )
        self.note = QPlainTextEdit(intention.note if intention else "")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(80)

        form = QFormLayout()
        general = error_label("intentionError")
        self.errors = FieldErrors(general)
        self.errors.add_field_row(form, self.tr("&Product:"), "product", self.product)
        self.errors.add_field_row(form, self.tr("&Budget (¥):"), "budget", self.budget)
        self.errors.add_field_row(form, self.tr("&Expected by:"), "expected_date", self.expected)
        self.errors.add_field_row(form, self.tr("&Note:"), "note", self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def save(self) -> None:
        text = self.budget.text().strip().replace(",", "").replace("¥", "")
        try:
            budget = Decimal(text) if text else None
        except InvalidOperation:
            self.errors.show_text("budget", self.tr("A budget is an amount such as 3500."))
            return
        notes = self._services.customer_notes
        try:
            expected = self.expected.read("expected_date")
            if self._intention is None:
                notes.add_intention(
                    self._actor,
                    self._customer_id,
                    self.product.text(),
                    budget,
                    expected,
                    self.note.toPlainText(),
                )
            else:
                notes.update_intention(
                    self._actor,
                    self._intention.id,
                    self.product.text(),
                    budget,
                    expected,
                    self.note.toPlainText(),
                    version=self._intention.version,
                )
        except StaleRecord as exc:
            self.show_conflict(exc, self._services.clock().date())
            return
        except ServiceError as exc:
            self.errors.show(exc)
            return
        self.accept()

    def opened_record(self) -> IntentionView | None:
        return self._intention

    def conflict_fields(self) -> list[ConflictField]:
        fields = (
            (self.tr("&Product:"), lambda i: i.product),
            (self.tr("&Budget (¥):"), lambda i: "" if i.budget is None else f"{i.budget}"),
            (
                self.tr("&Expected by:"),
                lambda i: i.expected_date.isoformat() if i.expected_date else "",
            ),
            (self.tr("&Note:"), lambda i: i.note),
        )
        return [ConflictField(field_label(label), text) for label, text in fields]

    def reload_record(self, current: object) -> None:
        assert isinstance(current, IntentionView)
        self._intention = current
        self.errors.clear()
        self.product.setText(current.product)
        self.budget.setText("" if current.budget is None else f"{current.budget}")
        self.expected.set_value(current.expected_date, self._services.clock().date())
        self.note.setPlainText(current.note)


class MemoDialog(EditorDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        customer_id: int,
        memo: MemoView | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._customer_id = customer_id
        self._memo = memo
        self.setWindowTitle(self.tr("New memo") if memo is None else self.tr("Memo"))
        self.text = QPlainTextEdit(memo.text if memo else "")
        self.text.setTabChangesFocus(True)
        general = error_label("memoError")
        self.errors = FieldErrors(general, {"text": (None, self.text)})
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        caption = QLabel(self.tr("&Memo:"))
        caption.setBuddy(self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.text)
        layout.addWidget(general)
        layout.addWidget(buttons)
        self.resize(460, 260)

    def save(self) -> None:
        notes = self._services.customer_notes
        try:
            if self._memo is None:
                notes.add_memo(self._actor, self._customer_id, self.text.toPlainText())
            else:
                notes.update_memo(
                    self._actor,
                    self._memo.id,
                    self.text.toPlainText(),
                    version=self._memo.version,
                )
        except StaleRecord as exc:
            self.show_conflict(exc, self._services.clock().date())
            return
        except ServiceError as exc:
            self.errors.show(exc)
            return
        self.accept()

    def opened_record(self) -> MemoView | None:
        return self._memo

    def conflict_fields(self) -> list[ConflictField]:
        return [ConflictField(field_label(self.tr("&Memo:")), lambda m: m.text)]

    def reload_record(self, current: object) -> None:
        assert isinstance(current, MemoView)
        self._memo = current
        self.errors.clear()
        self.text.setPlainText(current.text)
