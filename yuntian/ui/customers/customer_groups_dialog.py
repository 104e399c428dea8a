"""The customer group manager (客户组): list with member counts; add, rename (F2), delete (Del)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_types import GroupView
from yuntian.ui.common.background import run_in_background
from yuntian.ui.common.field_errors import FieldErrors, error_label, hint_label

NAME, MEMBERS = range(2)


class CustomerGroupsDialog(QDialog):
    """``changed`` is True once a group was added, renamed or deleted (the list reloads)."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.groups: list[GroupView] = []
        self.changed = False
        self.loading = False
        self._generation = 0
        self.setObjectName("customerGroupsDialog")
        self.setWindowTitle(self.tr("Customer groups"))

        self.table = QTableWidget(0, 2)
        self.table.setObjectName("groupsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Customers")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MEMBERS, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.rename())
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("&New…"))
        self.add_button.setToolTip(self.tr("Add a group (Ins)"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.rename_button.setToolTip(self.tr("Rename the group (F2)"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(
            self.tr("Delete the group; its customers move to no group (Del)")
        )
        self.add_button.setVisible(actor.can("customer.edit"))
        self.rename_button.setVisible(actor.can("customer_group.rename"))
        self.delete_button.setVisible(actor.can("customer_group.delete"))
        for button, slot in (
            (self.add_button, self.add),
            (self.rename_button, self.rename),
            (self.delete_button, self.delete),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        for keys, slot in (
            ((QKeySequence(Qt.Key.Key_Insert), QKeySequence.StandardKey.New), self.add),
            ((QKeySequence(Qt.Key.Key_F2),), self.rename),
            ((QKeySequence(QKeySequence.StandardKey.Delete),), self.delete),
        ):
            action = QAction(self.table)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # keys of the list
            action.triggered.connect(slot)
            self.table.addAction(action)

        side = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)

        self.error = error_label("groupsError")
        self.errors = FieldErrors(self.error)
        self.notice = hint_label("")
        self.notice.setObjectName("groupsNotice")
        self.notice.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self.refresh()

    # --- data ------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        """List the groups again, off the GUI thread (counting members scans the customers)."""
        if select_id is None and (current := self.selected()) is not None:
            select_id = current.id
        self._generation += 1
        generation = self._generation
        self.loading = True
        groups, actor = self._services.customer_groups, self._actor
        run_in_background(
            self,
            lambda: groups.list_groups(actor),
            lambda found: self._loaded(generation, found, select_id),
            lambda exc: self._failed(generation, exc),
        )

    def _loaded(self, generation: int, groups: list[GroupView], select_id: int | None) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.groups = groups
        locale = QLocale()
        self.table.setRowCount(len(self.groups))
        for row, group in enumerate(self.groups):
            self.table.setItem(row, NAME, QTableWidgetItem(group.name))
            count = QTableWidgetItem(locale.toString(group.customer_count))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, MEMBERS, count)
        rows = [r for r, g in enumerate(self.groups) if g.id == select_id]
        if rows:
            self.table.selectRow(rows[0])
        elif self.groups:
            self.table.selectRow(0)
        self._update_buttons()

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.loading = False
        if isinstance(exc, ServiceError):
            self.errors.show(exc)
        else:
            self.errors.show_text(None, str(exc))

    def selected(self) -> GroupView | None:
        row = self.table.currentRow()
        if not self.table.selectionModel().hasSelection() or not 0 <= row < len(self.groups):
            return None
        return self.groups[row]

    def select_group(self, name: str) -> None:
        for row, group in enumerate(self.groups):
            if group.name == name:
                self.table.selectRow(row)

    # --- actions ---------------------------------------------------------------------

    def add(self) -> None:
        if not self._actor.can("customer.edit"):
            return
        name = self._ask_name(self.tr("New customer group"), "")
        if name is None:
            return
        try:
            group = self._services.customer_groups.create_group(self._actor, name)
        except ServiceError as exc:
            self.errors.show(exc)
            return
        self._done(group.id)

    def rename(self) -> None:
        group = self.selected()
        if group is None or not self._actor.can("customer_group.rename"):
            return
        name = self._ask_name(self.tr("Rename customer group"), group.name)
        if name is None or name == group.name:
            return
        try:
            self._services.customer_groups.rename_group(self._actor, group.id, name)
        except ServiceError as exc:
            self.errors.show(exc)
            return
        self._done(group.id)

    def delete(self) -> None:
        group = self.selected()
        if group is None or not self._actor.can("customer_group.delete"):
            return
        if not self._confirm_delete(group):
            return
        try:
            moved = self._services.customer_groups.delete_group(self._actor, group.id)
        except ServiceError as exc:
            self.errors.show(exc)
            return
        self._done(None)
        self.notice.setText(
            self.tr("Group {name} deleted; {n} customers moved to no group.").format(
                name=group.name, n=QLocale().toString(moved)
            )
        )
        self.notice.setVisible(True)

    def _done(self, select_id: int | None) -> None:
        self.changed = True
        self.errors.clear()
        self.notice.setVisible(False)
        self.refresh(select_id)

    # --- questions (tests replace these) ---------------------------------------------

    def _ask_name(self, title: str, current: str) -> str | None:
        name, ok = QInputDialog.getText(self, title, self.tr("Group name:"), text=current)
        return name if ok else None

    def _confirm_delete(self, group: GroupView) -> bool:
        if group.customer_count:
            text = self.tr(
                "Delete the group {name}? Its {n} customers move to no group; "
                "nothing else about them changes."
            ).format(name=group.name, n=QLocale().toString(group.customer_count))
        else:
            text = self.tr("Delete the group {name}? It has no customers.").format(name=group.name)
        answer = QMessageBox.question(
            self,
            self.tr("Delete customer group"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.rename_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
