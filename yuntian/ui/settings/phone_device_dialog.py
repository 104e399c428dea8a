"""Add or edit one caller-ID device: its name, kind, port or address, format and modem commands.

The dialog checks the device with the service's rules when accepted and keeps itself open with
the message under the field to fix; the page stores the result (saved to config.toml with the
settings dialog's OK / Apply).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from yuntian.device_settings import DEFAULT_FORMAT, DeviceConfig, DeviceKind, kind_of_url
from yuntian.services.calls.phone_settings import FORMATS_BY_KIND, MAX_ID_LENGTH, check_device
from yuntian.ui.common.checked_dialog import CheckedDialog, edited
from yuntian.ui.common.field_errors import error_label, hint_label
from yuntian.ui.settings.phone_labels import format_cell, format_label, kind_label, url_hint

log = logging.getLogger(__name__)

PortLister = Callable[[], list[tuple[str, str]]]  # (port, description)
EXAMPLES = {
    DeviceKind.UDP: ("udp://0.0.0.0:3520",),
    DeviceKind.NCID: ("ncid://127.0.0.1:3333",),
    DeviceKind.SIMULATOR: ("sim:demo", "sim:demo?every=10&lines=4"),
}
_NAME_STEMS = {
    DeviceKind.SERIAL: "modem",
    DeviceKind.UDP: "whozz",
    DeviceKind.NCID: "ncid",
    DeviceKind.SIMULATOR: "sim",
}


def serial_ports() -> list[tuple[str, str]]:
    """The serial ports this PC has now; empty when they cannot be listed."""
    try:
        from serial.tools.list_ports import comports

        return sorted((p.device, p.description or "") for p in comports())
    except Exception:  # a broken driver must not keep the settings from opening
        log.exception("cannot list the serial ports")
        return []


class DeviceDialog(CheckedDialog):
    """``device`` None: a new one. ``others``: the other devices (names must differ).
    After ``accepted``, ``result_device`` is the checked device."""

    def __init__(
        self,
        device: DeviceConfig | None,
        others: Sequence[DeviceConfig],
        *,
        ports: PortLister = serial_ports,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deviceDialog")
        self.setWindowTitle(self.tr("New device") if device is None else self.tr("Edit device"))
        self._original = device
        self._others = list(others)
        self._ports = ports
        self._name_edited = device is not None  # a new device's name follows its kind
        self.result_device: DeviceConfig | None = None

        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in DeviceKind:
            self.kind.addItem(kind_label(kind), kind)
        self.device_id = QLineEdit()
        self.device_id.setObjectName("device_id")
        self.device_id.setMaxLength(MAX_ID_LENGTH)
        self.device_id.setPlaceholderText(self.tr("a short name, e.g. modem1"))
        self.url = QComboBox()
        self.url.setObjectName("url")
        self.url.setEditable(True)
        self.url.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.url.setMinimumWidth(360)
        self.format = QComboBox()
        self.format.setObjectName("format")
        self.init = QPlainTextEdit()
        self.init.setObjectName("init")
        self.init.setTabChangesFocus(True)
        self.init.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.init.setPlaceholderText("ATZ\nAT+VCID=1")  # commands, not language
        self.enabled = QCheckBox(self.tr("Read this device"))
        self.enabled.setObjectName("enabled")
        self.enabled.setChecked(True)

        form = QFormLayout()
        self.errors.add_field_row(form, self.tr("&Kind:"), "kind", self.kind)
        self.errors.add_field_row(form, self.tr("&Name:"), "id", self.device_id)
        self._add_url_row(form)
        self.errors.add_field_row(form, self.tr("&Format:"), "format", self.format)
        self.errors.add_field_row(
            form,
            self.tr("&Modem commands:"),
            "init",
            self.init,
            hint=self.tr(
                "One per line. Empty: ATZ, then AT+VCID=1, or AT#CID=1 if the modem refuses it."
            ),
        )
        self.errors.add_field_row(form, "", "enabled", self.enabled)

        self._lay_out(form, 560)

        if device is not None:
            self.kind.setCurrentIndex(self.kind.findData(device.kind))
            self.device_id.setText(device.id)
            self.enabled.setChecked(device.enabled)
            self.init.setPlainText(device.init)
        self._kind_changed()
        if device is not None:
            self.url.setEditText(device.url)
            self.format.setCurrentIndex(max(0, self.format.findData(device.format)))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.format.currentIndexChanged.connect(self._update_init)
        self.device_id.textEdited.connect(self._name_typed)
        self._update_init()
        (self.device_id if device is not None else self.kind).setFocus()

    def _add_url_row(self, form: QFormLayout) -> None:
        """Like ``FieldErrors.add_field_row``, with a hint that changes with the kind."""
        self.url_hint = hint_label("")
        url_error = error_label("error_url")
        self.errors.register("url", url_error, self.url)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for widget in (self.url, self.url_hint, url_error):
            column.addWidget(widget)
        label = QLabel(self.tr("&Port or address:"))
        label.setBuddy(self.url)
        form.addRow(label, box)

    def current_kind(self) -> DeviceKind:
        return DeviceKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        typed = self.url.currentText().strip()
        self.url.clear()
        if kind is DeviceKind.SERIAL:
            for port, description in self._ports():
                self.url.addItem(f"{port}  —  {description}" if description else port, port)
        else:
            for example in EXAMPLES[kind]:
                self.url.addItem(example, example)
        # Keep what was typed if it suits the new kind; otherwise offer the first choice.
        keep = bool(typed) and kind_of_url(typed) is kind
        self.url.setEditText(typed if keep else (self.url.itemData(0) or ""))
        self.url_hint.setText(url_hint(kind))
        self.format.blockSignals(True)
        self.format.clear()
        if DEFAULT_FORMAT[kind]:
            self.format.addItem(format_cell(kind, ""), "")
            for name in FORMATS_BY_KIND[kind]:
                if name != DEFAULT_FORMAT[kind]:
                    self.format.addItem(format_label(name), name)
        self.format.setEnabled(self.format.count() > 1)
        self.format.blockSignals(False)
        if not self._name_edited:
            self.device_id.setText(self._free_name(_NAME_STEMS[kind]))
        self._update_init()
        if self.isVisible():
            self.adjustSize()  # the hints differ in length

    def _update_init(self) -> None:
        fmt = self.format.currentData() or DEFAULT_FORMAT[self.current_kind()]
        self.init.setEnabled(self.current_kind() is DeviceKind.SERIAL and fmt.startswith("modem"))

    def _name_typed(self) -> None:
        self._name_edited = True

    def _free_name(self, stem: str) -> str:
        taken = {d.id for d in self._others}
        return next(f"{stem}{n}" for n in range(1, len(taken) + 2) if f"{stem}{n}" not in taken)

    def _url_text(self) -> str:
        text = self.url.currentText().strip()
        # A chosen list entry shows "port — description": store the port itself.
        index = self.url.findText(text)
        if index >= 0 and self.url.itemData(index):
            return str(self.url.itemData(index))
        return text

    def device(self) -> DeviceConfig:
        """What the fields say, unchecked (keeps the original's baud and unknown keys)."""
        kind = self.current_kind()
        values = {
            "id": self.device_id.text(),
            "kind": kind,
            "url": self._url_text(),
            "format": self.format.currentData() or "",
            "init": self.init.toPlainText() if self.init.isEnabled() else "",
            "enabled": self.enabled.isChecked(),
        }
        return edited(self._original, DeviceConfig, values)

    def check(self) -> None:
        self.result_device = check_device(self.device(), self._others)
