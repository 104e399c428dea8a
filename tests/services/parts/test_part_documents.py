"""Part documents on every engine: stock moves between places as the documents say, never
below zero, at a moving-average cost; reversals undo exactly; audited documents are locked."""

from __future__ import annotations

import peewee as pw
import pytest

from tests.helpers import actor_without, login_admin
from tests.support.part_helpers import D, main_store, part, post, stock_in, store
from tests.support.sale_helpers import customer
from tests.support.service_order_helpers import finish, staff, take
from yuntian.db.models import PartDocument, PartMove, PartStock
from yuntian.services.common.errors import PermissionDenied, ValidationError
from yuntian.services.parts.part_types import (
    COUNT,
    CountInput,
    DocKind,
    DocState,
    LineInput,
    Place,
    PlaceKind,
)
from yuntian.services.service_orders.service_order_types import OrderState, Warranty


def on_hand(part_id: int, place: Place) -> int:
    row = PartStock.get_or_none(
        (PartStock.part == part_id)
        & (PartStock.place_kind == place.kind.value)
        & (PartStock.place_id == place.id)
    )
    return row.quantity if row else 0


def avg_cost(part_id: int) -> int:
    from yuntian.db.models import Part

    return Part.get_by_id(part_id).avg_cost


def test_stock_moves_from_supplier_to_store_to_technician_to_order(services):
    admin = login_admin(services)
    people = staff(services, admin)
    zhang = Place.tech(people["张伟"])
    cap = part("BJ001", "启动电容 35uF", cost="8.00", price="25.00")
    store_ = main_store()

    received = stock_in(services, admin, (cap, 10, "8.00"), (cap, 10, "10.00"), supplier="美的配件")
    assert received.code.startswith("RK") and received.kind is DocKind.STOCK_IN
    assert (received.supplier, received.total_quantity, received.total_cost) == (
        "美的配件", 20, D("180.00"),
    )  # fmt: skip
    assert avg_cost(cap) == 90_000  # 9.0000 yuan: (10·8 + 10·10) / 20
    issued = post(services, admin, DocKind.ISSUE, store_, zhang, (cap, 5))
    assert issued.target_name == "张伟" and issued.lines[0].unit_cost == D("9.0000")
    assert (on_hand(cap, store_), on_hand(cap, zhang)) == (15, 5)

    order = take(services, admin, customer(services, admin))
    used = services.part_documents.consume(admin, order.id, zhang, [LineInput(cap, 2)])
    assert used.service_order_code == order.code and used.total_price == D("50.00")
    assert on_hand(cap, zhang) == 3
    assert [d.id for d in services.part_documents.for_order(admin, order.id)] == [used.id]

    post(services, admin, DocKind.RETURN, zhang, store_, (cap, 1))
    post(services, admin, DocKind.SCRAP, store_, None, (cap, 2), scrap_type="损坏")
    assert (on_hand(cap, store_), on_hand(cap, zhang)) == (14, 2)
    # Stock on hand is the ledger's sum, place by place.
    for place in (store_, zhang):
        into = sum(m.quantity for m in PartMove.select().where(
            (PartMove.part == cap) & (PartMove.to_kind == place.kind.value)
            & (PartMove.to_id == place.id)))  # fmt: skip
        out = sum(m.quantity for m in PartMove.select().where(
            (PartMove.part == cap) & (PartMove.from_kind == place.kind.value)
            & (PartMove.from_id == place.id)))  # fmt: skip
        assert on_hand(cap, place) == into - out


