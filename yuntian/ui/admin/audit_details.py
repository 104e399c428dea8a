"""The audit trail's target and detail columns as readable text in the UI's language.

Services record details as a mapping of plain values (``{"calls": 2537}``, ``{"warranty":
"out"}``); each key has a label here and known values (warranty, states, sign-in failures ...)
their words, so a row reads "质保：保外" instead of "out". Entries written before details were
structured hold English fragments ("保养 out", "2537 calls", "attempt 1"): the known shapes are
read back into the same fields, anything else shows as it was stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.audit import AuditRecord
from yuntian.services.service_orders.service_order_types import OrderState, Warranty
from yuntian.services.settings.settings import ENUM_KINDS, NUMBERED_KINDS
from yuntian.ui.common.i18n import permission_label
from yuntian.ui.service_orders.service_order_words import state_label, warranty_label

DETAILS_CONTEXT = "AuditDetails"

# Every key a service puts in a detail; a test checks that the services use no other.
FIELD_LABELS: dict[str, str] = {
    "added": QT_TRANSLATE_NOOP("AuditDetails", "Permissions added"),
    "amount": QT_TRANSLATE_NOOP("AuditDetails", "Amount"),
    "attempt": QT_TRANSLATE_NOOP("AuditDetails", "Failed attempt"),
    "calls": QT_TRANSLATE_NOOP("AuditDetails", "Calls"),
    "cost": QT_TRANSLATE_NOOP("AuditDetails", "Cost"),
    "customer": QT_TRANSLATE_NOOP("AuditDetails", "Customer"),
    "customers": QT_TRANSLATE_NOOP("AuditDetails", "Customers"),
    "database": QT_TRANSLATE_NOOP("AuditDetails", "Database"),
    "date": QT_TRANSLATE_NOOP("AuditDetails", "Date"),
    "date_pattern": QT_TRANSLATE_NOOP("AuditDetails", "Date part"),
    "devices": QT_TRANSLATE_NOOP("AuditDetails", "Devices"),
    "digits": QT_TRANSLATE_NOOP("AuditDetails", "Digits"),
    "display_name": QT_TRANSLATE_NOOP("AuditDetails", "Display name"),
    "entry": QT_TRANSLATE_NOOP("AuditDetails", "Entry"),
    "ids": QT_TRANSLATE_NOOP("AuditDetails", "Record numbers"),
    "imported": QT_TRANSLATE_NOOP("AuditDetails", "Imported"),
    "kind": QT_TRANSLATE_NOOP("AuditDetails", "Kind"),
    "language": QT_TRANSLATE_NOOP("AuditDetails", "Language"),
    "lines": QT_TRANSLATE_NOOP("AuditDetails", "Lines"),
    "local_area_code": QT_TRANSLATE_NOOP("AuditDetails", "Local area code"),
    "locked_until": QT_TRANSLATE_NOOP("AuditDetails", "Locked until"),
    "maintenance_due": QT_TRANSLATE_NOOP("AuditDetails", "Maintenance due"),
    "messages": QT_TRANSLATE_NOOP("AuditDetails", "Messages"),
    "method": QT_TRANSLATE_NOOP("AuditDetails", "Payment method"),
    "mode": QT_TRANSLATE_NOOP("AuditDetails", "Mode"),
    "next_maintenance": QT_TRANSLATE_NOOP("AuditDetails", "Next maintenance"),
    "note": QT_TRANSLATE_NOOP("AuditDetails", "Note"),
    "period": QT_TRANSLATE_NOOP("AuditDetails", "Period"),
    "phone": QT_TRANSLATE_NOOP("AuditDetails", "Phone"),
    "prefix": QT_TRANSLATE_NOOP("AuditDetails", "Prefix"),
    "product": QT_TRANSLATE_NOOP("AuditDetails", "Product"),
    "quantity": QT_TRANSLATE_NOOP("AuditDetails", "Quantity"),
    "read": QT_TRANSLATE_NOOP("AuditDetails", "Rows read"),
    "reason": QT_TRANSLATE_NOOP("AuditDetails", "Reason"),
    "receivable": QT_TRANSLATE_NOOP("AuditDetails", "Receivable"),
    "rejected": QT_TRANSLATE_NOOP("AuditDetails", "Rejected"),
    "reminder_lead_days": QT_TRANSLATE_NOOP("AuditDetails", "Reminder lead days"),
    "removed": QT_TRANSLATE_NOOP("AuditDetails", "Permissions removed"),
    "reverses": QT_TRANSLATE_NOOP("AuditDetails", "Reverses"),
    "service_work": QT_TRANSLATE_NOOP("AuditDetails", "Does service work"),
    "rows": QT_TRANSLATE_NOOP("AuditDetails", "Rows"),
    "sale": QT_TRANSLATE_NOOP("AuditDetails", "Purchase"),
    "service_type": QT_TRANSLATE_NOOP("AuditDetails", "Service type"),
    "shop_name": QT_TRANSLATE_NOOP("AuditDetails", "Shop name"),
    "state": QT_TRANSLATE_NOOP("AuditDetails", "State"),
    "text": QT_TRANSLATE_NOOP("AuditDetails", "Text"),
    "total": QT_TRANSLATE_NOOP("AuditDetails", "Total fees"),
    "warnings": QT_TRANSLATE_NOOP("AuditDetails", "Warnings"),
    "warranty": QT_TRANSLATE_NOOP("AuditDetails", "Warranty"),
}
# Values that are codes, by key: shown as words (other values show as they are).
_VALUE_WORDS: dict[str, dict[str, str]] = {
    "reason": {
        "unknown_user": QT_TRANSLATE_NOOP("AuditDetails", "No such user"),
        "locked": QT_TRANSLATE_NOOP("AuditDetails", "Account locked"),
        "disabled": QT_TRANSLATE_NOOP("AuditDetails", "Account disabled"),
        "password": QT_TRANSLATE_NOOP("AuditDetails", "Wrong password"),
    },
    "mode": {
        "valid-rows": QT_TRANSLATE_NOOP("AuditDetails", "Valid rows only"),
        "all-or-nothing": QT_TRANSLATE_NOOP("AuditDetails", "All or nothing"),
    },
    "kind": {  # a parts document's kind
        "in": QT_TRANSLATE_NOOP("AuditDetails", "Stock-in"),
        "issue": QT_TRANSLATE_NOOP("AuditDetails", "Issue to a technician"),
        "return": QT_TRANSLATE_NOOP("AuditDetails", "Return to the store"),
        "transfer": QT_TRANSLATE_NOOP("AuditDetails", "Transfer"),
        "consume": QT_TRANSLATE_NOOP("AuditDetails", "Used on a service order"),
        "scrap": QT_TRANSLATE_NOOP("AuditDetails", "Scrap"),
        "adjust": QT_TRANSLATE_NOOP("AuditDetails", "Stocktake adjustment"),
        "reverse": QT_TRANSLATE_NOOP("AuditDetails", "Reversal"),
    },
    "language": {
        "zh_CN": QT_TRANSLATE_NOOP("AuditDetails", "Chinese"),
        "en": QT_TRANSLATE_NOOP("AuditDetails", "English"),
        "system": QT_TRANSLATE_NOOP("AuditDetails", "As the system"),
    },
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(DETAILS_CONTEXT, text)


def value_text(key: str, value: object) -> str:
    if key in ("added", "removed") and isinstance(value, list):
        return "、".join(permission_label(str(code)) for code in value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("AuditDetails", "Yes")
            if value
            else QCoreApplication.translate("AuditDetails", "No")
        )
    text = "" if value is None else str(value)
    if key == "warranty" and text in {w.value for w in Warranty}:
        return warranty_label(Warranty(text))
    if key == "state" and text in {s.value for s in OrderState}:
        return state_label(OrderState(text))
    word = _VALUE_WORDS.get(key, {}).get(text)
    return _tr(word) if word else text


def fields_text(fields: dict[str, object]) -> str:
    """ "Label: value; label: value" in the UI's language (empty values left out)."""
    parts = []
    for key, value in fields.items():
        if value in ("", None, []):
            continue
        label = _tr(FIELD_LABELS[key]) if key in FIELD_LABELS else key
        parts.append(
            QCoreApplication.translate("AuditDetails", "{label}: {value}").format(
                label=label, value=value_text(key, value)
            )
        )
    return QCoreApplication.translate("AuditDetails", "; ").join(parts)


