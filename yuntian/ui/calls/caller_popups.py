"""The stack of caller pop-ups: one reusable window per line, at most 8 at once.

Windows cascade up from the bottom-right corner of the screen, each shifted so that the
title and left edge of every one stay visible (none ever covers another completely). A
window closes itself some seconds after its call ends unless the user pinned it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.ui.calls.caller_popup import CallerPopup
from yuntian.ui.calls.popup_call import PopupCall

MAX_POPUPS = 8
# The whole customer cards are read this long after the last ring, one per turn of the event
# loop: eight lines ringing at once all get their first picture before any card is read.
QUIET_MS = 80
CASCADE = QPoint(-44, -40)  # the next window's shift: keeps the title bars apart


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
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._take_focus = take_focus
        self._close_seconds = close_seconds
        self._popups: dict[int, CallerPopup] = {}
        self._order: list[int] = []  # lines with a visible window, oldest first
        self._timers: dict[int, QTimer] = {}
        self._to_load: list[CallerPopup] = []
        self._loader = QTimer(self)
        self._loader.setSingleShot(True)
        self._loader.timeout.connect(self._load_next)

    def popup(self, line: int) -> CallerPopup | None:
        return self._popups.get(line)

    def visible_lines(self) -> list[int]:
        return list(self._order)

    def prepare(self, lines: list[int]) -> None:
        """Build the pop-ups of these lines ahead of their first ring, one per turn of the
        event loop (each takes a few tens of milliseconds; a ring should not wait for it)."""
        pending = [line for line in lines if line not in self._popups]
        if pending:
            self._popup_for(pending[0])
            QTimer.singleShot(0, lambda: self.prepare(pending[1:]))

    def show_call(self, call: PopupCall) -> CallerPopup:
        popup = self._popup_for(call.line)
        self._stop_timer(call.line)
        if self._to_load or self._loader.isActive():
            self._loader.start(QUIET_MS)  # another ring: cards wait until the lines are quiet
        popup.show_call(call)
        if call.line in self._order:
            self._order.remove(call.line)
        self._order.append(call.line)
        while len(self._order) > MAX_POPUPS:  # the oldest makes room (only with > 8 lines)
            self._popups[self._order[0]].close()
        self._place()
        popup.show()
        popup.raise_()
        if self._take_focus():
            popup.activateWindow()
        return popup

    def set_state(self, line: int, text: str) -> None:
        popup = self._popups.get(line)
        if popup is not None and popup.isVisible():
            popup.set_state(text)

    def call_ended(self, line: int, duration: int | None, answered: bool) -> None:
        popup = self._popups.get(line)
        if popup is None or not popup.isVisible():
            return
        popup.call_ended(duration, answered)
        timer = self._timers.setdefault(line, self._make_timer(line))
        timer.start(max(1, self._close_seconds()) * 1000)

    def close_all(self) -> None:
        for popup in self._popups.values():
            popup.close()

    # --- internals -------------------------------------------------------------------

    def _popup_for(self, line: int) -> CallerPopup:
        popup = self._popups.get(line)
        if popup is None:
            popup = CallerPopup(self._services, self._actor)
            popup.closed.connect(self._closed)
            popup.first_painted.connect(self._card_wanted)
            self._popups[line] = popup
            self.popup_created.emit(popup)
        return popup

    def _card_wanted(self, popup: CallerPopup) -> None:
        if popup not in self._to_load:
            self._to_load.append(popup)
        self._loader.start(QUIET_MS)

    def _load_next(self) -> None:
        if self._to_load:
            self._to_load.pop(0).finish_loading()
        if self._to_load:
            self._loader.start(0)

    def _make_timer(self, line: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._expire(line))
        return timer

    def _expire(self, line: int) -> None:
        popup = self._popups.get(line)
        if popup is not None and not popup.pinned:
            popup.close()

    def _stop_timer(self, line: int) -> None:
        timer = self._timers.get(line)
        if timer is not None:
            timer.stop()

    def _closed(self, line: int) -> None:
        self._stop_timer(line)
        if line in self._order:
            self._order.remove(line)

    def _place(self) -> None:
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        for index, line in enumerate(self._order):
            popup: QWidget = self._popups[line]
            frame = popup.frameGeometry()
            x = area.right() - frame.width() - 16 + CASCADE.x() * index
            y = area.bottom() - frame.height() - 16 + CASCADE.y() * index
            popup.move(max(area.left(), x), max(area.top(), y))
