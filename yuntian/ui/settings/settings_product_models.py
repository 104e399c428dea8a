"""The product models tab (商品名称型号) of the settings dialog: the catalogue a sale picks its
model from, with a filter box for long catalogues. Every action is saved at once.

A model that purchase records name cannot be deleted (the service refuses); the user is offered
to set it inactive instead, which keeps it on those records but out of new sales.
"""

from __future__ import annotations

import functools

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from yuntian.services.common.errors import Conflict, ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.sales.catalogue import CatalogueService
from yuntian.services.sales.sale_types import ProductModelInput, ProductModelView
from yuntian.ui.common.record_tables import selected_row
from yuntian.ui.sales.product_model_dialog import ProductModelDialog, price_text
from yuntian.ui.settings.settings_catalogue import RecordListPage

NUMBER_COLUMNS = (3, 4, 5, 6)


class ProductModelsPage(RecordListPage):
    def __init__(
        self, catalogue: CatalogueService, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            "product_models",
            actor,
            [
                self.tr("Brand"),
                self.tr("Model"),
                self.tr("Category"),
                self.tr("List price"),
                self.tr("Warranty (mo.)"),
                self.tr("Maintenance (d)"),
                self.tr("Callback (d)"),
                self.tr("Inactive"),
            ],
            stretch=1,
            parent=parent,
        )
        self._catalogue = catalogue
        self._models: list[ProductModelView] = []
        for column, tip in (
            (4, self.tr("Warranty in months")),
            (5, self.tr("Maintenance every so many days from the sale or installation (0: none)")),
            (6, self.tr("A callback every so many days from the sale or installation (0: none)")),
        ):
            self.table.horizontalHeaderItem(column).setToolTip(tip)

        self.filter = QLineEdit()
        self.filter.setObjectName("filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Brand, model or category"))
        self.filter.setMinimumWidth(260)
        self.filter.textChanged.connect(self._apply_filter)
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter)
        self._action(
            "find", self.tr("Filter"), self.tr("Filter (Ctrl+F)"), self._focus_filter, self,
            QKeySequence(QKeySequence.StandardKey.Find),
        )  # fmt: skip
        self.top.addWidget(filter_label)
        self.top.addWidget(self.filter)
        self.top.addStretch(1)

        self._lay_out(
            self.tr(
                "Changes on this tab are saved at once. Ins or Ctrl+N adds a model, Enter or F2 "
                "edits it, Del deletes it. A model that purchase records name cannot be deleted: "
                "set it inactive and it is no longer offered for new sales."
            )
        )
        self.reload()

    # --- the list -----------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        self._models = self._catalogue.product_models(self._actor, include_inactive=True)
        yes = self.tr("yes")
        self.fill(
            [
                (
                    m.id,
                    [
                        m.brand,
                        m.model,
                        m.category,
                        price_text(m.list_price),
                        str(m.warranty_months),
                        str(m.maintenance_interval_days),
                        str(m.callback_interval_days),
                        "" if m.active else yes,
                    ],
                    not m.active,
                )
                for m in self._models
            ],
            select_id,
            right=NUMBER_COLUMNS,
        )
        chosen = next((m for m in self._models if m.id == select_id), None)
        if chosen is not None and not self._matches(chosen):
            self.filter.clear()  # the model just stored must not vanish behind the filter
        self._apply_filter()

    def _matches(self, model: ProductModelView) -> bool:
        text = f"{model.brand} {model.model} {model.category}".casefold()
        return all(word in text for word in self.filter.text().casefold().split())

    def _apply_filter(self) -> None:
        """Hide the models that do not match; the selection moves to the first one shown
        when its own model is hidden."""
        for row, model in enumerate(self._models):
            self.table.setRowHidden(row, not self._matches(model))
        row = selected_row(self.table)
        if row < 0 or self.table.isRowHidden(row):
            self.table.clearSelection()
            shown = [r for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]
            if shown:
                self.table.selectRow(shown[0])
        self._update_actions()

    def _focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def current_id(self) -> int | None:
        """The selected model's id; None when the filter hides it."""
        row = selected_row(self.table)
        return None if row >= 0 and self.table.isRowHidden(row) else super().current_id()

    def current(self) -> ProductModelView | None:
        record_id = self.current_id()
        return next((m for m in self._models if m.id == record_id), None)

    # --- actions ------------------------------------------------------------------------

    def _add(self) -> None:
        self._open(None)

    def _edit(self) -> None:
        model = self.current()
        if model is not None:
            self._open(model)

    def _open(self, model: ProductModelView | None) -> None:
        dialog = ProductModelDialog(
            self._catalogue,
            self._actor,
            model,
            brands=[m.brand for m in self._models if m.brand],
            categories=[m.category for m in self._models if m.category],
            parent=self,
        )
        self._open_dialog(dialog, lambda: dialog.saved.id if dialog.saved else None)

    def _delete(self) -> None:
        model = self.current()
        if model is None:
            return
        self.ask(
            "confirmDelete",
            self.tr("Delete product model"),
            self.tr("Delete the product model “{name}”?").format(name=model.label),
            self.tr("&Delete"),
            lambda: self._delete_now(model),
        )

    def _delete_now(self, model: ProductModelView) -> None:
        self.errors.clear()
        try:
            self._catalogue.delete_product_model(self._actor, model.id)
        except Conflict as exc:
            self.reload(model.id)
            fresh = self.current()
            if fresh is None or not fresh.active:
                self.errors.show(exc)  # already out of new sales: nothing more to offer
                return
            self._offer_inactive(fresh)
            return
        except ServiceError as exc:
            self.errors.show(exc)
            self.reload()  # it may have been changed or deleted on another PC
            return
        self.reload()
        self.table.setFocus()

    def _offer_inactive(self, model: ProductModelView) -> None:
        self.ask(
            "offerInactive",
            self.tr("Product model in use"),
            self.tr(
                "Purchase records name “{name}”, so it cannot be deleted.\n\n"
                "Set it inactive instead? It stays on those records but is no longer offered "
                "for new sales."
            ).format(name=model.label),
            self.tr("Set &inactive"),
            lambda: self._set_inactive(model),
        )

    def _set_inactive(self, model: ProductModelView) -> None:
        data = ProductModelInput(
            model=model.model,
            brand=model.brand,
            category=model.category,
            list_price=model.list_price,
            warranty_months=model.warranty_months,
            maintenance_interval_days=model.maintenance_interval_days,
            callback_interval_days=model.callback_interval_days,
            active=False,
        )
        save = functools.partial(self._catalogue.save_product_model, version=model.version)
        if self._run(save, model.id, data):  # refused if changed since the list was read
            self.reload(model.id)
            self.table.setFocus()
