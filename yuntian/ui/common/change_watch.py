"""Pages follow the change bus: a widget names the areas it shows and what to do when they change.

A widget does not hear of the changes its own background work made (Anki's "handler"): it
already shows them, and reading again would lose its message. Changes made on the GUI thread
reach everyone, the widget that made them too: guessing the maker from the focus or the modal
dialog would also silence a call logged while the receptionist works in the call log. Pages
therefore refresh keeping their place (ListPage keeps the chosen rows).

A visible widget hears of a change on the GUI thread, after the action's transaction and its own
event-loop turn (several changes in one turn arrive merged, so a batch of 200 edits costs one
reload). A hidden widget is only marked stale and catches up when it is shown again, so twelve
open pages do not all reload for every call that rings.
"""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from yuntian.services.common.changes import Area, ChangeBus, Changes
from yuntian.ui.common.background import working_for


class ChangeWatcher(QObject):
    """Lives as long as ``widget``; calls ``on_change(changes)`` for changes touching ``areas``."""

    _arrived = Signal(object, object)  # changes, initiator; emitted on any thread, queued here

    def __init__(
        self,
        widget: QWidget,
        bus: ChangeBus,
        areas: Iterable[Area],
        on_change: Callable[[Changes], None],
    ) -> None:
        super().__init__(widget)  # the parent is the watched widget: no reference of our own
        self._areas = frozenset(areas)
        # A bound method is held weakly: a strong one would tie the page to its own child.
        self._on_change: Callable[[], Callable[[Changes], None] | None] = (
            weakref.WeakMethod(on_change) if inspect.ismethod(on_change) else lambda: on_change
        )
        self._pending = Changes()
        self.stale = False
        self._flush_timer = QTimer(self, singleShot=True, interval=0)
        self._flush_timer.timeout.connect(self._flush)
        self._arrived.connect(self._collect, Qt.ConnectionType.QueuedConnection)
        me = weakref.ref(self)

        def deliver(changes: Changes) -> None:  # holds no strong reference: the bus outlives us
            watcher = me()
            if (
                watcher is not None
                and shiboken6.isValid(watcher)
                and changes.touches(*watcher._areas)
            ):
                watcher._arrived.emit(changes, _initiator())

        unsubscribe = bus.subscribe(deliver)
        self.destroyed.connect(lambda *_: unsubscribe())
        widget.installEventFilter(self)

    def _collect(self, changes: Changes, initiator: object) -> None:
        if _inside(initiator, self.parent()):
            return
        self._pending = self._pending | changes
        self._flush_timer.start()

    def _flush(self) -> None:
        if not self._pending:
            return
        widget = self.parent()
        if not isinstance(widget, QWidget) or not widget.isVisible():
            self.stale = True  # the merged changes are kept for the catch-up
            return
        changes, self._pending = self._pending, Changes()
        self.stale = False
        callback = self._on_change()
        if callback is not None:
            callback(changes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            self._flush_timer.start()  # after the show: the page paints first, then reloads
        return False


def _initiator() -> QObject | None:
    """The widget whose background work is publishing on this thread, if any."""
    return working_for()


def _inside(initiator: object, widget: QObject | None) -> bool:
    """``initiator`` is ``widget`` or lies within it (a dialog the page opened, too)."""
    node = initiator if isinstance(initiator, QObject) and shiboken6.isValid(initiator) else None
    while node is not None:
        if node is widget:
            return True
        node = node.parent()
    return False


def watch_changes(
    widget: QWidget,
    bus: ChangeBus,
    areas: Iterable[Area],
    on_change: Callable[[Changes], None] | None = None,
) -> ChangeWatcher:
    """Follow ``areas`` on ``bus`` for as long as ``widget`` lives. Without ``on_change`` the
    widget's ``refresh()`` runs (the page contract of ui/shell/pages.py). Pass a bound method
    or a function that does not hold the widget: it is kept as long as the widget lives."""
    if on_change is None:
        page = weakref.ref(widget)

        def on_change(_changes: Changes) -> None:
            alive = page()
            if alive is not None:
                alive.refresh()  # type: ignore[attr-defined]

    return ChangeWatcher(widget, bus, areas, on_change)
