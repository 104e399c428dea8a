"""Rings without caller ID: after the second ring of a call with none, report the call anyway.

Parsers have no clock, so a ring cycle is "the rings since the last flush": the driver flushes
a parser once the line has been quiet for about 8 seconds (longer than the gap between rings),
which ends the cycle. A cycle that saw a caller-ID block never reports an unknown call.
"""

from __future__ import annotations

import re

from yuntian.telephony.events import CallerIdEvent, Kind

# "RING", and the distinctive-ring forms some modems print ("RING A", "RING 2")
RING_LINE = re.compile(r"RING(?:\s+\w{1,3})?", re.IGNORECASE)


def is_ring(text: str) -> bool:
    return RING_LINE.fullmatch(text) is not None


class RingCycle:
    def __init__(self) -> None:
        self._rings = 0
        self._caller_id = False
        self._reported = False

    def caller_id(self) -> None:
        """This cycle's call has its caller ID."""
        self._caller_id = True

    def ring(self, raw: str) -> list[CallerIdEvent]:
        """The ring event, and on the second ring without caller ID a call with no number."""
        events = [CallerIdEvent(Kind.RING, raw=raw)]
        self._rings += 1
        if self._rings >= 2 and not self._caller_id and not self._reported:
            self._reported = True
            events.append(CallerIdEvent(Kind.CALL, raw=raw))
        return events

    def end(self) -> None:
        self._rings = 0
        self._caller_id = False
        self._reported = False
