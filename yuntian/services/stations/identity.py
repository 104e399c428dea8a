"""This PC as a station: a key made once and kept in config.toml (the name may change; the key
does not, so a station's calls and presence stay its own), and the name others see."""

from __future__ import annotations

import socket
import uuid
from dataclasses import dataclass

from yuntian.config import Profile

NAME_MOST = 64


@dataclass(frozen=True)
class StationIdentity:
    key: str
    name: str
    host: str


def host_name() -> str:
    return (socket.gethostname() or "localhost")[:NAME_MOST]


def station_identity(profile: Profile) -> StationIdentity:
    """This PC's key (made with uuid4 and saved to config.toml the first time) and name (the
    configured one, else the host name)."""
    config = profile.config
    if not config.station_key:
        config.station_key = uuid.uuid4().hex
        profile.save()
    host = host_name()
    name = (config.station_name.strip() or host)[:NAME_MOST]
    return StationIdentity(config.station_key, name, host)
