"""The lines table at the keyboard: the matches pop up as a code or name is typed, Enter or Tab
takes one, Enter in the quantity adds the line; Delete removes, Insert goes back to the part
box; the amounts add up; a bad cell is refused naming its line."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QVBoxLayout

from tests.support.part_helpers import main_store, stock_in
from yuntian.services.common.errors import ValidationError
from yuntian.ui.parts.part_lines import LineMode, PartLines


def type_text(widget, text: str) -> None:
    for char in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        )


@pytest.fixture
def make_lines(qtbot, sqlite_services, admin):
    def make(mode: LineMode) -> tuple[QDialog, PartLines]:
        window = QDialog()
        lines = PartLines(sqlite_services, admin, mode)
        QVBoxLayout(window).addWidget(lines)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        lines.set_place(main_store())
        return window, lines

    return make


def test_the_matches_pop_up_and_one_is_chosen_from_the_list(
    make_lines, qtbot, sqlite_services, admin, capacitor, remote
):
    stock_in(sqlite_services, admin, (remote, 7))
    window, lines = make_lines(LineMode.PLAIN)
    lines.search.setFocus()
    type_text(lines.search, "BJ")
    popup = lines.completer.popup()
    assert popup.isVisible()
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == [
        "BJ001 启动电容 35uF 450V  (on hand 0)",
        "BJ002 空调遥控器 通用型  (on hand 7)",
    ]
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert lines.search.text() == "BJ002"
    assert window.focusWidget() in (lines.quantity, lines.quantity.lineEdit())
    QTest.keyClick(lines.quantity, Qt.Key.Key_Return)
    assert lines.lines()[0].part_id == remote and lines.lines()[0].quantity == 1


def test_tab_takes_the_best_match_and_delete_and_insert_work_on_the_table(
    make_lines, capacitor, remote
):
    window, lines = make_lines(LineMode.PLAIN)
    lines.search.setFocus()
    type_text(lines.search, "遥控")
    lines.completer.popup().hide()
    QTest.keyClick(lines.search, Qt.Key.Key_Tab)
    assert window.focusWidget() in (lines.quantity, lines.quantity.lineEdit())
    assert lines.picked_label.text().startswith("BJ002 空调遥控器")
    lines.quantity.setValue(3)
    QTest.keyClick(lines.quantity, Qt.Key.Key_Enter)
    lines.search.setText("BJ001")
    lines.add_typed()
    assert [(x.part_id, x.quantity) for x in lines.lines()] == [(remote, 3), (capacitor, 1)]

    lines.table.setFocus()
    lines.choose_row(0)
    QTest.keyClick(lines.table, Qt.Key.Key_Delete)
    assert [x.part_id for x in lines.lines()] == [capacitor]
    QTest.keyClick(lines.table, Qt.Key.Key_Insert)
    assert window.focusWidget() is lines.search


def test_prices_default_to_the_sale_price_and_the_amounts_add_up(
    make_lines, sqlite_services, admin, capacitor, remote
):
    _window, lines = make_lines(LineMode.PRICE)
    for choice in sqlite_services.part_lookup.by_ids(admin, [capacitor, remote]):
        lines.add(choice, 2)
    assert lines.total() == Decimal("130.00")  # 2 x 25.00 + 2 x 40.00
    assert lines.total_label.text() == "2 lines, 4 pieces, amount 130.00"
    lines.table.item(1, 6).setText("35.5")
    assert lines.lines()[1].unit_price == Decimal("35.5") and lines.total() == Decimal("121.00")
    assert lines.has_changes()

    lines.table.item(1, 5).setText("")
    with pytest.raises(ValidationError) as refused:
        lines.lines()
    assert (refused.value.field, refused.value.params["line"]) == ("lines", 2)
    assert lines.total() is None and lines.count() == 2
