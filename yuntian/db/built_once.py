"""Queries whose SQL is built once per database and from then on only run.

For a small query peewee takes longer to build the SQL (0.3-1 ms of Python) than PostgreSQL
takes to run it over the network, and every station reads the caller's card at every ring:
ten PCs on a busy line paid more for building SQL than for the database. A query here is
written with peewee as usual, with ``Arg("name")`` where a value goes; its SQL and where each
argument goes are kept per database, and rows come back converted as peewee converts them
(the query's own row type: models, tuples or dicts).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from typing import Any

import peewee as pw


class Arg(pw.Node):
    """A value given at each run: written as the database's parameter mark. Values go to the
    driver as they are (no field conversion): pass what the column holds (ids, text)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def __sql__(self, ctx: pw.Context) -> pw.Context:
        ctx._values.append(self)
        return ctx.literal(ctx.state.param or "?")


class BuiltOnce:
    """``build()`` returns the peewee query (with Args); it is called once per database."""

    def __init__(self, build: Callable[[], pw.BaseQuery]) -> None:
        self._build = build
        self._built: weakref.WeakKeyDictionary[pw.Database, tuple[pw.BaseQuery, str, list]] = (
            weakref.WeakKeyDictionary()
        )

    def run(self, db: pw.Database, **args: object) -> Iterable[Any]:
        """The rows for these arguments (every Arg's name given)."""
        query, cursor = self._run(db, args)
        return query._get_cursor_wrapper(cursor)

    def execute(self, db: pw.Database, **args: object) -> int:
        """Run an INSERT, UPDATE or DELETE; how many rows it touched."""
        return self._run(db, args)[1].rowcount

    def _run(self, db: pw.Database, args: dict[str, object]) -> tuple[pw.BaseQuery, Any]:
        if isinstance(db, pw.DatabaseProxy):  # the models' own: the database behind it
            db = db.obj
        built = self._built.get(db)
        if built is None:
            query = self._build()
            sql, params = db.get_sql_context().parse(query)
            built = self._built[db] = (query, sql, params)
        query, sql, params = built
        values = [args[p.name] if isinstance(p, Arg) else p for p in params]
        return query, db.execute_sql(sql, values)

    def rows(self, db: pw.Database, **args: object) -> list[Any]:
        return list(self.run(db, **args))

    def first(self, db: pw.Database, **args: object) -> Any | None:
        return next(iter(self.run(db, **args)), None)
