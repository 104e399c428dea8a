"""The base of the long list pages (sales, service orders, due maintenance, the call log; next
complaints, callbacks, spare parts, points): a filter bar, a lazily paged table, a status line
and the actions on the chosen rows.

How to build an area's list page from it::

    class ComplaintsPage(ListPage):
        def __init__(self, services, actor, parent=None):
            super().__init__(services, actor, parent)
            self.setObjectName("complaintsPage")
            self.filters = ComplaintFilterBar(services.clock().date())   # a FilterBar
            self._set_up_list(ComplaintListModel(self.runner(), parent=self),
                              "complaintTable", "complaintStatus", stretch=CONTENT)
            self._build_actions()        # page_action(...) each, then self._menu_groups
            ...lay out self.toolbar, self.filters, self.table, self.status...
            self.filters.changed.connect(self.reload)
            self._listen()               # the model's and the selection's signals
            self.reload()

        def _fetch(self):              # the query as the filters are now
            flt = self.filters.filter()
            return lambda after, limit: self._services.complaints.page(self._actor, flt, after, limit)

        def _status_texts(self):       # the words of the status line, in the page's own context
            return StatusTexts(empty=..., filtered=..., more=..., all=...)

        def _update_actions(self): ...  # enable the actions for self.selected_rows()

The model is a ``KeyedPagesModel`` (ui/common/keyed_paging.py) with ``ColumnsModel``
(ui/common/list_columns.py) for its cells. ``reload(keep=ids)`` reads from the top and chooses
those rows again once the first page is in; ``refresh()`` (F5, the change bus) does so with the
rows chosen now. A page names the areas it shows (``watched``); when they change elsewhere it
refreshes, or if hidden, when it is shown next (ui/common/change_watch.py); ``_data_changed``
may do less. ``changed(ids)`` shows edited rows in place (or drops those that no longer fit the
filter), so the user keeps their place in a long list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, ClassVar, NamedTuple

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy, QWidget

from yuntian.services import Services
from yuntian.services.common.changes import Area, Changes
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.ui.common.background import run_in_background
from yuntian.ui.common.card_opener import CardOpener
from yuntian.ui.common.change_watch import watch_changes
from yuntian.ui.common.column_sizing import Samples
from yuntian.ui.common.customer_picker import CustomerPicker
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.keyed_paging import KeyedPagesModel, Runner
from yuntian.ui.common.list_table import ListTable
from yuntian.ui.common.page_actions import passing_message
from yuntian.ui.common.styles import ERROR_STYLE, HINT_STYLE


class StatusTexts(NamedTuple):
    """The status line's words: no rows (unfiltered / filtered), and ``{n}`` rows loaded with
    more to scroll to / all of them."""

    empty: str
    filtered: str
    more: str
    all: str


class ListPage(QWidget):
    """Subclasses call ``_set_up_list`` and ``_listen`` in their constructor and implement
    ``_fetch``, ``_status_texts`` and ``_update_actions``; the other hooks are optional."""

    watched: ClassVar[tuple[Area, ...]] = ()  # the areas whose changes it follows

    count_selection = False  # the status line says how many rows are chosen (when several)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        open_card: CardOpener | None = None,
    ) -> None:
        """``open_card``: shows a customer's card (None: the page opens no cards)."""
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._open_card = open_card
        if self.watched:
            watch_changes(self, services.changes, self.watched, self._data_changed)
        self._wanted: list[int] = []  # the rows to choose again once the first page is in
        self._beside_generation = 0  # answers of ``_beside`` for an older query are dropped
        self._menu_groups: Sequence[Sequence[QAction]] = ()
        self.filters: QWidget | None = None

    def runner(self) -> Runner:
        """Pages are read off the GUI thread (ui/common/background.py)."""
        return lambda work, done, failed: run_in_background(self, work, done, failed)

    def _set_up_list(
        self,
        model: KeyedPagesModel,
        table_name: str,
        status_name: str,
        *,
        stretch: int | None = None,
        samples: Samples | None = None,
        clip_status: bool = True,
    ) -> None:
        """The table over ``model`` (Enter / double click: ``_activated``, right click: the
        menu of ``_menu_groups``) and the status line under it. ``stretch``, ``samples``: the
        columns' sizing (ui/common/column_sizing.py). ``clip_status``: the status gives way
        when room is short (whole in its tooltip)."""
        self.model = model
        self.table = ListTable(model, stretch=stretch, samples=samples)
        self.table.setObjectName(table_name)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self._activated())
        self.status = QLabel()
        self.status.setObjectName(status_name)
        if clip_status:
            self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def _listen(self) -> None:
        """Follow the model and the selection (after the actions are built)."""
        self.model.loaded.connect(self._page_loaded)
        self.model.rowsRemoved.connect(self._update_status)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    # --- what a subclass supplies ----------------------------------------------------

    def _fetch(self) -> Callable[[Any, int], list[Any]]:
        """``fetch(after_key, limit)`` for the query as the filters are now."""
        raise NotImplementedError

    def _status_texts(self) -> StatusTexts:
        raise NotImplementedError

    def _update_actions(self) -> None:
        """Enable the actions for the rows chosen."""

    def _activated(self) -> None:
        """A row was double-clicked (Enter is the page's own action)."""

    def _reloaded(self) -> None:
        """The query was set again (count or sum the filter here)."""

    def _refresh_choices(self) -> None:
        """Read again what the filters offer (F5)."""

    def _status_extra(self, text: str) -> str:
        """The status text with what the page adds to it."""
        return text

    def _read_fresh(self, ids: list[int]) -> dict[int, Any]:
        """The rows as stored now, by id (missing: gone); for ``changed``."""
        raise NotImplementedError

    def _fits(self, row: Any) -> bool:
        """Whether ``row`` still belongs in the list as filtered."""
        return True

    # --- loading ---------------------------------------------------------------------

    def reload(self, keep: Iterable[int] | int | None = None) -> None:
        """Read the list from the top as the filters are; ``keep``: the rows (ids) to choose
        again if they are among the first rows."""
        self._wanted = [keep] if isinstance(keep, int) else list(keep or [])
        self.model.set_fetch(self._fetch())
        self._reloaded()
        self._update_status()

    def refresh(self) -> None:
        """Read the filter choices and the list again, keeping the filters and the rows
        chosen (F5, or when another page changed the data)."""
        self._refresh_choices()
        self.reload(keep=self.selected_ids())

    def _data_changed(self, changes: Changes) -> None:
        """What the page shows was changed elsewhere (the change bus): read it again."""
        del changes
        self.refresh()

    def busy(self) -> bool:
        """A page is on its way."""
        return self.model.loading

    def _beside(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """Read something beside the rows (totals, counts) off the GUI thread; an answer for an
        older query than the last one asked is dropped."""
        self._beside_generation += 1
        generation = self._beside_generation

        def current(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            return lambda value: callback(value) if generation == self._beside_generation else None

        run_in_background(self, work, current(done), current(failed))

    def _page_loaded(self, first: bool) -> None:
        if first and self.model.rowCount():
            rows = [r for r in (self.model.row_of(i) for i in self._wanted) if r >= 0]
            self.select_rows(rows or [0])
            self._wanted = []
        self._update_actions()
        self._update_status()

    def changed(self, ids: list[int]) -> None:
        """Show rows as they are now, in place: each updated, or dropped when it is gone or no
        longer fits the filter, so the user keeps their place in a long list."""
        try:
            fresh = self._read_fresh(ids)
        except ServiceError as exc:
            self.say(error_text(exc))
            return
        rows = [r for r in (self.model.row_of(i) for i in ids) if r >= 0]
        gone = []
        for row_id in ids:
            row = fresh.get(row_id)
            if row is not None and self._fits(row):
                self.model.replace(row)
            else:
                gone.append(row_id)
        if gone:
            self.model.remove_ids(gone)
            kept = [i for i in ids if i not in gone]
            if not self.select_ids(kept) and rows and self.model.rowCount():
                self.table.select_row(min(min(rows), self.model.rowCount() - 1))
        self._reloaded()
        self._update_actions()
        self._update_status()

    # --- selection -------------------------------------------------------------------

    def _selected_row_numbers(self) -> list[int]:
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    def selected_ids(self) -> list[int]:
        """The ids of the chosen rows, top to bottom."""
        ids = (self.model.id_at(r) for r in self._selected_row_numbers())
        return [i for i in ids if i is not None]

    def selected_rows(self) -> list[Any]:
        """The chosen rows still listed, top to bottom."""
        found = (self.model.row(r) for r in self._selected_row_numbers())
        return [row for row in found if row is not None]

    def current_record(self) -> Any:
        """The chosen row when exactly one is chosen (None when it was deleted meanwhile)."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if len(rows) == 1 else None

    def select_rows(self, rows: list[int]) -> None:
        """Choose exactly these rows, the first one current and scrolled to."""
        if not rows:
            return
        self.table.select_row(rows[0])
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row in rows[1:]:
            selection.select(self.model.index(row, 0), self.model.index(row, last))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)

    def select_ids(self, ids: list[int]) -> bool:
        """Choose the rows of these ids that are loaded; whether any was."""
        rows = [r for r in (self.model.row_of(i) for i in ids) if r >= 0]
        self.select_rows(rows)
        return bool(rows)

    def _selection_changed(self) -> None:
        self._update_actions()
        if self.count_selection:
            self._update_status()

    # --- status ----------------------------------------------------------------------

    def _is_filtered(self) -> bool:
        is_filtered = getattr(self.filters, "is_filtered", None)
        return bool(is_filtered()) if is_filtered is not None else False

    def _update_status(self) -> None:
        model = self.model
        if model.last_error:
            self.show_status(model.last_error, error=True)
            return
        loaded = model.rowCount()
        texts = self._status_texts()
        if model.loading and not loaded:
            text = self.tr("Loading…")
        elif not loaded:
            text = texts.filtered if self._is_filtered() else texts.empty
        elif model.more():
            text = texts.more.format(n=loaded)
        else:
            text = texts.all.format(n=loaded)
        if self.count_selection:
            selected = len(self.table.selectionModel().selectedRows())
            if selected > 1:
                text = self.tr("{text} — {n} selected").format(text=text, n=selected)
        self.show_status(self._status_extra(text))

    def show_status(self, text: str, *, error: bool = False) -> None:
        """Put ``text`` in the status line (red for an error), whole in its tooltip."""
        self.status.setStyleSheet(ERROR_STYLE if error else HINT_STYLE)
        self.status.setText(text)
        self.status.setToolTip(text)

    def say(self, text: str) -> None:
        """A passing message: in the main window's status bar, else under the list."""
        passing_message(self, self.status, text)

    # --- the menu and export ---------------------------------------------------------

    def _context_menu(self, pos: QPoint) -> None:
        """The visible actions of ``_menu_groups``, the groups parted by separators."""
        menu = QMenu(self)
        for group in self._menu_groups:
            shown = [action for action in group if action.isVisible()]
            if shown and not menu.isEmpty():
                menu.addSeparator()
            for action in shown:
                menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def export(self, path: str | None = None) -> Any:
        """Write the list as filtered to a file (asking for one unless ``path`` is given);
        pages that export override this and return their background job. None: nothing."""
        return None

    # --- customers (tests replace the dialogs) ---------------------------------------

    def customer_label(self, customer_id: int) -> str:
        """How a customer filtered by is named on the filter bar."""
        try:
            detail = self._services.customers.get(self._actor, customer_id)
        except ServiceError:
            return f"#{customer_id}"
        return f"{detail.name} ({detail.code})"

    def choose_customer(self) -> None:
        """Filter by one customer, picked with the customer search (Ctrl+F)."""
        chosen = self.pick_customer()
        set_customer = getattr(self.filters, "set_customer", None)
        if chosen is not None and set_customer is not None:
            set_customer(chosen, self.customer_label(chosen))

    def pick_customer(self) -> int | None:
        return self._pick_customer(self.tr("Show the rows of this customer:"))

    def _pick_customer(self, prompt: str) -> int | None:
        picker = CustomerPicker(self._services, self._actor, prompt, self)
        picker.exec()
        picker.deleteLater()
        return picker.chosen_id

    def show_card(self, customer_id: int) -> None:
        if self._open_card is not None:
            self._open_card(customer_id, self)
