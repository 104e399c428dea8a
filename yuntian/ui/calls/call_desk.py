"""Where the phone lines meet the window: calls stored, pop-ups shown, line badges updated.

The line manager's events come from device threads; :class:`TelephonyBridge` re-emits them as
a Qt signal, so everything here runs on the GUI thread. A call is stored (and its number
looked up) in one short transaction before its pop-up is filled: that is the latency path.
The pop-up's header then follows the stored call (answered, ended, missed) as the log shows it.
Calls still going on when the desk stops (sign-out, exit, new line settings) are closed with
an unknown duration, and so are this station's calls left open by a crash when it starts.
Every call goes through the CallJournal: while another writer holds the database a call is
held (the pop-up shows it all the same) and stored every few seconds until the database is
free, with the times it rang, was answered and ended.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from yuntian import phone_numbers
from yuntian.device_settings import LineConfig
from yuntian.services import Services
from yuntian.services.calls.call_journal import CallRef, HeldCall
from yuntian.services.calls.call_types import CallRow, CallStarted
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.stations.station_link import StationLink
from yuntian.telephony.events import Health
from yuntian.telephony.line_events import (
    CallAnswered,
    CallEnded,
    DeviceMessage,
    IncomingCall,
    LineEvent,
    LineStatus,
    OutgoingCall,
)
from yuntian.telephony.recording import Recorder
from yuntian.ui.calls.call_recording import CallRecording
from yuntian.ui.calls.call_texts import live_state_text
from yuntian.ui.calls.caller_popup import CallerPopup
from yuntian.ui.calls.caller_popups import CallerPopups
from yuntian.ui.calls.popup_call import PopupCall
from yuntian.ui.calls.station_calls import StationCalls
from yuntian.ui.common.customer_picker import CustomerPicker
from yuntian.ui.common.message_boxes import show_error
from yuntian.ui.common.phone_display import phone_text
from yuntian.ui.customers.customer_card import card_opener
from yuntian.ui.customers.customer_editor import CustomerEditor
from yuntian.ui.shell.status_bar import LineState, PhoneLinesWidget

log = logging.getLogger(__name__)

FLUSH_MS = 3000  # how often held calls are tried again while the database is busy


class Lines(Protocol):
    """What the desk needs of the line manager (tests pass their own)."""

    @property
    def lines(self) -> list[LineConfig]: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...


LinesFactory = Callable[[Callable[[LineEvent], None]], Lines]


class TelephonyBridge(QObject):
    """Hands line events from any thread to the GUI thread (a queued signal)."""

    event = Signal(object)

    def sink(self, event: LineEvent) -> None:
        self.event.emit(event)


class CallDesk(QObject):
    """``call_shown(popup)`` after a pop-up was filled for a call; ``message_requested(call,
    customer_id)`` when the user wants to leave a message from a pop-up."""

    call_shown = Signal(object)
    call_logged = Signal(int)  # a call was stored or its end noted (the service announces it too)
    message_requested = Signal(object, object)
    open_customer_requested = Signal(int)
    status_message = Signal(str)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        phone_lines: PhoneLinesWidget,
        make_lines: LinesFactory,
        *,
        window: QWidget | None = None,
        station: str | None = None,
        station_key: str | None = None,
        link: StationLink | None = None,
        recorder: Recorder | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``station``: this PC's name as the call log and other stations show it, and
        ``station_key`` its key (default: config.toml's ``[station]``, else the host name).
        ``link``: this station's end of the station link; None on a single PC (nothing sent,
        nothing heard)."""
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._window = window
        self._phone_lines = phone_lines
        config = services.profile.config
        host = socket.gethostname()[:64]
        self._station_given = station
        self.station = station or config.station_name or host
        self.station_key = (
            station_key or (link.station_key if link else "") or config.station_key or host
        )
        self.popups = CallerPopups(
            services,
            actor,
            take_focus=lambda: config.popup_focus,
            close_seconds=lambda: config.popup_close_seconds,
            window=window,
            parent=self,
        )
        self.popups.popup_created.connect(self._wire_popup)
        self.shared = StationCalls(
            services, actor, self.popups, link,
            station_key=self.station_key, station_name=self.station,
            own_lines=lambda: self._configs.keys(), parent=self,
        )  # fmt: skip
        self._sources: dict[int, str | None] = {}  # line -> its call's broadcast source
        self.recording = CallRecording(services, actor, self.popups, recorder, parent=self)
        self.recording.status_message.connect(self.status_message)
        self.call_shown.connect(self.recording.call_shown)
        self.bridge = TelephonyBridge(self)
        self.bridge.event.connect(self.handle)
        self._make_lines = make_lines
        self._journal = services.call_journal
        self._calls: dict[int, CallRef] = {}  # station line -> its call: stored id, or held
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(FLUSH_MS)
        self._flush_timer.timeout.connect(self._flush)
        self._started = False
        self._build_lines()

    def _build_lines(self) -> None:
        self.lines = self._make_lines(self.bridge.sink)
        self._configs = {c.station_line: c for c in self.lines.lines}
        self._phone_lines.set_lines({line: LineState.OFFLINE for line in self._configs})
        self.recording.set_lines(self._configs)

    def start(self) -> None:
        if not self._started:
            self._started = True
            self._close_calls(None)  # left open when the application last stopped
            self._journal.adopt()  # calls held by a program that stopped before storing them
            if self._journal.held:
                self._flush()
                self._held_now()
            self.lines.start()
            self.shared.start()
            # The first ring should not wait for the region tables or a window to be built.
            QThreadPool.globalInstance().start(phone_numbers.preload)
            self.popups.prepare([line for line, c in self._configs.items() if c.popup])

    def stop(self) -> None:
        self.recording.stop_all()
        if self._started:
            self._started = False
            self.shared.stop()
            self.lines.stop()
        if self._calls:  # their ends will never be heard: ended, duration unknown
            held = [c for c in self._calls.values() if isinstance(c, HeldCall)]
            self._close_calls([c for c in self._calls.values() if isinstance(c, int)])
            self._calls.clear()
            if held:
                self._journal.close_unfinished(self._actor, held)
        self._flush()

    def _close_calls(self, call_ids: list[int] | None) -> None:
        """This station's calls still open (only ``call_ids``, or all) closed as ended."""
        try:
            self._services.calls.close_unfinished(self._actor, self.station_key, call_ids)
        except Exception:  # e.g. the database server is away: the phones must still work
            log.exception("the calls left open could not be closed")

    def restart(self) -> None:
        """Read the devices and lines again (after the phone settings were saved)."""
        running = self._started
        self.stop()
        config = self._services.profile.config
        self.station = self._station_given or config.station_name or socket.gethostname()[:64]
        self.shared.station_name = self.station  # renamed in the same settings
        self._calls.clear()
        self._build_lines()
        if running:
            self.start()

    def call_id(self, line: int) -> int | None:
        call = self._calls.get(line)
        return call.call_id if isinstance(call, HeldCall) else call

    # --- line events -----------------------------------------------------------------

    def handle(self, event: LineEvent) -> None:
        try:
            if isinstance(event, IncomingCall | OutgoingCall):
                self._call_started(event)
            elif isinstance(event, CallAnswered):
                self._answered(event)
            elif isinstance(event, CallEnded):
                self._ended(event)
            elif isinstance(event, LineStatus):
                self._status(event)
            elif isinstance(event, DeviceMessage):
                self.status_message.emit(f"{event.line_name}: {event.text}".strip(": "))
        except Exception:  # e.g. the database server is away: the next ring must still work
            log.exception("line %s: %s not handled", getattr(event, "line", "?"), event)

    def _call_started(self, event: IncomingCall | OutgoingCall) -> None:
        privacy = event.privacy.value if event.privacy else None
        try:
            ref, started_ = self._journal.start(
                self._actor,
                event.line,
                event.line_name,
                event.direction,
                event.number or "",
                event.name or "",
                privacy,
                self.station,
                station_key=self.station_key,
                source_key=event.source,
            )
            started: CallStarted | None = started_
        except Exception:  # the call cannot be logged: still show who is ringing
            log.exception("line %s: the call could not be stored", event.line)
            started = None
        if started is not None:
            self._calls[event.line] = ref
            if isinstance(ref, HeldCall):
                self._held_now()
            else:
                self.recording.call_started(event.line, ref, event.direction)
                self.call_logged.emit(ref)
        outgoing = event.direction == "out"
        self._phone_lines.set_line_state(
            event.line, LineState.IN_CALL if outgoing else LineState.RINGING
        )
        config = self._configs.get(event.line)
        blocked = getattr(event, "blocked", False)  # the unit turned the caller away
        self._sources[event.line] = event.source
        if outgoing or blocked:
            return
        call = PopupCall(
            line=event.line,
            line_name=event.line_name or str(event.line),
            direction=event.direction,
            raw_number=event.number,
            network_name=event.name,
            privacy=privacy,
            number=(
                (started.lookup.number if started else phone_numbers.normalize(event.number))
                if event.number
                else None
            ),
            customers=tuple(started.lookup.customers) if started else (),
            call_id=started.call_id if started else None,
            received=event.received,
            source=event.source,
            lookup_unavailable=bool(started and started.lookup.unavailable),
        )
        self.shared.rang(call, event.line_name)  # the other stations look the number up themselves
        if config is not None and not config.popup:
            return
        popup = self.popups.show_call(call)
        self.call_shown.emit(popup)

    def _answered(self, event: CallAnswered) -> None:
        self._phone_lines.set_line_state(event.line, LineState.IN_CALL)
        call = self._calls.get(event.line)
        call_id = None if call is None else self._journal.answered(self._actor, call)
        self.shared.answered(event.line, call_id)
        if call_id is not None and not self._sources.get(event.line):
            # Taken by whoever is signed in here. Not for a broadcast device's call: every
            # PC that hears the unit hears the off-hook, whoever picked up.
            popup = self.popups.popup(event.line)
            shown = popup is not None and popup.call is not None and popup.call.call_id == call_id
            self.shared.take(call_id, event.line, popup=popup if shown else None)
        if call_id is None:  # not stored, or the answer held for now
            self._held_now()
            self.popups.set_state(event.line, live_state_text("in", answered=True))
            return
        self.recording.answered(event.line, call_id)
        row = self._stored(call_id)
        if row is not None:
            self.popups.show_call_state(event.line, row)

    def _ended(self, event: CallEnded) -> None:
        self.recording.ended(event.line)  # first: a database error below must not keep it going
        self._phone_lines.set_line_state(event.line, LineState.IDLE)
        call = self._calls.pop(event.line, None)
        self._sources.pop(event.line, None)
        row = None
        call_id = None
        if call is not None:
            # Only a device's own figure or a known answer makes the duration a talk time
            # (a plain modem's rings that stop may be an answer or a caller giving up).
            known = event.answered is not None or event.timed_by_device
            call_id = self._journal.ended(
                self._actor,
                call,
                event.duration if event.answered or event.timed_by_device else None,
                missed_if_unanswered=known,
            )
            if call_id is not None:
                self.call_logged.emit(call_id)
                row = self._stored(call_id)
            self._held_now()
        self.shared.ended(event.line, call_id, event.duration, event.answered)
        # The header says what the log says (a modem that cannot tell is not "missed").
        self.popups.call_ended(event.line, event.duration, event.answered, row)

    def _held_now(self) -> bool:
        """Whether calls are held for a busy database; if so, say so and retry regularly."""
        if not self._journal.held:
            return False
        if not self._flush_timer.isActive():
            self._flush_timer.start()
            self.status_message.emit(
                self.tr("The database is busy: calls are kept and will be stored shortly.")
            )
        return True

    def _flush(self) -> None:
        try:
            stored = self._journal.flush(self._actor)
        except Exception:  # e.g. the server is away: try again at the next tick
            log.exception("held calls could not be stored")
            return
        for held in stored:
            assert held.call_id is not None
            if self._calls.get(held.line) is held:  # still ringing or talking
                self._calls[held.line] = held.call_id
                self.recording.call_started(held.line, held.call_id, held.direction)
            self.call_logged.emit(held.call_id)
        if not self._journal.held:
            self._flush_timer.stop()
            if stored:
                self.status_message.emit(self.tr("The calls kept meanwhile are stored."))

    def _stored(self, call_id: int) -> CallRow | None:
        try:
            return self._services.calls.get(self._actor, call_id)
        except ServiceError:  # deleted meanwhile
            return None

    def _status(self, event: LineStatus) -> None:
        state = LineState.OFFLINE if event.health is not Health.CONNECTED else LineState.IDLE
        if state is LineState.IDLE and self._calls.get(event.line) is not None:
            return  # a device that reconnects mid-call keeps its call
        self._phone_lines.set_line_state(event.line, state)
        self._phone_lines.set_line_detail(event.line, event.line_name, event.detail)

    # --- pop-up actions --------------------------------------------------------------

    def _wire_popup(self, popup: CallerPopup) -> None:
        popup.open_requested.connect(self.open_customer_requested)
        popup.message_requested.connect(
            lambda: self.message_requested.emit(popup.call, popup.current_customer_id())
        )
        popup.new_customer_requested.connect(lambda: self._new_customer(popup))
        popup.add_number_requested.connect(lambda: self._add_number(popup))
        popup.customer_saved.connect(lambda customer_id: self._filed(popup, customer_id))
        popup.acted.connect(lambda: self.shared.take_popup(popup))
        popup.take_button.setVisible(self.shared.linked)

    def _new_customer(self, popup: CallerPopup) -> None:
        if popup.call is None:
            return
        editor = CustomerEditor(
            self._services,
            self._actor,
            None,
            popup,
            phone=popup.call.raw_number or "",
            open_card=card_opener(self._services, self._actor),
        )
        editor.name.setText(popup.unknown.name.text())
        if editor.exec() == QDialog.DialogCode.Accepted and editor.saved is not None:
            popup.show_saved_customer(editor.saved.customer.id)
        editor.deleteLater()

    def _add_number(self, popup: CallerPopup) -> None:
        call = popup.call
        if call is None or not call.raw_number:
            return
        picker = CustomerPicker(
            self._services,
            self._actor,
            self.tr("Whose number is {number}? Find the customer:").format(
                number=phone_text(call.raw_number)
            ),
            popup,
        )
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen_id is not None:
            try:
                self._services.customers.add_phone(self._actor, picker.chosen_id, call.raw_number)
            except ServiceError as exc:
                show_error(popup, exc)
            else:
                popup.show_saved_customer(picker.chosen_id)
        picker.deleteLater()

    def _filed(self, popup: CallerPopup, customer_id: int) -> None:
        call = popup.call
        if call is not None and call.call_id is not None:
            self._services.calls.set_customer(self._actor, call.call_id, customer_id)
