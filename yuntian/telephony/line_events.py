"""What happens on the station's lines 1..8, as the line manager reports it (plain objects).

The UI re-emits these as Qt signals; services store calls from them. ``received`` is the
``time.monotonic()`` at which the device's last byte for the event arrived (pop-up latency is
measured from it); ``line_name`` is the configured name, e.g. "前台 1".
"""

from __future__ import annotations

from dataclasses import dataclass

from yuntian.telephony.events import Health, Privacy


@dataclass(frozen=True)
class IncomingCall:
    """Once per incoming call: from its caller ID, or by the second ring without one
    (``number`` None and ``privacy`` None: the line sent nothing)."""

    line: int
    line_name: str
    number: str | None
    name: str | None
    privacy: Privacy | None
    direction: str  # "in"
    received: float
    date: str | None = None  # MMDD as the network sent it
    time: str | None = None  # HHMM
    # The device or server rejected the call (Whozz B record, NCID BLK/HUP): the phones did
    # not ring. Log it; no pop-up. A CallEnded follows at once.
    blocked: bool = False
    # The call as a broadcast device names it (CallerIdEvent.source_key): every PC that
    # hears the device stores the call once under it. None: only this PC hears the device.
    source: str | None = None


@dataclass(frozen=True)
class OutgoingCall:
    """The shop dialled out (Whozz Calling outbound record, NCID OUT)."""

    line: int
    line_name: str
    number: str | None
    name: str | None
    privacy: Privacy | None
    direction: str  # "out"
    received: float
    source: str | None = None  # as IncomingCall.source


@dataclass(frozen=True)
class CallAnswered:
    """Off-hook while the line was ringing."""

    line: int
    line_name: str
    received: float


@dataclass(frozen=True)
class CallEnded:
    """The call on the line is over (on-hook, an end record, or the rings stopped).

    ``answered``: True when the device reported the line going off-hook during the call,
    False when it reports hook changes and did not, None when the device never says (a plain
    modem: rings that stop may be an answer or a caller giving up). ``duration``: the device's
    figure where it sends one, else seconds from the answer (or the first ring) to the end."""

    line: int
    line_name: str
    duration: int
    answered: bool | None
    direction: str  # "in" / "out"
    received: float
    timed_by_device: bool = False  # ``duration`` is the device's own figure


@dataclass(frozen=True)
class LineStatus:
    """The device behind the line changed health (one event per line of that device)."""

    line: int
    line_name: str
    health: Health
    detail: str


@dataclass(frozen=True)
class DeviceMessage:
    """A text from the device or server (NCID MSG, modem MESG); ``line`` None when it is not
    about one of this station's lines."""

    device: str
    line: int | None
    line_name: str
    text: str
    received: float


LineEvent = IncomingCall | OutgoingCall | CallAnswered | CallEnded | LineStatus | DeviceMessage
