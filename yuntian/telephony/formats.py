"""The caller-ID formats Yuntian reads, by the name ``yuntian cid decode --format`` uses.

Each entry makes a fresh parser (parsers keep partial records, so one per device)."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from yuntian.telephony.events import Parser

# name -> "module:factory"; imported on use so ``yuntian --help`` stays light. The names are
# FORMAT_NAMES (config checks them without importing telephony); a test keeps the two equal.
FORMATS: dict[str, str] = {
    "modem": "yuntian.telephony.modem_parser:ModemParser",
    "modem-hex": "yuntian.telephony.cid_packets:HexPacketParser",
    "whozz": "yuntian.telephony.whozz_parser:WhozzParser",
    "ncid": "yuntian.telephony.ncid_parser:NcidParser",
    "tci": "yuntian.telephony.tci_parser:TciParser",
}


def parser_factory(name: str) -> Callable[[], Parser]:
    module_name, attr = FORMATS[name].split(":")
    return getattr(importlib.import_module(module_name), attr)


def make_parser(name: str) -> Parser:
    return parser_factory(name)()
