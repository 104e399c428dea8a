"""Call recording: files where the call log looks for them, readable FLAC, no crash without
PortAudio."""

from __future__ import annotations

import builtins
import datetime as dt
import sys
import threading
import time

import numpy as np
import pytest
import soundfile

from tests.telephony.audio_fakes import TONE_HZ, ToneSource
from yuntian.telephony import recording
from yuntian.telephony.recording import Recorder, SoundDeviceSource

NOW = dt.datetime(2026, 11, 27, 9, 30, 0)


def _recorder(tmp_path, source=None, **kwargs) -> Recorder:
    return Recorder(tmp_path / "recordings", source or ToneSource(), clock=lambda: NOW, **kwargs)


def _record(recorder: Recorder, line: int, seconds: float, device: object = "hw:1") -> str | None:
    recorder.start(line, device)
    time.sleep(seconds)
    return recorder.stop(line, timeout=2)


def test_a_second_of_tone_becomes_a_flac_file_under_year_and_month(tmp_path):
    recorder = _recorder(tmp_path)
    relative = _record(recorder, 1, 1.0)
    assert relative == "2026/11/20261127-093000-line1.flac"
    path = tmp_path / "recordings" / relative
    info = soundfile.info(path)
    assert (info.format, info.subtype, info.samplerate, info.channels) == (
        "FLAC",
        "PCM_16",
        8000,
        1,
    )
    assert 0.8 <= info.duration <= 1.3
    data, rate = soundfile.read(path, dtype="int16")
    # What was heard is in the file: the tone's frequency, not silence or noise.
    spectrum = np.abs(np.fft.rfft(data.astype(float)))
    assert abs(np.argmax(spectrum) * rate / len(data) - TONE_HZ) < 10
    assert path.stat().st_size < len(data) * 2  # compressed below the raw 16-bit samples


def test_start_and_stop_are_quick(tmp_path):
    class SlowToOpen(ToneSource):
        def open(self, device, on_block):
            time.sleep(0.3)  # a sound card that takes its time
            return super().open(device, on_block)

    recorder = _recorder(tmp_path, SlowToOpen())
    began = time.perf_counter()
    recorder.start(1, 0)
    started = time.perf_counter() - began
    time.sleep(0.5)
    began = time.perf_counter()
    relative = recorder.stop(1)
    stopped = time.perf_counter() - began
    assert started < 0.02 and stopped < 0.02
    assert recorder.wait(2)
    assert soundfile.info(tmp_path / "recordings" / relative).frames > 0


def test_two_recordings_in_the_same_second_get_two_files(tmp_path):
    recorder = _recorder(tmp_path)
    first = _record(recorder, 1, 0.2)
    second = _record(recorder, 1, 0.2)
    assert first != second
    assert second == "2026/11/20261127-093000-line1-2.flac"
    for relative in (first, second):
        assert soundfile.info(tmp_path / "recordings" / relative).frames > 0


def test_lines_record_side_by_side(tmp_path):
    source = ToneSource()
    recorder = _recorder(tmp_path, source)
    recorder.start(1, "a")
    recorder.start(2, 3)
    assert recorder.start(1, "a") == "2026/11/20261127-093000-line1.flac"  # already recording
    assert recorder.is_recording(1) and recorder.is_recording(2)
    time.sleep(0.3)
    stopped = recorder.stop_all()
    assert stopped == {
        1: "2026/11/20261127-093000-line1.flac",
        2: "2026/11/20261127-093000-line2.flac",
    }
    assert source.opened == ["a", 3]
    assert not recorder.is_recording(1)


def test_stop_without_start_is_harmless(tmp_path):
    recorder = _recorder(tmp_path)
    assert recorder.stop(3) is None
    assert recorder.stop_all() == {}
    assert recorder.wait(0.1)
    assert not (tmp_path / "recordings").exists()


def test_an_input_that_cannot_be_opened_is_reported_and_leaves_no_file(tmp_path):
    errors: list[tuple[int, str]] = []
    done = threading.Event()

    def on_error(line, reason):
        errors.append((line, reason))
        done.set()

    recorder = _recorder(tmp_path, ToneSource(broken=("usb",)), on_error=on_error)
    recorder.start(4, "usb")
    assert done.wait(2)
    assert errors == [(4, recording.OPEN_FAILED)]
    assert not recorder.is_recording(4)
    assert recorder.stop(4) is None
    assert not list((tmp_path / "recordings").rglob("*.flac"))


def test_a_call_whose_end_never_comes_stops_at_the_limit(tmp_path):
    recorder = _recorder(tmp_path, max_seconds=0.25)
    relative = _record(recorder, 1, 0.6)
    assert soundfile.info(tmp_path / "recordings" / relative).frames == 2000


def test_an_unwritable_folder_is_reported(tmp_path):
    errors: list[str] = []
    (tmp_path / "recordings").write_text("a file where the folder should be")
    recorder = _recorder(tmp_path, on_error=lambda line, reason: errors.append(reason))
    recorder.start(1, 0)
    time.sleep(0.1)
    assert recorder.stop(1, timeout=2) is None
    assert errors == [recording.WRITE_FAILED]


@pytest.fixture
def no_portaudio(monkeypatch):
    """Importing sounddevice fails as it does where libportaudio2 is missing."""
    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "sounddevice":
            raise OSError("PortAudio library not found")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "sounddevice", raising=False)
    monkeypatch.setattr(builtins, "__import__", fake_import)


def test_without_portaudio_the_reason_is_given_and_nothing_breaks(tmp_path, no_portaudio):
    source = SoundDeviceSource()
    assert source.why_unavailable() == recording.NO_PORTAUDIO
    assert "PortAudio" in source.why_unavailable()
    assert source.input_devices() == []
    errors: list[str] = []
    recorder = Recorder(tmp_path, source, on_error=lambda line, reason: errors.append(reason))
    assert recorder.why_unavailable() == recording.NO_PORTAUDIO
    recorder.start(1, "whatever")
    assert recorder.stop(1, timeout=2) is None
    assert errors == [recording.NO_PORTAUDIO]


def test_the_sound_card_source_lists_inputs_or_says_why_not():
    pytest.importorskip("sounddevice", exc_type=OSError)
    source = SoundDeviceSource()
    devices = source.input_devices()
    reason = source.why_unavailable()
    assert (reason is None) == bool(devices)
    if not devices:
        assert reason == recording.NO_INPUT
    assert all(d.channels > 0 and d.key.startswith(d.name + ", ") for d in devices)


def test_opening_a_missing_sound_card_is_an_open_error():
    pytest.importorskip("sounddevice", exc_type=OSError)
    with pytest.raises(recording.AudioOpenError):
        SoundDeviceSource().open("no such card ∅", lambda block: None)
