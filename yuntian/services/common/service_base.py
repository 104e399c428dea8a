"""What most services are built with: the database, the audit trail, the clock, and the change
bus their ``@announces`` methods report on."""

from __future__ import annotations

import peewee as pw

from yuntian.services.common.audit import AuditTrail, Clock
from yuntian.services.common.changes import ChangeBus


class ServiceBase:
    def __init__(
        self, db: pw.Database, audit: AuditTrail, clock: Clock, changes: ChangeBus
    ) -> None:
        self._db = db
        self._audit = audit
        self._clock = clock
        self.changes = changes
