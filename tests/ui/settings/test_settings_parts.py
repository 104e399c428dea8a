"""The spare parts tab (维修备件) of the settings dialog: the editor stores a part or names the
field to fix, deactivating, deleting a used part refused with the offer to set it inactive,
stores, the negative-stock switch, Excel in and out."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QWidget

from tests.helpers import actor_without, login_admin
from tests.support.part_helpers import stock_in
from tests.support.sale_helpers import product
from yuntian.db.models import Part
from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.services.parts.part_catalogue_types import PartInput
from yuntian.ui.settings.part_dialog import PartDialog
from yuntian.ui.settings.settings_catalogue import RecordListPage
from yuntian.ui.settings.settings_dialog import SettingsDialog
from yuntian.ui.settings.settings_parts import PartsSettingsPage


@pytest.fixture
def admin(sqlite_services: Services) -> Actor:
    return login_admin(sqlite_services)


@pytest.fixture
def open_tab(qtbot, sqlite_services: Services, admin: Actor):
    opened: list[SettingsDialog] = []  # alive while the test reaches into its tab

    def open_(actor: Actor = admin) -> PartsSettingsPage:
        dialog = SettingsDialog(sqlite_services, actor)
        opened.append(dialog)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.tabs.setCurrentWidget(dialog.parts)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog.parts

    return open_


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def ok(qtbot, dialog) -> None:
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))


def shown(parent: QWidget, name: str) -> str:
    label = parent.findChild(QLabel, name)
    return label.text() if label is not None and label.isVisible() else ""


def answer(qtbot, page: RecordListPage, name: str) -> str:
    box = page.question
    assert isinstance(box, QMessageBox) and box.objectName() == name
    qtbot.waitUntil(box.isVisible)
    text = box.text()
    click(qtbot, box.findChild(QWidget, "yes"))
    return text


def rows(page: RecordListPage) -> list[list[str]]:
    table = page.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def new_part(services, admin, name="启动电容", **fields):
    return services.part_catalogue.create(admin, PartInput(name=name, **fields))


def test_the_editor_stores_a_new_part_with_its_models(qtbot, open_tab, sqlite_services, admin):
    model = product(sqlite_services, admin, "KFR-35GW")
    tab = open_tab()
    click(qtbot, tab.parts.add_button)
    dialog = tab.parts.dialog
    assert isinstance(dialog, PartDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.name.setText("排水泵")
    qtbot.keyClicks(dialog.spec, "PSB-12")
    qtbot.keyClicks(dialog.cost_price, "35.5")
    dialog.sale_price.setText("¥1,280")
    dialog.fits.item(0).setCheckState(Qt.CheckState.Checked)
    ok(qtbot, dialog)

    qtbot.waitUntil(lambda: tab.parts.dialog is None)
    assert rows(tab.parts) == [
        ["BJ00001", "排水泵", "PSB-12", "", "", "35.50", "1,280.00", "0", ""]
    ]
    stored = sqlite_services.part_catalogue.get(admin, Part.get().id)
    assert (stored.sale_price, [f.id for f in stored.fits]) == (Decimal("1280.00"), [model])


def test_a_refusal_is_shown_under_its_field_and_the_editor_stays_open(qtbot, open_tab):
    tab = open_tab()
    click(qtbot, tab.parts.add_button)
    dialog = tab.parts.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.name.setText("压缩机")
    qtbot.keyClicks(dialog.cost_price, "12.345")
    ok(qtbot, dialog)
    assert "An amount is a number from" in shown(dialog, "error_cost_price")
    dialog.cost_price.clear()
    dialog.reorder_min.setValue(20)
    dialog.reorder_max.setValue(10)
    ok(qtbot, dialog)
    assert shown(dialog, "error_cost_price") == ""
    assert shown(dialog, "error_reorder_min") == (
        "The reorder minimum (20) is above the maximum (10)."
    )
    assert dialog.isVisible() and not Part.select().exists()


def test_deactivating_hides_the_part_until_inactive_ones_are_shown(
    qtbot, open_tab, sqlite_services, admin
):
    new_part(sqlite_services, admin, "遥控器")
    tab = open_tab()
    tab.parts.table.selectRow(0)
    assert tab.parts.active_button.text() == "Deac&tivate"
    click(qtbot, tab.parts.active_button)
    assert rows(tab.parts) == []
    tab.parts.show_inactive.setChecked(True)
    assert rows(tab.parts)[0][1] == "遥控器" and rows(tab.parts)[0][-1] == "yes"
    tab.parts.table.selectRow(0)
    assert tab.parts.active_button.text() == "Reac&tivate"
    assert not Part.get().active


def test_deleting_a_used_part_is_refused_and_offers_to_set_it_inactive(
    qtbot, open_tab, sqlite_services, admin
):
    used = new_part(sqlite_services, admin, "压缩机")
    stock_in(sqlite_services, admin, (used.id, 2, "300.00"))
    tab = open_tab()
    tab.parts.table.selectRow(0)
    click(qtbot, tab.parts.delete_button)
    answer(qtbot, tab.parts, "confirmDelete")
    text = answer(qtbot, tab.parts, "offerInactive")
    assert "“BJ00001 压缩机”" in text and "cannot be deleted" in text
    assert Part.select().count() == 1 and not Part.get().active


def test_a_store_holding_parts_is_not_set_inactive(qtbot, open_tab, sqlite_services, admin):
    cap = new_part(sqlite_services, admin, "启动电容")
    stock_in(sqlite_services, admin, (cap.id, 3, "8.00"))
    tab = open_tab()
    stores = tab.stores
    stores.table.selectRow(0)
    click(qtbot, stores.delete_button)
    assert "总仓库 still holds 1 kinds of parts, 3 units" in shown(stores, "error_banner")
    assert rows(stores) == [["总仓库", ""]]


def test_negative_stock_switch_needs_settings_manage(qtbot, sqlite_services, admin):
    tab = PartsSettingsPage(sqlite_services, admin)
    qtbot.addWidget(tab)
    tab.negative.setChecked(True)
    assert sqlite_services.part_catalogue.negative_stock_allowed(admin)
    clerk = PartsSettingsPage(sqlite_services, actor_without(admin, "settings.manage"))
    qtbot.addWidget(clerk)
    assert clerk.negative.isChecked() and not clerk.negative.isEnabled()
    without_parts = PartsSettingsPage(sqlite_services, actor_without(admin, "parts.manage"))
    qtbot.addWidget(without_parts)
    assert not without_parts.parts.add_button.isEnabled()
    assert not without_parts.parts.import_button.isEnabled()


def test_import_reports_refused_rows_then_imports_the_rest(
    qtbot, open_tab, sqlite_services, admin, tmp_path
):
    book = Workbook()
    book.active.append(["编码", "名称", "成本价"])
    book.active.append(["A1", "滤网", 12])
    book.active.append(["A2", "", "x"])
    path = tmp_path / "parts.xlsx"
    book.save(path)
    tab = open_tab()
    tab.parts.import_from(path)
    qtbot.waitUntil(lambda: tab.parts.question is not None)
    text = answer(qtbot, tab.parts, "confirmImport")
    assert "2 rows read, 1 can be imported, 1 refused" in text
    assert "Row 3, 名称: A part needs a name." in text
    assert "Row 3, 成本价: 'x' is not an amount in yuan." in text
    qtbot.waitUntil(lambda: len(rows(tab.parts)) == 1)
    assert rows(tab.parts)[0][:2] == ["A1", "滤网"]

    out = tmp_path / "out.xlsx"
    tab.parts.export_to(out)
    qtbot.waitUntil(lambda: "exported" in tab.parts.status.text())
    assert tab.parts.status.text() == "1 part(s) exported to out.xlsx."
    assert [c.value for c in load_workbook(out).active[2]][:2] == ["A1", "滤网"]
