"""The kinds of phone number a customer's number can be, with their readable names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from yuntian.i18n_marker import QT_TRANSLATE_NOOP

# The kinds the user chooses from (CustomerPhone.kind), in the editor's order.
PHONE_KINDS: dict[str, str] = {
    "mobile": QT_TRANSLATE_NOOP("PhoneKinds", "Mobile"),
    "landline": QT_TRANSLATE_NOOP("PhoneKinds", "Landline"),
    "fax": QT_TRANSLATE_NOOP("PhoneKinds", "Fax"),
    "other": QT_TRANSLATE_NOOP("PhoneKinds", "Other"),
}


def phone_kind_label(kind: str) -> str:
    text = PHONE_KINDS.get(kind)
    return QCoreApplication.translate("PhoneKinds", text) if text else kind
