"""This PC's caller-ID devices and lines, and how the caller pop-up behaves (config.toml).

Like the language and the local area code, these belong to the PC (its serial ports, the lines
that ring on its desk), so they live in the profile, not in the shared database; changing them
needs settings.manage, as the other settings of this PC do.

The checks are plain functions the settings dialogs call field by field; ``save`` runs them all
again, so nothing invalid reaches the file whatever the UI let through.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from yuntian.config import Profile
from yuntian.device_settings import (
    MAX_STATION_LINES,
    DeviceConfig,
    DeviceKind,
    LineConfig,
    kind_of_url,
    norm_line,
    url_problem,
)
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.audit import AuditTrail
from yuntian.services.common.changes import Area as A
from yuntian.services.common.changes import ChangeBus, announces
from yuntian.services.common.errors import ServiceError, ValidationError
from yuntian.services.common.permissions import Actor, require
from yuntian.telephony.simulator import parse_sim_url

MAX_ID_LENGTH = 32
MAX_NAME_LENGTH = 32
MAX_CLOSE_SECONDS = 3600  # what config.toml accepts
MAX_STATION_NAME = 64
# Which wire formats each kind of device can speak ("" = the kind's default).
FORMATS_BY_KIND: dict[DeviceKind, tuple[str, ...]] = {
    DeviceKind.SERIAL: ("modem", "modem-hex", "whozz", "tci"),
    DeviceKind.UDP: ("whozz", "tci"),
    DeviceKind.NCID: ("ncid",),
    DeviceKind.SIMULATOR: (),
}

_URL_HELP = {
    DeviceKind.SERIAL: QT_TRANSLATE_NOOP(
        "Errors",
        "Enter a serial port such as COM3 or /dev/ttyUSB0, or a pyserial URL such as "
        "socket://HOST:PORT or rfc2217://HOST:PORT.",
    ),
    DeviceKind.UDP: QT_TRANSLATE_NOOP(
        "Errors",
        "Enter where to listen as udp://0.0.0.0:3520 (every network card, port 3520); the port "
        "is a number up to 65535.",
    ),
    DeviceKind.NCID: QT_TRANSLATE_NOOP(
        "Errors", "Enter the NCID server as ncid://HOST:PORT, e.g. ncid://192.168.1.10:3333."
    ),
    DeviceKind.SIMULATOR: QT_TRANSLATE_NOOP(
        "Errors",
        "Enter sim:demo (optionally sim:demo?every=15&lines=3), or sim: followed by the path "
        "of a script file.",
    ),
}


@dataclass(frozen=True)
class PhoneSettings:
    devices: tuple[DeviceConfig, ...] = ()
    lines: tuple[LineConfig, ...] = ()
    popup_focus: bool = False
    popup_close_seconds: int = 8
    # This PC as a station of a shared database: its name as the others see it ("" for the
    # host name), and the lines whose calls pop up here when another station's device has them.
    station_name: str = ""
    popup_lines: tuple[int, ...] = tuple(range(1, MAX_STATION_LINES + 1))


class ItemProblem(ValidationError):
    """A problem with one device or line of a whole configuration: ``field`` is "devices" or
    "lines", ``item`` the device id or the station line, ``item_field`` the field within it.
    The UI names the item before the message."""

    def __init__(self, field: str, item: str | int, cause: ValidationError) -> None:
        super().__init__(field, cause.template, **cause.params)
        self.item = item
        self.item_field = cause.field


def check_device(device: DeviceConfig, others: Sequence[DeviceConfig]) -> DeviceConfig:
    """The device as it will be stored (trimmed), or ValidationError naming the field to fix.
    ``others``: the other devices of the configuration (not this one)."""
    device_id = device.id.strip()
    if not device_id:
        raise ValidationError(
            "id", QT_TRANSLATE_NOOP("Errors", "Give the device a short name, e.g. modem1.")
        )
    if len(device_id) > MAX_ID_LENGTH:
        raise ValidationError(
            "id",
            QT_TRANSLATE_NOOP("Errors", "The device name is at most {count} characters long."),
            count=MAX_ID_LENGTH,
        )
    if any(other.id == device_id for other in others):
        raise ValidationError(
            "id",
            QT_TRANSLATE_NOOP("Errors", "Another device is already called “{name}”."),
            name=device_id,
        )
    url = device.url.strip()
    _check_url(device.kind, url)
    fmt = device.format.strip()
    if fmt and fmt not in FORMATS_BY_KIND[device.kind]:
        raise ValidationError(
            "format",
            QT_TRANSLATE_NOOP("Errors", "This kind of device does not send the format “{format}”."),
            format=fmt,
        )
    init = device.init.strip() if device.kind is DeviceKind.SERIAL else ""
    if not init.isascii():
        raise ValidationError(
            "init",
            QT_TRANSLATE_NOOP(
                "Errors", "Modem commands are plain ASCII text, one per line, e.g. ATZ."
            ),
        )
    return dataclasses.replace(device, id=device_id, url=url, format=fmt, init=init)


def _check_url(kind: DeviceKind, url: str) -> None:
    if not url:
        raise ValidationError(
            "url", QT_TRANSLATE_NOOP("Errors", "Enter the port or the address of the device.")
        )
    detected = kind_of_url(url)  # SERIAL for anything without a udp:, ncid: or sim: prefix
    if detected is not kind and detected is not DeviceKind.SERIAL:
        raise ValidationError(
            "url",
            QT_TRANSLATE_NOOP(
                "Errors", "This address is for another kind of device: choose the kind that "
                "matches it, or change the address.",
            ),
        )  # fmt: skip
    if url_problem(kind, url):
        raise ValidationError("url", _URL_HELP[kind])
    if kind is DeviceKind.SIMULATOR:
        try:
            script = parse_sim_url(url).script
        except ValueError:
            raise ValidationError("url", _URL_HELP[kind]) from None
        if script is not None and not script.is_file():
            raise ValidationError(
                "url",
                QT_TRANSLATE_NOOP("Errors", "There is no script file {path}."),
                path=str(script),
            )


def check_line(
    line: LineConfig, devices: Sequence[DeviceConfig], others: Sequence[LineConfig]
) -> LineConfig:
    """The line as it will be stored, or ValidationError naming the field to fix.
    ``others``: the other lines of the configuration (not this one)."""
    if not 1 <= line.station_line <= MAX_STATION_LINES:
        raise ValidationError(
            "station_line",
            QT_TRANSLATE_NOOP("Errors", "Station lines are numbered 1 to {count}."),
            count=MAX_STATION_LINES,
        )
    taken = next((o for o in others if o.station_line == line.station_line), None)
    if taken is not None:
        if taken.name:
            raise ValidationError(
                "station_line",
                QT_TRANSLATE_NOOP(
                    "Errors", "Line {line} is already used by “{name}”. Choose a free line."
                ),
                line=line.station_line,
                name=taken.name,
            )
        raise ValidationError(
            "station_line",
            QT_TRANSLATE_NOOP("Errors", "Line {line} is already used. Choose a free line."),
            line=line.station_line,
        )
    name = " ".join(line.name.split())
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP("Errors", "The line name is at most {count} characters long."),
            count=MAX_NAME_LENGTH,
        )
    if not devices:
        raise ValidationError(
            "device",
            QT_TRANSLATE_NOOP("Errors", "Add a device first: every line comes from a device."),
        )
    if not any(d.id == line.device for d in devices):
        if not line.device:
            raise ValidationError(
                "device", QT_TRANSLATE_NOOP("Errors", "Choose the device this line comes from.")
            )
        raise ValidationError(
            "device",
            QT_TRANSLATE_NOOP(
                "Errors", "There is no device “{device}” any more: choose the device this line "
                "comes from.",
            ),
            device=line.device,
        )  # fmt: skip
    device_line = norm_line(line.device_line)
    if isinstance(device_line, int) and device_line < 0:
        raise ValidationError(
            "device_line",
            QT_TRANSLATE_NOOP(
                "Errors", "The device line is a number such as 1, or the label the device uses."
            ),
        )
    for other in others:
        if other.device != line.device:
            continue
        if other.device_line == device_line:
            raise ValidationError(
                "device_line",
                QT_TRANSLATE_NOOP(
                    "Errors", "This line of the device already rings on line {line}."
                ),
                line=other.station_line,
            )
        if None in (other.device_line, device_line):
            raise ValidationError(
                "device_line",
                QT_TRANSLATE_NOOP(
                    "Errors", "Line {line} also comes from this device: give each of its lines "
                    "the device's own line number.",
                ),
                line=other.station_line,
            )  # fmt: skip
    return dataclasses.replace(line, name=name, device_line=device_line)


def check_settings(settings: PhoneSettings) -> PhoneSettings:
    """Every device and line checked against the others; ItemProblem names the first bad one."""
    devices: list[DeviceConfig] = []
    for device in settings.devices:
        try:
            devices.append(check_device(device, devices))
        except ValidationError as exc:
            raise ItemProblem("devices", device.id, exc) from None
    lines: list[LineConfig] = []
    for line in settings.lines:
        try:
            lines.append(check_line(line, devices, lines))
        except ValidationError as exc:
            raise ItemProblem("lines", line.station_line, exc) from None
    if not 0 <= settings.popup_close_seconds <= MAX_CLOSE_SECONDS:
        raise ValidationError(
            "popup_close_seconds",
            QT_TRANSLATE_NOOP("Errors", "Close the pop-up within 0 to {count} seconds."),
            count=MAX_CLOSE_SECONDS,
        )
    station_name = " ".join(settings.station_name.split())
    if len(station_name) > MAX_STATION_NAME:
        raise ValidationError(
            "station_name",
            QT_TRANSLATE_NOOP("Errors", "The station name is at most {count} characters long."),
            count=MAX_STATION_NAME,
        )
    if any(not 1 <= n <= MAX_STATION_LINES for n in settings.popup_lines):
        raise ValidationError(
            "popup_lines",
            QT_TRANSLATE_NOOP("Errors", "Station lines are numbered 1 to {count}."),
            count=MAX_STATION_LINES,
        )
    return dataclasses.replace(
        settings,
        devices=tuple(devices),
        lines=tuple(sorted(lines, key=lambda x: x.station_line)),
        station_name=station_name,
        popup_lines=tuple(sorted(set(settings.popup_lines))),
    )


class PhoneSettingsService:
    def __init__(
        self, db: pw.Database, audit: AuditTrail, profile: Profile, *, changes: ChangeBus
    ) -> None:
        self.changes = changes
        self._db = db
        self._audit = audit
        self._profile = profile

    def current(self) -> PhoneSettings:
        config = self._profile.config
        return PhoneSettings(
            devices=tuple(config.devices),
            lines=tuple(config.lines),
            popup_focus=config.popup_focus,
            popup_close_seconds=config.popup_close_seconds,
            station_name=config.station_name,
            popup_lines=tuple(config.popup_lines),
        )

    @announces(A.SETTINGS)
    def save(self, actor: Actor, settings: PhoneSettings) -> PhoneSettings:
        """Check and write to config.toml; returns what was stored. The running line manager is
        not touched: whoever saves restarts it (the settings dialog tells the main window)."""
        require(actor, "settings.manage")
        settings = check_settings(settings)
        config = self._profile.config
        before = self.current()
        config.devices = list(settings.devices)
        config.lines = list(settings.lines)
        config.popup_focus = settings.popup_focus
        config.popup_close_seconds = settings.popup_close_seconds
        config.station_name = settings.station_name
        config.popup_lines = list(settings.popup_lines)
        try:
            self._profile.save()
        except OSError as exc:
            config.devices, config.lines = list(before.devices), list(before.lines)
            config.popup_focus = before.popup_focus
            config.popup_close_seconds = before.popup_close_seconds
            config.station_name = before.station_name
            config.popup_lines = list(before.popup_lines)
            raise ServiceError(
                QT_TRANSLATE_NOOP("Errors", "The settings could not be written to {path}: {why}"),
                path=str(Path(self._profile.config_path)),
                why=exc.strerror or type(exc).__name__,
            ) from None
        with self._db.atomic():
            self._audit.record(
                actor,
                "settings.phone",
                "",
                {"devices": len(settings.devices), "lines": len(settings.lines)},
            )
        return settings
