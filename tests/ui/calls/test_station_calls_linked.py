"""The whole chain on real links: two stations on one SQLite file, each joined through its
own ``StationService.join`` (the polled event table, as on MariaDB): the line host's call pops
on the other station with the customer, and taking it there says so on the line host."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.helpers import login_admin
from tests.support.customer_helpers import new_customer
from tests.ui.calls.test_station_calls import HostLines, NoLines, desk_for, ring
from yuntian.config import Config, Profile
from yuntian.services import build_services

pytestmark = pytest.mark.real_threads  # the link's own threads deliver


@pytest.fixture
def linked(sqlite_services, clock, tmp_path: Path, qtbot):
    host_services = sqlite_services
    admin = login_admin(host_services)
    url = host_services.profile.database_url
    other_profile = Profile(tmp_path / "station-b", Config(database_url=url, station_name="前台2"))
    other_services = build_services(host_services.db, other_profile, clock)
    host_services.profile.config.station_name = "前台1"
    stations = [host_services.stations.join(admin), other_services.stations.join(admin)]
    host = desk_for(host_services, admin, HostLines, stations[0].link, "前台1", qtbot)
    other = desk_for(other_services, admin, NoLines, stations[1].link, "前台2", qtbot)
    yield host, other
    for desk in (host, other):
        desk.stop()
        desk.popups.close_all()
    for station in stations:
        station.close()


def test_a_call_pops_on_the_other_station_through_the_database(linked, qtbot):
    host, other = linked
    new_customer(host._services, host._actor, "张三", "13800138000")
    started = time.monotonic()
    ring(host, 2, "13800138000")

    qtbot.waitUntil(lambda: other.popups.popup(2) is not None, timeout=5_000)
    remote = other.popups.popup(2)
    assert remote.name_label.text() == "张三"
    assert "前台1" in remote.line_label.text()
    assert time.monotonic() - started < 3  # polled every 250 ms

    remote.take_button.click()
    local = host.popups.popup(2)
    qtbot.waitUntil(lambda: not local.taken_note.isHidden(), timeout=5_000)
    assert "前台2" in local.taken_note.text()
