"""Printing parts documents: a stock-in, an issue and a scrap fill their built-in A4 and 80 mm
forms with the header, every line and the totals, as stored; a reversal prints on its
original's form; other documents have no form; every field the form designer offers fills
in; a hundred-line document fills in quickly."""

from __future__ import annotations

import re
import time

import pytest

from tests.helpers import login_admin
from tests.support.part_helpers import main_store, part, post, stock_in
from tests.support.service_order_helpers import staff
from yuntian.services.parts.part_types import DocKind, DocumentInput, LineInput, Place
from yuntian.services.printing.part_print_contexts import form_kind_of, part_document_contexts
from yuntian.services.printing.print_builtins import builtin_forms
from yuntian.services.printing.print_engine import check, fill
from yuntian.services.printing.print_fields import PART_KINDS, example_context, fields_for, lookup


def text(html: str) -> str:
    """The slip as read: tags gone, spaces merged."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.fixture
def shop(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    zhang = Place.tech(staff(services, admin)["张伟"])
    cap = part("BJ001", "启动电容", spec="35uF 450V")
    motor = part("BJ017", "风扇电机", spec="YDK-35", unit="台")
    received = stock_in(services, admin, (cap, 10, "8.00"), (motor, 2, "186.505"),
                        supplier="美的配件", note="随货附发票")  # fmt: skip
    issued = post(services, admin, DocKind.ISSUE, main_store(), zhang, (cap, 4), (motor, 1))
    scrapped = post(services, admin, DocKind.SCRAP, zhang, None, (cap, 1),
                    scrap_type="损坏", scrap_handler="赵磊")  # fmt: skip
    returned = post(services, admin, DocKind.RETURN, zhang, main_store(), (cap, 1))
    return services, admin, {"in": received, "issue": issued, "scrap": scrapped,
                             "return": returned}  # fmt: skip


def slips(services, admin, document_id):
    ((kind, context),) = part_document_contexts(services, admin, [document_id])
    return kind, context, {f.name: text(fill(f.body, 1, [context])[0]) for f in builtin_forms(kind)}


def test_a_stock_in_prints_supplier_store_lines_and_totals(shop):
    services, admin, docs = shop
    kind, context, forms = slips(services, admin, docs["in"].id)
    assert kind == "part_in" and set(forms) == {"A4", "80mm"}
    a4 = forms["A4"]
    for words in ("入库单", docs["in"].code, "美的配件", "总仓库", "随货附发票", "已过账",
                  "BJ001 启动电容 35uF 450V 个 10 8.00 80.00",
                  "BJ017 风扇电机 YDK-35 台 2 186.505 373.01",
                  "合计 12 453.01", "肆佰伍拾叁元零壹分"):  # fmt: skip
        assert words in a4, words
    receipt = forms["80mm"]
    assert "10个 × 8.00 = 80.00" in receipt and "2台 × 186.505 = 373.01" in receipt
    assert "合计金额 453.01" in receipt
    assert context["document"]["source"] == "美的配件"


def test_an_issue_and_a_scrap_print_their_own_forms(shop):
    services, admin, docs = shop
    kind, _context, forms = slips(services, admin, docs["issue"].id)
    assert kind == "part_issue"
    assert "领用出库单" in forms["A4"] and "领用人 张伟" in forms["A4"]
    assert "出库仓库 总仓库" in forms["A4"] and "成本单价" in forms["A4"]
    assert "领用人签字" in forms["80mm"] and "合计数量 5" in forms["80mm"]
    kind, _context, forms = slips(services, admin, docs["scrap"].id)
    assert kind == "part_scrap"
    assert "报废单" in forms["A4"] and "报废自 张伟" in forms["A4"]
    assert "报废类别 损坏" in forms["A4"] and "处理人 赵磊" in forms["A4"]
    assert "BJ001 启动电容 35uF 450V 个 1 8.00 8.00" in forms["A4"]


def test_a_reversal_prints_on_its_originals_form_and_others_do_not_print(shop):
    services, admin, docs = shop
    reversal = services.part_documents.reverse(admin, docs["scrap"].id)
    kind, context, forms = slips(services, admin, reversal.id)
    assert kind == "part_scrap" and context["document"]["reversal"]
    assert "报废单（冲销）" in forms["A4"] and f"冲销单据 {docs['scrap'].code}" in forms["A4"]
    assert form_kind_of(docs["return"]) is None
    assert part_document_contexts(services, admin, [docs["return"].id]) == []


def test_a_hundred_line_document_fills_in_quickly(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    ids = [part(f"P{n:03d}", f"备件{n}") for n in range(100)]
    document = services.part_documents.create(
        admin,
        DocumentInput(DocKind.STOCK_IN, None, main_store(), tuple(LineInput(i, 3) for i in ids)),
    )
    start = time.monotonic()
    ((kind, context),) = part_document_contexts(services, admin, [document.id])
    for form in builtin_forms(kind):
        (html,) = fill(form.body, 1, [context])
        assert "备件99" in html and "P099" in html
    assert time.monotonic() - start < 2.0


@pytest.mark.parametrize("kind", PART_KINDS)
def test_every_field_offered_fills_in_and_every_built_in_checks(kind):
    example = example_context(kind)
    fields = fields_for(kind)
    names = [f.name for f in fields]
    assert len(names) == len(set(names)) and "document.code" in names and "lines" in names
    for field in fields:
        check(field.insert_text, example)
        if not field.snippet:
            assert field.example == str(lookup(example, field.name))
    assert [f.name for f in builtin_forms(kind)] == ["A4", "80mm"]
    for form in builtin_forms(kind):
        check(form.body, example)
