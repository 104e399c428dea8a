"""The messages page (留言): open messages first, who they are for, and dealing with them.

Shows the open messages by default (or the handled ones, or all), for everyone or for the
signed-in user (theirs and those for anyone). Marking handled, editing and deleting change
the rows in place and announce it on the change bus (the status bar's count follows);
``messages_changed`` tells whoever opened the page.
"""

from __future__ import annotations

from functools import partial
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.calls.call_types import MessageView
from yuntian.services.common.changes import Area
from yuntian.services.common.errors import NotFound, ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.ui.calls.message_dialog import MessageDialog
from yuntian.ui.calls.message_list_model import HANDLED as HANDLED_COLUMN
from yuntian.ui.calls.message_list_model import (
    HANDLED_ONLY,
    OPEN,
    MessageFetch,
    MessageListModel,
    list_fetch,
)
from yuntian.ui.calls.message_table import MessageTable
from yuntian.ui.common.change_watch import watch_changes
from yuntian.ui.common.message_boxes import ask_yes_no, show_error
from yuntian.ui.common.page_actions import page_action, text_toolbar
from yuntian.ui.common.phone_display import phone_text
from yuntian.ui.common.styles import ERROR_STYLE, HINT_STYLE

EVERYONE, MINE = range(2)
PAGE_SIZE = 100  # a screenful or four; a page of 200 took ~60 ms at 200,000 messages


