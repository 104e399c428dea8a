"""A form dialog whose OK checks the input with the service's rules: a refusal keeps the dialog
open with the message under the field to fix (the phone-line settings' device and line)."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from yuntian.services.common.errors import ValidationError
from yuntian.ui.common.editor_dialog import EditorDialog
from yuntian.ui.common.field_errors import FieldErrors, error_label

Config = TypeVar("Config")


def edited(original: Config | None, kind: type[Config], values: dict[str, Any]) -> Config:
    """``values`` over ``original`` (keeping what the form does not show, e.g. unknown keys
    of config.toml), or a new ``kind`` when there is no original."""
    if original is not None:
        return dataclasses.replace(original, **values)
    return kind(**values)


class CheckedDialog(EditorDialog):
    """Subclasses add their rows with ``self.errors.add_field_row``, call ``_lay_out`` and
    implement ``check``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error_label("errorLabel")  # what no field's own label says
        self.errors = FieldErrors(self.error)

    def _lay_out(self, form: QFormLayout, min_width: int) -> None:
        """The form, the general error line and OK / Cancel."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(min_width)

    def check(self) -> None:
        """Check what the fields say and keep the result; ValidationError when refused."""
        raise NotImplementedError

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.check()
        except ValidationError as exc:
            self.errors.show(exc)
            self.adjustSize()  # room for the wrapped message (the window does not grow itself)
            return
        super().accept()
