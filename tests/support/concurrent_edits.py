"""The worker of the concurrent-edit test: one program (a PC) that opens a customer or a service
order, and at the same moment as another program saves its own change of another field."""

from __future__ import annotations

import dataclasses
import datetime as dt
import traceback
from pathlib import Path
from typing import Any

from yuntian.config import load_profile
from yuntian.db.profile_database import open_profile_database
from yuntian.services import build_services
from yuntian.services.common.record_versions import StaleRecord
from yuntian.services.customers.customer_types import (
    AddressInput,
    ContactInput,
    CustomerDetail,
    CustomerInput,
    PhoneInput,
)
from yuntian.services.service_orders.service_order_types import (
    ServiceOrderInput,
    ServiceOrderView,
)


def customer_form(c: CustomerDetail) -> CustomerInput:
    """What the customer editor sends when nothing was changed."""
    return CustomerInput(
        name=c.name,
        phones=tuple(PhoneInput(p.raw, p.kind) for p in c.phones),
        addresses=tuple(
            AddressInput(a.province, a.city, a.district, a.street) for a in c.addresses
        ),
        contacts=tuple(ContactInput(x.name, x.title, x.phone) for x in c.contacts),
        email=c.email,
        other_contact=c.other_contact,
        group_id=c.group_id,
        salesperson_id=c.salesperson_id,
        blacklisted=c.blacklisted,
        blacklist_reason=c.blacklist_reason,
        notes=c.notes,
    )


def order_form(o: ServiceOrderView) -> ServiceOrderInput:
    """What the order editor sends when nothing was changed."""
    return ServiceOrderInput(
        customer_id=o.customer_id,
        service_type=o.service_type,
        fault=o.fault,
        sale_id=o.sale_id,
        contact_name=o.contact_name,
        contact_phone=o.contact_phone,
        address=o.address,
        appointment_at=o.appointment_at,
        priority=o.priority,
        technician_ids=o.technician_ids,
    )


def edit_rounds(
    root: str,
    who: str,
    username: str,
    password: str,
    customer_id: int,
    order_id: int,
    rounds: int,
    barrier: Any,
    results: Any,
) -> None:
    """``who`` is "a" (changes the customer's e-mail and the order's fault) or "b" (the
    customer's notes and number, the order's contact). Each round: load both records, wait for
    the other program, save, report ("customer"|"order", round, "saved"|"stale"|error)."""
    try:
        profile = load_profile(Path(root), create=False)
        db = open_profile_database(profile, migrate=False)
        services = build_services(db, profile, dt.datetime.now)
        actor = services.auth.login(username, password)
        for n in range(rounds):
            for kind in ("customer", "order"):
                if kind == "customer":
                    opened = services.customers.get(actor, customer_id)
                    form = customer_form(opened)
                    if who == "a":
                        form = dataclasses.replace(form, email=f"a{n}@example.cn")
                    else:
                        phone = (PhoneInput(f"1390000{n:04d}"),)
                        form = dataclasses.replace(form, notes=f"b{n}", phones=phone)

                    def save(form=form, version=opened.version) -> object:
                        return services.customers.update(actor, customer_id, form, version=version)
                else:
                    order = services.service_orders.get(actor, order_id)
                    data = order_form(order)
                    if who == "a":
                        data = dataclasses.replace(data, fault=f"a{n} 故障")
                    else:
                        data = dataclasses.replace(data, contact_name=f"b{n}")

                    def save(data=data, version=order.version) -> object:
                        return services.service_orders.update(
                            actor, order_id, data, version=version
                        )

                barrier.wait(timeout=60)  # both have the same version open
                try:
                    save()
                    outcome = "saved"
                except StaleRecord:
                    outcome = "stale"
                results.put((who, kind, n, outcome))
                barrier.wait(timeout=60)  # both done before the next load
        db.close()
    except Exception:
        results.put((who, "error", -1, traceback.format_exc()))
