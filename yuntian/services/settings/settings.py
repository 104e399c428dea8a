"""Shop settings (settings.manage): enumerations, custom-field labels, numbering, general."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

import peewee as pw

from yuntian.config import LANGUAGES, Profile
from yuntian.credentials import PasswordPlace
from yuntian.db.connection import DatabaseUrlError, check_url, describe_url
from yuntian.db.models import EnumItem, NumberingRule, Setting
from yuntian.db.server_password import save_database_url
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.audit import AuditTrail
from yuntian.services.common.changes import Area as A
from yuntian.services.common.changes import ChangeBus, announces
from yuntian.services.common.errors import Conflict, NotFound, ServiceError, ValidationError
from yuntian.services.common.numbering import DATE_PATTERNS, Rule, format_code, rule_for
from yuntian.services.common.permissions import Actor, require
from yuntian.services.common.record_versions import (
    Expected,
    StaleRecord,
    claim_version,
    last_change,
)
from yuntian.services.common.text import one_line

# Enumeration kinds the shop can edit; labels are translated under the context "Enumerations".
ENUM_KINDS: dict[str, str] = {
    "service_type": QT_TRANSLATE_NOOP("Enumerations", "Service types"),
    "callback_method": QT_TRANSLATE_NOOP("Enumerations", "Callback methods"),
    "callback_purpose": QT_TRANSLATE_NOOP("Enumerations", "Callback purposes"),
    "feedback": QT_TRANSLATE_NOOP("Enumerations", "Customer feedback options"),
    "scrap_type": QT_TRANSLATE_NOOP("Enumerations", "Scrap types"),
    "scrap_handler": QT_TRANSLATE_NOOP("Enumerations", "Scrap handlers"),
    "complaint_type": QT_TRANSLATE_NOOP("Enumerations", "Complaint types"),
    "payment_method": QT_TRANSLATE_NOOP("Enumerations", "Payment methods"),
}
NUMBERED_KINDS: dict[str, str] = {
    "customer": QT_TRANSLATE_NOOP("Enumerations", "Customers"),
    "sale": QT_TRANSLATE_NOOP("Enumerations", "Sales"),
    "service_order": QT_TRANSLATE_NOOP("Enumerations", "Service orders"),
    "complaint": QT_TRANSLATE_NOOP("Enumerations", "Complaints and suggestions"),
    "callback": QT_TRANSLATE_NOOP("Enumerations", "Callbacks"),
}
CUSTOM_FIELD_COUNT = 5
# A form kept in several settings rows carries its version on its first row.
GENERAL_KEY = "shop_name"
LABELS_KEY = "custom_field_1"
_AUDITED = {"settings": "general", "custom_fields": "custom_fields"}  # audit action suffix


def _label_keys() -> list[str]:
    return [f"custom_field_{i}" for i in range(1, CUSTOM_FIELD_COUNT + 1)]


_PREFIX = re.compile(r"[A-Za-z0-9\-_\u4e00-\u9fff]{0,8}")
_AREA_CODE = re.compile(r"(0[1-9][0-9]{1,2})?")  # ASCII digits: \d also matches ３ and ٣


@dataclass(frozen=True)
class EnumValue:
    id: int
    kind: str
    name: str
    sort: int
    version: int = 1  # what a rename from this view names (schema 12)


@dataclass(frozen=True)
class GeneralSettings:
    shop_name: str
    reminder_lead_days: int
    setup_complete: bool
    version: int = 0  # what a save from this view names; 0: never saved (schema 12)


@dataclass(frozen=True)
class CustomFieldLabels:
    labels: tuple[str, ...]
    version: int = 0  # what a save from this view names; 0: never saved (schema 12)


class SettingsService:
    def __init__(
        self, db: pw.Database, audit: AuditTrail, profile: Profile, changes: ChangeBus
    ) -> None:
        self.changes = changes
        self._db = db
        self._audit = audit
        self._profile = profile

    # --- reading (everyone) ------------------------------------------------------------

    def general(self) -> GeneralSettings:
        rows = {s.key: s for s in Setting.select()}
        values = {key: row.value for key, row in rows.items()}
        return GeneralSettings(
            shop_name=values.get("shop_name", ""),
            reminder_lead_days=int(values.get("reminder_lead_days", "7")),
            setup_complete=values.get("setup_complete", "1") == "1",
            version=rows[GENERAL_KEY].version if GENERAL_KEY in rows else 0,
        )

    def custom_field_label_set(self) -> CustomFieldLabels:
        """The labels with the version a save of the label form names."""
        rows = {s.key: s for s in Setting.select()}
        labels = tuple(rows[k].value if k in rows else "" for k in _label_keys())
        first = rows.get(LABELS_KEY)
        return CustomFieldLabels(labels, first.version if first else 0)

    def enum_values(self, kind: str) -> list[EnumValue]:
        self._check_kind(kind)
        query = EnumItem.select().where(EnumItem.kind == kind).order_by(EnumItem.sort, EnumItem.id)
        return [EnumValue(e.id, e.kind, e.name, e.sort, e.version) for e in query]

    def custom_field_labels(self) -> list[str]:
        values = {s.key: s.value for s in Setting.select()}
        return [values.get(f"custom_field_{i}", "") for i in range(1, CUSTOM_FIELD_COUNT + 1)]

    def numbering_rules(self) -> list[Rule]:
        return [rule_for(kind) for kind in NUMBERED_KINDS]

    @property
    def profile(self) -> Profile:
        return self._profile

    # --- changing (settings.manage) ----------------------------------------------------

    @announces(A.SETTINGS)
    def save_general(
        self, actor: Actor, *, shop_name: str, reminder_lead_days: int, version: Expected
    ) -> None:
        """``version``: the one the form was loaded from (StaleRecord, nothing written, when
        another PC saved these settings since), or OVERWRITE."""
        require(actor, "settings.manage")
        if not 0 <= reminder_lead_days <= 365:
            raise ValidationError(
                "reminder_lead_days",
                QT_TRANSLATE_NOOP("Errors", "Reminder lead days must be between 0 and 365."),
            )
        shop_name = one_line(shop_name)[:100]
        with self._db.atomic():
            self._claim_setting(
                GENERAL_KEY, version, lambda: ("settings", self.general().shop_name, self.general())
            )
            self._put("shop_name", shop_name)
            self._put("reminder_lead_days", str(reminder_lead_days))
            self._audit.record(
                actor,
                "settings.general",
                "",
                {"shop_name": shop_name, "reminder_lead_days": reminder_lead_days},
            )

    @announces(A.SETTINGS)
    def save_local(self, actor: Actor, *, local_area_code: str, language: str) -> None:
        """Settings kept in this PC's profile (config.toml), not in the shared database."""
        require(actor, "settings.manage")
        self._validate_local(local_area_code, language)
        self._profile.config.local_area_code = local_area_code.strip()
        self._profile.config.language = language
        self._profile.save()
        with self._db.atomic():
            self._audit.record(
                actor,
                "settings.local",
                "",
                {"local_area_code": local_area_code.strip(), "language": language},
            )

    @announces(A.SETTINGS)
    def save_database(self, actor: Actor, url: str) -> PasswordPlace | None:
        """This PC's database (config.toml, the password apart in the credential store or a
        private file); used from the next start. Returns where the password went."""
        require(actor, "settings.manage")
        try:
            check_url(url)
        except DatabaseUrlError as exc:
            raise ValidationError(
                "database",
                QT_TRANSLATE_NOOP("Errors", "The database settings are not valid: {why}"),
                why=str(exc),
            ) from None
        try:
            place = save_database_url(self._profile, url)
        except OSError as exc:
            raise ServiceError(
                QT_TRANSLATE_NOOP("Errors", "The settings could not be written to {path}: {why}"),
                path=str(self._profile.config_path),
                why=exc.strerror or type(exc).__name__,
            ) from None
        with self._db.atomic():
            self._audit.record(
                actor, "settings.database", "", {"database": describe_url(url).display}
            )
        return place

    @announces(A.SETTINGS)
    def choose_language(self, language: str) -> None:
        """This PC's interface language, chosen on the login dialog or the View menu: a
        display preference of whoever sits here, so no permission (the area code, which
        changes how numbers are read, stays with save_local)."""
        if language not in LANGUAGES:
            raise ValidationError(
                "language",
                QT_TRANSLATE_NOOP("Errors", "Unknown language '{language}'."),
                language=language,
            )
        self._profile.config.language = language
        self._profile.save()

    @announces(A.SETTINGS)
    def add_enum_value(self, actor: Actor, kind: str, name: str) -> EnumValue:
        require(actor, "settings.manage")
        self._check_kind(kind)
        name = self._enum_name(name)
        with self._db.atomic():
            self._check_unique(kind, name, None)
            sort = EnumItem.select(pw.fn.MAX(EnumItem.sort)).where(EnumItem.kind == kind).scalar()
            item = EnumItem.create(
                kind=kind, name=name, sort=(sort if sort is not None else -1) + 1
            )
            self._audit.record(actor, "enum.add", kind, name)
            return EnumValue(item.id, kind, name, item.sort)

    @announces(A.SETTINGS)
    def rename_enum_value(
        self, actor: Actor, item_id: int, name: str, *, version: Expected
    ) -> None:
        """``version``: the entry's as listed (StaleRecord when renamed since)."""
        require(actor, "settings.manage")
        name = self._enum_name(name)
        with self._db.atomic():
            claim_version(EnumItem, item_id, version, lambda: self._stale_item(item_id))
            item = self._item(item_id)
            self._check_unique(item.kind, name, item.id)
            old = item.name
            item.name = name
            item.save()
            self._audit.record(actor, "enum.rename", item.kind, f"{old} -> {name}")

    @announces(A.SETTINGS)
    def move_enum_value(self, actor: Actor, item_id: int, offset: int) -> None:
        """Move an entry up (negative) or down (positive) in its list."""
        require(actor, "settings.manage")
        with self._db.atomic():
            item = self._item(item_id)
            items = list(
                EnumItem.select()
                .where(EnumItem.kind == item.kind)
                .order_by(EnumItem.sort, EnumItem.id)
            )
            index = next(i for i, e in enumerate(items) if e.id == item.id)
            target = max(0, min(len(items) - 1, index + offset))
            items.insert(target, items.pop(index))
            for sort, entry in enumerate(items):
                if entry.sort != sort:
                    EnumItem.update(sort=sort).where(EnumItem.id == entry.id).execute()
            if target != index:
                self._audit.record(actor, "enum.move", item.kind, {"entry": item.name})

    @announces(A.SETTINGS)
    def remove_enum_value(self, actor: Actor, item_id: int) -> None:
        require(actor, "settings.manage")
        with self._db.atomic():
            item = self._item(item_id)
            item.delete_instance()
            self._audit.record(actor, "enum.remove", item.kind, item.name)

    @announces(A.SETTINGS)
    def save_custom_field_labels(
        self, actor: Actor, labels: list[str], *, version: Expected
    ) -> None:
        """``version``: the one of ``custom_field_label_set`` the form was loaded from
        (StaleRecord, nothing written, when saved since), or OVERWRITE."""
        require(actor, "settings.manage")
        if len(labels) != CUSTOM_FIELD_COUNT:
            raise ValueError(f"expected {CUSTOM_FIELD_COUNT} labels")
        cleaned = [one_line(label)[:32] for label in labels]
        with self._db.atomic():
            self._claim_setting(LABELS_KEY, version, self._stale_labels)
            for i, label in enumerate(cleaned, start=1):
                self._put(f"custom_field_{i}", label)
            self._audit.record(actor, "settings.custom_fields", "", " | ".join(cleaned))

    @announces(A.SETTINGS)
    def save_numbering_rule(
        self,
        actor: Actor,
        kind: str,
        *,
        prefix: str,
        date_pattern: str,
        digits: int,
        version: Expected,
    ) -> str:
        """Store the rule and return an example code it produces. ``version``: the rule's as
        loaded (0 while the default applies); StaleRecord when another PC saved it since."""
        require(actor, "settings.manage")
        if kind not in NUMBERED_KINDS:
            raise NotFound()
        rule = self.validate_rule(kind, prefix, date_pattern, digits)
        with self._db.atomic():
            fields = {
                "prefix": rule.prefix,
                "date_pattern": rule.date_pattern,
                "digits": rule.digits,
            }
            stored = NumberingRule.select().where(NumberingRule.kind == kind).exists()
            if stored or version != 0:
                claim_version(NumberingRule, kind, version, lambda: self._stale_rule(kind))
                NumberingRule.update(**fields).where(NumberingRule.kind == kind).execute()
            else:
                try:
                    with self._db.atomic():  # a savepoint: another PC may create it first
                        NumberingRule.create(kind=kind, **fields)
                except pw.IntegrityError:
                    raise self._stale_rule(kind) from None
            self._audit.record(
                actor,
                "settings.numbering",
                kind,
                {"prefix": rule.prefix, "date_pattern": rule.date_pattern, "digits": rule.digits},
            )
        return example_code(rule)

    # --- validation shared with the UI's live preview ----------------------------------

    @staticmethod
    def validate_rule(kind: str, prefix: str, date_pattern: str, digits: int) -> Rule:
        prefix = prefix.strip()
        if not _PREFIX.fullmatch(prefix):
            raise ValidationError(
                "prefix",
                QT_TRANSLATE_NOOP(
                    "Errors", "A prefix has at most 8 letters, digits, Chinese characters, - or _."
                ),
            )
        if date_pattern not in DATE_PATTERNS:
            raise ValidationError(
                "date_pattern",
                QT_TRANSLATE_NOOP("Errors", "Unknown date pattern '{pattern}'."),
                pattern=date_pattern,
            )
        if not 2 <= digits <= 8:
            raise ValidationError(
                "digits",
                QT_TRANSLATE_NOOP("Errors", "The sequence must have between 2 and 8 digits."),
            )
        return Rule(kind, prefix, date_pattern, digits)

    @staticmethod
    def _validate_local(local_area_code: str, language: str) -> None:
        if not _AREA_CODE.fullmatch(local_area_code.strip()):
            raise ValidationError(
                "local_area_code",
                QT_TRANSLATE_NOOP(
                    "Errors", "The area code must look like 010 or 0755 (or be left empty)."
                ),
            )
        if language not in LANGUAGES:
            raise ValidationError(
                "language",
                QT_TRANSLATE_NOOP("Errors", "Unknown language '{language}'."),
                language=language,
            )

    # --- helpers -----------------------------------------------------------------------

    def _put(self, key: str, value: str) -> None:
        put_setting(key, value)

    def _claim_setting(
        self, key: str, version: Expected, current: Callable[[], tuple[str, str, object]]
    ) -> None:
        """Claim the version of a form kept in several settings rows on its first row (a
        missing row counts as version 0)."""
        if not Setting.select().where(Setting.key == key).exists():
            Setting.insert(key=key, value="", version=0).on_conflict_ignore().execute()

        def stale() -> StaleRecord:
            kind, record, view = current()
            return StaleRecord(kind, record, last_change(f"settings.{_AUDITED[kind]}"), view)

        claim_version(Setting, key, version, stale)

    def _stale_labels(self) -> tuple[str, str, object]:
        view = self.custom_field_label_set()
        return "custom_fields", " / ".join(x for x in view.labels if x), view

    def _stale_item(self, item_id: int) -> StaleRecord:
        item = self._item(item_id)
        current = EnumValue(item.id, item.kind, item.name, item.sort, item.version)
        return StaleRecord("enum_value", item.name, last_change("enum.", target=item.kind), current)

    def _stale_rule(self, kind: str) -> StaleRecord:
        last = last_change("settings.numbering", target=kind)
        return StaleRecord("numbering_rule", kind, last, rule_for(kind))

    def _check_kind(self, kind: str) -> None:
        if kind not in ENUM_KINDS:
            raise NotFound()

    def _item(self, item_id: int) -> EnumItem:
        item = EnumItem.get_or_none(EnumItem.id == item_id)
        if item is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Errors", "This entry no longer exists; it may have been removed."
                )
            )
        return item

    @staticmethod
    def _enum_name(name: str) -> str:
        name = one_line(name)
        if not name or len(name) > 64:
            raise ValidationError(
                "name", QT_TRANSLATE_NOOP("Errors", "An entry needs a name of 1 to 64 characters.")
            )
        return name

    @staticmethod
    def _check_unique(kind: str, name: str, exclude_id: int | None) -> None:
        # Case-blind on every engine, as MySQL's collation (and its unique index) already is.
        query = EnumItem.select().where(
            EnumItem.kind == kind, pw.fn.LOWER(EnumItem.name) == name.lower()
        )
        if exclude_id is not None:
            query = query.where(EnumItem.id != exclude_id)
        if query.exists():
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "'{name}' is already in this list."), name=name
            )


def put_setting(key: str, value: str) -> None:
    """Insert or replace one setting (portable: REPLACE differs across the three engines)."""
    if not Setting.update(value=value).where(Setting.key == key).execute():
        Setting.create(key=key, value=value)


def example_code(rule: Rule) -> str:
    return format_code(rule, dt.date.today(), 1)
