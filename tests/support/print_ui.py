"""Records with long Chinese text to print, and ways to read a PDF back (page sizes, text and
where the text sits)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtPdf import QPdfDocument

from tests.support.customer_helpers import new_customer
from tests.support.sale_helpers import product, sale
from tests.support.service_order_helpers import technician
from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.services.common.record_versions import OVERWRITE
from yuntian.services.customers.customer_types import AddressInput, ContactInput
from yuntian.services.sales.sale_types import SaleView
from yuntian.services.service_orders.service_order_types import ServiceOrderInput, ServiceOrderView

POINTS_PER_MM = 72 / 25.4
# Long enough to wrap on every paper, with an unbroken run of Latin letters a word-wrapper
# cannot break at a space.
LONG_FAULT = (
    "空调制冷效果差，开机半小时后室内机出风口仍不凉，外机有明显异响；客户说上周自己清洗过"
    "过滤网后情况没有好转，遥控器显示故障代码E6。请携带压力表、冷媒和备用电容，上门前先电话"
    "联系。型号铭牌：KFR35GWBP3DN8Y-PH200B3CONDENSERUNITSERIALNUMBER"
)
LONG_ADDRESS = "北京市海淀区中关村南大街5号院3号楼2单元501室（进小区后右转第二个门，门禁按501）"
SERIAL = "GL35592A1-2024-0876543-XYZ"


@dataclass(frozen=True)
class Shop:
    customer_id: int
    sale: SaleView
    order: ServiceOrderView


def shop(services: Services, admin: Actor) -> Shop:
    """A customer with two phones and a long address, a part-paid sale with custom fields, and
    a pending service order for it with two technicians and a long fault text."""
    services.settings.save_custom_field_labels(
        admin, ["发动机号", "车架号", "", "", ""], version=OVERWRITE
    )
    customer_id = new_customer(
        services,
        admin,
        "欧阳<建国>",
        "13800138000",
        "01062345678",
        addresses=(AddressInput("北京市", "北京市", "海淀区", LONG_ADDRESS[6:]),),
        contacts=(ContactInput("欧阳太太", "", "13912345678"),),
    ).customer.id
    model = product(services, admin, "KFR-35GW/(35592)FNhAa-A1", warranty_months=36)
    bought = sale(
        services,
        admin,
        customer_id,
        model,
        "3299.00",
        serial_number=SERIAL,
        custom=("EN-88231", "LFV2A21K5G3012345", "", "", ""),
        notes="送货上门并安装，赠送遥控器支架一个。\n客户要求周末安装。",
    )
    services.payments.record(admin, bought.id, bought.sale_date, Decimal("2000.00"), "现金")
    wang = technician(services, admin, "wangqiang", "王强")
    zhao = technician(services, admin, "zhaolei", "赵磊")
    order = services.service_orders.create(
        admin,
        ServiceOrderInput(
            customer_id=customer_id,
            service_type="上门维修",
            fault=LONG_FAULT,
            sale_id=bought.id,
            appointment_at=dt.datetime(2026, 11, 28, 14, 0),
            priority=1,
            technician_ids=(wang, zhao),
        ),
    )
    return Shop(customer_id, services.sales.get(admin, bought.id), order)


def media_boxes(path: Path) -> list[tuple[float, float]]:
    """Each page's size in points, from the PDF's /MediaBox entries."""
    found = re.findall(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]",
                       path.read_bytes())  # fmt: skip
    return [(float(x1) - float(x0), float(y1) - float(y0)) for x0, y0, x1, y1 in found]


def pdf_pages(path: Path) -> list[tuple[str, QRectF]]:
    """Each page's text and the rectangle (in points) that holds all of it."""
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    pages = []
    for index in range(doc.pageCount()):
        selection = doc.getAllText(index)
        pages.append((selection.text(), selection.boundingRectangle()))
    doc.close()
    return pages
