"""The phone lines tab (电话线路): this PC's caller-ID devices, its station lines 1..8 and how the
caller pop-up behaves. Kept in config.toml (like the This PC tab), saved by OK / Apply.

Devices and lines are edited in small dialogs; the whole set is re-checked after every change
and the first problem (say, a line whose device was removed) is shown under its table, with OK
disabled until it is fixed (a problem already in the file does not block the other tabs).
``stored`` tells the settings dialog the line manager must restart.
"""

from __future__ import annotations

import socket
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from yuntian.device_settings import MAX_STATION_LINES, DeviceConfig, LineConfig
from yuntian.services.calls.phone_settings import (
    MAX_CLOSE_SECONDS,
    MAX_STATION_NAME,
    ItemProblem,
    PhoneSettings,
    PhoneSettingsService,
    check_settings,
)
from yuntian.services.common.errors import ServiceError, ValidationError
from yuntian.services.common.permissions import Actor
from yuntian.telephony.drivers import make_driver
from yuntian.ui.common.field_errors import error_label, hint_label
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.record_tables import (
    fill_rows,
    record_table,
    selected_row,
    side_button,
    table_group,
)
from yuntian.ui.common.styles import ERROR_COLOUR
from yuntian.ui.settings.device_test_dialog import DeviceTestDialog, DriverFactory
from yuntian.ui.settings.phone_device_dialog import DeviceDialog, PortLister, serial_ports
from yuntian.ui.settings.phone_labels import format_cell, kind_short
from yuntian.ui.settings.phone_line_dialog import LineDialog
from yuntian.ui.settings.settings_common import SettingsPage


