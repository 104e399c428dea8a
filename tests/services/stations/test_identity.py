"""This PC's station key is made once and kept in config.toml; its name is the configured one or
the host name."""

from __future__ import annotations

import socket

from yuntian.config import Config, Profile, load_profile
from yuntian.services.stations.identity import station_identity


def test_the_key_is_made_once_and_kept_and_the_name_defaults_to_the_host(tmp_path):
    profile = Profile(tmp_path / "pc", Config())
    profile.save()
    first = station_identity(profile)
    assert len(first.key) == 32 and int(first.key, 16) >= 0
    assert first.name == socket.gethostname()[:64]

    again = load_profile(tmp_path / "pc", create=False)
    assert again.config.station_key == first.key  # written to config.toml
    again.config.station_name = "前台1"
    assert station_identity(again).key == first.key
    assert station_identity(again).name == "前台1"


def test_two_pcs_get_different_keys(tmp_path):
    one, two = (Profile(tmp_path / name, Config()) for name in ("one", "two"))
    assert station_identity(one).key != station_identity(two).key
