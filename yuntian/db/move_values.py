"""Values on their way between engines, and the per-table checksum that proves a copy.

Each engine hands back the same value in its own shape: SQLite keeps dates and times as text,
booleans as 0/1 and decimals as REAL or INTEGER; PostgreSQL gives ``datetime``, ``bool`` and
``Decimal``; MySQL gives ``datetime``, 0/1 and ``Decimal``. A column's *kind* (from the models
where they name it, else from its declared type) says what it holds; ``converter`` makes a row
what the target stores, ``canonical`` a value one text that is the same on every engine.

The checksum hashes each row's canonical values (SHA-256) and adds the row hashes up modulo
2**256: rows are read in primary-key order for the copy, but text keys sort by each engine's
own collation, so the sum (which counts every row, duplicates included) needs no common order.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import peewee as pw

from yuntian.db.models import ALL_MODELS

BOOL, INT, FLOAT, DECIMAL, DATE, DATETIME, TEXT, BYTES = (
    "bool",
    "int",
    "float",
    "decimal",
    "date",
    "datetime",
    "text",
    "bytes",
)

_FIELD_KINDS: tuple[tuple[type[pw.Field], str], ...] = (
    (pw.BooleanField, BOOL),
    (pw.DateTimeField, DATETIME),
    (pw.DateField, DATE),
    (pw.DecimalField, DECIMAL),
    (pw.FloatField, FLOAT),
    (pw.IntegerField, INT),  # BigIntegerField, AutoField and the cents fields derive from it
    (pw.BlobField, BYTES),
    (pw.CharField, TEXT),
    (pw.TextField, TEXT),
)


@dataclass(frozen=True)
class Column:
    name: str
    kind: str
    places: int | None = None  # decimal places of a DECIMAL column


def model_columns() -> dict[str, dict[str, Column]]:
    """table -> column -> Column, for every column the models name."""
    found: dict[str, dict[str, Column]] = {}
    for model in ALL_MODELS:
        columns: dict[str, Column] = {}
        for field in model._meta.sorted_fields:
            target = field.rel_field if isinstance(field, pw.ForeignKeyField) else field
            kind = next((k for cls, k in _FIELD_KINDS if isinstance(target, cls)), None)
            if kind is not None:
                places = getattr(target, "decimal_places", None) if kind == DECIMAL else None
                columns[field.column_name] = Column(field.column_name, kind, places)
        found[model._meta.table_name] = columns
    return found


def kind_of_type(data_type: str) -> str:
    """A column's kind from its declared type (a column no model names)."""
    t = data_type.lower()
    if "bool" in t or t.startswith("tinyint(1)"):
        return BOOL
    if "timestamp" in t or "datetime" in t:
        return DATETIME
    if t.startswith("date"):
        return DATE
    if "int" in t:
        return INT
    if "numeric" in t or "decimal" in t:
        return DECIMAL
    if any(word in t for word in ("real", "double", "float")):
        return FLOAT
    if any(word in t for word in ("blob", "bytea", "binary")):
        return BYTES
    return TEXT


def table_columns(
    db: pw.Database, table: str, models: dict[str, dict[str, Column]]
) -> list[Column]:
    """The table's columns as the database has them, in its order, each with its kind."""
    known = models.get(table, {})
    return [
        known.get(c.name) or Column(c.name, kind_of_type(c.data_type))
        for c in db.get_columns(table)
    ]


Convert = Callable[[tuple], tuple]


def converter(source: pw.Database, target: pw.Database, columns: Sequence[Column]) -> Convert:
    """A function turning a row read from ``source`` into what ``target`` stores (SQLite:
    text dates, 0/1; the servers: Python objects). Between engines of one kind, rows pass
    as they are; otherwise only the columns whose kind needs it are touched."""
    if type(source) is type(target):
        return lambda row: row
    sqlite = isinstance(target, pw.SqliteDatabase)
    changes = [
        (i, _to_sqlite(c) if sqlite else _to_server(c))
        for i, c in enumerate(columns)
        if c.kind in (BOOL, DATETIME, DATE, DECIMAL)
    ]

    def convert(row: tuple) -> tuple:
        out = list(row)
        for i, change in changes:
            value = out[i]
            if value is not None:
                out[i] = change(value)
        return tuple(out)

    return convert


def _to_server(column: Column) -> Callable[[object], object]:
    kind, places = column.kind, column.places
    if kind == BOOL:
        return _as_bool
    if kind == DATETIME:
        return _as_datetime
    if kind == DATE:
        return _as_date
    return lambda value: _as_decimal(value, places)


def _to_sqlite(column: Column) -> Callable[[object], object]:
    kind, places = column.kind, column.places
    if kind == BOOL:
        return lambda value: int(_as_bool(value))
    if kind == DATETIME:  # what peewee writes: "YYYY-MM-DD HH:MM:SS[.ffffff]"
        return lambda value: str(_as_datetime(value))
    if kind == DATE:
        return lambda value: _as_date(value).isoformat()
    return lambda value: str(_as_decimal(value, places))


def canonical(column: Column, value: object) -> str:
    """One text for ``value`` whatever engine it came from."""
    if value is None:
        return "\x00"
    kind = column.kind
    if kind == TEXT and type(value) is str:
        return value
    if kind == INT and type(value) is int:
        return str(value)
    try:
        if kind == BOOL:
            return "T" if _as_bool(value) else "F"
        if kind == INT:
            return str(int(value))  # type: ignore[call-overload]
        if kind == DATETIME:
            return _as_datetime(value).isoformat(" ")
        if kind == DATE:
            return _as_date(value).isoformat()
        if kind == DECIMAL:
            return str(_as_decimal(value, column.places))
        if kind == FLOAT:
            return repr(float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError, InvalidOperation):
        pass  # stored as something else (SQLite keeps any text): compared as it is
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return str(value)


def _as_bool(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() not in ("", "0", "f", "false")
    return bool(value)


def _as_datetime(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return dt.datetime.fromisoformat(str(value))


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _as_decimal(value: object, places: int | None) -> Decimal:
    # A float from SQLite's REAL goes through its shortest text (12.3, not 12.2999...).
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value))
    return number.quantize(Decimal(1).scaleb(-places)) if places is not None else number


class Checksum:
    """Rows counted and hashed, order-free (see the module's note)."""

    MODULUS = 2**256

    def __init__(self, columns: Sequence[Column]) -> None:
        self.columns = list(columns)
        self.rows = 0
        self._sum = 0

    def add(self, rows: Iterable[Sequence]) -> None:
        columns, total, count = self.columns, self._sum, 0
        sha256, from_bytes = hashlib.sha256, int.from_bytes
        for row in rows:
            text = "\x1f".join([canonical(c, v) for c, v in zip(columns, row, strict=True)])
            total += from_bytes(sha256(text.encode("utf-8", "surrogatepass")).digest(), "big")
            count += 1
        self._sum = total % self.MODULUS
        self.rows += count

    @property
    def hex(self) -> str:
        return f"{self._sum:064x}"
