"""Document numbers are unique even when many PCs ask at once, on every engine."""

from __future__ import annotations

import threading

import pytest

from tests.helpers import login_admin
from yuntian.db.connection import make_database
from yuntian.db.models import database_proxy
from yuntian.services.common.numbering import Numbering
from yuntian.services.common.record_versions import OVERWRITE


def test_codes_follow_the_rule_and_restart_each_period(services, clock):
    admin = login_admin(services)
    services.settings.save_numbering_rule(
        admin, "service_order", prefix="SH", date_pattern="YYMMDD", digits=3, version=OVERWRITE
    )
    assert services.numbering.next_code("service_order") == "SH261127001"
    assert services.numbering.next_code("service_order") == "SH261127002"
    clock.advance(days=1)
    assert services.numbering.next_code("service_order") == "SH261128001"


def test_taken_codes_are_skipped(services):
    taken = {"KH000001", "KH000002"}
    assert services.numbering.next_code("customer", taken=taken.__contains__) == "KH000003"


@pytest.mark.slow
def test_concurrent_allocation_never_repeats_a_code(services, clock):
    """Four threads, each with its own connection, draw 25 codes each."""
    url = services.profile.database_url
    codes: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    db = database_proxy.obj

    def worker() -> None:
        try:
            for _ in range(25):
                with db.connection_context():
                    got = Numbering(db, clock).next_code("sale")
                with lock:
                    codes.append(got)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    assert make_database(url)  # the URL is usable from another thread too
    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert len(codes) == 100
    assert len(set(codes)) == 100
