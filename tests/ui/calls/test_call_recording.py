"""Recording calls through the call desk: off-hook to on-hook, the pop-up's Record toggle, and a
PC without PortAudio."""

from __future__ import annotations

import datetime as dt
import time

import pytest
import soundfile
from PySide6.QtCore import Qt

from tests.helpers import login_admin
from tests.telephony.audio_fakes import ToneSource
from yuntian.device_settings import LineConfig
from yuntian.services.calls.call_types import CallFilter
from yuntian.telephony import recording
from yuntian.telephony.line_events import CallAnswered, CallEnded, IncomingCall, OutgoingCall
from yuntian.telephony.recording import Recorder
from yuntian.ui.calls.call_desk import CallDesk
from yuntian.ui.shell.status_bar import PhoneLinesWidget

NOW = dt.datetime(2026, 11, 27, 9, 30, 0)
RECORDED, PLAIN = 1, 2  # line 1 has a sound input, line 2 none


class FakeLines:
    def __init__(self, sink) -> None:
        self.sink = sink
        self.lines = [
            LineConfig("whozz", 1, RECORDED, "前台", audio_input="USB Audio, ALSA"),
            LineConfig("whozz", 2, PLAIN, "售后"),
        ]

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass


@pytest.fixture
def source() -> ToneSource:
    return ToneSource()


@pytest.fixture
def desk(qtbot, sqlite_services, source):
    services = sqlite_services
    bar = PhoneLinesWidget()
    qtbot.addWidget(bar)
    recorder = Recorder(services.profile.recordings_dir, source, clock=lambda: NOW)
    desk = CallDesk(
        services, login_admin(services), bar, FakeLines, station="pc1", recorder=recorder
    )
    desk.start()
    yield desk
    desk.stop()
    desk.popups.close_all()


def ring(desk: CallDesk, line: int, number: str = "13800138000") -> int:
    desk.handle(IncomingCall(line, "", number, None, None, "in", time.monotonic()))
    call_id = desk.call_id(line)
    assert call_id is not None
    return call_id


def end(desk: CallDesk, line: int, answered: bool = True) -> None:
    desk.handle(CallEnded(line, "", 3, answered, "in", time.monotonic()))


def stored_recording(desk: CallDesk, call_id: int) -> str:
    services = desk._services
    return services.calls.get(login_admin(services), call_id).recording


def record_button(desk: CallDesk, line: int):
    popup = desk.popups.popup(line)
    assert popup is not None
    return popup.findChild(type(popup.open_button), "popupRecord")


def test_a_call_is_recorded_from_off_hook_to_on_hook(desk, source, qtbot):
    call_id = ring(desk, RECORDED)
    assert stored_recording(desk, call_id) == ""
    desk.handle(CallAnswered(RECORDED, "前台", time.monotonic()))
    assert record_button(desk, RECORDED).isChecked()
    qtbot.wait(600)
    end(desk, RECORDED)
    relative = "2026/11/20261127-093000-line1.flac"
    assert stored_recording(desk, call_id) == relative
    assert source.opened == ["USB Audio, ALSA"]
    assert desk.recording.recorder.wait(2)
    info = soundfile.info(desk._services.profile.recordings_dir / relative)
    assert (info.format, info.samplerate, info.channels) == ("FLAC", 8000, 1)
    assert 0.4 <= info.duration <= 0.9
    button = record_button(desk, RECORDED)
    assert not button.isChecked() and not button.isEnabled()  # the call is over


def test_a_missed_call_is_not_recorded(desk, source):
    call_id = ring(desk, RECORDED)
    end(desk, RECORDED, answered=False)
    assert stored_recording(desk, call_id) == ""
    assert source.opened == []


def test_the_record_toggle_starts_and_stops_by_hand(desk, qtbot):
    call_id = ring(desk, RECORDED)  # a modem: no off-hook ever comes
    button = record_button(desk, RECORDED)
    assert button.isEnabled() and not button.isChecked()
    assert "Ctrl+R" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.isChecked() and desk.recording.recording_call(RECORDED) == call_id
    qtbot.wait(300)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isChecked() and desk.recording.recording_call(RECORDED) is None
    assert stored_recording(desk, call_id) == "2026/11/20261127-093000-line1.flac"
    assert button.isEnabled()  # the call goes on: it may be recorded again
    end(desk, RECORDED)
    assert stored_recording(desk, call_id) == "2026/11/20261127-093000-line1.flac"


