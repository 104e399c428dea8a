"""What the conflict dialog compares of a service order (a save refused because someone else
saved the order first), under the order form's own labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from yuntian.services.service_orders.service_order_types import ServiceOrderView
from yuntian.ui.common.conflict_dialog import ConflictField, field_label
from yuntian.ui.service_orders.service_order_history import when
from yuntian.ui.service_orders.service_order_words import state_label, warranty_label


def order_conflict_fields(priority: QComboBox) -> list[ConflictField]:
    """The order form's fields, and the state; ``priority`` is the form's box (its words)."""

    def label(text: str) -> str:
        return field_label(QCoreApplication.translate("ServiceOrderForm", text))

    def priority_text(o: ServiceOrderView) -> str:
        index = priority.findData(o.priority)
        return priority.itemText(index) if index >= 0 else str(o.priority)

    def product(o: ServiceOrderView) -> str:
        return " ".join(filter(None, (o.product, o.serial_number)))

    fields = (
        ("Co&ntact:", lambda o: o.contact_name),
        ("&Phone:", lambda o: o.contact_phone),
        ("A&ddress:", lambda o: o.address),
        ("P&roduct:", product),
        ("Warranty:", lambda o: warranty_label(o.warranty)),
        ("Rea&son:", lambda o: o.warranty_reason),
        ("&Fault:", lambda o: o.fault),
        ("Service t&ype:", lambda o: o.service_type),
        ("Priori&ty:", priority_text),
        ("Appoint&ment:", lambda o: when(o.appointment_at)),
        ("Techni&cians:", lambda o: " → ".join(o.technician_names)),
    )
    state = QCoreApplication.translate("ServiceOrderConflicts", "State")
    return [ConflictField(label(text), get) for text, get in fields] + [
        ConflictField(state, lambda o: state_label(o.state))
    ]
