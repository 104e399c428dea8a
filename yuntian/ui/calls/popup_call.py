"""What the caller pop-up shows about one call: built by the call desk, also read by the message
dialog (a message taken during a call), so it stands apart from the pop-up's window."""

from __future__ import annotations

from dataclasses import dataclass

from yuntian.phone_numbers import NumberInfo
from yuntian.services.customers.customer_types import CustomerRow


@dataclass(frozen=True)
class PopupCall:
    """What the pop-up shows about one call."""

    line: int
    line_name: str
    direction: str  # "in" / "out"
    raw_number: str | None
    network_name: str | None
    privacy: str | None  # "private" / "unavailable" / "anonymous"
    number: NumberInfo | None
    customers: tuple[CustomerRow, ...]  # best match first
    call_id: int | None = None
    received: float = 0.0  # time.monotonic() of the device's last byte
    # A call on another station's line: that station's key and name ("" for this station's).
    host: str = ""
    station: str = ""
    source: str | None = None  # the call as a broadcast device names it (IncomingCall.source)
    lookup_unavailable: bool = False  # the database was out of reach: owners not known
