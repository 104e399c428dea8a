"""备件单据: the documents newest first, filtered by kind and text; the model pages by key;
reversing and auditing from the page; a stocktake posts only what differs."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QAbstractItemModelTester

from tests.helpers import actor_without
from tests.support.part_helpers import main_store, part, post, stock_in
from yuntian.db.models import PartStock
from yuntian.services.parts.part_types import DocKind, DocState, DocumentFilter, Place
from yuntian.ui.parts import part_documents_model as cols
from yuntian.ui.parts.part_document_view import PartDocumentViewDialog
from yuntian.ui.parts.part_documents_model import PartDocumentListModel
from yuntian.ui.parts.part_documents_page import PartDocumentsPage
from yuntian.ui.parts.stocktake_dialog import StocktakeDialog


def on_hand(part_id: int, place: Place) -> int:
    row = PartStock.get_or_none(
        (PartStock.part == part_id)
        & (PartStock.place_kind == place.kind.value)
        & (PartStock.place_id == place.id)
    )
    return row.quantity if row else 0


@pytest.fixture
def make_page(qtbot, sqlite_services):
    def make(actor, **kwargs) -> PartDocumentsPage:
        page = PartDocumentsPage(sqlite_services, actor, **kwargs)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: not page.busy())
        return page

    return make


def shown(page: PartDocumentsPage, column: int) -> list[str]:
    model = page.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def settle(qtbot, page: PartDocumentsPage) -> None:
    qtbot.wait(5)  # the bus and the filter's typing pause
    qtbot.waitUntil(lambda: not page.busy())


def test_newest_first_filtered_by_kind_and_text(
    make_page, qtbot, sqlite_services, admin, wang, capacitor, clock
):
    first = stock_in(sqlite_services, admin, (capacitor, 10), supplier="美的配件")
    clock.advance(days=1)
    issued = post(
        sqlite_services, admin, DocKind.ISSUE, main_store(), Place.tech(wang), (capacitor, 3)
    )
    page = make_page(admin)
    assert shown(page, cols.CODE) == [issued.code, first.code]
    assert shown(page, cols.TARGET) == ["王师傅", "总仓库"]
    assert shown(page, cols.SOURCE)[1] == "Supplier"

    filters = page.filters
    filters.kind.setCurrentIndex(filters.kind.findData(DocKind.STOCK_IN.value))
    settle(qtbot, page)
    assert shown(page, cols.CODE) == [first.code]
    filters.kind.setCurrentIndex(0)
    filters.text.setText("美的")
    qtbot.waitUntil(lambda: shown(page, cols.CODE) == [first.code])
    filters.clear()
    settle(qtbot, page)
    assert page.model.rowCount() == 2


def test_a_document_posted_elsewhere_appears(make_page, qtbot, sqlite_services, admin, capacitor):
    page = make_page(admin)
    assert page.model.rowCount() == 0
    posted = stock_in(sqlite_services, admin, (capacitor, 1))
    qtbot.waitUntil(lambda: shown(page, cols.CODE) == [posted.code])


def test_the_model_pages_by_key_and_passes_the_model_tester(
    qtlog, sqlite_services, admin, capacitor, clock
):
    for i in range(13):
        clock.advance(days=i % 3)
        stock_in(sqlite_services, admin, (capacitor, 1))
    flt = DocumentFilter()
    expected = [d.id for d in sqlite_services.part_documents.page(admin, flt, limit=100)]
    model = PartDocumentListModel(page_size=4, cached_pages=2)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    tester.setUseFetchMore(False)
    model.set_fetch(
        lambda after, limit: sqlite_services.part_documents.page(admin, flt, after, limit)
    )
    while model.canFetchMore():
        model.fetchMore()
    assert [model.id_at(r) for r in range(model.rowCount())] == expected
    assert model.cached_rows() == 8
    assert model.document(1).id == expected[1]  # a dropped page read again
    assert not [r.message for r in qtlog.records if "FAIL" in r.message]


def test_reverse_asks_for_a_note_and_moves_the_parts_back(
    make_page, qtbot, sqlite_services, admin, capacitor, monkeypatch
):
    posted = stock_in(sqlite_services, admin, (capacitor, 4))
    page = make_page(admin)
    monkeypatch.setattr(page, "ask_reversal_note", lambda row: None)  # gave up
    page.reverse()
    assert on_hand(capacitor, main_store()) == 4

    monkeypatch.setattr(page, "ask_reversal_note", lambda row: "供应商发错货")
    assert page.reverse_action.isEnabled()
    page.reverse()
    settle(qtbot, page)
    assert on_hand(capacitor, main_store()) == 0
    assert shown(page, cols.KIND)[0] == f"Reversal of {posted.code}"
    reversal = sqlite_services.part_documents.page(admin, DocumentFilter(), limit=1)[0]
    assert reversal.note == "供应商发错货"
    page.select_ids([posted.id])
    assert not page.reverse_action.isEnabled()  # reversed once is enough


def test_audit_and_unaudit_from_the_page(
    make_page, qtbot, sqlite_services, admin, capacitor, monkeypatch
):
    posted = stock_in(sqlite_services, admin, (capacitor, 1))
    page = make_page(admin)
    monkeypatch.setattr(page, "confirm", lambda what, rows: True)
    page.select_ids([posted.id])
    page.audit()
    assert sqlite_services.part_documents.get(admin, posted.id).state is DocState.AUDITED
    assert shown(page, cols.STATE) == ["Audited"]
    assert page.unaudit_action.isEnabled() and not page.audit_action.isEnabled()
    page.unaudit()
    assert sqlite_services.part_documents.get(admin, posted.id).state is DocState.POSTED

    clerk = make_page(actor_without(actor_without(admin, "audit.process"), "parts.manage"))
    clerk.select_ids([posted.id])
    assert not clerk.audit_action.isEnabled() and not clerk.reverse_action.isEnabled()
    assert not clerk.new_button.isEnabled()


def test_open_shows_the_document_with_its_lines(make_page, sqlite_services, admin, capacitor):
    posted = stock_in(sqlite_services, admin, (capacitor, 6, "7.50"), supplier="格力配件")
    view = PartDocumentViewDialog(sqlite_services.part_documents.get(admin, posted.id))
    assert view.table.rowCount() == 1
    assert [view.table.item(0, c).text() for c in (0, 4, 5, 6)] == ["BJ001", "6", "7.5000", "45.00"]
    assert "45.00" in view.totals.text()
    view.deleteLater()


def test_a_stocktake_posts_what_differs_and_says_when_nothing_does(
    qtbot, sqlite_services, admin, capacitor, remote
):
    stock_in(sqlite_services, admin, (capacitor, 5), (remote, 2))
    dialog = StocktakeDialog(sqlite_services, admin, place=main_store())
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.table.item(r, 4).text() for r in range(2)] == ["5", "2"]  # by code
    dialog.set_count(0, 5)
    dialog.save()
    assert dialog.nothing_differs and dialog.outcome.isVisible()
    assert (
        dialog.outcome.text() == "Nothing differs from the book: nothing was posted."
        and dialog.saved is None
    )

    dialog.set_count(1, 1)
    assert dialog.table.item(1, 6).text() == "-1"
    found = part("BJ003", "排水泵")  # on the shelf, not in the book
    dialog.find.setText("BJ003")
    dialog.add_part()
    assert dialog.table.item(2, 0).text() == "BJ003" and dialog.table.item(2, 4).text() == "0"
    dialog.set_count(2, 2)
    dialog.save()
    assert dialog.saved is not None and dialog.saved.kind is DocKind.ADJUST
    assert (on_hand(capacitor, main_store()), on_hand(remote, main_store())) == (5, 1)
    assert on_hand(found, main_store()) == 2
    assert sorted(line.counted for line in dialog.saved.lines) == [1, 2]


def test_print_sends_the_chosen_printable_documents_to_their_forms(
    make_page, sqlite_services, admin, capacitor, monkeypatch
):
    from yuntian.ui.printing import part_print

    received = stock_in(sqlite_services, admin, (capacitor, 4))
    branch = Place.store(sqlite_services.part_catalogue.create_store(admin, "北仓").id)
    moved = post(sqlite_services, admin, DocKind.TRANSFER, main_store(), branch, (capacitor, 1))
    printed: list[list[int]] = []
    monkeypatch.setattr(
        part_print, "print_part_documents", lambda s, a, ids, parent=None: printed.append(ids)
    )
    page = make_page(admin)
    page.select_ids([moved.id])
    assert not page.print_action.isEnabled()  # a transfer has no form
    page.select_ids([moved.id, received.id])
    assert page.print_action.isEnabled()
    page.print_action.trigger()
    assert printed == [[received.id]]
