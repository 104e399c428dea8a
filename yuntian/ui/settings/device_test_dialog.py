"""Test a caller-ID device live: start its driver and show its health and every event it
reports, one row each (``yuntian cid monitor`` inside the app).

The driver calls its sink on its own thread; :class:`_Bridge` re-emits each item as a queued
Qt signal, so the table is only touched on the GUI thread. Closing the window stops the driver.
"""

from __future__ import annotations

import datetime as dt
import html
import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yuntian.device_settings import DeviceConfig, LineConfig, norm_line
from yuntian.telephony.device_thread import Sink, describe
from yuntian.telephony.drivers import Driver
from yuntian.telephony.events import CallerIdEvent, DeviceEvent, DeviceStatus, Health
from yuntian.ui.common.field_errors import hint_label
from yuntian.ui.common.styles import ERROR_COLOUR
from yuntian.ui.settings.phone_labels import (
    direction_label,
    event_label,
    health_label,
    kind_label,
    privacy_label,
)

DriverFactory = Callable[[DeviceConfig, Sink], Driver]
MAX_ROWS = 1000  # oldest rows go first; a test session never needs more
_HEALTH_COLOUR = {
    Health.CONNECTED: "#1b7f3b",
    Health.CONNECTING: "#8a6d00",
    Health.DISCONNECTED: ERROR_COLOUR,
}


class _Bridge(QObject):
    """The driver's sink: hands items to the GUI thread; drops them once the window closed
    (a driver that did not stop in time must not reach a deleted window)."""

    received = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open = threading.Event()
        self._open.set()

    def sink(self, item: DeviceEvent | DeviceStatus) -> None:
        if self._open.is_set():
            self.received.emit(item)

    def close(self) -> None:
        self._open.clear()


class DeviceTestDialog(QDialog):
    """Call :meth:`start` after showing it. ``lines``: the configured lines, to show which
    station line each device line rings on."""

    COLUMNS = 6

    def __init__(
        self,
        device: DeviceConfig,
        driver_factory: DriverFactory,
        lines: Sequence[LineConfig] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deviceTestDialog")
        self.setWindowTitle(self.tr("Test device {name}").format(name=device.id))
        self._device = device
        self._driver_factory = driver_factory
        self._driver: Driver | None = None
        self._station = {
            norm_line(line.device_line): line for line in lines if line.device == device.id
        }
        self.health: Health | None = None
        self._bridge = _Bridge(self)
        self._bridge.received.connect(self._received)

        heading = QLabel(
            f"<b>{html.escape(device.id)}</b> — {kind_label(device.kind)} — {html.escape(device.url)}"
        )
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.events = QTableWidget(0, self.COLUMNS)
        self.events.setObjectName("events")
        self.events.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Line"),
                self.tr("Event"),
                self.tr("Number"),
                self.tr("Name"),
                self.tr("Details"),
            ]
        )
        self.events.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events.verticalHeader().setVisible(False)
        header = self.events.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        clear = QPushButton(self.tr("C&lear"))
        clear.setObjectName("clear")
        clear.setAutoDefault(False)
        clear.clicked.connect(lambda: self.events.setRowCount(0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(clear, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.status)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Call one of the lines: everything the device reports appears below as it "
                    "arrives. Nothing is stored. A port Yuntian already reads may be busy while "
                    "this window is open."
                )
            )
        )
        layout.addWidget(self.events, 1)
        layout.addWidget(buttons)
        self.resize(820, 460)
        self._show_status(Health.CONNECTING, "")

    # --- life cycle ---------------------------------------------------------------------

    def start(self) -> None:
        """Start the driver; a device that cannot even be described says why in the status."""
        try:
            self._driver = self._driver_factory(self._device, self._bridge.sink)
            self._driver.start()
        except Exception as exc:  # a missing simulator script, an unknown format
            self._driver = None
            self._show_status(Health.DISCONNECTED, describe(exc))

    def stop(self) -> None:
        self._bridge.close()
        if self._driver is not None:
            driver, self._driver = self._driver, None
            driver.stop()

    def done(self, result: int) -> None:
        self.stop()
        super().done(result)

    @property
    def running(self) -> bool:
        return self._driver is not None and self._driver.running

    # --- what the device says -----------------------------------------------------------

    def _received(self, item: object) -> None:
        if isinstance(item, DeviceStatus):
            self._show_status(item.health, item.detail)
        elif isinstance(item, DeviceEvent):
            self._add_row(item.event)

    def _show_status(self, health: Health, detail: str) -> None:
        self.health = health
        text = health_label(health)
        if detail:
            text = self.tr("{status}: {detail}").format(status=text, detail=detail)
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {_HEALTH_COLOUR[health]}; font-weight: bold;")

    def _add_row(self, event: CallerIdEvent) -> None:
        if self.events.rowCount() >= MAX_ROWS:
            self.events.removeRow(0)
        row = self.events.rowCount()
        self.events.insertRow(row)
        cells = [
            dt.datetime.now().strftime("%H:%M:%S"),
            self._line_text(event.line),
            event_label(event.event),
            event.number or "",
            event.name or "",
            self._details(event),
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == 5 and event.raw:
                item.setToolTip(event.raw)  # what the device sent, for support
            self.events.setItem(row, column, item)
        self.events.scrollToBottom()

    def _line_text(self, line: int | str | None) -> str:
        text = "" if line is None else str(line)
        station = self._station.get(norm_line(line))
        if station is None:
            return text
        where = self.tr("line {number}").format(number=station.station_line)
        if station.name:
            where = f"{where} {station.name}"
        return f"{text} → {where}" if text else where

    def _details(self, event: CallerIdEvent) -> str:
        parts = [direction_label(event.direction)]
        if event.privacy is not None:
            parts.append(privacy_label(event.privacy))
        if event.duration is not None:
            parts.append(self.tr("{seconds} s").format(seconds=event.duration))
        if event.checksum_ok is False:
            parts.append(self.tr("bad checksum"))
        if event.date and len(event.date) == 4:
            parts.append(f"{event.date[:2]}/{event.date[2:]}")
        if event.time and len(event.time) == 4:
            parts.append(f"{event.time[:2]}:{event.time[2:]}")
        if event.text:
            parts.append(event.text)
        return ", ".join(p for p in parts if p)
