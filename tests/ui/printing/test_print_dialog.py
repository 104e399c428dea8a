"""Printing slips: the preview dialog (choose a form, print, save a PDF), the sale editor's
"Print sales slip…", batch dispatch slips that dispatch pending orders, and ``yuntian print``."""

from __future__ import annotations

import time

import pytest
from PySide6.QtPrintSupport import QPrinter

from tests.helpers import actor_without, login_admin
from tests.support.customer_ui import answer_modal
from tests.support.print_ui import POINTS_PER_MM, media_boxes, pdf_pages, shop
from yuntian.cli import main
from yuntian.services.common.record_versions import OVERWRITE
from yuntian.services.printing.print_contexts import sales_context
from yuntian.services.printing.print_fields import example_context
from yuntian.services.printing.print_templates import TemplateInput
from yuntian.services.service_orders.service_order_types import OrderState, ServiceOrderInput
from yuntian.ui.printing.print_dialog import PrintDialog, print_dispatch_slips, print_sales_slips
from yuntian.ui.sales.sale_editor import SaleEditor


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def made(sqlite_services, admin):
    return shop(sqlite_services, admin)


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def sales_slip_dialog(qtbot, services, admin, made) -> PrintDialog:
    dialog = PrintDialog(
        services,
        admin,
        "sales",
        [sales_context(services, admin, made.sale.id)],
        title=made.sale.code,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_previews_the_default_form_and_switches_paper(
    qtbot, sqlite_services, admin, made, tmp_path
):
    sqlite_services.print_templates.set_default(admin, "sales", "A5")
    printed = []
    dialog = PrintDialog(
        sqlite_services,
        admin,
        "sales",
        [sales_context(sqlite_services, admin, made.sale.id)],
        title=made.sale.code,
        printed=lambda: printed.append(True),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.selected_form().name == "A5" and dialog.job.paper.key == "A5"
    assert dialog.preview.pageCount() == 1
    dialog.grab().save(str(tmp_path / "print-dialog-a5.png"))

    dialog.forms.setCurrentIndex(dialog.forms.findData("58mm"))
    assert dialog.job.paper.key == "58mm" and dialog.preview.pageCount() == 1
    out = tmp_path / "slip.pdf"
    assert dialog.save_pdf_to(out)
    assert media_boxes(out)[0][0] == pytest.approx(58 * POINTS_PER_MM, abs=1)
    assert made.sale.code in pdf_pages(out)[0][0]
    assert printed == []  # a PDF is not a print-out
    assert not dialog.save_pdf_to(tmp_path / "no such folder" / "slip.pdf")
    assert "could not be written" in dialog.error.text() and not dialog.error.isHidden()

    dialog.print_to(pdf_printer(tmp_path / "printer.pdf"))
    assert printed == [True]
    assert media_boxes(tmp_path / "printer.pdf")[0][0] == pytest.approx(58 * POINTS_PER_MM, abs=1)


def test_a_form_that_cannot_be_filled_in_for_the_record_says_why(
    qtbot, sqlite_services, admin, made
):
    """The example record has two custom field labels; this shop has none left."""
    sqlite_services.print_templates.save(
        admin,
        TemplateInput("sales", "第二个字段", "A5", "<p>{{ sale.custom[1].label }}</p>"),
        version=OVERWRITE,
    )
    sqlite_services.settings.save_custom_field_labels(
        admin, ["发动机号", "", "", "", ""], version=OVERWRITE
    )
    dialog = sales_slip_dialog(qtbot, sqlite_services, admin, made)
    dialog.forms.setCurrentIndex(dialog.forms.findData("第二个字段"))
    assert dialog.job is None and not dialog.print_button.isEnabled()
    assert not dialog.error.isHidden()
    assert dialog.error.text().startswith("Line 1: ")
    dialog.forms.setCurrentIndex(dialog.forms.findData("A4"))
    assert dialog.job is not None and dialog.error.isHidden()


def test_the_sale_editor_prints_the_slip_of_a_stored_sale(qtbot, sqlite_services, admin, made):
    new = SaleEditor(sqlite_services, admin, customer_id=made.customer_id)
    qtbot.addWidget(new)
    assert not hasattr(new, "print_button")  # nothing stored to print yet

    editor = SaleEditor(
        sqlite_services, actor_without(admin, "record.edit"), sale=made.sale
    )  # read-only users print too
    qtbot.addWidget(editor)
    seen = []

    def check(dialog):
        seen.append((type(dialog), dialog.windowTitle(), dialog.job.slips[0]))

    answer_modal(check)
    editor.print_button.click()
    assert len(seen) == 1
    kind, title, slip = seen[0]
    assert kind is PrintDialog and made.sale.code in title
    assert "3,299.00" in slip and "欧阳&lt;建国&gt;" in slip


def test_printing_dispatch_slips_dispatches_the_pending_orders(
    qtbot, sqlite_services, admin, made, tmp_path
):
    orders = sqlite_services.service_orders
    second = orders.create(admin, ServiceOrderInput(made.customer_id, "送修", "屏幕不亮"))
    reloads = []

    def print_both(dialog):
        assert len(dialog.job.slips) == 2  # one job for the batch
        assert "屏幕不亮" in dialog.job.slips[1]
        dialog.print_to(pdf_printer(tmp_path / "batch.pdf"))

    answer_modal(print_both)
    print_dispatch_slips(
        sqlite_services, admin, [made.order.id, second.id], dispatched=lambda: reloads.append(1)
    )
    states = [o.state for o in orders.get_many(admin, [made.order.id, second.id])]
    assert states == [OrderState.DISPATCHED, OrderState.DISPATCHED] and reloads == [1]
    assert len(media_boxes(tmp_path / "batch.pdf")) == 2
    # The paper says what the order is once printed, not what it was before.
    texts = ["".join(text.split()) for text, _ in pdf_pages(tmp_path / "batch.pdf")]
    assert all("状态：已出单派工" in text and "待处理" not in text for text in texts)


def test_a_pdf_or_a_user_without_service_process_dispatches_nothing(
    qtbot, sqlite_services, admin, made, tmp_path
):
    answer_modal(lambda dialog: dialog.save_pdf_to(tmp_path / "slip.pdf"))
    print_dispatch_slips(sqlite_services, admin, [made.order.id])
    answer_modal(lambda dialog: dialog.print_to(pdf_printer(tmp_path / "p.pdf")))
    print_dispatch_slips(sqlite_services, actor_without(admin, "service.process"), [made.order.id])
    assert sqlite_services.service_orders.get(admin, made.order.id).state == OrderState.PENDING
    assert (tmp_path / "slip.pdf").exists() and (tmp_path / "p.pdf").exists()
    # Printed by someone whose printing dispatches nothing: the order stays pending, and so
    # does its slip.
    assert "状态：待处理" in "".join(pdf_pages(tmp_path / "p.pdf")[0][0].split())


def test_print_sales_slips_of_a_gone_sale_warns(qtbot, sqlite_services, admin, monkeypatch):
    warned = []
    monkeypatch.setattr(
        "yuntian.ui.printing.print_dialog.QMessageBox.warning", lambda *a: warned.append(a[2])
    )
    assert print_sales_slips(sqlite_services, admin, [999]) is None
    assert warned and "no longer exists" in warned[0]


def test_the_print_command_writes_a_pdf_for_a_sale_and_an_order(
    sqlite_services, admin, made, tmp_path, capsys
):
    profile = str(sqlite_services.profile.root)
    out = tmp_path / "sale.pdf"
    assert main(["print", "sales", made.sale.code, "--pdf", str(out), "--profile", profile]) == 0
    assert capsys.readouterr().out.strip() == f"wrote {out} (A4, 1 page)"
    assert media_boxes(out) == [pytest.approx((595, 842), abs=1)]
    assert "欧阳<建国>" in "".join(pdf_pages(out)[0][0].split())

    receipt = tmp_path / "order.pdf"
    argv = ["print", "dispatch", made.order.code, "--template", "58mm", "--pdf", str(receipt)]
    assert main([*argv, "--profile", profile]) == 0
    width, _height = media_boxes(receipt)[0]
    assert width == pytest.approx(58 * POINTS_PER_MM, abs=1)
    assert made.order.code in pdf_pages(receipt)[0][0]

    assert main(["print", "sales", "XS-NONE", "--pdf", str(out), "--profile", profile]) == 2
    assert "no sale numbered 'XS-NONE'" in capsys.readouterr().err
    argv = ["print", "sales", made.sale.code, "--template", "B5", "--pdf", str(out)]
    assert main([*argv, "--profile", profile]) == 2
    assert "forms: A4, A5, 241x140, 80mm, 58mm" in capsys.readouterr().err
    assert main(["print", "sales", made.sale.code, "--pdf", "x.png", "--profile", profile]) == 2


# Fine on the example sale (saved), a runaway on any other: the save check cannot catch it.
RUNAWAY = (
    "<p>{{ sale.code }}</p>{% if sale.code != '" + example_context("sales")["sale"]["code"] + "' %}"
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}{% endif %}"
)


@pytest.fixture
def runaway(sqlite_services, admin) -> str:
    sqlite_services.print_templates.save(
        admin, TemplateInput("sales", "跑飞", "A5", RUNAWAY), version=OVERWRITE
    )
    return "跑飞"


def test_the_print_command_stops_a_form_that_runs_away_on_a_real_record(
    qapp, sqlite_services, made, runaway, tmp_path, capsys
):
    """(qapp: the command makes a bare QGuiApplication when none runs; later widgets need
    the QApplication.)"""
    out = tmp_path / "sale.pdf"
    argv = ["print", "sales", made.sale.code, "--template", runaway, "--pdf", str(out)]
    start = time.monotonic()
    assert main([*argv, "--profile", str(sqlite_services.profile.root)]) == 2
    assert time.monotonic() - start < 3.5
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "“跑飞” took longer than 2 seconds" in err and not out.exists()


def test_the_print_preview_says_a_form_ran_away_instead_of_hanging(
    qtbot, sqlite_services, admin, made, runaway
):
    dialog = sales_slip_dialog(qtbot, sqlite_services, admin, made)
    start = time.monotonic()
    dialog.forms.setCurrentIndex(dialog.forms.findData(runaway))
    assert time.monotonic() - start < 3.5
    assert dialog.job is None and not dialog.print_button.isEnabled()
    assert "“跑飞” took longer than 2 seconds" in dialog.error.text()
    dialog.forms.setCurrentIndex(dialog.forms.findData("A4"))
    assert dialog.job is not None and dialog.error.isHidden()  # the next form prints
