"""Services whose database connection runs through a TcpProxy, so a test can cut it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest

from tests.helpers import shop_services
from tests.support.tcp_proxy import SERVER_PORTS, TcpProxy
from yuntian.config import Profile
from yuntian.db.profile_database import open_profile_database
from yuntian.services import Services


@pytest.fixture(params=sorted(SERVER_PORTS))
def server_engine(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def services_behind_proxy(
    make_profile, clock
) -> Iterator[Callable[[str], tuple[Services, TcpProxy]]]:
    """``services_behind_proxy(engine)`` -> (Services set up on a new database of that
    server, reached through a proxy the test can cut, the proxy)."""
    opened: list[tuple[Services, TcpProxy]] = []

    def build(engine: str) -> tuple[Services, TcpProxy]:
        profile = make_profile(engine, name=f"outage-{engine}-{len(opened)}", migrated=True)
        proxy = TcpProxy(SERVER_PORTS[engine])
        config = replace(profile.config, database_url=proxy.url_for(profile.database_url))
        profile = Profile(profile.root, config)
        profile.save()
        db = open_profile_database(profile)
        services = shop_services(db, profile, clock)
        opened.append((services, proxy))
        return services, proxy

    yield build
    for services, proxy in opened:
        proxy.restore()
        services.db.close()
        proxy.close()
