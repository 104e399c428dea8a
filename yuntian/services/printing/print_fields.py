"""The placeholders each kind of form offers, with a label for the editor's field list and an
example record (the editor's live preview, and what a template must render to be saved).

The examples are built by the same functions that fill real slips, so a field that works on
the example works on a real record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.customers.customer_types import (
    AddressView,
    ContactView,
    CustomerDetail,
    PhoneView,
)
from yuntian.services.printing.print_contexts import (
    Context,
    DispatchSlip,
    dispatch_context,
    sale_slip_context,
)
from yuntian.services.sales.sale_types import PaymentView, SaleView

FIELDS_CONTEXT = "PrintFields"
KINDS: dict[str, str] = {
    "dispatch": QT_TRANSLATE_NOOP("PrintFields", "Dispatch slip"),
    "sales": QT_TRANSLATE_NOOP("PrintFields", "Sales slip"),
    "part_in": QT_TRANSLATE_NOOP("PrintFields", "Parts stock-in"),
    "part_issue": QT_TRANSLATE_NOOP("PrintFields", "Parts issue"),
    "part_scrap": QT_TRANSLATE_NOOP("PrintFields", "Parts scrap"),
}
PART_KINDS = ("part_in", "part_issue", "part_scrap")
_EXAMPLE_TIME = dt.datetime(2026, 11, 27, 9, 30)
_EXAMPLE_FAULT = (
    "空调制冷效果差，开机半小时后室内机出风口仍不凉，外机有异响；客户说上周清洗过滤网后"
    "情况没有好转。请携带压力表和冷媒。"
)


@dataclass(frozen=True)
class Field:
    """``name`` is the placeholder (``sale.code``); ``label`` is English, translated under
    FIELDS_CONTEXT, unless ``own_label`` (a shop's own custom field label); ``snippet`` is what
    the editor inserts instead of ``{{ name }}`` (a loop over a list)."""

    name: str
    label: str
    example: str
    snippet: str = ""
    own_label: bool = False
    number: int = 0  # fills {n} in the label

    def display_label(self, translate: Callable[[str, str], str]) -> str:
        """The label in the UI's language; ``translate(context, text)``."""
        if self.own_label:
            return self.label
        return translate(FIELDS_CONTEXT, self.label).replace("{n}", str(self.number))

    @property
    def insert_text(self) -> str:
        return self.snippet or "{{ " + self.name + " }}"


_COMMON = (
    ("shop.name", QT_TRANSLATE_NOOP("PrintFields", "Shop name")),
    ("printed_at", QT_TRANSLATE_NOOP("PrintFields", "Printed at")),
    ("operator", QT_TRANSLATE_NOOP("PrintFields", "Printed by")),
    ("copy_no", QT_TRANSLATE_NOOP("PrintFields", "Copy number")),
    ("copies", QT_TRANSLATE_NOOP("PrintFields", "Number of copies")),
)
_CUSTOMER = (
    ("customer.code", QT_TRANSLATE_NOOP("PrintFields", "Customer code")),
    ("customer.name", QT_TRANSLATE_NOOP("PrintFields", "Customer name")),
    ("customer.phone", QT_TRANSLATE_NOOP("PrintFields", "Phone (first)")),
    ("customer.phones", QT_TRANSLATE_NOOP("PrintFields", "All phones")),
    ("customer.address", QT_TRANSLATE_NOOP("PrintFields", "Address")),
    ("customer.contact", QT_TRANSLATE_NOOP("PrintFields", "Contact person")),
    ("customer.contact_phone", QT_TRANSLATE_NOOP("PrintFields", "Contact's phone")),
)
_SALE = (
    ("sale.code", QT_TRANSLATE_NOOP("PrintFields", "Sale number")),
    ("sale.date", QT_TRANSLATE_NOOP("PrintFields", "Purchase date")),
    ("sale.product", QT_TRANSLATE_NOOP("PrintFields", "Product model")),
    ("sale.serial", QT_TRANSLATE_NOOP("PrintFields", "Serial number")),
    ("sale.quantity", QT_TRANSLATE_NOOP("PrintFields", "Quantity")),
    ("sale.unit_price", QT_TRANSLATE_NOOP("PrintFields", "Unit price")),
    ("sale.receivable", QT_TRANSLATE_NOOP("PrintFields", "Amount receivable")),
    ("sale.receivable_upper", QT_TRANSLATE_NOOP("PrintFields", "Amount receivable in words")),
    ("sale.received", QT_TRANSLATE_NOOP("PrintFields", "Amount received")),
    ("sale.outstanding", QT_TRANSLATE_NOOP("PrintFields", "Amount outstanding")),
    ("sale.salesperson", QT_TRANSLATE_NOOP("PrintFields", "Salesperson")),
    ("sale.sales_unit", QT_TRANSLATE_NOOP("PrintFields", "Sales unit")),
    ("sale.technical_lead", QT_TRANSLATE_NOOP("PrintFields", "Technical lead")),
    ("sale.install_date", QT_TRANSLATE_NOOP("PrintFields", "Installation date")),
    ("sale.warranty_end", QT_TRANSLATE_NOOP("PrintFields", "Warranty until")),
    ("sale.next_maintenance", QT_TRANSLATE_NOOP("PrintFields", "Next maintenance date")),
    ("sale.next_callback", QT_TRANSLATE_NOOP("PrintFields", "Next callback date")),
    ("sale.notes", QT_TRANSLATE_NOOP("PrintFields", "Notes")),
    ("sale.void_reason", QT_TRANSLATE_NOOP("PrintFields", "Reason the sale was voided")),
)
_SALE_LOOPS = (
    Field(
        "sale.custom",
        QT_TRANSLATE_NOOP("PrintFields", "Custom fields (list)"),
        "发动机号: EN-88231 …",
        "{% for f in sale.custom %}{{ f.label }}: {{ f.value }}<br>{% endfor %}",
    ),
    Field(
        "payments",
        QT_TRANSLATE_NOOP("PrintFields", "Payments (list)"),
        "2026-03-15 1,000.00 微信 …",
        "{% for p in payments %}\n<tr><td>{{ p.date }}</td><td>{{ p.method }}</td>"
        '<td align="right">{{ p.amount }}</td></tr>\n{% endfor %}',
    ),
)
_ORDER = (
    ("order.code", QT_TRANSLATE_NOOP("PrintFields", "Order number")),
    ("order.state", QT_TRANSLATE_NOOP("PrintFields", "State")),
    ("order.service_type", QT_TRANSLATE_NOOP("PrintFields", "Service type")),
    ("order.priority", QT_TRANSLATE_NOOP("PrintFields", "Priority")),
    ("order.appointment", QT_TRANSLATE_NOOP("PrintFields", "Appointment")),
    ("order.fault", QT_TRANSLATE_NOOP("PrintFields", "Fault description")),
    ("order.warranty", QT_TRANSLATE_NOOP("PrintFields", "In / out of warranty")),
    ("order.warranty_end", QT_TRANSLATE_NOOP("PrintFields", "Warranty until")),
    ("order.technicians", QT_TRANSLATE_NOOP("PrintFields", "Technicians")),
    ("order.taken_by", QT_TRANSLATE_NOOP("PrintFields", "Taken by")),
    ("order.taken_at", QT_TRANSLATE_NOOP("PrintFields", "Taken at")),
    ("order.work_done", QT_TRANSLATE_NOOP("PrintFields", "Work done")),
    ("order.solution", QT_TRANSLATE_NOOP("PrintFields", "Solution")),
    ("order.result", QT_TRANSLATE_NOOP("PrintFields", "Result")),
    ("order.feedback", QT_TRANSLATE_NOOP("PrintFields", "Customer feedback")),
    ("order.completed_at", QT_TRANSLATE_NOOP("PrintFields", "Completed at")),
    ("order.notes", QT_TRANSLATE_NOOP("PrintFields", "Notes")),
)
_ORDER_LOOPS = (
    Field(
        "order.feedback_options",
        QT_TRANSLATE_NOOP("PrintFields", "Feedback boxes, the recorded one ticked (list)"),
        "☐ 非常满意 ☑ 满意 ☐ 一般 ☐ 不满意",
        '{% for f in order.feedback_options %}{{ "☑" if f.chosen else "☐" }} {{ f.name }}　'
        "{% endfor %}",
    ),
)
_PRODUCT_AND_FEES = (
    ("product.name", QT_TRANSLATE_NOOP("PrintFields", "Product model")),
    ("product.serial", QT_TRANSLATE_NOOP("PrintFields", "Serial number")),
    ("product.purchase_date", QT_TRANSLATE_NOOP("PrintFields", "Purchase date")),
    ("product.sale_code", QT_TRANSLATE_NOOP("PrintFields", "Purchase record number")),
    ("fees.parts", QT_TRANSLATE_NOOP("PrintFields", "Parts fee")),
    ("fees.service", QT_TRANSLATE_NOOP("PrintFields", "Service fee")),
    ("fees.transport", QT_TRANSLATE_NOOP("PrintFields", "Transport fee")),
    ("fees.total", QT_TRANSLATE_NOOP("PrintFields", "Total fees")),
)
_PART_DOCUMENT = (
    ("document.code", QT_TRANSLATE_NOOP("PrintFields", "Document number")),
    ("document.title", QT_TRANSLATE_NOOP("PrintFields", "Document title")),
    ("document.date", QT_TRANSLATE_NOOP("PrintFields", "Document date")),
    ("document.state", QT_TRANSLATE_NOOP("PrintFields", "State")),
    ("document.source", QT_TRANSLATE_NOOP("PrintFields", "From")),
    ("document.target", QT_TRANSLATE_NOOP("PrintFields", "To")),
    ("document.store", QT_TRANSLATE_NOOP("PrintFields", "Store")),
    ("document.technician", QT_TRANSLATE_NOOP("PrintFields", "Technician")),
    ("document.supplier", QT_TRANSLATE_NOOP("PrintFields", "Supplier")),
    ("document.scrap_type", QT_TRANSLATE_NOOP("PrintFields", "Scrap type")),
    ("document.scrap_handler", QT_TRANSLATE_NOOP("PrintFields", "Scrap handled by")),
    ("document.reverses", QT_TRANSLATE_NOOP("PrintFields", "Reverses document")),
    ("document.note", QT_TRANSLATE_NOOP("PrintFields", "Notes")),
    ("document.created_by", QT_TRANSLATE_NOOP("PrintFields", "Made by")),
    ("document.created_at", QT_TRANSLATE_NOOP("PrintFields", "Made at")),
    ("document.audited_by", QT_TRANSLATE_NOOP("PrintFields", "Audited by")),
    ("document.audited_at", QT_TRANSLATE_NOOP("PrintFields", "Audited at")),
    ("totals.quantity", QT_TRANSLATE_NOOP("PrintFields", "Total quantity")),
    ("totals.cost", QT_TRANSLATE_NOOP("PrintFields", "Total amount")),
    ("totals.cost_upper", QT_TRANSLATE_NOOP("PrintFields", "Total amount in words")),
)
_PART_LOOPS = (
    Field(
        "lines",
        QT_TRANSLATE_NOOP(
            "PrintFields",
            "Lines (list: no, code, name, spec, unit, quantity, unit_cost, cost)",
        ),
        "1 BJ001 启动电容 35uF 个 10 8.00 80.00 …",
        "{% for l in lines %}\n<tr><td>{{ l.no }}</td><td>{{ l.code }}</td><td>{{ l.name }}"
        '</td><td>{{ l.spec }}</td><td align="right">{{ l.quantity }}{{ l.unit }}</td>'
        '<td align="right">{{ l.unit_cost }}</td><td align="right">{{ l.cost }}</td></tr>'
        "\n{% endfor %}",
    ),
)
_CUSTOM_LABEL = QT_TRANSLATE_NOOP("PrintFields", "Custom field {n}")


def fields_for(kind: str, custom_labels: Sequence[str] = ()) -> list[Field]:
    """The editor's field list for ``kind``; the sales slip's custom fields carry the shop's
    labels (a field without one gets "Custom field n")."""
    example = example_context(kind, custom_labels)
    if kind == "dispatch":
        named = _COMMON + _ORDER + _CUSTOMER + _PRODUCT_AND_FEES
    elif kind == "sales":
        named = _COMMON + _SALE + _CUSTOMER
    elif kind in PART_KINDS:
        named = _COMMON + _PART_DOCUMENT
    else:
        raise KeyError(kind)
    result = [Field(name, label, _show(lookup(example, name))) for name, label in named]
    if kind == "sales":
        labels = list(custom_labels) + [""] * (5 - len(custom_labels))
        for n, label in enumerate(labels[:5], start=1):
            name = f"sale.custom{n}"
            result.append(
                Field(
                    name,
                    label or _CUSTOM_LABEL,
                    _show(lookup(example, name)),
                    own_label=bool(label),
                    number=n,
                )
            )
        result.extend(_SALE_LOOPS)
    elif kind in PART_KINDS:
        result.extend(_PART_LOOPS)
    else:
        result.extend(_ORDER_LOOPS)
    return result


def lookup(context: Mapping[str, object], name: str) -> object:
    value: object = context
    for part in name.split("."):
        value = value[part]  # type: ignore[index]
    return value


def _show(value: object) -> str:
    return str(value) if not isinstance(value, list) else "…"


def example_context(kind: str, custom_labels: Sequence[str] = ()) -> Context:
    """A realistic record with every field filled, long fault text included."""
    if kind == "dispatch":
        return dispatch_context(
            EXAMPLE_ORDER,
            shop_name="云天家电售后服务中心",
            operator="李娜",
            printed_at=_EXAMPLE_TIME,
        )
    if kind == "sales":
        return sale_slip_context(
            _EXAMPLE_SALE,
            _EXAMPLE_CUSTOMER,
            _EXAMPLE_PAYMENTS,
            custom_labels=list(custom_labels) or ["发动机号", "车架号"],
            technical_lead="王强",
            shop_name="云天家电售后服务中心",
            operator="李娜",
            printed_at=_EXAMPLE_TIME,
        )
    if kind in PART_KINDS:
        from yuntian.services.printing.part_print_examples import example_part_context

        return example_part_context(kind, printed_at=_EXAMPLE_TIME)
    raise KeyError(kind)


EXAMPLE_ORDER = DispatchSlip(
    code="WX2611-00042",
    customer_name="张伟",
    customer_code="KH000128",
    phones=("13800138000", "010-62345678"),
    address="北京市海淀区中关村南大街5号院3号楼2单元501室",
    contact_name="张太太",
    contact_phone="13912345678",
    product="格力 KFR-35GW/(35592)FNhAa-A1",
    serial_number="GL35592A1-2024-0876543",
    purchase_date=dt.date(2024, 6, 18),
    sale_code="XS2406-00311",
    in_warranty=True,
    warranty_end=dt.date(2027, 6, 18),
    fault=_EXAMPLE_FAULT,
    service_type="上门维修",
    appointment=dt.datetime(2026, 11, 28, 14, 0),
    priority="紧急",
    state="已出单派工",
    technicians=("王强", "赵磊"),
    taken_by="李娜",
    taken_at=dt.datetime(2026, 11, 27, 9, 12),
    parts_fee=Decimal("180.00"),
    service_fee=Decimal("50.00"),
    transport_fee=Decimal("20.00"),
    work_done="更换四通阀，补充冷媒 R32 600 克",
    solution="四通阀卡滞导致制冷不足",
    result="已修复，试机正常",
    feedback="满意",
    feedback_options=("非常满意", "满意", "一般", "不满意"),
    completed_at=dt.datetime(2026, 11, 28, 16, 40),
    notes="小区门禁需提前电话联系",
)

_EXAMPLE_SALE = SaleView(
    id=0,
    code="XS2611-00087",
    customer_id=0,
    customer_code="KH000128",
    customer_name="张伟",
    sale_date=dt.date(2026, 11, 20),
    product_model_id=0,
    product="格力 KFR-35GW/(35592)FNhAa-A1",
    serial_number="GL35592A1-2026-1123456",
    quantity=1,
    unit_price=Decimal("3299.00"),
    receivable=Decimal("3299.00"),
    received=Decimal("2000.00"),
    outstanding=Decimal("1299.00"),
    salesperson_id=None,
    salesperson_name="刘洋",
    sales_unit_id=None,
    sales_unit_name="海淀门店",
    install_date=dt.date(2026, 11, 22),
    warranty_end=dt.date(2029, 11, 22),
    custom=("EN-88231", "LFV2A21K5G3012345", "", "", ""),
    maintenance_interval_days=180,
    next_maintenance=dt.date(2027, 5, 21),
    callback_interval_days=30,
    next_callback=dt.date(2026, 12, 22),
    notes="送货上门并安装，赠送遥控器支架一个。",
    voided=False,
    void_reason="",
    created_at=_EXAMPLE_TIME,
    version=1,
)
_EXAMPLE_CUSTOMER = CustomerDetail(
    id=0,
    code="KH000128",
    name="张伟",
    group_id=None,
    group_name="",
    salesperson_id=None,
    salesperson_name="刘洋",
    email="",
    other_contact="",
    blacklisted=False,
    blacklist_reason="",
    notes="",
    archived=False,
    created_by="李娜",
    created_at=_EXAMPLE_TIME,
    phones=(PhoneView(0, "13800138000", "+8613800138000", "mobile", "北京", "中国移动", ()),),
    addresses=(
        AddressView(
            "北京市",
            "北京市",
            "海淀区",
            "中关村南大街5号院3号楼2单元501室",
            "北京市海淀区中关村南大街5号院3号楼2单元501室",
        ),
    ),
    contacts=(ContactView("张太太", "", "13912345678"),),
    intentions=(),
    memos=(),
)
_EXAMPLE_PAYMENTS = (
    PaymentView(
        0, 0, dt.date(2026, 11, 20), Decimal("1000.00"), "微信", "", "李娜", "定金", _EXAMPLE_TIME
    ),
    PaymentView(
        0,
        0,
        dt.date(2026, 11, 22),
        Decimal("1000.00"),
        "现金",
        "",
        "王强",
        "安装时收",
        _EXAMPLE_TIME,
    ),
)
