"""A customer card's history tab that reads its rows only when on screen: the caller pop-up's
card fills every tab on each ring, and a tab nobody looks at must cost the pop-up nothing."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from yuntian.services import Services
from yuntian.services.common.permissions import Actor


class LazyCustomerTab(QWidget):
    """Subclasses read ``self.customer_id``'s rows in ``_load()``."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.customer_id: int | None = None
        self._stale = False  # the customer changed while the tab was hidden

    def show_customer(self, customer_id: int | None) -> None:
        """Read at once when on screen, else when first shown."""
        self.customer_id = customer_id
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self._load()

    def _load(self) -> None:
        raise NotImplementedError
