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
program itself ends the dialog. A save refused because someone else saved the record since
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
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
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

from yuntian.services.common.record_versions import StaleRecord
from yuntian.ui.common.conflict_dialog import (
    ConflictDialog,
    ConflictField,
    TypedTextWindow,
    open_conflict,
)

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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clean: dict[QWidget, Any] | None = None
        self.conflict: ConflictDialog | None = None  # while one is open
        self.typed_window: TypedTextWindow | None = None  # after a reload

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
