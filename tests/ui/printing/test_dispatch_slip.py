"""The built-in dispatch slips say what the order says: the state it has once printed, the
customer's feedback ticked among the shop's own feedback words (the completion dialog's list),
the result in a row of its own; the A4 slip uses the sheet. Filled in by the real engine and
read back from the PDF."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from tests.helpers import login_admin
from tests.support.print_ui import POINTS_PER_MM, pdf_pages, shop
from yuntian.services.common.record_versions import OVERWRITE
from yuntian.services.printing.print_builtins import builtin
from yuntian.services.printing.print_contexts import dispatch_contexts
from yuntian.services.printing.print_templates import TemplateInput, TemplateView
from yuntian.services.service_orders.service_order_types import CompletionInput
from yuntian.ui.printing.print_layout import job_for, write_pdf

pytestmark = pytest.mark.usefixtures("qapp")  # fonts and PDF writing need an application

OLD_A4 = """<p>{{ shop.name }} 派工单</p>
<table><tr><td>单号：{{ order.code }}　状态：{{ order.state }}</td></tr>
<tr><td>客户意见</td><td>□ 满意　□ 基本满意　□ 不满意　　{{ order.result }}</td></tr></table>"""


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def made(sqlite_services, admin):
    return shop(sqlite_services, admin)


def form(name: str) -> TemplateView:
    shipped = builtin("dispatch", name)
    assert shipped is not None
    return TemplateView("dispatch", name, shipped.paper, shipped.body, 1, 0, 0, False, True,
                        False, "", None)  # fmt: skip


def slip_text(contexts, template: TemplateView, path) -> tuple[str, float]:
    """The slip's text without white space, and how tall its text runs on the first page
    (millimetres)."""
    write_pdf(job_for(template, contexts, "t"), path)
    pages = pdf_pages(path)
    return "".join("".join(text.split()) for text, _ in pages), pages[0][1].height()


def complete(services, admin, order_id: int, feedback: str) -> None:
    services.service_orders.complete(
        admin,
        order_id,
        CompletionInput(
            work_done="更换风扇电机",
            result="已修复，试机正常",
            fee_service=Decimal("80"),
            feedback=feedback,
        ),
        version=OVERWRITE,
    )


def test_a_pending_order_prints_as_dispatched_when_printing_dispatches_it(
    sqlite_services, admin, made, tmp_path
):
    printing = dispatch_contexts(sqlite_services, admin, [made.order.id], dispatching=True)
    text, _ = slip_text(printing, form("A4"), tmp_path / "d.pdf")
    assert "状态：已出单派工" in text and "待处理" not in text
    as_pdf = dispatch_contexts(sqlite_services, admin, [made.order.id])  # dispatches nothing
    assert "状态：待处理" in slip_text(as_pdf, form("A4"), tmp_path / "p.pdf")[0]


def test_the_recorded_feedback_is_ticked_among_the_completion_dialogs_words(
    sqlite_services, admin, made, tmp_path
):
    words = [v.name for v in sqlite_services.settings.enum_values("feedback")]
    assert words == ["非常满意", "满意", "一般", "不满意"]  # what the completion dialog offers
    complete(sqlite_services, admin, made.order.id, "满意")
    contexts = dispatch_contexts(sqlite_services, admin, [made.order.id], dispatching=True)

    text, _ = slip_text(contexts, form("A4"), tmp_path / "a4.pdf")
    assert "客户意见☐非常满意☑满意☐一般☐不满意" in text
    assert text.count("☑") == 1
    assert "基本满意" not in text  # a word the shop's list does not have
    assert "处理结果已修复，试机正常" in text  # the result has its own row...
    assert "不满意已修复" not in text  # ...and no longer trails the feedback boxes
    assert "状态：售后完成" in text  # a completed order is not "dispatched" by a reprint


def test_a_renamed_or_new_feedback_word_prints_as_the_shop_has_it(
    sqlite_services, admin, made, tmp_path
):
    complete(sqlite_services, admin, made.order.id, "满意")
    satisfied = next(
        v for v in sqlite_services.settings.enum_values("feedback") if v.name == "满意"
    )
    sqlite_services.settings.rename_enum_value(admin, satisfied.id, "比较满意", version=OVERWRITE)
    sqlite_services.settings.add_enum_value(admin, "feedback", "很不满意")
    contexts = dispatch_contexts(sqlite_services, admin, [made.order.id])
    text, _ = slip_text(contexts, form("A4"), tmp_path / "a4.pdf")
    # The order keeps the word it was given; the renamed box is offered unticked.
    assert "☐比较满意" in text and "☐很不满意" in text and "☑满意" in text


def test_no_feedback_recorded_ticks_nothing(sqlite_services, admin, made, tmp_path):
    contexts = dispatch_contexts(sqlite_services, admin, [made.order.id], dispatching=True)
    text, _ = slip_text(contexts, form("A4"), tmp_path / "a4.pdf")
    assert "☑" not in text and text.count("☐") == 4


def test_the_a4_slip_fills_most_of_the_sheet_in_readable_type(
    sqlite_services, admin, made, tmp_path
):
    contexts = dispatch_contexts(sqlite_services, admin, [made.order.id], dispatching=True)
    a4 = form("A4")
    job = job_for(dataclasses.replace(a4, copies=1), contexts, "t")
    write_pdf(job, tmp_path / "a4.pdf")
    pages = pdf_pages(tmp_path / "a4.pdf")
    assert len(pages) == 1, "one order, one sheet"
    height_mm = pages[0][1].height() / POINTS_PER_MM
    assert 200 < height_mm <= 273  # was ~100 mm: a third of the page
    assert "font-size:12pt" in a4.body


def test_a_shops_own_form_written_for_the_old_slip_still_prints(
    sqlite_services, admin, made, tmp_path
):
    """A form the shop edited before these fields existed saves and prints as it did."""
    saved = sqlite_services.print_templates.save(
        admin, TemplateInput("dispatch", "A4", "A4", OLD_A4), version=OVERWRITE
    )
    complete(sqlite_services, admin, made.order.id, "满意")
    contexts = dispatch_contexts(sqlite_services, admin, [made.order.id])
    text, _ = slip_text(contexts, saved, tmp_path / "old.pdf")
    assert "状态：售后完成" in text and "已修复，试机正常" in text
