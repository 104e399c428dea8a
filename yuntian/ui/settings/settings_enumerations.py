"""The option lists tab (选项列表): the seven enumerations, each an ordered, renamable list.

Every action is saved at once through the service; the dialog's OK / Apply do not apply here.
Names are edited in place; the delegate hands the typed text to the page instead of writing it
into the list, so the list only ever shows what the database holds.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.settings.settings import ENUM_KINDS, SettingsService
from yuntian.ui.common.field_errors import FieldErrors, error_label, hint_label

ID_ROLE = Qt.ItemDataRole.UserRole
VERSION_ROLE = Qt.ItemDataRole.UserRole + 1  # the entry's version as listed (schema 12)


class _NameDelegate(QStyledItemDelegate):
    """In-place name editor that reports the typed name instead of storing it."""

    submitted = Signal(QModelIndex, str)

    def __init__(self, placeholder: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._placeholder = placeholder

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(64)
            editor.setPlaceholderText(self._placeholder)
        return editor

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            self.submitted.emit(index, editor.text())


class EnumerationsPage(QWidget):
    def __init__(
        self, settings: SettingsService, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enumerations")
        self._settings = settings
        self._actor = actor
        self._select_after_edit: int | None = None

        self.kinds = QListWidget()
        self.kinds.setObjectName("kinds")
        for kind, label in ENUM_KINDS.items():
            item = QListWidgetItem(QCoreApplication.translate("Enumerations", label))
            item.setData(ID_ROLE, kind)
            self.kinds.addItem(item)
        self.kinds.setMaximumWidth(240)

        self.entries = QListWidget()
        self.entries.setObjectName("entries")
        self.entries.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self._delegate = _NameDelegate(self.tr("Name of the new entry"), self.entries)
        self.entries.setItemDelegate(self._delegate)
        self._delegate.submitted.connect(self._submitted)
        # Connected after the view's own slot, so the editor is already closed when we reload.
        self._delegate.closeEditor.connect(self._editor_closed)

        banner = error_label("error_banner", self, banner=True)
        self.errors = FieldErrors(banner)  # every refusal here is about the list: the banner

        self.add_action = self._action(
            "add", self.tr("&Add"), self.tr("Add an entry (Ins, Ctrl+N)"), self._add,
            QKeySequence(Qt.Key.Key_Insert), QKeySequence(QKeySequence.StandardKey.New),
        )  # fmt: skip
        self.rename_action = self._action(
            "rename", self.tr("Re&name"), self.tr("Rename the entry (F2, double-click)"),
            self._rename, QKeySequence(Qt.Key.Key_F2),
        )  # fmt: skip
        self.remove_action = self._action(
            "remove", self.tr("&Remove"), self.tr("Remove the entry (Del)"), self._remove,
            QKeySequence(QKeySequence.StandardKey.Delete),
        )  # fmt: skip
        self.up_action = self._action(
            "up", self.tr("Move &up"), self.tr("Move the entry up (Ctrl+Up)"),
            lambda: self._move(-1), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Up),
        )  # fmt: skip
        self.down_action = self._action(
            "down", self.tr("Move &down"), self.tr("Move the entry down (Ctrl+Down)"),
            lambda: self._move(1), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Down),
        )  # fmt: skip

        buttons = QVBoxLayout()
        for action in self._actions():
            button = QPushButton(action.text())
            button.setObjectName(f"button_{action.objectName()}")
            button.setToolTip(action.toolTip())
            button.setAutoDefault(False)  # Enter stays with the dialog's default button
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.entries_title = QLabel()
        self.entries_title.setBuddy(self.entries)
        right = QVBoxLayout()
        right.addWidget(self.entries_title)
        right.addWidget(self.entries, 1)
        kinds_title = QLabel(self.tr("&Lists:"))
        kinds_title.setBuddy(self.kinds)
        left = QVBoxLayout()
        left.addWidget(kinds_title)
        left.addWidget(self.kinds, 1)
        lists = QHBoxLayout()
        lists.setSpacing(12)
        lists.addLayout(left, 2)
        lists.addLayout(right, 3)
        lists.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(banner)
        layout.addLayout(lists, 1)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Changes on this tab are saved at once. Ins or Ctrl+N adds an entry, F2 "
                    "renames it, Del removes it, Ctrl+Up and Ctrl+Down move it."
                )
            )
        )

        self.kinds.currentItemChanged.connect(lambda *_: self._show_kind())
        self.entries.currentItemChanged.connect(lambda *_: self._update_actions())
        self.kinds.setCurrentRow(0)

    # --- building ---------------------------------------------------------------------

    def _action(
        self, name: str, text: str, tip: str, slot: Callable[[], None], *keys: QKeySequence
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setShortcuts(list(keys))
        # Only while this tab has the focus; Del in the name editor still deletes characters.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _actions(self) -> list[QAction]:
        return [
            self.add_action,
            self.rename_action,
            self.remove_action,
            self.up_action,
            self.down_action,
        ]

    # --- state ------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        item = self.kinds.currentItem()
        return item.data(ID_ROLE) if item else next(iter(ENUM_KINDS))

    def _current_entry(self) -> QListWidgetItem | None:
        item = self.entries.currentItem()
        if item is None or item.data(ID_ROLE) is None:
            return None
        return item

    def _show_kind(self) -> None:
        self.errors.clear()
        label = QCoreApplication.translate("Enumerations", ENUM_KINDS[self.kind])
        self.entries_title.setText(self.tr("&Entries of {list}:").format(list=label))
        self._reload()

    def _reload(self, select_id: int | None = None) -> None:
        row = max(self.entries.currentRow(), 0)
        self.entries.clear()
        values = self._settings.enum_values(self.kind)
        for value in values:
            item = QListWidgetItem(value.name)
            item.setData(ID_ROLE, value.id)
            item.setData(VERSION_ROLE, value.version)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.entries.addItem(item)
        ids = [v.id for v in values]
        if select_id in ids:
            row = ids.index(select_id)
        if values:
            self.entries.setCurrentRow(min(row, len(values) - 1))
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.entries.currentRow()
        has = self._current_entry() is not None
        self.rename_action.setEnabled(has)
        self.remove_action.setEnabled(has)
        self.up_action.setEnabled(has and row > 0)
        self.down_action.setEnabled(has and row < self.entries.count() - 1)

    def _run(self, call: Callable[..., object], *args: object) -> bool:
        """One service call; a refusal is shown above the lists."""
        self.errors.clear()
        try:
            call(self._actor, *args)
        except ServiceError as exc:
            self.errors.show(exc)
            return False
        return True

    # --- actions ----------------------------------------------------------------------

    def _add(self) -> None:
        if self.entries.state() == QAbstractItemView.State.EditingState:
            return
        item = QListWidgetItem("")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.entries.addItem(item)  # a pending row: no id until the service has stored it
        self.entries.setCurrentItem(item)
        self.entries.setFocus()
        self.entries.editItem(item)

    def _rename(self) -> None:
        item = self._current_entry()
        if item is not None:
            self.entries.setFocus()
            self.entries.editItem(item)

    def _submitted(self, index: QModelIndex, text: str) -> None:
        item = self.entries.item(index.row())
        if item is None:
            return
        item_id = item.data(ID_ROLE)
        name = text.strip()
        if item_id is None:
            if name:  # an empty new entry is simply dropped
                self._run(self._add_value, name)
        elif name != item.text() and self._run(
            functools.partial(self._settings.rename_enum_value, version=item.data(VERSION_ROLE)),
            item_id,
            name,
        ):
            self._select_after_edit = item_id

    def _add_value(self, actor: Actor, name: str) -> None:
        self._select_after_edit = self._settings.add_enum_value(actor, self.kind, name).id

    def _editor_closed(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        select_id, self._select_after_edit = self._select_after_edit, None
        self._reload(select_id)

    def _remove(self) -> None:
        item = self._current_entry()
        if item is None:
            return
        label = QCoreApplication.translate("Enumerations", ENUM_KINDS[self.kind])
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove entry"),
            self.tr("Remove “{name}” from {list}?").format(name=item.text(), list=label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmRemove")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        if self._run(self._settings.remove_enum_value, item.data(ID_ROLE)):
            self._reload()

    def _move(self, offset: int) -> None:
        item = self._current_entry()
        if item is None:
            return
        item_id = item.data(ID_ROLE)
        if self._run(self._settings.move_enum_value, item_id, offset):
            self._reload(item_id)
