"""The customer editor: a new customer (Ctrl+N) or changes to one (customer.edit).

While numbers are typed it shows each one's region (号码归属地) and warns, with a link, when
another customer already owns the number; saving anyway is allowed (shops share numbers).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.common.record_versions import StaleRecord
from yuntian.services.customers.customer_types import (
    CustomerDetail,
    CustomerInput,
    GroupView,
    SaveResult,
)
from yuntian.ui.common.card_opener import CardOpener
from yuntian.ui.common.conflict_dialog import ConflictField, field_label
from yuntian.ui.common.editor_dialog import EditorDialog
from yuntian.ui.common.field_errors import FieldErrors, error_label, hint_label
from yuntian.ui.customers.customer_editor_rows import AddressRow, ContactRow, PhoneRow, RowList

DUPLICATE_CHECK_MS = 300


class CustomerEditor(EditorDialog):
    """``saved`` holds the service's answer once the dialog was accepted."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        customer: CustomerDetail | None = None,
        parent: QWidget | None = None,
        *,
        phone: str = "",
        group_id: int | None = None,
        groups: list[GroupView] | None = None,
        open_card: CardOpener | None = None,
    ) -> None:
        """``groups``: the customer groups when the caller has them at hand (listing them
        counts their members, which takes a while at a million customers). ``open_card`` shows
        the card of another owner of a number (the card module imports the editor's callers,
        so the editor does not import the card)."""
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._open_card = open_card
        self.customer = customer
        self.saved: SaveResult | None = None
        self.setObjectName("customerEditor")
        if customer is None:
            self.setWindowTitle(self.tr("New customer"))
        else:
            self.setWindowTitle(
                self.tr("Customer {code} — {name}").format(code=customer.code, name=customer.name)
            )
        area = services.profile.config.local_area_code

        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.phones = RowList(lambda: self._phone_row(area), self.tr("Add &number"))
        self.phones.setObjectName("phones")
        self.group = QComboBox()
        self.group.setObjectName("group")
        self.group.addItem(self.tr("No group"), None)
        if groups is None:
            groups = services.customer_groups.list_groups(actor)
        for g in groups:
            self.group.addItem(g.name, g.id)
        self.salesperson = QComboBox()
        self.salesperson.setObjectName("salesperson")
        self.salesperson.addItem(self.tr("Nobody"), None)
        for user_id, label in services.customers.salespeople(actor):
            self.salesperson.addItem(label, user_id)
        self.contacts = RowList(ContactRow, self.tr("Add con&tact"))
        self.addresses = RowList(AddressRow, self.tr("Add a&ddress"))
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.other_contact = QLineEdit()
        self.other_contact.setObjectName("otherContact")
        self.other_contact.setPlaceholderText(self.tr("QQ, WeChat, …"))
        self.blacklisted = QCheckBox(self.tr("On the &blacklist"))
        self.blacklisted.setObjectName("blacklisted")
        self.blacklist_reason = QLineEdit()
        self.blacklist_reason.setObjectName("blacklistReason")
        self.blacklist_reason.setPlaceholderText(self.tr("Reason, e.g. 多次恶意投诉"))
        self.blacklisted.toggled.connect(self.blacklist_reason.setEnabled)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)

        group_row = QHBoxLayout()
        group_row.addWidget(self.group, 1)
        group_row.addWidget(QLabel(self.tr("Salesperson:")))
        group_row.addWidget(self.salesperson, 1)
        blacklist_row = QHBoxLayout()
        blacklist_row.addWidget(self.blacklisted)
        blacklist_row.addWidget(self.blacklist_reason, 1)

        general = error_label("editorError", banner=True)
        self.errors = FieldErrors(general)
        self.save_when_back(self.errors, services.changes, self.save)  # server lost
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if customer is not None:
            code = QLabel(customer.code)
            code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("Code:"), code)
        self.errors.add_field_row(form, self.tr("&Name:"), "name", self.name)
        self.errors.add_field_row(form, self.tr("&Phones:"), "phones", self.phones)
        form.addRow(self.tr("&Group:"), group_row)
        form.labelForField(group_row).setBuddy(self.group)
        self.errors.add_error_row(form, "group", self.group)
        self.errors.add_error_row(form, "salesperson", self.salesperson)
        self.errors.add_field_row(form, self.tr("Con&tacts:"), "contacts", self.contacts)
        self.errors.add_field_row(form, self.tr("&Addresses:"), "addresses", self.addresses)
        self.errors.add_field_row(form, self.tr("&E-mail:"), "email", self.email)
        self.errors.add_field_row(
            form, self.tr("&QQ / WeChat:"), "other_contact", self.other_contact
        )
        form.addRow(self.tr("Blacklist:"), blacklist_row)
        self.errors.add_error_row(form, "blacklist_reason", self.blacklist_reason)
        self.errors.add_field_row(form, self.tr("N&otes:"), "notes", self.notes)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(form)
        body_layout.addStretch(1)  # extra height goes below the form, not into its rows
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        if not actor.can("customer.edit"):
            layout.addWidget(hint_label(self.tr("You may look, but not change customers.")))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        self._check_timer = QTimer(self, singleShot=True, interval=DUPLICATE_CHECK_MS)
        self._check_timer.timeout.connect(self.check_numbers)
        self._fill(customer, phone, group_id)
        self.name.setFocus()
        self.resize(760, min(680, max(520, self.sizeHint().height())))

    # --- filling and reading ---------------------------------------------------------

    def _fill(self, c: CustomerDetail | None, phone: str, group_id: int | None) -> None:
        if c is None:
            self.group.setCurrentIndex(max(0, self.group.findData(group_id)))
            self.phones.add_row().set_value(phone, "")
            self.contacts.ensure_one()
            self.addresses.ensure_one()
            self.blacklist_reason.setEnabled(False)
            return
        self.name.setText(c.name)
        for p in c.phones:
            self.phones.add_row().set_value(p.raw, p.kind)
        for contact in c.contacts:
            self.contacts.add_row().set_value(contact)
        for address in c.addresses:
            self.addresses.add_row().set_value(address)
        for rows in (self.phones, self.contacts, self.addresses):
            rows.ensure_one()
        self.group.setCurrentIndex(max(0, self.group.findData(c.group_id)))
        index = self.salesperson.findData(c.salesperson_id)
        if index < 0 and c.salesperson_id is not None:  # a salesperson who has left
            self.salesperson.addItem(c.salesperson_name, c.salesperson_id)
            index = self.salesperson.count() - 1
        self.salesperson.setCurrentIndex(max(0, index))
        self.email.setText(c.email)
        self.other_contact.setText(c.other_contact)
        self.blacklisted.setChecked(c.blacklisted)
        self.blacklist_reason.setText(c.blacklist_reason)
        self.blacklist_reason.setEnabled(c.blacklisted)
        self.notes.setPlainText(c.notes)
        self.check_numbers()

    def data(self) -> CustomerInput:
        def values(rows: RowList) -> tuple:
            return tuple(v for row in rows.rows if (v := row.value()) is not None)

        return CustomerInput(
            name=self.name.text(),
            phones=values(self.phones),
            addresses=values(self.addresses),
            contacts=values(self.contacts),
            email=self.email.text(),
            other_contact=self.other_contact.text(),
            group_id=self.group.currentData(),
            salesperson_id=self.salesperson.currentData(),
            blacklisted=self.blacklisted.isChecked(),
            blacklist_reason=self.blacklist_reason.text(),
            notes=self.notes.toPlainText(),
        )

    # --- numbers ---------------------------------------------------------------------

    def _phone_row(self, area: str) -> PhoneRow:
        row = PhoneRow(area)
        row.number_changed.connect(self._check_timer.start)
        row.customer_requested.connect(self.open_customer)
        return row

    def check_numbers(self) -> None:
        """Warn under each number another customer already owns."""
        self._check_timer.stop()
        raws = [v.raw for row in self.phones.rows if (v := row.value()) is not None]
        owners: dict[str, tuple] = {}
        if raws:
            try:
                found = self._services.customers.check_numbers(
                    self._actor, raws, self.customer.id if self.customer else None
                )
            except ServiceError:
                found = []  # only a hint; saving checks again
            owners = {d.raw: d.owners for d in found}
        for row in self.phones.rows:
            value = row.value()
            row.show_owners(owners.get(value.raw, ()) if value else ())

    def open_customer(self, customer_id: int) -> None:
        if self._open_card is not None:
            self._open_card(customer_id, self)

    # --- saving ----------------------------------------------------------------------

    def save(self) -> None:
        self.errors.clear()
        customers, customer = self._services.customers, self.customer
        try:
            if customer is None:
                self.saved = customers.create(self._actor, self.data())
            else:
                self.saved = customers.update(
                    self._actor, customer.id, self.data(), version=customer.version
                )
        except StaleRecord as exc:
            self.show_conflict(exc, self._services.clock().date())
            return
        except ServiceError as exc:
            self.errors.show(exc)
            return
        self.accept()

    # --- someone else saved the customer meanwhile -------------------------------------

    def opened_record(self) -> CustomerDetail | None:
        return self.customer

    def conflict_fields(self) -> list[ConflictField]:
        def joined(items: Iterable[str]) -> str:
            return "\n".join(items)

        def phones(c: CustomerDetail) -> str:
            return joined(p.raw for p in c.phones)

        def contacts(c: CustomerDetail) -> str:
            return joined(" ".join(filter(None, (x.name, x.title, x.phone))) for x in c.contacts)

        def blacklist(c: CustomerDetail) -> str:
            return f"✓ {c.blacklist_reason}".strip() if c.blacklisted else ""

        fields = (
            (self.tr("&Name:"), lambda c: c.name),
            (self.tr("&Phones:"), phones),
            (self.tr("&Group:"), lambda c: c.group_name),
            (self.tr("Salesperson:"), lambda c: c.salesperson_name),
            (self.tr("Con&tacts:"), contacts),
            (self.tr("&Addresses:"), lambda c: joined(a.text for a in c.addresses)),
            (self.tr("&E-mail:"), lambda c: c.email),
            (self.tr("&QQ / WeChat:"), lambda c: c.other_contact),
            (self.tr("Blacklist:"), blacklist),
            (self.tr("N&otes:"), lambda c: c.notes),
        )
        return [ConflictField(field_label(label), text) for label, text in fields]

    def reload_record(self, current: object) -> None:
        assert isinstance(current, CustomerDetail)
        self.customer = current
        for rows in (self.phones, self.contacts, self.addresses):
            rows.clear()
        self.errors.clear()
        self._fill(current, "", None)