class MessagesPage(QWidget):
    """``messages_changed()`` after this page added, changed or deleted messages."""

    messages_changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.setObjectName("messagesPage")

        self.show_filter = QComboBox()
        self.show_filter.setObjectName("messageShow")
        self.show_filter.addItems([self.tr("Open"), self.tr("Handled"), self.tr("All")])
        self.for_filter = QComboBox()
        self.for_filter.setObjectName("messageFor")
        self.for_filter.addItems([self.tr("Everyone's"), self.tr("For me")])
        self.for_filter.setToolTip(self.tr("For me: those for you and those for anyone"))

        self.model = MessageListModel(PAGE_SIZE, parent=self)
        self.table = MessageTable(self.model)
        self.table.setObjectName("messageTable")
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.preview = QLabel()
        self.preview.setObjectName("messagePreview")
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setMargin(6)
        self.status = QLabel()
        self.status.setObjectName("messageStatus")
        self._build_actions()

        filters = QHBoxLayout()
        for text, combo in (
            (self.tr("&Show:"), self.show_filter),
            (self.tr("F&or:"), self.for_filter),
        ):
            caption = QLabel(text)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.toolbar)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

        self.show_filter.currentIndexChanged.connect(self.reload)
        self.for_filter.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._update_status)
        self.model.rowsInserted.connect(self._update_status)
        self.model.rowsRemoved.connect(self._update_status)
        self.setTabOrder(self.show_filter, self.for_filter)
        self.setTabOrder(self.for_filter, self.table)
        self.refresh()
        self._fresh = True  # read just now: the first showing need not read again
        watch_changes(self, services.changes, (Area.MESSAGES, Area.CUSTOMERS))

    # --- actions ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        make = partial(page_action, self, self.table)
        self.new_action = make(
            self.tr("&New message…"), self.new_message, [QKeySequence.StandardKey.New]
        )
        self.new_action.setToolTip(self.tr("Take a new message (Ctrl+N)"))
        self.edit_action = make(
            self.tr("&Edit…"), self.edit_current, [Qt.Key.Key_Return, Qt.Key.Key_Enter],
            on_table=True,
        )  # fmt: skip
        self.edit_action.setToolTip(self.tr("Change the chosen message (Enter)"))
        self.edit_action.setVisible(self._actor.can("message.edit"))
        self.handled_action = make(self.tr("Mark &handled"), self.toggle_handled, ["Ctrl+D"])
        self.delete_action = make(
            self.tr("&Delete…"), self.delete_selected, [QKeySequence.StandardKey.Delete],
            on_table=True,
        )  # fmt: skip
        self.delete_action.setToolTip(self.tr("Delete the chosen messages (Del)"))
        self.delete_action.setVisible(self._actor.can("message.delete"))
        self.customer_action = make(self.tr("Open &customer"), self.open_customer, ["Ctrl+O"])
        self.customer_action.setToolTip(self.tr("Show the card of the message's customer (Ctrl+O)"))
        self._list_actions = (
            self.new_action,
            self.edit_action,
            self.handled_action,
            self.delete_action,
            self.customer_action,
        )
        self.toolbar = text_toolbar(self._list_actions)
        self._update_actions()

    # --- loading ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the messages again from the top, keeping the filters and the chosen row."""
        current = self.table.current()
        self.reload()
        if current is not None:
            self.table.select_message(current.id)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Coming back to the page: messages taken meanwhile (card, pop-up, other PCs) appear.
        if not self._fresh:
            self.refresh()
        self._fresh = False

    def reload(self) -> None:
        self.table.setColumnHidden(HANDLED_COLUMN, self.show_filter.currentIndex() == OPEN)
        self.model.set_fetch(self._fetch())
        if self.model.rowCount():
            self.table.select_row(0)
        self._selection_changed()

    def _fetch(self) -> MessageFetch:
        mine = self.for_filter.currentIndex() == MINE
        return list_fetch(
            self._services.messages,
            self._actor,
            self.show_filter.currentIndex(),
            self._actor.user_id if mine else None,
        )

    def _fits(self, message: MessageView) -> bool:
        show = self.show_filter.currentIndex()
        if (show == OPEN and message.handled) or (show == HANDLED_ONLY and not message.handled):
            return False
        mine = self.for_filter.currentIndex() == MINE
        return not mine or message.for_user_id in (None, self._actor.user_id)

    # --- selection ------------------------------------------------------------------

    def _selection_changed(self, *_args) -> None:
        self._update_actions()
        self._update_preview()
        self._update_status()

    def _update_actions(self) -> None:
        chosen = self.table.selected()
        one = self.table.current() if len(chosen) == 1 else None
        self.edit_action.setEnabled(one is not None and self._actor.can("message.edit"))
        self.delete_action.setEnabled(bool(chosen) and self._actor.can("message.delete"))
        self.handled_action.setEnabled(bool(chosen))
        reopen = bool(chosen) and all(m.handled for m in chosen)
        self.handled_action.setText(self.tr("&Reopen") if reopen else self.tr("Mark &handled"))
        self.handled_action.setToolTip(
            self.tr("Open the chosen messages again (Ctrl+D)")
            if reopen
            else self.tr("Mark the chosen messages as dealt with (Ctrl+D)")
        )
        current = self.table.current()
        self.customer_action.setEnabled(current is not None and current.customer_id is not None)

    def _update_preview(self) -> None:
        m = self.table.current()
        if m is None:
            self.preview.setText("")
            return
        who = " ".join(part for part in (m.caller_name, phone_text(m.number)) if part) or self.tr(
            "Unknown"
        )
        lines = [
            self.tr("<b>{who}</b> for {whom}, {time}, taken by {user}").format(
                who=escape(who),
                whom=escape(m.for_user_name or self.tr("anyone")),
                time=f"{m.created_at:%Y-%m-%d %H:%M}",
                user=escape(m.created_by or "—"),
            ),
            escape(m.text).replace("\n", "<br>"),
        ]
        if m.callback_wanted:
            lines.append(self.tr("Call back wanted."))
        if m.handled:
            lines.append(
                self.tr("Handled by {user} at {time}.").format(
                    user=escape(m.handled_by or "—"),
                    time=f"{m.handled_at:%Y-%m-%d %H:%M}" if m.handled_at else "",
                )
            )
        self.preview.setText("<br>".join(lines))

    def _update_status(self, *_args) -> None:
        if self.model.last_error:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.model.last_error)
            return
        self.status.setStyleSheet(HINT_STYLE)
        rows = self.model.rowCount()
        if self.model.canFetchMore():
            text = self.tr("Messages shown: {n}; scroll down for older ones.").format(n=rows)
        elif rows == 0:
            text = (
                self.tr("No open messages.")
                if self.show_filter.currentIndex() == OPEN
                else self.tr("No messages.")
            )
        elif self.show_filter.currentIndex() == OPEN:
            text = self.tr("Open messages: {n}").format(n=rows)
        else:
            text = self.tr("Messages: {n}").format(n=rows)
        self.status.setText(text)

    # --- commands --------------------------------------------------------------------

    def make_dialog(self, message: MessageView | None = None) -> MessageDialog:
        return MessageDialog(self._services, self._actor, message=message, parent=self)

    def new_message(self) -> None:
        dialog = self.make_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.reload()
            self.table.select_message(dialog.saved.id)
            self.messages_changed.emit()
        dialog.deleteLater()

    def edit_current(self) -> None:
        message = self.table.current()
        if message is None or not self._actor.can("message.edit"):
            return
        try:
            message = self._services.messages.get(self._actor, message.id)  # as it is now
        except NotFound:
            self.model.remove_ids([message.id])
            return
        dialog = self.make_dialog(message)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.model.replace(dialog.saved)
            self._selection_changed()
            self.messages_changed.emit()
        dialog.deleteLater()

    def toggle_handled(self) -> None:
        chosen = self.table.selected()
        if not chosen:
            return
        handled = not all(m.handled for m in chosen)
        ids = [m.id for m in chosen]
        try:
            self._services.messages.mark_handled(self._actor, ids, handled)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self._show_as_stored(ids)
        self.messages_changed.emit()

    def delete_selected(self) -> None:
        chosen = self.table.selected()
        if not chosen or not self._actor.can("message.delete"):
            return
        if not self._confirm_delete(chosen):
            return
        try:
            self._services.messages.delete(self._actor, [m.id for m in chosen])
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.model.remove_ids(m.id for m in chosen)
        self._selection_changed()
        self.messages_changed.emit()

    def open_customer(self) -> None:
        message = self.table.current()
        if message is None or message.customer_id is None:
            return
        from yuntian.ui.customers.customer_card import CustomerCardDialog

        dialog = CustomerCardDialog(self._services, self._actor, message.customer_id, self)
        dialog.card.messages.messages_changed.connect(self._card_changed)
        dialog.exec()
        dialog.deleteLater()

    def _card_changed(self) -> None:
        self.refresh()
        self.messages_changed.emit()

    def _show_as_stored(self, ids: list[int]) -> None:
        """Rows that still fit the filter show their new state; the others leave."""
        gone = []
        for message_id in ids:
            try:
                message = self._services.messages.get(self._actor, message_id)
            except NotFound:
                gone.append(message_id)
                continue
            if self._fits(message):
                self.model.replace(message)
            else:
                gone.append(message_id)
        row = self.table.currentIndex().row()
        self.model.remove_ids(gone)
        if gone and self.model.rowCount():
            self.table.select_row(min(max(row, 0), self.model.rowCount() - 1))
        self._selection_changed()

    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        for action in self._list_actions:
            if action.isVisible():
                menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # --- questions (tests replace these) ---------------------------------------------

    def _confirm_delete(self, chosen: list[MessageView]) -> bool:
        if len(chosen) == 1:
            m = chosen[0]
            who = m.caller_name or phone_text(m.number) or self.tr("an unknown caller")
            text = self.tr("Delete the message from {who}?").format(who=who)
        else:
            text = self.tr("Delete {n} messages?").format(n=len(chosen))
        return ask_yes_no(self, self.tr("Delete messages"), text)

    # --- snapshots -------------------------------------------------------------------

    def snapshot_dialogs(self) -> list[tuple[str, QDialog]]:
        dialogs: list[tuple[str, QDialog]] = [("new", self.make_dialog())]
        current = self.table.current()
        if current is not None and self._actor.can("message.edit"):
            dialogs.append(("edit", self.make_dialog(current)))
        return dialogs
