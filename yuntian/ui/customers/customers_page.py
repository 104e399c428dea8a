"""The customer list page (客户资料): search box, filters, the lazily paged list and the card.

With the search box empty the list pages through ``CustomerService.list_page`` (keyed, sorted by
an indexed column); with text in it, through ``CustomerSearchService.search`` (ranked, offset
pages), asked off the GUI thread a moment after the last key press.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.changes import Area, Changes
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_types import CustomerFilter, CustomerRow, GroupView
from yuntian.ui.common.background import run_in_background
from yuntian.ui.common.change_watch import watch_changes
from yuntian.ui.common.i18n import failure_text
from yuntian.ui.common.message_boxes import ask_yes_no, show_error
from yuntian.ui.common.page_actions import page_action, text_toolbar
from yuntian.ui.common.styles import ERROR_STYLE, HINT_STYLE
from yuntian.ui.customers.customer_card import CustomerCard, card_opener
from yuntian.ui.customers.customer_editor import CustomerEditor
from yuntian.ui.customers.customer_filters import CustomerFilterBar
from yuntian.ui.customers.customer_groups_dialog import CustomerGroupsDialog
from yuntian.ui.customers.customer_list_model import CustomerListModel, PageFetch
from yuntian.ui.customers.customer_list_texts import archived_notice, delete_question, status_text
from yuntian.ui.customers.customer_table import CustomerTable

SEARCH_DELAY_MS = 250
CARD_DELAY_MS = 120  # keyboard scrolling through the list does not load every card on the way


class CustomersPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._generation = 0  # answers (searches, counts) to older questions are dropped
        self.total: int | None = None  # customers the filter lets through, once counted
        self.groups: list[GroupView] = []  # for the filter, the editor and "move to group"
        self.choices_loaded = False
        self._choices_wanted = True
        self._count_wanted: tuple[int, CustomerFilter] | None = None
        self.setObjectName("customersPage")

        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search by name, pinyin initials, phone, code, address, contact… (Ctrl+F)")
        )
        self.filters = CustomerFilterBar(services.clock().date())

        self.model = CustomerListModel(
            lambda ids: services.customers.rows_by_ids(actor, ids),
            lambda cid: services.customers.get(actor, cid).blacklist_reason,
            lambda work, done, failed: self._run(work, done, failed),
            parent=self,
        )
        self.table = CustomerTable(self.model)
        self.table.sort_changed.connect(self.reload)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.open_current())

        self.card = CustomerCard(services, actor)
        self.card.customer_requested.connect(self.show_customer)
        self.card.edit_requested.connect(self.edit_customer)
        self.card.changed.connect(lambda cid: self.model.refresh_ids([cid]))

        self.status = QLabel()
        self.status.setObjectName("customerStatus")
        self._build_actions()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.status)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([680, 400])

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.toolbar)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)

        self._keep: int | None = None  # the customer to choose again after a reload
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self._card_timer = QTimer(self, singleShot=True, interval=CARD_DELAY_MS)
        self._card_timer.timeout.connect(self._show_current_card)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._search_now)
        self.filters.changed.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._card_timer.start())
        self.model.loaded.connect(self._page_loaded)
        self.model.rowsRemoved.connect(self._update_status)
        self.setTabOrder(self.search, self.table)
        self.refresh()
        watch_changes(
            self, services.changes, (Area.CUSTOMERS, Area.CUSTOMER_GROUPS), self._customers_changed
        )

    # --- actions ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        make = partial(page_action, self, self.table)
        can_edit = self._actor.can("customer.edit")
        self.new_action = make(
            self.tr("&New customer…"), self.new_customer, [QKeySequence.StandardKey.New]
        )
        self.new_action.setToolTip(self.tr("Enter a new customer (Ctrl+N)"))
        self.new_action.setVisible(can_edit)
        self.open_action = make(
            self.tr("&Edit…") if can_edit else self.tr("&Open"),
            self.open_current,
            [Qt.Key.Key_Return, Qt.Key.Key_Enter],
            on_table=True,
        )
        self.open_action.setToolTip(self.tr("Change the chosen customer (Enter)"))
        self.delete_action = make(
            self.tr("&Delete…"), self.delete_selected, [QKeySequence.StandardKey.Delete],
            on_table=True,
        )  # fmt: skip
        self.delete_action.setToolTip(
            self.tr("Delete the chosen customers; those with history are archived (Del)")
        )
        self.delete_action.setVisible(self._actor.can("customer.delete"))
        self.restore_action = make(self.tr("Res&tore"), self.restore_selected)
        self.restore_action.setToolTip(self.tr("Bring an archived customer back into the list"))
        self.move_menu = QMenu(self.tr("Move to group"), self)
        self.move_menu.aboutToShow.connect(self._fill_move_menu)
        self.move_action = self.move_menu.menuAction()
        self.move_action.setText(self.tr("&Move to group…"))
        self.move_action.setToolTip(self.tr("Put the chosen customers into another group"))
        self.move_action.setVisible(can_edit)
        self.groups_action = make(self.tr("&Groups…"), self.open_groups)
        self.groups_action.setToolTip(self.tr("Add, rename or delete customer groups"))
        self.import_action = make(self.tr("&Import from Excel…"), self.import_customers)
        self.import_action.setToolTip(self.tr("Read customers from an Excel workbook"))
        self.export_action = make(self.tr("E&xport to Excel…"), self.export_customers)
        self.export_action.setToolTip(self.tr("Write the list as shown to an Excel workbook"))
        for action in (self.import_action, self.export_action):
            action.setVisible(self._actor.can("data.import_export"))
        self.find_action = make(self.tr("Find"), self.focus_search, ["Ctrl+F"])
        self.clear_action = make(self.tr("Clear search"), self.clear_search, ["Esc"])

        self.toolbar = text_toolbar(
            (self.new_action, self.open_action, self.delete_action, self.move_action),
            (self.groups_action,),
            (self.import_action, self.export_action),
        )
        button = self.toolbar.widgetForAction(self.move_action)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._update_actions()

    # --- loading ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the filter choices and the list, keeping filters, search and sort."""
        self._choices_wanted = True  # asked for once the first rows are on screen
        self.reload()
        self.card.reload()

    def _customers_changed(self, changes: Changes) -> None:
        """Rows on screen are read again in place; a customer not among them (a new one) or an
        unknown set means the list itself may differ: read it again from the top."""
        ids = changes.ids(Area.CUSTOMERS)
        if changes.touches(Area.CUSTOMER_GROUPS):
            self._choices_wanted = True
        if ids and all(self.model.row_of(i) >= 0 for i in ids):
            self.model.refresh_ids(sorted(ids))
            if self.card.customer_id() in ids:
                self.card.reload()
        else:
            keep = self.card.customer_id() or self.current_id()
            self.reload()
            self._keep = keep  # after reload(): it clears what an older reload wanted

    def _load_choices(self) -> None:
        """Groups (with their counts, a scan at a million customers) and salespeople, off the
        GUI thread; the filters keep what was chosen."""
        groups, customers, actor = (
            self._services.customer_groups,
            self._services.customers,
            self._actor,
        )
        self._run(
            lambda: (groups.list_groups(actor), customers.salespeople(actor)),
            self._choices_loaded,
            lambda exc: self._show_status(failure_text(exc), error=True),
        )

    def _choices_loaded(self, choices: tuple[list[GroupView], list[tuple[int, str]]]) -> None:
        self.groups, salespeople = choices
        self.filters.set_choices(self.groups, salespeople)
        self.choices_loaded = True

    def _run(self, work, on_done, on_error=None) -> None:
        run_in_background(self, work, on_done, on_error)

    def busy(self) -> bool:
        """Typing is being waited out or a page is on its way."""
        return self._search_timer.isActive() or self.model.loading

    def current_filter(self) -> CustomerFilter:
        """The filter the list shows (the export uses it too)."""
        return self.filters.filter()

    def search_text(self) -> str:
        return self.search.text().strip()

    def reload(self) -> None:
        """Show the list again from the top for the current search text, filter and sort."""
        self._keep = None
        self._search_timer.stop()
        self._generation += 1
        generation = self._generation
        flt, text = self.current_filter(), self.search_text()
        self.table.set_sortable(not text)  # search results come best match first
        self.total = None
        # The first rows come first: the count and the filter lists (each a scan at a million
        # customers) are asked for once they are on screen, not beside them.
        self._count_wanted = None if text else (generation, flt)
        if text:
            self.model.set_fetch(self._search_fetch(text, flt))
        else:
            self.model.set_fetch(self._list_fetch(flt))
        self._update_status()

    def _list_fetch(self, flt: CustomerFilter) -> PageFetch:
        customers, actor = self._services.customers, self._actor
        sort, descending = self.table.sort_key, self.table.descending

        def fetch(last: CustomerRow | None, _loaded: int, limit: int):
            after = customers.page_key(last, sort) if last is not None else None
            rows = customers.list_page(actor, flt, sort, descending, after, limit)
            return rows, len(rows) == limit

        return fetch

    def _search_fetch(self, text: str, flt: CustomerFilter) -> PageFetch:
        search, actor = self._services.customer_search, self._actor

        def fetch(_last: CustomerRow | None, loaded: int, limit: int):
            page = search.search(actor, text, flt, limit=limit, offset=loaded)
            return [hit.row for hit in page.hits], page.more

        return fetch

    def _page_loaded(self, first: bool) -> None:
        if first:
            self._select_first()
            if self._count_wanted is not None:
                generation, flt = self._count_wanted
                self._count_wanted = None
                customers, actor = self._services.customers, self._actor
                self._run(
                    lambda: customers.count(actor, flt), lambda n: self._counted(generation, n)
                )
            if self._choices_wanted:
                self._choices_wanted = False
                self._load_choices()
        self._update_status()

    def _counted(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.total = total
            self._update_status()

    def _search_now(self) -> None:
        if self._search_timer.isActive():
            self.reload()
        self.table.setFocus()

    # --- selection ------------------------------------------------------------------

    def sort_by(self, key: str, descending: bool = False) -> None:
        self.table.sort_by(key, descending)

    def selected_ids(self) -> list[int]:
        return self.table.selected_ids()

    def current_id(self) -> int | None:
        return self.table.current_id()

    def _select_first(self) -> None:
        """After a new list or search: the first row is chosen and its card shown at once
        (after a reload for others' changes: the customer chosen before, if still listed)."""
        keep, self._keep = self._keep, None
        if keep is not None:
            row = self.model.row_of(keep)
            if row >= 0:
                self.table.select_row(row)
            return  # the card stays on the customer it shows
        if not self.model.rowCount():
            return
        self.table.select_row(0)
        self._card_timer.stop()
        self._show_current_card()

    def _selection_changed(self) -> None:
        self._update_actions()
        self._update_status()

    def _show_current_card(self) -> None:
        customer_id = self.current_id()
        if customer_id is not None and customer_id != self.card.customer_id():
            self.card.show_customer(customer_id)

    def show_customer(self, customer_id: int) -> None:
        """Show this customer's card; select it too when it is in the list."""
        self.table.select_customer(customer_id)
        self._card_timer.stop()
        self.card.show_customer(customer_id)

    def _update_actions(self) -> None:
        ids = self.selected_ids()
        one = self.model.row(self.table.currentIndex().row()) if len(ids) == 1 else None
        self.open_action.setEnabled(len(ids) == 1)
        self.delete_action.setEnabled(bool(ids))
        self.move_action.setEnabled(bool(ids))
        self.restore_action.setEnabled(
            one is not None and one.archived and self._actor.can("customer.delete")
        )

    # --- status ----------------------------------------------------------------------

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else HINT_STYLE)
        self.status.setText(text)

    def _update_status(self) -> None:
        if self.model.last_error:
            self._show_status(self.model.last_error, error=True)
            return
        self._show_status(
            status_text(
                loaded=self.model.rowCount(),
                loading=self.model.loading,
                more=self.model.canFetchMore(),
                search=self.search_text(),
                total=self.total,
                filtered=self.filters.is_filtered(),
                selected=len(self.selected_ids()),
            )
        )

    # --- commands --------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def clear_search(self) -> None:
        if self.search.text():
            self.search.clear()
            self.reload()
        self.search.setFocus()

    def open_current(self) -> None:
        customer_id = self.current_id()
        if customer_id is None:
            return
        if self._actor.can("customer.edit"):
            self.edit_customer(customer_id)
        else:
            self.show_customer(customer_id)
            self.card.setFocus()

    def make_editor(self, customer_id: int | None, **prefill) -> CustomerEditor:
        detail = self._services.customers.get(self._actor, customer_id) if customer_id else None
        return CustomerEditor(
            self._services,
            self._actor,
            detail,
            self,
            groups=self.groups if self.choices_loaded else None,
            open_card=card_opener(self._services, self._actor),
            **prefill,
        )

    def new_customer(self) -> None:
        if not self._actor.can("customer.edit"):
            return
        group = self.filters.filter().group_id
        editor = self._run_editor(None, group_id=group)
        if editor is None or editor.saved is None:
            return
        customer_id = editor.saved.customer.id
        self.reload()
        self.show_customer(customer_id)

    def edit_customer(self, customer_id: int) -> None:
        editor = self._run_editor(customer_id)
        if editor is not None and editor.saved is not None:
            self.model.refresh_ids([customer_id])
            self.card.show_detail(editor.saved.customer)

    def _run_editor(self, customer_id: int | None, **prefill) -> CustomerEditor | None:
        try:
            editor = self.make_editor(customer_id, **prefill)
        except ServiceError as exc:
            show_error(self, exc)
            return None
        editor.exec()
        editor.deleteLater()
        return editor

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or not self._actor.can("customer.delete"):
            return
        if not self._confirm_delete(ids):
            return
        outcome: dict[str, list[int]] = {"deleted": [], "archived": []}
        for customer_id in ids:
            try:
                outcome[self._services.customers.delete(self._actor, customer_id)].append(
                    customer_id
                )
            except ServiceError as exc:
                show_error(self, exc)
                break
        self.model.remove_ids(outcome["deleted"] + outcome["archived"])
        if self.total is not None:
            self.total -= len(outcome["deleted"]) + len(outcome["archived"])
        if self.card.customer_id() in ids:
            self.card.reload()
        self._update_status()
        if outcome["archived"]:
            self._inform(archived_notice(len(outcome["deleted"]), len(outcome["archived"])))

    def restore_selected(self) -> None:
        customer_id = self.current_id()
        if customer_id is None:
            return
        try:
            self._services.customers.restore(self._actor, customer_id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.model.refresh_ids([customer_id])
        self.card.reload()
        self._update_actions()

    def move_selected_to_group(self, group_id: int | None) -> int:
        ids = self.selected_ids()
        if not ids:
            return 0
        try:
            moved = self._services.customer_groups.move_customers(self._actor, ids, group_id)
        except ServiceError as exc:
            show_error(self, exc)
            return 0
        if self.filters.filter().group_id is not None or self.filters.filter().no_group:
            self.reload()  # the moved customers no longer match the group filter
        else:
            self.model.refresh_ids(ids)
        self.card.reload()
        return moved

    def _fill_move_menu(self) -> None:
        self.move_menu.clear()
        for group in self.groups:
            action = self.move_menu.addAction(group.name)
            action.triggered.connect(
                lambda _c=False, gid=group.id: self.move_selected_to_group(gid)
            )
        self.move_menu.addSeparator()
        action = self.move_menu.addAction(self.tr("No group"))
        action.triggered.connect(lambda _c=False: self.move_selected_to_group(None))

    def make_groups_dialog(self) -> CustomerGroupsDialog:
        return CustomerGroupsDialog(self._services, self._actor, self)

    def open_groups(self) -> None:
        dialog = self.make_groups_dialog()
        dialog.exec()
        if dialog.changed:
            self.refresh()
        dialog.deleteLater()

    def import_customers(self) -> None:
        from yuntian.ui.customers.customer_import_dialog import open_import

        dialog = open_import(self, self._services, self._actor)
        dialog.imported.connect(lambda _count: self.refresh())

    def export_customers(self) -> None:
        from yuntian.ui.customers.customer_import_dialog import export_customers

        export_customers(self, self._services, self._actor, self.current_filter(),
                         self.table.sort_key, self.search_text(),
                         descending=self.table.descending)  # fmt: skip

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.new_action, self.open_action, self.delete_action):
            menu.addAction(action)
        if self.restore_action.isEnabled():
            menu.addAction(self.restore_action)
        menu.addSeparator()
        menu.addAction(self.move_action)
        menu.addAction(self.groups_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # --- questions (tests replace these) ---------------------------------------------

    def _confirm_delete(self, ids: list[int]) -> bool:
        text = delete_question(len(ids), self.model.row(self.model.row_of(ids[0])))
        return ask_yes_no(self, self.tr("Delete customers"), text)

    def _inform(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Delete customers"), text)
