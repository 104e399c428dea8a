"""Small builders for the customer service tests."""

from __future__ import annotations

from yuntian.db.models import Role
from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_types import CustomerInput, PhoneInput, SaveResult


def new_customer(
    services: Services, actor: Actor, name: str, *phones: str, **fields: object
) -> SaveResult:
    """Create a customer with the given numbers (kind derived) and other CustomerInput fields."""
    data = CustomerInput(name=name, phones=tuple(PhoneInput(p) for p in phones), **fields)
    return services.customers.create(actor, data)


def audit_actions(services: Services, admin: Actor) -> list[tuple[str, str, str]]:
    """(action, target, detail) of the audit trail, oldest first."""
    return [(e.action, e.target, e.detail) for e in reversed(services.audit.entries(admin))]


def salesperson(services: Services, admin: Actor, username: str, display_name: str) -> int:
    role = Role.get(Role.key == "receptionist").id
    return services.users.create_user(admin, username, display_name, "Sales-123", [role]).id
