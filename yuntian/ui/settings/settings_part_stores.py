"""The stores section (仓库) of the spare parts settings tab: add, rename, set inactive (refused
while a store still holds parts: the refusal says what it holds). Every action is saved at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.services.parts.part_catalogue_types import StoreView
from yuntian.ui.common.conflict_dialog import ConflictField, field_label
from yuntian.ui.settings.settings_catalogue import RecordDialog, RecordListPage


class StoreDialog(RecordDialog):
    """A store's name. ``store`` None: a new one; after ``accepted``, ``saved`` is the store."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        store: StoreView | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("storeDialog")
        self.setWindowTitle(self.tr("New store") if store is None else self.tr("Rename store"))
        self._parts = services.part_catalogue
        self._actor = actor
        self._opened = store
        self.saved: StoreView | None = None
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setMaxLength(64)
        self.name.setPlaceholderText(self.tr("e.g. Main store"))
        form = QFormLayout()
        self.errors.add_field_row(form, self.tr("&Name:"), "name", self.name)
        self._lay_out(form, 360)
        if store is not None:
            self.name.setText(store.name)

    def check(self) -> None:
        opened = self._opened
        if opened is None:
            self.saved = self._parts.create_store(self._actor, self.name.text())
        else:
            self.saved = self._parts.rename_store(
                self._actor, opened.id, self.name.text(), version=opened.version
            )

    def opened_record(self) -> StoreView | None:
        return self._opened

    def conflict_fields(self) -> list[ConflictField]:
        return [ConflictField(field_label(self.tr("&Name:")), lambda s: s.name)]

    def reload_record(self, current: object) -> None:
        assert isinstance(current, StoreView)
        self._opened = current
        self.errors.clear()
        self.name.setText(current.name)


class StoresPage(RecordListPage):
    """The store rooms: add, rename, set inactive (refused while a store holds stock)."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__("stores", actor, [self.tr("Store"), self.tr("Inactive")], stretch=0,
                         parent=parent)  # fmt: skip
        self._services = services
        self._stores: list[StoreView] = []
        self.edit_action.setText(self.tr("&Rename…"))
        self.edit_button.setText(self.edit_action.text())
        self._lay_out(
            self.tr("A store that holds parts cannot be set inactive: transfer them first.")
        )
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self._stores = self._services.part_catalogue.stores(self._actor)
        yes = self.tr("yes")
        self.fill([(s.id, [s.name, "" if s.active else yes], not s.active) for s in self._stores],
                  select_id)  # fmt: skip

    def current(self) -> StoreView | None:
        record_id = self.current_id()
        return next((s for s in self._stores if s.id == record_id), None)

    def _update_actions(self) -> None:
        super()._update_actions()
        store = self.current()
        manage = "parts.manage" in self._actor.permissions
        self.add_action.setEnabled(manage)
        self.edit_action.setEnabled(store is not None and manage)
        self.delete_action.setEnabled(store is not None and manage)
        text = self.tr("Deac&tivate") if store is None or store.active else self.tr("Reac&tivate")
        self.delete_action.setText(text)
        self.delete_button.setText(text)

    def _add(self) -> None:
        self._open(None)

    def _edit(self) -> None:
        store = self.current()
        if store is not None:
            self._open(store)

    def _open(self, store: StoreView | None) -> None:
        dialog = StoreDialog(self._services, self._actor, store, parent=self)
        self._open_dialog(dialog, lambda: dialog.saved.id if dialog.saved else None)

    def _delete(self) -> None:  # the Del key and button: set inactive / in use again
        store = self.current()
        if store is None:
            return
        set_active = self._services.part_catalogue.set_store_active
        if self._run(set_active, store.id, not store.active):
            self.reload(store.id)
        else:
            self.reload(store.id)  # it may have changed on another PC
