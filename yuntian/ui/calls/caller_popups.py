"""The caller pop-ups on screen: one per call, tiled so every line's header stays readable.

Each line has a window that is reused from call to call. A window that is ``held`` — pinned, or
holding a caller's details typed in and not saved — is never reused: the next call on its line
gets a window of its own, and the held one stays until closed by hand. Other windows close
themselves some seconds after their call ends (``popup_close_seconds``; 0: never). At most eight
are on screen: a ninth call closes the oldest one not held. Placement: popup_placement.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from yuntian.services import Services
from yuntian.services.calls.call_types import CallRow
from yuntian.services.common.permissions import Actor
from yuntian.ui.calls.caller_popup import CallerPopup
from yuntian.ui.calls.popup_call import PopupCall
from yuntian.ui.calls.popup_placement import PopupPlacement

MAX_POPUPS = 8
# The whole customer cards are read this long after the last ring, one per turn of the event
# loop: eight lines ringing at once all get their first picture before any card is read.
QUIET_MS = 80


class CallerPopups(QObject):
    """``popup_created(popup)`` lets the window owner connect each new pop-up's actions."""

    popup_created = Signal(object)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        *,
        take_focus: Callable[[], bool],
        close_seconds: Callable[[], int],
        window: QWidget | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``window``: the main window, whose screen the pop-ups go on when no window of the
        application is active."""
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._take_focus = take_focus
        self._close_seconds = close_seconds
        self._lines: dict[int, CallerPopup] = {}  # each line's window for its latest call
        self._shown: list[CallerPopup] = []  # on screen, oldest first
        self._timers: dict[CallerPopup, QTimer] = {}
        self._to_load: list[CallerPopup] = []
        self._loader = QTimer(self)
        self._loader.setSingleShot(True)
        self._loader.timeout.connect(self._load_next)
        self.placement = PopupPlacement(lambda: list(self._shown), window, self)

    def popup(self, line: int) -> CallerPopup | None:
        """The window of the line's latest call."""
        return self._lines.get(line)

    def shown(self) -> list[CallerPopup]:
        """The windows on screen, oldest first."""
        return list(self._shown)

    def visible_lines(self) -> list[int]:
        """Lines with a window on screen, oldest first."""
        lines = [p.call.line for p in self._shown if p.call is not None]
        return list(dict.fromkeys(lines))

    def popup_for_call(self, call: PopupCall) -> CallerPopup | None:
        """The window on screen showing this call."""
        for popup in self._shown:
            shown = popup.call
            if shown is call or (
                shown is not None and call.call_id is not None and shown.call_id == call.call_id
            ):
                return popup
        return None

    def unsaved(self) -> list[CallerPopup]:
        """Windows holding a caller's details typed in and not saved."""
        return [p for p in self._shown if p.has_unsaved_input()]

    def prepare(self, lines: list[int]) -> None:
        """Build the pop-ups of these lines ahead of their first ring, one per turn of the
        event loop (each takes a few tens of milliseconds; a ring should not wait for it)."""
        pending = [line for line in lines if line not in self._lines]
        if pending:
            self._lines[pending[0]] = self._new_popup()
            QTimer.singleShot(0, lambda: self.prepare(pending[1:]))

    def show_call(self, call: PopupCall) -> CallerPopup:
        popup = self._lines.get(call.line)
        if popup is None or (popup.isVisible() and popup.held):
            popup = self._new_popup()  # the held one keeps its call and what was typed
            self._lines[call.line] = popup
        self._stop_timer(popup)
        if self._to_load or self._loader.isActive():
            self._loader.start(QUIET_MS)  # another ring: cards wait until the lines are quiet
        popup.show_call(call)
        if popup in self._shown:
            self._shown.remove(popup)
        self._shown.append(popup)
        self._make_room(popup)
        self.placement.place(popup)  # sized and placed before it is shown: no jump
        popup.show()
        self.placement.raise_all()
        if self._take_focus():
            popup.activateWindow()
        self.placement.schedule()  # again once the window manager's frame is known
        return popup

    def set_state(self, line: int, text: str) -> None:
        popup = self._lines.get(line)
        if popup is not None and popup.isVisible():
            popup.set_state(text)

    def show_call_state(self, line: int, row: CallRow) -> None:
        """The line's call as the log has it now (answered: the header says so)."""
        popup = self._lines.get(line)
        if popup is not None and popup.isVisible() and _same_call(popup, row.id):
            popup.show_call_state(row)

    def call_ended(
        self, line: int, duration: int | None, answered: bool | None, row: CallRow | None = None
    ) -> None:
        """The line's call is over: ``row`` as the log has it, else what the line said."""
        popup = self._lines.get(line)
        if popup is None or not popup.isVisible():
            return
        if row is not None and _same_call(popup, row.id):
            popup.show_call_state(row)
        else:
            popup.call_ended(duration, answered)
        seconds = self._close_seconds()
        if seconds > 0:  # 0: stays until closed
            timer = self._timers.get(popup)
            if timer is None:
                timer = self._timers[popup] = self._make_timer(popup)
            timer.start(seconds * 1000)

    def close_all(self) -> None:
        """Close every window, typed details and all (sign-out and exit ask first)."""
        for popup in list(self._shown):
            popup.discard()
        for popup in self._lines.values():
            popup.discard()

    # --- internals -------------------------------------------------------------------

    def _new_popup(self) -> CallerPopup:
        popup = CallerPopup(self._services, self._actor)
        popup.closed.connect(self._closed)
        popup.first_painted.connect(self._card_wanted)
        self.placement.watch(popup)
        self.popup_created.emit(popup)
        return popup

    def _make_room(self, newest: CallerPopup) -> None:
        """More than eight on screen: the oldest not held goes (held ones are only added)."""
        while len(self._shown) > MAX_POPUPS:
            oldest = next((p for p in self._shown if p is not newest and not p.held), None)
            if oldest is None:
                break
            oldest.close()

    def _card_wanted(self, popup: CallerPopup) -> None:
        if popup not in self._to_load:
            self._to_load.append(popup)
        self._loader.start(QUIET_MS)

    def _load_next(self) -> None:
        if self._to_load:
            self._to_load.pop(0).finish_loading()
        if self._to_load:
            self._loader.start(0)

    def _make_timer(self, popup: CallerPopup) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._expire(popup))
        return timer

    def _expire(self, popup: CallerPopup) -> None:
        if popup.isVisible() and not popup.held:
            popup.close()

    def _stop_timer(self, popup: CallerPopup) -> None:
        timer = self._timers.get(popup)
        if timer is not None:
            timer.stop()

    def _closed(self, popup: CallerPopup) -> None:
        self._stop_timer(popup)
        if popup in self._to_load:
            self._to_load.remove(popup)
        if popup in self._shown:
            self._shown.remove(popup)
            self.placement.schedule()  # the others close up
        if popup not in self._lines.values():  # a held window of an earlier call: done
            self.placement.forget(popup)
            timer = self._timers.pop(popup, None)
            if timer is not None:
                timer.deleteLater()
            popup.deleteLater()


def _same_call(popup: CallerPopup, call_id: int) -> bool:
    return popup.call is not None and popup.call.call_id in (None, call_id)
