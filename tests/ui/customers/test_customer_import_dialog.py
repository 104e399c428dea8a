"""The Excel import dialog and the export action, as a person uses them."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.helpers import actor_without, login_admin
from tests.support.customer_helpers import new_customer
from tests.support.customer_workbooks import (
    BAD_ROWS,
    EXISTING,
    EXPECTED_ERRORS,
    GOOD_ROWS,
    messy_workbook,
    simple_workbook,
)
from yuntian.db.models import Customer, CustomerPhone
from yuntian.exports.customer_import import ERROR_HEADER
from yuntian.services.customers.customer_types import CustomerFilter
from yuntian.ui.customers import customer_io_jobs
from yuntian.ui.customers.customer_import_dialog import (
    CustomerImportDialog,
    export_customers,
    open_import,
)

WAIT = 20_000  # ms


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def dialog(qtbot, sqlite_services, admin):
    widget = CustomerImportDialog(sqlite_services, admin)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def messy(tmp_path: Path, sqlite_services, admin) -> Path:
    for name, number in EXISTING:
        new_customer(sqlite_services, admin, name, number)
    return messy_workbook(tmp_path / "客户资料.xlsx")


def _load_and_check(qtbot, dialog: CustomerImportDialog, path: Path) -> None:
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.job is None, timeout=WAIT)


def _import(qtbot, dialog: CustomerImportDialog) -> None:
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None and dialog.job is None, timeout=WAIT)


def test_the_columns_are_mapped_from_the_headers(qtbot, dialog, messy):
    _load_and_check(qtbot, dialog, messy)
    assert dialog.sheet_combo.currentText() == "客户"
    assert dialog.header_label.text() == "Header in row 3. Data rows: 14."
    table = dialog.mapping_table
    headers = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert headers == ["序号", "客户名称", "手机", "联系电话", "地址", "客户组", "业务员", "备注"]
    fields = [dialog.field_combo(r).currentData() for r in range(table.rowCount())]
    assert fields == ["", "name", "phone", "phone", "street", "group", "salesperson", "notes"]
    assert dialog.field_combo(1).currentText() == "Name"
    assert table.item(2, 1).text() == "13800138000 | 13900139000 | 13700137000"
    QAbstractItemModelTester(table.model())
    QAbstractItemModelTester(dialog.preview_table.model())

    assert dialog.summary.text() == (
        "Rows read: 14. Can be imported: 6. With errors: 8. Warnings: 3.\n"
        f"First error: {EXPECTED_ERRORS[6]}"
    )
    assert dialog.tabs.tabText(2) == "Problems (11)"
    first = dialog.issue_list.item(0).text()
    assert first == EXPECTED_ERRORS[6]
    preview = dialog.preview_table
    assert preview.rowCount() == 14
    assert [preview.item(r, 0).text() for r in range(3)] == ["4", "5", "6"]
    assert preview.item(0, 3).text() == "13800138000, 010-62345678"
    assert preview.item(3, 2).text().startswith("'1.38E+10' is in scientific notation")
    assert dialog.import_button.isEnabled() and dialog.report_button.isEnabled()


def test_the_good_rows_are_imported_and_the_rejected_saved(qtbot, dialog, messy, tmp_path):
    _load_and_check(qtbot, dialog, messy)
    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as imported:
        dialog.import_button.click()
    assert imported.args == [len(GOOD_ROWS)]
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT)
    assert dialog.summary.text() == "Imported customers: 6. Rejected rows: 8. Warnings: 3."
    assert Customer.select().count() == len(EXISTING) + len(GOOD_ROWS)
    assert not dialog.import_button.isEnabled()  # not twice by accident

    report = dialog.save_report(tmp_path / "rejected.xlsx")
    rows = list(load_workbook(report).active.iter_rows(values_only=True))
    assert rows[0][-1] == ERROR_HEADER
    assert [r[-1] for r in rows[1:]] == [EXPECTED_ERRORS[n] for n in BAD_ROWS]


def test_a_corrected_mapping_is_what_gets_imported(qtbot, dialog, sqlite_services, tmp_path):
    rows = [["张三", "13800138000", "010-62345678", "VIP客户"]]
    path = simple_workbook(tmp_path / "c.xlsx", rows, header=("客户", "手机", "电话", "类型"))
    _load_and_check(qtbot, dialog, path)
    assert dialog.field_combo(3).currentData() == ""  # "类型" means nothing to the importer
    # the person says: the third column is not imported, the fourth is the group
    dialog.field_combo(2).setCurrentIndex(dialog.field_combo(2).findData(""))
    dialog.field_combo(3).setCurrentIndex(dialog.field_combo(3).findData("group"))
    assert dialog.mapping.fields == ("name", "phone", "", "group")
    assert dialog.plan is None  # the old check no longer holds
    assert dialog.preview_table.item(0, 3).text() == "13800138000"
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.job is None, timeout=WAIT)
    _import(qtbot, dialog)
    customer = Customer.get(Customer.name == "张三")
    assert customer.group.name == "VIP客户"
    assert [p.raw for p in CustomerPhone.select().where(CustomerPhone.customer == customer)] == [
        "13800138000"
    ]


def test_without_a_name_column_nothing_can_be_imported(qtbot, dialog, tmp_path):
    path = simple_workbook(tmp_path / "n.xlsx", [["张三", "13800138000"]])
    _load_and_check(qtbot, dialog, path)
    dialog.set_field(0, "")
    assert dialog.summary.text() == "Changed: check again before importing."
    qtbot.waitUntil(lambda: dialog.summary.text() == "No column holds the customers' names.")
    assert not dialog.import_button.isEnabled()
    assert not dialog.check_button.isEnabled()


def test_all_or_nothing_imports_nothing_from_a_file_with_errors(qtbot, dialog, messy):
    _load_and_check(qtbot, dialog, messy)
    dialog.all_or_nothing_radio.setChecked(True)
    _import(qtbot, dialog)
    assert dialog.summary.text() == ("Nothing was imported (all or nothing): rows with errors: 8.")
    assert Customer.select().count() == len(EXISTING)
    assert dialog.report_button.isEnabled()


@pytest.mark.real_threads
def test_cancelling_the_import_writes_nothing(qtbot, dialog, tmp_path, monkeypatch):
    path = simple_workbook(tmp_path / "x.xlsx", [[f"客户{i}", f"1380013{i:04d}"] for i in range(5)])
    _load_and_check(qtbot, dialog, path)
    go = threading.Event()
    report = customer_io_jobs.Job.report

    def held_report(job, done: int, total: int) -> None:
        go.wait(WAIT / 1000)  # the worker waits here until the person has pressed Cancel
        report(job, done, total)

    monkeypatch.setattr(customer_io_jobs.Job, "report", held_report)
    dialog.import_button.click()
    dialog.job.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel button
    go.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT)
    assert dialog.summary.text() == "Cancelled: nothing was imported."
    assert Customer.select().count() == 0
    assert dialog.import_button.isEnabled()


def test_a_user_without_the_permission_is_refused(qtbot, sqlite_services, admin, tmp_path):
    dialog = CustomerImportDialog(sqlite_services, actor_without(admin, "data.import_export"))
    qtbot.addWidget(dialog)
    dialog.load_file(simple_workbook(tmp_path / "p.xlsx", [["张三", "13800138000"]]))
    qtbot.waitUntil(lambda: dialog.data is not None and dialog.job is None, timeout=WAIT)
    qtbot.waitUntil(lambda: "Import and export data" in dialog.summary.text(), timeout=WAIT)
    assert dialog.summary.property("error") is True
    assert dialog.plan is None


def test_a_file_that_is_no_workbook_is_refused_in_the_dialog(qtbot, dialog, tmp_path):
    junk = tmp_path / "junk.xlsx"
    junk.write_text("no", encoding="utf-8")
    dialog.load_file(junk)
    assert "cannot be read as an Excel workbook" in dialog.summary.text()
    assert dialog.data is None and not dialog.import_button.isEnabled()


def test_open_import_asks_for_a_file(qtbot, sqlite_services, admin, monkeypatch):
    from yuntian.ui.common import file_dialogs

    asked: list[str] = []

    def fake_open(*args, **kwargs):
        asked.append("open")
        return "", ""

    monkeypatch.setattr(file_dialogs.QFileDialog, "getOpenFileName", fake_open)
    dialog = open_import(None, sqlite_services, admin)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: asked == ["open"])
    assert dialog.isVisible() and dialog.data is None


def test_the_export_action_writes_the_list(qtbot, sqlite_services, admin, tmp_path):
    for i in range(3):
        new_customer(sqlite_services, admin, f"客户{i}", f"1390013900{i}")
    out = tmp_path / "list"
    job = export_customers(None, sqlite_services, admin, CustomerFilter(), "name", path=out)
    qtbot.waitUntil(lambda: job.done, timeout=WAIT)
    assert job.result == 3
    rows = list(load_workbook(tmp_path / "list.xlsx").active.iter_rows(values_only=True))
    assert [r[1] for r in rows[1:]] == ["客户0", "客户1", "客户2"]
    box = job.message_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == f"Customers exported: 3. File: {tmp_path / 'list.xlsx'}"
    box.close()


def test_the_export_action_reports_a_refusal(qtbot, sqlite_services, admin, tmp_path):
    refused = actor_without(admin, "data.import_export")
    job = export_customers(
        None, sqlite_services, refused, CustomerFilter(), path=tmp_path / "r.xlsx"
    )
    qtbot.waitUntil(lambda: job.done, timeout=WAIT)
    box = job.message_box
    assert box is not None and box.isVisible()
    assert "Import and export data" in box.text()
    box.close()
    assert not (tmp_path / "r.xlsx").exists()


def test_the_customers_page_offers_import_and_export_to_those_allowed(
    qtbot, sqlite_services, admin, tmp_path, monkeypatch
):
    from yuntian.ui.common import file_dialogs
    from yuntian.ui.customers.customers_page import CustomersPage

    for i in range(2):
        new_customer(sqlite_services, admin, f"客户{i}", f"1390013900{i}")
    page = CustomersPage(sqlite_services, admin)
    qtbot.addWidget(page)
    assert page.import_action.isVisible() and page.export_action.isVisible()
    out = tmp_path / "page.xlsx"
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.export_action.trigger()
    qtbot.waitUntil(out.exists, timeout=WAIT)
    assert len(list(load_workbook(out).active.iter_rows())) == 3

    refused = CustomersPage(sqlite_services, actor_without(admin, "data.import_export"))
    qtbot.addWidget(refused)
    assert not refused.import_action.isVisible() and not refused.export_action.isVisible()
