"""A new parts document through its dialog: a stock-in typed with the keyboard changes the
store's stock; an issue refused for too little stock names the line and keeps what was typed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.support.part_helpers import main_store, stock_in
from yuntian.db.models import PartStock
from yuntian.services.parts.part_types import DocKind, Place
from yuntian.ui.parts.part_document_dialog import PartDocumentDialog
from yuntian.ui.parts.part_document_words import place_key


def on_hand(part_id: int, place: Place) -> int:
    row = PartStock.get_or_none(
        (PartStock.part == part_id)
        & (PartStock.place_kind == place.kind.value)
        & (PartStock.place_id == place.id)
    )
    return row.quantity if row else 0


@pytest.fixture
def make_dialog(qtbot, sqlite_services, admin):
    def make(kind: DocKind) -> PartDocumentDialog:
        dialog = PartDocumentDialog(sqlite_services, admin, kind)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog

    return make


def type_text(widget, text: str) -> None:
    """Keys typed (QTest.keyClicks takes ASCII only)."""
    for char in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        )


def type_line(qtbot, dialog: PartDocumentDialog, text: str, quantity: int) -> None:
    """Type a part's code, Enter, the quantity, Enter: as a user at the keyboard does."""
    lines = dialog.lines
    lines.search.setFocus()
    type_text(lines.search, text)
    lines.completer.popup().hide()
    QTest.keyClick(lines.search, Qt.Key.Key_Return)
    assert dialog.focusWidget() in (lines.quantity, lines.quantity.lineEdit())
    lines.quantity.selectAll()
    QTest.keyClicks(lines.quantity, str(quantity))
    QTest.keyClick(lines.quantity, Qt.Key.Key_Return)
    assert dialog.focusWidget() is lines.search and lines.search.text() == ""


def test_a_stock_in_typed_at_the_keyboard_puts_the_parts_in_the_store(
    make_dialog, qtbot, admin, capacitor, remote
):
    dialog = make_dialog(DocKind.STOCK_IN)
    dialog.supplier.setText("美的配件")
    type_line(qtbot, dialog, "BJ001", 10)
    type_line(qtbot, dialog, "遥控", 2)  # by a piece of the name
    type_line(qtbot, dialog, "BJ001", 5)  # the same part again: added to its line
    assert dialog.lines.count() == 2
    dialog.lines.table.item(0, 6).setText("9.5")  # the unit cost as invoiced
    assert dialog.lines.total() == Decimal("172.50")  # 15 x 9.50 + 2 x 15.00
    dialog.note.setFocus()
    QTest.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert dialog.errors.shown() == {}
    assert dialog.result() == dialog.DialogCode.Accepted
    posted = dialog.saved
    assert posted is not None and posted.kind is DocKind.STOCK_IN
    assert (posted.supplier, posted.total_quantity, posted.total_cost) == (
        "美的配件", 17, Decimal("172.50"),
    )  # fmt: skip
    assert (on_hand(capacitor, main_store()), on_hand(remote, main_store())) == (15, 2)


def test_an_issue_refused_for_too_little_stock_names_the_line_and_keeps_it(
    make_dialog, qtbot, sqlite_services, admin, wang, capacitor, remote
):
    stock_in(sqlite_services, admin, (capacitor, 10), (remote, 1))
    dialog = make_dialog(DocKind.ISSUE)
    assert dialog.target is not None
    dialog.target.setCurrentIndex(dialog.target.findData(place_key(Place.tech(wang))))
    type_line(qtbot, dialog, "BJ001", 3)
    type_line(qtbot, dialog, "BJ002", 4)
    assert dialog.lines.table.item(1, 4).text() == "1"  # on hand in the store, shown short
    dialog.note.setText("上门备货")
    dialog.save()

    assert dialog.isVisible() and dialog.saved is None
    message = dialog.errors.shown()["lines"]
    assert message.startswith("Line 2:") and "空调遥控器" in message and "4" in message
    assert [i.row() for i in dialog.lines.table.selectionModel().selectedRows()] == [1]
    assert dialog.lines.count() == 2 and dialog.note.text() == "上门备货"  # nothing lost
    assert on_hand(capacitor, Place.tech(wang)) == 0  # nothing posted

    dialog.lines.table.item(1, 5).setText("1")
    dialog.save()
    assert dialog.saved is not None and dialog.saved.target_name == "王师傅"
    assert (on_hand(capacitor, Place.tech(wang)), on_hand(remote, main_store())) == (3, 0)


def test_a_transfer_to_the_same_place_is_refused_at_the_target(
    make_dialog, sqlite_services, admin, wang, capacitor
):
    stock_in(sqlite_services, admin, (capacitor, 2))
    dialog = make_dialog(DocKind.TRANSFER)
    assert dialog.source is not None and dialog.target is not None
    dialog.target.setCurrentIndex(dialog.source.currentIndex())
    dialog.lines.add(sqlite_services.part_lookup.by_ids(admin, [capacitor])[0], 1)
    dialog.save()
    assert dialog.errors.shown() == {
        "target": "A transfer moves parts to another store or technician."
    }
    assert dialog.saved is None and dialog.lines.count() == 1


def test_a_scrap_carries_its_type_and_handler(make_dialog, sqlite_services, admin, capacitor):
    stock_in(sqlite_services, admin, (capacitor, 2))
    dialog = make_dialog(DocKind.SCRAP)
    dialog.scrap_type.setCurrentText("损坏")
    dialog.scrap_handler.setCurrentText("李经理")
    dialog.lines.add(sqlite_services.part_lookup.by_ids(admin, [capacitor])[0], 2)
    dialog.save()
    assert dialog.saved is not None
    assert (dialog.saved.scrap_type, dialog.saved.scrap_handler) == ("损坏", "李经理")
    assert on_hand(capacitor, main_store()) == 0
