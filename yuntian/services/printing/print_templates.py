"""Print forms (打印设置): the built-in dispatch and sales slips and the shop's own.

Everyone signed in lists and prints them; changing them needs settings.manage. A built-in form
is a file that ships with the program; a row with its name holds what the shop changed (its
copies, offsets, default flag, and a body of its own, or "" to follow the shipped design, so
that an update of the program reaches forms the shop never redesigned). Built-ins cannot be
deleted, only reverted. A form is saved only if it compiles, names no unknown field and fills
in the kind's example record; the refusal names the line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from yuntian.db.models import PrintTemplate, User
from yuntian.db.transactions import reading
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.changes import Area as A
from yuntian.services.common.changes import announces
from yuntian.services.common.errors import Conflict, NotFound, ValidationError
from yuntian.services.common.permissions import Actor, require
from yuntian.services.common.record_versions import (
    OVERWRITE,
    Expected,
    StaleRecord,
    claim_version,
    last_change,
)
from yuntian.services.common.service_base import ServiceBase
from yuntian.services.common.text import bounded
from yuntian.services.printing.print_builtins import DEFAULT_NAME, builtin, builtin_forms
from yuntian.services.printing.print_engine import check
from yuntian.services.printing.print_fields import KINDS, example_context
from yuntian.services.printing.print_papers import PAPERS

BODY_MAX = 100_000
COPIES_MAX = 5  # 二联 / 三联 are the usual; five is plenty
OFFSET_MAX = 500  # tenths of a millimetre: 5 cm either way


@dataclass(frozen=True)
class TemplateInput:
    kind: str  # "dispatch" or "sales"
    name: str
    paper: str  # a key of PAPERS
    body: str
    copies: int = 1
    offset_x_tenth_mm: int = 0  # + moves the print right
    offset_y_tenth_mm: int = 0  # + moves it down


@dataclass(frozen=True)
class TemplateView:
    kind: str
    name: str
    paper: str
    body: str  # what prints: the shop's own, or the shipped one
    copies: int
    offset_x_tenth_mm: int
    offset_y_tenth_mm: int
    is_default: bool
    builtin: bool  # ships with the program: cannot be deleted
    customized: bool  # a built-in whose body the shop changed: can be reverted
    updated_by: str
    updated_at: dt.datetime | None
    version: int = 0  # what a save from this view names; 0: nothing stored (schema 12)


class PrintTemplateService(ServiceBase):
    # --- reading (everyone) ------------------------------------------------------------

    def list(self, actor: Actor, kind: str) -> list[TemplateView]:
        """The built-ins in paper order (A4, A5, 241x140, 80mm, 58mm), then the shop's own
        by name."""
        del actor  # whoever prints picks a form
        _check_kind(kind)
        with reading(self._db):
            rows = {r.name: r for r in _rows(kind)}
            default = _default_name(rows)
            views = [_view(kind, f.name, rows.get(f.name), default) for f in builtin_forms(kind)]
            own = sorted(n for n in rows if builtin(kind, n) is None)
            return views + [_view(kind, n, rows[n], default) for n in own]

    def get(self, actor: Actor, kind: str, name: str) -> TemplateView:
        del actor
        _check_kind(kind)
        with reading(self._db):
            rows = {r.name: r for r in _rows(kind)}
            if name not in rows and builtin(kind, name) is None:
                raise NotFound(_GONE)
            return _view(kind, name, rows.get(name), _default_name(rows))

    def default_for(self, actor: Actor, kind: str) -> TemplateView:
        """The form printed when none is chosen: the shop's choice, else the A4 built-in."""
        del actor
        _check_kind(kind)
        with reading(self._db):
            rows = {r.name: r for r in _rows(kind)}
            default = _default_name(rows)
            return _view(kind, default, rows.get(default), default)

    # --- changing (settings.manage) ----------------------------------------------------

    @announces(A.PRINT_TEMPLATES)
    def save(self, actor: Actor, data: TemplateInput, *, version: Expected) -> TemplateView:
        """Create or replace the form ``data.kind`` / ``data.name``. ``version``: the one the
        designer loaded the form from (0: nothing stored: a new form or an untouched built-in);
        StaleRecord, nothing written, when another PC saved, reverted or created it since."""
        require(actor, "settings.manage")
        _check_kind(data.kind)
        name = bounded("name", data.name, 64)
        if not name:
            raise ValidationError("name", QT_TRANSLATE_NOOP("Errors", "Please enter a name."))
        shipped = builtin(data.kind, name)
        if data.paper not in PAPERS:
            raise ValidationError(
                "paper", QT_TRANSLATE_NOOP("Errors", "Please choose a paper size.")
            )
        if shipped is not None and data.paper != shipped.paper:
            raise ValidationError(
                "paper",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The built-in form {name} is for its own paper; save a copy under another "
                    "name to use other paper.",
                ),
                name=name,
            )
        _whole("copies", data.copies, 1, COPIES_MAX)
        _whole("offset_x_tenth_mm", data.offset_x_tenth_mm, -OFFSET_MAX, OFFSET_MAX)
        _whole("offset_y_tenth_mm", data.offset_y_tenth_mm, -OFFSET_MAX, OFFSET_MAX)
        body = data.body.replace("\x00", "")
        if len(body) > BODY_MAX:
            raise ValidationError(
                "body",
                QT_TRANSLATE_NOOP("Errors", "This text is too long: at most {n} characters."),
                n=BODY_MAX,
            )
        if not body.strip():
            raise ValidationError(
                "body", QT_TRANSLATE_NOOP("Errors", "The form is empty: it would print nothing.")
            )
        check(body, example_context(data.kind), name)
        stored_body = "" if shipped is not None and body == shipped.body else body
        values = {
            "paper": data.paper,
            "body": stored_body,
            "copies": data.copies,
            "offset_x_tenth_mm": data.offset_x_tenth_mm,
            "offset_y_tenth_mm": data.offset_y_tenth_mm,
            "updated_by": actor.user_id,
            "updated_at": self._now(),
        }

        def stale() -> StaleRecord:
            current = self.get(actor, data.kind, name)
            last = last_change("print_template.", target=f"{data.kind}/{name}")
            return StaleRecord("print_template", name, last, current)

        with self._db.atomic():
            row = _row(data.kind, name)
            if row is None:
                if version not in (0, OVERWRITE):
                    raise stale()  # reverted or deleted on another PC meanwhile
                try:
                    with self._db.atomic():  # a savepoint: another PC may create it first
                        PrintTemplate.create(kind=data.kind, name=name, **values)
                except pw.IntegrityError:
                    raise stale() from None
            else:
                claim_version(PrintTemplate, row.id, version, stale)
                PrintTemplate.update(**values).where(PrintTemplate.id == row.id).execute()
            self._audit.record(actor, "print_template.save", f"{data.kind}/{name}", data.paper)
        return self.get(actor, data.kind, name)

    @announces(A.PRINT_TEMPLATES)
    def delete(self, actor: Actor, kind: str, name: str) -> None:
        """One of the shop's own forms; if it was the default, the A4 built-in takes over."""
        require(actor, "settings.manage")
        _check_kind(kind)
        if builtin(kind, name) is not None:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A built-in form cannot be deleted; revert it to undo the shop's changes.",
                )
            )
        with self._db.atomic():
            row = _row(kind, name)
            if row is None:
                raise NotFound(_GONE)
            row.delete_instance()
            self._audit.record(actor, "print_template.delete", f"{kind}/{name}")

    @announces(A.PRINT_TEMPLATES)
    def revert(self, actor: Actor, kind: str, name: str) -> TemplateView:
        """Back to the shipped design of a built-in form; its copies, offsets and default
        flag are the shop's printer set-up and stay."""
        require(actor, "settings.manage")
        _check_kind(kind)
        if builtin(kind, name) is None:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "Only a built-in form can be reverted."))
        with self._db.atomic():
            row = _row(kind, name)
            if row is not None:
                row.body = ""
                row.updated_by, row.updated_at = actor.user_id, self._now()
                plain = (row.copies, row.offset_x_tenth_mm, row.offset_y_tenth_mm) == (1, 0, 0)
                if plain and not row.is_default:
                    row.delete_instance()
                else:
                    row.version += 1  # an open designer cannot save its old body over it
                    row.save()
            self._audit.record(actor, "print_template.revert", f"{kind}/{name}")
        return self.get(actor, kind, name)

    @announces(A.PRINT_TEMPLATES)
    def set_default(self, actor: Actor, kind: str, name: str) -> None:
        require(actor, "settings.manage")
        _check_kind(kind)
        shipped = builtin(kind, name)
        with self._db.atomic():
            row = _row(kind, name)
            if row is None and shipped is None:
                raise NotFound(_GONE)
            PrintTemplate.update(is_default=False).where(
                PrintTemplate.kind == kind,
                PrintTemplate.is_default == True,  # noqa: E712
            ).execute()
            if row is None:
                assert shipped is not None
                PrintTemplate.create(
                    kind=kind,
                    name=name,
                    paper=shipped.paper,
                    body="",
                    is_default=True,
                    updated_by=actor.user_id,
                    updated_at=self._now(),
                )
            else:
                PrintTemplate.update(is_default=True).where(PrintTemplate.id == row.id).execute()
            self._audit.record(actor, "print_template.default", f"{kind}/{name}")

    def _now(self) -> dt.datetime:
        return self._clock().replace(microsecond=0)


