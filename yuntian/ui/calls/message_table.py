"""The table view the messages page and the customer card's messages tab share."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from yuntian.services.calls.call_types import MessageView
from yuntian.ui.calls.message_list_model import (
    CUSTOMER,
    FROM,
    TEXT,
    TIME,
    MessageListModel,
)
from yuntian.ui.common.list_table import ListTable

COLUMN_SAMPLES = {TIME: "2026-11-27 23:59", FROM: "欧阳明月 138 0013 8000", CUSTOMER: "欧阳明月"}


class MessageTable(ListTable):
    def __init__(self, model: MessageListModel, parent: QWidget | None = None) -> None:
        # The message takes what the others leave (and never less than a readable width).
        super().__init__(model, parent, stretch=TEXT, samples=COLUMN_SAMPLES)
        self.list_model = model

    def selected(self) -> list[MessageView]:
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [m for row in rows if (m := self.list_model.message(row)) is not None]

    def current(self) -> MessageView | None:
        chosen = self.selected()
        index = self.currentIndex()
        current = self.list_model.message(index.row()) if index.isValid() else None
        if current is not None and current in chosen:
            return current
        return chosen[0] if chosen else None

    def select_message(self, message_id: int) -> bool:
        row = self.list_model.row_of(message_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0