class PhoneLinesPage(SettingsPage):
    stored = Signal()  # the new devices and lines are in config.toml

    def __init__(
        self,
        service: PhoneSettingsService,
        *,
        driver_factory: DriverFactory = make_driver,
        ports: PortLister = serial_ports,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("phone_lines")
        self._service = service
        self._driver_factory = driver_factory
        self._ports = ports
        self._devices: list[DeviceConfig] = []
        self._lines: list[LineConfig] = []
        self._problem: ServiceError | None = None
        # The open sub-dialog (tests reach them here; they are window-modal, one at a time).
        self.device_dialog: DeviceDialog | None = None
        self.line_dialog: LineDialog | None = None
        self.test_dialog: DeviceTestDialog | None = None
        layout = self.page_layout()

        self.devices = record_table(
            "devices",
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Port or address"),
                self.tr("Format"),
                self.tr("Modem commands"),
                self.tr("Enabled"),
            ],
            stretch=2,
        )
        self.add_device_button = side_button(
            "add_device", self.tr("&Add device…"), self._add_device
        )
        self.edit_device_button = side_button("edit_device", self.tr("&Edit…"), self._edit_device)
        self.remove_device_button = side_button(
            "remove_device", self.tr("Remo&ve"), self._remove_device
        )
        self.test_button = side_button("test_device", self.tr("Te&st device…"), self._test_device)
        self.devices.itemDoubleClicked.connect(self._edit_device)
        self.devices.itemSelectionChanged.connect(self._update_buttons)
        devices_error = error_label("error_devices")
        # No focus widget: the live check must not pull the cursor out of the field in use.
        self.errors.register("devices", devices_error)
        layout.addWidget(
            table_group(
                self.tr("Caller-ID devices"),
                self.devices,
                [
                    self.add_device_button,
                    self.edit_device_button,
                    self.remove_device_button,
                    self.test_button,
                ],
                devices_error,
            ),
            1,
        )

        self.lines = record_table(
            "lines",
            [
                self.tr("Line"),
                self.tr("Name"),
                self.tr("Device"),
                self.tr("Device line"),
                self.tr("Pop up here"),
                self.tr("Recorded from"),
            ],
            stretch=1,
        )
        self.add_line_button = side_button("add_line", self.tr("Add &line…"), self._add_line)
        self.edit_line_button = side_button("edit_line", self.tr("E&dit…"), self._edit_line)
        self.remove_line_button = side_button(
            "remove_line", self.tr("Remove l&ine"), self._remove_line
        )
        self.lines.itemDoubleClicked.connect(self._edit_line)
        self.lines.itemSelectionChanged.connect(self._update_buttons)
        lines_error = error_label("error_lines")
        self.errors.register("lines", lines_error)
        layout.addWidget(
            table_group(
                self.tr("Station lines (1 to {count})").format(count=MAX_STATION_LINES),
                self.lines,
                [self.add_line_button, self.edit_line_button, self.remove_line_button],
                lines_error,
            ),
            1,
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.popup_focus = QCheckBox(self.tr("The caller pop-up takes the keyboard focus"))
        self.popup_focus.setObjectName("popup_focus")
        form.addRow("", self.popup_focus)
        self.close_seconds = QSpinBox()
        self.close_seconds.setObjectName("popup_close_seconds")
        self.close_seconds.setRange(0, MAX_CLOSE_SECONDS)
        self.close_seconds.setSuffix(self.tr(" s after the call"))
        self.close_seconds.setSpecialValueText(self.tr("never (close by hand)"))
        self.close_seconds.setMinimumWidth(200)
        form.addRow(self.tr("Close the pop-&up:"), self.close_seconds)
        self.errors.add_error_row(form, "popup_close_seconds")
        # Several PCs on one database: this station's name, and the lines it wants.
        self.station_name = QLineEdit()
        self.station_name.setObjectName("station_name")
        self.station_name.setMaxLength(MAX_STATION_NAME)
        self.station_name.setPlaceholderText(socket.gethostname())
        self.station_name.setMinimumWidth(200)
        form.addRow(self.tr("This station's &name:"), self.station_name)
        self.errors.add_error_row(form, "station_name")
        self.popup_lines = [QCheckBox(str(n)) for n in range(1, MAX_STATION_LINES + 1)]
        wanted = QHBoxLayout()
        for n, box in enumerate(self.popup_lines, start=1):
            box.setObjectName(f"popup_line_{n}")
            wanted.addWidget(box)
        wanted.addStretch(1)
        form.addRow(self.tr("Other stations' calls on lines:"), wanted)
        layout.addLayout(form)
        layout.addWidget(
            hint_label(
                self.tr(
                    "These settings apply to this PC only. A pinned pop-up stays open. Calls on "
                    "the lines ticked pop up here when another station's device takes them "
                    "(the others see this station by its name). After OK or Apply the phone "
                    "lines restart with the new settings."
                )
            )
        )

        self._load()
        self.popup_focus.toggled.connect(self._changed)
        self.close_seconds.valueChanged.connect(self._changed)
        self.station_name.textChanged.connect(self._changed)
        for box in self.popup_lines:
            box.toggled.connect(self._changed)

    # --- state --------------------------------------------------------------------------

    def _load(self) -> None:
        self._saved = saved = self._service.current()
        self._devices = list(saved.devices)
        self._lines = list(saved.lines)
        self.popup_focus.setChecked(saved.popup_focus)
        self.close_seconds.setValue(saved.popup_close_seconds)
        self.station_name.setText(saved.station_name)
        for n, box in enumerate(self.popup_lines, start=1):
            box.setChecked(n in saved.popup_lines)
        self._refresh()

    def current(self) -> PhoneSettings:
        return PhoneSettings(
            devices=tuple(self._devices),
            lines=tuple(self._lines),
            popup_focus=self.popup_focus.isChecked(),
            popup_close_seconds=self.close_seconds.value(),
            station_name=" ".join(self.station_name.text().split()),
            popup_lines=tuple(n for n, b in enumerate(self.popup_lines, start=1) if b.isChecked()),
        )

    def is_dirty(self) -> bool:
        return self.current() != self._saved

    def is_valid(self) -> bool:
        # A problem already in config.toml (say, a deleted script) must not block the other tabs.
        return self._problem is None or not self.is_dirty()

    def apply(self, actor: Actor) -> bool:
        self.errors.clear()
        try:
            stored = self._service.save(actor, self.current())
        except ServiceError as exc:
            self._show_problem(exc)
            return False
        self._saved = stored
        self._devices, self._lines = list(stored.devices), list(stored.lines)
        self._refresh()
        self.stored.emit()
        return True

    def _changed(self) -> None:
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        """Redraw both tables and re-check the whole set."""
        self._lines.sort(key=lambda line: line.station_line)
        self._fill_devices()
        self._fill_lines()
        self._problem = None
        try:
            check_settings(self.current())
        except ValidationError as exc:
            self._problem = exc
        if self._problem is None:
            self.errors.clear()
        else:
            self._show_problem(self._problem)
        self._update_buttons()

    def _show_problem(self, exc: ServiceError) -> None:
        if not isinstance(exc, ItemProblem):
            self.errors.show(exc)
            return
        if exc.field == "devices":
            text = self.tr("Device “{name}”: {problem}").format(
                name=exc.item, problem=error_text(exc)
            )
            table, row = (
                self.devices,
                next((i for i, d in enumerate(self._devices) if d.id == exc.item), -1),
            )
        else:
            text = self.tr("Line {number}: {problem}").format(
                number=exc.item, problem=error_text(exc)
            )
            table, row = (
                self.lines,
                next((i for i, x in enumerate(self._lines) if x.station_line == exc.item), -1),
            )
        self.errors.show_text(exc.field, text)
        for column in range(table.columnCount()):
            item = table.item(row, column) if row >= 0 else None
            if item is not None:
                item.setForeground(QBrush(QColor(ERROR_COLOUR)))

    def _fill_devices(self) -> None:
        fill_rows(
            self.devices,
            [
                [
                    device.id,
                    kind_short(device.kind),
                    device.url,
                    format_cell(device.kind, device.format),
                    " ; ".join(device.init.split("\n")),
                    self.tr("yes") if device.enabled else self.tr("no"),
                ]
                for device in self._devices
            ],
        )

    def _fill_lines(self) -> None:
        fill_rows(
            self.lines,
            [
                [
                    str(line.station_line),
                    line.name,
                    line.device,
                    "" if line.device_line is None else str(line.device_line),
                    self.tr("yes") if line.popup else self.tr("no"),
                    "" if line.audio_input is None else str(line.audio_input),
                ]
                for line in self._lines
            ],
            centred=0,
        )

    def _update_buttons(self) -> None:
        has_device = selected_row(self.devices) >= 0
        self.edit_device_button.setEnabled(has_device)
        self.remove_device_button.setEnabled(has_device)
        self.test_button.setEnabled(has_device)
        has_line = selected_row(self.lines) >= 0
        self.edit_line_button.setEnabled(has_line)
        self.remove_line_button.setEnabled(has_line)
        self.add_line_button.setEnabled(len(self._lines) < MAX_STATION_LINES)

    # --- devices ------------------------------------------------------------------------

    def _add_device(self) -> None:
        self._open_device_dialog(None)

    def _edit_device(self) -> None:
        row = selected_row(self.devices)
        if row >= 0:
            self._open_device_dialog(row)

    def _open_device_dialog(self, row: int | None) -> None:
        device = None if row is None else self._devices[row]
        others = [d for i, d in enumerate(self._devices) if i != row]
        dialog = DeviceDialog(device, others, ports=self._ports, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._device_accepted(row, dialog.result_device))
        dialog.finished.connect(lambda: setattr(self, "device_dialog", None))
        self.device_dialog = dialog
        dialog.open()

    def _device_accepted(self, row: int | None, device: DeviceConfig | None) -> None:
        if device is None:
            return
        if row is None:
            self._devices.append(device)
            row = len(self._devices) - 1
        else:
            old = self._devices[row].id
            self._devices[row] = device
            if old != device.id:  # a renamed device keeps its lines
                self._lines = [
                    replace(line, device=device.id) if line.device == old else line
                    for line in self._lines
                ]
        self.devices.clearSelection()
        self._changed()
        self.devices.selectRow(row)

    def _remove_device(self) -> None:
        """Its lines stay, flagged, until they get another device or are removed: the user
        sees what depended on it instead of losing the lines' names silently."""
        row = selected_row(self.devices)
        if row >= 0:
            del self._devices[row]
            self._changed()

    def _test_device(self) -> None:
        row = selected_row(self.devices)
        if row < 0:
            return
        dialog = DeviceTestDialog(
            self._devices[row], self._driver_factory, self._lines, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda: setattr(self, "test_dialog", None))
        self.test_dialog = dialog
        dialog.open()
        dialog.start()

    # --- lines --------------------------------------------------------------------------

    def _add_line(self) -> None:
        self._open_line_dialog(None)

    def _edit_line(self) -> None:
        row = selected_row(self.lines)
        if row >= 0:
            self._open_line_dialog(row)

    def _open_line_dialog(self, row: int | None) -> None:
        line = None if row is None else self._lines[row]
        others = [x for i, x in enumerate(self._lines) if i != row]
        dialog = LineDialog(line, self._devices, others, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._line_accepted(row, dialog.result_line))
        dialog.finished.connect(lambda: setattr(self, "line_dialog", None))
        self.line_dialog = dialog
        dialog.open()

    def _line_accepted(self, row: int | None, line: LineConfig | None) -> None:
        if line is None:
            return
        if row is None:
            self._lines.append(line)
        else:
            self._lines[row] = line
        self.lines.clearSelection()
        self._changed()
        self.lines.selectRow(next(i for i, x in enumerate(self._lines) if x is line))

    def _remove_line(self) -> None:
        row = selected_row(self.lines)
        if row >= 0:
            del self._lines[row]
            self._changed()
