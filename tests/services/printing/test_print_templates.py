"""Print forms (打印设置): built-ins and the shop's own, saving only forms that fill in, revert,
the default per kind, and the sales slip's data from a real sale."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time

import pytest

from tests.helpers import login_admin
from tests.support.customer_helpers import audit_actions, new_customer
from tests.support.sale_helpers import D, product, sale
from yuntian.services.common.errors import Conflict, NotFound, ValidationError
from yuntian.services.common.record_versions import OVERWRITE, StaleRecord
from yuntian.services.customers.customer_types import AddressInput, ContactInput
from yuntian.services.printing.print_builtins import builtin
from yuntian.services.printing.print_contexts import sales_context
from yuntian.services.printing.print_engine import TemplateError, fill
from yuntian.services.printing.print_templates import TemplateInput

BUILT_IN = ["A4", "A5", "241x140", "80mm", "58mm"]
SIMPLE = "<p>{{ shop.name }} {{ sale.code }}</p>"


def _own(name: str = "门店小票", body: str = SIMPLE, **fields: object) -> TemplateInput:
    return TemplateInput(kind="sales", name=name, paper="80mm", body=body, **fields)


def test_every_kind_lists_its_built_ins_with_a4_as_default(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    for kind in ("dispatch", "sales"):
        forms = services.print_templates.list(admin, kind)
        assert [f.name for f in forms] == BUILT_IN
        assert [f.paper for f in forms] == BUILT_IN
        assert all(f.builtin and not f.customized for f in forms)
        assert [f.name for f in forms if f.is_default] == ["A4"]
        assert services.print_templates.default_for(admin, kind).name == "A4"
        assert "{{" in forms[0].body
    with pytest.raises(NotFound):
        services.print_templates.list(admin, "invoice")


def test_the_shop_saves_lists_and_deletes_its_own_form(services, clock):
    """On every engine: a form of the shop's own, with copies and offsets, round-trips."""
    admin = login_admin(services)
    saved = services.print_templates.save(
        admin, _own(copies=3, offset_x_tenth_mm=-25, offset_y_tenth_mm=40), version=OVERWRITE
    )
    assert (saved.name, saved.paper, saved.body, saved.copies) == ("门店小票", "80mm", SIMPLE, 3)
    assert (saved.offset_x_tenth_mm, saved.offset_y_tenth_mm) == (-25, 40)
    assert not saved.builtin and not saved.is_default
    assert saved.updated_at == clock.now and saved.updated_by
    assert [f.name for f in services.print_templates.list(admin, "sales")] == [
        *BUILT_IN,
        "门店小票",
    ]
    assert [f.name for f in services.print_templates.list(admin, "dispatch")] == BUILT_IN

    changed = services.print_templates.save(
        admin, _own(body="<b>{{ sale.code }}</b>"), version=OVERWRITE
    )
    assert changed.body == "<b>{{ sale.code }}</b>" and changed.copies == 1
    services.print_templates.delete(admin, "sales", "门店小票")
    assert [f.name for f in services.print_templates.list(admin, "sales")] == BUILT_IN
    with pytest.raises(NotFound):
        services.print_templates.get(admin, "sales", "门店小票")
    actions = [a for a, _, _ in audit_actions(services, admin) if a.startswith("print_template")]
    assert actions == ["print_template.save", "print_template.save", "print_template.delete"]


