"""Calls shared between stations: this station's calls go out to the others, theirs pop up here.

The line host (the PC with the caller-ID device) stores a call as always, then sends a CALL
event through the station link: ``ringing`` (with the call's id, None while it is held),
``answered``, ``ended``. Another station whose ``popup_lines`` include the line shows the
pop-up, looking the number up on its own database connection as the line host does (the event
carries the number, not the customer). A station never pops a call on a line it serves itself:
it has the call already (a broadcast device's call, heard by several PCs, comes from each of
them: it pops once).

When a receptionist takes a call (off-hook on the line host, where the device reports it, or
any action on a pop-up), the call is claimed in the database, the first claim winning, and a
``taken`` event goes out: the other stations' pop-ups of the call say who has it.

The link delivers on its own thread; events reach the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from yuntian.services import Services
from yuntian.services.calls.call_types import CallRow
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.stations.station_link import EventKind, StationEvent, StationLink
from yuntian.ui.calls.call_texts import live_state_text
from yuntian.ui.calls.caller_popup import CallerPopup
from yuntian.ui.calls.caller_popups import CallerPopups
from yuntian.ui.calls.popup_call import PopupCall

log = logging.getLogger(__name__)

RINGING, ANSWERED, ENDED, TAKEN = "ringing", "answered", "ended", "taken"


class StationCalls(QObject):
    """``call_shown(popup)`` once another station's call has its pop-up here."""

    call_shown = Signal(object)
    _heard = Signal(object)  # a StationEvent, emitted on the link's thread

    def __init__(
        self,
        services: Services,
        actor: Actor,
        popups: CallerPopups,
        link: StationLink | None,
        *,
        station_key: str,
        station_name: str,
        own_lines: Callable[[], Collection[int]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._popups = popups
        self._link = link
        self.station_key = station_key
        self.station_name = station_name
        self._own_lines = own_lines
        self._taken_here: set[int] = set()  # calls this station has claimed
        self._unsubscribe: Callable[[], None] | None = None
        self._heard.connect(self._on_event)  # queued: the receiver lives on the GUI thread

    @property
    def linked(self) -> bool:
        """Whether there are other stations to tell (False on a single PC)."""
        return self._link is not None

    def start(self) -> None:
        if self._link is not None and self._unsubscribe is None:
            self._unsubscribe = self._link.subscribe(EventKind.CALL, self._heard.emit)

    def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    # --- this station's lines -------------------------------------------------------------

    def rang(self, call: PopupCall, line_name: str) -> None:
        """An incoming call on this station's line was stored (or held): tell the others.
        ``line_name``: the line's configured name ("" for none)."""
        number = call.number
        self._send(
            RINGING, call.line, call.call_id,
            line_name=line_name,
            number=number.e164 if number else "",
            raw_number=call.raw_number or "",
            region=number.region if number else "",
            network_name=call.network_name or "",
            privacy=call.privacy,
            direction=call.direction,
            ring_at=self._services.clock().isoformat(timespec="seconds"),
            source=call.source,
        )  # fmt: skip

    def answered(self, line: int, call_id: int | None) -> None:
        self._send(ANSWERED, line, call_id)

    def ended(self, line: int, call_id: int | None, duration: int, answered: bool | None) -> None:
        self._send(ENDED, line, call_id, duration=duration, answered=answered)

    def take_popup(self, popup: CallerPopup) -> None:
        """An action on the pop-up: its call is taken here."""
        call = popup.call
        if call is not None and call.call_id is not None:
            self.take(call.call_id, call.line, call.host, popup)

    def take(
        self, call_id: int, line: int, host: str = "", popup: CallerPopup | None = None
    ) -> None:
        """This station's user takes the call (``host``: the line host's key, "" for this
        station): claimed in the database, the first claim winning; if someone was first,
        ``popup`` says who."""
        if call_id in self._taken_here:
            return
        try:
            taken = self._services.calls.claim(self._actor, call_id, self.station_name)
        except ServiceError:  # deleted meanwhile
            return
        except Exception:  # e.g. the server is away: the call goes on all the same
            log.exception("call %s could not be claimed", call_id)
            return
        if not taken.mine:
            if popup is not None:
                popup.show_taken(taken.user_name, taken.station)
            return
        self._taken_here.add(call_id)
        self._send(TAKEN, line, call_id, user=taken.user_name, host=host or self.station_key)

    def _send(self, state: str, line: int, call_id: int | None, **more: Any) -> None:
        if self._link is None:
            return
        payload = {"state": state, "line": line, "call_id": call_id,
                   "station": self.station_name, **more}  # fmt: skip
        try:
            self._link.send(EventKind.CALL, payload)
        except Exception:  # sending is fire-and-forget: the call itself must go on
            log.exception("the %s event of line %s could not be sent", state, line)

    # --- other stations' calls (GUI thread) -----------------------------------------------

    def _on_event(self, event: StationEvent) -> None:
        payload = event.payload
        try:
            state = payload.get("state")
            if state == RINGING:
                self._ringing(event.station, payload)
            elif state in (ANSWERED, ENDED):
                self._went_on(event.station, payload)
            elif state == TAKEN:
                self._taken(payload)
        except Exception:  # a malformed event or the database away: the next one counts
            log.exception("a call event from %s was not shown: %r", event.station, payload)

    def _ringing(self, host: str, p: Mapping[str, Any]) -> None:
        line = int(p["line"])
        config = self._services.profile.config
        if line in self._own_lines() or line not in config.popup_lines:
            return
        call_id, source = p.get("call_id"), p.get("source")
        for popup in self._popups.shown():
            shown = popup.call
            if (
                shown is not None
                and not popup.ended
                and (
                    (call_id is not None and shown.call_id == call_id)
                    or (source and shown.source == source)
                )
            ):
                return  # a broadcast call that another line host announced first
        raw = str(p.get("raw_number") or "")
        found = self._services.customer_lookup.lookup(self._actor, raw) if raw else None
        line_name = str(p.get("line_name") or "") or self.tr("Line {n}").format(n=line)
        station = str(p.get("station") or "")
        call = PopupCall(
            line=line,
            line_name=f"{line_name} · {station}" if station else line_name,
            direction=str(p.get("direction") or "in"),
            raw_number=raw or None,
            network_name=p.get("network_name") or None,
            privacy=p.get("privacy") or None,
            number=found.number if found else None,
            customers=tuple(found.customers) if found else (),
            call_id=call_id,
            host=host,
            station=station,
            source=source,
        )
        self.call_shown.emit(self._popups.show_call(call))

    def _went_on(self, host: str, p: Mapping[str, Any]) -> None:
        line, call_id = int(p["line"]), p.get("call_id")
        popup = self._remote_popup(host, line, call_id)
        if popup is None:
            return
        if popup.call is not None and popup.call.call_id is None and call_id is not None:
            popup.call = replace(popup.call, call_id=call_id)  # held on the host, stored now
        row = self._row(call_id)
        if p["state"] == ANSWERED:
            if row is not None:
                popup.show_call_state(row)
            else:
                popup.set_state(live_state_text("in", answered=True))
            return
        duration, answered = p.get("duration"), p.get("answered")
        if self._popups.popup(line) is popup:  # closes by itself as a local call does
            self._popups.call_ended(line, duration, answered, row)
        elif row is not None:
            popup.show_call_state(row)
        else:
            popup.call_ended(duration, answered)

    def _taken(self, p: Mapping[str, Any]) -> None:
        call_id = p.get("call_id")
        if call_id is None:
            return
        self._taken_here.discard(call_id)
        for popup in self._popups.shown():
            if popup.call is not None and popup.call.call_id == call_id:
                popup.show_taken(str(p.get("user") or ""), str(p.get("station") or ""))

    def _remote_popup(self, host: str, line: int, call_id: int | None) -> CallerPopup | None:
        for popup in reversed(self._popups.shown()):
            call = popup.call
            if (
                call is not None
                and (call.host, call.line) == (host, line)
                and (call_id is None or call.call_id in (None, call_id))
            ):
                return popup
        return None

    def _row(self, call_id: int | None) -> CallRow | None:
        if call_id is None:
            return None
        try:
            return self._services.calls.get(self._actor, call_id)
        except ServiceError:
            return None
