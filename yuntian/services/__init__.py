"""Use-cases. Each public method takes the acting user first, checks the permission, runs in one
transaction and returns plain dataclasses. No Qt.

``Services`` builds each service at its first use, importing its module only then: the login
dialog needs three of them, and importing the others (openpyxl, jinja2, pypinyin, ...) before
sign-in cost the start-up most of a second (tests/ui/shell/test_startup_imports.py).
"""

from __future__ import annotations

import datetime as dt
import importlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar, overload

import peewee as pw

from yuntian.config import Profile
from yuntian.services.common.audit import AuditTrail, Clock
from yuntian.services.common.changes import ChangeBus

if TYPE_CHECKING:
    from yuntian.services.admin.auth import AuthService
    from yuntian.services.admin.users import UserService
    from yuntian.services.calls.call_journal import CallJournal
    from yuntian.services.calls.calls import CallService
    from yuntian.services.calls.messages import MessageService
    from yuntian.services.calls.phone_settings import PhoneSettingsService
    from yuntian.services.common.numbering import Numbering
    from yuntian.services.customers.customer_export_service import CustomerExportService
    from yuntian.services.customers.customer_groups import CustomerGroupService
    from yuntian.services.customers.customer_import_service import CustomerImportService
    from yuntian.services.customers.customer_lookup import CustomerLookupService
    from yuntian.services.customers.customer_notes import CustomerNotesService
    from yuntian.services.customers.customer_search import CustomerSearchService
    from yuntian.services.customers.customers import CustomerService
    from yuntian.services.parts.part_catalogue import PartCatalogueService
    from yuntian.services.parts.part_documents import PartDocumentService
    from yuntian.services.parts.part_excel import PartExcelService
    from yuntian.services.parts.part_lookup import PartLookupService
    from yuntian.services.parts.part_stock import PartStockService
    from yuntian.services.printing.print_templates import PrintTemplateService
    from yuntian.services.sales.catalogue import CatalogueService
    from yuntian.services.sales.payments import PaymentService
    from yuntian.services.sales.sales import SaleService
    from yuntian.services.service_orders.maintenance import MaintenanceService
    from yuntian.services.service_orders.service_orders import ServiceOrderService
    from yuntian.services.settings.settings import SettingsService
    from yuntian.services.settings.setup import SetupService
    from yuntian.services.stations.stations import StationService
    from yuntian.services.statistics.customer_stats import CustomerStatsService
    from yuntian.services.statistics.overview import OverviewService
    from yuntian.services.statistics.part_stats import PartStatsService
    from yuntian.services.statistics.sale_stats import SaleStatsService
    from yuntian.services.statistics.service_stats import ServiceStatsService

T = TypeVar("T")


def system_clock() -> dt.datetime:
    return dt.datetime.now()


class _BuiltOnUse(Generic[T]):
    """An attribute of Services built by ``build`` at its first read, then kept in the
    instance (which then shadows this non-data descriptor: later reads cost nothing). The
    build holds the services' lock, so two threads never build two instances of one service.
    ``module`` is where the service's class lives (``import_service_modules`` loads it)."""

    def __init__(self, module: str, build: Callable[[Services], T]) -> None:
        self.module = module
        self._build = build
        self._name = build.__name__

    @overload
    def __get__(self, services: None, owner: type | None = None) -> _BuiltOnUse[T]: ...
    @overload
    def __get__(self, services: Services, owner: type | None = None) -> T: ...
    def __get__(self, services: Services | None, owner: type | None = None) -> T | _BuiltOnUse[T]:
        if services is None:
            return self
        with services._lock:
            built = services.__dict__.get(self._name)
            if built is None:
                built = self._build(services)
                services.__dict__[self._name] = built
            return built


def _built_on_use(module: str) -> Callable[[Callable[[Services], T]], _BuiltOnUse[T]]:
    return lambda build: _BuiltOnUse(module, build)


