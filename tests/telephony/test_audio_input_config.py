"""A line's sound input in config.toml: [[phone.lines]] audio_input, by name or number."""

from __future__ import annotations

import pytest

from yuntian.config import CONFIG_FILE, ConfigError, load_profile
from yuntian.device_settings import DeviceConfig, DeviceKind, LineConfig

DEVICE = '[[phone.devices]]\nid = "w"\nurl = "udp://0.0.0.0:3520"\n'
LINE = '[[phone.lines]]\ndevice = "w"\nstation_line = 1\ndevice_line = 1\n'


def test_audio_inputs_round_trip(tmp_path):
    profile = load_profile(tmp_path)
    profile.config.devices = [DeviceConfig("w", DeviceKind.UDP, "udp://0.0.0.0:3520")]
    profile.config.lines = [
        LineConfig("w", 1, 1, "前台", audio_input='USB "Audio", ALSA'),
        LineConfig("w", 2, 2, audio_input=0),
        LineConfig("w", 3, 3),
    ]
    profile.save()
    text = profile.config_path.read_text(encoding="utf-8")
    assert text.count("\naudio_input = ") == 2  # a line not recorded says nothing
    lines = load_profile(tmp_path).config.lines
    assert [x.audio_input for x in lines] == ['USB "Audio", ALSA', 0, None]


@pytest.mark.parametrize(("value", "expected"), [('""', None), ('"  hw:1  "', "hw:1"), ("3", 3)])
def test_audio_input_values(tmp_path, value, expected):
    (tmp_path / CONFIG_FILE).write_text(DEVICE + LINE + f"audio_input = {value}\n", "utf-8")
    assert load_profile(tmp_path).config.lines[0].audio_input == expected


@pytest.mark.parametrize("value", ["-1", "true", "1.5", "[1]"])
def test_a_bad_audio_input_names_the_file_and_key(tmp_path, value):
    path = tmp_path / CONFIG_FILE
    path.write_text(DEVICE + LINE + f"audio_input = {value}\n", "utf-8")
    with pytest.raises(ConfigError) as info:
        load_profile(tmp_path)
    assert str(info.value).startswith(f"{path}, key 'phone.lines[1].audio_input': ")
    assert "sound input" in str(info.value)


def test_unknown_keys_beside_audio_input_survive(tmp_path):
    (tmp_path / CONFIG_FILE).write_text(DEVICE + LINE + 'audio_input = "hw:1"\ngain = 3\n', "utf-8")
    profile = load_profile(tmp_path)
    profile.save()
    line = load_profile(tmp_path).config.lines[0]
    assert (line.audio_input, line.extra) == ("hw:1", {"gain": 3})
