"""The phone lines tab: devices and lines saved to config.toml, refusals under the fields, and
the live device test against a real UDP socket, a simulator script and a missing serial port."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from tests.helpers import actor_without, login_admin
from tests.telephony.fakes import free_port
from yuntian.config import load_profile
from yuntian.device_settings import DeviceConfig, DeviceKind, LineConfig
from yuntian.services import Services
from yuntian.services.calls.phone_settings import ItemProblem, PhoneSettings
from yuntian.services.common.permissions import Actor
from yuntian.telephony.events import Health
from yuntian.ui.settings.device_test_dialog import DeviceTestDialog
from yuntian.ui.settings.settings_dialog import SettingsDialog
from yuntian.ui.settings.settings_phone_lines import PhoneLinesPage

WHOZZ = b"01 I S 0000 G A1 09/26 11:28 AM 800-240-4637   CallerID.com   \r\n"


@pytest.fixture
def admin(sqlite_services: Services) -> Actor:
    return login_admin(sqlite_services)


@pytest.fixture
def open_dialog(qtbot, sqlite_services: Services, admin: Actor):
    """``open_dialog(devices, lines, actor=admin)``: the settings dialog on the phone lines
    tab, over a profile that already holds ``devices`` and ``lines``."""

    def open_(
        devices: list[DeviceConfig] = (), lines: list[LineConfig] = (), actor: Actor = admin
    ) -> SettingsDialog:
        config = sqlite_services.profile.config
        config.devices, config.lines = list(devices), list(lines)
        sqlite_services.profile.save()
        dialog = SettingsDialog(sqlite_services, actor)
        qtbot.addWidget(dialog)
        dialog.tabs.setCurrentWidget(dialog.phone_lines)
        dialog.show()
        return dialog

    return open_


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def ok(qtbot, dialog: QDialog) -> None:
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))


def shown(parent: QWidget, name: str) -> str:
    label = parent.findChild(QLabel, name)
    return label.text() if label is not None and label.isVisible() else ""


def add_line(qtbot, page: PhoneLinesPage, station: int, name: str, device_line: str) -> QDialog:
    click(qtbot, page.add_line_button)
    dialog = page.line_dialog
    dialog.station_line.setValue(station)
    dialog.name.setText(name)  # keyClicks cannot type Chinese offscreen
    dialog.device_line.setText(device_line)
    ok(qtbot, dialog)
    return dialog


def open_test(qtbot, page: PhoneLinesPage, row: int = 0) -> DeviceTestDialog:
    page.devices.selectRow(row)
    click(qtbot, page.test_button)
    assert page.test_dialog is not None
    return page.test_dialog


def cells(table, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


WHOZZ_UDP = DeviceConfig("whozz1", DeviceKind.UDP, "udp://0.0.0.0:3520")
FRONT_DESK = LineConfig("whozz1", 1, 1, "前台 1")


# --- editing and saving ---------------------------------------------------------------------


def test_a_device_and_two_lines_are_saved_to_config_toml(
    qtbot, open_dialog, sqlite_services: Services
) -> None:
    dialog = open_dialog()
    page = dialog.phone_lines
    click(qtbot, page.add_device_button)
    device_dialog = page.device_dialog
    device_dialog.kind.setCurrentIndex(device_dialog.kind.findData(DeviceKind.UDP))
    assert device_dialog.device_id.text() == "whozz1"  # a name is proposed for the kind
    device_dialog.url.setEditText("udp://0.0.0.0:3520")
    ok(qtbot, device_dialog)
    assert not device_dialog.isVisible()
    assert cells(page.devices, 0)[:3] == ["whozz1", "UDP", "udp://0.0.0.0:3520"]

    add_line(qtbot, page, 1, "前台 1", "1")
    click(qtbot, page.add_line_button)
    second = page.line_dialog
    assert second.station_line.value() == 2  # the next free line
    assert second.device_line.text() == "2"  # and the device's next line
    second.name.setText("前台 2")
    second.popup.setChecked(False)
    ok(qtbot, second)
    page.popup_focus.setChecked(True)
    page.close_seconds.setValue(20)

    with qtbot.waitSignal(dialog.phone_settings_changed, timeout=1000):
        click(qtbot, dialog.ok_button)

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = load_profile(sqlite_services.profile.root, create=False).config
    assert stored.devices == [WHOZZ_UDP]
    assert stored.lines == [
        LineConfig("whozz1", 1, 1, "前台 1", popup=True),
        LineConfig("whozz1", 2, 2, "前台 2", popup=False),
    ]
    assert (stored.popup_focus, stored.popup_close_seconds) == (True, 20)


def test_saving_other_tabs_does_not_restart_the_lines(qtbot, open_dialog) -> None:
    dialog = open_dialog([WHOZZ_UDP], [FRONT_DESK])
    dialog.general.shop_name.setText("新店名")
    with qtbot.assertNotEmitted(dialog.phone_settings_changed):
        click(qtbot, dialog.ok_button)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_station_line_used_twice_is_refused_under_the_field(
    qtbot, open_dialog, sqlite_services: Services
) -> None:
    dialog = open_dialog([WHOZZ_UDP], [FRONT_DESK])
    page = dialog.phone_lines

    line_dialog = add_line(qtbot, page, 1, "前台 2", "2")

    assert line_dialog.isVisible()  # kept open for correction
    message = shown(line_dialog, "error_station_line")
    assert message == "Line 1 is already used by “前台 1”. Choose a free line."
    label = line_dialog.findChild(QLabel, "error_station_line")
    spin = line_dialog.station_line
    field_bottom = spin.mapTo(line_dialog, spin.rect().bottomLeft()).y()
    assert label.mapTo(line_dialog, label.rect().topLeft()).y() >= field_bottom
    assert page.lines.rowCount() == 1

    line_dialog.station_line.setValue(2)
    ok(qtbot, line_dialog)
    assert not line_dialog.isVisible()
    assert [cells(page.lines, r)[:2] for r in range(2)] == [["1", "前台 1"], ["2", "前台 2"]]


def test_a_bad_address_is_refused_under_the_address(qtbot, open_dialog) -> None:
    dialog = open_dialog()
    page = dialog.phone_lines
    click(qtbot, page.add_device_button)
    device_dialog = page.device_dialog
    device_dialog.kind.setCurrentIndex(device_dialog.kind.findData(DeviceKind.NCID))
    device_dialog.url.setEditText("ncid://:3333")  # no server named

    ok(qtbot, device_dialog)

    assert device_dialog.isVisible()
    assert "ncid://HOST:PORT" in shown(device_dialog, "error_url")
    assert page.devices.rowCount() == 0
    device_dialog.url.setEditText("udp://0.0.0.0:3520")  # another kind's address
    ok(qtbot, device_dialog)
    assert "another kind of device" in shown(device_dialog, "error_url")


def test_a_line_whose_device_was_removed_blocks_ok_until_fixed(qtbot, open_dialog) -> None:
    modem = DeviceConfig("modem1", DeviceKind.SERIAL, "/dev/ttyUSB0")
    dialog = open_dialog([WHOZZ_UDP, modem], [FRONT_DESK])
    page = dialog.phone_lines
    page.devices.selectRow(0)

    click(qtbot, page.remove_device_button)

    assert shown(page, "error_lines") == (
        "Line 1: There is no device “whozz1” any more: choose the device this line comes from."
    )
    assert not dialog.ok_button.isEnabled()

    page.lines.selectRow(0)
    click(qtbot, page.edit_line_button)
    line_dialog = page.line_dialog
    line_dialog.device.setCurrentIndex(line_dialog.device.findData("modem1"))
    line_dialog.device_line.setText("")
    ok(qtbot, line_dialog)
    assert shown(page, "error_lines") == ""
    assert dialog.ok_button.isEnabled()


def test_without_settings_manage_nothing_is_written(
    qtbot, open_dialog, admin: Actor, sqlite_services: Services
) -> None:
    dialog = open_dialog([WHOZZ_UDP], [FRONT_DESK], actor=actor_without(admin, "settings.manage"))
    before = sqlite_services.profile.config_path.read_bytes()
    dialog.phone_lines.close_seconds.setValue(30)
    with qtbot.assertNotEmitted(dialog.phone_settings_changed):
        click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert "Change settings" in shown(dialog.phone_lines, "error_banner")
    assert sqlite_services.profile.config_path.read_bytes() == before


def test_the_service_refuses_what_the_dialogs_would_not_let_through(
    sqlite_services: Services, admin: Actor
) -> None:
    before = sqlite_services.profile.config_path.read_bytes()
    twice = PhoneSettings(
        devices=(WHOZZ_UDP,), lines=(FRONT_DESK, LineConfig("whozz1", 2, 1, "前台 2"))
    )
    with pytest.raises(ItemProblem) as refused:
        sqlite_services.phone_settings.save(admin, twice)
    assert (refused.value.field, refused.value.item, refused.value.item_field) == (
        "lines",
        1,
        "station_line",
    )
    assert sqlite_services.profile.config_path.read_bytes() == before


# --- testing a device live --------------------------------------------------------------------


def test_the_device_test_shows_a_whozz_record_sent_over_udp(qtbot, open_dialog) -> None:
    port = free_port(socket.SOCK_DGRAM)
    device = DeviceConfig("whozz1", DeviceKind.UDP, f"udp://127.0.0.1:{port}")
    dialog = open_dialog([device], [FRONT_DESK])  # keep a reference: the page is its child
    page = dialog.phone_lines
    test = open_test(qtbot, page)
    qtbot.waitUntil(lambda: test.health is Health.CONNECTED, timeout=5000)
    assert test.status.text() == f"Connected: listening on 127.0.0.1:{port}"

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.sendto(b"^^<U>000001<S>123456$" + WHOZZ, ("127.0.0.1", port))
    qtbot.waitUntil(lambda: test.events.rowCount() == 1, timeout=5000)

    _, line, event, number, name, details = cells(test.events, 0)
    assert (line, event, number, name) == (
        "1 → line 1 前台 1",
        "Call started",
        "8002404637",
        "CallerID.com",
    )
    assert details == "incoming, 09/26, 11:28"

    click(qtbot, test.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close))
    assert not test.running
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", port))  # the driver let the port go


def test_the_device_test_plays_a_simulator_script(qtbot, open_dialog, tmp_path) -> None:
    script = tmp_path / "calls.txt"
    script.write_text("+0.1 call line=2 number=13800138000 name=张三\n", encoding="utf-8")
    dialog = open_dialog([DeviceConfig("sim1", DeviceKind.SIMULATOR, f"sim:{script}")])
    page = dialog.phone_lines
    test = open_test(qtbot, page)

    qtbot.waitUntil(lambda: test.events.rowCount() == 1, timeout=5000)
    assert cells(test.events, 0)[1:5] == ["2", "Caller ID", "13800138000", "张三"]
    qtbot.waitUntil(lambda: test.status.text() == "Disconnected: script finished", timeout=5000)
    test.reject()


def test_the_device_test_shows_a_missing_serial_port_as_disconnected(qtbot, open_dialog) -> None:
    missing = "/dev/ttyYUNTIAN-not-there"
    dialog = open_dialog([DeviceConfig("modem1", DeviceKind.SERIAL, missing)])
    page = dialog.phone_lines
    test = open_test(qtbot, page)

    qtbot.waitUntil(lambda: test.health is Health.DISCONNECTED, timeout=5000)
    assert test.status.text().startswith("Disconnected: ")
    assert missing in test.status.text()
    assert test.events.rowCount() == 0
    test.reject()
    assert not test.running


def test_the_station_name_and_the_lines_wanted_are_saved_to_config_toml(
    qtbot, open_dialog, sqlite_services: Services
) -> None:
    """Several PCs on one database: this PC's name as the others see it, and the lines whose
    calls pop up here when another station's device takes them."""
    dialog = open_dialog([WHOZZ_UDP], [FRONT_DESK])
    page = dialog.phone_lines
    assert [box.isChecked() for box in page.popup_lines] == [True] * 8  # all by default
    page.station_name.setText("  前台 2 ")
    for n in (3, 4, 5, 6, 7, 8):
        page.popup_lines[n - 1].setChecked(False)
    with qtbot.waitSignal(dialog.phone_settings_changed, timeout=1000):
        click(qtbot, dialog.ok_button)

    stored = load_profile(sqlite_services.profile.root, create=False).config
    assert (stored.station_name, stored.popup_lines) == ("前台 2", [1, 2])
    assert stored.lines == [FRONT_DESK]  # the rest of the tab as it was
    reopened = open_dialog([WHOZZ_UDP], [FRONT_DESK])
    again = reopened.phone_lines
    assert again.station_name.text() == "前台 2"
    assert [box.isChecked() for box in again.popup_lines] == [True, True] + [False] * 6
