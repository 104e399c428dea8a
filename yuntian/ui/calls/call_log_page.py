"""The call log page (来电日志): filters, the lazily paged log (newest first) and its actions.

Pages come from ``CallService.page`` off the GUI thread; new calls appear on top when the user
is at the top of the list (``call_added``, on the change bus), otherwise the status line says
they came and they appear once the list is scrolled back up or refreshed (F5).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.calls.call_types import CallKey, CallRow
from yuntian.services.common.changes import Area, Changes
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.ui.calls import call_texts as cols
from yuntian.ui.calls.call_filters import CallFilterBar
from yuntian.ui.calls.call_log_model import CallFetch, CallLogModel
from yuntian.ui.common.card_opener import CardOpener
from yuntian.ui.common.list_page import ListPage, StatusTexts
from yuntian.ui.common.message_boxes import ask_yes_no, show_error
from yuntian.ui.common.page_actions import page_action, text_toolbar
from yuntian.ui.common.phone_display import phone_text
from yuntian.ui.customers.customer_editor import CustomerEditor

if TYPE_CHECKING:
    from yuntian.ui.common.background import Job

# Before the first page is in (and the widest a column is expected to show).
COLUMN_SAMPLES = {cols.TIME: "2026-11-27 23:59:59", cols.NUMBER: "0871-6802 4443"}


class CallLogPage(ListPage):
    watched = (Area.CALLS, Area.CUSTOMERS)
    count_selection = True

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        customer_id: int | None = None,
        open_card: CardOpener | None = None,
    ) -> None:
        """``open_card(customer_id, parent)`` shows a customer's card; the one who builds the page
        passes it (the card shows this log, so the page does not import the card). Without it
        the page opens no cards."""
        super().__init__(services, actor, parent, open_card=open_card)
        self._new_calls_waiting = False  # came in while the user was scrolled down
        self.setObjectName("callLogPage")
        names = {line.station_line: line.name for line in services.profile.config.lines}
        self.filters = CallFilterBar(services.clock().date(), names)

        model = CallLogModel(self.runner(), parent=self)
        self._set_up_list(
            model,
            "callTable",
            "callStatus",
            stretch=cols.CUSTOMER,
            samples=COLUMN_SAMPLES,
            clip_status=False,
        )
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        if customer_id is not None:  # before the bar is listened to: one first load
            self.filters.set_customer(customer_id, self.customer_label(customer_id))
        self.filters.changed.connect(self.reload)
        self._listen()
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.reload()

    # --- actions ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        make = partial(page_action, self, self.table)
        self.open_action = make(
            self.tr("&Open customer"), self.open_customer, [Qt.Key.Key_Return, Qt.Key.Key_Enter],
            on_table=True,
        )  # fmt: skip
        self.open_action.setToolTip(
            self.tr("Show the caller's card; an unknown number can become a new customer (Enter)")
        )
        self.callback_action = make(self.tr("Call &back"), self.call_back, ["Ctrl+B"])
        self.callback_action.setToolTip(
            self.tr("Copy the number to the clipboard, to dial it on the phone (Ctrl+B)")
        )
        self.play_action = make(self.tr("&Play recording"), self.play_recording, ["Ctrl+P"])
        self.play_action.setToolTip(self.tr("Play the call's recording (Ctrl+P)"))
        self.delete_action = make(
            self.tr("&Delete…"), self.delete_selected, [QKeySequence.StandardKey.Delete],
            on_table=True,
        )  # fmt: skip
        self.delete_action.setToolTip(self.tr("Delete the chosen calls from the log (Del)"))
        self.delete_action.setVisible(self._actor.can("call_log.delete"))
        self.export_action = make(self.tr("E&xport to Excel…"), self.export_calls, ["Ctrl+E"])
        self.export_action.setToolTip(self.tr("Write the log as filtered to an Excel workbook"))
        self.export_action.setVisible(self._actor.can("data.import_export"))
        self.find_action = make(self.tr("Find a number"), self.focus_number, ["Ctrl+F"])

        self._menu_groups = (
            (self.open_action, self.callback_action, self.play_action),
            (self.delete_action,),
        )
        self.toolbar = text_toolbar(
            (self.open_action, self.callback_action, self.play_action),
            (self.delete_action, self.export_action),
        )
        self._update_actions()

    # --- loading ---------------------------------------------------------------------

    def reload(self, keep: Iterable[int] | int | None = None) -> None:
        self._new_calls_waiting = False
        super().reload(keep)

    def call_added(self) -> None:
        """A call was logged: shown at once if the list is at its top, else announced."""
        if self.table.verticalScrollBar().value() == 0:
            self._new_calls_waiting = False
            self.model.refresh_top()
        else:
            self._new_calls_waiting = True
            self._update_status()

    def _data_changed(self, _changes: Changes) -> None:
        self.call_added()  # at the top: read the top again; scrolled down: say so

    def busy(self) -> bool:
        """Typing is being waited out or a page is on its way."""
        return self.filters.typing() or self.model.loading

    def _fetch(self) -> CallFetch:
        flt = self.filters.filter()
        calls, actor = self._services.calls, self._actor

        def fetch(after: CallKey | None, limit: int) -> list[CallRow]:
            return calls.page(actor, flt, after, limit)

        return fetch

    def _scrolled(self, value: int) -> None:
        if value == 0 and self._new_calls_waiting:
            self.call_added()

    # --- selection -------------------------------------------------------------------

    def current_call(self) -> CallRow | None:
        """The chosen call when exactly one is chosen."""
        return self.current_record()

    def _update_actions(self) -> None:
        call = self.current_call()
        self.open_action.setEnabled(call is not None)
        self.callback_action.setEnabled(call is not None and _dialable(call))
        self.play_action.setEnabled(call is not None and bool(call.recording))
        self.delete_action.setEnabled(bool(self.selected_ids()))

    # --- status ----------------------------------------------------------------------

    def _status_texts(self) -> StatusTexts:
        return StatusTexts(
            empty=self.tr("No calls yet. Calls appear here as the phone lines report them."),
            filtered=self.tr("No call matches the filters."),
            more=self.tr("{n}+ calls, newest first; scroll for more."),
            all=self.tr("{n} calls, newest first."),
        )

    def _status_extra(self, text: str) -> str:
        if not self._new_calls_waiting:
            return text
        return self.tr("{text} New calls came in: scroll to the top to see them.").format(text=text)

    # --- commands --------------------------------------------------------------------

    def focus_number(self) -> None:
        self.filters.number.setFocus()
        self.filters.number.selectAll()

    def open_customer(self) -> None:
        """The caller's card; for a number no customer had, whoever has it now, else an offer
        to enter a new customer with it."""
        call = self.current_call()
        if call is None:
            return
        customer_id = call.customer_id
        if customer_id is None and _dialable(call):
            try:
                owners = self._services.customer_lookup.lookup(self._actor, call.raw_number)
            except ServiceError as exc:
                show_error(self, exc)
                return
            customer_id = owners.customers[0].id if owners.customers else None
        if customer_id is not None:
            self.show_card(customer_id)
        elif not _dialable(call):
            self.say(self.tr("The caller's number was not sent: there is no customer to open."))
        elif not self._actor.can("customer.edit"):
            self.say(
                self.tr("No customer has the number {number}.").format(
                    number=phone_text(call.raw_number)
                )
            )
        elif self.ask_new_customer(call.raw_number):
            self.new_customer(call.raw_number)

    def call_back(self) -> None:
        call = self.current_call()
        if call is None or not _dialable(call):
            return
        QGuiApplication.clipboard().setText(call.raw_number)
        self.say(
            self.tr("{number} copied to the clipboard: dial it on the phone.").format(
                number=phone_text(call.raw_number)
            )
        )

    def play_recording(self) -> None:
        call = self.current_call()
        if call is None or not call.recording:
            return
        path = self._services.profile.recordings_dir / call.recording
        if not path.is_file():
            self.say(self.tr("The recording is missing: {path}").format(path=str(path)))
            return
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            self.say(self.tr("No program is set up to play {path}").format(path=str(path)))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or not self._actor.can("call_log.delete"):
            return
        if not self.confirm_delete(len(ids)):
            return
        try:
            deleted = self._services.calls.delete(self._actor, ids)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.model.remove_ids(ids)
        self.say(self.tr("Calls deleted: {n}").format(n=deleted))

    def export(self, path: str | None = None) -> Job | None:
        return self.export_calls(path)

    def export_calls(self, path: str | None = None) -> Job | None:
        """Export the log as filtered (asks for a file unless ``path`` is given)."""
        from yuntian.ui.calls.call_log_export import export_calls

        if not self._actor.can("data.import_export"):
            return None
        return export_calls(self, self._services, self._actor, self.filters.filter(), path=path)

    # --- dialogs and the desktop (tests replace these) --------------------------------

    def new_customer(self, number: str) -> None:
        editor = CustomerEditor(
            self._services, self._actor, None, self, phone=number, open_card=self._open_card
        )
        editor.exec()
        editor.deleteLater()
        if editor.saved is not None:
            self.say(
                self.tr("{name} entered with the number {number}.").format(
                    name=editor.saved.customer.name, number=number
                )
            )

    def ask_new_customer(self, number: str) -> bool:
        return ask_yes_no(
            self,
            self.tr("Unknown number"),
            self.tr("No customer has the number {number}. Enter a new customer with it?").format(
                number=number
            ),
            default_yes=True,
        )

    def confirm_delete(self, count: int) -> bool:
        return ask_yes_no(
            self,
            self.tr("Delete calls"),
            self.tr("Delete {n} calls from the log? Their recordings are deleted too.").format(
                n=count
            ),
        )

    def open_url(self, url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)

    # --- snapshots -------------------------------------------------------------------

    def snapshot_dialogs(self) -> list[tuple[str, QDialog]]:
        call = next(
            (c for r in range(self.model.rowCount()) if (c := self.model.row(r)) and c.customer_id),
            None,
        )
        if call is None or call.customer_id is None:
            return []
        return [
            (
                "customer",
                CustomerCallsDialog(
                    self._services, self._actor, call.customer_id, self, open_card=self._open_card
                ),
            )
        ]


def _dialable(call: CallRow) -> bool:
    """The caller's number came through ("P" for private is no number)."""
    return bool(call.raw_number) and not call.privacy


class CustomerCallsDialog(QDialog):
    """The call log page, filtered to one customer."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        customer_id: int,
        parent: QWidget | None = None,
        *,
        open_card: CardOpener | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerCallsDialog")
        self.page = CallLogPage(services, actor, self, customer_id=customer_id, open_card=open_card)
        self.setWindowTitle(
            self.tr("Calls — {customer}").format(customer=self.page.filters.customer_label)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)
        self.resize(1100, 600)
