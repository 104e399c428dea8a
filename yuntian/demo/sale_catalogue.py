"""What the demo shop sells and where: its product catalogue (商品名称型号), its sales units
(商品销售单位) and the labels of the sales' five custom fields.

An appliance shop in Beijing: air conditioners, fridges, washing machines, water heaters,
kitchen appliances, water purifiers, TVs and a few laptops. Models come and go over the years
(a model sells only in its years; discontinued ones are inactive); a branch and a dealer join
later. Written through the catalogue and settings services, as an administrator would.
"""

from __future__ import annotations

from dataclasses import dataclass

from yuntian.db.models import User
from yuntian.demo.context import DemoContext
from yuntian.services import build_services
from yuntian.services.admin.auth import load_actor
from yuntian.services.common.money import cents_to_money
from yuntian.services.common.record_versions import OVERWRITE
from yuntian.services.sales.sale_types import ProductModelInput
from yuntian.services.settings.setup import ADMIN_USERNAME

# Custom fields as an appliance shop would name them: the outdoor unit's barcode (the indoor
# unit's is the serial number), where it was installed, the invoice, trade-in, extended warranty.
CUSTOM_FIELD_LABELS = ("外机条码", "安装位置", "发票号码", "以旧换新", "延保服务")

AIRCON, FRIDGE, WASHER, HEATER, KITCHEN, PURIFIER, TV, LAPTOP, SMALL = (
    "空调", "冰箱", "洗衣机", "热水器", "厨房电器", "净水器", "电视", "电脑", "小家电",
)  # fmt: skip
INSTALLED = {AIRCON, HEATER, KITCHEN, PURIFIER}  # installed on site after the sale
LAST_YEAR = 9999


@dataclass(frozen=True)
class DemoModel:
    brand: str
    model: str
    category: str
    list_price: int  # cents
    warranty_months: int
    maintenance_days: int
    callback_days: int
    years: tuple[int, int]  # first and last year it sold
    weight: int  # how often it sells, among the models on sale
    serial_prefix: str

    @property
    def installed(self) -> bool:
        return self.category in INSTALLED


def _m(brand, model, category, yuan, warranty, maintenance, callback, years, weight, prefix):
    return DemoModel(
        brand, model, category, yuan * 100, warranty, maintenance, callback, years, weight, prefix
    )


