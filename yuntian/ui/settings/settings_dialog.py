"""The settings dialog (设置), for users with settings.manage.

The option lists, product models and sales units tabs save each action at once; the other tabs
are saved by OK / Apply, each changed tab in its own service call, so one refused tab never loses
or blocks the others.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.ui.common.editor_dialog import EditorDialog
from yuntian.ui.printing.print_forms_tab import PrintFormsTab
from yuntian.ui.settings.database_move_wizard import open_move_wizard
from yuntian.ui.settings.settings_common import SettingsPage
from yuntian.ui.settings.settings_database import DatabasePage
from yuntian.ui.settings.settings_enumerations import EnumerationsPage
from yuntian.ui.settings.settings_numbering import NumberingPage
from yuntian.ui.settings.settings_pages import CustomFieldsPage, GeneralPage, ThisPcPage
from yuntian.ui.settings.settings_parts import PartsSettingsPage
from yuntian.ui.settings.settings_phone_lines import PhoneLinesPage
from yuntian.ui.settings.settings_product_models import ProductModelsPage
from yuntian.ui.settings.settings_sales_units import SalesUnitsPage


class SettingsDialog(EditorDialog):
    saved = Signal()  # something was stored: the main window may refresh the shop name etc.
    # The phone lines tab was stored: the main window restarts the line manager with the
    # profile's new devices and lines (services.profile.config).
    phone_settings_changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._actor = actor
        settings = services.settings

        self.general = GeneralPage(settings)
        self.this_pc = ThisPcPage(settings)
        self.phone_lines = PhoneLinesPage(services.phone_settings)
        self.phone_lines.stored.connect(self.phone_settings_changed)
        self.database = DatabasePage(
            settings, lambda parent: open_move_wizard(parent, services, actor)
        )
        self.enumerations = EnumerationsPage(settings, actor)
        self.product_models = ProductModelsPage(services.catalogue, actor)
        self.sales_units = SalesUnitsPage(services, actor)
        self.parts = PartsSettingsPage(services, actor)
        self.custom_fields = CustomFieldsPage(settings)
        self.numbering = NumberingPage(settings)
        self.print_forms = PrintFormsTab(services, actor)
        self.pages: list[SettingsPage] = [
            self.general,
            self.this_pc,
            self.phone_lines,
            self.database,
            self.custom_fields,
            self.numbering,
        ]

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.general, self.tr("&General"))
        self.tabs.addTab(self.this_pc, self.tr("&This PC"))
        self.tabs.addTab(self.phone_lines, self.tr("&Phone lines"))
        self.tabs.addTab(self.database, self.tr("&Database"))
        self.tabs.addTab(self.enumerations, self.tr("&Option lists"))
        self.tabs.addTab(self.product_models, self.tr("Product &models"))
        self.tabs.addTab(self.sales_units, self.tr("Sales &units"))
        self.tabs.addTab(self.parts, self.tr("Spare &parts"))
        self.tabs.addTab(self.custom_fields, self.tr("&Custom fields"))
        self.tabs.addTab(self.numbering, self.tr("&Numbering"))
        self.tabs.addTab(self.print_forms, self.tr("P&rint forms"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._ok)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        for page in self.pages:
            page.changed.connect(self._update_buttons)
        self._update_buttons()
        self.general.shop_name.setFocus()
        self.resize(1100, 620)  # eleven tabs side by side

    def _update_buttons(self) -> None:
        valid = all(page.is_valid() for page in self.pages)
        self.ok_button.setEnabled(valid)
        self.apply_button.setEnabled(valid and any(page.is_dirty() for page in self.pages))

    def apply(self) -> bool:
        """Save every changed tab; returns True when all of them were stored."""
        dirty = [page for page in self.pages if page.is_dirty()]
        failed = [page for page in dirty if not page.apply(self._actor)]
        self._update_buttons()
        if failed:
            self.tabs.setCurrentWidget(failed[0])
        if len(failed) < len(dirty):
            self.saved.emit()
        return not failed

    def has_changes(self) -> bool:
        """A tab saved by OK / Apply was changed; the list tabs save each action at once."""
        return any(page.is_dirty() for page in self.pages)

    def _ok(self) -> None:
        if self.apply():
            self.accept()
