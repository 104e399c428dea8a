"""Looking parts up for the editors: by code, barcode or name with what is on hand where the
line takes from; the stores in use; what a place holds (a stocktake's sheet)."""

from __future__ import annotations

from tests.helpers import login_admin
from tests.support.part_helpers import main_store, part, post, stock_in, store
from tests.support.service_order_helpers import technician
from yuntian.db.models import PartStore
from yuntian.services.parts.part_types import DocKind, Place


def test_search_ranks_the_exact_code_first_and_counts_at_the_place(services):
    admin = login_admin(services)
    cap = part("BJ01", "启动电容", barcode="6901234")
    other = part("BJ010", "电容支架")
    stock_in(services, admin, (cap, 4))
    found = services.part_lookup.search(admin, "BJ01", at=main_store())
    assert [(c.id, c.on_hand) for c in found] == [(cap, 4), (other, 0)]
    assert [c.id for c in services.part_lookup.search(admin, "6901234")] == [cap]
    assert [c.id for c in services.part_lookup.search(admin, "支架")] == [other]


def test_stores_in_use_in_their_order(services):
    admin = login_admin(services)
    second = store("二号库")
    gone = store("旧仓库")
    PartStore.update(active=False).where(PartStore.id == gone.id).execute()
    assert [n for _i, n in services.part_lookup.stores(admin)] == ["总仓库", "二号库"]
    assert services.part_lookup.stores(admin)[1][0] == second.id


def test_held_lists_what_a_place_holds_by_code(services):
    admin = login_admin(services)
    wang = Place.tech(technician(services, admin, "wangshifu", "王师傅"))
    b = part("B2", "遥控器")
    a = part("A1", "滤网")
    part("C3", "从未入库")
    stock_in(services, admin, (b, 3), (a, 2))
    post(services, admin, DocKind.ISSUE, main_store(), wang, (a, 2))
    assert [(c.code, c.on_hand) for c in services.part_lookup.held(admin, main_store())] == [
        ("B2", 3)
    ]  # A1 all issued: nothing left to count here
    assert [(c.code, c.on_hand) for c in services.part_lookup.held(admin, wang)] == [("A1", 2)]
