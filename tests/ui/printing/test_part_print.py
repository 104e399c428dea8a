"""Printing parts documents from the UI: ``print_part_documents`` opens the print preview with
the kind's forms (A4 by default, the 80 mm roll beside it), one preview per kind of form, and
says so when nothing chosen has a form."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.helpers import login_admin
from tests.support.part_helpers import main_store, part, post, stock_in
from tests.support.service_order_helpers import staff
from yuntian.services.parts.part_types import DocKind, Place
from yuntian.ui.printing.part_print import print_part_documents
from yuntian.ui.printing.print_dialog import PrintDialog


@pytest.fixture
def docs(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    zhang = Place.tech(staff(services, admin)["张伟"])
    cap = part("BJ001", "启动电容")
    received = stock_in(services, admin, (cap, 10, "8.00"), supplier="美的配件")
    issued = post(services, admin, DocKind.ISSUE, main_store(), zhang, (cap, 4))
    returned = post(services, admin, DocKind.RETURN, zhang, main_store(), (cap, 1))
    return admin, received, issued, returned


def test_a_stock_in_and_an_issue_open_one_preview_each(qtbot, sqlite_services, docs, monkeypatch):
    admin, received, issued, _returned = docs
    seen = []

    def look(dialog):
        qtbot.addWidget(dialog)
        seen.append((dialog.windowTitle(), dialog.selected_form().name, dialog.job.slips[0]))
        forms = [dialog.forms.itemData(i) for i in range(dialog.forms.count())]
        assert forms == ["A4", "80mm"]
        return 0

    monkeypatch.setattr(PrintDialog, "exec", look)  # modal: each preview as it opens
    dialogs = print_part_documents(sqlite_services, admin, [received.id, issued.id])
    assert [type(d) for d in dialogs] == [PrintDialog, PrintDialog]
    (title_in, form_in, slip_in), (title_issue, _form, slip_issue) = seen
    assert received.code in title_in and form_in == "A4"
    assert "入库单" in slip_in and "美的配件" in slip_in and "80.00" in slip_in
    assert issued.code in title_issue and "领用出库单" in slip_issue and "张伟" in slip_issue
    dialogs[0].forms.setCurrentIndex(1)
    assert dialogs[0].job.paper.key == "80mm" and "10个 × 8.00 = 80.00" in dialogs[0].job.slips[0]


def test_documents_without_a_form_are_refused_with_a_word(
    qtbot, sqlite_services, docs, monkeypatch
):
    admin, _received, _issued, returned = docs
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    assert print_part_documents(sqlite_services, admin, [returned.id]) == []
    assert told and "stock-ins, issues and scraps" in told[0]


def test_the_form_designer_offers_the_parts_forms_and_their_fields(qtbot, sqlite_services):
    from yuntian.ui.printing.print_template_editor import PrintTemplateEditor

    editor = PrintTemplateEditor(sqlite_services, login_admin(sqlite_services), "part_scrap")
    qtbot.addWidget(editor)
    kinds = [editor.kind.itemData(i) for i in range(editor.kind.count())]
    assert kinds[-3:] == ["part_in", "part_issue", "part_scrap"]
    assert editor.kind.currentData() == "part_scrap"
    assert [editor.form_list.item(i).text() for i in range(editor.form_list.count())][:2] == [
        "A4 sheet (210 × 297 mm) (default)",
        "Receipt roll 80 mm",
    ]
