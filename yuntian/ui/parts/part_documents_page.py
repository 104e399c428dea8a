"""备件单据: every parts document, newest first, filtered by kind, period and a piece of the code,
supplier or note; new stock-ins, issues, returns, transfers, scraps and stocktakes
(parts.manage), the document to read (Enter), its reversal (冲销, parts.manage) and the audit
(审核 / 取消审核, audit.process). The page follows the change bus (other PCs' documents, the
completion of a service order consuming parts)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.changes import Area
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.parts.part_types import (
    DocKind,
    DocState,
    DocumentFilter,
    DocumentView,
)
from yuntian.ui.common.document_actions import exec_dialog, reason_dialog, run_or_show
from yuntian.ui.common.filter_bar import ALL, FilterBar
from yuntian.ui.common.list_columns import PAGE_SIZE
from yuntian.ui.common.list_page import ListPage, StatusTexts
from yuntian.ui.common.message_boxes import ask_yes_no, show_error
from yuntian.ui.common.page_actions import page_action, text_toolbar
from yuntian.ui.parts import part_documents_model as cols
from yuntian.ui.parts.part_document_dialog import PartDocumentDialog
from yuntian.ui.parts.part_document_view import PartDocumentViewDialog
from yuntian.ui.parts.part_document_words import kind_label
from yuntian.ui.parts.part_documents_model import DocumentFetch, PartDocumentListModel
from yuntian.ui.parts.stocktake_dialog import StocktakeDialog

COLUMN_SAMPLES = {
    cols.DATE: "2026-11-27",
    cols.CODE: "RK202611270001",
    cols.SOURCE: "售后人员：欧阳明月",
    cols.TARGET: "SH202611270001",
    cols.COST: "123,456.00",
    cols.PRICE: "123,456.00",
}
SEARCH_DELAY_MS = 300
NEW_KINDS = (DocKind.STOCK_IN, DocKind.ISSUE, DocKind.RETURN, DocKind.TRANSFER, DocKind.SCRAP)
FILTER_KINDS = (*NEW_KINDS, DocKind.CONSUME, DocKind.ADJUST, DocKind.REVERSE)
# What prints on a form (a reversal on its original's, titled as one); part_print tells the rest.
PRINTABLE = (DocKind.STOCK_IN, DocKind.ISSUE, DocKind.SCRAP, DocKind.REVERSE)


class PartDocumentFilterBar(FilterBar):
    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = self._period(today, "partDocumentPeriod")
        self.kind = self._combo("partDocumentKind", 8)
        self.kind.addItem(self.tr("All kinds"), ALL)
        for kind in FILTER_KINDS:
            self.kind.addItem(kind_label(kind), kind.value)
        self.text = QLineEdit()
        self.text.setObjectName("partDocumentSearch")
        self.text.setPlaceholderText(self.tr("Code, supplier or note"))
        self.text.setClearButtonEnabled(True)
        self.text.setMaximumWidth(220)
        self.clear_button = self._clear_button("clearPartDocumentFilters")
        layout = self._row()
        self._add_period(layout, self.tr("&Date:"))
        self._add_captioned(
            layout, [(self.tr("&Kind:"), self.kind), (self.tr("&Search:"), self.text)]
        )
        layout.addStretch(1)
        layout.addWidget(self.clear_button)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.changed)
        self.text.textChanged.connect(lambda _text: self._typing.start())
        self.period.changed.connect(self.changed)
        self.kind.currentIndexChanged.connect(self.changed)

    def filter(self) -> DocumentFilter:
        span = self.period.range()
        kind = self.kind.currentData()
        return DocumentFilter(
            kind=DocKind(kind) if kind not in (None, ALL) else None,
            date_from=span[0] if span else None,
            date_to=span[1] if span else None,
            text=self.text.text().strip(),
        )

    def clear(self) -> None:
        from yuntian.ui.common.periods import ANY_TIME

        for widget in (self.kind, self.text, self.period.combo):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(0)
        self.text.clear()
        self.period.set_preset(ANY_TIME)
        for widget in (self.kind, self.text, self.period.combo):
            widget.blockSignals(False)
        self._typing.stop()
        self.changed.emit()


class PartDocumentsPage(ListPage):
    watched = (Area.PARTS,)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(services, actor, parent)
        self.setObjectName("partDocumentsPage")
        self.filters = PartDocumentFilterBar(services.clock().date(), self)
        model = PartDocumentListModel(self.runner(), page_size=page_size, parent=self)
        self._set_up_list(
            model,
            "partDocumentTable",
            "partDocumentStatus",
            stretch=cols.NOTE,
            samples=COLUMN_SAMPLES,
        )
        self._build_actions()
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.toolbar)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.filters.changed.connect(self.reload)
        self._listen()
        self.reload()

    # --- actions ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        make = partial(page_action, self, self.table)
        texts = {
            DocKind.STOCK_IN: (self.tr("New &stock-in…"), ["Ctrl+N"]),
            DocKind.ISSUE: (self.tr("New &issue…"), ["Ctrl+I"]),
            DocKind.RETURN: (self.tr("New &return…"), []),
            DocKind.TRANSFER: (self.tr("New &transfer…"), []),
            DocKind.SCRAP: (self.tr("New scra&p…"), []),
        }
        self.new_actions = {
            kind: make(text, partial(self.new_document, kind), keys)
            for kind, (text, keys) in texts.items()
        }
        self.stocktake_action = make(self.tr("New stoc&ktake…"), self.stocktake)
        self.open_action = make(
            self.tr("&Open"), self.open_document, ["Return", "Enter"], on_table=True
        )
        self.open_action.setToolTip(self.tr("Show the chosen document with its lines (Enter)"))
        self.reverse_action = make(self.tr("Re&verse…"), self.reverse)
        self.reverse_action.setToolTip(
            self.tr("Move every line of the chosen document back by a reversing document")
        )
        self.print_action = make(self.tr("&Print…"), self.print_documents, ["Ctrl+P"])
        self.print_action.setToolTip(
            self.tr("Print the chosen stock-ins, issues and scraps on their forms (Ctrl+P)")
        )
        self.audit_action = make(self.tr("&Audit"), self.audit)
        self.unaudit_action = make(self.tr("&Un-audit"), self.unaudit)
        self.refresh_action = make(self.tr("Re&fresh"), self.refresh)
        self.refresh_action.setToolTip(self.tr("Read the list again (F5)"))

        menu = QMenu(self)
        for action in (*self.new_actions.values(), self.stocktake_action):
            menu.addAction(action)
        self.new_button = QToolButton()
        self.new_button.setObjectName("newPartDocument")
        self.new_button.setText(self.tr("&New"))
        self.new_button.setMenu(menu)
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        can_manage = self._actor.can("parts.manage")
        self.new_button.setEnabled(can_manage)
        for action in (*self.new_actions.values(), self.stocktake_action):
            action.setEnabled(can_manage)
        self._menu_groups = (
            (self.open_action, self.print_action),
            (self.reverse_action, self.audit_action, self.unaudit_action),
            (self.refresh_action,),
        )
        self.toolbar = text_toolbar(
            (self.new_actions[DocKind.STOCK_IN], self.new_actions[DocKind.ISSUE]),
            (self.open_action, self.print_action, self.reverse_action),
            (self.audit_action, self.unaudit_action),
            (self.refresh_action,),
        )
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self.selected_rows()
        one = chosen[0] if len(chosen) == 1 else None
        self.open_action.setEnabled(one is not None)
        self.print_action.setEnabled(any(r.kind in PRINTABLE for r in chosen))
        can_reverse = (
            one is not None
            and self._actor.can("parts.manage")
            and one.kind not in (DocKind.REVERSE, DocKind.CONSUME)
            and not one.reversed_by_code
        )
        self.reverse_action.setEnabled(can_reverse)
        auditor = self._actor.can("audit.process")
        self.audit_action.setEnabled(auditor and any(r.state is DocState.POSTED for r in chosen))
        self.unaudit_action.setEnabled(auditor and any(r.state is DocState.AUDITED for r in chosen))

    def _activated(self) -> None:
        self.open_document()

    # --- loading ---------------------------------------------------------------------

    def _fetch(self) -> DocumentFetch:
        assert isinstance(self.filters, PartDocumentFilterBar)
        flt = self.filters.filter()
        return lambda after, limit: self._services.part_documents.page(
            self._actor, flt, after, limit
        )

    def _status_texts(self) -> StatusTexts:
        return StatusTexts(
            empty=self.tr("No parts documents yet."),
            filtered=self.tr("No documents match the filters."),
            more=self.tr("{n} documents shown; scroll for more."),
            all=self.tr("{n} documents."),
        )

    def _read_fresh(self, ids: list[int]) -> dict[int, DocumentView]:
        found = {}
        for i in ids:
            try:
                found[i] = self._services.part_documents.get(self._actor, i)
            except ServiceError:
                continue
        return found

    # --- doing -----------------------------------------------------------------------

    def document_dialog(self, kind: DocKind) -> QDialog:
        if kind is DocKind.ADJUST:
            return StocktakeDialog(self._services, self._actor, self)
        return PartDocumentDialog(self._services, self._actor, kind, self)

    def new_document(self, kind: DocKind) -> None:
        dialog = self.document_dialog(kind)
        if exec_dialog(dialog):
            saved = getattr(dialog, "saved", None)
            if saved is not None:
                self.reload(keep=saved.id)

    def stocktake(self) -> None:
        self.new_document(DocKind.ADJUST)

    def open_document(self) -> None:
        row = self.current_record()
        if row is None:
            return
        try:
            fresh = self._services.part_documents.get(self._actor, row.id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        exec_dialog(PartDocumentViewDialog(fresh, self))

    def print_documents(self) -> None:
        from yuntian.ui.printing.part_print import print_part_documents

        ids = [r.id for r in self.selected_rows() if r.kind in PRINTABLE]
        if ids:
            print_part_documents(self._services, self._actor, ids, self)

    def ask_reversal_note(self, row: DocumentView) -> str | None:
        """The note of the reversal, or None when the user gives up (tests answer this)."""
        title = self.tr("Reverse {code}").format(code=row.code)
        text = self.tr(
            "Reverse {kind} {code}? A new document moves every one of its {n} pieces back; "
            "the document itself stays as it is.\n\nWhy (the reversal's note):"
        ).format(kind=kind_label(row.kind), code=row.code, n=row.total_quantity)
        dialog = reason_dialog(self, "reverseNoteDialog", title, text)
        dialog.setOkButtonText(self.tr("Reverse"))
        return dialog.textValue() if exec_dialog(dialog) else None

    def reverse(self) -> None:
        row = self.current_record()
        if row is None:
            return
        note = self.ask_reversal_note(row)
        if note is None:
            return
        done: list[DocumentView] = []
        if run_or_show(
            self,
            lambda: done.append(self._services.part_documents.reverse(self._actor, row.id, note)),
        ):
            self.reload(keep=[done[0].id, row.id])

    def confirm(self, what: str, rows: list[DocumentView]) -> bool:
        """Ask before auditing or un-auditing ``rows`` (tests answer this)."""
        codes = "、".join(r.code for r in rows[:5]) + ("…" if len(rows) > 5 else "")
        if what == "audit":
            title = self.tr("Audit")
            text = self.tr(
                "Audit {n} document(s)? Audited documents are locked; a mistake is then "
                "corrected by reversing.\n{codes}"
            )
        else:
            title = self.tr("Un-audit")
            text = self.tr(
                "Take back the audit of {n} document(s)? This is written to the audit "
                "trail.\n{codes}"
            )
        return ask_yes_no(self, title, text.format(n=len(rows), codes=codes), default_yes=True)

    def audit(self) -> None:
        rows = [r for r in self.selected_rows() if r.state is DocState.POSTED]
        self._batch("audit", rows, self._services.part_documents.audit)

    def unaudit(self) -> None:
        rows = [r for r in self.selected_rows() if r.state is DocState.AUDITED]
        self._batch("unaudit", rows, self._services.part_documents.unaudit)

    def _batch(
        self, what: str, rows: list[DocumentView], work: Callable[[Actor, list[int]], object]
    ) -> None:
        if not rows or not self.confirm(what, rows):
            return
        ids = [r.id for r in rows]
        if run_or_show(self, lambda: work(self._actor, ids)):
            self.changed(ids)
