"""Filling print forms: the sandbox, escaping, errors that name the placeholder and its line,
the fields offered per kind, and amounts in capital numerals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from yuntian.services.printing.print_builtins import builtin_forms
from yuntian.services.printing.print_contexts import DispatchSlip, dispatch_context
from yuntian.services.printing.print_engine import MAX_OUTPUT, TemplateError, check, fill, render
from yuntian.services.printing.print_fields import example_context, fields_for, lookup
from yuntian.services.printing.print_formatting import rmb_upper

CONTEXT = {"customer": {"name": "张三"}, "payments": [{"amount": "1.00"}], "note": "a\nb"}


@pytest.mark.parametrize(
    "body",
    [
        "{{ ''.__class__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ customer.__class__.__init__.__globals__ }}",
        "{{ cycler.__init__.__globals__.os }}",
        "{{ payments.append(1) }}",
        "{{ customer.update({'name': 'x'}) }}",
        "{{ customer.name.__class__.mro() }}",
    ],
)
def test_the_sandbox_refuses_attribute_tricks_and_changes_to_the_data(body):
    with pytest.raises(TemplateError) as info:
        render("<p>\n" + body + "</p>", CONTEXT)
    assert info.value.line == 2 and info.value.field == "body"
    assert "may not be used in a print form" in str(info.value)
    assert CONTEXT["payments"] == [{"amount": "1.00"}] and CONTEXT["customer"] == {"name": "张三"}


def test_data_is_escaped_and_line_breaks_are_kept():
    data = {"customer": {"name": "<b>王</b> & 李"}, "note": "第一行\n<i>第二行</i>"}
    html = render("{{ customer.name }}|{{ note|nl2br }}", data)
    assert html == "&lt;b&gt;王&lt;/b&gt; &amp; 李|第一行<br>&lt;i&gt;第二行&lt;/i&gt;"


@pytest.mark.parametrize(
    ("body", "line", "name"),
    [
        ("<p>{{ customer.name }}</p>\n<p>{{ customer.nmae }}</p>", 2, "customer.nmae"),
        ("a\nb\n{{ custmer.name }}", 3, "custmer"),
        ("{% for p in payments %}\n{{ p.amout }}{% endfor %}", 2, "p.amout"),
    ],
)
def test_an_unknown_placeholder_is_named_with_its_line(body, line, name):
    with pytest.raises(TemplateError) as info:
        render(body, CONTEXT)
    assert info.value.line == line
    assert str(info.value) == f"Line {line}: there is no field called “{name}” on this form."


def test_a_placeholder_in_a_branch_the_example_skips_is_still_checked():
    example = example_context("sales")
    body = "<p>{{ sale.code }}</p>\n{% if sale.voided %}\n<p>{{ sale.void_reson }}</p>{% endif %}"
    assert "作废" not in render(body, example)  # fills in: the branch is not taken
    with pytest.raises(TemplateError) as info:
        check(body, example)
    assert (info.value.line, info.value.params["name"]) == (3, "sale.void_reson")
    bound = "{% set s = sale %}{% for f in sale.custom %}{{ loop.index }}{{ s.code }}{{ f.label }}"
    check(bound + "{% endfor %}", example)  # names the form binds itself are not fields


def test_syntax_errors_name_their_line():
    with pytest.raises(TemplateError) as info:
        render("<p>\n\n{{ customer.name }</p>", CONTEXT)
    assert info.value.line == 3 and str(info.value).startswith("Line 3: ")
    with pytest.raises(TemplateError) as info:
        render("<p>{% if customer %}</p>", CONTEXT)
    assert "endif" in str(info.value)


def test_a_runaway_loop_is_stopped():
    body = (
        "{% for i in range(90000) %}{% for j in range(90000) %}xxxxxxxxxx{% endfor %}{% endfor %}"
    )
    with pytest.raises(TemplateError) as info:
        render(body, {})
    assert f"{MAX_OUTPUT:,}" in str(info.value)


def test_each_record_gets_its_copies_numbered():
    slips = fill("{{ n }}:{{ copy_no }}/{{ copies }}", 3, [{"n": "A"}, {"n": "B"}])
    assert slips == ["A:1/3", "A:2/3", "A:3/3", "B:1/3", "B:2/3", "B:3/3"]


@pytest.mark.parametrize("kind", ["dispatch", "sales"])
def test_every_field_offered_is_in_the_example_and_every_built_in_fills_in(kind):
    example = example_context(kind, ["发动机号", "", "车架号"])
    fields = fields_for(kind, ["发动机号", "", "车架号"])
    names = [f.name for f in fields]
    assert len(names) == len(set(names))
    for field in fields:
        value = lookup(example, field.name)
        assert field.insert_text.startswith("{")
        check(field.insert_text, example)  # inserting any field gives a form that saves
        if not field.snippet:
            assert field.example == str(value)
    assert [f.name for f in builtin_forms(kind)] == ["A4", "A5", "241x140", "80mm", "58mm"]
    for form in builtin_forms(kind):
        check(form.body, example)
    if kind == "sales":
        labels = {f.name: f.display_label(lambda _c, t: t) for f in fields}
        assert labels["sale.custom1"] == "发动机号" and labels["sale.custom2"] == "Custom field 2"


def test_a_dispatch_slip_from_a_dict_refuses_unknown_keys():
    when = dt.datetime(2026, 11, 27, 9, 30)
    context = dispatch_context(
        {"code": "WX1", "customer_name": "张三", "in_warranty": False, "phones": ["1", "2"]},
        shop_name="店",
        operator="李",
        printed_at=when,
    )
    assert context["order"]["warranty"] == "保外" and context["customer"]["phones"] == "1、2"
    assert context["fees"]["total"] == ""  # nothing to add up: blank for the technician
    slip = DispatchSlip("WX2", "王五", parts_fee=Decimal("10.50"), service_fee=Decimal("80"))
    fees = dispatch_context(slip, shop_name="店", operator="李", printed_at=when)["fees"]
    assert fees == {"parts": "10.50", "service": "80.00", "transport": "", "total": "90.50"}
    with pytest.raises(KeyError, match="custmer_name"):
        dispatch_context(
            {"code": "WX1", "custmer_name": "张三"}, shop_name="", operator="", printed_at=when
        )


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("0", "零元整"),
        ("0.05", "伍分"),
        ("1.05", "壹元零伍分"),
        ("1.50", "壹元伍角整"),
        ("10", "壹拾元整"),
        ("1010", "壹仟零壹拾元整"),
        ("10000", "壹万元整"),
        ("100050", "壹拾万零伍拾元整"),
        ("1001001", "壹佰万壹仟零壹元整"),
        ("100000001", "壹亿零壹元整"),
        ("3299.00", "叁仟贰佰玖拾玖元整"),
        ("-12", "负壹拾贰元整"),
        ("9999999999.99", "玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    ],
)
def test_amounts_in_capital_numerals(amount, words):
    assert rmb_upper(Decimal(amount)) == words
