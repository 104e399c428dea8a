"""Build the driver for a configured device (what the line manager and ``cid monitor`` start)."""

from __future__ import annotations

from typing import Any, Protocol

from yuntian.device_settings import DeviceConfig, DeviceKind
from yuntian.telephony.device_thread import Sink
from yuntian.telephony.ncid_device import NcidDevice
from yuntian.telephony.serial_device import SerialDevice
from yuntian.telephony.simulator import NumbersProvider, Simulator
from yuntian.telephony.udp_device import UdpDevice


class Driver(Protocol):
    config: DeviceConfig

    def start(self) -> None: ...

    def stop(self, timeout: float = 3.0) -> None: ...

    @property
    def running(self) -> bool: ...


def make_driver(
    config: DeviceConfig, sink: Sink, *, numbers: NumbersProvider | None = None, **options: Any
) -> Driver:
    """A driver for ``config``, not started. Raises ValueError or OSError when the device cannot
    even be described (an unknown format, a simulator script that is missing or wrong)."""
    if config.kind is DeviceKind.SERIAL:
        return SerialDevice(config, sink, **options)
    if config.kind is DeviceKind.UDP:
        return UdpDevice(config, sink, **options)
    if config.kind is DeviceKind.NCID:
        return NcidDevice(config, sink, **options)
    return Simulator(config, sink, numbers=numbers, **options)
