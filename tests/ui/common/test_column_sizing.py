"""The shared column policy: fixed columns fit header and content, the free-text column takes
the rest but keeps a readable width, widths the user drags are remembered per table."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from yuntian.tools.column_check import squeezed
from yuntian.ui.common.column_sizing import minimum_stretch, size_columns, stretch_column
from yuntian.ui.common.ui_state import set_table_memory, ui_state_at

TIME, FROM, TEXT, STATE = range(4)
ROW = ["2026-10-30 21:19", "刘秋晶 13073333571", "电视没有图像，有声音，请尽快回电", "已处理"]


def message_model(rows: int = 5) -> QStandardItemModel:
    model = QStandardItemModel(0, 4)
    model.setHorizontalHeaderLabels(["时间", "来电人", "留言内容", "状态"])
    for _ in range(rows):
        model.appendRow([QStandardItem(text) for text in ROW])
    return model


@pytest.fixture
def memory(tmp_path):
    settings = ui_state_at(tmp_path / "ui.ini")
    set_table_memory(settings)
    yield settings
    set_table_memory(None)


def table(qtbot, model: QStandardItemModel, width: int, name: str = "messages") -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    qtbot.addWidget(view)
    view.setModel(model)
    size_columns(view, stretch=TEXT)
    view.resize(width, 240)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(1)  # the fit after the rows, on the next turn of the event loop
    return view


def test_a_narrow_table_scrolls_rather_than_cut_the_message(qtbot):
    view = table(qtbot, message_model(), 360)
    header = view.horizontalHeader()
    assert stretch_column(view) == TEXT
    assert header.sectionSize(TEXT) >= minimum_stretch(view)
    assert squeezed(view, "narrow") == []
    assert view.horizontalScrollBar().maximum() > 0


def test_a_wide_table_gives_the_message_all_the_room_left(qtbot):
    view = table(qtbot, message_model(), 1400)
    header = view.horizontalHeader()
    total = sum(header.sectionSize(c) for c in range(4))
    assert total == view.viewport().width()
    assert header.sectionSize(TEXT) > header.sectionSize(FROM)
    assert view.horizontalScrollBar().maximum() == 0
    assert squeezed(view, "wide") == []


def test_columns_grow_as_wider_rows_arrive_and_do_not_shrink(qtbot):
    model = message_model(1)
    view = table(qtbot, model, 900)
    before = view.columnWidth(FROM)
    model.appendRow([QStandardItem(t) for t in ("", "欧阳明月女士 +86 138 0013 8000", "", "")])
    qtbot.waitUntil(lambda: view.columnWidth(FROM) > before)
    model.removeRows(0, model.rowCount())
    qtbot.wait(5)
    assert view.columnWidth(FROM) > before


def test_a_dragged_width_is_kept_and_remembered(qtbot, memory):
    view = table(qtbot, message_model(), 900)
    view.horizontalHeader().resizeSection(FROM, 300)  # as the mouse does
    model = view.model()
    assert isinstance(model, QStandardItemModel)
    model.appendRow([QStandardItem(t) for t in ("", "x" * 80, "", "")])  # rows keep coming
    qtbot.wait(5)
    assert view.columnWidth(FROM) == 300

    again = table(qtbot, message_model(), 900)  # the next session, same table
    assert again.columnWidth(FROM) == 300
    other = table(qtbot, message_model(), 900, name="other")
    assert other.columnWidth(FROM) != 300
