"""The contract of the settings dialog's tabs, with their error banner and the save step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.common.record_versions import StaleRecord
from yuntian.ui.common.conflict_dialog import ConflictField, open_conflict
from yuntian.ui.common.field_errors import FieldErrors, error_label


class SettingsPage(QWidget):
    """A tab saved by the dialog's OK / Apply buttons.

    ``changed`` tells the dialog to re-check ``is_dirty`` and ``is_valid`` (button states).
    ``banner`` (for the page's layout) shows refusals that name no field of the page; fields
    register their error rows with ``errors``.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = error_label("error_banner", self, banner=True)
        self.errors = FieldErrors(self.banner)
        self._saved: object = None

    def page_layout(self) -> QVBoxLayout:
        """The page's layout, the banner at its top."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        return layout

    def is_dirty(self) -> bool:
        raise NotImplementedError

    def opened_record(self) -> object | None:
        """The stored record the page was filled from (a service's view with a version)."""
        return None

    def conflict_fields(self) -> list[ConflictField]:
        return []

    def reload_record(self, current: object) -> None:
        raise NotImplementedError(f"{type(self).__name__} cannot reload")

    def is_valid(self) -> bool:
        return True

    def apply(self, actor: Actor) -> bool:
        """Save what changed; show any refusal in place and return False (input is kept)."""
        raise NotImplementedError

    def _store(self, save: Callable[[], object], state: object) -> bool:
        """Run one service call; on success ``state`` becomes the saved state ``is_dirty``
        compares with, on refusal the reason is shown and the input stays for correction;
        saved on another PC since: the conflict dialog (``conflict_fields``,
        ``reload_record``)."""
        self.errors.clear()
        try:
            save()
        except StaleRecord as exc:
            self.errors.show(exc)
            open_conflict(
                self,
                exc,
                fields=self.conflict_fields(),
                opened=self.opened_record(),
                reload=self.reload_record,
                today=dt.date.today(),
            )
            return False
        except ServiceError as exc:
            self.errors.show(exc)
            return False
        self._saved = state
        return True
