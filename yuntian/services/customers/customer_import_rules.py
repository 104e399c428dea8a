"""The rules of a customer import, row by row: the editor's phone rule told per cell,
duplicates inside the file, and what the database says (groups, salespeople, numbers already
owned). Used by CustomerImportService; no permission checks here."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import peewee as pw

from yuntian.db.models import Customer, CustomerGroup, CustomerPhone, User
from yuntian.exports.customer_import_rows import ImportRow, RowIssue
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.phone_numbers import normalize
from yuntian.services.common.batches import chunks
from yuntian.services.customers.customer_import_types import ImportOptions
from yuntian.services.customers.customer_types import CustomerRef
from yuntian.services.customers.customers import PHONE_KINDS

GROUP_NAME_MAX = 64

_NOT_A_NUMBER = QT_TRANSLATE_NOOP("CustomerImport", "'{value}' is not a phone number.")
_PHONE_TOO_LONG = QT_TRANSLATE_NOOP(
    "CustomerImport", "'{value}' is too long for a phone number (at most 64 characters)."
)
_NOT_VALID = QT_TRANSLATE_NOOP(
    "CustomerImport", "{value} is not a valid number in China; it is imported as typed."
)
_SAME_IN_FILE = QT_TRANSLATE_NOOP(
    "CustomerImport", "The same customer (name and number {number}) is already in row {other}."
)
_SHARED_IN_FILE = QT_TRANSLATE_NOOP(
    "CustomerImport", "The number {number} is also in row {other} ({name})."
)
_EXISTS = QT_TRANSLATE_NOOP(
    "CustomerImport", "The customer already exists: {code} {name} has the number {number}."
)
_SHARED = QT_TRANSLATE_NOOP("CustomerImport", "The number {number} already belongs to {owners}.")
_NO_GROUP = QT_TRANSLATE_NOOP("CustomerImport", "There is no customer group '{name}'.")
_NEW_GROUP = QT_TRANSLATE_NOOP(
    "CustomerImport", "The customer group '{name}' does not exist yet; it will be created."
)
_GROUP_TOO_LONG = QT_TRANSLATE_NOOP(
    "CustomerImport", "A group name has at most {n} characters: '{name}'."
)
_NO_USER = QT_TRANSLATE_NOOP("CustomerImport", "There is no active user '{name}'.")
_AMBIGUOUS_USER = QT_TRANSLATE_NOOP(
    "CustomerImport", "Several users are called '{name}'; write the user name instead."
)

# Which column to blame when the editor's rules refuse a field.
RULE_COLUMNS = {
    "addresses": ("street", "province", "city", "district"),
    "contacts": ("contact", "contact_phone"),
}


@dataclass
class PreparedRow:
    """A row after the rules that do not depend on the database."""

    source: ImportRow
    fields: dict[str, object] = field(default_factory=dict)
    phones: list[tuple[str, str, str, str]] = field(default_factory=list)  # kind, raw, e164, col
    addresses: list[tuple[str, str, str, str]] = field(default_factory=list)
    contacts: list[tuple[str, str, str]] = field(default_factory=list)
    issues: list[RowIssue] = field(default_factory=list)

    @property
    def row(self) -> int:
        return self.source.row

    @property
    def failed(self) -> bool:
        return any(not issue.warning for issue in self.issues)


@dataclass
class Lookups:
    """The database's side of a check: groups, users, numbers already owned."""

    groups: dict[str, int]
    users: dict[str, list[int]]
    owners: dict[str, list[CustomerRef]]
    missing_groups: dict[str, str] = field(default_factory=dict)  # folded -> as written


def rule_column(row: ImportRow, field_name: str) -> str:
    for key in RULE_COLUMNS.get(field_name, (field_name,)):
        if key in row.columns:
            return row.columns[key]
    return ""


def phones(row: ImportRow, area: str, issues: list[RowIssue]) -> list[tuple[str, str, str, str]]:
    """(kind, raw, e164, column) per number: the editor's phone rule, told per cell."""
    found: list[tuple[str, str, str, str]] = []
    seen: set[str] = set()
    for phone in row.phones:
        raw = " ".join(phone.raw.split())
        if not raw:
            continue
        if len(raw) > 64:
            issues.append(RowIssue(row.row, phone.column, _PHONE_TOO_LONG, {"value": raw[:20]}))
            continue
        info = normalize(raw, area)
        if not info.e164 or len(info.e164) > 32:
            issues.append(RowIssue(row.row, phone.column, _NOT_A_NUMBER, {"value": raw}))
            continue
        if not info.valid:
            issues.append(RowIssue(row.row, phone.column, _NOT_VALID, {"value": raw}, warning=True))
        if info.e164 in seen:
            continue  # the same number twice in a row: stored once, as the editor does
        seen.add(info.e164)
        kind = phone.kind or (info.kind if info.kind in PHONE_KINDS else "other")
        found.append((kind, raw, info.e164, phone.column))
    return found


