"""Show a service's complaint next to the field it is about, in the user's language."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from yuntian.services.errors import ServiceError, ValidationError
from yuntian.ui.i18n import error_text

ERROR_STYLE = "color: #b3261e;"


def error_label(parent: QWidget | None = None, object_name: str = "") -> QLabel:
    """A hidden, word-wrapped red label that appears when it has something to say."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(False)
    if object_name:
        label.setObjectName(object_name)
    return label


def field_with_error(field: QWidget, error: QLabel, hint: str = "") -> QWidget:
    """A form field with an optional grey hint and its error line right below it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    if hint:
        hint_label = QLabel(hint)
        hint_label.setWordWrap(True)
        hint_label.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint_label)
    layout.addWidget(error)
    return box


class FieldErrors:
    """Maps ``ValidationError.field`` names to labels under the fields, plus one general label.

    ``general`` takes errors that name no known field (wrong password, conflicts, ...).
    """

    def __init__(self, general: QLabel, fields: dict[str, tuple[QLabel, QWidget]]) -> None:
        self._general = general
        self._fields = fields

    def clear(self) -> None:
        for label in [self._general, *(lbl for lbl, _ in self._fields.values())]:
            label.clear()
            label.setVisible(False)

    def show(self, exc: ServiceError) -> None:
        """Show ``exc`` where it belongs and put the cursor into the field to fix."""
        self.clear()
        target = self._fields.get(exc.field) if isinstance(exc, ValidationError) else None
        label = target[0] if target else self._general
        label.setText(error_text(exc))
        label.setVisible(True)
        if target:
            target[1].setFocus()

    def show_text(self, field: str | None, text: str) -> None:
        """A complaint the UI itself makes (e.g. the two new passwords differ)."""
        self.clear()
        target = self._fields.get(field) if field else None
        label = target[0] if target else self._general
        label.setText(text)
        label.setVisible(True)
        if target:
            target[1].setFocus()