# brand, model, category, list price (yuan), warranty months, maintenance and callback days,
# years on sale, weight, serial-number prefix
MODELS: tuple[DemoModel, ...] = (
    _m("格力", "KFR-26GW 云佳 大1匹", AIRCON, 2599, 36, 365, 30, (2019, LAST_YEAR), 8, "GL26"),
    _m("格力", "KFR-35GW 云佳 1.5匹", AIRCON, 3099, 36, 365, 30, (2019, LAST_YEAR), 10, "GL35"),
    _m("格力", "KFR-35GW 品圆 1.5匹", AIRCON, 2899, 36, 365, 30, (2015, 2020), 10, "GP35"),
    _m("格力", "KFR-72LW 柜机 3匹", AIRCON, 7999, 36, 365, 30, (2015, LAST_YEAR), 4, "GL72"),
    _m("美的", "KFR-26GW 酷省电 大1匹", AIRCON, 2399, 36, 365, 30, (2020, LAST_YEAR), 7, "MD26"),
    _m("美的", "KFR-35GW 风尊 1.5匹", AIRCON, 3299, 36, 365, 30, (2021, LAST_YEAR), 6, "MD35"),
    _m("海尔", "KFR-35GW 静悦 1.5匹", AIRCON, 2999, 36, 365, 30, (2015, 2022), 5, "HE35"),
    _m("海尔", "BCD-470WDPG 十字门", FRIDGE, 4299, 36, 365, 60, (2019, LAST_YEAR), 5, "HB47"),
    _m("海尔", "BCD-218STPS 三门", FRIDGE, 1699, 36, 365, 60, (2015, 2021), 6, "HB21"),
    _m("美的", "BCD-516WKPZM 对开门", FRIDGE, 3599, 36, 365, 60, (2018, LAST_YEAR), 5, "MB51"),
    _m("西门子", "KA92NV02TI 对开门", FRIDGE, 5999, 24, 365, 60, (2015, 2022), 3, "SK92"),
    _m("小天鹅", "TG100V20WDG 滚筒", WASHER, 2299, 24, 180, 60, (2019, LAST_YEAR), 6, "XT10"),
    _m("美的", "MG100V58WT 滚筒", WASHER, 1999, 24, 180, 60, (2017, LAST_YEAR), 6, "MG10"),
    _m("海尔", "EG100MATE2S 滚筒", WASHER, 2599, 24, 180, 60, (2020, LAST_YEAR), 4, "HG10"),
    _m("西门子", "WM12P2602W 滚筒", WASHER, 4599, 24, 180, 60, (2015, 2021), 3, "SW12"),
    _m("万和", "JSQ24-12ET16 燃气", HEATER, 1699, 36, 365, 90, (2016, LAST_YEAR), 5, "WH24"),
    _m("A.O.史密斯", "E60VC 电热水器", HEATER, 3699, 36, 365, 90, (2017, LAST_YEAR), 3, "AO60"),
    _m("海尔", "EC6002-MC3 电热水器", HEATER, 1299, 24, 365, 90, (2015, 2020), 4, "HE60"),
    _m("方太", "EMD20A 油烟机", KITCHEN, 4599, 36, 180, 60, (2019, LAST_YEAR), 3, "FT20"),
    _m("老板", "CXW-260-27A7 油烟机", KITCHEN, 4299, 36, 180, 60, (2016, LAST_YEAR), 3, "LB27"),
    _m("老板", "JZT-30B1 燃气灶", KITCHEN, 1999, 24, 365, 60, (2016, LAST_YEAR), 3, "LB30"),
    _m("华帝", "CXW-200-i11083 油烟机", KITCHEN, 2799, 24, 180, 60, (2015, 2019), 3, "VT11"),
    _m("美的", "MRC1586A-400G 净水器", PURIFIER, 2499, 12, 90, 30, (2019, LAST_YEAR), 4, "MR15"),
    _m("沁园", "QR-RL-401 净水器", PURIFIER, 1999, 12, 120, 30, (2015, 2020), 3, "QY40"),
    _m("海信", "65E3F 65英寸", TV, 3299, 12, 365, 90, (2019, 2023), 5, "HX65"),
    _m("海信", "65E5K 65英寸", TV, 4299, 12, 365, 90, (2023, LAST_YEAR), 4, "HK65"),
    _m("TCL", "55V8E 55英寸", TV, 2599, 12, 365, 90, (2021, LAST_YEAR), 4, "TC55"),
    _m("创维", "55A5 55英寸", TV, 2999, 12, 365, 90, (2015, 2020), 4, "CW55"),
    _m("联想", "ThinkPad E14", LAPTOP, 5299, 12, 365, 90, (2020, LAST_YEAR), 2, "PF14"),
    _m("联想", "小新 Pro 14", LAPTOP, 5599, 24, 365, 90, (2021, LAST_YEAR), 2, "LX14"),
    _m("格兰仕", "P70D20TL 微波炉", SMALL, 499, 12, 365, 30, (2015, LAST_YEAR), 3, "GS70"),
    _m("戴森", "V12 吸尘器", SMALL, 3999, 24, 180, 30, (2022, LAST_YEAR), 2, "DS12"),
)


@dataclass(frozen=True)
class DemoUnit:
    name: str
    technical_lead: str  # usernames from the staff step
    sales_rep: str
    opened: int  # first year it sold
    weight: int


UNITS: tuple[DemoUnit, ...] = (
    DemoUnit("总店门市部", "tech", "manager", 0, 50),
    DemoUnit("朝阳路分店", "tech2", "reception", 0, 25),
    DemoUnit("通州门店", "tech3", "reception2", 2019, 18),
    DemoUnit("顺义鑫达电器（经销商）", "tech", "manager", 2021, 12),
)


@dataclass(frozen=True)
class Catalogue:
    models: list[tuple[int, DemoModel]]  # (ProductModel id, model)
    units: list[tuple[int, DemoUnit, int | None]]  # (SalesUnit id, unit, sales rep's user id)


def write_catalogue(ctx: DemoContext, final_year: int) -> Catalogue:
    """Store the catalogue, the units and the custom-field labels; models no longer sold by
    ``final_year`` are inactive."""
    services = build_services(ctx.db, ctx.profile, ctx.clock)
    system = load_actor(User.get(User.username == ADMIN_USERNAME))
    services.settings.save_custom_field_labels(system, list(CUSTOM_FIELD_LABELS), version=OVERWRITE)
    models = []
    for m in MODELS:
        data = ProductModelInput(
            model=m.model,
            brand=m.brand,
            category=m.category,
            list_price=cents_to_money(m.list_price),
            warranty_months=m.warranty_months,
            maintenance_interval_days=m.maintenance_days,
            callback_interval_days=m.callback_days,
            active=m.years[1] >= final_year,
        )
        models.append(
            (services.catalogue.save_product_model(system, None, data, version=None).id, m)
        )
    user_ids = dict(User.select(User.username, User.id).tuples())
    units = []
    for u in UNITS:
        rep = user_ids.get(u.sales_rep)
        view = services.catalogue.save_sales_unit(
            system, None, u.name, user_ids.get(u.technical_lead), rep, version=None
        )
        units.append((view.id, u, rep))
    return Catalogue(models, units)
