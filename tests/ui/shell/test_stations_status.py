"""The status bar's stations and line hosts: what it says, and that a signed-in session follows
another station coming and going (real heartbeats on the same database)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from tests.helpers import ADMIN_PASSWORD
from yuntian.services import Services
from yuntian.services.stations.identity import StationIdentity
from yuntian.services.stations.presence import (
    LineHost,
    StationPresence,
    StationsSnapshot,
    StationView,
)
from yuntian.ui.common.ui_state import ui_state_at
from yuntian.ui.shell.pages import PageSpec
from yuntian.ui.shell.session import Session
from yuntian.ui.shell.stations_status import StationsStatusWidget
from yuntian.ui.shell.status_bar import LineState, PhoneLinesWidget


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def _view(key: str, name: str, lines: tuple[int, ...], online: bool, user: str = "") -> StationView:
    return StationView(key, name, name, user, lines, (1, 2, 3), online)


def shop_snapshot() -> StationsSnapshot:
    front = _view("front", "前台1", (1, 2), True, "王芳")
    store = _view("store", "仓库", (3,), False)
    office = _view("office", "办公室", (), True, "李强")
    lines = {
        1: LineHost(1, "front", "前台1", True),
        2: LineHost(2, "front", "前台1", True),
        3: LineHost(3, "store", "仓库", False),
    }
    return StationsSnapshot((front, office, store), lines)


def test_the_bar_says_who_is_online_and_who_serves_each_line(qtbot):
    widget = StationsStatusWidget("office")
    qtbot.addWidget(widget)
    widget.show_snapshot(shop_snapshot())
    widget.show()

    assert widget.online_label.text() == "Stations online: 2"
    assert widget.online_label.toolTip() == "前台1 (王芳)\n办公室 (李强)"
    assert _plain(widget.lines_label.text()) == "Lines 1·2 前台1 ● / 3 仓库 ○"
    assert widget.lines_label.toolTip().splitlines() == [
        "Line 1: 前台1, online",
        "Line 2: 前台1, online",
        "Line 3: 仓库, offline",
    ]


def test_picture_of_the_bar(qtbot, tmp_path):
    """docs/issue-15/status-bar-stations.png: the stations beside the phone lines."""
    bar = QStatusBar()
    qtbot.addWidget(bar)
    lines = PhoneLinesWidget()
    lines.set_lines({1: LineState.IDLE, 2: LineState.RINGING})
    widget = StationsStatusWidget("office")
    bar.addWidget(QLabel("系统管理员 (管理员)"))
    bar.addPermanentWidget(widget)
    bar.addPermanentWidget(lines)
    widget.show_snapshot(shop_snapshot())
    bar.resize(900, bar.sizeHint().height())
    bar.show()
    qtbot.waitExposed(bar)
    assert widget.isVisible() and widget.width() >= widget.sizeHint().width()
    target = Path(__file__).resolve().parents[3] / "docs" / "issue-15"
    target.mkdir(parents=True, exist_ok=True)
    assert bar.grab().save(str(target / "status-bar-stations.png"))


def test_the_bar_is_hidden_while_this_pc_is_the_only_station(qtbot):
    widget = StationsStatusWidget("front")
    qtbot.addWidget(widget)
    alone = StationsSnapshot(
        (_view("front", "前台1", (1,), True),), {1: LineHost(1, "front", "前台1", True)}
    )
    widget.show_snapshot(alone)
    assert widget.isHidden()


class _Page(QLabel):
    def __init__(self, services: Services, actor, parent: QWidget | None = None) -> None:
        super().__init__(actor.display_name, parent)

    def refresh(self) -> None:
        pass


class _NoLines:
    """This PC has no caller-ID device."""

    def __init__(self, sink) -> None:
        self.lines = []

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass


def test_a_signed_in_session_follows_another_station_coming_and_leaving(
    sqlite_services, qtbot, tmp_path
):
    services = sqlite_services
    session = Session(
        services,
        ui_state_at(tmp_path / "ui.ini"),
        pages=lambda: [PageSpec("home", "Home", None, _Page)],
        join_station=services.stations.join,
        make_lines=_NoLines,
    )
    session.start()
    login = session.login
    login.username.setText("system")
    login.password.setText(ADMIN_PASSWORD)
    qtbot.mouseClick(login.sign_in_button, Qt.MouseButton.LeftButton)
    assert session.station_link is not None
    assert session.desk is not None and session.desk.shared.linked  # calls go to the others
    bar = session.stations_status
    assert bar is not None

    other = StationPresence(
        services.profile.database_url,
        StationIdentity("store-key", "仓库", "store-pc"),
        lines_served=(3,),
    )
    other.start()
    try:
        qtbot.waitUntil(lambda: bar.online_label.text() == "Stations online: 2", timeout=5000)
        qtbot.waitUntil(lambda: "3 仓库 ●" in _plain(bar.lines_label.text()), timeout=5000)
        assert bar.isVisible()
    finally:
        other.stop()
    qtbot.waitUntil(lambda: "3 仓库 ○" in _plain(bar.lines_label.text()), timeout=5000)
    assert bar.online_label.text() == "Stations online: 1"

    station = session.station
    session.end(0)
    assert session.station is None and station is not None and station.closed
    assert not any(s.online for s in services.stations.snapshot(None).stations)  # type: ignore[arg-type]
