"""Which caller-ID devices this PC reads and how their lines map to the station's lines 1..8.

Plain data, no I/O: ``yuntian.config`` reads and writes these from ``config.toml``
(``[[phone.devices]]`` and ``[[phone.lines]]``), ``cid monitor`` builds one from a URL and the
telephony drivers open them. It sits below config and telephony so that config, which stores
these settings, never imports telephony.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

MAX_STATION_LINES = 8
WHOZZ_UDP_PORT = 3520
NCID_PORT = 3333
# pyserial URL handlers (serial.serial_for_url); anything else with "://" is not a serial port.
SERIAL_SCHEMES = ("loop", "socket", "rfc2217", "spy", "alt", "hwgrep", "cp2110")
# The caller-ID formats by name; yuntian.telephony.formats makes a parser for each.
FORMAT_NAMES = ("modem", "modem-hex", "whozz", "ncid", "tci")


class DeviceKind(enum.StrEnum):
    SERIAL = "serial"  # a port path (/dev/ttyUSB0, COM3) or a pyserial URL
    UDP = "udp"  # Whozz Calling Ethernet Link: udp://LISTEN-HOST:3520
    NCID = "ncid"  # an NCID server: ncid://HOST:3333
    SIMULATOR = "simulator"  # sim:SCRIPT-FILE or sim:demo


# The format a device speaks unless configured otherwise.
DEFAULT_FORMAT = {
    DeviceKind.SERIAL: "modem",
    DeviceKind.UDP: "whozz",
    DeviceKind.NCID: "ncid",
    DeviceKind.SIMULATOR: "",  # the simulator emits events, it has no wire format
}


@dataclass(frozen=True)
class DeviceConfig:
    id: str  # unique name in the configuration; lines refer to it
    kind: DeviceKind
    url: str
    format: str = ""  # a name from FORMAT_NAMES; empty: DEFAULT_FORMAT of the kind
    init: str = ""  # modem init commands, one per line; empty: ATZ, then caller ID on
    baud: int | None = None  # serial speed; None: 9600 for Whozz/TCI units, else 115200
    enabled: bool = True
    # Keys from config.toml this version does not know, written back on save.
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def parser_format(self) -> str:
        return self.format or DEFAULT_FORMAT[self.kind]

    @property
    def serial_baud(self) -> int:
        if self.baud is not None:
            return self.baud
        # Whozz Calling units talk 9600 8N1; modems follow whatever the PC sends (autobaud).
        return 9600 if self.parser_format in ("whozz", "tci") else 115200


@dataclass(frozen=True)
class LineConfig:
    device: str  # DeviceConfig.id
    device_line: int | str | None  # the device's own line number or label; None: its only line
    station_line: int  # 1..MAX_STATION_LINES, what the status bar and the call log show
    name: str = ""  # e.g. "前台 1"
    popup: bool = True  # pop up the caller's card on this PC
    # The sound input that hears this line (a sounddevice name or index); None: not recorded.
    audio_input: int | str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return self.name or f"{self.station_line}"


def device_from_url(
    url: str, format: str | None = None, init: str | None = None, *, id: str | None = None
) -> DeviceConfig:
    """What ``cid monitor --device URL`` opens. Raises ValueError with a readable message."""
    url = url.strip()
    if not url:
        raise ValueError("the device URL is empty")
    kind = kind_of_url(url)
    if format is not None and format not in FORMAT_NAMES:
        raise ValueError(f"unknown format {format!r} (one of {', '.join(sorted(FORMAT_NAMES))})")
    problem = url_problem(kind, url)
    if problem:
        raise ValueError(problem)
    return DeviceConfig(
        id=id or url,
        kind=kind,
        url=url,
        format="" if kind is DeviceKind.SIMULATOR else format or "",
        init=init or "",
    )


def kind_of_url(url: str) -> DeviceKind:
    lower = url.lower()
    if lower.startswith("sim:"):
        return DeviceKind.SIMULATOR
    if lower.startswith("udp://"):
        return DeviceKind.UDP
    if lower.startswith("ncid://"):
        return DeviceKind.NCID
    return DeviceKind.SERIAL


def url_problem(kind: DeviceKind, url: str) -> str | None:
    """Why ``url`` cannot be opened as a device of ``kind``, or None when it looks right."""
    if not url.strip():
        return "the device URL is empty"
    if kind is DeviceKind.SIMULATOR:
        if not url.lower().startswith("sim:") or not url[4:].strip():
            return "a simulator URL is sim:demo or sim:SCRIPT-FILE"
        return None
    if kind is DeviceKind.SERIAL:
        match = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*)://", url)
        if match and match.group(1).lower() not in SERIAL_SCHEMES:
            known = "udp://, ncid://, sim:, " + ", ".join(s + "://" for s in SERIAL_SCHEMES)
            return f"unknown device URL scheme {match.group(1)}:// (use a port path or {known})"
        return None
    try:
        network_address(kind, url)
    except ValueError as exc:
        return str(exc)
    return None


def network_address(kind: DeviceKind, url: str) -> tuple[str, int]:
    """(host, port) of a udp:// or ncid:// URL, with the usual port when it is left out."""
    scheme = "udp" if kind is DeviceKind.UDP else "ncid"
    parts = urlsplit(url.strip())
    if parts.scheme.lower() != scheme:
        raise ValueError(f"a {kind.value} device URL starts with {scheme}://")
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"{url}: the port must be a number from 0 to 65535") from None
    if kind is DeviceKind.UDP:
        return parts.hostname or "0.0.0.0", WHOZZ_UDP_PORT if port is None else port
    if not parts.hostname:
        raise ValueError(f"{url}: name the NCID server, e.g. ncid://192.168.1.10:3333")
    return parts.hostname, NCID_PORT if port is None else port


def norm_line(value: int | str | None) -> int | str | None:
    """One spelling per device line: "01", 1 and " 1 " are the same line."""
    if value is None or isinstance(value, int):
        return value
    text = str(value).strip()
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    return text
