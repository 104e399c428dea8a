"""The date field: empty or today to start, the day typed the short ways, a calendar to pick
from, and a plain message at the field for text that is no day."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtTest import QTest

from tests.helpers import login_admin
from tests.support.sale_helpers import customer
from yuntian.services.common.errors import ValidationError
from yuntian.ui.common.date_input import DateInput
from yuntian.ui.service_orders.service_order_editor import ServiceOrderEditor
from yuntian.ui.service_orders.service_order_form import OUTSIDE

MAY_DAY = dt.date(2025, 5, 1)


@pytest.fixture
def field(qtbot):
    def make(**options) -> DateInput:
        box = DateInput("testDate", **options)
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        return box

    return make


def type_day(box: DateInput, text: str) -> None:
    box.line.setFocus()
    box.line.selectAll()
    QTest.keyClick(box.line, Qt.Key.Key_Delete)
    QTest.keyClicks(box.line, text)
    QTest.keyClick(box.line, Qt.Key.Key_Return)


@pytest.mark.parametrize("typed", ["2025-05-01", "20250501", "2025/5/1", "2025.5.1"])
def test_a_day_typed_the_short_way_is_read_and_shown_the_one_way(field, typed):
    box = field()
    assert box.text() == "" and box.value() is None  # an optional date starts empty
    edits: list[None] = []
    box.edited.connect(lambda: edits.append(None))
    type_day(box, typed)
    assert box.value() == MAY_DAY and box.read("day") == MAY_DAY
    assert box.text() == "2025-05-01" and not box.error.isVisible()
    assert len(edits) == 1
    type_day(box, "2025-05-01")  # the same day again is no edit
    assert len(edits) == 1


def test_text_that_is_no_day_is_said_at_the_field(field):
    box = field()
    type_day(box, "2025-13-01")
    assert box.error.isVisible() and "2025-13-01" in box.error.text()
    assert "20250501" in box.error.text()  # says how to type it
    assert box.value() is None and box.text() == "2025-13-01"  # kept to correct
    with pytest.raises(ValidationError) as refused:
        box.read("purchase_date")
    assert refused.value.field == "purchase_date"
    assert not box.error.isVisible()  # the form says it under the field now, once
    type_day(box, "2025/5/1")
    assert box.value() == MAY_DAY and not box.error.isVisible()


def test_a_required_date_may_not_be_emptied(field):
    box = field(required=True)
    box.set_value(MAY_DAY)
    type_day(box, "")
    assert box.error.isVisible() and box.value() is None
    with pytest.raises(ValidationError):
        box.read("sale_date")


def test_the_calendar_opens_at_the_day_or_the_fallback_and_picking_sets_it(field, qtbot):
    box = field()
    box.set_value(None, fallback=dt.date(2026, 3, 15))
    box.line.setFocus()
    QTest.keyClick(box.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert box.calendar is not None and box.calendar.isVisible()
    assert box.calendar.selectedDate().toPython() == dt.date(2026, 3, 15)
    edits: list[None] = []
    box.edited.connect(lambda: edits.append(None))
    box.calendar.clicked.emit(QDate(2026, 3, 20))
    assert box.value() == dt.date(2026, 3, 20) and box.text() == "2026-03-20"
    assert not box.calendar.isVisible() and len(edits) == 1
    box.button.click()
    assert box.calendar.selectedDate().toPython() == dt.date(2026, 3, 20)


def test_a_read_only_date_neither_types_nor_opens(field):
    box = field()
    box.set_value(MAY_DAY)
    box.set_read_only()
    box.open_calendar()
    assert box.calendar is None or not box.calendar.isVisible()
    assert box.line.isReadOnly() and not box.button.isEnabled()


def test_the_purchase_date_of_a_product_not_bought_here_starts_empty_and_takes_typing(
    qtbot, sqlite_services
):
    services = sqlite_services
    admin = login_admin(services)
    editor = ServiceOrderEditor(services, admin, customer_id=customer(services, admin))
    qtbot.addWidget(editor)
    editor.show()
    f = editor.form
    f.product.setCurrentIndex(f.product.findData(OUTSIDE))
    assert f.purchase_date.text() == "" and f.purchase_date.value() is None  # not 2000-01-01
    f.purchase_date.open_calendar()  # a few clicks back from the order's day, not from 2000
    assert f.purchase_date.calendar.selectedDate().toPython() == services.clock().date()
    f.purchase_date.calendar.parentWidget().hide()
    f.fault.setPlainText("不制冷")
    f.model.lineEdit().setText("格力 KFR-35GW")
    type_day(f.purchase_date, "2025/13/1")
    editor.save()
    assert list(editor.errors.shown()) in (["purchase_date"], ["product_model"])
    type_day(f.purchase_date, "20250501")
    assert f.purchase_date.value() == MAY_DAY


def test_an_appointment_is_typed_as_a_day_and_a_time_or_left_empty(qtbot, sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    editor = ServiceOrderEditor(services, admin, customer_id=customer(services, admin))
    qtbot.addWidget(editor)
    editor.show()
    f = editor.form
    assert f.appointment.value() is None and f.appointment.date.text() == ""  # none made yet
    assert f.appointment.time.time().toString("HH:mm") == "09:00"  # where a time starts
    f.product.setCurrentIndex(f.product.findData(0))  # no product
    f.fault.setPlainText("不制冷")
    type_day(f.appointment.date, "2026/12/1")
    f.appointment.time.setTime(QTime(14, 30))
    assert f.appointment.value() == dt.datetime(2026, 12, 1, 14, 30)
    assert editor.save()
    assert editor.saved_order.appointment_at == dt.datetime(2026, 12, 1, 14, 30)


def test_every_date_field_is_the_shared_one():
    """Qt's own date boxes take typed digits section by section and cannot be empty: a date
    field anywhere else than yuntian/ui/common/date_input.py is a step back."""
    import re
    from pathlib import Path

    import yuntian.ui

    root = Path(yuntian.ui.__file__).parent
    own = re.compile(r"\bQ(DateEdit|DateTimeEdit|CalendarWidget)\b")
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if path.name != "date_input.py" and own.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
