"""维修备件: the parts area as one page of tabs (stock on hand, documents, my parts, parts used,
reorder), so the area takes one place in the navigation instead of five. A tab's page is
built the first time it is shown; F5 refreshes the tab in front."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from yuntian.services import Services
from yuntian.services.common.permissions import Actor

Factory = Callable[[Services, Actor, QWidget], QWidget]


def _stock(services: Services, actor: Actor, parent: QWidget) -> QWidget:
    from yuntian.ui.parts.stock_page import StockPage

    return StockPage(services, actor, parent)


def _documents(services: Services, actor: Actor, parent: QWidget) -> QWidget:
    from yuntian.ui.parts.part_documents_page import PartDocumentsPage

    return PartDocumentsPage(services, actor, parent)


def _mine(services: Services, actor: Actor, parent: QWidget) -> QWidget:
    from yuntian.ui.parts.my_parts_page import MyPartsPage

    return MyPartsPage(services, actor, parent)


def _used(services: Services, actor: Actor, parent: QWidget) -> QWidget:
    from yuntian.ui.parts.consumption_page import ConsumptionPage

    return ConsumptionPage(services, actor, parent)


def _reorder(services: Services, actor: Actor, parent: QWidget) -> QWidget:
    from yuntian.ui.parts.reorder_page import ReorderPage

    return ReorderPage(services, actor, parent)


class PartsPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._factories: list[tuple[str, Factory]] = [
            ("stock", _stock),
            ("documents", _documents),
            ("mine", _mine),
            ("used", _used),
            ("reorder", _reorder),
        ]
        titles = {
            "stock": self.tr("Stock on hand"),
            "documents": self.tr("Documents"),
            "mine": self.tr("My parts"),
            "used": self.tr("Parts used"),
            "reorder": self.tr("Reorder"),
        }
        self._built: dict[int, QWidget] = {}
        for key, _ in self._factories:
            holder = QWidget(self.tabs)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, titles[key])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._build)
        self._build(0)

    def page(self, key: str) -> QWidget:
        """The tab's page (built now if it was not yet), shown in front."""
        index = [k for k, _ in self._factories].index(key)
        self.tabs.setCurrentIndex(index)
        return self._build(index)

    def refresh(self) -> None:
        page = self._built.get(self.tabs.currentIndex())
        if page is not None and hasattr(page, "refresh"):
            page.refresh()

    def _build(self, index: int) -> QWidget:
        if index not in self._built and 0 <= index < len(self._factories):
            holder = self.tabs.widget(index)
            page = self._factories[index][1](self._services, self._actor, holder)
            holder.layout().addWidget(page)
            self._built[index] = page
        return self._built[index]
