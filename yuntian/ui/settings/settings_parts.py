"""The spare parts tab (维修备件) of the settings dialog: the parts catalogue with a filter, the
store rooms (仓库), and whether documents may take stock below zero. Every action is saved at
once (like the product models tab); changes need parts.manage, the negative-stock setting
settings.manage.

A part that documents name cannot be deleted (the service refuses); the user is offered to set
it inactive instead. The catalogue goes to and comes from Excel (export: data.import_export,
import: parts.manage) with the customer import's report: each refused row with its column.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.errors import Conflict, ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_import_types import ImportResult
from yuntian.services.parts.part_catalogue_types import Activity, PartFilter, PartView
from yuntian.ui.common.background import run_in_background
from yuntian.ui.common.field_errors import hint_label
from yuntian.ui.common.file_dialogs import FileKind, open_file_name, save_file_name
from yuntian.ui.common.i18n import failure_text
from yuntian.ui.settings.part_dialog import PartDialog, price_text
from yuntian.ui.settings.settings_catalogue import RecordListPage
from yuntian.ui.settings.settings_part_stores import StoresPage

if TYPE_CHECKING:
    from yuntian.services.parts.part_excel import PartImportPlan

PAGE = 1000  # parts shown at once; the filter finds the others
SHOWN_ISSUES = 12
NUMBER_COLUMNS = (5, 6, 7)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class PartsPage(RecordListPage):
    """The catalogue: a filter box, "show inactive", the parts by code."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(
            "parts",
            actor,
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Specification"),
                self.tr("Unit"),
                self.tr("Category"),
                self.tr("Cost price"),
                self.tr("Sale price"),
                self.tr("Safety stock"),
                self.tr("Inactive"),
            ],
            stretch=1,
            parent=parent,
        )
        self._services = services
        self._parts = services.part_catalogue
        self._shown: list[PartView] = []

        self.filter = QLineEdit()
        self.filter.setObjectName("filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Code, name, specification or barcode"))
        self.filter.setMinimumWidth(260)
        self._refilter = QTimer(self)
        self._refilter.setSingleShot(True)
        self._refilter.setInterval(250)
        self._refilter.timeout.connect(lambda: self.reload())
        self.filter.textChanged.connect(lambda _text: self._refilter.start())
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter)
        self.show_inactive = QCheckBox(self.tr("Show &inactive parts"))
        self.show_inactive.setObjectName("show_inactive")
        self.show_inactive.toggled.connect(lambda _on: self.reload())
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self._action(
            "find", self.tr("Filter"), self.tr("Filter (Ctrl+F)"), self._focus_filter, self,
            QKeySequence(QKeySequence.StandardKey.Find),
        )  # fmt: skip
        self.top.addWidget(filter_label)
        self.top.addWidget(self.filter)
        self.top.addWidget(self.show_inactive)
        self.top.addStretch(1)
        self.top.addWidget(self.count_label)

        self.active_action = self._action(
            "toggle_active", self.tr("Deac&tivate"), self.tr("Set inactive or in use again"),
            self._toggle_active, self.table,
        )  # fmt: skip
        self.import_action = self._action(
            "import", self.tr("&Import…"), self.tr("Import parts from an Excel workbook"),
            self.import_file, self,
        )  # fmt: skip
        self.export_action = self._action(
            "export", self.tr("E&xport…"), self.tr("Export the catalogue to an Excel workbook"),
            self.export_file, self,
        )  # fmt: skip
        self.active_button = self._button(self.active_action)
        self.import_button = self._button(self.import_action)
        self.export_button = self._button(self.export_action)
        self.status = hint_label("")
        self.status.setObjectName("status")
        self.status.setVisible(False)
        self._lay_out(
            self.tr(
                "Ins or Ctrl+N adds a part, Enter or F2 edits it, Del deletes it. A part that "
                "documents name cannot be deleted: set it inactive and it is no longer offered."
            ),
            (self.active_button, self.import_button, self.export_button),
        )
        self.layout().insertWidget(self.layout().count() - 1, self.status)
        can_manage = "parts.manage" in actor.permissions
        for action in (self.add_action, self.import_action):
            action.setEnabled(can_manage)
        self.export_action.setEnabled("data.import_export" in actor.permissions)
        self.reload()

    # --- the list -----------------------------------------------------------------------

    def flt(self) -> PartFilter:
        activity = Activity.ALL if self.show_inactive.isChecked() else Activity.ACTIVE
        return PartFilter(text=self.filter.text(), activity=activity)

    def reload(self, select_id: int | None = None) -> None:
        flt = self.flt()
        self._shown = self._parts.page(self._actor, flt, limit=PAGE)
        if select_id is not None and all(p.id != select_id for p in self._shown):
            self._shown = self._parts.by_ids(self._actor, [select_id]) + self._shown
        yes = self.tr("yes")
        self.fill(
            [
                (
                    p.id,
                    [
                        p.code,
                        p.name,
                        p.spec,
                        p.unit,
                        p.category,
                        price_text(p.cost_price),
                        price_text(p.sale_price),
                        str(p.safety_stock),
                        "" if p.active else yes,
                    ],
                    not p.active,
                )
                for p in self._shown
            ],
            select_id,
            right=NUMBER_COLUMNS,
        )
        total = len(self._shown)
        if total >= PAGE:
            total = self._parts.count(self._actor, flt)
        self.count_label.setText(
            self.tr("%n part(s)", "", total)
            if total <= len(self._shown)
            else self.tr("first {shown} of {total} parts").format(shown=PAGE, total=total)
        )

    def _focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def current(self) -> PartView | None:
        record_id = self.current_id()
        return next((p for p in self._shown if p.id == record_id), None)

    def _update_actions(self) -> None:
        super()._update_actions()
        part = self.current()
        manage = "parts.manage" in self._actor.permissions
        self.delete_action.setEnabled(part is not None and manage)
        self.active_action.setEnabled(part is not None and manage)
        self.active_action.setText(
            self.tr("Reac&tivate")
            if part is not None and not part.active
            else self.tr("Deac&tivate")
        )
        self.active_button.setText(self.active_action.text())

    # --- actions ------------------------------------------------------------------------

    def _add(self) -> None:
        self._open(None)

    def _edit(self) -> None:
        part = self.current()
        if part is not None:
            self._open(part)

    def _open(self, part: PartView | None) -> None:
        dialog = PartDialog(
            self._parts,
            self._actor,
            part,
            models=self._services.catalogue.product_models(self._actor, include_inactive=True),
            categories=self._parts.categories(self._actor),
            parent=self,
        )
        self._open_dialog(dialog, lambda: dialog.saved.id if dialog.saved else None)

    def _toggle_active(self) -> None:
        part = self.current()
        if part is not None and self._run(self._parts.set_active, part.id, not part.active):
            # Set inactive, it leaves a list of active parts (the row below is selected).
            shown = part.active is False or self.show_inactive.isChecked()
            self.reload(part.id if shown else None)
            self.table.setFocus()

    def _delete(self) -> None:
        part = self.current()
        if part is None:
            return
        self.ask(
            "confirmDelete",
            self.tr("Delete spare part"),
            self.tr("Delete the spare part “{name}”?").format(name=part.label),
            self.tr("&Delete"),
            lambda: self._delete_now(part),
        )

    def _delete_now(self, part: PartView) -> None:
        self.errors.clear()
        try:
            self._parts.delete(self._actor, part.id)
        except Conflict as exc:
            self.reload(part.id)
            fresh = self.current()
            if fresh is None or not fresh.active:
                self.errors.show(exc)
                return
            self.ask(
                "offerInactive",
                self.tr("Spare part in use"),
                self.tr(
                    "Documents name “{name}”, so it cannot be deleted.\n\n"
                    "Set it inactive instead? It stays on those documents but is no longer "
                    "offered for new ones."
                ).format(name=fresh.label),
                self.tr("Set &inactive"),
                lambda: self._toggle_active(),
            )
            return
        except ServiceError as exc:
            self.errors.show(exc)
            self.reload()
            return
        self.reload()
        self.table.setFocus()

    # --- Excel ---------------------------------------------------------------------------

    def export_file(self) -> None:
        path = save_file_name(
            self, self._services.profile, FileKind.EXPORT, self.tr("Export spare parts"),
            "维修备件.xlsx", self.tr("Excel workbooks (*.xlsx)"),
        )  # fmt: skip
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        self.errors.clear()
        self._say(self.tr("Exporting…"))
        services, actor = self._services, self._actor
        run_in_background(
            self,
            lambda: services.part_excel.export(actor, path),
            lambda count: self._say(
                self.tr("%n part(s) exported to {file}.", "", count).format(file=path.name)
            ),
            self._failed,
        )

    def import_file(self) -> None:
        path = open_file_name(
            self, self._services.profile, FileKind.IMPORT, self.tr("Import spare parts"),
            self.tr("Excel workbooks (*.xlsx)"),
        )  # fmt: skip
        if path is not None:
            self.import_from(path)

    def import_from(self, path: Path) -> None:
        """Read and check the file in the background, then show what was found and ask."""
        self.errors.clear()
        self._say(self.tr("Checking {file}…").format(file=path.name))
        services, actor = self._services, self._actor

        def check() -> object:
            from yuntian.exports.customer_import import read_sheet
            from yuntian.exports.part_io import part_rows

            try:
                rows = part_rows(read_sheet(path))
            except ValueError as exc:  # no name column
                raise _NoNames(str(exc)) from None
            return services.part_excel.prepare(actor, rows)

        run_in_background(self, check, lambda plan: self._ask_import(path, plan), self._failed)

    def _ask_import(self, path: Path, plan: PartImportPlan) -> None:
        check = plan.check
        self._say("")
        errors = [i for i in check.issues if not i.warning]
        lines = [i.text(_translate) for i in errors[:SHOWN_ISSUES]]
        if len(errors) > SHOWN_ISSUES:
            lines.append(self.tr("… and {n} more").format(n=len(errors) - SHOWN_ISSUES))
        summary = self.tr(
            "{file}: {read} rows read, {valid} can be imported, {bad} refused."
        ).format(
            file=path.name, read=check.rows_read, valid=check.valid_rows, bad=len(check.error_rows)
        )
        text = "\n\n".join([summary, "\n".join(lines)]) if lines else summary
        if check.valid_rows == 0:
            self.errors.show_text(None, text)
            return
        self.ask(
            "confirmImport",
            self.tr("Import spare parts"),
            text,
            self.tr("&Import %n part(s)", "", check.valid_rows),
            lambda: self._run_import(path, plan),
        )

    def _run_import(self, path: Path, plan: PartImportPlan) -> None:
        services, actor = self._services, self._actor
        self._say(self.tr("Importing…"))

        def done(result: ImportResult) -> None:
            self._say(
                self.tr("%n part(s) imported from {file}.", "", result.imported).format(
                    file=path.name
                )
            )
            self.reload()

        run_in_background(
            self,
            lambda: services.part_excel.run(actor, plan, "valid-rows", source=path.name),
            done,
            self._failed,
        )

    def _say(self, text: str) -> None:
        """What an export or import did (or is doing), under the table; hidden when nothing."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _failed(self, exc: Exception) -> None:
        self._say("")
        if isinstance(exc, _NoNames):
            self.errors.show_text(None, _translate("PartImport", str(exc)))
        else:
            self.errors.show_text(None, failure_text(exc))


class _NoNames(Exception):
    """The sheet has no 名称 column (the message is the English template)."""


class PartsSettingsPage(QWidget):
    """The tab: the negative-stock switch, the catalogue above, the stores below."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spare_parts")
        self._services = services
        self._actor = actor
        self.negative = QCheckBox(self.tr("Allow &negative stock"))
        self.negative.setObjectName("negative_stock")
        self.negative.setToolTip(
            self.tr(
                "Documents may then take more parts than a store or technician holds, for shops "
                "that enter documents late. Needs the permission to manage settings."
            )
        )
        self.negative.setChecked(services.part_catalogue.negative_stock_allowed(actor))
        self.negative.setEnabled("settings.manage" in actor.permissions)
        self.negative.toggled.connect(self._set_negative)
        self.negative_error = QLabel()
        self.negative_error.setObjectName("negative_error")
        self.negative_error.setVisible(False)
        self.parts = PartsPage(services, actor)
        self.stores = StoresPage(services, actor)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.parts)
        splitter.addWidget(self.stores)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 0, 0)
        layout.addWidget(self.negative)
        layout.addWidget(self.negative_error)
        layout.addWidget(splitter, 1)
        for page in (self.parts, self.stores):
            page.layout().setContentsMargins(0, 8, 16, 8)

    def _set_negative(self, allowed: bool) -> None:
        set_allowed: Callable[..., object] = (
            self._services.part_catalogue.set_negative_stock_allowed
        )
        try:
            set_allowed(self._actor, allowed)
        except ServiceError as exc:
            self.negative_error.setText(failure_text(exc))
            self.negative_error.setVisible(True)
            self.negative.blockSignals(True)
            self.negative.setChecked(not allowed)
            self.negative.blockSignals(False)
            return
        self.negative_error.setVisible(False)