# --- entries written before details were structured -------------------------------------

_Parse = Callable[[re.Match[str]], dict[str, object]]
_LEGACY: dict[str, list[tuple[re.Pattern[str], _Parse]]] = {}


def _legacy(actions: tuple[str, ...], pattern: str, parse: _Parse) -> None:
    for action in actions:
        _LEGACY.setdefault(action, []).append((re.compile(pattern, re.DOTALL), parse))


_legacy(
    ("service_order.create", "service_order.edit"),
    r"^(.*) (in|out|unknown)$",
    lambda m: {"service_type": m[1], "warranty": m[2]},
)
_legacy(("service_order.delete",), r"^([a-z]+)$", lambda m: {"state": m[1]})
_legacy(
    ("service_order.complete", "service_order.edit"),
    r"^(-?\d+\.\d\d)(?:; (\S+) next_maintenance (\S+) -> (\S+))?$",
    lambda m: (
        {"total": m[1]} | ({"sale": m[2], "next_maintenance": f"{m[3]} → {m[4]}"} if m[2] else {})
    ),
)
_legacy(("call_log.export",), r"^(\d+) calls$", lambda m: {"calls": int(m[1])})
_legacy(("customer_group.delete",), r"^(\d+) customers$", lambda m: {"customers": int(m[1])})
_legacy(
    ("login.failed",),
    r"^(unknown user|locked|disabled)$",
    lambda m: {"reason": m[1].replace(" ", "_")},
)
_legacy(
    ("login.failed",),
    r"^attempt (\d+)(?:, locked until (.+))?$",
    lambda m: {"attempt": int(m[1])} | ({"locked_until": m[2]} if m[2] else {}),
)
_legacy(
    ("settings.general",),
    r"^shop=(['\"])(.*)\1 lead_days=(\d+)$",
    lambda m: {"shop_name": m[2], "reminder_lead_days": int(m[3])},
)
_legacy(
    ("customer.import",),
    r"^mode (\S+); read (\d+), imported (\d+), rejected (\d+), warnings (\d+)$",
    lambda m: dict(
        zip(("mode", "read", "imported", "rejected", "warnings"), m.groups(), strict=True)
    ),
)
_legacy(
    ("payment.record", "payment.refund"),
    r"^(-?\d+\.\d\d) (\S+)(?: (.+))?$",
    lambda m: {"amount": m[1], "method": m[2]} | ({"reason": m[3]} if m[3] else {}),
)
_legacy(
    ("sale.create", "sale.edit"),
    r"^(\d{4}-\d\d-\d\d) x(\d+) (-?\d+\.\d\d)$",
    lambda m: {"date": m[1], "quantity": int(m[2]), "receivable": m[3]},
)
_legacy(
    ("settings.numbering",),
    r"^(.*)\|(.*)\|(\d+)$",
    lambda m: {"prefix": m[1], "date_pattern": m[2], "digits": int(m[3])},
)
_legacy(
    ("role.create", "role.change"),
    r"^([+-]\S+(?: [+-]\S+)*)$",
    lambda m: {
        "added": [t[1:] for t in m[1].split() if t[0] == "+"],
        "removed": [t[1:] for t in m[1].split() if t[0] == "-"],
    },
)


