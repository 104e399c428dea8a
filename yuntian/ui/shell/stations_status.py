"""The status bar's stations: how many are online (their names in the tooltip) and, for each
line some station's device takes, which station serves it and whether it is online:
"线路 1·2 前台1 ● / 3 仓库 ○". Presence snapshots arrive on the heartbeat thread and are
relayed to the GUI thread (``StationSignals``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from yuntian.services.stations.presence import StationPresence, StationsSnapshot
from yuntian.services.stations.station_link import EventKind, StationEvent, StationLink

ONLINE_MARK, OFFLINE_MARK = "●", "○"
_ONLINE_COLOUR, _OFFLINE_COLOUR = "#1e7a32", "#b3261e"


class StationSignals(QObject):
    """Station news on the GUI thread: presence snapshots, and link events of chosen kinds."""

    snapshot = Signal(object)  # StationsSnapshot
    event = Signal(object)  # StationEvent

    def __init__(self, presence: StationPresence, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stops: list[Callable[[], None]] = [presence.listen(self.snapshot.emit)]

    def relay(self, link: StationLink, kind: EventKind) -> None:
        def emit(event: StationEvent) -> None:
            self.event.emit(event)

        self._stops.append(link.subscribe(kind, emit))

    def stop(self) -> None:
        for stop in self._stops:
            stop()
        self._stops.clear()


class StationsStatusWidget(QWidget):
    """Hidden while this PC is the only station the database has seen."""

    def __init__(self, this_station: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationsStatus")
        self._this = this_station
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(10)
        self.online_label = QLabel()
        self.online_label.setObjectName("stationsOnline")
        self.lines_label = QLabel()
        self.lines_label.setObjectName("lineHosts")
        self.lines_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.online_label)
        layout.addWidget(self.lines_label)
        self.setVisible(False)

    def show_snapshot(self, snapshot: StationsSnapshot) -> None:
        others = [s for s in snapshot.stations if s.key != self._this]
        self.setVisible(bool(others))
        online = snapshot.online
        self.online_label.setText(self.tr("Stations online: {count}").format(count=len(online)))
        names = "\n".join(
            self.tr("{name} ({user})").format(name=s.name, user=s.user_name)
            if s.user_name
            else s.name
            for s in online
        )
        self.online_label.setToolTip(names)
        self.lines_label.setText(self.lines_html(snapshot))
        self.lines_label.setToolTip(self.lines_tooltip(snapshot))

    def lines_html(self, snapshot: StationsSnapshot) -> str:
        if not snapshot.lines:
            return ""
        groups: list[tuple[list[int], str, bool]] = []
        for line in sorted(snapshot.lines):
            host = snapshot.lines[line]
            if groups and groups[-1][1:] == (host.station_name, host.online):
                groups[-1][0].append(line)
            else:
                groups.append(([line], host.station_name, host.online))
        parts = []
        for lines, name, online in groups:
            colour = _ONLINE_COLOUR if online else _OFFLINE_COLOUR
            mark = ONLINE_MARK if online else OFFLINE_MARK
            numbers = "·".join(str(n) for n in lines)
            parts.append(f'{numbers} {_escape(name)} <span style="color:{colour}">{mark}</span>')
        return self.tr("Lines") + " " + " / ".join(parts)

    def lines_tooltip(self, snapshot: StationsSnapshot) -> str:
        rows = []
        for line in sorted(snapshot.lines):
            host = snapshot.lines[line]
            text = (
                self.tr("Line {line}: {station}, online")
                if host.online
                else self.tr("Line {line}: {station}, offline")
            )
            rows.append(text.format(line=line, station=host.station_name))
        return "\n".join(rows)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