def test_too_little_stock_is_refused_with_part_place_and_what_is_there(services):
    admin = login_admin(services)
    zhang = Place.tech(staff(services, admin)["张伟"])
    cap = part("BJ001", "启动电容", unit="个")
    stock_in(services, admin, (cap, 3))
    before = PartDocument.select().count()

    with pytest.raises(ValidationError) as refused:
        post(services, admin, DocKind.ISSUE, main_store(), zhang, (cap, 2), (cap, 2))

    assert refused.value.field == "lines"
    assert refused.value.params == {
        "line": 2, "on_hand": 1, "unit": "个", "part": "BJ001 启动电容", "place": "总仓库",
        "wanted": 2,
    }  # fmt: skip
    assert PartDocument.select().count() == before  # nothing of it kept
    assert (on_hand(cap, main_store()), on_hand(cap, zhang)) == (3, 0)


def test_a_reversal_moves_every_line_back_and_restores_the_average(services):
    admin = login_admin(services)
    cap = part("BJ001", "电容")
    first = stock_in(services, admin, (cap, 10, "8.00"))
    second = stock_in(services, admin, (cap, 10, "12.00"))
    assert avg_cost(cap) == 100_000

    back = services.part_documents.reverse(admin, second.id, "供应商发错货")
    assert back.kind is DocKind.REVERSE and back.reverses_code == second.code
    assert back.lines[0].source.kind is PlaceKind.STORE
    assert back.lines[0].target.kind is PlaceKind.SUPPLIER
    assert (on_hand(cap, main_store()), avg_cost(cap)) == (10, 80_000)
    assert services.part_documents.get(admin, second.id).reversed_by_code == back.code
    with pytest.raises(ValidationError):
        services.part_documents.reverse(admin, second.id)
    with pytest.raises(ValidationError):
        services.part_documents.reverse(admin, back.id)
    del first


def test_stocktake_posts_the_differences_as_one_adjustment(services):
    admin = login_admin(services)
    a, b, c = part("A", "甲"), part("B", "乙"), part("C", "丙")
    stock_in(services, admin, (a, 5), (b, 5), (c, 5))

    counted = services.part_documents.stocktake(
        admin, CountInput(main_store(), ((a, 7), (b, 5), (c, 0)), note="年终盘点")
    )

    assert counted is not None and counted.kind is DocKind.ADJUST
    assert [(v.part_code, v.quantity, v.source, v.target, v.counted) for v in counted.lines] == [
        ("A", 2, COUNT, main_store(), 7),
        ("C", 5, main_store(), COUNT, 0),
    ]
    assert [on_hand(p, main_store()) for p in (a, b, c)] == [7, 5, 0]
    assert services.part_documents.stocktake(admin, CountInput(main_store(), ((b, 5),))) is None


def test_audited_documents_are_locked_until_unaudited(services):
    admin = login_admin(services)
    cap = part("BJ001", "电容")
    doc = stock_in(services, admin, (cap, 4), note="首批")
    (audited,) = services.part_documents.audit(admin, [doc.id])
    assert audited.state is DocState.AUDITED and audited.audited_by == admin.display_name

    with pytest.raises(ValidationError):
        services.part_documents.update_note(admin, doc.id, "改", version=audited.version)
    with pytest.raises(pw.IntegrityError):  # the database refuses it too
        PartMove.update(quantity=40).where(PartMove.document == doc.id).execute()
    assert on_hand(cap, main_store()) == 4
    # A reversal is a new document: allowed on an audited one.
    services.part_documents.reverse(admin, doc.id)
    (back,) = services.part_documents.unaudit(admin, [doc.id])
    edited = services.part_documents.update_note(admin, doc.id, "改", version=back.version)
    assert edited.note == "改" and edited.state is DocState.POSTED


def test_permissions(services):
    admin = login_admin(services)
    cap = part("BJ001", "电容")
    with pytest.raises(PermissionDenied):
        stock_in(services, actor_without(admin, "parts.manage"), (cap, 1))
    doc = stock_in(services, admin, (cap, 1))
    with pytest.raises(PermissionDenied):
        services.part_documents.audit(actor_without(admin, "audit.process"), [doc.id])


