"""A database server that goes away during work: one clear error, nothing written, and the next
call after it is back works without restarting. A real outage: the connection runs through a
TCP proxy that the test cuts (tests/support/tcp_proxy.py)."""

from __future__ import annotations

import pytest

from tests.helpers import login_admin
from tests.support.customer_helpers import new_customer
from yuntian.db.models import Customer
from yuntian.services.common.errors import ServerUnavailable, ServiceError

pytest_plugins = ("tests.support.outage",)  # services_behind_proxy, server_engine


def test_a_call_during_the_outage_says_server_unavailable_and_the_next_one_after_works(
    services_behind_proxy, server_engine
):
    services, proxy = services_behind_proxy(server_engine)
    admin = login_admin(services)
    heard: list[ServerUnavailable] = []
    services.db.on_connection_lost(heard.append)
    proxy.cut()
    with pytest.raises(ServerUnavailable) as refused:
        new_customer(services, admin, "张三", "13800138000")
    assert isinstance(refused.value, ServiceError) and not refused.value.outcome_unknown
    assert "Nothing was changed" in str(refused.value)
    with pytest.raises(ServerUnavailable):  # reads too, not a raw driver error
        services.customer_lookup.lookup(admin, "13800138000")
    assert heard  # the watcher hears of it
    proxy.restore()
    assert (
        services.customer_lookup.lookup(admin, "13800138000").customers == []
    )  # nothing was written
    new_customer(services, admin, "张三", "13800138000")
    assert Customer.select().count() == 1


def test_a_connection_cut_inside_a_save_stores_none_of_it(
    services_behind_proxy, server_engine, monkeypatch
):
    services, proxy = services_behind_proxy(server_engine)
    admin = login_admin(services)
    numbering = services.numbering
    next_code = numbering.next_code

    def cut_halfway(*args, **kwargs):
        code = next_code(*args, **kwargs)  # the number is taken inside the transaction
        proxy.cut()
        return code

    monkeypatch.setattr(numbering, "next_code", cut_halfway)
    with pytest.raises(ServerUnavailable) as refused:
        new_customer(services, admin, "张三", "13800138000")
    assert not refused.value.outcome_unknown
    monkeypatch.undo()
    proxy.restore()
    assert Customer.select().count() == 0
    new_customer(services, admin, "张三", "13800138000")
    assert [c.name for c in Customer.select()] == ["张三"]


def test_a_connection_lost_while_committing_says_the_outcome_is_unknown(
    services_behind_proxy, server_engine
):
    services, proxy = services_behind_proxy(server_engine)
    admin = login_admin(services)
    proxy.cut_when_sent(b"COMMIT")
    with pytest.raises(ServerUnavailable) as refused:
        new_customer(services, admin, "张三", "13800138000")
    assert refused.value.outcome_unknown
    assert "not known whether" in str(refused.value)
    proxy.restore()
    assert Customer.select().count() == 0  # the COMMIT never reached the server


def test_a_connection_the_server_dropped_while_idle_is_replaced_without_an_error(
    services_behind_proxy, server_engine
):
    services, proxy = services_behind_proxy(server_engine)
    admin = login_admin(services)
    before = proxy.accepted
    proxy.cut()
    proxy.restore()
    new_customer(services, admin, "张三", "13800138000")  # BEGIN is retried on a new one
    assert services.customer_lookup.lookup(admin, "13800138000").customers
    assert proxy.accepted > before


def test_while_a_watcher_probes_other_calls_fail_at_once_without_trying_to_connect(
    services_behind_proxy, monkeypatch
):
    services, proxy = services_behind_proxy("postgresql")
    admin = login_admin(services)
    services.db.on_connection_lost(lambda _error: None, probes=True)
    proxy.cut()
    with pytest.raises(ServerUnavailable):
        services.customer_lookup.lookup(admin, "13800138000")
    attempts: list[int] = []
    connect = services.db._connect
    monkeypatch.setattr(services.db, "_connect", lambda: attempts.append(1) or connect())
    with pytest.raises(ServerUnavailable):  # a ringing phone does not wait out a timeout
        services.customer_lookup.lookup(admin, "13800138000")
    assert attempts == []
    proxy.restore()
    services.db.probe()  # the watcher's probe finds the server back
    assert services.customer_lookup.lookup(admin, "13800138000").customers == []
    assert attempts == [1]
