"""Customer records (客户资料): create, edit, archive or delete, blacklist, list in keyed pages."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import peewee as pw

from yuntian.config import Profile
from yuntian.db.models import (
    Call,
    Customer,
    CustomerAddress,
    CustomerContact,
    CustomerGroup,
    CustomerPhone,
    Memo,
    Message,
    PurchaseIntention,
    Sale,
    User,
)
from yuntian.db.transactions import reading
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.phone_numbers import normalize
from yuntian.services.common.audit import AuditTrail, Clock
from yuntian.services.common.changes import Area as A
from yuntian.services.common.changes import ChangeBus, Changes, announces
from yuntian.services.common.errors import NotFound, ValidationError
from yuntian.services.common.numbering import Numbering
from yuntian.services.common.people import active_users
from yuntian.services.common.permissions import Actor, require
from yuntian.services.common.record_versions import (
    Expected,
    StaleRecord,
    bump_version,
    claim_version,
    last_change,
)
from yuntian.services.common.service_base import ServiceBase
from yuntian.services.common.text import bounded
from yuntian.services.customers import customer_views as views
from yuntian.services.customers.customer_types import (
    SORT_KEYS,
    AddressInput,
    ContactInput,
    CustomerDetail,
    CustomerFilter,
    CustomerInput,
    CustomerRow,
    DuplicateNumber,
    PageKey,
    PhoneInput,
    SaveResult,
)

PHONE_KINDS = ("mobile", "landline", "fax", "other")
NOTES_MAX = 4000  # a TEXT column holds more; a longer note is a paste gone wrong
MAX_PAGE = 1000

# Records that make a customer "history": such a customer is archived, never deleted. Later
# areas (sales, service orders, calls) add their tables here.
HISTORY: list[tuple[type[pw.Model], pw.Field]] = [
    (PurchaseIntention, PurchaseIntention.customer),
    (Memo, Memo.customer),
    (Call, Call.customer),
    (Message, Message.customer),
    (Sale, Sale.customer),
]
# Rows that belong to the customer alone and go with it when it is really deleted.
CHILDREN: tuple[tuple[type[pw.Model], pw.Field], ...] = (
    (CustomerPhone, CustomerPhone.customer),
    (CustomerAddress, CustomerAddress.customer),
    (CustomerContact, CustomerContact.customer),
)

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_SORT_FIELDS = {"code": Customer.code, "name": Customer.name, "created_at": Customer.created_at}
assert tuple(_SORT_FIELDS) == SORT_KEYS


class CustomerService(ServiceBase):
    def __init__(
        self,
        db: pw.Database,
        audit: AuditTrail,
        clock: Clock,
        numbering: Numbering,
        profile: Profile,
        changes: ChangeBus,
    ) -> None:
        super().__init__(db, audit, clock, changes)
        self._numbering = numbering
        self._profile = profile

    # --- reading ------------------------------------------------------------------------

    def get(self, actor: Actor, customer_id: int) -> CustomerDetail:
        del actor  # every signed-in user may open a customer's card
        with reading(self._db):
            return views.detail(self._db, customer_id)

    def list_page(
        self,
        actor: Actor,
        flt: CustomerFilter,
        sort: str = "code",
        descending: bool = False,
        after: PageKey | None = None,
        limit: int = 200,
    ) -> list[CustomerRow]:
        """One page of the list, after the row whose key is ``after`` (keyed paging: the cost
        of a page does not grow with how far down the list it is)."""
        del actor  # every signed-in user may see the customer list
        field = self._sort_field(sort)
        limit = max(1, min(limit, MAX_PAGE))
        query = views.apply_filter(Customer.select(Customer.id), flt)
        if after is not None:
            value = after.value
            # "col >= v" gives the index a range to start from; the rest breaks ties by id.
            if descending:
                query = query.where((field <= value) & ((field < value) | (Customer.id < after.id)))
            else:
                query = query.where((field >= value) & ((field > value) | (Customer.id > after.id)))
        order = (field.desc(), Customer.id.desc()) if descending else (field, Customer.id)
        with reading(self._db):
            ids = [cid for (cid,) in query.order_by(*order).limit(limit).tuples()]
            return views.rows_for(ids)

    @staticmethod
    def page_key(row: CustomerRow, sort: str) -> PageKey:
        """The cursor that continues a list after ``row``."""
        CustomerService._sort_field(sort)
        return PageKey(getattr(row, sort), row.id)

    def count(self, actor: Actor, flt: CustomerFilter) -> int:
        """How many customers the filter lets through (a scan: 0.1-0.3 s at a million)."""
        del actor
        with reading(self._db):
            return views.apply_filter(Customer.select(), flt).count()

    def rows_by_ids(self, actor: Actor, ids: list[int]) -> list[CustomerRow]:
        """List rows in the order given; ids that no longer exist are left out."""
        del actor
        with reading(self._db):
            return views.rows_for(ids)

    def salespeople(self, actor: Actor) -> list[tuple[int, str]]:
        """Active users a customer can be assigned to (归属业务员), by pinyin."""
        del actor
        with reading(self._db):
            return active_users()

    def check_numbers(
        self, actor: Actor, raws: list[str], exclude_customer_id: int | None = None
    ) -> list[DuplicateNumber]:
        """Numbers among ``raws`` that other active customers already own (editor hint)."""
        del actor
        area = self._profile.config.local_area_code
        numbers = [(raw, normalize(raw, area).e164) for raw in raws]
        with reading(self._db):
            return self._duplicates(numbers, exclude_customer_id)

    # --- changing -----------------------------------------------------------------------

    @announces(also=lambda saved, _a: Changes.of(A.CUSTOMERS, saved.customer.id))
    def create(self, actor: Actor, data: CustomerInput) -> SaveResult:
        require(actor, "customer.edit")
        clean = self._clean(data)
        with self._db.atomic():
            self._check_references(data, None)
            code = self._numbering.next_code(
                "customer", taken=lambda c: Customer.select().where(Customer.code == c).exists()
            )
            customer = Customer.create(
                code=code,
                created_by=actor.user_id,
                created_at=self._clock().replace(microsecond=0),
                **clean.fields,
            )
            self._write_children(customer.id, clean)
            self._audit.record(actor, "customer.create", f"{customer.code} {customer.name}")
            if clean.fields["blacklisted"]:
                self._audit_blacklist(actor, customer, True)
            views.reindex(self._db, [customer.id])
            return self._saved(customer.id, clean)

    @announces(A.CUSTOMERS, ids_from="customer_id")
    def update(
        self, actor: Actor, customer_id: int, data: CustomerInput, *, version: Expected
    ) -> SaveResult:
        """Replace the customer's fields and all its numbers, addresses and contacts.
        ``version``: the one the form was loaded from (StaleRecord, nothing written, when the
        customer was saved since), or OVERWRITE."""
        require(actor, "customer.edit")
        clean = self._clean(data)
        with self._db.atomic():
            claim_version(Customer, customer_id, version, lambda: self._stale(customer_id))
            customer = self._customer(customer_id)
            self._check_references(data, customer)
            was_blacklisted = bool(customer.blacklisted)
            for name, value in clean.fields.items():
                setattr(customer, name, value)
            customer.save()
            for model, field in CHILDREN:
                model.delete().where(field == customer_id).execute()
            self._write_children(customer_id, clean)
            self._audit.record(actor, "customer.edit", f"{customer.code} {customer.name}")
            if was_blacklisted != clean.fields["blacklisted"]:
                self._audit_blacklist(actor, customer, clean.fields["blacklisted"])
            views.reindex(self._db, [customer_id])
            return self._saved(customer_id, clean)

    @announces(A.CUSTOMERS, ids_from="customer_id")
    def add_phone(self, actor: Actor, customer_id: int, raw: str) -> SaveResult:
        """Add a number (typically a caller's, from the pop-up) after the customer's others;
        a number the customer already has is left as it is."""
        require(actor, "customer.edit")
        phones = self._clean_phones([PhoneInput(raw)])
        if not phones:
            raise ValidationError(
                "phones", QT_TRANSLATE_NOOP("Errors", "'{raw}' is not a phone number."), raw=raw
            )
        kind, text, number = phones[0]
        with self._db.atomic():
            customer = self._customer(customer_id)
            owned = list(
                CustomerPhone.select(CustomerPhone.number, CustomerPhone.sort).where(
                    CustomerPhone.customer == customer_id
                )
            )
            if all(p.number != number for p in owned):
                bump_version(Customer, customer_id)
                last = max((p.sort for p in owned), default=-1)
                CustomerPhone.create(
                    customer=customer_id, kind=kind, raw=text, number=number, sort=last + 1
                )
                self._audit.record(
                    actor,
                    "customer.add_phone",
                    f"{customer.code} {customer.name}",
                    {"phone": text},
                )
                views.reindex(self._db, [customer_id])
            duplicates = self._duplicates([(text, number)], customer.id)
            return SaveResult(views.detail(self._db, customer_id), tuple(duplicates))

    @announces(A.CUSTOMERS, ids_from="customer_id")
    def delete(self, actor: Actor, customer_id: int) -> str:
        """Delete a customer without history; archive (hide, keep) one with history.

        Returns "deleted" or "archived", so the UI can say which happened.
        """
        require(actor, "customer.delete")
        with self._db.atomic():
            customer = self._customer(customer_id)
            target = f"{customer.code} {customer.name}"
            if self._has_history(customer_id):
                if not customer.archived:
                    self._set(customer_id, archived=True)
                    self._audit.record(actor, "customer.archive", target)
                    views.reindex(self._db, [customer_id])
                return "archived"
            for model, field in CHILDREN:
                model.delete().where(field == customer_id).execute()
            customer.delete_instance()
            self._audit.record(actor, "customer.delete", target)
            views.reindex(self._db, [customer_id])
            return "deleted"

    @announces(A.CUSTOMERS, ids_from="customer_id")
    def restore(self, actor: Actor, customer_id: int) -> None:
        """Bring an archived customer back into the lists."""
        require(actor, "customer.delete")
        with self._db.atomic():
            customer = self._customer(customer_id)
            if not customer.archived:
                return
            self._set(customer_id, archived=False)
            self._audit.record(actor, "customer.restore", f"{customer.code} {customer.name}")
            views.reindex(self._db, [customer_id])

    @announces(A.CUSTOMERS, ids_from="customer_id")
    def set_blacklist(self, actor: Actor, customer_id: int, blacklisted: bool, reason: str) -> None:
        require(actor, "customer.edit")
        reason = bounded("blacklist_reason", reason, 255) if blacklisted else ""
        with self._db.atomic():
            customer = self._customer(customer_id)
            changed = bool(customer.blacklisted) != blacklisted
            if not changed and customer.blacklist_reason == reason:
                return
            customer.blacklisted = blacklisted
            customer.blacklist_reason = reason
            self._set(customer_id, blacklisted=blacklisted, blacklist_reason=reason)
            self._audit_blacklist(actor, customer, blacklisted)

    # --- helpers ------------------------------------------------------------------------

    @staticmethod
    def _sort_field(sort: str) -> pw.Field:
        field = _SORT_FIELDS.get(sort)
        if field is None:
            raise ValueError(f"cannot sort customers by {sort!r}; one of {SORT_KEYS}")
        return field

    @staticmethod
    def _customer(customer_id: int) -> Customer:
        customer = Customer.get_or_none(Customer.id == customer_id)
        if customer is None:
            raise NotFound()
        return customer

    @staticmethod
    def _set(customer_id: int, **values: object) -> None:
        """Change only these columns, and move the version on: an editor opened before
        cannot overwrite the change (a whole-row save could undo another PC's edit)."""
        Customer.update(version=Customer.version + 1, **values).where(
            Customer.id == customer_id
        ).execute()

    def _stale(self, customer_id: int) -> StaleRecord:
        current = views.detail(self._db, customer_id)
        last = last_change("customer.", target_prefix=f"{current.code} ")
        return StaleRecord("customer", f"{current.code} {current.name}", last, current)

    @staticmethod
    def _has_history(customer_id: int) -> bool:
        return any(model.select().where(field == customer_id).exists() for model, field in HISTORY)

    def _audit_blacklist(self, actor: Actor, customer: Customer, blacklisted: bool) -> None:
        action = "customer.blacklist" if blacklisted else "customer.unblacklist"
        detail = customer.blacklist_reason if blacklisted else ""
        self._audit.record(actor, action, f"{customer.code} {customer.name}", detail)

    def _clean(self, data: CustomerInput) -> _Clean:
        """Validated, trimmed values; raises ValidationError naming the field to fix."""
        name = bounded("name", data.name, 64)
        if not name:
            raise ValidationError("name", QT_TRANSLATE_NOOP("Errors", "A customer needs a name."))
        email = bounded("email", data.email, 128)
        if email and not _EMAIL.fullmatch(email):
            raise ValidationError(
                "email",
                QT_TRANSLATE_NOOP("Errors", "'{email}' is not an e-mail address."),
                email=email,
            )
        notes = data.notes.replace("\x00", "").strip()
        if len(notes) > NOTES_MAX:
            raise ValidationError(
                "notes",
                QT_TRANSLATE_NOOP("Errors", "This text is too long: at most {n} characters."),
                n=NOTES_MAX,
            )
        blacklisted = bool(data.blacklisted)
        reason = bounded("blacklist_reason", data.blacklist_reason, 255) if blacklisted else ""
        fields = {
            "name": name,
            "email": email,
            "other_contact": bounded("other_contact", data.other_contact, 128),
            "group": data.group_id,
            "salesperson": data.salesperson_id,
            "blacklisted": blacklisted,
            "blacklist_reason": reason,
            "notes": notes,
        }
        return _Clean(
            fields,
            self._clean_phones(data.phones),
            _clean_addresses(data.addresses),
            _clean_contacts(data.contacts),
        )

    def _clean_phones(self, phones: Sequence[PhoneInput]) -> list[tuple[str, str, str]]:
        """(kind, raw, number) per non-blank entry, each number once."""
        area = self._profile.config.local_area_code
        cleaned: list[tuple[str, str, str]] = []
        seen: set[str] = set()
        for phone in phones:
            raw = bounded("phones", phone.raw, 64)
            if not raw:
                continue
            info = normalize(raw, area)
            if not info.e164 or len(info.e164) > 32:
                raise ValidationError(
                    "phones",
                    QT_TRANSLATE_NOOP("Errors", "'{raw}' is not a phone number."),
                    raw=raw,
                )
            if phone.kind and phone.kind not in PHONE_KINDS:
                raise ValidationError(
                    "phones",
                    QT_TRANSLATE_NOOP("Errors", "Unknown kind of phone number: {kind}."),
                    kind=phone.kind,
                )
            if info.e164 in seen:
                continue  # the same number typed twice
            seen.add(info.e164)
            kind = phone.kind or (info.kind if info.kind in PHONE_KINDS else "other")
            cleaned.append((kind, raw, info.e164))
        return cleaned

    @staticmethod
    def _check_references(data: CustomerInput, customer: Customer | None) -> None:
        if (
            data.group_id is not None
            and not CustomerGroup.select().where(CustomerGroup.id == data.group_id).exists()
        ):
            raise ValidationError(
                "group", QT_TRANSLATE_NOOP("Errors", "This customer group no longer exists.")
            )
        if data.salesperson_id is None:
            return
        user = User.get_or_none(User.id == data.salesperson_id)
        unchanged = customer is not None and customer.salesperson_id == data.salesperson_id
        if user is None or not (user.active or unchanged):
            raise ValidationError(
                "salesperson",
                QT_TRANSLATE_NOOP("Errors", "This salesperson is not an active user."),
            )

    @staticmethod
    def _write_children(customer_id: int, clean: _Clean) -> None:
        if clean.phones:
            CustomerPhone.insert_many(
                [(customer_id, kind, raw, number, sort)
                 for sort, (kind, raw, number) in enumerate(clean.phones)],
                fields=[CustomerPhone.customer, CustomerPhone.kind, CustomerPhone.raw,
                        CustomerPhone.number, CustomerPhone.sort],
            ).execute()  # fmt: skip
        if clean.addresses:
            CustomerAddress.insert_many(
                [(customer_id, *a, sort) for sort, a in enumerate(clean.addresses)],
                fields=[CustomerAddress.customer, CustomerAddress.province, CustomerAddress.city,
                        CustomerAddress.district, CustomerAddress.street, CustomerAddress.sort],
            ).execute()  # fmt: skip
        if clean.contacts:
            CustomerContact.insert_many(
                [(customer_id, *c, sort) for sort, c in enumerate(clean.contacts)],
                fields=[CustomerContact.customer, CustomerContact.name, CustomerContact.title,
                        CustomerContact.phone, CustomerContact.sort],
            ).execute()  # fmt: skip

    def _saved(self, customer_id: int, clean: _Clean) -> SaveResult:
        duplicates = self._duplicates(
            [(raw, number) for _, raw, number in clean.phones], customer_id
        )
        return SaveResult(views.detail(self._db, customer_id), tuple(duplicates))

    @staticmethod
    def _duplicates(
        numbers: Sequence[tuple[str, str]], exclude_customer_id: int | None
    ) -> list[DuplicateNumber]:
        owners = views.owners_of((n for _, n in numbers), exclude_customer_id)
        found, seen = [], set()
        for raw, number in numbers:
            if number in owners and number not in seen:
                seen.add(number)
                found.append(DuplicateNumber(raw, number, tuple(owners[number])))
        return found


@dataclass(frozen=True)
class _Clean:
    """A validated CustomerInput: column values and the child rows to write."""

    fields: dict[str, object]
    phones: list[tuple[str, str, str]]  # kind, raw, number
    addresses: list[tuple[str, str, str, str]]
    contacts: list[tuple[str, str, str]]


def _clean_addresses(addresses: Sequence[AddressInput]) -> list[tuple[str, str, str, str]]:
    cleaned = []
    for a in addresses:
        row = (
            bounded("addresses", a.province, 32),
            bounded("addresses", a.city, 32),
            bounded("addresses", a.district, 32),
            bounded("addresses", a.street, 255),
        )
        if any(row):
            cleaned.append(row)
    return cleaned


def _clean_contacts(contacts: Sequence[ContactInput]) -> list[tuple[str, str, str]]:
    cleaned = []
    for c in contacts:
        row = (
            bounded("contacts", c.name, 64),
            bounded("contacts", c.title, 64),
            bounded("contacts", c.phone, 64),
        )
        if not any(row):
            continue
        if not row[0]:
            raise ValidationError(
                "contacts", QT_TRANSLATE_NOOP("Errors", "A contact needs a name.")
            )
        cleaned.append(row)
    return cleaned
