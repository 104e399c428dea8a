"""The main window's areas: what each is called, who may see it, and how it is built.

A page is a QWidget built as ``Page(services, actor, parent)`` with a ``refresh()`` method.
Optional hook: ``snapshot_dialogs() -> list[tuple[str, QDialog]]`` names the dialogs the page
offers, so ``yuntian snapshot`` can render them too (the caller closes and deletes them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QStyle, QWidget

from yuntian.services import Services
from yuntian.services.common.permissions import Actor


class Page(Protocol):
    def refresh(self) -> None: ...


PageFactory = Callable[[Services, Actor, QWidget | None], QWidget]
SnapshotDialogs = Callable[[], list[tuple[str, QDialog]]]


@dataclass(frozen=True)
class PageSpec:
    key: str  # stable: names the snapshot file and the remembered last page
    title: str  # already translated
    permission: str | None  # None: everyone signed in
    factory: PageFactory
    shortcut: str | None = None  # an extra shortcut; Ctrl+1..9 follow the order anyway
    icon: QStyle.StandardPixmap = QStyle.StandardPixmap.SP_FileDialogContentsView

    def allowed(self, actor: Actor) -> bool:
        return self.permission is None or actor.can(self.permission)


def _home(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from yuntian.ui.shell.home_page import HomePage

    return HomePage(services, actor, parent)


def _customers(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from yuntian.ui.customers.customers_page import CustomersPage

    return CustomersPage(services, actor, parent)


def _calls(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from yuntian.ui.calls.call_log_page import CallLogPage
    from yuntian.ui.customers.customer_card import card_opener

    return CallLogPage(services, actor, parent, open_card=card_opener(services, actor))


def _sales(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from yuntian.ui.customers.customer_card import card_opener
    from yuntian.ui.sales.sales_page import SalesPage

    return SalesPage(services, actor, parent, open_card=card_opener(services, actor))


def _service_orders(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from yuntian.ui.customers.customer_card import card_opener
    from yuntian.ui.service_orders.service_orders_page import ServiceOrdersPage

    return ServiceOrdersPage(services, actor, parent, open_card=card_opener(services, actor))


def _maintenance(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from yuntian.ui.customers.customer_card import card_opener
    from yuntian.ui.service_orders.maintenance_page import MaintenancePage

    return MaintenancePage(services, actor, parent, open_card=card_opener(services, actor))


def _parts(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from yuntian.ui.parts.parts_page import PartsPage

    return PartsPage(services, actor, parent)


def _customer_stats(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from yuntian.ui.statistics.customer_stats_page import CustomerStatsPage

    return CustomerStatsPage(services, actor, parent)


def _sale_stats(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from yuntian.ui.statistics.sale_stats_page import SaleStatsPage

    return SaleStatsPage(services, actor, parent)


def _service_stats(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from yuntian.ui.statistics.service_stats_page import ServiceStatsPage

    return ServiceStatsPage(services, actor, parent)


def _part_stats(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from yuntian.ui.statistics.part_stats_page import PartStatsPage

    return PartStatsPage(services, actor, parent)


def _messages(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from yuntian.ui.calls.messages_page import MessagesPage

    return MessagesPage(services, actor, parent)


def _users(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from yuntian.ui.admin.users_page import UsersPage

    return UsersPage(services, actor, parent)


def _audit(services: Services, actor: Actor, parent: QWidget | None) -> QWidget:
    from yuntian.ui.admin.audit_page import AuditPage

    return AuditPage(services, actor, parent)


def default_pages() -> list[PageSpec]:
    """Every area that works today; call after the translators are installed."""
    sp = QStyle.StandardPixmap
    return [
        PageSpec(
            "home", QCoreApplication.translate("Pages", "Home"), None, _home, icon=sp.SP_DirHomeIcon
        ),
        PageSpec(
            "customers",
            QCoreApplication.translate("Pages", "Customers"),
            None,
            _customers,
            icon=sp.SP_DirIcon,
        ),
        PageSpec(
            "calls",
            QCoreApplication.translate("Pages", "Call log"),
            None,
            _calls,
            icon=sp.SP_MediaVolume,
        ),
        PageSpec(
            "sales",
            QCoreApplication.translate("Pages", "Sales & payments"),
            None,
            _sales,
            icon=sp.SP_FileIcon,
        ),
        PageSpec(
            "service_orders",
            QCoreApplication.translate("Pages", "Service orders"),
            None,
            _service_orders,
            icon=sp.SP_ComputerIcon,
        ),
        PageSpec(
            "maintenance",
            QCoreApplication.translate("Pages", "Due maintenance"),
            None,
            _maintenance,
            icon=sp.SP_BrowserReload,
        ),
        PageSpec(
            "parts",
            QCoreApplication.translate("Pages", "Spare parts"),
            None,
            _parts,
            icon=sp.SP_DriveHDIcon,
        ),
        PageSpec(
            "customer_stats",
            QCoreApplication.translate("Pages", "New customers"),
            "stats.view",
            _customer_stats,
            icon=sp.SP_FileDialogListView,
        ),
        PageSpec(
            "sale_stats",
            QCoreApplication.translate("Pages", "Purchase statistics"),
            "stats.view",
            _sale_stats,
            icon=sp.SP_FileDialogContentsView,
        ),
        PageSpec(
            "service_stats",
            QCoreApplication.translate("Pages", "Service statistics"),
            "stats.view",
            _service_stats,
            icon=sp.SP_FileDialogContentsView,
        ),
        PageSpec(
            "part_stats",
            QCoreApplication.translate("Pages", "Parts statistics"),
            "stats.view",
            _part_stats,
            icon=sp.SP_FileDialogContentsView,
        ),
        PageSpec(
            "messages",
            QCoreApplication.translate("Pages", "Messages"),
            None,
            _messages,
            icon=sp.SP_MessageBoxInformation,
        ),
        PageSpec(
            "users",
            QCoreApplication.translate("Pages", "Users & roles"),
            "users.manage",
            _users,
            icon=sp.SP_FileDialogDetailedView,
        ),
        PageSpec(
            "audit",
            QCoreApplication.translate("Pages", "Audit trail"),
            "users.manage",
            _audit,
            icon=sp.SP_FileDialogInfoView,
        ),
    ]