def test_a_line_without_sound_input_offers_no_recording(desk, source):
    call_id = ring(desk, PLAIN)
    button = record_button(desk, PLAIN)
    assert not button.isEnabled()
    assert "no sound input" in button.toolTip()
    desk.handle(CallAnswered(PLAIN, "售后", time.monotonic()))
    end(desk, PLAIN)
    assert stored_recording(desk, call_id) == ""
    assert source.opened == []


def test_an_outgoing_call_is_recorded_while_it_lasts(desk, qtbot):
    desk.handle(OutgoingCall(RECORDED, "", "62345678", None, None, "out", time.monotonic()))
    call_id = desk.call_id(RECORDED)
    qtbot.wait(200)
    desk.handle(CallEnded(RECORDED, "", 2, None, "out", time.monotonic()))
    assert stored_recording(desk, call_id).endswith("-line1.flac")


def test_a_new_call_finishes_the_recording_of_one_whose_end_never_came(desk, qtbot):
    first = ring(desk, RECORDED)
    desk.handle(CallAnswered(RECORDED, "", time.monotonic()))
    qtbot.wait(100)
    second = ring(desk, RECORDED, "62345678")
    assert stored_recording(desk, first) == "2026/11/20261127-093000-line1.flac"
    assert desk.recording.recording_call(RECORDED) is None
    assert not record_button(desk, RECORDED).isChecked()
    desk.handle(CallAnswered(RECORDED, "", time.monotonic()))
    end(desk, RECORDED)
    assert stored_recording(desk, second) == "2026/11/20261127-093000-line1-2.flac"


def test_an_input_that_fails_says_so_in_the_status_bar(desk, source, qtbot):
    source.broken = ("USB Audio, ALSA",)
    call_id = ring(desk, RECORDED)
    with qtbot.waitSignal(desk.status_message, timeout=2000) as said:
        desk.handle(CallAnswered(RECORDED, "前台", time.monotonic()))
    assert said.args[0].startswith("Line 前台: ")
    assert "could not be opened" in said.args[0]
    assert not record_button(desk, RECORDED).isChecked()
    end(desk, RECORDED)
    assert stored_recording(desk, call_id) == ""


def test_without_portaudio_the_toggle_says_why_and_calls_go_on(desk, source):
    source.problem = recording.NO_PORTAUDIO
    desk.restart()  # the reason is looked up once per line set-up
    call_id = ring(desk, RECORDED)
    button = record_button(desk, RECORDED)
    assert not button.isEnabled()
    assert "PortAudio" in button.toolTip()
    desk.handle(CallAnswered(RECORDED, "前台", time.monotonic()))
    end(desk, RECORDED)
    assert stored_recording(desk, call_id) == ""
    assert source.opened == []
    assert desk.call_id(RECORDED) is None


def test_a_ring_still_pops_up_when_the_call_cannot_be_stored(desk: CallDesk, monkeypatch):
    def database_away(*args, **kwargs):
        raise OSError("server closed the connection")

    monkeypatch.setattr(desk._services.calls, "start", database_away)
    desk.handle(IncomingCall(PLAIN, "售后", "13800138000", None, None, "in", time.monotonic()))

    popup = desk.popups.popup(PLAIN)
    assert popup is not None and popup.isVisible()
    assert popup.number_label.text() == "138 0013 8000"
    assert "北京" in popup.where_label.text()  # read without the database
    assert desk.call_id(PLAIN) is None
    end(desk, PLAIN)  # and the end of a call that was never stored is harmless


def test_every_call_reaches_the_call_log_even_without_a_popup(desk: CallDesk, qtbot):
    with qtbot.waitSignal(desk.call_logged) as dialled:
        desk.handle(OutgoingCall(PLAIN, "售后", "13800138000", None, None, "out", time.monotonic()))
    assert desk.popups.popup(PLAIN) is None or not desk.popups.popup(PLAIN).isVisible()
    with qtbot.waitSignal(desk.call_logged) as ended:
        end(desk, PLAIN)
    assert (
        dialled.args
        == ended.args
        == [desk._services.calls.page(login_admin(desk._services), CallFilter())[0].id]
    )
