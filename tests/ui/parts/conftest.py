"""Shared fixtures of the parts UI tests: the administrator, a technician and two parts."""

from __future__ import annotations

import pytest

from tests.helpers import login_admin
from tests.support.part_helpers import part
from tests.support.service_order_helpers import technician


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def wang(sqlite_services, admin) -> int:
    return technician(sqlite_services, admin, "wangshifu", "王师傅")


@pytest.fixture
def capacitor(sqlite_services) -> int:
    return part("BJ001", "启动电容", cost="8.00", price="25.00", spec="35uF 450V")


@pytest.fixture
def remote(sqlite_services) -> int:
    return part("BJ002", "空调遥控器", cost="15.00", price="40.00", spec="通用型")
