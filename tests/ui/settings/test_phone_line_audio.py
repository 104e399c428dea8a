"""The line dialog's sound input list: choose, clear, keep an unplugged one, say why not."""

from __future__ import annotations

import pytest

from yuntian.device_settings import DeviceConfig, DeviceKind, LineConfig
from yuntian.telephony import recording
from yuntian.telephony.recording import InputDevice
from yuntian.ui.settings.phone_line_dialog import LineDialog

DEVICES = [DeviceConfig("whozz", DeviceKind.UDP, "udp://0.0.0.0:3520")]
USB = InputDevice(3, "USB Audio CODEC", "ALSA", 1)
MIC = InputDevice(5, "Microphone (Realtek)", "MME", 2)


class FakeInputs:
    def __init__(self, devices=(USB, MIC), problem=None) -> None:
        self.devices = list(devices)
        self.problem = problem

    def why_unavailable(self):
        return self.problem

    def input_devices(self):
        return self.devices


@pytest.fixture
def dialog(qtbot):
    def make(line=None, inputs=None) -> LineDialog:
        d = LineDialog(line, DEVICES, [], sound=inputs or FakeInputs())
        qtbot.addWidget(d)
        return d

    return make


def items(d: LineDialog) -> list[str]:
    return [d.audio_input.itemText(i) for i in range(d.audio_input.count())]


def test_a_new_line_is_not_recorded_until_an_input_is_chosen(dialog):
    d = dialog()
    assert items(d) == ["Not recorded", "USB Audio CODEC (ALSA)", "Microphone (Realtek) (MME)"]
    assert d.audio_input.isEnabled()
    assert d.line().audio_input is None
    d.audio_input.setCurrentIndex(2)
    d.name.setText("前台")
    d.accept()
    assert d.result_line.audio_input == "Microphone (Realtek), MME"


def test_an_edited_line_shows_its_input_and_can_drop_it(dialog):
    line = LineConfig("whozz", 1, 1, "前台", audio_input="USB Audio CODEC, ALSA")
    d = dialog(line)
    assert d.audio_input.currentText() == "USB Audio CODEC (ALSA)"
    d.audio_input.setCurrentIndex(0)
    assert d.line().audio_input is None


def test_an_input_that_is_unplugged_now_is_kept(dialog):
    line = LineConfig("whozz", 1, 1, "前台", audio_input=7)
    d = dialog(line)
    assert d.audio_input.currentText() == "7 (not found now)"
    assert d.line().audio_input == 7


def test_without_portaudio_the_list_is_disabled_and_says_why(dialog):
    d = dialog(inputs=FakeInputs(problem=recording.NO_PORTAUDIO))
    assert items(d) == ["Not recorded"]
    assert not d.audio_input.isEnabled()
    assert "PortAudio" in d.audio_input.toolTip()
    assert d.line().audio_input is None


def test_without_sound_input_a_configured_one_can_still_be_taken_off(dialog):
    line = LineConfig("whozz", 1, 1, "前台", audio_input="USB Audio CODEC, ALSA")
    d = dialog(line, FakeInputs(devices=[], problem=recording.NO_INPUT))
    assert d.audio_input.isEnabled()
    assert d.line().audio_input == "USB Audio CODEC, ALSA"
    d.audio_input.setCurrentIndex(0)
    assert d.line().audio_input is None