_GONE = QT_TRANSLATE_NOOP("Errors", "This form no longer exists; it may have been deleted.")


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no such kind of form."))


def _whole(field: str, value: int, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "Please enter a whole number from {min} to {max}."),
            min=low,
            max=high,
        )


def _rows(kind: str) -> list[PrintTemplate]:
    return list(PrintTemplate.select().where(PrintTemplate.kind == kind))


def _row(kind: str, name: str) -> PrintTemplate | None:
    return PrintTemplate.get_or_none(PrintTemplate.kind == kind, PrintTemplate.name == name)


def _default_name(rows: dict[str, PrintTemplate]) -> str:
    return next((n for n, r in sorted(rows.items()) if r.is_default), DEFAULT_NAME)


def _view(kind: str, name: str, row: PrintTemplate | None, default: str) -> TemplateView:
    shipped = builtin(kind, name)
    if row is None:
        assert shipped is not None
        return TemplateView(
            kind, name, shipped.paper, shipped.body, 1, 0, 0, name == default, True, False, "", None
        )
    own_body = row.body != ""
    user = User.get_or_none(User.id == row.updated_by_id) if row.updated_by_id else None
    return TemplateView(
        kind=kind,
        name=name,
        paper=row.paper,
        body=row.body if own_body or shipped is None else shipped.body,
        copies=row.copies,
        offset_x_tenth_mm=row.offset_x_tenth_mm,
        offset_y_tenth_mm=row.offset_y_tenth_mm,
        is_default=name == default,
        builtin=shipped is not None,
        customized=shipped is not None and own_body,
        updated_by=(user.display_name or user.username) if user else "",
        updated_at=row.updated_at,
        version=row.version,
    )