def record_fields(record: AuditRecord) -> dict[str, object] | None:
    """The entry's detail as fields: structured, or read from a known older shape."""
    fields = record.fields
    if fields is not None:
        return fields
    for pattern, parse in _LEGACY.get(record.action, ()):
        match = pattern.match(record.detail)
        if match:
            return parse(match)
    return None


def detail_text(record: AuditRecord) -> str:
    fields = record_fields(record)
    if fields is None:
        return record.detail  # free text: a reason, a name, "旧名 -> 新名"
    if record.action in ("role.create", "role.change"):
        signed = [f"+{permission_label(c)}" for c in fields.get("added", [])]  # type: ignore[union-attr]
        signed += [f"-{permission_label(c)}" for c in fields.get("removed", [])]  # type: ignore[union-attr]
        return ", ".join(signed)
    return fields_text(fields)


def target_text(record: AuditRecord) -> str:
    """What was acted on; list and numbering kinds by their names, not their codes."""
    target = record.target
    if record.action.startswith("enum.") and target in ENUM_KINDS:
        return QCoreApplication.translate("Enumerations", ENUM_KINDS[target])
    if record.action == "settings.numbering" and target in NUMBERED_KINDS:
        return QCoreApplication.translate("Enumerations", NUMBERED_KINDS[target])
    old_count = re.fullmatch(r"(\d+) calls", target)
    if record.action == "call_log.delete" and old_count:
        return QCoreApplication.translate("AuditDetails", "{n} calls").format(n=old_count[1])
    return target
