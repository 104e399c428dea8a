"""Show a service's complaint under the field it is about, in the user's language.

Labels for errors and hints in the program's one red and one grey (yuntian.ui.common.styles),
and ``FieldErrors``, which routes a ``ValidationError`` to the label under the field its ``field``
names and anything else to one general label (a plain line, or a banner at the top of a settings
tab).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from yuntian.services.common.errors import ServerUnavailable, ServiceError, ValidationError
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.styles import BANNER_STYLE, ERROR_STYLE, HINT_STYLE


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A grey, word-wrapped explanation under a field or a form."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


def error_label(name: str, parent: QWidget | None = None, *, banner: bool = False) -> QLabel:
    """A hidden, word-wrapped red label (tests find it by ``name``); ``banner``: boxed, for the
    top of a page."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(BANNER_STYLE if banner else ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # copy for support
    label.setVisible(False)
    return label


def _field_with_error(field: QWidget, error: QLabel, hint: str) -> QWidget:
    """A form field with an optional grey hint and its error line right below it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    if hint:
        layout.addWidget(hint_label(hint))
    layout.addWidget(error)
    return box


def _make_room(label: QLabel) -> None:
    """Qt sizes a window by its layout's minimum sizes, which count a word-wrapped label as one
    short line; pin the label to the height its text needs, so the window grows instead of
    cutting the message off."""
    label.setMinimumHeight(0)
    if not label.isVisible():
        return  # not on screen yet: showing the window sizes it from the size hints
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the label's real width
    needed = label.heightForWidth(label.width())
    if needed <= 0:
        return  # not word-wrapped: its minimum size is right already
    label.setMinimumHeight(needed)
    widget = label.parentWidget()
    while widget is not None and not widget.isWindow():
        widget.updateGeometry()  # the layouts above cache the old minimum
        widget = widget.parentWidget()


@dataclass(frozen=True)
class _Place:
    label: QLabel | None  # None: the general label says it
    focus: QWidget | None
    set_visible: Callable[[bool], None] | None  # None: the label's own setVisible


class FieldErrors:
    """Maps ``ValidationError.field`` names to labels under the fields, plus one general label.

    ``general`` takes errors that name no registered field (wrong password, conflicts, ...).
    ``fields`` maps a field name to (its error label or None, the widget to put the cursor in).
    """

    def __init__(
        self,
        general: QLabel,
        fields: dict[str, tuple[QLabel | None, QWidget | None]] | None = None,
    ) -> None:
        general.setVisible(False)
        self._general = general
        # Called after a ServerUnavailable is shown: an editor waits for the server to save
        # (EditorDialog.save_when_back).
        self.on_server_unavailable: Callable[[ServerUnavailable], None] | None = None
        self._places: dict[str, _Place] = {}
        for field, (label, focus) in (fields or {}).items():
            self.register(field, label, focus)

    def register(
        self,
        field: str,
        label: QLabel | None,
        focus: QWidget | None = None,
        set_visible: Callable[[bool], None] | None = None,
    ) -> None:
        """``set_visible`` shows and hides the label another way (e.g. its whole form row)."""
        place = _Place(label, focus, set_visible)
        self._places[field] = place
        self._set_visible(place, False)

    def add_field_row(
        self,
        form: QFormLayout,
        text: str,
        field: str,
        widget: QWidget,
        hint: str = "",
        name: str = "",
    ) -> QLabel:
        """A row ``text``: ``widget``, with an optional grey hint and the error line for ``field``
        below the widget; the error label is named ``name`` or ``error_<field>``."""
        label = error_label(name or f"error_{field}")
        self.register(field, label, widget)
        box = _field_with_error(widget, label, hint)
        form.addRow(text, box)
        row_label = form.labelForField(box)
        if isinstance(row_label, QLabel):
            row_label.setBuddy(widget)  # the mnemonic focuses the field, not its box
        return label

    def add_error_row(self, form: QFormLayout, field: str, focus: QWidget | None = None) -> QLabel:
        """An error row under the last row of ``form``, hidden until an error names ``field``."""
        label = error_label(f"error_{field}")
        # Fields may stay at their size hint; a wrapped label would be as narrow.
        label.setWordWrap(False)
        form.addRow("", label)
        self.register(field, label, focus, lambda on: form.setRowVisible(label, on))
        return label

    def clear(self) -> None:
        self._general.clear()
        self._general.setVisible(False)
        for place in self._places.values():
            if place.label is not None:
                place.label.clear()
                self._set_visible(place, False)

    def show(self, exc: ServiceError) -> None:
        """Show ``exc`` where it belongs and put the cursor into the field to fix."""
        self.show_text(exc.field if isinstance(exc, ValidationError) else None, error_text(exc))
        if isinstance(exc, ServerUnavailable) and self.on_server_unavailable is not None:
            self.on_server_unavailable(exc)

    def show_text(self, field: str | None, text: str) -> None:
        """Also for a complaint the UI itself makes (e.g. the two new passwords differ)."""
        self.clear()
        place = self._places.get(field) if field else None
        if place is None or place.label is None:
            label = self._general
            label.setText(text)
            label.setVisible(True)
        else:
            label = place.label
            label.setText(text)
            self._set_visible(place, True)
        _make_room(label)
        if place is not None and place.focus is not None:
            place.focus.setFocus()
            if isinstance(place.focus, QLineEdit):
                place.focus.selectAll()  # typing replaces the refused input

    def shown(self) -> dict[str, str]:
        """The messages on screen by field; the general label's under ``""``."""
        texts = {"": self._general.text()}
        texts.update((f, p.label.text()) for f, p in self._places.items() if p.label is not None)
        return {field: text for field, text in texts.items() if text}

    @staticmethod
    def _set_visible(place: _Place, on: bool) -> None:
        if place.set_visible is not None:
            place.set_visible(on)
        elif place.label is not None:
            place.label.setVisible(on)
