"""The base of a document's fields (a sale, a service order; next a complaint, a callback, a
parts document): group boxes of form rows, each field's error line under it, read-only by the
document's state and the user's permission, saving with the service's complaint shown at the
field it names, and whether anything was changed since the form was filled.

How to build an area's form (the editor dialog around it fills it and saves)::

    class ComplaintForm(DocumentForm):
        def __init__(self, errors: FieldErrors, parent=None):
            super().__init__(errors, parent)
            customer = self._customer_row("complaint")   # self.customer, self.choose_customer
            self.text = QPlainTextEdit()
            group = QGroupBox(self.tr("Complaint"))
            form = self._form(group)
            self.errors.add_field_row(form, self.tr("Customer:"), "customer", customer)
            self.errors.add_field_row(form, self.tr("&Text:"), "text", self.text)
            ...

        def read_only_widgets(self):
            return [self.choose_customer, self.text]

    # in the editor:
    self.read_only = not editable(actor, "complaint.process", locked=state is AUDITED)
    ...fill the form...
    if self.read_only: form.set_read_only()
    form.mark_clean()
    ...
    saved = form.save_with(lambda: service.update(actor, id, self.data()))
    if saved is not None: self.accept()
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.common.record_versions import StaleRecord
from yuntian.ui.common.date_input import DateInput, DateTimeInput
from yuntian.ui.common.editor_dialog import EditorDialog, input_value
from yuntian.ui.common.field_errors import FieldErrors

T = TypeVar("T")


def editable(actor: Actor, permission: str, *, locked: bool = False) -> bool:
    """A document may be changed: not locked by its state (voided, audited) and the user has
    the permission (the service checks both again when saving)."""
    return not locked and actor.can(permission)


def make_read_only(widgets: Iterable[QWidget]) -> None:
    """Show values without letting them change: text stays readable and selectable where Qt
    allows it; choices are disabled; a composite field makes itself read-only."""
    for widget in widgets:
        own = getattr(widget, "set_read_only", None)
        if callable(own):
            own()
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
            widget.setReadOnly(True)
        else:
            widget.setEnabled(False)


def widget_value(widget: QWidget) -> Any:
    """What a field holds, to compare (dirty tracking)."""
    if isinstance(widget, DateInput):
        return widget.text()  # text that is no day yet is a change too
    if isinstance(widget, DateTimeInput):
        return widget.date.text(), widget.time.text()
    chosen = getattr(widget, "chosen", None)  # composite fields (technician lists)
    if callable(chosen):
        return chosen()
    if isinstance(widget, QLabel):
        return widget.text()  # the customer chosen
    return input_value(widget)


class DocumentForm(QWidget):
    """Subclasses build their fields (registering each with ``errors``) and list the editable
    ones in ``read_only_widgets``."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = errors
        self.read_only = False
        self._clean: list[Any] | None = None

    def read_only_widgets(self) -> list[QWidget]:
        """The fields a user could change (disabled or read-only when the form is)."""
        raise NotImplementedError

    # --- building --------------------------------------------------------------------

    @staticmethod
    def _form(group: QGroupBox) -> QFormLayout:
        """A group's rows: labels beside fields that take the width."""
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        return form

    def _customer_row(self, prefix: str, *, auto_default: bool = True) -> QWidget:
        """``customer`` (the name, selectable) and ``choose_customer`` beside it, in a row for
        the "customer" field; the object names start with ``prefix``."""
        self.customer = QLabel()
        self.customer.setObjectName(f"{prefix}Customer")
        self.customer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_customer = QPushButton(self.tr("C&hoose…"))
        self.choose_customer.setObjectName(f"{prefix}ChooseCustomer")
        if not auto_default:
            self.choose_customer.setAutoDefault(False)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.customer, 1)
        layout.addWidget(self.choose_customer)
        return row

    def _model_combo(self, name: str) -> QComboBox:
        """A product model: typed (any part of it matches) or chosen from the list."""
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.lineEdit().setPlaceholderText(self.tr("Type or choose a model"))
        completer = combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return combo

    # --- state -----------------------------------------------------------------------

    def set_read_only(self) -> None:
        """Show the document without letting it change (its state or the user's rights)."""
        self.read_only = True
        make_read_only(self.read_only_widgets())

    def mark_clean(self) -> None:
        """The fields as they are now count as unchanged (after filling them)."""
        self._clean = self._values()

    def has_changes(self) -> bool:
        """Something was changed since ``mark_clean`` (always False when read-only)."""
        return not self.read_only and self._clean is not None and self._values() != self._clean

    def _values(self) -> list[Any]:
        customer = getattr(self, "customer", None)
        widgets = [*self.read_only_widgets(), *([customer] if customer is not None else [])]
        return [widget_value(w) for w in widgets]

    # --- saving ----------------------------------------------------------------------

    def save_with(self, work: Callable[[], T]) -> T | None:
        """Run the service's save; its refusal is shown under the field it names (or in the
        general line), with the cursor put there; a save refused as stale opens the conflict
        dialog of the editor around the form. None when refused."""
        self.errors.clear()
        try:
            return work()
        except StaleRecord as exc:
            window = self.window()
            if isinstance(window, EditorDialog):
                window.show_conflict(exc)
            else:
                self.errors.show(exc)
            return None
        except ServiceError as exc:
            self.errors.show(exc)
            return None
