"""An action that cannot get the database in time says so and changes nothing."""

from __future__ import annotations

import pytest

from tests.helpers import login_admin
from tests.support.busy_database import writer_elsewhere
from tests.support.customer_helpers import new_customer
from yuntian.db.models import Customer
from yuntian.db.transactions import waiting_at_most
from yuntian.services import Services
from yuntian.services.common.errors import DatabaseBusy


def test_a_save_while_another_program_writes_says_busy_and_stores_nothing(
    sqlite_services: Services,
):
    services = sqlite_services
    admin = login_admin(services)
    with (
        writer_elsewhere(services),
        waiting_at_most(services.db, 0.05),
        pytest.raises(DatabaseBusy) as refused,
    ):
        new_customer(services, admin, "张三", "13800138000")
    assert "busy" in str(refused.value) and "Nothing was changed" in str(refused.value)
    assert Customer.select().count() == 0
    new_customer(services, admin, "张三", "13800138000")  # and works once it is free
    assert Customer.select().count() == 1