def test_a_transfer_needs_two_places_and_an_inactive_store_is_refused(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    cap = part("BJ001", "电容")
    stock_in(services, admin, (cap, 2))
    with pytest.raises(ValidationError) as same:
        post(services, admin, DocKind.TRANSFER, main_store(), main_store(), (cap, 1))
    assert same.value.field == "target"
    branch = store("二号库")
    post(services, admin, DocKind.TRANSFER, main_store(), branch, (cap, 2))
    assert on_hand(cap, branch) == 2
    from yuntian.db.models import PartStore

    PartStore.update(active=False).where(PartStore.id == branch.id).execute()
    with pytest.raises(ValidationError):
        post(services, admin, DocKind.TRANSFER, branch, main_store(), (cap, 1))


def test_parts_used_on_a_completed_order_come_from_the_technician_and_make_the_fee(services):
    admin = login_admin(services)
    people = staff(services, admin)
    zhang = Place.tech(people["张伟"])
    cap = part("BJ001", "电容", price="25.00")
    fan = part("BJ002", "风扇电机", price="120.00")
    stock_in(services, admin, (cap, 5), (fan, 2))
    post(services, admin, DocKind.ISSUE, main_store(), zhang, (cap, 3), (fan, 1))
    order = take(services, admin, customer(services, admin))
    lines = (LineInput(cap, 2), LineInput(fan, 1, unit_price=D("100.00")))

    done = finish(services, admin, order.id, technician_ids=(people["张伟"],), parts=lines)

    assert done.fee_parts == D("150.00")
    assert (on_hand(cap, zhang), on_hand(fan, zhang)) == (1, 0)
    # Corrected: the earlier consumption is reversed, the new one posted.
    again = finish(services, admin, order.id, parts=(LineInput(cap, 1),))
    assert again.fee_parts == D("25.00")
    assert (on_hand(cap, zhang), on_hand(fan, zhang)) == (2, 1)
    kinds = [d.kind for d in services.part_documents.for_order(admin, order.id)]
    assert kinds == [DocKind.CONSUME, DocKind.REVERSE, DocKind.CONSUME]


def test_under_warranty_the_parts_fee_is_zero_and_a_shortage_keeps_the_order_open(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    tech = staff(services, admin)["李娜"]
    cap = part("BJ001", "电容", price="25.00")
    stock_in(services, admin, (cap, 5))
    post(services, admin, DocKind.ISSUE, main_store(), Place.tech(tech), (cap, 1))
    order = take(
        services, admin, customer(services, admin), warranty=Warranty.IN, warranty_reason="保修卡"
    )

    with pytest.raises(ValidationError) as short:
        finish(services, admin, order.id, technician_ids=(tech,), parts=(LineInput(cap, 2),))
    assert short.value.params["place"] == "李娜"
    assert services.service_orders.get(admin, order.id).state is OrderState.PENDING

    done = finish(services, admin, order.id, technician_ids=(tech,),
                  parts=(LineInput(cap, 2),), parts_from=main_store())  # fmt: skip
    assert done.fee_parts == D("0.00")
    (used,) = services.part_documents.for_order(admin, order.id)
    assert used.total_price == D("50.00") and used.source == main_store()


def test_a_part_is_found_by_code_barcode_or_a_piece_of_its_name(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    a = part("BJ001", "启动电容 35uF", barcode="6901234567890")
    b = part("BJ010", "压缩机电容", spec="CBB65 450V")
    part("BJ011", "旧电容", active=False)
    stock_in(services, admin, (b, 4))
    find = services.part_lookup.search
    assert [c.id for c in find(admin, "6901234567890")] == [a]
    assert [c.id for c in find(admin, "BJ01")] == [b]
    assert [c.code for c in find(admin, "电容")] == ["BJ001", "BJ010"]
    assert [c.id for c in find(admin, "CBB65")] == [b]
    assert [c.on_hand for c in find(admin, "电容", at=main_store())] == [0, 4]
