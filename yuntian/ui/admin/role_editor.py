"""The Roles tab of the user-management page: the role list and the permission checklist."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services import Services
from yuntian.services.admin.users import RoleInfo
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import PERMISSIONS, Actor
from yuntian.services.common.record_versions import StaleRecord
from yuntian.ui.common.conflict_dialog import ConflictField, field_label, open_conflict
from yuntian.ui.common.field_errors import FieldErrors, error_label
from yuntian.ui.common.i18n import permission_label
from yuntian.ui.common.message_boxes import show_error

GROUPS_CONTEXT = "PermissionGroups"

# How the checklist groups the permission codes; codes not listed land in "Other".
PERMISSION_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("PermissionGroups", "Customers"),
        (
            "customer.edit",
            "customer.delete",
            "customer_group.rename",
            "customer_group.delete",
            "data.import_export",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("PermissionGroups", "Calls & messages"),
        ("call_log.delete", "message.edit", "message.delete", "memo.manage"),
    ),
    (QT_TRANSLATE_NOOP("PermissionGroups", "Records"), ("record.edit", "record.delete")),
    (
        QT_TRANSLATE_NOOP("PermissionGroups", "Sales & service"),
        (
            "sales.process",
            "service.process",
            "complaint.process",
            "callback.process",
            "parts.manage",
            "points.manage",
        ),
    ),
    (QT_TRANSLATE_NOOP("PermissionGroups", "Audit & statistics"), ("audit.process", "stats.view")),
    (
        QT_TRANSLATE_NOOP("PermissionGroups", "Administration"),
        ("settings.manage", "users.manage"),
    ),
)
OTHER_GROUP = QT_TRANSLATE_NOOP("PermissionGroups", "Other")


def permission_groups() -> list[tuple[str, list[str]]]:
    """(translated group title, codes) for every code in PERMISSIONS, each code exactly once."""
    groups: list[tuple[str, list[str]]] = []
    seen: set[str] = set()
    for title, codes in PERMISSION_GROUPS:
        present = [c for c in codes if c in PERMISSIONS]
        seen.update(present)
        if present:
            groups.append((QCoreApplication.translate(GROUPS_CONTEXT, title), present))
    rest = [c for c in PERMISSIONS if c not in seen]
    if rest:
        groups.append((QCoreApplication.translate(GROUPS_CONTEXT, OTHER_GROUP), rest))
    return groups


class RoleEditor(QWidget):
    """Name, description and permissions of one role (or of a new one); Save applies them."""

    saved = Signal(object)  # the RoleInfo as stored
    dirtyChanged = Signal(bool)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._role: RoleInfo | None = None
        self._loaded: tuple[str, str, frozenset[str], bool] = ("", "", frozenset(), False)
        self._was_dirty = False

        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setMaxLength(64)
        self.description = QLineEdit()
        self.description.setMaxLength(255)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Description:"), self.description)
        self.service_work = QCheckBox(self.tr("Does service &work: its users are technicians"))
        self.service_work.setObjectName("roleServiceWork")
        self.service_work.setToolTip(
            self.tr(
                "The users with this role are offered when technicians are assigned to a "
                "service order, and their order list starts on their own orders."
            )
        )
        form.addRow("", self.service_work)

        self.boxes: dict[str, QCheckBox] = {}
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, (title, codes) in enumerate(permission_groups()):
            group = QGroupBox(title.replace("&", "&&"))  # "&" would be a mnemonic
            column = QVBoxLayout(group)
            for code in codes:
                box = QCheckBox(permission_label(code))
                box.setToolTip(code)
                box.toggled.connect(self._check_dirty)
                self.boxes[code] = box
                column.addWidget(box)
            column.addStretch(1)
            grid.addWidget(group, i // 2, i % 2)
        grid.setRowStretch(grid.rowCount(), 1)
        scroll = QScrollArea()
        scroll.setWidget(grid_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.viewport().setAutoFillBackground(False)
        grid_host.setAutoFillBackground(False)

        self.error = error_label("errorLabel")
        self.errors = FieldErrors(
            self.error, {"name": (None, self.name), "description": (None, self.description)}
        )
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the role (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Re&vert"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Permissions:")))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        save = QAction(self.tr("Save role"), self)
        save.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(self.save)
        self.addAction(save)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self.load(self._role))
        self.name.textChanged.connect(self._check_dirty)
        self.description.textChanged.connect(self._check_dirty)
        self.service_work.toggled.connect(self._check_dirty)
        self.load(None)

    def role(self) -> RoleInfo | None:
        return self._role

    def load(self, role: RoleInfo | None) -> None:
        """Show ``role``; None starts a new role."""
        self._role = role
        permissions = role.permissions if role else frozenset()
        self._loaded = (
            role.name if role else "",
            role.description if role else "",
            permissions,
            role.service_work if role else False,
        )
        widgets = (self.name, self.description, self.service_work, *self.boxes.values())
        for widget in widgets:
            widget.blockSignals(True)
        self.name.setText(self._loaded[0])
        self.description.setText(self._loaded[1])
        self.service_work.setChecked(self._loaded[3])
        for code, box in self.boxes.items():
            box.setChecked(code in permissions)
        for widget in widgets:
            widget.blockSignals(False)
        if role is None:
            self.title.setText(self.tr("New role"))
            self.info.setText(self.tr("Choose a name and the permissions, then save."))
        else:
            self.title.setText(role.name)
            count = self.tr("Users with this role: {n}.").format(n=role.user_count)
            if role.key:
                self.info.setText(
                    self.tr("{users} A preset role can be edited but not deleted.").format(
                        users=count
                    )
                )
            else:
                self.info.setText(count)
        self.errors.clear()
        self._check_dirty()

    def current_state(self) -> tuple[str, str, frozenset[str], bool]:
        checked = frozenset(code for code, box in self.boxes.items() if box.isChecked())
        name, description = self.name.text().strip(), self.description.text().strip()
        return name, description, checked, self.service_work.isChecked()

    def is_dirty(self) -> bool:
        return self.current_state() != self._loaded

    def save(self) -> bool:
        """Store the role through the service; on refusal show why and keep the edits."""
        name, description, permissions, service_work = self.current_state()
        try:
            stored = self._services.users.save_role(
                self._actor,
                self._role.id if self._role else None,
                name=name,
                description=description,
                permissions=set(permissions),
                service_work=service_work,
                version=self._role.version if self._role else None,
            )
        except StaleRecord as exc:
            self._show_conflict(exc)
            return False
        except ServiceError as exc:
            self.errors.show(exc)
            return False
        self.load(stored)
        self.saved.emit(stored)
        return True

    def _show_conflict(self, stale: StaleRecord) -> None:
        """Someone else saved the role since it was shown: the conflict dialog; Reload shows
        the role as stored (and the list follows)."""

        def reload(current: object) -> None:
            assert isinstance(current, RoleInfo)
            self.load(current)
            self.saved.emit(current)

        def permissions(role: RoleInfo) -> str:
            return ", ".join(permission_label(c) for c in sorted(role.permissions))

        fields = [
            ConflictField(field_label(self.tr("&Name:")), lambda r: r.name),
            ConflictField(field_label(self.tr("&Description:")), lambda r: r.description),
            ConflictField(field_label(self.tr("Permissions:")), permissions),
        ]
        open_conflict(
            self,
            stale,
            fields=fields,
            opened=self._role,
            reload=reload,
            today=self._services.clock().date(),
        )

    def _check_dirty(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty and self._role is not None)
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirtyChanged.emit(dirty)


class RolesTab(QWidget):
    """Role list on the left, the selected role's editor on the right."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._roles: list[RoleInfo] = []

        self.list = QListWidget()
        self.list.setObjectName("roleList")
        self.list.setSpacing(2)
        self.new_button = QPushButton(self.tr("&New role"))
        self.new_button.setToolTip(self.tr("New role (Ctrl+N)"))
        self.delete_button = QPushButton(self.tr("&Delete role"))
        self.delete_button.setToolTip(self.tr("Delete the selected role (Del)"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left_layout.addLayout(row)

        self.editor = RoleEditor(services, actor)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        new = QAction(self.tr("New role"), self)
        new.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.triggered.connect(self.new_role)
        self.addAction(new)
        delete = QAction(self.tr("Delete role"), self.list)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_role)
        self.list.addAction(delete)

        self.new_button.clicked.connect(self.new_role)
        self.delete_button.clicked.connect(self.delete_role)
        self.list.currentRowChanged.connect(self._row_changed)
        self.editor.saved.connect(lambda role: self.refresh(select_id=role.id))
        self._current_row = -1

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the roles (raises ServiceError, e.g. PermissionDenied, to the page)."""
        roles = self._services.users.list_roles(self._actor)
        self._roles = roles
        self.list.blockSignals(True)
        self.list.clear()
        for role in roles:
            text = self.tr("{name} (preset)").format(name=role.name) if role.key else role.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, role.id)
            if role.description:
                item.setToolTip(role.description)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [r.id for r in roles]
        editing = self.editor.role()
        if select_id is None and self.editor.is_dirty():
            # Keep unsaved edits on screen; only the list is reloaded.
            row = ids.index(editing.id) if editing is not None and editing.id in ids else -1
            self._select_row(row, load=False)
            return
        if select_id is None and editing is not None:
            select_id = editing.id
        self._select_row(ids.index(select_id) if select_id in ids else (0 if ids else -1))

    def selected_role(self) -> RoleInfo | None:
        row = self.list.currentRow()
        return self._roles[row] if 0 <= row < len(self._roles) else None

    def select_role(self, role_id: int) -> None:
        ids = [r.id for r in self._roles]
        if role_id in ids:
            self.list.setCurrentRow(ids.index(role_id))

    def new_role(self) -> None:
        if not self._may_leave():
            return
        self._select_row(-1)
        self.editor.load(None)
        self.editor.name.setFocus()

    def delete_role(self) -> None:
        role = self.selected_role()
        if role is None or role.key:
            return
        if not self._confirm_delete(role):
            return
        try:
            self._services.users.delete_role(self._actor, role.id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.editor.load(None)
        self.refresh()

    # --- helpers ---------------------------------------------------------------------

    def _select_row(self, row: int, *, load: bool = True) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._current_row = row
        role = self.selected_role()
        if load and role is not None:
            self.editor.load(role)
        self.delete_button.setEnabled(role is not None and not role.key)

    def _row_changed(self, row: int) -> None:
        if row == self._current_row:
            return
        if not self._may_leave():
            self.list.blockSignals(True)
            self.list.setCurrentRow(self._current_row)
            self.list.blockSignals(False)
            return
        self._select_row(row)

    def _may_leave(self) -> bool:
        """Before showing another role: save or discard unsaved edits, or stay."""
        if not self.editor.is_dirty():
            return True
        answer = self._ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.editor.save()
        return answer == QMessageBox.StandardButton.Discard

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The role has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def _confirm_delete(self, role: RoleInfo) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete role"),
            self.tr("Delete the role '{name}'?").format(name=role.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
