"""The call log page (来电日志): lazy keyed paging, filters, live calls, actions, delete, export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtTest import QAbstractItemModelTester, QTest

from tests.helpers import actor_without, login_admin
from tests.support.call_log_ui import bulk_calls, place_call
from tests.support.customer_ui import new_customer, wait_for_workers
from yuntian.db.models import Call
from yuntian.phone_numbers import display_number
from yuntian.services.calls.call_types import CallFilter
from yuntian.services.common.errors import PermissionDenied
from yuntian.ui.calls import call_texts as cols
from yuntian.ui.calls.call_filters import CallFilterBar, digit_count
from yuntian.ui.calls.call_log_model import CallLogModel
from yuntian.ui.calls.call_log_page import CallLogPage
from yuntian.ui.common.styles import ERROR_COLOUR
from yuntian.ui.shell.pages import default_pages


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def make_page(qtbot, sqlite_services):
    def make(actor, **kwargs) -> CallLogPage:
        page = CallLogPage(sqlite_services, actor, **kwargs)
        qtbot.addWidget(page)
        page.resize(1100, 600)
        page.show()
        qtbot.waitExposed(page)
        settle(page)
        return page

    yield make
    wait_for_workers()


def settle(page: CallLogPage) -> None:
    for _ in range(1000):
        if not page.busy():
            return
        QTest.qWait(10)
    raise AssertionError("the call log did not settle")


def column(page: CallLogPage, col: int) -> list[str]:
    settle(page)
    model = page.model
    return [model.data(model.index(row, col)) for row in range(model.rowCount())]


def select_rows(page: CallLogPage, rows: list[int]) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_the_log_is_third_in_the_navigation_and_open_to_everyone(qtbot):
    specs = default_pages()
    assert [s.key for s in specs[:3]] == ["home", "customers", "calls"]
    assert specs[2].permission is None and specs[2].title == "Call log"


def test_model_passes_the_model_tester_while_paging(qtbot, qtlog, sqlite_services, admin):
    ids = bulk_calls(sqlite_services, 450)
    calls = sqlite_services.calls
    model = CallLogModel(cached_pages=2)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    tester.setUseFetchMore(False)  # the tester's own fetchMore during a reset misfires
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.set_fetch(lambda after, limit: calls.page(admin, CallFilter(), after, limit))
    assert model.rowCount() == 200 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    calls.delete(admin, [ids[5]])
    model.remove_ids([ids[5]])

    assert not [r.message for r in qtlog.records if "FAIL" in r.message]
    assert inserted == [(200, 399), (400, 449)]  # the first page came with the reset
    assert model.rowCount() == 449 and model.call_id(5) == ids[6]


def test_model_pages_through_thousands_of_calls_once_newest_first(sqlite_services, admin):
    ids = bulk_calls(sqlite_services, 3_000)
    calls = sqlite_services.calls
    model = CallLogModel(cached_pages=3)
    asked: list[int] = []

    def fetch(after, limit):
        asked.append(limit)
        return calls.page(admin, CallFilter(), after, limit)

    model.set_fetch(fetch)
    while model.canFetchMore():
        model.fetchMore()
    assert len(asked) == 16  # 15 pages of 200, and the empty one that says it was all
    assert [model.call_id(row) for row in range(model.rowCount())] == ids
    # Three pages of rows are held, not 3,000; a page dropped is read again by key, unchanged.
    assert model.cached_rows() == 600
    assert model.row(250) == calls.get(admin, ids[250])
    assert model.row(1_050) == calls.get(admin, ids[1_050])
    assert model.row(0) == calls.get(admin, ids[0])
    assert len(asked) == 19  # one read per page shown again
    assert model.cached_rows() == 600


class QueuedRunner:
    """Answers come back when the test says so, as from a worker thread."""

    def __init__(self) -> None:
        self.jobs: list = []

    def __call__(self, work, done, failed) -> None:
        self.jobs.append((work, done))

    def run_all(self) -> None:
        results = [(work(), done) for work, done in self.jobs]  # all asked before any answer
        self.jobs.clear()
        for result, done in results:
            done(result)


def test_new_calls_while_pages_are_on_their_way_land_once_each(sqlite_services, admin, clock):
    bulk_calls(sqlite_services, 450)
    calls, runner = sqlite_services.calls, QueuedRunner()
    model = CallLogModel(runner=runner)
    model.set_fetch(lambda after, limit: calls.page(admin, CallFilter(), after, limit))
    model.refresh_top()  # the first page is on its way: it will have the call
    assert len(runner.jobs) == 1
    runner.run_all()
    model.fetchMore()
    first = place_call(sqlite_services, admin, clock, "13512345678")
    model.refresh_top()
    second = place_call(sqlite_services, admin, clock, "13512340000")
    model.refresh_top()  # wanted again once the first refresh is back
    assert len(runner.jobs) == 2
    runner.run_all()
    runner.run_all()
    shown = [model.call_id(r) for r in range(model.rowCount())]
    assert shown[:2] == [second, first] and len(shown) == len(set(shown)) == 402
    assert not model.loading


def test_the_page_shows_the_first_page_then_more_on_scroll(make_page, sqlite_services, admin):
    ids = bulk_calls(sqlite_services, 450)
    page = make_page(admin)
    assert page.model.rowCount() == 200
    assert page.status.text() == "200+ calls, newest first; scroll for more."
    page.table.scrollToBottom()
    settle(page)
    page.table.scrollToBottom()
    settle(page)
    assert page.model.rowCount() == 450
    assert page.status.text() == "450 calls, newest first."
    assert [page.model.call_id(r) for r in range(450)] == ids


def test_columns_say_what_happened_on_each_call(make_page, sqlite_services, admin, clock):
    customer = new_customer(sqlite_services, admin, "张三", "13800138000").customer
    place_call(sqlite_services, admin, clock, "13800138000", talk_seconds=125)
    place_call(sqlite_services, admin, clock, "13912345678", talk_seconds=None, line=2)
    place_call(sqlite_services, admin, clock, "P", direction="in")
    page = make_page(admin)
    model = page.model

    assert column(page, cols.NUMBER) == ["Withheld", "139 1234 5678", "138 0013 8000"]
    assert column(page, cols.CUSTOMER) == ["", "", f"张三 ({customer.code})"]
    assert column(page, cols.STATE) == ["Answered", "Missed", "Answered"]
    assert column(page, cols.DURATION)[2] == "2:05"
    assert column(page, cols.DIRECTION)[0] == "Incoming"
    assert column(page, cols.REGION)[2] == "北京市"
    assert column(page, cols.OPERATOR)[0] == admin.display_name
    missed = model.data(model.index(1, cols.STATE), Qt.ItemDataRole.ForegroundRole)
    assert missed.color() == QColor(ERROR_COLOUR)
    assert model.data(model.index(0, cols.STATE), Qt.ItemDataRole.ForegroundRole) is None
    assert column(page, cols.TIME)[2] == "2026-11-27 09:30"


def test_filters_change_the_rows(make_page, sqlite_services, admin, qtbot):
    bulk_calls(sqlite_services, 300)
    page = make_page(admin)
    bar = page.filters

    bar.line.setCurrentIndex(bar.line.findData(2))
    assert set(column(page, cols.LINE)) == {"售后热线"}
    bar.direction.setCurrentIndex(bar.direction.findData("out"))
    assert set(column(page, cols.DIRECTION)) == {"Outgoing"}
    assert page.model.rowCount() == 20  # i divisible by 3 and by 5, i < 300

    bar.clear()
    bar.missed.setChecked(True)
    assert set(column(page, cols.STATE)) == {"Missed"}
    assert page.model.rowCount() == len([i for i in range(300) if i % 7 == 0 and i % 5])

    bar.clear()
    bar.number.setText("1390000012")  # a fragment of 1390000012x
    settle(page)
    assert sorted(column(page, cols.NUMBER)) == [f"139 0000 {i:04d}" for i in range(120, 130)], (
        page.model.last_error
    )
    assert not bar.number_hint.isVisible()

    bar.number.setText("139")  # too few digits: said, and no number filter
    settle(page)
    assert bar.number_hint.isVisible() and bar.number_hint.text() == "Type at least 4 digits"
    assert page.model.rowCount() == 200 and bar.filter().number == ""

    bar.clear()
    bar.period.set_range(dt.date(2026, 1, 1), dt.date(2026, 1, 1))
    times = column(page, cols.TIME)
    assert times and all(t.startswith("2026-01-01") for t in times)
    assert len(times) == len(range(0, 16 * 60 // 7 + 1))  # 08:00 .. 23:59, every 7 minutes


@given(st.text(max_size=40) | st.from_regex(r"[0-9０-９٠-٩ +()\-]{0,40}", fullmatch=True))
def test_whatever_is_typed_the_bar_hands_the_log_a_number_it_accepts(
    qtbot, sqlite_services, admin, text
):
    bar = CallFilterBar(dt.date(2026, 11, 27))
    bar.number.setText(text)
    bar.apply_number()
    flt = bar.filter()
    assert flt.number == "" or digit_count(flt.number) >= 4
    assert bar.number_hint.isVisibleTo(bar) == (bool(bar.number.text().strip()) and not flt.number)
    sqlite_services.calls.page(admin, flt, None, 5)  # never a ValidationError
    bar.deleteLater()


def test_a_page_opened_for_a_customer_shows_only_theirs_until_cleared(
    make_page, sqlite_services, admin, clock
):
    zhang = new_customer(sqlite_services, admin, "张三", "13800138000").customer
    new_customer(sqlite_services, admin, "李四", "13700137000")
    for number in ("13800138000", "13700137000", "13800138000", "13600136000"):
        place_call(sqlite_services, admin, clock, number)
    page = make_page(admin, customer_id=zhang.id)
    assert page.filters.customer.text() == f"Customer: 张三 ({zhang.code})"
    assert column(page, cols.NUMBER) == ["138 0013 8000", "138 0013 8000"]

    page.filters.customer_clear.click()
    assert len(column(page, cols.NUMBER)) == 4
    assert not page.filters.customer.isVisible()


def test_new_calls_appear_on_top_at_the_top_and_wait_when_scrolled_down(
    make_page, sqlite_services, admin, clock
):
    bulk_calls(sqlite_services, 400)
    page = make_page(admin)
    select_rows(page, [1])
    chosen = page.model.call_id(1)
    first = place_call(sqlite_services, admin, clock, "13512345678")
    page.call_added()
    settle(page)
    assert page.model.call_id(0) == first and page.model.rowCount() == 201
    assert page.selected_ids() == [chosen]  # the selection follows its call down
    assert column(page, cols.NUMBER)[0] == "135 1234 5678"

    page.table.scrollToBottom()
    settle(page)
    second = place_call(sqlite_services, admin, clock, "13512340000")
    page.call_added()
    settle(page)
    assert page.model.call_id(0) == first  # not pushed under the user's eyes
    assert "New calls came in" in page.status.text()
    page.table.scrollToTop()
    settle(page)
    assert page.model.call_id(0) == second
    assert "New calls came in" not in page.status.text()


def test_a_new_call_updates_a_row_shown_while_it_rang(make_page, sqlite_services, admin, clock):
    started = sqlite_services.calls.start(admin, 1, "总机", "in", "13800138000").call_id
    page = make_page(admin)
    assert column(page, cols.STATE) == ["Ringing"]
    clock.advance(seconds=30)
    sqlite_services.calls.ended(admin, started)
    place_call(sqlite_services, admin, clock, "13912345678")
    page.call_added()
    assert column(page, cols.STATE) == ["Answered", "Missed"]
    assert column(page, cols.DURATION) == ["1:05", "0:00"]


def test_open_customer_shows_the_card_or_offers_a_new_customer(
    make_page, sqlite_services, admin, clock
):
    zhang = new_customer(sqlite_services, admin, "张三", "13800138000").customer
    place_call(sqlite_services, admin, clock, "13800138000")
    place_call(sqlite_services, admin, clock, "13912345678")
    place_call(sqlite_services, admin, clock, "P")
    page = make_page(admin)
    cards, asked, entered = [], [], []
    page.show_card = cards.append
    page.ask_new_customer = lambda number: asked.append(number) or True
    page.new_customer = entered.append

    select_rows(page, [2])
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert cards == [zhang.id]
    select_rows(page, [1])
    page.open_customer()
    assert asked == ["13912345678"] and entered == ["13912345678"]
    select_rows(page, [0])
    page.open_customer()
    assert "not sent" in page.status.text() and len(cards) == 1

    # A number that found its customer after it called opens that customer now.
    li = new_customer(sqlite_services, admin, "李四", "13912345678").customer
    select_rows(page, [1])
    page.open_customer()
    assert cards == [zhang.id, li.id]


def test_without_customer_edit_an_unknown_number_is_only_named(
    make_page, sqlite_services, admin, clock
):
    place_call(sqlite_services, admin, clock, "13912345678")
    page = make_page(actor_without(admin, "customer.edit"))
    page.ask_new_customer = lambda _number: pytest.fail("no new customer without customer.edit")
    select_rows(page, [0])
    page.open_customer()
    assert page.status.text() == "No customer has the number 139 1234 5678."


def test_call_back_copies_the_number_and_says_so(make_page, sqlite_services, admin, clock):
    place_call(sqlite_services, admin, clock, "010-62345678")
    place_call(sqlite_services, admin, clock, "P")
    page = make_page(admin)
    select_rows(page, [0])
    assert not page.callback_action.isEnabled()  # a withheld number cannot be called back
    select_rows(page, [1])
    assert page.callback_action.isEnabled()
    page.callback_action.trigger()
    assert QGuiApplication.clipboard().text() == "010-62345678"  # as typed: the phone dials it
    assert page.status.text() == "010-6234 5678 copied to the clipboard: dial it on the phone."


def test_play_recording_opens_the_file_and_is_off_without_one(
    make_page, sqlite_services, admin, clock
):
    with_recording = place_call(sqlite_services, admin, clock, "13800138000")
    sqlite_services.calls.attach_recording(admin, with_recording, "2026/11/a.flac")
    place_call(sqlite_services, admin, clock, "13912345678")
    file = sqlite_services.profile.recordings_dir / "2026" / "11" / "a.flac"
    page = make_page(admin)
    opened: list[QUrl] = []
    page.open_url = lambda url: opened.append(url) or True
    model = page.model
    assert model.data(model.index(1, cols.RECORDING)) == "Recorded"
    assert model.data(model.index(0, cols.RECORDING)) == ""

    select_rows(page, [0])
    assert not page.play_action.isEnabled()
    select_rows(page, [1])
    assert page.play_action.isEnabled()
    page.play_recording()
    assert opened == [] and page.status.text().startswith("The recording is missing")
    file.parent.mkdir(parents=True)
    file.write_bytes(b"fLaC")
    page.play_recording()
    assert opened == [QUrl.fromLocalFile(str(file))]


def test_delete_removes_the_chosen_calls_after_asking(make_page, sqlite_services, admin, clock):
    ids = [place_call(sqlite_services, admin, clock, f"1380013800{i}") for i in range(4)]
    page = make_page(admin)
    answers = [False, True]
    page.confirm_delete = lambda count: answers.pop(0)
    select_rows(page, [0, 2])
    page.delete_action.trigger()
    assert page.model.rowCount() == 4  # said no
    page.delete_action.trigger()
    assert [page.model.call_id(r) for r in range(2)] == [ids[2], ids[0]]
    assert Call.select().count() == 2
    assert page.status.text() == "Calls deleted: 2"


def test_delete_is_hidden_and_refused_without_the_permission(
    make_page, sqlite_services, admin, clock
):
    call = place_call(sqlite_services, admin, clock, "13800138000")
    clerk = actor_without(admin, "call_log.delete")
    page = make_page(clerk)
    assert not page.delete_action.isVisible()
    page.confirm_delete = lambda _count: pytest.fail("nothing to confirm")
    select_rows(page, [0])
    page.delete_selected()
    with pytest.raises(PermissionDenied):
        sqlite_services.calls.delete(clerk, [call])
    assert Call.select().count() == 1


def test_export_writes_the_filtered_log_to_a_real_workbook(
    make_page, sqlite_services, admin, qtbot, tmp_path: Path
):
    bulk_calls(sqlite_services, 60)
    page = make_page(admin)
    page.filters.line.setCurrentIndex(page.filters.line.findData(2))
    settle(page)
    job = page.export_calls(str(tmp_path / "calls"))
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    assert job.result == 20
    assert job.message_box is not None and "Calls exported: 20" in job.message_box.text()
    job.message_box.close()
    sheet = load_workbook(tmp_path / "calls.xlsx", read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 21 and rows[1][1] == 2  # header, then line 2's calls only
    assert display_number(rows[1][4]) == column(page, cols.NUMBER)[0]  # the number as received


def test_export_is_hidden_without_the_permission(make_page, admin):
    page = make_page(actor_without(admin, "data.import_export"))
    assert not page.export_action.isVisible()
    assert page.export_calls("ignored.xlsx") is None
