"""The example records of the parts documents' print forms (the form editor's live preview,
and what a form must fill in to be saved): a stock-in from a supplier, an issue to a
technician and a scrap, each of three lines, filled by ``part_document_context`` like real
documents."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from yuntian.services.parts.part_types import (
    SCRAP,
    SUPPLIER,
    DocKind,
    DocState,
    DocumentView,
    LineView,
    Place,
)
from yuntian.services.printing.part_print_contexts import part_document_context
from yuntian.services.printing.print_contexts import Context

D = Decimal
_STORE = Place.store(1)
_TECH = Place.tech(1)
_PARTS = (
    ("BJ001", "启动电容", "35uF 450V", "个", 10, D("8.0000"), D("25.00")),
    ("BJ017", "室外风扇电机", "YDK-35-6 格力通用", "台", 2, D("186.5000"), D("320.00")),
    ("BJ102", "冷媒 R32", "10 kg 钢瓶", "克", 600, D("0.0450"), D("0.12")),
)
_KINDS = {
    "part_in": (DocKind.STOCK_IN, SUPPLIER, _STORE, "供应商", "总仓库", "RK2611-00012"),
    "part_issue": (DocKind.ISSUE, _STORE, _TECH, "总仓库", "王强", "LY2611-00031"),
    "part_scrap": (DocKind.SCRAP, _STORE, SCRAP, "总仓库", "报废", "BF2611-00003"),
}


def example_part_context(kind: str, *, printed_at: dt.datetime) -> Context:
    doc_kind, source, target, source_name, target_name, code = _KINDS[kind]
    lines = tuple(
        LineView(
            line=n,
            part_id=n,
            part_code=code_,
            part_name=name,
            spec=spec,
            unit=unit,
            quantity=quantity,
            source=source,
            target=target,
            unit_cost=cost,
            cost=(cost * quantity).quantize(D("0.01")),
            unit_price=None,
            price=None,
            counted=None,
        )
        for n, (code_, name, spec, unit, quantity, cost, _price) in enumerate(_PARTS, start=1)
    )
    view = DocumentView(
        id=0,
        code=code,
        kind=doc_kind,
        doc_date=printed_at.date(),
        source=source,
        target=target,
        source_name=source_name,
        target_name=target_name,
        technician_id=1 if kind == "part_issue" else None,
        supplier="美的配件（佛山）有限公司" if kind == "part_in" else "",
        service_order_id=None,
        service_order_code="",
        scrap_type="损坏" if kind == "part_scrap" else "",
        scrap_handler="赵磊" if kind == "part_scrap" else "",
        reverses_id=None,
        reverses_code="",
        reversed_by_code="",
        note="随货附发票，到货检验合格。",
        state=DocState.AUDITED,
        audited_by="刘洋",
        audited_at=printed_at,
        created_by="李娜",
        created_at=printed_at,
        lines=lines,
        total_quantity=sum(line.quantity for line in lines),
        total_cost=sum((line.cost for line in lines), D("0.00")),
        total_price=None,
        version=1,
    )
    return part_document_context(
        view, kind, shop_name="云天家电售后服务中心", operator="李娜", printed_at=printed_at
    )
