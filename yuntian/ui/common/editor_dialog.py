"""The base of every dialog a user types a record into (customer, sale, service order,
completion, message, payment, users, settings records, print forms, ...): closing it with Esc,
取消 (Cancel) or the window's close button asks "放弃已输入的内容？" before typed input is lost.

It asks only when something is different from when the dialog opened: the values of its input
fields are noted when it is first shown (or at ``mark_clean``) and compared at closing, so
typing and deleting it again is no change. A dialog whose fields are not the whole story (a
chosen customer shown in a label, tabs with their own dirty state) adds to ``has_changes``::

    class ComplaintEditor(EditorDialog):
        def has_changes(self) -> bool:
            return super().has_changes() or self.form.has_changes()

Saving closes with ``accept`` (no question); ``discard`` closes without asking, for when the
program itself ends the dialog.

A save that meets a lost database connection keeps everything typed, says so in the dialog and
saves by itself once the connection watcher reports the server back (a receptionist already
pressed Save and has the next caller on the line: she should not have to remember to press it
again). One line in the editor's constructor arranges it::

    self.save_when_back(self.errors, services.changes, self.save)

It saves once per reconnection, and not at all when the connection broke during the commit
(whether it was stored is not known: the dialog says to look first).

A save refused because someone else saved the record since
(``StaleRecord``) goes to ``show_conflict``: the conflict dialog (ui/common/conflict_dialog.py)
compares ``conflict_fields`` of ``opened_record`` with the stored record, and its Reload calls
``reload_record``. An editor of stored records overrides those three::

    def opened_record(self): return self.customer
    def conflict_fields(self): return [ConflictField(field_label(self.tr("&Name:")), ...)]
    def reload_record(self, current): self.customer = current; self._fill(current)

``tests/ui/common/test_editor_dialogs.py`` finds every dialog
class in yuntian.ui and fails on one that is neither an ``EditorDialog`` nor listed as showing
no input.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from yuntian.services.common.record_versions import StaleRecord
from yuntian.ui.common.conflict_dialog import (
    ConflictDialog,
    ConflictField,
    TypedTextWindow,
    open_conflict,
)

if TYPE_CHECKING:
    from yuntian.services.common.changes import ChangeBus, Changes
    from yuntian.services.common.errors import ServerUnavailable
    from yuntian.ui.common.field_errors import FieldErrors

_TEXTS = (QLineEdit, QPlainTextEdit, QTextEdit)


def input_value(widget: QWidget) -> Any:
    """What an input field holds, to compare; None for what is not an input."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QListWidget):  # tick lists (technicians, roles)
        items = (widget.item(row) for row in range(widget.count()))
        return tuple(
            (item.text(), item.checkState().value)
            for item in items
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable
        )
    return None


def input_values(window: QWidget) -> dict[QWidget, Any]:
    """The input fields of ``window`` and their values; not those of windows it opened (a
    calendar pop-up, a picker dialog), which belong to those windows."""
    values: dict[QWidget, Any] = {}
    for widget in window.findChildren(QWidget):
        if widget.window() is not window:
            continue
        value = input_value(widget)
        if value is not None:
            values[widget] = value
    return values


def values_differ(before: dict[QWidget, Any], now: dict[QWidget, Any]) -> bool:
    """A field's value changed, a field that was there is gone (a phone row removed), or a
    field added since holds text (a phone row added and filled in)."""
    if any(widget not in now for widget in before):
        return True
    for widget, value in now.items():
        if widget in before:
            if before[widget] != value:
                return True
        elif isinstance(widget, _TEXTS) and value:
            return True
    return False


