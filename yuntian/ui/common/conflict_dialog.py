"""The one dialog for a save refused because someone else saved the record first (记录已被他人
修改), for every kind of record.

It says who changed the record and when (from the service's ``StaleRecord``), lists the fields
that differ between the record as the form opened it and as it is stored now (with the
editor's own labels), and shows what the user typed in a read-only, selectable box for copying.
重新载入 (Reload) fills the form from the stored record and keeps the typed text in a small
window beside it; 取消 (Cancel) goes back to the form as typed (saving stays refused until a
reload, since the form still names the older version).

Editors reach it through ``EditorDialog.show_conflict`` (and ``DocumentForm.save_with``); an
editor says which fields to compare with ``conflict_fields`` and how to reload with
``reload_record``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.record_versions import StaleRecord

# The record kinds a StaleRecord names, as "this ..." reads in a sentence.
KINDS = {
    "customer": QT_TRANSLATE_NOOP("ConflictDialog", "customer"),
    "service_order": QT_TRANSLATE_NOOP("ConflictDialog", "service order"),
    "sale": QT_TRANSLATE_NOOP("ConflictDialog", "purchase record"),
    "payment": QT_TRANSLATE_NOOP("ConflictDialog", "payment"),
    "message": QT_TRANSLATE_NOOP("ConflictDialog", "message"),
    "memo": QT_TRANSLATE_NOOP("ConflictDialog", "memo"),
    "intention": QT_TRANSLATE_NOOP("ConflictDialog", "purchase intention"),
    "user": QT_TRANSLATE_NOOP("ConflictDialog", "user"),
    "role": QT_TRANSLATE_NOOP("ConflictDialog", "role"),
    "product_model": QT_TRANSLATE_NOOP("ConflictDialog", "product model"),
    "sales_unit": QT_TRANSLATE_NOOP("ConflictDialog", "sales unit"),
    "settings": QT_TRANSLATE_NOOP("ConflictDialog", "shop settings"),
    "custom_fields": QT_TRANSLATE_NOOP("ConflictDialog", "set of custom field labels"),
    "numbering_rule": QT_TRANSLATE_NOOP("ConflictDialog", "numbering rule"),
    "enum_value": QT_TRANSLATE_NOOP("ConflictDialog", "list entry"),
    "print_template": QT_TRANSLATE_NOOP("ConflictDialog", "print form"),
}
RECORD = QT_TRANSLATE_NOOP("ConflictDialog", "record")


@dataclass(frozen=True)
class ConflictField:
    """One field of a record to compare: its label (the editor's) and its text in a view."""

    label: str
    text: Callable[[Any], str]


def field_label(text: str) -> str:
    """An editor's row label as a column entry: no mnemonic ("&Name", "名称(&N)"), no colon."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").strip().rstrip(":：").strip()


def changed_fields(
    fields: Sequence[ConflictField], opened: object, current: object
) -> list[tuple[str, str, str]]:
    """(label, value when the form opened, value now) of each field that differs."""
    if opened is None:
        return []
    rows = []
    for field in fields:
        before, now = field.text(opened), field.text(current)
        if before != now:
            rows.append((field.label, before, now))
    return rows


def typed_text(window: QWidget) -> str:
    """What the user has in the form, one "label: values" line per form row (the editor's
    labels), for copying back after a reload."""
    lines = []
    for form in window.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            values = [v for w in _widgets(field) if (v := _text_of(w))]
            if values:
                lines.append(f"{field_label(label.widget().text())}: {' / '.join(values)}")
    if not lines:  # a dialog without form rows (a memo): its text boxes
        boxes = window.findChildren(QPlainTextEdit) + window.findChildren(QLineEdit)
        lines = [v for w in boxes if w.window() is window.window() and (v := _text_of(w))]
    return "\n".join(lines)


def _widgets(item: Any) -> list[QWidget]:
    """The widgets of a layout item: a widget and its children, or a layout's, in order."""
    widget = item.widget()
    if widget is not None:
        return [widget, *widget.findChildren(QWidget)]
    layout: QLayout | None = item.layout()
    found: list[QWidget] = []
    if layout is not None:
        for index in range(layout.count()):
            found += _widgets(layout.itemAt(index))
    return found


def _text_of(widget: QWidget) -> str:
    if not widget.isEnabled() and not isinstance(widget, QLineEdit | QPlainTextEdit):
        return ""
    if isinstance(widget, QLineEdit):
        if widget.parent() is not None and isinstance(widget.parent(), QComboBox):
            return ""  # an editable combo's line: the combo says it
        return widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        return widget.currentText().strip()
    if isinstance(widget, QAbstractButton) and widget.isCheckable() and widget.isChecked():
        return field_label(widget.text())
    if isinstance(widget, QListWidget):  # tick lists (technicians)
        items = (widget.item(row) for row in range(widget.count()))
        return ", ".join(i.text() for i in items if i.checkState() == Qt.CheckState.Checked)
    return ""


def when_text(at: dt.datetime | None, today: dt.date) -> str:
    if at is None:
        return ""
    return at.strftime("%H:%M") if at.date() == today else at.strftime("%Y-%m-%d %H:%M")


class ConflictDialog(QDialog):
    """Shows a refused save; ``reload_chosen`` says which button closed it. Opened window-modal
    with ``open()`` by ``EditorDialog.show_conflict``."""

    def __init__(
        self,
        parent: QWidget,
        stale: StaleRecord,
        changes: list[tuple[str, str, str]],
        typed: str,
        today: dt.date,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Record changed by someone else"))
        self.reload_chosen = False
        kind = QCoreApplication.translate("ConflictDialog", KINDS.get(stale.kind, RECORD))
        at = when_text(stale.changed_at, today)
        if stale.changed_by and at:
            said = self.tr("{user} changed this {kind} at {time}.").format(
                user=stale.changed_by, kind=kind, time=at
            )
        else:
            said = self.tr("Someone else changed this {kind}.").format(kind=kind)
        headline = QLabel(f"<b>{said}</b>")
        headline.setObjectName("conflictWho")
        headline.setTextFormat(Qt.TextFormat.RichText)
        record = QLabel(
            self.tr(
                "{record} was saved after you opened it, so your changes were not saved."
            ).format(record=stale.record)
        )
        record.setWordWrap(True)

        self.table = QTableWidget(len(changes), 3)
        self.table.setObjectName("conflictChanges")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("When you opened it"), self.tr("Now")]
        )
        for row, values in enumerate(changes):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Reload has the focus
        none = QLabel(self.tr("None of the fields in this form changed; the record was saved."))
        none.setVisible(not changes)

        self.typed = QPlainTextEdit(typed)
        self.typed.setObjectName("conflictTyped")
        self.typed.setReadOnly(True)
        self.typed.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

        self.buttons = QDialogButtonBox()
        self.reload_button = self.buttons.addButton(
            self.tr("&Reload"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reload_button.setObjectName("conflictReload")
        self.reload_button.setToolTip(
            self.tr("Show the record as stored now; what you typed stays in a window to copy")
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setObjectName("conflictCancel")
        self.reload_button.setDefault(True)
        self.buttons.accepted.connect(self._reload)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(record)
        layout.addWidget(QLabel(self.tr("What changed since you opened it:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(none)
        layout.addWidget(QLabel(self.tr("What you typed (select and copy):")))
        layout.addWidget(self.typed, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 520)

    def _reload(self) -> None:
        self.reload_chosen = True
        self.accept()


class TypedTextWindow(QDialog):
    """What the user had typed before a reload, beside the reloaded form, to copy from."""

    def __init__(self, parent: QWidget, typed: str) -> None:
        super().__init__(parent)
        self.setObjectName("typedTextWindow")
        self.setWindowTitle(self.tr("What you typed"))
        self.setModal(False)
        self.text = QPlainTextEdit(typed)
        self.text.setObjectName("typedText")
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr("The form shows the record as stored now. Copy what you need from here.")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(420, 320)


def open_conflict(
    parent: QWidget,
    stale: StaleRecord,
    *,
    fields: Sequence[ConflictField],
    opened: object,
    reload: Callable[[object], None],
    today: dt.date,
    on_close: Callable[[TypedTextWindow | None], object] | None = None,
) -> ConflictDialog:
    """Show the conflict dialog over the form ``parent`` (window-modal; returns at once).
    Reload calls ``reload(stored record)`` and opens the typed-text window beside the form;
    ``on_close`` then gets that window (None after Cancel)."""
    typed = typed_text(parent)
    changes = changed_fields(fields, opened, stale.current)
    dialog = ConflictDialog(parent, stale, changes, typed, today)

    def closed() -> None:
        window = None
        if dialog.reload_chosen:
            reload(stale.current)
            window = TypedTextWindow(parent, typed)
            window.show()
        if on_close is not None:
            on_close(window)
        dialog.deleteLater()

    dialog.finished.connect(lambda _result: closed())
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
