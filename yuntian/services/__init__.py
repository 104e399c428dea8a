"""Use-cases. Each public method takes the acting user first, checks the permission, runs in one
transaction and returns plain dataclasses. No Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from yuntian.config import Profile
from yuntian.services.audit import AuditTrail, Clock
from yuntian.services.auth import AuthService
from yuntian.services.numbering import Numbering
from yuntian.services.overview import OverviewService
from yuntian.services.settings import SettingsService
from yuntian.services.setup import SetupService
from yuntian.services.users import UserService


def system_clock() -> dt.datetime:
    return dt.datetime.now()


@dataclass
class Services:
    """Everything the UI and the command line call, built once by the composition root."""

    db: pw.Database
    profile: Profile
    clock: Clock
    audit: AuditTrail
    auth: AuthService
    users: UserService
    settings: SettingsService
    setup: SetupService
    numbering: Numbering
    overview: OverviewService


def build_services(db: pw.Database, profile: Profile, clock: Clock = system_clock) -> Services:
    audit = AuditTrail(clock)
    settings = SettingsService(db, audit, profile)
    return Services(
        db=db,
        profile=profile,
        clock=clock,
        audit=audit,
        auth=AuthService(db, audit, clock),
        users=UserService(db, audit, clock),
        settings=settings,
        setup=SetupService(db, audit, settings),
        numbering=Numbering(db, clock),
        overview=OverviewService(db, profile),
    )
