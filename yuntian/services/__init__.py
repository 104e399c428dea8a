"""Use-cases. Each public method takes the acting user first, checks the permission, runs in one
transaction and returns plain dataclasses. No Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from yuntian.config import Profile
from yuntian.services.admin.auth import AuthService
from yuntian.services.admin.users import UserService
from yuntian.services.calls.calls import CallService
from yuntian.services.calls.messages import MessageService
from yuntian.services.calls.phone_settings import PhoneSettingsService
from yuntian.services.common.audit import AuditTrail, Clock
from yuntian.services.common.changes import ChangeBus
from yuntian.services.common.numbering import Numbering
from yuntian.services.customers.customer_export_service import CustomerExportService
from yuntian.services.customers.customer_groups import CustomerGroupService
from yuntian.services.customers.customer_import_service import CustomerImportService
from yuntian.services.customers.customer_lookup import CustomerLookupService
from yuntian.services.customers.customer_notes import CustomerNotesService
from yuntian.services.customers.customer_search import CustomerSearchService
from yuntian.services.customers.customers import CustomerService
from yuntian.services.printing.print_templates import PrintTemplateService
from yuntian.services.sales.catalogue import CatalogueService
from yuntian.services.sales.payments import PaymentService
from yuntian.services.sales.sales import SaleService
from yuntian.services.service_orders.maintenance import MaintenanceService
from yuntian.services.service_orders.service_orders import ServiceOrderService
from yuntian.services.settings.settings import SettingsService
from yuntian.services.settings.setup import SetupService
from yuntian.services.statistics.customer_stats import CustomerStatsService
from yuntian.services.statistics.overview import OverviewService
from yuntian.services.statistics.sale_stats import SaleStatsService
from yuntian.services.statistics.service_stats import ServiceStatsService


def system_clock() -> dt.datetime:
    return dt.datetime.now()


@dataclass
class Services:
    """Everything the UI and the command line call, built once by the composition root."""

    db: pw.Database
    changes: ChangeBus  # what every action changed; pages listen (see common/changes.py)
    profile: Profile
    clock: Clock
    audit: AuditTrail
    auth: AuthService
    users: UserService
    settings: SettingsService
    phone_settings: PhoneSettingsService
    setup: SetupService
    numbering: Numbering
    overview: OverviewService
    customers: CustomerService
    customer_groups: CustomerGroupService
    customer_notes: CustomerNotesService
    customer_stats: CustomerStatsService
    customer_lookup: CustomerLookupService
    customer_search: CustomerSearchService
    customer_import: CustomerImportService
    customer_export: CustomerExportService
    calls: CallService
    messages: MessageService
    catalogue: CatalogueService
    sales: SaleService
    payments: PaymentService
    sale_stats: SaleStatsService
    service_orders: ServiceOrderService
    maintenance: MaintenanceService
    service_stats: ServiceStatsService
    print_templates: PrintTemplateService


def build_services(db: pw.Database, profile: Profile, clock: Clock = system_clock) -> Services:
    changes = ChangeBus()
    audit = AuditTrail(clock)
    settings = SettingsService(db, audit, profile, changes=changes)
    numbering = Numbering(db, clock)
    customers = CustomerService(db, audit, clock, numbering, profile, changes=changes)
    customer_groups = CustomerGroupService(db, audit, changes=changes)
    customer_search = CustomerSearchService(db)
    customer_lookup = CustomerLookupService(db, profile)
    service_orders = ServiceOrderService(db, audit, clock, numbering, changes=changes)
    maintenance = MaintenanceService(db, audit, clock, service_orders, settings, changes=changes)
    return Services(
        db=db,
        changes=changes,
        profile=profile,
        clock=clock,
        audit=audit,
        auth=AuthService(db, audit, clock, changes=changes),
        users=UserService(db, audit, clock, changes=changes),
        settings=settings,
        phone_settings=PhoneSettingsService(db, audit, profile, changes=changes),
        setup=SetupService(db, audit, settings, changes=changes),
        numbering=numbering,
        overview=OverviewService(db, profile, clock, maintenance.count_unordered),
        customers=customers,
        customer_groups=customer_groups,
        customer_notes=CustomerNotesService(db, audit, clock, changes=changes),
        customer_stats=CustomerStatsService(db),
        customer_lookup=customer_lookup,
        customer_search=customer_search,
        customer_import=CustomerImportService(
            db, audit, clock, numbering, profile, customers, customer_groups, changes=changes
        ),
        customer_export=CustomerExportService(db, audit, customer_search),
        calls=CallService(db, audit, clock, profile, customer_lookup, changes=changes),
        messages=MessageService(db, audit, clock, changes=changes),
        catalogue=CatalogueService(db, audit, changes=changes),
        sales=SaleService(db, audit, clock, numbering, changes=changes),
        payments=PaymentService(db, audit, clock, changes=changes),
        sale_stats=SaleStatsService(db, audit),
        service_orders=service_orders,
        maintenance=maintenance,
        service_stats=ServiceStatsService(db, audit),
        print_templates=PrintTemplateService(db, audit, clock, changes=changes),
    )
