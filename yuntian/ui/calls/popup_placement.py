"""Puts the caller pop-ups on screen: tiled (popup_layout) inside the available geometry of the
screen in use, clear of a modal dialog's buttons, placed again whenever that changes.

The screen in use is the active window's (else the main window's). The pop-ups are measured
after they are filled and placed again when one grows (a card's content arrives) or when the
window manager's frame becomes known. A modal dialog (the service-order form) blocks every
other window of the application: each pop-up is made a transient of it, so the receptionist
can still click into a pop-up and type while the form stays open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from yuntian.ui.calls.caller_popup import CallerPopup
from yuntian.ui.calls.popup_layout import TileSpec, tile

PREFERRED = QSize(480, 640)  # the pop-up's own size when the screen has room
BUTTON_BAND = 64  # a dialog without a button box: its bottom this high holds the buttons


class PopupPlacement(QObject):
    """``shown()`` lists the pop-ups on screen, oldest first."""

    def __init__(
        self,
        shown: Callable[[], list[CallerPopup]],
        window: QWidget | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._shown = shown
        self._window = window
        self._margins: QMargins | None = None  # the window manager's frame, once seen
        self._planned: dict[CallerPopup, QRect] = {}
        self._modal: QWidget | None = None
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.place)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._focus_changed)

    def watch(self, popup: CallerPopup) -> None:
        popup.installEventFilter(self)

    def forget(self, popup: CallerPopup) -> None:
        self._planned.pop(popup, None)

    def schedule(self) -> None:
        """Place again on the next turn of the event loop (changes in one turn merged)."""
        if self._shown():
            self._timer.start()

    def place(self, extra: CallerPopup | None = None) -> None:
        """Size and move the pop-ups on screen, and ``extra`` (about to be shown) last."""
        popups = self._shown()
        if extra is not None and extra not in popups:
            popups.append(extra)
        modal = self._current_modal(popups)
        for popup in popups:
            self._unblock(popup, modal)
        screen = self._screen(popups)
        if not popups or screen is None:
            return
        margins = self._frame_margins(popups)
        frame_width = margins.left() + margins.right()
        frame_height = margins.top() + margins.bottom()
        width = max(PREFERRED.width(), *(p.minimumSizeHint().width() for p in popups))
        spec = TileSpec(
            width=width + frame_width,
            height=PREFERRED.height() + frame_height,
            min_height=max(p.minimumSizeHint().height() for p in popups) + frame_height,
            header=max(p.header_height() for p in popups) + margins.top(),
            header_width=max(p.header_width() for p in popups) + margins.left(),
        )
        frames = tile(len(popups), screen.availableGeometry(), spec, self._avoid(modal))
        for popup, frame in zip(popups, frames, strict=True):
            inner = frame.marginsRemoved(margins)
            self._planned[popup] = inner
            if popup.size() != inner.size():
                popup.resize(inner.size())
            if popup.frameGeometry().topLeft() != frame.topLeft():
                popup.move(frame.topLeft())  # a window's position is its frame's

    def raise_all(self) -> None:
        """Stack them as placed: later ones above, headers of the earlier ones clear; the one
        being typed in stays on top of them all."""
        popups = self._shown()
        active = QApplication.activeWindow()
        if active in popups:
            popups.remove(active)
            popups.append(active)
        for popup in popups:
            popup.raise_()

    # --- what to avoid ---------------------------------------------------------------

    def _current_modal(self, popups: list[CallerPopup]) -> QWidget | None:
        modal = QApplication.activeModalWidget()
        if modal is not None and (not modal.isVisible() or modal in popups):
            modal = None
        if modal is not self._modal:
            if self._modal is not None:
                self._modal.removeEventFilter(self)
            self._modal = modal
            if modal is not None:
                modal.installEventFilter(self)  # moved or resized: placed again
                modal.destroyed.connect(self._modal_gone)
        return modal

    def _modal_gone(self) -> None:
        self._modal = None
        self.schedule()

    @staticmethod
    def _avoid(modal: QWidget | None) -> list[QRect]:
        """The dialog, its buttons (else its bottom band) and the field being typed in."""
        if modal is None:
            return []
        dialog = modal.frameGeometry()
        buttons = QRect()
        for box in modal.findChildren(QDialogButtonBox):
            for button in box.buttons():
                if button.isVisible() and button.window() is modal:
                    buttons = buttons.united(_global_rect(button))
        if buttons.isNull():
            buttons = QRect(
                dialog.left(), dialog.bottom() - BUTTON_BAND, dialog.width(), BUTTON_BAND
            )
        focus = modal.focusWidget()
        typing = _global_rect(focus) if focus is not None and focus.isVisible() else QRect()
        return [dialog, buttons, typing]

    def _unblock(self, popup: CallerPopup, modal: QWidget | None) -> None:
        """A pop-up the modal dialog does not come from is made its transient: Qt does not
        block a modal window's transients, and the window manager keeps them above it."""
        handle = popup.windowHandle()
        if handle is None:
            return
        owner = modal.windowHandle() if modal is not None else None
        if modal is not None and _comes_from(modal, popup):
            owner = None  # opened from this pop-up: no circle of transients
        if handle.transientParent() is not owner:
            handle.setTransientParent(owner)

    def _screen(self, popups: list[CallerPopup]) -> QScreen | None:
        active = QApplication.activeWindow()
        for window in (active if active not in popups else None, self._window):
            if window is not None and window.screen() is not None:
                return window.screen()
        return QGuiApplication.primaryScreen()

    def _frame_margins(self, popups: list[CallerPopup]) -> QMargins:
        """The window manager's frame around a pop-up, as last seen (none before the first
        is shown: it is placed again once the frame is known)."""
        for popup in popups:
            if popup.isVisible():
                self._margins = _margins(popup)
                break
        return self._margins or QMargins()

    # --- reactions -------------------------------------------------------------------

    def _focus_changed(self, _window: object) -> None:
        self.schedule()  # a dialog opened or closed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._modal:
            if kind in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Hide):
                self.schedule()
        elif isinstance(watched, CallerPopup) and kind in (QEvent.Type.Move, QEvent.Type.Resize):
            planned = self._planned.get(watched)
            if watched.isVisible() and planned is not None and self._off_plan(watched, planned):
                self.schedule()
        return False

    def _off_plan(self, popup: CallerPopup, planned: QRect) -> bool:
        """Its content needs more room than planned (a size the user chose is kept), or its
        frame differs from the one planned with."""
        needed = popup.minimumSizeHint()
        if needed.width() > planned.width() or needed.height() > planned.height():
            return True
        return _margins(popup) != (self._margins or QMargins())


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def _margins(popup: QWidget) -> QMargins:
    frame, inner = popup.frameGeometry(), popup.geometry()
    return QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )


def _comes_from(dialog: QWidget, popup: QWidget) -> bool:
    parent = dialog.parentWidget()
    while parent is not None:
        if parent is popup:
            return True
        parent = parent.parentWidget()
    return False
