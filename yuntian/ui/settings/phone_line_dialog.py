"""Add or edit one station line: its number 1..8, its name, which device (and which of the
device's lines) it comes from, whether it pops up the caller on this PC, and the sound input
that records its calls.

Checked with the service's rules when accepted; a refusal keeps the dialog open with the message
under the field to fix.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from yuntian.device_settings import (
    MAX_STATION_LINES,
    DeviceConfig,
    LineConfig,
    norm_line,
)
from yuntian.services.calls.phone_settings import MAX_NAME_LENGTH, check_line
from yuntian.telephony.recording import InputDevice, SoundDeviceSource
from yuntian.ui.calls.call_recording import recording_reason
from yuntian.ui.common.checked_dialog import CheckedDialog, edited
from yuntian.ui.settings.phone_labels import kind_short


class SoundInputs(Protocol):
    """The PC's sound inputs (SoundDeviceSource; tests pass their own)."""

    def why_unavailable(self) -> str | None: ...

    def input_devices(self) -> list[InputDevice]: ...


class LineDialog(CheckedDialog):
    """``line`` None: a new one. ``others``: the other lines. After ``accepted``,
    ``result_line`` is the checked line. ``sound``: where the sound inputs are listed from."""

    def __init__(
        self,
        line: LineConfig | None,
        devices: Sequence[DeviceConfig],
        others: Sequence[LineConfig],
        parent: QWidget | None = None,
        *,
        sound: SoundInputs | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lineDialog")
        self.setWindowTitle(self.tr("New line") if line is None else self.tr("Edit line"))
        self._original = line
        self._devices = list(devices)
        self._others = list(others)
        self.result_line: LineConfig | None = None

        self.station_line = QSpinBox()
        self.station_line.setObjectName("station_line")
        self.station_line.setRange(1, MAX_STATION_LINES)
        self.station_line.setMaximumWidth(100)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.name.setPlaceholderText(self.tr("e.g. Front desk 1"))
        self.device = QComboBox()
        self.device.setObjectName("device")
        for device in self._devices:
            self.device.addItem(f"{device.id}  ({kind_short(device.kind)})", device.id)
        self.device_line = QLineEdit()
        self.device_line.setObjectName("device_line")
        self.device_line.setMaxLength(16)
        self.device_line.setPlaceholderText(self.tr("empty: the device has one line"))
        self.popup = QCheckBox(self.tr("Pop up the caller on this PC"))
        self.popup.setObjectName("popup")
        self.popup.setChecked(True)
        self.audio_input = QComboBox()
        self.audio_input.setObjectName("audio_input")
        audio_hint = self._fill_audio_inputs(
            sound or SoundDeviceSource(), None if line is None else line.audio_input
        )

        form = QFormLayout()
        self.errors.add_field_row(form, self.tr("&Line:"), "station_line", self.station_line)
        self.errors.add_field_row(form, self.tr("&Name:"), "name", self.name)
        self.errors.add_field_row(form, self.tr("&Device:"), "device", self.device)
        self.errors.add_field_row(
            form,
            self.tr("Device l&ine:"),
            "device_line",
            self.device_line,
            hint=self.tr(
                "Whozz Calling units number their lines 1, 2, ...; an NCID server names them "
                "(its LINE label); a modem has one line: leave this empty."
            ),
        )
        self.errors.add_field_row(form, "", "popup", self.popup)
        self.errors.add_field_row(
            form, self.tr("&Record from:"), "audio_input", self.audio_input, hint=audio_hint
        )

        self._lay_out(form, 480)

        if line is not None:
            self.station_line.setValue(line.station_line)
            self.name.setText(line.name)
            self.device.setCurrentIndex(self.device.findData(line.device))
            if line.device_line is not None:
                self.device_line.setText(str(line.device_line))
            self.popup.setChecked(line.popup)
        else:
            used = {o.station_line for o in self._others}
            free = [n for n in range(1, MAX_STATION_LINES + 1) if n not in used]
            self.station_line.setValue(free[0] if free else 1)
            self._suggest_device_line()
            self.device.currentIndexChanged.connect(self._suggest_device_line)
        self.name.setFocus()

    def _fill_audio_inputs(self, sound: SoundInputs, current: int | str | None) -> str:
        """The sound inputs to choose from; returns the hint under the list."""
        reason = sound.why_unavailable()
        self.audio_input.addItem(self.tr("Not recorded"), None)
        for device in [] if reason else sound.input_devices():
            self.audio_input.addItem(f"{device.name} ({device.hostapi})", device.key)
        if current is not None:
            found = self.audio_input.findData(current)
            if found < 0:  # unplugged now, or typed into config.toml: keep it
                self.audio_input.addItem(
                    self.tr("{input} (not found now)").format(input=current), current
                )
                found = self.audio_input.count() - 1
            self.audio_input.setCurrentIndex(found)
        if reason:
            self.audio_input.setEnabled(current is not None)  # only to take a setting off
            self.audio_input.setToolTip(recording_reason(reason))
            return recording_reason(reason)
        return self.tr(
            "Calls are recorded from pick-up to hang-up where the device reports them, "
            "or with the pop-up's Record button."
        )

    def _suggest_device_line(self) -> None:
        """A device that already feeds lines gets the next of its line numbers."""
        device = self.device.currentData()
        used = [o.device_line for o in self._others if o.device == device]
        numbers = [n for n in used if isinstance(n, int)]
        self.device_line.setText(str(max(numbers) + 1) if numbers else "")

    def line(self) -> LineConfig:
        """What the fields say, unchecked (keeps the original's unknown keys)."""
        values = {
            "station_line": self.station_line.value(),
            "name": self.name.text(),
            "device": self.device.currentData() or "",
            "device_line": norm_line(self.device_line.text()),
            "popup": self.popup.isChecked(),
            "audio_input": self.audio_input.currentData(),
        }
        return edited(self._original, LineConfig, values)

    def check(self) -> None:
        self.result_line = check_line(self.line(), self._devices, self._others)