def ask_discard(parent: QWidget) -> bool:
    """放弃已输入的内容？ True to discard; Enter and Esc keep editing."""
    box = QMessageBox(parent)
    box.setObjectName("discardQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(
        parent.windowTitle() or QCoreApplication.translate("EditorDialog", "Yuntian")
    )
    box.setText(QCoreApplication.translate("EditorDialog", "Discard what you have typed?"))
    discard = box.addButton(
        QCoreApplication.translate("EditorDialog", "&Discard"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    discard.setObjectName("discardButton")
    keep = box.addButton(
        QCoreApplication.translate("EditorDialog", "&Keep editing"),
        QMessageBox.ButtonRole.RejectRole,
    )
    keep.setObjectName("keepEditingButton")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    answer = box.clickedButton() is discard
    box.deleteLater()
    return answer


class EditorDialog(QDialog):
    """A dialog that asks before closing with changed input (see the module's docstring)."""

    _server_back = Signal()  # the connection watcher published RECONNECTED (queued here)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clean: dict[QWidget, Any] | None = None
        self._errors: FieldErrors | None = None
        self._save_again: Callable[[], None] | None = None
        self._stop_waiting: Callable[[], None] | None = None
        self.saved_after_reconnect = False
        self.conflict: ConflictDialog | None = None  # while one is open
        self.typed_window: TypedTextWindow | None = None  # after a reload
        self._server_back.connect(self._save_now, Qt.ConnectionType.QueuedConnection)
        self.finished.connect(self._forget_save)

    # --- a save that met a lost connection ------------------------------------------------

    def save_when_back(self, errors: FieldErrors, bus: ChangeBus, save: Callable[[], None]) -> None:
        """When a save shown through ``errors`` meets ServerUnavailable, call ``save`` once the
        server is back (see the module's docstring)."""
        self._errors = errors
        errors.on_server_unavailable = lambda exc: self._wait_for_server(exc, bus, save)

    def waiting_for_server(self) -> bool:
        """A save waits for the server to come back."""
        return self._save_again is not None

    def _wait_for_server(self, exc: ServerUnavailable, bus: ChangeBus, save: Callable) -> None:
        if exc.outcome_unknown:  # said so already: look before saving again, by hand
            self._forget_save()
            return
        assert self._errors is not None
        self._errors.show_text(
            None,
            QCoreApplication.translate(
                "EditorDialog",
                "The connection to the database server was lost, nothing was saved yet. What "
                "you typed is kept here and is saved by itself as soon as the server answers "
                "again (you may go on typing).",
            ),
        )
        self._save_again = save
        if self._stop_waiting is None:
            from yuntian.ui.common.connection_watcher import RECONNECTED

            me = weakref.ref(self)  # the bus outlives the dialog

            def heard(changes: Changes) -> None:  # on the publishing thread
                dialog = me()
                if changes.origin == RECONNECTED and dialog is not None and isValid(dialog):
                    dialog._server_back.emit()

            self._stop_waiting = bus.subscribe(heard)

    def _save_now(self) -> None:
        save = self._save_again
        self._forget_save()
        if save is None or not self.isVisible():
            return
        self.saved_after_reconnect = True
        save()  # closes the dialog, or shows why not (and may wait again)
        if self.result() != QDialog.DialogCode.Accepted:
            self.saved_after_reconnect = False

    def _forget_save(self) -> None:
        self._save_again = None
        if self._stop_waiting is not None:
            self._stop_waiting()
            self._stop_waiting = None

    def mark_clean(self) -> None:
        """The fields as they are now count as unchanged (after filling them, also later)."""
        self._clean = input_values(self)

    def has_changes(self) -> bool:
        """Something was typed or chosen since the dialog opened (or ``mark_clean``)."""
        return self._clean is not None and values_differ(self._clean, input_values(self))

    def showEvent(self, event: QShowEvent) -> None:
        if self._clean is None:
            self.mark_clean()  # filled in the constructor: this is where the user starts
        super().showEvent(event)

    def reject(self) -> None:
        """Esc, Cancel and the close button (Qt's closeEvent calls this) ask first."""
        if self.has_changes() and not ask_discard(self):
            return
        super().reject()

    def discard(self) -> None:
        """Close without asking: the program ends the dialog, not the user."""
        super().reject()

    # --- a save refused as stale (someone else saved the record first) ---------------------

    def opened_record(self) -> object | None:
        """The record (a service's view) the form was filled from; None for a new one."""
        return None

    def conflict_fields(self) -> Sequence[ConflictField]:
        """The fields the conflict dialog compares, with the editor's labels."""
        return ()

    def reload_record(self, current: object) -> None:
        """Fill the form from ``current`` (the stored record) and save from its version."""
        raise NotImplementedError(f"{type(self).__name__} cannot reload its record")

    def show_conflict(self, stale: StaleRecord, today: dt.date | None = None) -> ConflictDialog:
        """Show the conflict dialog (window-modal, returns at once); Reload fills the form
        from the stored record and keeps the typed text in a window beside it."""

        def reloaded(current: object) -> None:
            self.reload_record(current)
            self.mark_clean()

        def closed(window: TypedTextWindow | None) -> None:
            self.conflict = None
            if window is not None:
                if self.typed_window is not None:
                    self.typed_window.close()
                self.typed_window = window

        self.conflict = open_conflict(
            self,
            stale,
            fields=self.conflict_fields(),
            opened=self.opened_record(),
            reload=reloaded,
            today=today or dt.date.today(),
            on_close=closed,
        )
        return self.conflict
