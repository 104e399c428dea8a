"""What the conflict dialog compares of a purchase record (a save refused because someone else
saved the sale first), under the sale form's own labels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from yuntian.ui.common.conflict_dialog import ConflictField, field_label


def sale_conflict_fields(custom_labels: Sequence[str]) -> list[ConflictField]:
    """The sale form's fields; ``custom_labels`` names the shop's five custom fields."""

    def label(text: str) -> str:
        return field_label(QCoreApplication.translate("SaleForm", text))

    def day(value: dt.date | None) -> str:
        return value.isoformat() if value else ""

    fields = [
        ("Product &model:", lambda s: s.product),
        ("&Serial number:", lambda s: s.serial_number),
        ("Sales&person:", lambda s: s.salesperson_name),
        ("Sales &unit:", lambda s: s.sales_unit_name),
        ("&Quantity:", lambda s: str(s.quantity)),
        ("Unit pri&ce:", lambda s: f"{s.unit_price}"),
        ("&Receivable:", lambda s: f"{s.receivable}"),
        ("Sale &date:", lambda s: day(s.sale_date)),
        ("&Installed on:", lambda s: day(s.install_date)),
        ("&Warranty until:", lambda s: day(s.warranty_end)),
        ("Main&tenance every:", lambda s: str(s.maintenance_interval_days)),
        ("Next maintenance:", lambda s: day(s.next_maintenance)),
        ("Call&back every:", lambda s: str(s.callback_interval_days)),
        ("Next callback:", lambda s: day(s.next_callback)),
    ]
    found = [ConflictField(label(text), get) for text, get in fields]
    for n, name in enumerate(custom_labels):
        if name.strip():
            found.append(ConflictField(name.strip(), lambda s, n=n: s.custom[n]))
    found.append(ConflictField(label("&Notes"), lambda s: s.notes))
    found.append(
        ConflictField(
            QCoreApplication.translate("SaleConflicts", "Voided"),
            lambda s: s.void_reason if s.voided else "",
        )
    )
    return found
