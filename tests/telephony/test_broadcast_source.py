"""A Whozz Calling Ethernet Link broadcasts each record to every PC on the LAN: each PC's line
manager names the call the same way (``source``), so the PCs store it once; a unit on a
serial port (one PC hears it) gives no such name."""

from __future__ import annotations

from yuntian.device_settings import DeviceConfig, DeviceKind, LineConfig
from yuntian.telephony.events import DeviceEvent
from yuntian.telephony.line_events import IncomingCall, OutgoingCall
from yuntian.telephony.line_manager import LineManager
from yuntian.telephony.whozz_parser import WhozzParser

HEADER = b"^^<U>000001<S>123456$"
CALL = b"02 I S 0000 G A1 11/27 09:30 AM 138-0013-8000   ZHANG SAN     "
REDIAL_LATER = b"02 I S 0000 G A1 11/27 09:31 AM 138-0013-8000   ZHANG SAN     "
OUT = b"03 O S 0000 G A1 11/27 09:30 AM 010-6234-5678"


def station(device_line_of_2: int, station_line: int) -> tuple[LineManager, list]:
    """One PC: the unit's line 2 is this PC's ``station_line`` (PCs may number differently)."""
    out: list = []
    devices = [DeviceConfig("whozz", DeviceKind.UDP, "udp://0.0.0.0:3520")]
    lines = [
        LineConfig("whozz", device_line_of_2, station_line, "售后"),
        LineConfig("whozz", 3, 3, "外线"),
    ]
    return LineManager(lines, devices, out.append, lambda: 0.0), out


def hear(manager: LineManager, parser: WhozzParser, datagram: bytes) -> None:
    for event in parser.feed(datagram):
        manager.handle(DeviceEvent("whozz", event, 0.0))


def test_every_pc_names_a_broadcast_call_the_same_way_and_a_serial_unit_names_none():
    (pc1, out1), (pc2, out2) = station(2, 2), station(2, 5)
    for manager, parser in ((pc1, WhozzParser()), (pc2, WhozzParser())):
        hear(manager, parser, HEADER + CALL)
        hear(manager, parser, HEADER + OUT)
    first = [e for e in out1 if isinstance(e, IncomingCall | OutgoingCall)]
    second = [e for e in out2 if isinstance(e, IncomingCall | OutgoingCall)]
    assert [e.source for e in first] == [e.source for e in second]
    assert first[0].source and "000001123456" in first[0].source and "1380013800" in first[0].source
    assert first[0].source != first[1].source  # another line, another call

    later, out3 = station(2, 2)
    hear(later, WhozzParser(), HEADER + REDIAL_LATER)
    assert out3[0].source != first[0].source  # the unit's own stamp differs

    serial, out4 = station(2, 2)
    hear(serial, WhozzParser(), CALL + b"\r\n")  # no Ethernet Link header: this PC only
    assert out4[0].number == "13800138000" and out4[0].source is None
