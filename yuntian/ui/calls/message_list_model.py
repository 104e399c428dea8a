"""Messages (留言) as a lazily paged table model, shared by the messages page and the card tab.

Pages are keyed on the last row's ``MessageKey`` (newest first), so scrolling through years of
handled messages never reads a whole table. Rows can be replaced or dropped in place after an
edit, so a change does not throw the user back to the top of a long list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from yuntian.services.calls.call_types import MessageKey, MessageView
from yuntian.services.calls.messages import MessageService
from yuntian.services.common.permissions import Actor
from yuntian.ui.common.keyed_paging import GrowingListModel
from yuntian.ui.common.phone_display import phone_text

# fetch(after, limit) -> (the next page newest first, whether more may follow)
MessageFetch = Callable[[MessageKey | None, int], tuple[list[MessageView], bool]]

TIME, FROM, CUSTOMER, FOR, TEXT, CALLBACK, HANDLED = range(7)
COLUMNS = 7
OPEN, HANDLED_ONLY, ALL = range(3)  # which messages a list shows
HANDLED_PAGES = 5  # "handled only" skips open rows; this many pages at most per fetch
_ROOT = QModelIndex()


def list_fetch(
    messages: MessageService, actor: Actor, show: int, for_user_id: int | None
) -> MessageFetch:
    """Pages of ``messages.list``: OPEN, HANDLED_ONLY or ALL, for one user (and anyone) or
    for everyone (``for_user_id`` None)."""

    def fetch(after: MessageKey | None, limit: int) -> tuple[list[MessageView], bool]:
        rows = messages.list(actor, show == OPEN, for_user_id, after, limit)
        more = len(rows) == limit
        if show != HANDLED_ONLY:
            return rows, more
        # The service lists open or all; handled ones are all but the (few) open ones.
        found = [m for m in rows if m.handled]
        for _ in range(HANDLED_PAGES):
            if found or not more:
                break
            rows = messages.list(actor, False, for_user_id, rows[-1].key, limit)
            more = len(rows) == limit
            found = [m for m in rows if m.handled]
        # Nothing handled in HANDLED_PAGES full pages: stop rather than read on forever.
        return found, more and bool(found)

    return fetch


def first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


class MessageListModel(GrowingListModel):
    """Newest messages first; more load as the view scrolls. Open messages are bold."""

    def _read(
        self, fetch: MessageFetch, last: MessageView | None, limit: int
    ) -> tuple[list[MessageView], bool]:
        return fetch(None if last is None else last.key, limit)

    # --- rows ------------------------------------------------------------------------

    def message(self, row: int) -> MessageView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, message_id: int) -> int:
        return next((i for i, m in enumerate(self._rows) if m.id == message_id), -1)

    def replace(self, message: MessageView) -> None:
        """Show a message as it is now (after an edit or marking it handled)."""
        row = self.row_of(message.id)
        if row >= 0:
            self._rows[row] = message
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))

    def remove_ids(self, ids: Iterable[int]) -> None:
        """Drop rows (deleted, or no longer matching the filter) without reloading."""
        gone = set(ids)
        for row in range(len(self._rows) - 1, -1, -1):
            if self._rows[row].id in gone:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()

    # --- QAbstractTableModel ---------------------------------------------------------

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(m, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TEXT:
                return m.text
            if column == HANDLED and m.handled:
                return self._text(m, column)
            return None
        if role == Qt.ItemDataRole.FontRole and not m.handled:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and m.handled:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.UserRole:
            return m.id
        return None

    def _text(self, m: MessageView, column: int) -> str:
        if column == TIME:
            return f"{m.created_at:%Y-%m-%d %H:%M}"
        if column == FROM:
            return " ".join(part for part in (m.caller_name, phone_text(m.number)) if part)
        if column == CUSTOMER:
            return f"{m.customer_name} ({m.customer_code})" if m.customer_id else ""
        if column == FOR:
            return m.for_user_name or self.tr("Anyone")
        if column == TEXT:
            return first_line(m.text)
        if column == CALLBACK:
            return self.tr("Call back") if m.callback_wanted else ""
        if column == HANDLED and m.handled:
            when = f"{m.handled_at:%Y-%m-%d %H:%M}" if m.handled_at else ""
            return " ".join(part for part in (m.handled_by, when) if part) or self.tr("Handled")
        return ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Time"),
            self.tr("From"),
            self.tr("Customer"),
            self.tr("For"),
            self.tr("Message"),
            self.tr("Call back?"),
            self.tr("Handled"),
        )
        return titles[section] if 0 <= section < len(titles) else None
