"""The parts catalogue to and from Excel: an export needs data.import_export (like every
export), an import parts.manage (it writes the catalogue, like its editor).

An import checks every row with the catalogue editor's rules (part_catalogue.part_values) and
reports each refusal by row and column, like the customer import; then it stores the valid
rows ("valid-rows") or, when any row has an error, nothing ("all-or-nothing"), in one
transaction. A row whose code the catalogue already has updates that part (prices, levels,
fits ... as the file says); a row without a code gets the next part number. The product models
of 适用机型 are named as the catalogue shows them ("格力 KFR-35GW"), or by the model alone when
only one brand has it. The export writes the catalogue in the same columns, so an exported file
can be changed in Excel and imported again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from yuntian.db.models import Part, ProductModel
from yuntian.db.transactions import reading
from yuntian.exports.customer_import_rows import RowIssue
from yuntian.exports.part_io import FIT_SEPARATOR, HEADERS, PART_IMPORT, PartRow, write_parts
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.audit import AuditTrail, Clock
from yuntian.services.common.changes import Area, ChangeBus, announces
from yuntian.services.common.errors import ValidationError
from yuntian.services.common.numbering import Numbering
from yuntian.services.common.permissions import Actor, require
from yuntian.services.common.record_versions import bump_version
from yuntian.services.customers.customer_import_types import MODES, ImportCheck, ImportResult
from yuntian.services.parts import part_catalogue as catalogue
from yuntian.services.parts.part_catalogue import PartCatalogueService
from yuntian.services.parts.part_catalogue_types import Activity, PartFilter, PartInput

CODE_TWICE = QT_TRANSLATE_NOOP("PartImport", "The code {code} is also on row {row}.")
NO_SUCH_MODEL = QT_TRANSLATE_NOOP("PartImport", "There is no product model named {name}.")
AMBIGUOUS_MODEL = QT_TRANSLATE_NOOP(
    "PartImport", "Several brands have a model {name}: write the brand before it."
)
_FIELD_COLUMN = {"inactive": "inactive", "active": "inactive"}  # rule field -> file field


@dataclass
class PreparedPart:
    source: PartRow
    data: PartInput | None = None
    fit_names: tuple[str, ...] = ()
    issues: list[RowIssue] = field(default_factory=list)


@dataclass(frozen=True)
class PartImportPlan:
    rows: tuple[PreparedPart, ...]
    check: ImportCheck


class PartExcelService:
    def __init__(
        self,
        db: pw.Database,
        audit: AuditTrail,
        clock: Clock,
        numbering: Numbering,
        parts: PartCatalogueService,
        changes: ChangeBus,
    ) -> None:
        self.changes = changes
        self._db = db
        self._audit = audit
        self._clock = clock
        self._numbering = numbering
        self._parts = parts

    # --- export -----------------------------------------------------------------------------

    def export(self, actor: Actor, path: str | Path, flt: PartFilter | None = None) -> int:
        """Write the catalogue (every part unless ``flt`` says otherwise) by code."""
        require(actor, "data.import_export")
        flt = flt or PartFilter(activity=Activity.ALL)
        views = []
        after = None
        while True:
            page = self._parts.page(actor, flt, after, limit=1000)
            views += page
            if len(page) < 1000:
                break
            after = self._parts.page_key(page[-1])
        lines = [
            (v.code, v.name, v.spec, v.unit, v.category, v.cost_price, v.sale_price,
             v.safety_stock, v.reorder_min, v.reorder_max, v.supplier, v.barcode,
             FIT_SEPARATOR.join(f.label for f in v.fits), v.notes, not v.active)
            for v in views
        ]  # fmt: skip
        written = write_parts(path, lines, len(lines))
        self._audit.record(actor, "part.export", Path(path).name, {"rows": written})
        return written

    # --- import -----------------------------------------------------------------------------

    def prepare(self, actor: Actor, rows: Sequence[PartRow]) -> PartImportPlan:
        """Check every row without the database (the editor's rules, codes twice in the
        file), then against it (product models). Writes nothing."""
        self._require(actor)
        prepared = [_prepare(row) for row in rows]
        first: dict[str, int] = {}
        for item in prepared:
            code = item.source.code.strip()
            if code and code.casefold() in first:
                item.issues.append(_issue(item.source, "code", CODE_TWICE, code=code,
                                          row=first[code.casefold()]))  # fmt: skip
            elif code:
                first[code.casefold()] = item.source.row
        with reading(self._db):
            check = _check(prepared)
        return PartImportPlan(tuple(prepared), check)

    @announces(Area.PARTS)
    def run(
        self, actor: Actor, plan: PartImportPlan, mode: str, *, source: str = ""
    ) -> ImportResult:
        if mode not in MODES:
            raise ValueError(f"unknown import mode {mode!r}; one of {MODES}")
        self._require(actor)
        with self._db.atomic():
            check = _check(plan.rows)  # models may have changed since the plan was made
            if mode == "all-or-nothing" and check.error_rows:
                return ImportResult(check, mode, 0)
            good = [r for r in plan.rows if r.source.row not in check.error_rows]
            ids = [self._store(r) for r in good]
            self._audit.record(
                actor,
                "part.import",
                source,
                {
                    "mode": mode,
                    "read": check.rows_read,
                    "imported": len(ids),
                    "rejected": len(check.error_rows),
                    "warnings": check.warnings,
                },
            )
        return ImportResult(check, mode, len(ids))

    @staticmethod
    def _require(actor: Actor) -> None:
        require(actor, "parts.manage")  # a bulk write of the catalogue, as its editor's

    def _store(self, row: PreparedPart) -> int:
        assert row.data is not None
        values, _ = catalogue.part_values(row.data)
        fits = list(dict.fromkeys(_models()[n.casefold()][0] for n in row.fit_names))
        existing = Part.get_or_none(Part.code == values["code"]) if values["code"] else None
        if existing is None:
            if not values["code"]:
                values["code"] = self._numbering.next_code("part", taken=catalogue._code_taken)
            part_id = Part.create(**values, created_at=self._clock()).id
        else:
            part_id = existing.id
            Part.update(**values).where(Part.id == part_id).execute()
            bump_version(Part, part_id)
        catalogue._replace_fits(part_id, fits)
        return part_id


def _issue(source: PartRow, key: str, template: str, **params: object) -> RowIssue:
    return RowIssue(source.row, source.columns.get(key, HEADERS.get(key, "")), template, params,
                    context=PART_IMPORT)  # fmt: skip


def _prepare(row: PartRow) -> PreparedPart:
    item = PreparedPart(row, issues=list(row.issues))
    data = PartInput(
        name=row.name, code=row.code, spec=row.spec, unit=row.unit, category=row.category,
        cost_price=row.cost_price, sale_price=row.sale_price, safety_stock=row.safety_stock,
        reorder_min=row.reorder_min, reorder_max=row.reorder_max, supplier=row.supplier,
        barcode=row.barcode, notes=row.notes, active=not row.inactive,
    )  # fmt: skip
    try:
        catalogue.part_values(data)
    except ValidationError as exc:
        key = _FIELD_COLUMN.get(exc.field, exc.field)
        column = row.columns.get(key, HEADERS.get(key, ""))
        item.issues.append(RowIssue(row.row, column, exc.template, exc.params, context="Errors"))
    else:
        item.data = data
    item.fit_names = row.fits
    return item


def _models() -> dict[str, list[int]]:
    """Folded "brand model" and model alone -> the ids it names."""
    found: dict[str, list[int]] = {}
    for model_id, brand, model in ProductModel.select(
        ProductModel.id, ProductModel.brand, ProductModel.model
    ).tuples():
        full = f"{brand} {model}".strip().casefold()
        found.setdefault(full, []).append(model_id)
        if brand:
            found.setdefault(model.strip().casefold(), []).append(model_id)
    return found


def _check(rows: Sequence[PreparedPart]) -> ImportCheck:
    models = _models()
    issues: list[RowIssue] = []
    errors: set[int] = set()
    for row in rows:
        found = list(row.issues)
        for name in row.fit_names:
            ids = set(models.get(name.casefold(), ()))
            if not ids:
                found.append(_issue(row.source, "fits", NO_SUCH_MODEL, name=name))
            elif len(ids) > 1:
                found.append(_issue(row.source, "fits", AMBIGUOUS_MODEL, name=name))
        issues += found
        if any(not issue.warning for issue in found):
            errors.add(row.source.row)
    return ImportCheck(rows_read=len(rows), issues=tuple(issues), error_rows=frozenset(errors))
