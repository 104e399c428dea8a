"""The audit trail as a lazily paged table model, and the readable names of audit actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.audit import AuditRecord
from yuntian.ui.admin.audit_details import detail_text, target_text
from yuntian.ui.common.keyed_paging import GrowingListModel

ACTIONS_CONTEXT = "AuditActions"

# The one table of readable action names; codes missing here are shown as they are.
ACTION_LABELS: dict[str, str] = {
    "login": QT_TRANSLATE_NOOP("AuditActions", "Signed in"),
    "login.failed": QT_TRANSLATE_NOOP("AuditActions", "Sign-in failed"),
    "password.change": QT_TRANSLATE_NOOP("AuditActions", "Changed own password"),
    "password.reset": QT_TRANSLATE_NOOP("AuditActions", "Password reset"),
    "user.create": QT_TRANSLATE_NOOP("AuditActions", "User created"),
    "user.edit": QT_TRANSLATE_NOOP("AuditActions", "User's name changed"),
    "user.roles": QT_TRANSLATE_NOOP("AuditActions", "User's roles changed"),
    "user.enable": QT_TRANSLATE_NOOP("AuditActions", "User enabled"),
    "user.disable": QT_TRANSLATE_NOOP("AuditActions", "User disabled"),
    "user.unlock": QT_TRANSLATE_NOOP("AuditActions", "User unlocked"),
    "role.create": QT_TRANSLATE_NOOP("AuditActions", "Role created"),
    "role.change": QT_TRANSLATE_NOOP("AuditActions", "Role changed"),
    "role.delete": QT_TRANSLATE_NOOP("AuditActions", "Role deleted"),
    "enum.add": QT_TRANSLATE_NOOP("AuditActions", "List entry added"),
    "enum.rename": QT_TRANSLATE_NOOP("AuditActions", "List entry renamed"),
    "enum.remove": QT_TRANSLATE_NOOP("AuditActions", "List entry removed"),
    "enum.move": QT_TRANSLATE_NOOP("AuditActions", "List entry moved"),
    "settings.general": QT_TRANSLATE_NOOP("AuditActions", "General settings changed"),
    "settings.custom_fields": QT_TRANSLATE_NOOP("AuditActions", "Custom field labels changed"),
    "settings.numbering": QT_TRANSLATE_NOOP("AuditActions", "Numbering rule changed"),
    "settings.local": QT_TRANSLATE_NOOP("AuditActions", "This PC's settings changed"),
    "settings.database": QT_TRANSLATE_NOOP("AuditActions", "This PC's database changed"),
    "settings.phone": QT_TRANSLATE_NOOP("AuditActions", "Phone lines and devices changed"),
    "setup.complete": QT_TRANSLATE_NOOP("AuditActions", "First-run setup completed"),
    "customer.create": QT_TRANSLATE_NOOP("AuditActions", "Customer created"),
    "customer.edit": QT_TRANSLATE_NOOP("AuditActions", "Customer edited"),
    "customer.add_phone": QT_TRANSLATE_NOOP("AuditActions", "Phone number added to a customer"),
    "customer.delete": QT_TRANSLATE_NOOP("AuditActions", "Customer deleted"),
    "customer.archive": QT_TRANSLATE_NOOP("AuditActions", "Customer archived"),
    "customer.restore": QT_TRANSLATE_NOOP("AuditActions", "Customer restored"),
    "customer.blacklist": QT_TRANSLATE_NOOP("AuditActions", "Customer blacklisted"),
    "customer.unblacklist": QT_TRANSLATE_NOOP("AuditActions", "Customer taken off the blacklist"),
    "customer.import": QT_TRANSLATE_NOOP("AuditActions", "Customers imported"),
    "customer.export": QT_TRANSLATE_NOOP("AuditActions", "Customers exported"),
    "customer_group.create": QT_TRANSLATE_NOOP("AuditActions", "Customer group created"),
    "customer_group.move": QT_TRANSLATE_NOOP("AuditActions", "Customers moved to a group"),
    "customer_group.rename": QT_TRANSLATE_NOOP("AuditActions", "Customer group renamed"),
    "customer_group.delete": QT_TRANSLATE_NOOP("AuditActions", "Customer group deleted"),
    "intention.add": QT_TRANSLATE_NOOP("AuditActions", "Purchase intention added"),
    "intention.edit": QT_TRANSLATE_NOOP("AuditActions", "Purchase intention edited"),
    "intention.delete": QT_TRANSLATE_NOOP("AuditActions", "Purchase intention deleted"),
    "memo.add": QT_TRANSLATE_NOOP("AuditActions", "Memo added"),
    "memo.edit": QT_TRANSLATE_NOOP("AuditActions", "Memo edited"),
    "memo.delete": QT_TRANSLATE_NOOP("AuditActions", "Memo deleted"),
    "call.customer": QT_TRANSLATE_NOOP("AuditActions", "Call filed under a customer"),
    "call_log.delete": QT_TRANSLATE_NOOP("AuditActions", "Calls deleted from the log"),
    "call_log.export": QT_TRANSLATE_NOOP("AuditActions", "Call log exported"),
    "part_stock.export": QT_TRANSLATE_NOOP("AuditActions", "Parts stock exported"),
    "part_reorder.export": QT_TRANSLATE_NOOP("AuditActions", "Purchase list exported"),
    "message.create": QT_TRANSLATE_NOOP("AuditActions", "Message left"),
    "message.edit": QT_TRANSLATE_NOOP("AuditActions", "Message edited"),
    "message.handled": QT_TRANSLATE_NOOP("AuditActions", "Messages marked handled"),
    "message.reopened": QT_TRANSLATE_NOOP("AuditActions", "Messages opened again"),
    "message.delete": QT_TRANSLATE_NOOP("AuditActions", "Message deleted"),
    "sale_stats.export": QT_TRANSLATE_NOOP("AuditActions", "Sales statistics exported"),
    "service_stats.export": QT_TRANSLATE_NOOP("AuditActions", "Service statistics exported"),
    "part_stats.export": QT_TRANSLATE_NOOP("AuditActions", "Parts statistics exported"),
    "product_model.save": QT_TRANSLATE_NOOP("AuditActions", "Product model saved"),
    "product_model.delete": QT_TRANSLATE_NOOP("AuditActions", "Product model deleted"),
    "sales_unit.save": QT_TRANSLATE_NOOP("AuditActions", "Sales unit saved"),
    "sales_unit.delete": QT_TRANSLATE_NOOP("AuditActions", "Sales unit deleted"),
    "part_document.create": QT_TRANSLATE_NOOP("AuditActions", "Parts document posted"),
    "part_document.edit": QT_TRANSLATE_NOOP("AuditActions", "Parts document note changed"),
    "part_document.audit": QT_TRANSLATE_NOOP("AuditActions", "Parts document audited"),
    "part_document.unaudit": QT_TRANSLATE_NOOP("AuditActions", "Parts document un-audited"),
    "part.create": QT_TRANSLATE_NOOP("AuditActions", "Spare part created"),
    "part.edit": QT_TRANSLATE_NOOP("AuditActions", "Spare part changed"),
    "part.deactivate": QT_TRANSLATE_NOOP("AuditActions", "Spare part set inactive"),
    "part.reactivate": QT_TRANSLATE_NOOP("AuditActions", "Spare part in use again"),
    "part.delete": QT_TRANSLATE_NOOP("AuditActions", "Spare part deleted"),
    "part.import": QT_TRANSLATE_NOOP("AuditActions", "Spare parts imported"),
    "part.export": QT_TRANSLATE_NOOP("AuditActions", "Spare parts exported"),
    "part_store.create": QT_TRANSLATE_NOOP("AuditActions", "Store created"),
    "part_store.rename": QT_TRANSLATE_NOOP("AuditActions", "Store renamed"),
    "part_store.deactivate": QT_TRANSLATE_NOOP("AuditActions", "Store set inactive"),
    "part_store.reactivate": QT_TRANSLATE_NOOP("AuditActions", "Store in use again"),
    "part_store.sort": QT_TRANSLATE_NOOP("AuditActions", "Stores reordered"),
    "settings.parts": QT_TRANSLATE_NOOP("AuditActions", "Spare parts settings saved"),
    "sale.create": QT_TRANSLATE_NOOP("AuditActions", "Sale recorded"),
    "sale.edit": QT_TRANSLATE_NOOP("AuditActions", "Sale edited"),
    "sale.void": QT_TRANSLATE_NOOP("AuditActions", "Sale voided"),
    "sale.delete": QT_TRANSLATE_NOOP("AuditActions", "Sale deleted"),
    "payment.record": QT_TRANSLATE_NOOP("AuditActions", "Payment received"),
    "payment.refund": QT_TRANSLATE_NOOP("AuditActions", "Payment refunded"),
    "print_template.save": QT_TRANSLATE_NOOP("AuditActions", "Print form saved"),
    "print_template.delete": QT_TRANSLATE_NOOP("AuditActions", "Print form deleted"),
    "print_template.revert": QT_TRANSLATE_NOOP("AuditActions", "Print form reverted"),
    "print_template.default": QT_TRANSLATE_NOOP("AuditActions", "Default print form chosen"),
    "service_order.create": QT_TRANSLATE_NOOP("AuditActions", "Service order taken"),
    "service_order.edit": QT_TRANSLATE_NOOP("AuditActions", "Service order edited"),
    "service_order.dispatch": QT_TRANSLATE_NOOP("AuditActions", "Service order dispatched"),
    "service_order.complete": QT_TRANSLATE_NOOP("AuditActions", "Service order completed"),
    "service_order.cancel": QT_TRANSLATE_NOOP("AuditActions", "Service order cancelled"),
    "service_order.audit": QT_TRANSLATE_NOOP("AuditActions", "Service order audited"),
    "service_order.unaudit": QT_TRANSLATE_NOOP("AuditActions", "Service order un-audited"),
    "service_order.delete": QT_TRANSLATE_NOOP("AuditActions", "Service order deleted"),
}


def action_label(code: str) -> str:
    text = ACTION_LABELS.get(code)
    return QCoreApplication.translate(ACTIONS_CONTEXT, text) if text else code


# fetch(before_id, limit) -> the next page, newest first
Fetch = Callable[[int | None, int], list[AuditRecord]]

TIME, USER, ACTION, TARGET, DETAIL = range(5)
_ROOT = QModelIndex()  # the invalid index: the parent of every row of a table


class AuditModel(GrowingListModel):
    """Newest entries first; further pages load as the view scrolls (keyed on the entry id)."""

    def _read(
        self, fetch: Fetch, last: AuditRecord | None, limit: int
    ) -> tuple[list[AuditRecord], bool]:
        page = fetch(None if last is None else last.id, limit)
        return page, len(page) >= limit  # a short page is the last

    def record(self, row: int) -> AuditRecord:
        return self._rows[row]

    # --- QAbstractTableModel ---------------------------------------------------------

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        rec = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TIME:
                return rec.at.strftime("%Y-%m-%d %H:%M:%S")
            if column == USER:
                return rec.username
            if column == ACTION:
                return action_label(rec.action)
            if column == TARGET:
                return target_text(rec)
            if column == DETAIL:
                return detail_text(rec)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == ACTION:
                return rec.action
            if column == DETAIL and rec.detail:
                return detail_text(rec)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Time"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Target"),
            self.tr("Detail"),
        )
        return titles[section] if 0 <= section < len(titles) else None
