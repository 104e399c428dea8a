"""The status bar's word on the database connection: a red warning while the server is away,
"reconnected" for a few seconds once it answers, nothing otherwise."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from yuntian.ui.common.connection_watcher import ConnectionWatcher
from yuntian.ui.common.styles import ERROR_COLOUR

LOST_STYLE = (
    f"color: {ERROR_COLOUR}; background: #fdecea; border: 1px solid #f1b8b4;"
    " border-radius: 3px; padding: 0 6px; font-weight: bold;"
)
BACK_STYLE = "color: #1e4620; background: #e3eee3; border-radius: 3px; padding: 0 6px;"
BACK_SHOWN_MS = 10_000


class ConnectionStatusLabel(QLabel):
    def __init__(self, watcher: ConnectionWatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionStatus")
        self._hide_timer = QTimer(self, singleShot=True, interval=BACK_SHOWN_MS)
        self._hide_timer.timeout.connect(self.hide)
        watcher.lost.connect(self.show_lost)
        watcher.back.connect(self.show_back)
        self.setVisible(False)
        if watcher.is_lost:
            self.show_lost()

    def show_lost(self) -> None:
        self._hide_timer.stop()
        self.setStyleSheet(LOST_STYLE)
        self.setText(self.tr("Connection to the database server lost, reconnecting…"))
        self.setToolTip(
            self.tr(
                "Yuntian tries again by itself. What you type in open forms is kept and saved "
                "once the server answers; calls still pop up and are stored then."
            )
        )
        self.setVisible(True)

    def show_back(self) -> None:
        self.setStyleSheet(BACK_STYLE)
        self.setText(self.tr("Reconnected"))
        self.setToolTip("")
        self.setVisible(True)
        self._hide_timer.start()
