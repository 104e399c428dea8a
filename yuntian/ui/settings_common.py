"""Pieces shared by the settings dialog's tabs: the page contract and in-place error display."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from yuntian.services.errors import ServiceError
from yuntian.services.permissions import Actor
from yuntian.ui.i18n import error_text

ERROR_STYLE = "color: #a40000;"
BANNER_STYLE = (
    "color: #a40000; background: #fdecea; border: 1px solid #f1b8b4; border-radius: 3px;"
    " padding: 6px;"
)
HINT_STYLE = "color: #555555;"


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


def error_label(name: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ErrorDisplay:
    """Puts a service error beside the field its ``field`` names, else in the page's banner."""

    def __init__(self, banner: QLabel) -> None:
        banner.setStyleSheet(BANNER_STYLE)
        banner.hide()
        self._banner = banner
        self._places: dict[str, tuple[QLabel, Callable[[bool], None]]] = {}

    def register(
        self, field: str, label: QLabel, set_visible: Callable[[bool], None] | None = None
    ) -> None:
        show = set_visible or label.setVisible
        show(False)
        self._places[field] = (label, show)

    def add_form_row(self, form: QFormLayout, field: str) -> QLabel:
        """An error row under the last row of ``form``, hidden until an error names ``field``."""
        label = error_label(f"error_{field}")
        label.setWordWrap(False)  # fields stay at their size hint; a wrapped label would be narrow
        form.addRow("", label)
        self.register(field, label, lambda on: form.setRowVisible(label, on))
        return label

    def clear(self) -> None:
        self._banner.hide()
        self._banner.clear()
        for label, show in self._places.values():
            label.clear()
            show(False)

    def show(self, exc: ServiceError) -> None:
        label, show = self._places.get(getattr(exc, "field", ""), (self._banner, None))
        label.setText(error_text(exc))
        if show is None:
            label.show()
        else:
            show(True)


class SettingsPage(QWidget):
    """A tab saved by the dialog's OK / Apply buttons.

    ``changed`` tells the dialog to re-check ``is_dirty`` and ``is_valid`` (button states).
    """

    changed = Signal()

    def is_dirty(self) -> bool:
        raise NotImplementedError

    def is_valid(self) -> bool:
        return True

    def apply(self, actor: Actor) -> bool:
        """Save what changed; show any refusal in place and return False (input is kept)."""
        raise NotImplementedError