def test_a_built_in_cannot_be_deleted_but_its_changes_can_be_reverted(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    shipped = builtin("dispatch", "A5")
    assert shipped is not None
    with pytest.raises(Conflict):
        services.print_templates.delete(admin, "dispatch", "A5")

    # Saving the shipped body with the shop's printer set-up is not a redesign.
    same = services.print_templates.save(
        admin,
        TemplateInput("dispatch", "A5", "A5", shipped.body, copies=2, offset_y_tenth_mm=15),
        version=OVERWRITE,
    )
    assert not same.customized and same.copies == 2

    mine = shipped.body.replace("派工单", "维修派工单")
    changed = services.print_templates.save(
        admin,
        TemplateInput("dispatch", "A5", "A5", mine, copies=2, offset_y_tenth_mm=15),
        version=OVERWRITE,
    )
    assert changed.customized and changed.body == mine
    with pytest.raises(Conflict):
        services.print_templates.delete(admin, "dispatch", "A5")

    reverted = services.print_templates.revert(admin, "dispatch", "A5")
    assert reverted.body == shipped.body and not reverted.customized
    assert (reverted.copies, reverted.offset_y_tenth_mm) == (2, 15)  # the printer set-up stays
    with pytest.raises(Conflict):
        services.print_templates.save(admin, _own(), version=OVERWRITE)
        services.print_templates.revert(admin, "sales", "门店小票")

    with pytest.raises(ValidationError) as info:
        services.print_templates.save(
            admin, TemplateInput("dispatch", "A5", "58mm", shipped.body), version=OVERWRITE
        )
    assert info.value.field == "paper"


def test_one_default_per_kind_and_deleting_it_falls_back_to_a4(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    forms = services.print_templates
    forms.set_default(admin, "sales", "58mm")
    assert forms.default_for(admin, "sales").name == "58mm"
    assert forms.default_for(admin, "dispatch").name == "A4"
    forms.save(admin, _own(), version=OVERWRITE)
    forms.set_default(admin, "sales", "门店小票")
    assert [f.name for f in forms.list(admin, "sales") if f.is_default] == ["门店小票"]
    # The built-in keeps no trace of having been the default: reverting it removes its row.
    forms.revert(admin, "sales", "58mm")
    assert not forms.get(admin, "sales", "58mm").customized
    forms.delete(admin, "sales", "门店小票")
    assert forms.default_for(admin, "sales").name == "A4"
    with pytest.raises(NotFound):
        forms.set_default(admin, "sales", "没有这个")


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("<p>\n{{ sale.code }}\n{{ sale.serail }}</p>", 3, "sale.serail"),
        ("<p>{% if sale.voided %}\n\n{{ sale.why }}{% endif %}</p>", 3, "sale.why"),
        ("<p>{{ order.code }}</p>", 1, "order"),
        ("<p>\n{{ ''.__class__ }}</p>", 2, "__class__"),
        ("<p>{{ sale.code }\n</p>", 1, "Line 1"),
        ("<p>{% for p in payments %}{{ p.amount }}</p>", None, "endfor"),
    ],
)
def test_a_form_that_does_not_fill_in_is_refused_naming_the_line(
    sqlite_services, body, line, words
):
    admin = login_admin(sqlite_services)
    with pytest.raises(TemplateError) as info:
        sqlite_services.print_templates.save(admin, _own(body=body), version=OVERWRITE)
    assert info.value.field == "body"
    if line is not None:
        assert info.value.line == line
        assert str(info.value).startswith(f"Line {line}:")
    assert words in str(info.value)
    assert [f.name for f in sqlite_services.print_templates.list(admin, "sales")] == BUILT_IN


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": "  "}, "name"),
        ({"name": "x" * 65}, "name"),
        ({"paper": "B5"}, "paper"),
        ({"copies": 0}, "copies"),
        ({"copies": 6}, "copies"),
        ({"offset_x_tenth_mm": 501}, "offset_x_tenth_mm"),
        ({"offset_y_tenth_mm": -501}, "offset_y_tenth_mm"),
        ({"body": "  \n "}, "body"),
    ],
)
def test_bad_settings_are_refused_at_their_field(sqlite_services, change, field):
    admin = login_admin(sqlite_services)
    with pytest.raises(ValidationError) as info:
        sqlite_services.print_templates.save(
            admin, dataclasses.replace(_own(), **change), version=OVERWRITE
        )
    assert info.value.field == field


