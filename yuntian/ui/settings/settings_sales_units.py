"""The sales units tab (商品销售单位) of the settings dialog: the branches, stores or dealers that
sell, each with its technical lead (技术负责人) and sales rep (业务员). Every action is saved at
once; a deleted unit is emptied from its purchase records, which keep everything else.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QFormLayout, QHeaderView, QLineEdit, QWidget

from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.services.sales.catalogue import CatalogueService
from yuntian.services.sales.sale_types import SalesUnitView
from yuntian.ui.common.conflict_dialog import ConflictField, field_label
from yuntian.ui.settings.settings_catalogue import RecordDialog, RecordListPage

UserChoice = tuple[int, str]  # (user id, the name lists show)


class SalesUnitDialog(RecordDialog):
    """``unit`` None: a new one. ``users``: the active users to choose from. After
    ``accepted``, ``saved`` is the stored unit."""

    def __init__(
        self,
        catalogue: CatalogueService,
        actor: Actor,
        users: Sequence[UserChoice],
        unit: SalesUnitView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("salesUnitDialog")
        self.setWindowTitle(
            self.tr("New sales unit") if unit is None else self.tr("Edit sales unit")
        )
        self._catalogue = catalogue
        self._actor = actor
        self._unit_id = None if unit is None else unit.id
        self._opened = unit
        self.saved: SalesUnitView | None = None

        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setMaxLength(64)
        self.name.setPlaceholderText(self.tr("e.g. Downtown store"))
        self.technical_lead = self._user_combo("technical_lead", users)
        self.sales_rep = self._user_combo("sales_rep", users)

        form = QFormLayout()
        add = self.errors.add_field_row
        add(form, self.tr("&Name:"), "name", self.name)
        add(form, self.tr("&Technical lead:"), "technical_lead", self.technical_lead)
        add(form, self.tr("Sales &rep:"), "sales_rep", self.sales_rep)
        self._lay_out(form, 400)

        if unit is not None:
            self._fill(unit)
        self.name.setFocus()

    def _fill(self, unit: SalesUnitView) -> None:
        self.name.setText(unit.name)
        _choose(self.technical_lead, unit.technical_lead_id, unit.technical_lead_name)
        _choose(self.sales_rep, unit.sales_rep_id, unit.sales_rep_name)

    def opened_record(self) -> SalesUnitView | None:
        return self._opened

    def conflict_fields(self) -> list[ConflictField]:
        fields = (
            (self.tr("&Name:"), lambda u: u.name),
            (self.tr("&Technical lead:"), lambda u: u.technical_lead_name),
            (self.tr("Sales &rep:"), lambda u: u.sales_rep_name),
        )
        return [ConflictField(field_label(label), text) for label, text in fields]

    def reload_record(self, current: object) -> None:
        assert isinstance(current, SalesUnitView)
        self._opened = current
        self.errors.clear()
        self._fill(current)

    def _user_combo(self, name: str, users: Sequence[UserChoice]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("Nobody"), None)
        for user_id, label in users:
            combo.addItem(label, user_id)
        combo.setMinimumContentsLength(12)
        return combo

    def check(self) -> None:
        self.saved = self._catalogue.save_sales_unit(
            self._actor,
            self._unit_id,
            self.name.text(),
            self.technical_lead.currentData(),
            self.sales_rep.currentData(),
            version=None if self._opened is None else self._opened.version,
        )


def _choose(combo: QComboBox, user_id: int | None, name: str) -> None:
    """Select ``user_id``; a user no longer active is added, so saving keeps them."""
    index = combo.findData(user_id)
    if index < 0 and user_id is not None:
        combo.addItem(name, user_id)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


class SalesUnitsPage(RecordListPage):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(
            "sales_units",
            actor,
            [self.tr("Name"), self.tr("Technical lead"), self.tr("Sales rep")],
            stretch=0,
            parent=parent,
        )
        self._services = services
        self._units: list[SalesUnitView] = []
        header = self.table.horizontalHeader()
        for column in (1, 2):  # room for a name, not only for the header
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, 180)
        self._lay_out(
            self.tr(
                "Changes on this tab are saved at once. Ins or Ctrl+N adds a sales unit, Enter "
                "or F2 edits it, Del deletes it."
            )
        )
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self._units = self._services.catalogue.sales_units(self._actor)
        self.fill(
            [(u.id, [u.name, u.technical_lead_name, u.sales_rep_name], False) for u in self._units],
            select_id,
        )

    def current(self) -> SalesUnitView | None:
        record_id = self.current_id()
        return next((u for u in self._units if u.id == record_id), None)

    def _add(self) -> None:
        self._open(None)

    def _edit(self) -> None:
        unit = self.current()
        if unit is not None:
            self._open(unit)

    def _open(self, unit: SalesUnitView | None) -> None:
        dialog = SalesUnitDialog(
            self._services.catalogue,
            self._actor,
            self._services.customers.salespeople(self._actor),
            unit,
            parent=self,
        )
        self._open_dialog(dialog, lambda: dialog.saved.id if dialog.saved else None)

    def _delete(self) -> None:
        unit = self.current()
        if unit is None:
            return
        self.ask(
            "confirmDelete",
            self.tr("Delete sales unit"),
            self.tr(
                "Delete the sales unit “{name}”? Its purchase records keep everything else; "
                "their sales unit becomes empty."
            ).format(name=unit.name),
            self.tr("&Delete"),
            lambda: self._delete_now(unit),
        )

    def _delete_now(self, unit: SalesUnitView) -> None:
        if self._run(self._services.catalogue.delete_sales_unit, unit.id):
            self.reload()
            self.table.setFocus()