def file_duplicates(rows: Sequence[PreparedRow]) -> None:
    """The same customer twice in the file is an error on the later row; the same number for
    another name is a warning. Rows already in error do not count as first occurrences."""
    by_pair: dict[tuple[str, str], int] = {}
    by_number: dict[str, tuple[int, str]] = {}
    for row in rows:
        if row.failed:
            continue
        name = str(row.fields["name"])
        for _kind, raw, number, column in row.phones:
            pair = (name.casefold(), number)
            if pair in by_pair:
                row.issues.append(
                    RowIssue(row.row, column, _SAME_IN_FILE, {"number": raw, "other": by_pair[pair]})
                )  # fmt: skip
            elif number in by_number:
                other, other_name = by_number[number]
                row.issues.append(
                    RowIssue(
                        row.row,
                        column,
                        _SHARED_IN_FILE,
                        {"number": raw, "other": other, "name": other_name},
                        warning=True,
                    )
                )
        if row.failed:
            continue
        for _kind, _raw, number, _column in row.phones:
            by_pair.setdefault((name.casefold(), number), row.row)
            by_number.setdefault(number, (row.row, name))


def database_issues(row: PreparedRow, lookups: Lookups, options: ImportOptions) -> list[RowIssue]:
    issues: list[RowIssue] = []
    source = row.source
    group = source.group.strip()
    if group and group.casefold() not in lookups.groups:
        column = source.columns.get("group", "")
        if len(group) > GROUP_NAME_MAX:
            issues.append(
                RowIssue(row.row, column, _GROUP_TOO_LONG, {"n": GROUP_NAME_MAX, "name": group})
            )
        elif options.create_missing_groups:
            if group.casefold() not in lookups.missing_groups:
                lookups.missing_groups[group.casefold()] = group
                issues.append(RowIssue(row.row, column, _NEW_GROUP, {"name": group}, warning=True))
        else:
            issues.append(RowIssue(row.row, column, _NO_GROUP, {"name": group}))
    salesperson = source.salesperson.strip()
    if salesperson:
        matches = lookups.users.get(salesperson.casefold(), [])
        column = source.columns.get("salesperson", "")
        if not matches:
            issues.append(RowIssue(row.row, column, _NO_USER, {"name": salesperson}))
        elif len(matches) > 1:
            issues.append(RowIssue(row.row, column, _AMBIGUOUS_USER, {"name": salesperson}))
    name = str(row.fields.get("name", "")).casefold()
    for _kind, raw, number, column in row.phones:
        owners = lookups.owners.get(number, [])
        same = next((o for o in owners if o.name.casefold() == name), None)
        if same is not None:
            params = {"code": same.code, "name": same.name, "number": raw}
            issues.append(RowIssue(row.row, column, _EXISTS, params))
        elif owners:
            listed = ", ".join(f"{o.code} {o.name}" for o in owners[:3])
            if len(owners) > 3:
                listed += ", …"
            params = {"number": raw, "owners": listed}
            issues.append(RowIssue(row.row, column, _SHARED, params, warning=True))
    return issues


def groups() -> dict[str, int]:
    return {name.casefold(): gid for gid, name in CustomerGroup.select(
        CustomerGroup.id, CustomerGroup.name).tuples()}  # fmt: skip


def users() -> dict[str, list[int]]:
    """Active users by user name and by display name (folded); a user name wins."""
    by_username: dict[str, list[int]] = {}
    by_display: dict[str, list[int]] = {}
    query = User.select(User.id, User.username, User.display_name).where(User.active == True)  # noqa: E712
    for uid, username, display in query.tuples():
        by_username.setdefault(username.casefold(), []).append(uid)
        if display:
            by_display.setdefault(display.casefold(), []).append(uid)
    return by_display | by_username


def owners(numbers: Iterable[str]) -> dict[str, list[CustomerRef]]:
    """Active customers owning each number (what the editor warns about)."""
    owners: dict[str, list[CustomerRef]] = {}
    sql = (
        "SELECT p.number, c.id, c.code, c.name FROM {customer_phone} p"
        " JOIN {customer} c ON c.id = p.customer_id"
        " WHERE c.archived = {false} AND p.number IN"
    )
    found = sorted(set(select_in(sql, sorted({n for n in numbers if n}))))
    for number, cid, code, name in found:
        refs = owners.setdefault(number, [])
        if all(ref.id != cid for ref in refs):
            refs.append(CustomerRef(cid, code, name))
    return owners


def select_in(sql: str, values: Sequence[object]) -> Iterator[tuple]:
    """Run ``sql`` (ending in "IN") over ``values`` in chunks. Plain SQL: peewee builds an IN
    list node by node, which at 100,000 values costs more than the queries."""
    db = Customer._meta.database
    names = {
        "customer": Customer._meta.table_name.join(db.quote),
        "customer_phone": CustomerPhone._meta.table_name.join(db.quote),
        "false": "0" if isinstance(db, pw.MySQLDatabase | pw.SqliteDatabase) else "false",
    }
    text = sql.format(**names)
    for part in chunks(list(values)):
        marks = ", ".join([db.param] * len(part))
        yield from db.execute_sql(f"{text} ({marks})", list(part))
