"""The settings dialog: what a shop administrator changes is stored, refusals are shown in place."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from tests.helpers import actor_without, login_admin
from yuntian.config import load_profile
from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.ui.settings.settings_dialog import SettingsDialog

KINDS = (
    "service_type",
    "callback_method",
    "callback_purpose",
    "feedback",
    "scrap_type",
    "scrap_handler",
    "complaint_type",
)


@pytest.fixture
def admin(sqlite_services: Services) -> Actor:
    return login_admin(sqlite_services)


@pytest.fixture
def open_dialog(qtbot, sqlite_services: Services):
    def open_(actor: Actor) -> SettingsDialog:
        dialog = SettingsDialog(sqlite_services, actor)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog

    return open_


@pytest.fixture
def dialog(open_dialog, admin: Actor) -> SettingsDialog:
    return open_dialog(admin)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type like a user: keys for ASCII, an input-method commit for Chinese (as a real IME does;
    QTest cannot send non-ASCII key clicks)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(qtbot, edit, text)


def error_shown(page, name: str) -> str:
    """The text of a visible error label on ``page`` ('' when none is visible)."""
    label = page.findChild(QLabel, name)
    return label.text() if label is not None and label.isVisible() else ""


def names(services: Services, kind: str) -> list[str]:
    return [v.name for v in services.settings.enum_values(kind)]


# --- general and this PC ------------------------------------------------------------------


def test_tabs_are_named_for_the_snapshot(dialog: SettingsDialog) -> None:
    names_ = [dialog.tabs.widget(i).objectName() for i in range(dialog.tabs.count())]
    assert names_ == [
        "general",
        "this_pc",
        "phone_lines",
        "database",
        "enumerations",
        "product_models",
        "sales_units",
        "spare_parts",
        "custom_fields",
        "numbering",
        "print_forms",
    ]


def test_shop_name_and_lead_days_are_stored_on_ok(
    qtbot, dialog: SettingsDialog, sqlite_services: Services
) -> None:
    assert not dialog.apply_button.isEnabled()  # nothing changed yet
    retype(qtbot, dialog.general.shop_name, "云天汽修")
    dialog.general.lead_days.setValue(14)
    assert dialog.apply_button.isEnabled()

    with qtbot.waitSignal(dialog.saved, timeout=1000):  # the main window refreshes on this
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    general = sqlite_services.settings.general()
    assert (general.shop_name, general.reminder_lead_days) == ("云天汽修", 14)


def test_escape_cancels_without_saving(
    qtbot, dialog: SettingsDialog, sqlite_services: Services
) -> None:
    retype(qtbot, dialog.general.shop_name, "不要保存")
    qtbot.keyClick(dialog.general.shop_name, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert sqlite_services.settings.general().shop_name == "测试维修店"


def test_bad_area_code_is_refused_in_place_and_config_untouched(
    qtbot, dialog: SettingsDialog, sqlite_services: Services
) -> None:
    config_path = sqlite_services.profile.config_path
    before = config_path.read_bytes()
    dialog.tabs.setCurrentWidget(dialog.this_pc)
    retype(qtbot, dialog.this_pc.area_code, "12")

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()  # OK did not close the dialog
    assert "010 or 0755" in error_shown(dialog.this_pc, "error_local_area_code")
    assert config_path.read_bytes() == before

    retype(qtbot, dialog.this_pc.area_code, "0755")
    dialog.this_pc.language.setCurrentIndex(dialog.this_pc.language.findData("en"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = load_profile(config_path.parent, create=False).config
    assert (stored.local_area_code, stored.language) == ("0755", "en")


def test_a_refused_tab_does_not_lose_the_other_tabs(
    qtbot, dialog: SettingsDialog, sqlite_services: Services
) -> None:
    retype(qtbot, dialog.general.shop_name, "新店名")
    retype(qtbot, dialog.this_pc.area_code, "12")
    dialog.tabs.setCurrentWidget(dialog.general)

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    assert sqlite_services.settings.general().shop_name == "新店名"
    assert dialog.tabs.currentWidget() is dialog.this_pc  # the tab that needs fixing is shown
    assert dialog.this_pc.area_code.text() == "12"  # the refused input is kept for correction
    assert error_shown(dialog.this_pc, "error_local_area_code")


# --- option lists ---------------------------------------------------------------------------


def select_kind(dialog: SettingsDialog, kind: str) -> None:
    dialog.tabs.setCurrentWidget(dialog.enumerations)
    dialog.enumerations.kinds.setCurrentRow(KINDS.index(kind))
    dialog.enumerations.entries.setFocus()


def type_in_place(qtbot, dialog: SettingsDialog, text: str) -> None:
    entries = dialog.enumerations.entries
    editor = entries.indexWidget(entries.currentIndex())
    assert isinstance(editor, QLineEdit), "no in-place editor is open"
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes a queued moment after Return.
    qtbot.waitUntil(lambda: entries.state() != QAbstractItemView.State.EditingState)


def answer_next_question(button: QMessageBox.StandardButton) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    QTimer.singleShot(0, answer)


def test_entries_shown_are_the_seeded_chinese_names(
    dialog: SettingsDialog, sqlite_services: Services, qtmodeltester
) -> None:
    select_kind(dialog, "complaint_type")
    entries = dialog.enumerations.entries
    shown = [entries.item(i).text() for i in range(entries.count())]
    assert shown == names(sqlite_services, "complaint_type")
    assert "服务态度" in shown
    qtmodeltester.check(entries.model())


def test_add_rename_move_and_remove_an_entry_with_the_keyboard(
    qtbot, dialog: SettingsDialog, sqlite_services: Services
) -> None:
    select_kind(dialog, "callback_method")
    entries = dialog.enumerations.entries
    assert names(sqlite_services, "callback_method") == ["电话", "短信", "微信", "上门"]

    qtbot.keyClick(entries, Qt.Key.Key_Insert)
    type_in_place(qtbot, dialog, "企业微信")
    assert dialog.isVisible()  # Return went to the name editor, not to the OK button
    assert names(sqlite_services, "callback_method") == ["电话", "短信", "微信", "上门", "企业微信"]
    assert entries.currentItem().text() == "企业微信"  # the new entry stays selected

    qtbot.keyClick(entries, Qt.Key.Key_F2)
    type_in_place(qtbot, dialog, "企业微信群")
    qtbot.keyClick(entries, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(entries, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    expected = ["电话", "短信", "企业微信群", "微信", "上门"]
    assert names(sqlite_services, "callback_method") == expected
    assert [entries.item(i).text() for i in range(entries.count())] == expected

    qtbot.keyClick(entries, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert names(sqlite_services, "callback_method") == [
        "电话",
        "短信",
        "微信",
        "企业微信群",
        "上门",
    ]

    answer_next_question(QMessageBox.StandardButton.No)
    qtbot.keyClick(entries, Qt.Key.Key_Delete)
    assert "企业微信群" in names(sqlite_services, "callback_method")

    # The offscreen platform does not hand activation back after a modal box; a desktop does.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert entries.hasFocus()  # focus came back to the list the user was in
    answer_next_question(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(entries, Qt.Key.Key_Delete)
    assert names(sqlite_services, "callback_method") == ["电话", "短信", "微信", "上门"]


def test_buttons_and_ctrl_n_work_too(
    qtbot, dialog: SettingsDialog, sqlite_services: Services, qtmodeltester
) -> None:
    select_kind(dialog, "scrap_handler")  # seeded empty
    page = dialog.enumerations
    assert not page.rename_action.isEnabled()
    qtbot.keyClick(page.kinds, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_in_place(qtbot, dialog, "李师傅")
    add_button = page.findChild(type(dialog.ok_button), "button_add")
    qtbot.mouseClick(add_button, Qt.MouseButton.LeftButton)
    type_in_place(qtbot, dialog, "王库管")
    up_button = page.findChild(type(dialog.ok_button), "button_up")
    qtbot.mouseClick(up_button, Qt.MouseButton.LeftButton)
    assert names(sqlite_services, "scrap_handler") == ["王库管", "李师傅"]
    assert not up_button.isEnabled()  # already at the top
    qtmodeltester.check(page.entries.model())


def test_empty_new_entry_or_escape_adds_nothing(
    qtbot, dialog: SettingsDialog, sqlite_services: Services
) -> None:
    select_kind(dialog, "scrap_type")
    entries = dialog.enumerations.entries
    before = names(sqlite_services, "scrap_type")
    qtbot.keyClick(entries, Qt.Key.Key_Insert)
    type_in_place(qtbot, dialog, "   ")
    qtbot.keyClick(entries, Qt.Key.Key_Insert)
    editor = entries.indexWidget(entries.currentIndex())
    type_text(qtbot, editor, "作废")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: entries.state() != QAbstractItemView.State.EditingState)
    assert names(sqlite_services, "scrap_type") == before
    assert entries.count() == len(before)
    assert dialog.isVisible()  # Escape in the editor did not close the dialog


def test_duplicate_name_shows_the_service_message(
    qtbot, dialog: SettingsDialog, sqlite_services: Services
) -> None:
    select_kind(dialog, "callback_method")
    entries = dialog.enumerations.entries
    qtbot.keyClick(entries, Qt.Key.Key_Insert)
    type_in_place(qtbot, dialog, "电话")
    assert error_shown(dialog.enumerations, "error_banner") == "'电话' is already in this list."
    entries.setCurrentRow(1)
    qtbot.keyClick(entries, Qt.Key.Key_F2)
    type_in_place(qtbot, dialog, "微信")
    assert error_shown(dialog.enumerations, "error_banner") == "'微信' is already in this list."
    assert names(sqlite_services, "callback_method") == ["电话", "短信", "微信", "上门"]
    assert entries.count() == 4


# --- custom fields and numbering ---------------------------------------------------------


def test_custom_field_labels_are_saved(
    qtbot, dialog: SettingsDialog, sqlite_services: Services
) -> None:
    dialog.tabs.setCurrentWidget(dialog.custom_fields)
    edits = dialog.custom_fields.labels
    retype(qtbot, edits[0], "发动机号")
    retype(qtbot, edits[1], "车架号")
    retype(qtbot, edits[4], "")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert sqlite_services.settings.custom_field_labels() == [
        "发动机号",
        "车架号",
        "自定义3",
        "自定义4",
        "",
    ]


def test_numbering_example_follows_typing_and_saved_rule_is_used(
    qtbot, dialog: SettingsDialog, sqlite_services: Services, clock
) -> None:
    dialog.tabs.setCurrentWidget(dialog.numbering)
    row = dialog.numbering.rows["service_order"]
    today = dt.date.today()
    assert row.example.text() == f"SH{today:%Y%m%d}0001"

    row.pattern.setCurrentIndex(row.pattern.findData("YYMMDD"))
    assert row.example.text() == f"SH{today:%y%m%d}0001"
    row.digits.setValue(3)
    assert row.example.text() == f"SH{today:%y%m%d}001"

    retype(qtbot, row.prefix, "S H")  # a space is not allowed: the reason shows in place
    assert "at most 8 letters" in row.example.text()
    assert not dialog.ok_button.isEnabled()
    assert not dialog.apply_button.isEnabled()
    retype(qtbot, row.prefix, "WX")
    assert row.example.text() == f"WX{today:%y%m%d}001"
    assert dialog.ok_button.isEnabled()

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert sqlite_services.numbering.next_code("service_order") == f"WX{clock.now:%y%m%d}001"
    assert sqlite_services.numbering.next_code("sale") == f"XS{clock.now:%Y%m%d}0001"


# --- without settings.manage ---------------------------------------------------------------


def test_without_permission_every_save_is_refused_and_nothing_changes(
    qtbot, open_dialog, admin: Actor, sqlite_services: Services
) -> None:
    config_before = sqlite_services.profile.config_path.read_bytes()
    dialog = open_dialog(actor_without(admin, "settings.manage"))
    refusal = "You do not have the permission 'Change settings'."

    retype(qtbot, dialog.general.shop_name, "偷改店名")
    retype(qtbot, dialog.this_pc.area_code, "0755")
    retype(qtbot, dialog.custom_fields.labels[0], "车架号")
    retype(qtbot, dialog.numbering.rows["sale"].prefix, "ZZ")
    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    for page in (dialog.general, dialog.this_pc, dialog.custom_fields, dialog.numbering):
        dialog.tabs.setCurrentWidget(page)
        assert error_shown(page, "error_banner") == refusal, page.objectName()

    select_kind(dialog, "service_type")
    qtbot.keyClick(dialog.enumerations.entries, Qt.Key.Key_Insert)
    type_in_place(qtbot, dialog, "偷加")
    assert error_shown(dialog.enumerations, "error_banner") == refusal

    settings = sqlite_services.settings
    assert settings.general().shop_name == "测试维修店"
    assert settings.custom_field_labels()[0] == "自定义1"
    assert settings.numbering_rules()[1].prefix == "XS"
    assert "偷加" not in names(sqlite_services, "service_type")
    assert sqlite_services.profile.config_path.read_bytes() == config_before