class Services:
    """Everything the UI and the command line call, built once by the composition root."""

    def __init__(self, db: pw.Database, profile: Profile, clock: Clock = system_clock) -> None:
        self.db = db
        self.profile = profile
        self.clock = clock
        self.changes = ChangeBus()  # what every action changed; pages listen (common/changes.py)
        self.audit = AuditTrail(clock)
        self._lock = threading.RLock()  # re-entrant: a service's build reads the ones it uses

    @_built_on_use("yuntian.services.admin.auth")
    def auth(self) -> AuthService:
        from yuntian.services.admin.auth import AuthService

        return AuthService(self.db, self.audit, self.clock, changes=self.changes)

    @_built_on_use("yuntian.services.admin.users")
    def users(self) -> UserService:
        from yuntian.services.admin.users import UserService

        return UserService(self.db, self.audit, self.clock, changes=self.changes)

    @_built_on_use("yuntian.services.settings.settings")
    def settings(self) -> SettingsService:
        from yuntian.services.settings.settings import SettingsService

        return SettingsService(self.db, self.audit, self.profile, changes=self.changes)

    @_built_on_use("yuntian.services.calls.phone_settings")
    def phone_settings(self) -> PhoneSettingsService:
        from yuntian.services.calls.phone_settings import PhoneSettingsService

        return PhoneSettingsService(self.db, self.audit, self.profile, changes=self.changes)

    @_built_on_use("yuntian.services.settings.setup")
    def setup(self) -> SetupService:
        from yuntian.services.settings.setup import SetupService

        return SetupService(self.db, self.audit, self.settings, changes=self.changes)

    @_built_on_use("yuntian.services.common.numbering")
    def numbering(self) -> Numbering:
        from yuntian.services.common.numbering import Numbering

        return Numbering(self.db, self.clock)

    @_built_on_use("yuntian.services.statistics.overview")
    def overview(self) -> OverviewService:
        from yuntian.services.statistics.overview import OverviewService

        return OverviewService(self.db, self.profile, self.clock, self.maintenance.count_unordered)

    @_built_on_use("yuntian.services.customers.customers")
    def customers(self) -> CustomerService:
        from yuntian.services.customers.customers import CustomerService

        return CustomerService(
            self.db, self.audit, self.clock, self.numbering, self.profile, changes=self.changes
        )

    @_built_on_use("yuntian.services.customers.customer_groups")
    def customer_groups(self) -> CustomerGroupService:
        from yuntian.services.customers.customer_groups import CustomerGroupService

        return CustomerGroupService(self.db, self.audit, changes=self.changes)

    @_built_on_use("yuntian.services.customers.customer_notes")
    def customer_notes(self) -> CustomerNotesService:
        from yuntian.services.customers.customer_notes import CustomerNotesService

        return CustomerNotesService(self.db, self.audit, self.clock, changes=self.changes)

    @_built_on_use("yuntian.services.statistics.customer_stats")
    def customer_stats(self) -> CustomerStatsService:
        from yuntian.services.statistics.customer_stats import CustomerStatsService

        return CustomerStatsService(self.db)

    @_built_on_use("yuntian.services.customers.customer_lookup")
    def customer_lookup(self) -> CustomerLookupService:
        from yuntian.services.customers.customer_lookup import CustomerLookupService

        return CustomerLookupService(self.db, self.profile)

    @_built_on_use("yuntian.services.customers.customer_search")
    def customer_search(self) -> CustomerSearchService:
        from yuntian.services.customers.customer_search import CustomerSearchService

        return CustomerSearchService(self.db)

    @_built_on_use("yuntian.services.customers.customer_import_service")
    def customer_import(self) -> CustomerImportService:
        from yuntian.services.customers.customer_import_service import CustomerImportService

        return CustomerImportService(
            self.db,
            self.audit,
            self.clock,
            self.numbering,
            self.profile,
            self.customers,
            self.customer_groups,
            changes=self.changes,
        )

    @_built_on_use("yuntian.services.customers.customer_export_service")
    def customer_export(self) -> CustomerExportService:
        from yuntian.services.customers.customer_export_service import CustomerExportService

        return CustomerExportService(self.db, self.audit, self.customer_search)

    @_built_on_use("yuntian.services.calls.calls")
    def calls(self) -> CallService:
        from yuntian.services.calls.calls import CallService

        return CallService(
            self.db, self.audit, self.clock, self.profile, self.customer_lookup,
            changes=self.changes,
        )  # fmt: skip

    @_built_on_use("yuntian.services.calls.call_journal")
    def call_journal(self) -> CallJournal:
        from yuntian.services.calls.call_journal import CallJournal

        spool = None if self.profile is None else self.profile.held_calls_dir
        return CallJournal(self.db, self.calls, self.customer_lookup, spool, self.clock)

    @_built_on_use("yuntian.services.calls.messages")
    def messages(self) -> MessageService:
        from yuntian.services.calls.messages import MessageService

        return MessageService(self.db, self.audit, self.clock, changes=self.changes)

    @_built_on_use("yuntian.services.sales.catalogue")
    def catalogue(self) -> CatalogueService:
        from yuntian.services.sales.catalogue import CatalogueService

        return CatalogueService(self.db, self.audit, changes=self.changes)

    @_built_on_use("yuntian.services.sales.sales")
    def sales(self) -> SaleService:
        from yuntian.services.sales.sales import SaleService

        return SaleService(self.db, self.audit, self.clock, self.numbering, changes=self.changes)

    @_built_on_use("yuntian.services.sales.payments")
    def payments(self) -> PaymentService:
        from yuntian.services.sales.payments import PaymentService

        return PaymentService(self.db, self.audit, self.clock, changes=self.changes)

    @_built_on_use("yuntian.services.statistics.sale_stats")
    def sale_stats(self) -> SaleStatsService:
        from yuntian.services.statistics.sale_stats import SaleStatsService

        return SaleStatsService(self.db, self.audit)

    @_built_on_use("yuntian.services.service_orders.service_orders")
    def service_orders(self) -> ServiceOrderService:
        from yuntian.services.service_orders.service_orders import ServiceOrderService

        return ServiceOrderService(
            self.db,
            self.audit,
            self.clock,
            self.numbering,
            changes=self.changes,
            parts=self.part_documents,
        )

    @_built_on_use("yuntian.services.parts.part_documents")
    def part_documents(self) -> PartDocumentService:
        from yuntian.services.parts.part_documents import PartDocumentService

        return PartDocumentService(
            self.db, self.audit, self.clock, self.numbering, changes=self.changes
        )

    @_built_on_use("yuntian.services.parts.part_catalogue")
    def part_catalogue(self) -> PartCatalogueService:
        from yuntian.services.parts.part_catalogue import PartCatalogueService

        return PartCatalogueService(
            self.db, self.audit, self.clock, self.numbering, changes=self.changes
        )

    @_built_on_use("yuntian.services.parts.part_excel")
    def part_excel(self) -> PartExcelService:
        from yuntian.services.parts.part_excel import PartExcelService

        return PartExcelService(
            self.db, self.audit, self.clock, self.numbering, self.part_catalogue,
            changes=self.changes,
        )  # fmt: skip

    @_built_on_use("yuntian.services.parts.part_lookup")
    def part_lookup(self) -> PartLookupService:
        from yuntian.services.parts.part_lookup import PartLookupService

        return PartLookupService(self.db)

    @_built_on_use("yuntian.services.parts.part_stock")
    def part_stock(self) -> PartStockService:
        from yuntian.services.parts.part_stock import PartStockService

        return PartStockService(self.db, self.audit)

    @_built_on_use("yuntian.services.service_orders.maintenance")
    def maintenance(self) -> MaintenanceService:
        from yuntian.services.service_orders.maintenance import MaintenanceService

        return MaintenanceService(
            self.db, self.audit, self.clock, self.service_orders, self.settings,
            changes=self.changes,
        )  # fmt: skip

    @_built_on_use("yuntian.services.statistics.service_stats")
    def service_stats(self) -> ServiceStatsService:
        from yuntian.services.statistics.service_stats import ServiceStatsService

        return ServiceStatsService(self.db, self.audit)

    @_built_on_use("yuntian.services.statistics.part_stats")
    def part_stats(self) -> PartStatsService:
        from yuntian.services.statistics.part_stats import PartStatsService

        return PartStatsService(self.db, self.audit)

    @_built_on_use("yuntian.services.printing.print_templates")
    def print_templates(self) -> PrintTemplateService:
        from yuntian.services.printing.print_templates import PrintTemplateService

        return PrintTemplateService(self.db, self.audit, self.clock, changes=self.changes)

    @_built_on_use("yuntian.services.stations.stations")
    def stations(self) -> StationService:
        from yuntian.services.stations.stations import StationService

        return StationService(self.db, self.profile, changes=self.changes)


def service_names() -> list[str]:
    """The attribute name of every service, the audit trail and the change bus included (what
    the permission and audit tables must cover)."""
    built = [name for name, a in vars(Services).items() if isinstance(a, _BuiltOnUse)]
    return ["audit", "changes", *built]


def import_service_modules() -> None:
    """Import the module of every service (and what they import: openpyxl, pypinyin, ...) so
    that their first use does not wait for it; the GUI runs this while the login dialog waits
    for the password."""
    for attribute in vars(Services).values():
        if isinstance(attribute, _BuiltOnUse):
            importlib.import_module(attribute.module)


def build_services(db: pw.Database, profile: Profile, clock: Clock = system_clock) -> Services:
    return Services(db, profile, clock)
