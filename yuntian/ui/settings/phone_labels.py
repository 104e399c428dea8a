"""Names of device kinds, formats, events and device health, for the phone-line settings and the
device test window (translated under the context ``PhoneLabels``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from yuntian.device_settings import DEFAULT_FORMAT, DeviceKind
from yuntian.telephony.events import Health, Kind, Privacy


def kind_label(kind: DeviceKind) -> str:
    if kind is DeviceKind.SERIAL:
        return QCoreApplication.translate("PhoneLabels", "Serial port (modem, Whozz Calling)")
    if kind is DeviceKind.UDP:
        return QCoreApplication.translate("PhoneLabels", "Whozz Calling on the network (UDP)")
    if kind is DeviceKind.NCID:
        return QCoreApplication.translate("PhoneLabels", "NCID server")
    return QCoreApplication.translate("PhoneLabels", "Simulator")


def kind_short(kind: DeviceKind) -> str:
    """For table cells."""
    if kind is DeviceKind.SERIAL:
        return QCoreApplication.translate("PhoneLabels", "Serial port")
    if kind is DeviceKind.UDP:
        return QCoreApplication.translate("PhoneLabels", "UDP")
    if kind is DeviceKind.NCID:
        return QCoreApplication.translate("PhoneLabels", "NCID")
    return QCoreApplication.translate("PhoneLabels", "Simulator")


def format_label(name: str) -> str:
    labels = {
        "modem": QCoreApplication.translate("PhoneLabels", "Modem"),
        "modem-hex": QCoreApplication.translate("PhoneLabels", "Modem, hex packets"),
        "whozz": QCoreApplication.translate("PhoneLabels", "Whozz Calling"),
        "ncid": QCoreApplication.translate("PhoneLabels", "NCID"),
        "tci": QCoreApplication.translate("PhoneLabels", "TCI"),
    }
    return labels.get(name, name)


def format_cell(kind: DeviceKind, name: str) -> str:
    """The format column: the chosen one, or the kind's default marked as such."""
    if name:
        return format_label(name)
    default = DEFAULT_FORMAT[kind]
    if not default:
        return "—"
    return QCoreApplication.translate("PhoneLabels", "{format} (default)").format(
        format=format_label(default)
    )


def url_hint(kind: DeviceKind) -> str:
    if kind is DeviceKind.SERIAL:
        return QCoreApplication.translate(
            "PhoneLabels",
            "The port the box is plugged into (COM3, /dev/ttyUSB0), or a pyserial URL such as "
            "socket://HOST:PORT. Modems and Whozz Calling units on a serial cable.",
        )
    if kind is DeviceKind.UDP:
        return QCoreApplication.translate(
            "PhoneLabels",
            "Where to listen for a Whozz Calling Ethernet Link unit: udp://0.0.0.0:3520 hears "
            "the unit on every network card.",
        )
    if kind is DeviceKind.NCID:
        return QCoreApplication.translate(
            "PhoneLabels", "The NCID server's address, e.g. ncid://192.168.1.10:3333."
        )
    return QCoreApplication.translate(
        "PhoneLabels",
        "sim:demo rings now and then with made-up calls (sim:demo?every=15&lines=3); "
        "sim:FILE plays a script of timed events.",
    )


def event_label(kind: Kind) -> str:
    labels = {
        Kind.RING: QCoreApplication.translate("PhoneLabels", "Ring"),
        Kind.CALL: QCoreApplication.translate("PhoneLabels", "Caller ID"),
        Kind.START: QCoreApplication.translate("PhoneLabels", "Call started"),
        Kind.END: QCoreApplication.translate("PhoneLabels", "Call ended"),
        Kind.OFFHOOK: QCoreApplication.translate("PhoneLabels", "Off hook"),
        Kind.ONHOOK: QCoreApplication.translate("PhoneLabels", "On hook"),
        Kind.FLASH: QCoreApplication.translate("PhoneLabels", "Hook flash"),
        Kind.MESSAGE: QCoreApplication.translate("PhoneLabels", "Message"),
    }
    return labels.get(kind, str(kind))


def direction_label(direction: str | None) -> str:
    if direction == "in":
        return QCoreApplication.translate("PhoneLabels", "incoming")
    if direction == "out":
        return QCoreApplication.translate("PhoneLabels", "outgoing")
    return ""


def health_label(health: Health) -> str:
    if health is Health.CONNECTED:
        return QCoreApplication.translate("PhoneLabels", "Connected")
    if health is Health.CONNECTING:
        return QCoreApplication.translate("PhoneLabels", "Connecting…")
    return QCoreApplication.translate("PhoneLabels", "Disconnected")


def privacy_label(privacy: Privacy) -> str:
    if privacy is Privacy.PRIVATE:
        return QCoreApplication.translate("PhoneLabels", "number withheld")
    if privacy is Privacy.UNAVAILABLE:
        return QCoreApplication.translate("PhoneLabels", "number unavailable")
    return QCoreApplication.translate("PhoneLabels", "anonymous")
