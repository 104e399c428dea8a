"""What the catalogue tabs of the settings dialog (product models, sales units) share: a table
of records with Add / Edit / Delete beside it, each action saved at once through the service
(like the option lists tab; the dialog's OK / Apply do not apply here).

Records are edited in small window-modal dialogs and questions are asked in window-modal message
boxes; both are kept on the page while open, so tests can reach them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.common.record_versions import StaleRecord
from yuntian.ui.common.checked_dialog import CheckedDialog
from yuntian.ui.common.field_errors import FieldErrors, error_label, hint_label
from yuntian.ui.common.record_tables import record_table, selected_row, side_button

ID_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RecordListPage(QWidget):
    """Subclasses fill ``top`` (widgets above the table), implement ``reload``, ``_add``,
    ``_edit`` and ``_delete``, and call ``_lay_out`` at the end of their constructor."""

    def __init__(
        self,
        name: str,
        actor: Actor,
        headers: Sequence[str],
        stretch: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._actor = actor
        # The open record dialog or question (window-modal, one at a time).
        self.dialog: QDialog | None = None
        self.question: QMessageBox | None = None

        self.banner = error_label("error_banner", self, banner=True)
        self.errors = FieldErrors(self.banner)  # every refusal here is about the list: the banner
        self.table = record_table("records", list(headers), stretch)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.itemDoubleClicked.connect(lambda _item: self._edit())
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.top = QHBoxLayout()

        self.add_action = self._action(
            "add", self.tr("&Add…"), self.tr("Add (Ins, Ctrl+N)"), self._add, self,
            QKeySequence(Qt.Key.Key_Insert), QKeySequence(QKeySequence.StandardKey.New),
        )  # fmt: skip
        # Enter and Del only in the table: the filter box and the dialog's OK keep theirs.
        self.edit_action = self._action(
            "edit", self.tr("&Edit…"), self.tr("Edit (Enter, F2, double-click)"), self._edit,
            self.table, QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter),
            QKeySequence(Qt.Key.Key_F2),
        )  # fmt: skip
        self.delete_action = self._action(
            "delete", self.tr("&Delete…"), self.tr("Delete (Del)"), self._delete, self.table,
            QKeySequence(QKeySequence.StandardKey.Delete),
        )  # fmt: skip
        self.add_button = self._button(self.add_action)
        self.edit_button = self._button(self.edit_action)
        self.delete_button = self._button(self.delete_action)

    # --- building ---------------------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        tip: str,
        slot: Callable[[], None],
        owner: QWidget,
        *keys: QKeySequence,
    ) -> QAction:
        action = QAction(text, owner)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setShortcuts(list(keys))
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
            if owner is self
            else Qt.ShortcutContext.WidgetShortcut
        )
        action.triggered.connect(lambda _checked=False: slot())
        owner.addAction(action)
        return action

    def _button(self, action: QAction) -> QPushButton:
        button = side_button(f"button_{action.objectName()}", action.text(), action.trigger)
        button.setToolTip(action.toolTip())
        action.enabledChanged.connect(button.setEnabled)
        return button

    def _lay_out(self, hint: str, more: Sequence[QPushButton] = ()) -> None:
        """``more``: further buttons under Add / Edit / Delete."""
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, *more):
            buttons.addWidget(button)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.table, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        if self.top.count():
            layout.addLayout(self.top)
        layout.addLayout(body, 1)
        layout.addWidget(hint_label(hint))
        self._update_actions()

    # --- the table --------------------------------------------------------------------

    def fill(
        self,
        rows: Sequence[tuple[int, Sequence[str], bool]],
        select_id: int | None = None,
        right: Sequence[int] = (),
    ) -> None:
        """Redraw every row: (record id, cells, greyed). The record selected before (or
        ``select_id``) stays selected; when it is gone, the row where it was."""
        previous = selected_row(self.table)
        if select_id is None:
            select_id = self.current_id()
        grey = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        self.table.setRowCount(0)
        self.table.setRowCount(len(rows))
        for row, (record_id, cells, greyed) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, record_id)
                if column in right:
                    item.setTextAlignment(RIGHT)
                if greyed:
                    item.setForeground(grey)
                self.table.setItem(row, column, item)
        ids = [record_id for record_id, _cells, _greyed in rows]
        if select_id in ids:
            self.table.selectRow(ids.index(select_id))
        elif rows:
            self.table.selectRow(min(max(previous, 0), len(rows) - 1))
        self._update_actions()

    def current_id(self) -> int | None:
        row = selected_row(self.table)
        item = self.table.item(row, 0) if row >= 0 else None
        return None if item is None else item.data(ID_ROLE)

    def _update_actions(self) -> None:
        has = self.current_id() is not None
        self.edit_action.setEnabled(has)
        self.delete_action.setEnabled(has)

    # --- actions ----------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        raise NotImplementedError

    def _add(self) -> None:
        raise NotImplementedError

    def _edit(self) -> None:
        raise NotImplementedError

    def _delete(self) -> None:
        raise NotImplementedError

    def _run(self, call: Callable[..., object], *args: object) -> object | None:
        """One service call with the page's actor; a refusal is shown above the table and
        gives None."""
        self.errors.clear()
        try:
            result = call(self._actor, *args)
        except ServiceError as exc:
            self.errors.show(exc)
            return None
        return True if result is None else result

    def _open_dialog(self, dialog: QDialog, stored: Callable[[], int | None]) -> None:
        """Show a record dialog; once it has stored the record, redraw with ``stored()``'s
        record selected."""
        self.errors.clear()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._after_dialog(stored()))
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _after_dialog(self, record_id: int | None) -> None:
        self.reload(record_id)
        self.table.setFocus()

    def _forget(self, widget: QWidget) -> None:
        if self.dialog is widget:
            self.dialog = None
        if self.question is widget:
            self.question = None

    def ask(self, name: str, title: str, text: str, yes: str, on_yes: Callable[[], None]) -> None:
        """A window-modal question; ``yes`` names the button that calls ``on_yes``."""
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self
        )
        box.setObjectName(name)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        yes_button.setObjectName("yes")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes_button)
        # Forgotten first: ``on_yes`` may open the next question.
        box.finished.connect(lambda _result: self._forget(box))
        box.finished.connect(
            lambda _result: on_yes() if box.clickedButton() is yes_button else None
        )
        self.question = box
        box.open()


class RecordDialog(CheckedDialog):
    """A record editor whose ``check`` stores the record through the service: any refusal
    (not only bad input: no permission, deleted on another PC) keeps the dialog open with
    the message, under the field it names or above the buttons."""

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.check()
        except StaleRecord as exc:  # saved on another PC since: what changed, reload
            self.show_conflict(exc)
            return
        except ServiceError as exc:
            self.errors.show(exc)
            self.adjustSize()  # room for the wrapped message
            return
        QDialog.accept(self)
