"""Devices and lines: from a monitor URL, and through config.toml and back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yuntian.config import CONFIG_FILE, Config, ConfigError, load_profile, parse_config
from yuntian.device_settings import (
    FORMAT_NAMES,
    DeviceConfig,
    DeviceKind,
    LineConfig,
    device_from_url,
)
from yuntian.telephony.formats import FORMATS, make_parser


@pytest.mark.parametrize(
    ("url", "kind", "fmt", "baud"),
    [
        ("/dev/ttyUSB0", DeviceKind.SERIAL, "modem", 115200),
        ("COM3", DeviceKind.SERIAL, "modem", 115200),
        ("loop://", DeviceKind.SERIAL, "modem", 115200),
        ("socket://192.168.1.9:4001", DeviceKind.SERIAL, "modem", 115200),
        ("rfc2217://moxa:4001", DeviceKind.SERIAL, "modem", 115200),
        ("udp://0.0.0.0:3520", DeviceKind.UDP, "whozz", None),
        ("UDP://:3520", DeviceKind.UDP, "whozz", None),
        ("ncid://192.168.1.2", DeviceKind.NCID, "ncid", None),
        ("sim:demo", DeviceKind.SIMULATOR, "", None),
        ("sim:calls.txt", DeviceKind.SIMULATOR, "", None),
    ],
)
def test_device_from_url_guesses_kind_and_format(url, kind, fmt, baud):
    device = device_from_url(f" {url} ")
    assert (device.kind, device.parser_format, device.url, device.id) == (kind, fmt, url, url)
    if baud:
        assert device.serial_baud == baud


def test_device_from_url_takes_format_and_init():
    device = device_from_url("/dev/ttyS0", "whozz")
    assert (device.parser_format, device.serial_baud) == ("whozz", 9600)
    device = device_from_url("COM4", "modem", "AT&F\nAT+VCID=1", id="前台")
    assert (device.init, device.id) == ("AT&F\nAT+VCID=1", "前台")
    assert device_from_url("udp://0.0.0.0:3520", "tci").parser_format == "tci"


@pytest.mark.parametrize(
    ("url", "fmt", "hint"),
    [
        ("", None, "empty"),
        ("http://x", None, "unknown device URL scheme http://"),
        ("ncid://", None, "name the NCID server"),
        ("udp://h:99999", None, "port"),
        ("udp://h:abc", None, "port"),
        ("sim:", None, "sim:demo"),
        ("/dev/ttyS0", "morse", "unknown format 'morse'"),
    ],
)
def test_device_from_url_explains_what_is_wrong(url, fmt, hint):
    with pytest.raises(ValueError, match=hint):
        device_from_url(url, fmt)


def test_defaults_have_no_devices_and_a_pop_up_that_does_not_steal_focus(tmp_path):
    cfg = load_profile(tmp_path).config
    assert (cfg.devices, cfg.lines) == ([], [])
    assert (cfg.popup_focus, cfg.popup_close_seconds) == (False, 8)


def test_devices_and_lines_round_trip_through_config_toml(tmp_path):
    profile = load_profile(tmp_path)
    profile.config.devices = [
        DeviceConfig("modem", DeviceKind.SERIAL, "COM3", init='AT&F\nAT+VCID=1 "x"'),
        DeviceConfig("whozz", DeviceKind.UDP, "udp://0.0.0.0:3520", format="whozz", baud=None),
        DeviceConfig("s", DeviceKind.SERIAL, "/dev/ttyS0", format="tci", baud=9600, enabled=False),
        DeviceConfig("demo", DeviceKind.SIMULATOR, "sim:demo?every=10"),
    ]
    profile.config.lines = [
        LineConfig("modem", None, 1, "前台 1"),
        LineConfig("whozz", 1, 2, "售后 1", popup=False),
        LineConfig("whozz", "B", 3),
        LineConfig("demo", 8, 8, 'say "hi"'),
    ]
    profile.config.popup_focus = True
    profile.config.popup_close_seconds = 0
    profile.save()
    text = profile.config_path.read_text(encoding="utf-8")
    assert "[[phone.devices]]" in text and "[[phone.lines]]" in text
    assert load_profile(tmp_path).config == profile.config


def test_unknown_keys_in_device_and_line_tables_survive_a_save(tmp_path):
    path = tmp_path / CONFIG_FILE
    path.write_text(
        '[phone]\nlocal_area_code = "010"\nringtone = "bell"\n'
        '[[phone.devices]]\nid = "m"\nurl = "COM3"\nparity = "N"\n'
        '[[phone.lines]]\ndevice = "m"\nstation_line = 1\ncolour = "red"\n',
        encoding="utf-8",
    )
    profile = load_profile(tmp_path)
    assert profile.config.devices[0].kind is DeviceKind.SERIAL  # guessed from the URL
    profile.config.language = "en"
    profile.save()
    again = parse_config(path)
    assert again.devices[0].extra == {"parity": "N"}
    assert again.lines[0].extra == {"colour": "red"}
    assert again.extra == {"phone": {"ringtone": "bell"}}
    assert again.lines[0].popup is True


DEVICE = '[[phone.devices]]\nid = "m"\nurl = "COM3"\n'


@pytest.mark.parametrize(
    ("text", "key", "hint"),
    [
        ("[phone]\npopup_focus = 1\n", "phone.popup_focus", "true or false"),
        ("[phone]\npopup_close_seconds = -1\n", "phone.popup_close_seconds", "0 to 3600"),
        ('[phone]\npopup_close_seconds = "8"\n', "phone.popup_close_seconds", "whole number"),
        ('[phone]\ndevices = "COM3"\n', "phone.devices", "[[phone.devices]]"),
        ('[[phone.devices]]\nurl = "COM3"\n', "phone.devices[1].id", "needs an id"),
        (DEVICE + DEVICE, "phone.devices[2].id", "already called 'm'"),
        (DEVICE + 'kind = "usb"\n', "phone.devices[1].kind", "serial, udp, ncid, simulator"),
        (DEVICE + 'format = "morse"\n', "phone.devices[1].format", "modem, modem-hex"),
        (DEVICE + "baud = 0\n", "phone.devices[1].baud", "50 to 4000000"),
        (DEVICE + "enabled = 1\n", "phone.devices[1].enabled", "true or false"),
        ('[[phone.devices]]\nid = "m"\n', "phone.devices[1].url", "empty"),
        ('[[phone.devices]]\nid = "n"\nkind = "ncid"\nurl = "x"\n', "phone.devices[1].url", "ncid"),
        ('[[phone.devices]]\nid = "n"\nurl = "ftp://x"\n', "phone.devices[1].url", "ftp://"),
        ('[[phone.lines]]\ndevice = "x"\nstation_line = 1\n', "phone.lines[1].device", "'x'"),
        (DEVICE + '[[phone.lines]]\ndevice = "m"\n', "phone.lines[1].station_line", "1 to 8"),
        (
            DEVICE + '[[phone.lines]]\ndevice = "m"\nstation_line = 9\n',
            "phone.lines[1].station_line",
            "1 to 8",
        ),
        (
            DEVICE + '[[phone.lines]]\ndevice = "m"\nstation_line = 1\ndevice_line = 1.5\n',
            "phone.lines[1].device_line",
            "number or text",
        ),
        (
            DEVICE + '[[phone.lines]]\ndevice = "m"\nstation_line = 1\n'
            '[[phone.lines]]\ndevice = "m"\nstation_line = 1\ndevice_line = 2\n',
            "phone.lines[2].station_line",
            "used twice",
        ),
        (
            DEVICE + '[[phone.lines]]\ndevice = "m"\nstation_line = 1\n'
            '[[phone.lines]]\ndevice = "m"\nstation_line = 2\ndevice_line = 2\n',
            "phone.lines[2].device_line",
            "its own device_line",
        ),
        (
            DEVICE + '[[phone.lines]]\ndevice = "m"\nstation_line = 1\ndevice_line = "01"\n'
            '[[phone.lines]]\ndevice = "m"\nstation_line = 2\ndevice_line = 1\n',
            "phone.lines[2].device_line",
            "its own device_line",
        ),
        (
            DEVICE + '[[phone.lines]]\ndevice = "m"\nstation_line = 1\npopup = "yes"\n',
            "phone.lines[1].popup",
            "true or false",
        ),
    ],
)
def test_each_mistake_names_the_file_and_the_key(tmp_path, text, key, hint):
    path = tmp_path / CONFIG_FILE
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_profile(tmp_path)
    assert str(info.value).startswith(f"{path}, key '{key}': ")
    assert info.value.key == key
    assert hint in str(info.value)


_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=20)


@given(
    device_id=_TEXT.filter(lambda t: t.strip()),
    port=_TEXT.filter(lambda t: t.strip() and "://" not in t),
    init=_TEXT,
    name=_TEXT,
    device_line=st.one_of(
        st.none(), st.integers(0, 99), st.from_regex(r"[A-Za-z]{1,4}", fullmatch=True)
    ),
    station=st.integers(1, 8),
)
def test_any_device_and_line_saved_loads_back(
    tmp_path_factory, device_id, port, init, name, device_line, station
):
    root = tmp_path_factory.mktemp("rt")
    profile = load_profile(root)
    device = DeviceConfig(device_id.strip(), DeviceKind.SERIAL, port.strip(), init=init.strip())
    profile.config = Config(
        devices=[device], lines=[LineConfig(device.id, device_line, station, name.strip())]
    )
    profile.save()
    assert load_profile(root).config == profile.config


def test_every_format_name_config_accepts_makes_a_parser():
    assert sorted(FORMATS) == sorted(FORMAT_NAMES)
    for name in FORMAT_NAMES:
        assert make_parser(name) is not None
