"""Pick one customer with the search box (e.g. to file a caller's number under them)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.phone_display import phone_text
from yuntian.ui.common.styles import HINT_STYLE

SEARCH_DELAY_MS = 200  # typing pauses shorter than this do not search
LIMIT = 30


class CustomerPicker(QDialog):
    """``chosen_id`` holds the customer once the dialog was accepted."""

    def __init__(
        self, services: Services, actor: Actor, prompt: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerPicker")
        self.setWindowTitle(self.tr("Choose a customer"))
        self._services = services
        self._actor = actor
        self.chosen_id: int | None = None
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("pickerSearch")
        self.search.setPlaceholderText(self.tr("Name, pinyin initials, code, phone or address"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("pickerResults")
        self.results.itemActivated.connect(lambda _item: self.accept())
        self.status = QLabel()
        self.status.setStyleSheet(HINT_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._enter)
        self.results.currentItemChanged.connect(lambda *_: self._update_ok())
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(480, 420)
        self._update_ok()

    def run_search(self) -> None:
        self._timer.stop()
        self.results.clear()
        text = self.search.text().strip()
        if not text:
            self.status.clear()
            self._update_ok()
            return
        try:
            page = self._services.customer_search.search(self._actor, text, limit=LIMIT)
        except ServiceError as exc:
            self.status.setText(error_text(exc))
            return
        for hit in page.hits:
            row = hit.row
            parts = [f"{row.name} ({row.code})", phone_text(row.phone), row.address]
            item = QListWidgetItem(" · ".join(p for p in parts if p))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if page.hits:
            self.results.setCurrentRow(0)
            self.status.setText(
                self.tr("More customers match: type more to narrow the list.") if page.more else ""
            )
        else:
            self.status.setText(self.tr("No customer found."))
        self._update_ok()

    def accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen_id = int(item.data(Qt.ItemDataRole.UserRole))
        super().accept()

    def _enter(self) -> None:
        if self._timer.isActive() or not self.results.count():
            self.run_search()
        else:
            self.accept()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.results.currentItem() is not None)