def test_the_sales_slip_shows_the_sale_as_stored(sqlite_services, clock):
    services = sqlite_services
    admin = login_admin(services)
    # 硬盘ID has a label but no value on this sale: it is left off the slip.
    services.settings.save_custom_field_labels(
        admin, ["发动机号", "", "车架号", "硬盘ID", ""], version=OVERWRITE
    )
    buyer = new_customer(
        services,
        admin,
        "王<小>明",
        "13800138000",
        "01062345678",
        addresses=(AddressInput("北京市", "北京市", "海淀区", "中关村大街1号"),),
        contacts=(ContactInput("王太太", "", "13912345678"),),
    ).customer.id
    model = product(services, admin, "KFR-72LW", warranty_months=36)
    unit = services.catalogue.save_sales_unit(
        admin, None, "海淀门店", admin.user_id, None, version=None
    )
    bought = sale(
        services,
        admin,
        buyer,
        model,
        "6999.00",
        serial_number="SN-0001",
        sales_unit_id=unit.id,
        custom=("EN-1", "隐藏", "LFV-9", "", ""),
        notes="第一行\n第二行",
    )
    services.payments.record(admin, bought.id, dt.date(2026, 3, 15), D("5000.00"), "现金")
    context = sales_context(services, admin, bought.id)

    assert context["shop"] == {"name": "测试维修店"}
    assert context["printed_at"] == clock.now.strftime("%Y-%m-%d %H:%M")
    s = context["sale"]
    assert (s["code"], s["product"], s["serial"]) == (bought.code, "格力 KFR-72LW", "SN-0001")
    assert (s["receivable"], s["received"], s["outstanding"]) == (
        "6,999.00",
        "5,000.00",
        "1,999.00",
    )
    assert s["receivable_upper"] == "陆仟玖佰玖拾玖元整"
    assert s["warranty_end"] == "2029-03-15" and s["technical_lead"] == admin.display_name
    assert s["custom"] == [
        {"label": "发动机号", "value": "EN-1"},
        {"label": "车架号", "value": "LFV-9"},
    ]
    c = context["customer"]
    assert (c["name"], c["phone"], c["contact"]) == ("王<小>明", "138 0013 8000", "王太太")
    # Numbers as every screen shows them, with the shop's own area code (paper leaves the shop).
    assert c["phones"] == "138 0013 8000、010-6234 5678"
    assert c["contact_phone"] == "139 1234 5678"
    assert c["address"].endswith("中关村大街1号")
    assert [(p["amount"], p["method"]) for p in context["payments"]] == [("5,000.00", "现金")]

    # Every built-in sales slip fills in with it; names are escaped, line breaks kept.
    for form in services.print_templates.list(admin, "sales"):
        slips = fill(form.body, 2, [context])
        assert len(slips) == 2 and "第二联" in slips[1], form.name
        assert "王&lt;小&gt;明" in slips[0] and "王<小>" not in slips[0]
        assert bought.code in slips[0] and "6,999.00" in slips[0]
    a4 = fill(services.print_templates.get(admin, "sales", "A4").body, 1, [context])[0]
    assert "第一行<br>第二行" in a4 and "发动机号" in a4 and "隐藏" not in a4


LOOPS = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (LOOPS, "took longer than 2 seconds"),
        ("{{ 10 ** 300000000 }}", "too large"),
        ("{{ ([1] * 200000000)|length }}", "too large"),
        ("{{ 'x'|center(999999999) }}", "too large"),
        ("{{ '{:>999999999}'.format(1) }}", "too large"),
        (
            "{% set ns = namespace(x='x') %}{% for i in range(31) %}"
            "{% set ns.x = ns.x ~ ns.x %}{% endfor %}{{ ns.x|length }}",
            "more than 200 MB of memory",
        ),
        ("{% if 1 %}" * 500 + "{% endif %}" * 500, "nested too deeply"),
    ],
)
def test_a_form_that_runs_away_is_refused_in_seconds_naming_it(sqlite_services, body, words):
    admin = login_admin(sqlite_services)
    start = time.monotonic()
    with pytest.raises(TemplateError) as info:
        sqlite_services.print_templates.save(
            admin, _own(name="跑飞的表", body=SIMPLE + body), version=OVERWRITE
        )
    assert time.monotonic() - start < 3.5
    assert info.value.field == "body"
    assert "“跑飞的表”" in str(info.value) and words in str(info.value)
    assert [f.name for f in sqlite_services.print_templates.list(admin, "sales")] == BUILT_IN


def test_a_form_saved_from_an_older_version_is_refused_and_nothing_written(services):
    admin = login_admin(services)
    templates = services.print_templates
    first = templates.save(admin, _own(), version=0)  # a new form: nothing stored before
    assert first.version == 1
    changed = templates.save(admin, _own(body="<b>{{ sale.code }}</b>"), version=1)
    assert changed.version == 2
    with pytest.raises(StaleRecord) as info:
        templates.save(admin, _own(body="<i>旧版</i>"), version=1)
    assert info.value.kind == "print_template" and "sale.code" in info.value.current.body
    assert "sale.code" in templates.get(admin, "sales", first.name).body
    with pytest.raises(StaleRecord):  # another PC created the same new form first
        templates.save(admin, _own(body="<i>也是新的</i>"), version=0)
