"""The stock views on every engine: stock on hand per place with value and filters, the part
card and its movements, a technician's parts, parts used on orders (net of reversals), the
consumption search and the reorder list."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from tests.helpers import actor_without, login_admin
from tests.support.part_helpers import D, main_store, part, post, stock_in, store
from tests.support.sale_helpers import customer
from tests.support.service_order_helpers import staff, take
from yuntian.services.common.errors import PermissionDenied
from yuntian.services.parts.part_stock_types import PlaceScope, StockFilter
from yuntian.services.parts.part_types import DocKind, LineInput, Place


@pytest.fixture
def shop(services):
    """Two stores, two technicians with parts in hand, one order using some."""
    admin = login_admin(services)
    people = staff(services, admin)
    zhang, li = Place.tech(people["张伟"]), Place.tech(people["李娜"])
    cap = part("BJ001", "启动电容 35uF", spec="CBB65", category="电容", safety_stock=30)
    fan = part("BJ002", "风扇电机", spec="YDK-20", category="电机", safety_stock=2)
    pump = part("BJ003", "排水泵", category="水泵", safety_stock=5, reorder_min=3, reorder_max=12,
                supplier="格力配件")  # fmt: skip
    north = store("北仓")
    stock_in(services, admin, (cap, 20, "8.00"), (fan, 4, "50.00"), (pump, 2, "30.00"))
    stock_in(services, admin, (cap, 5, "10.00"), place=north)
    post(services, admin, DocKind.ISSUE, main_store(), zhang, (cap, 6), (fan, 1))
    post(services, admin, DocKind.ISSUE, main_store(), li, (cap, 2))
    client = customer(services, admin, "王大妈")
    order = take(services, admin, client)
    used = services.part_documents.consume(admin, order.id, zhang, [LineInput(cap, 2)])
    return {
        "admin": admin, "people": people, "zhang": zhang, "li": li, "cap": cap, "fan": fan,
        "pump": pump, "north": north, "order": order, "client": client, "used": used,
    }  # fmt: skip


def quantities(rows):
    return sorted((r.code, r.place_name, r.quantity) for r in rows)


def test_stock_on_hand_per_place_with_value_and_place_filters(services, shop):
    stock, admin = services.part_stock, shop["admin"]
    everything = stock.on_hand(admin, StockFilter())
    assert quantities(everything) == [
        ("BJ001", "北仓", 5), ("BJ001", "张伟", 4), ("BJ001", "总仓库", 12),
        ("BJ001", "李娜", 2), ("BJ002", "张伟", 1), ("BJ002", "总仓库", 3),
        ("BJ003", "总仓库", 2),
    ]  # fmt: skip
    # The average after both stock-ins: (20·8 + 5·10) / 25 = 8.40
    row = next(r for r in everything if r.place == shop["zhang"] and r.code == "BJ001")
    assert (row.unit_cost, row.value, row.part_total) == (D("8.4000"), D("33.60"), 23)
    assert quantities(stock.on_hand(admin, StockFilter.at(shop["zhang"]))) == [
        ("BJ001", "张伟", 4), ("BJ002", "张伟", 1),
    ]  # fmt: skip
    stores = stock.on_hand(admin, StockFilter(PlaceScope.STORES))
    assert {r.place_name for r in stores} == {"总仓库", "北仓"}
    techs = stock.on_hand(admin, StockFilter(PlaceScope.TECHS))
    assert {r.place_name for r in techs} == {"张伟", "李娜"}
    totals = stock.totals(admin, StockFilter.at(shop["zhang"]))
    assert (totals.rows, totals.quantity, totals.value) == (2, 5, D("83.60"))  # 33.60 + 50.00


def test_filters_by_category_text_and_below_safety(services, shop):
    stock, admin = services.part_stock, shop["admin"]
    assert {r.code for r in stock.on_hand(admin, StockFilter(category="电机"))} == {"BJ002"}
    assert {r.code for r in stock.on_hand(admin, StockFilter(text="CBB"))} == {"BJ001"}
    assert {r.code for r in stock.on_hand(admin, StockFilter(text="排水"))} == {"BJ003"}
    low = stock.on_hand(admin, StockFilter(below_safety=True))
    # 23 capacitors < 30 and 2 pumps < 5 are short; 4 fan motors >= 2 are not.
    assert {r.code for r in low} == {"BJ001", "BJ003"} and all(r.below_safety for r in low)
    totals = stock.totals(admin, StockFilter(below_safety=True))
    assert (totals.rows, totals.quantity) == (5, 25)


def test_pages_continue_after_the_key_without_gaps_or_repeats(services, shop):
    stock, admin = services.part_stock, shop["admin"]
    whole = stock.on_hand(admin, StockFilter())
    paged, after = [], None
    while True:
        page = stock.on_hand(admin, StockFilter(), after, 2)
        paged += page
        if len(page) < 2:
            break
        after = stock.page_key(page[-1])
    assert [r.id for r in paged] == [r.id for r in whole] and len(whole) == 7


def test_part_card_and_movements_newest_first(services, shop):
    stock, admin, cap = services.part_stock, shop["admin"], shop["cap"]
    card = stock.part_card(admin, cap)
    assert [(p.name, p.quantity) for p in card.places] == [
        ("北仓", 5), ("总仓库", 12), ("张伟", 4), ("李娜", 2),
    ]  # fmt: skip
    assert (card.total, card.value, card.safety_stock) == (23, D("193.20"), 30)
    moves = stock.movements(admin, cap)
    assert [m.kind for m in moves] == ["consume", "issue", "issue", "in", "in"]
    used = moves[0]
    assert (used.source_name, used.target_name, used.quantity) == ("张伟", shop["order"].code, 2)
    assert used.order_code == shop["order"].code and used.document_code == shop["used"].code
    first_two = stock.movements(admin, cap, None, 2)
    rest = stock.movements(admin, cap, stock.movement_key(first_two[-1]), 10)
    assert [m.id for m in first_two + rest] == [m.id for m in moves]


def test_holdings_and_what_a_technician_used(services, shop):
    stock, admin = services.part_stock, shop["admin"]
    zhang_id = shop["people"]["张伟"]
    held = stock.holdings(admin, zhang_id)
    assert [(h.code, h.quantity) for h in held.parts] == [("BJ001", 4), ("BJ002", 1)]
    assert (held.name, held.quantity, held.value) == ("张伟", 5, D("83.60"))
    used = stock.used_by(admin, zhang_id)
    assert [(u.order_code, u.customer_name, u.part_code, u.quantity, u.price) for u in used] == [
        (shop["order"].code, "王大妈", "BJ001", 2, D("40.00")),
    ]  # fmt: skip
    assert stock.used_by(admin, zhang_id, date_to=dt.date(2000, 1, 1)) == []
    assert stock.used_by(admin, shop["people"]["李娜"]) == []


def test_parts_used_on_an_order_are_net_of_reversals(services, shop):
    stock, admin = services.part_stock, shop["admin"]
    order, client = shop["order"], shop["client"]
    services.part_documents.reverse(admin, shop["used"].id, "entered twice")
    assert stock.for_order(admin, order.id) == []
    again = services.part_documents.consume(
        admin, order.id, shop["zhang"], [LineInput(shop["fan"], 1, unit_price=D("80.00"))]
    )
    lines = stock.for_order(admin, order.id)
    assert [(u.part_code, u.quantity, u.price, u.document_code) for u in lines] == [
        ("BJ002", 1, D("80.00"), again.code),
    ]  # fmt: skip
    assert [u.part_code for u in stock.for_customer(admin, client)] == ["BJ002"]
    assert stock.for_customer(admin, customer(services, admin, "李四")) == []
    # 4 capacitors + 2 back; the one fan motor used leaves none (no row of 0 listed).
    held = stock.holdings(admin, shop["people"]["张伟"])
    assert [(h.code, h.quantity) for h in held.parts] == [("BJ001", 6)]


def test_consumption_search_over_part_order_customer_and_technician(services, shop):
    stock, admin = services.part_stock, shop["admin"]
    other = take(services, admin, customer(services, admin, "赵先生"))
    services.part_documents.consume(admin, other.id, shop["li"], [LineInput(shop["cap"], 1)])
    services.part_documents.consume(admin, other.id, main_store(), [LineInput(shop["pump"], 1)])

    def found(text):
        return sorted((u.order_code, u.part_code) for u in stock.consumption_search(admin, text))

    first, second = shop["order"].code, other.code
    assert found("王大妈") == [(first, "BJ001")]
    assert found("李娜") == [(second, "BJ001")]
    assert found("排水泵") == [(second, "BJ003")]
    assert found(second) == [(second, "BJ001"), (second, "BJ003")]
    assert found("电容 赵") == [(second, "BJ001")]  # every word somewhere
    assert len(found("")) == 3
    newest = stock.consumption_search(admin, "", None, 2)
    rest = stock.consumption_search(admin, "", stock.used_key(newest[-1]), 2)
    assert len(newest) == 2 and len(rest) == 1
    assert rest[0].id not in {u.id for u in newest}


def test_reorder_suggests_up_to_maximum_or_safety_stock(services, shop, tmp_path):
    stock, admin = services.part_stock, shop["admin"]
    lines = {r.code: r for r in stock.reorder(admin)}
    assert set(lines) == {"BJ001", "BJ003"}  # 4 fan motors are enough
    pump, cap = lines["BJ003"], lines["BJ001"]
    assert (pump.on_hand, pump.suggested, pump.supplier) == (2, 10, "格力配件")  # up to 12
    assert (cap.on_hand, cap.suggested) == (23, 7)  # no maximum: up to safety 30
    assert cap.amount == D("70.00")  # 7 x the usual cost price 10.00

    path = tmp_path / "采购单.xlsx"
    assert stock.export_reorder(admin, path) == 2
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("供应商", "备件编码", "备件名称")
    by_code = {r[1]: r for r in rows[1:-1]}
    assert by_code["BJ003"][10] == 10 and by_code["BJ003"][12] == 100  # at the usual cost price
    assert rows[-1][0] == "合计" and rows[-1][12] == 170
    with pytest.raises(PermissionDenied):
        stock.export_reorder(actor_without(admin, "parts.manage"), path)


def test_stock_export_writes_the_filtered_rows(services, shop, tmp_path):
    stock, admin = services.part_stock, shop["admin"]
    path = tmp_path / "stock.xlsx"
    assert stock.export_on_hand(admin, StockFilter.at(shop["zhang"]), path) == 2
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert [(r[0], r[5], r[6], r[8]) for r in rows[1:]] == [
        ("BJ001", "张伟", 4, 33.6), ("BJ002", "张伟", 1, 50),
    ]  # fmt: skip
    with pytest.raises(PermissionDenied):
        stock.export_on_hand(actor_without(admin, "data.import_export"), StockFilter(), path)
