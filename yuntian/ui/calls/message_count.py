"""The status bar's count of open messages ("留言 3"): a flat button that opens the messages page.

It reads ``open_count`` (an indexed count) whenever messages change (the change bus: this PC's
actions now, other stations' once the shared server feeds the bus) and when the main window
becomes active again.
"""

from __future__ import annotations

from collections.abc import Callable

import peewee as pw
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QToolButton, QWidget

from yuntian.services import Services
from yuntian.services.common.changes import Area
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.ui.common.change_watch import watch_changes
from yuntian.ui.common.i18n import error_text


class MessageCountButton(QToolButton):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        open_page: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("messageCount")
        self.setAutoRaise(True)
        self._services = services
        self._actor = actor
        self.count: int | None = None  # None: not known (the database is away)
        self.clicked.connect(lambda _checked=False: open_page())
        watch_changes(self, services.changes, (Area.MESSAGES,))
        self.refresh()

    def refresh(self) -> None:
        messages, actor = self._services.messages, self._actor
        try:
            total = messages.open_count(actor)
            mine = messages.open_count(actor, actor.user_id)
        except (ServiceError, pw.DatabaseError) as exc:  # a server away: say so, try next time
            self.count = None
            self.setText(self.tr("Messages ?"))
            self.setToolTip(error_text(exc) if isinstance(exc, ServiceError) else str(exc))
            return
        self.count = total
        self.setText(self.tr("Messages {n}").format(n=total))
        self.setToolTip(
            self.tr("Open messages: {n}, for you or anyone: {mine}. Click to see them.").format(
                n=total, mine=mine
            )
        )
        font = self.font()
        font.setBold(total > 0)
        self.setFont(font)

    # --- the main window becoming active again ---------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self:
            window.installEventFilter(self)  # again is harmless: Qt keeps one

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # No reference to the window is kept: it would tie the two wrappers in a cycle.
        if event.type() == QEvent.Type.WindowActivate and watched is self.window():
            self.refresh()
        return False
