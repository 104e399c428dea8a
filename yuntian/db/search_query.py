"""Reading the customer search index: customers' documents in name order, for one way of
matching at a time (``yuntian.services.customers.customer_search`` combines them and ranks).

- B-tree sources (name, code, pinyin, initials of the document): equal to, or starting with,
  a key.
- Text sources: customers whose indexed text contains a piece of text: on SQLite the FTS5
  trigram index finds exactly those (a text of 3+ characters is a phrase of trigrams; one of
  1-2 characters stands for the trigrams starting with it); on the servers the term table
  narrows them down and the text itself is then tested.

At a million customers SQLite needs telling how to read: a few thousand customers are looked
up by id (in a narrow index, not the wide document rows) and sorted; more are met by walking the name index in order, keeping those in the
set (or, when a good share of all customers qualify, simply testing each text met), which
finds a page of them after some thousands of steps. PostgreSQL and MySQL plan for
themselves and are read a page at a time.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import peewee as pw

from yuntian.db.search_index import (
    DOC_TABLE,
    FTS_TABLE,
    TERM_TABLE,
    doc_from_row,
    stored_docs,
    uses_fts,
)
from yuntian.db.search_tokens import DOC_COLUMNS, SearchDoc

VOCAB_TABLE = "customer_search_vocab"
SMALL = 1_500  # up to this many are looked up by id and sorted; more: walk the name index
MANY = 25_000  # beyond this many, walking the name index and testing each text is quicker
MAX_EXPANSION = 400  # trigrams a short text may stand for before the walk is quicker
SERVER_MANY = 5_000  # PostgreSQL, MySQL: candidates listed by id; beyond, the server walks
_TOP = "\U0010ffff"  # sorts after every character: key <= x < key + _TOP is "starts with key"


@dataclass(frozen=True)
class Restriction:
    """Which customers may be listed at all: the list filter, as SQL over ``customer c``."""

    include_archived: bool = False
    group_id: int | None = None
    no_group: bool = False
    salesperson_id: int | None = None
    blacklisted: bool | None = None
    created_from: dt.datetime | None = None
    created_before: dt.datetime | None = None

    @property
    def needs_customer(self) -> bool:
        return (
            self.no_group
            or self.group_id is not None
            or self.salesperson_id is not None
            or self.blacklisted is not None
            or self.created_from is not None
            or self.created_before is not None
        )

    def sql(self, p: str) -> tuple[list[str], list[object]]:
        where: list[str] = []
        params: list[object] = []
        if not self.include_archived:
            where.append(f"d.archived = {p}")
            params.append(False)
        if self.no_group:
            where.append("c.group_id IS NULL")
        elif self.group_id is not None:
            where.append(f"c.group_id = {p}")
            params.append(self.group_id)
        if self.salesperson_id is not None:
            where.append(f"c.salesperson_id = {p}")
            params.append(self.salesperson_id)
        if self.blacklisted is not None:
            where.append(f"c.blacklisted = {p}")
            params.append(self.blacklisted)
        if self.created_from is not None:
            where.append(f"c.created_at >= {p}")
            params.append(self.created_from)
        if self.created_before is not None:
            where.append(f"c.created_at < {p}")
            params.append(self.created_before)
        return where, params


def trigrams_of(text: str, most: int = 6) -> tuple[str, ...]:
    """The trigrams of a text of 3+ characters, at most ``most`` of them, spread over it
    (the first and the last always): enough to leave few customers to test (servers)."""
    grams = [text[i : i + 3] for i in range(len(text) - 2)]
    if len(grams) > most:
        step = (len(grams) - 1) / (most - 1)
        grams = [grams[round(i * step)] for i in range(most)]
    return tuple(dict.fromkeys(grams))


NAME_INDEX = "customer_search_name"
ID_INDEX = "customer_search_id"  # SQLite: (customer_id, archived, name_key), to sort by name
_INDEXES = {
    "name_key": NAME_INDEX,
    "pinyin": "customer_search_pinyin",
    "initials": "customer_search_initials",
    "code_key": "customer_search_code",
}

Docs = Iterator[SearchDoc]
_COLUMNS = ", ".join(f"d.{c}" for c in DOC_COLUMNS)


class SearchReader:
    """The SQL of the sources, on one database, for one search. A source lists documents
    in (name_key, customer_id) order, read only as far as the caller goes (``want``: how
    many it will probably take)."""

    def __init__(self, db: pw.Database, restriction: Restriction, want: int) -> None:
        self.db = db
        self.p = db.param
        self.fts = uses_fts(db)
        self.restriction = restriction
        self.want = want

    # --- B-tree sources ---------------------------------------------------------------

    def equal(self, column: str, value: str) -> Docs:
        """Customers whose ``column`` (of the document) is ``value``."""
        condition = f"d.{column} = {self.p}"
        if column == "code_key":  # unique: one row, nothing to sort
            return self._sorted(condition, (value,), _INDEXES[column])
        return self._walk(condition, (value,), _INDEXES[column])  # (column, archived, name)

    def starting(self, column: str, prefix: str) -> Docs:
        """Customers whose ``column`` starts with ``prefix``."""
        condition = f"d.{column} >= {self.p} AND d.{column} < {self.p}"
        params = (prefix, prefix + _TOP)
        if column == "name_key":  # the name index is in name order already
            return self._walk(condition, params, NAME_INDEX)
        index = _INDEXES[column]
        if self.fts and column == "code_key" and self._count_docs(condition, params, index):
            # Codes run in the order customers came, not in name order: when there are
            # many, walking the names meets them soon. (Pinyin follows the name's first
            # character, so that walk could be long: those are always sorted.)
            return self._walk(condition, params, NAME_INDEX)
        return self._sorted(condition, params, index)

    # --- trigram sources --------------------------------------------------------------

    def candidates(self, texts: Sequence[str], most: int) -> list[int] | None:
        """SQLite: the customers whose indexed text contains one of ``texts``, if at most
        ``most`` of them; None if more, or on a server (which finds them in its queries)."""
        texts = tuple(t for t in texts if t)
        if not self.fts or not texts:
            return None
        expression = self._fts_expression(texts)
        if expression is None:
            return None
        if not expression:
            return []
        rows = self.db.execute_sql(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? LIMIT {most + 1}",
            (expression,),
        ).fetchall()
        return None if len(rows) > most else [r[0] for r in rows]

    def among(self, ids: Sequence[int]) -> Docs:
        """SQLite: the customers ``ids`` (a few: see :meth:`candidates`)."""
        listed = "d.customer_id IN (SELECT value FROM json_each(?))"
        return self._sorted(listed, (json.dumps(list(ids)),), ID_INDEX)

    def containing(self, texts: Sequence[str]) -> Docs:
        """Customers whose indexed text contains one of ``texts``, however many."""
        texts = tuple(t for t in texts if t)
        if not texts:
            return iter(())
        test, test_params = self._text_test(texts)
        if not self.fts:
            found = self._term_ids(texts)
            if found is None:  # very many: let the server walk its name index, testing
                return self._paged(test, test_params, "")
            if not found:
                return iter(())
            listed, listed_params = self._id_list(found)
            return self._paged(f"{listed} AND {test}", (*listed_params, *test_params), "")
        expression = self._fts_expression(texts)
        if expression == "":
            return iter(())
        found = MANY + 1 if expression is None else self._count_fts(expression)
        if not found:
            return iter(())
        if found > MANY:  # a good share of all customers: walk the names, testing each text
            return self._walk(test, test_params, NAME_INDEX)
        # The FTS5 query inside: SQLite collects the set itself, quicker than through Python.
        matching = f"d.customer_id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)"
        if found > SMALL:  # walk the names, keeping those in the set
            return self._walk(matching, (expression,), NAME_INDEX)
        return self._sorted(matching, (expression,), ID_INDEX)

    # --- SQLite: FTS5 -----------------------------------------------------------------

    def _count_fts(self, expression: str) -> int:
        """Customers matching an FTS5 query, counted up to MANY + 1."""
        counted = (
            f"SELECT COUNT(*) FROM (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?"
            f" LIMIT {MANY + 1})"
        )
        return int(self.db.execute_sql(counted, (expression,)).fetchone()[0])

    def _fts_expression(self, texts: Sequence[str]) -> str | None:
        """An FTS5 query for customers whose text holds one of ``texts``: "" if none can,
        None if a short text stands for too many trigrams."""
        alternatives: list[str] = []
        for text in texts:
            if len(text) >= 3:
                alternatives.append(_quoted(text))  # a phrase: its trigrams, in a row
                continue
            terms = self._expand(text)
            if terms is None:
                return None
            alternatives += [_quoted(t) for t in terms]
        return " OR ".join(alternatives)

    def _expand(self, prefix: str) -> tuple[str, ...] | None:
        """The trigrams in the index that start with ``prefix``; None if there are too many."""
        rows = self.db.execute_sql(
            f"SELECT term FROM {VOCAB_TABLE} WHERE term >= ? AND term < ? LIMIT ?",
            (prefix, prefix + _TOP, MAX_EXPANSION + 1),
        ).fetchall()
        return None if len(rows) > MAX_EXPANSION else tuple(r[0] for r in rows)

    def _count_docs(self, condition: str, params: tuple[object, ...], index: str) -> bool:
        """More than SMALL documents satisfy ``condition`` (read through ``index``)."""
        counted = (
            f"SELECT COUNT(*) FROM (SELECT 1 FROM {DOC_TABLE} d INDEXED BY {index}"
            f" WHERE {condition} LIMIT {SMALL + 1})"
        )
        return int(self.db.execute_sql(counted, params).fetchone()[0]) > SMALL

    # --- PostgreSQL, MySQL: the term table --------------------------------------------

    def _term_ids(self, texts: tuple[str, ...]) -> list[int] | None:
        """Candidates from the term table (a superset: the trigrams may lie apart), if at
        most SERVER_MANY; None if more. Asked as plain queries: MySQL runs ``IN (SELECT ...
        UNION ...)`` once per document, which takes seconds."""
        found: set[int] = set()
        for text in texts:
            if len(text) >= 3:
                grams = self._rarest(trigrams_of(text))
                if not grams:
                    continue  # a trigram nobody has: nothing contains the text
                marks = ", ".join([self.p] * len(grams))
                rows = self.db.execute_sql(
                    f"SELECT customer_id FROM {TERM_TABLE} WHERE term IN ({marks})"
                    f" GROUP BY customer_id HAVING COUNT(*) = {len(grams)}"
                    f" LIMIT {SERVER_MANY + 1}",
                    grams,
                ).fetchall()
                if len(rows) > SERVER_MANY:
                    return None
            else:  # a customer may have several trigrams starting so: read a few more
                limit = 4 * (SERVER_MANY + 1)
                rows = self.db.execute_sql(
                    f"SELECT customer_id FROM {TERM_TABLE} WHERE term >= {self.p}"
                    f" AND term < {self.p} LIMIT {limit}",
                    (text, text + _TOP),
                ).fetchall()
                if len(rows) == limit:
                    return None
            found.update(r[0] for r in rows)
            if len(found) > SERVER_MANY:
                return None
        return sorted(found)

    def _rarest(self, grams: tuple[str, ...]) -> tuple[str, ...]:
        """The two trigrams fewest customers have (counted up to a bound), or () if one of
        them nobody has. Two rare ones narrow as well as all of them, for far less work."""
        counts = []
        for gram in grams:
            (count,) = self.db.execute_sql(
                f"SELECT COUNT(*) FROM (SELECT 1 FROM {TERM_TABLE} WHERE term = {self.p}"
                f" LIMIT {SERVER_MANY + 1}) x",
                (gram,),
            ).fetchone()
            if not count:
                return ()
            counts.append((count, gram))
        return tuple(gram for _, gram in sorted(counts)[:2])

    def _id_list(self, ids: list[int]) -> tuple[str, tuple[object, ...]]:
        if isinstance(self.db, pw.PostgresqlDatabase):
            return "d.customer_id = ANY(%s)", (ids,)
        return f"d.customer_id IN ({', '.join(str(int(i)) for i in ids)})", ()

    def _text_test(self, texts: tuple[str, ...]) -> tuple[str, tuple[object, ...]]:
        """The indexed text contains one of ``texts`` (the exact test behind the index)."""
        one = "INSTR(d.text, ?) > 0" if self.fts else f"POSITION({self.p} IN d.text) > 0"
        return "(" + " OR ".join([one] * len(texts)) + ")", texts

    # --- reading ----------------------------------------------------------------------

    def _select(
        self, condition: str, params: tuple[object, ...], index: str, tail: str = ""
    ) -> Any:
        """A cursor over the documents meeting ``condition`` and the restriction."""
        return self._query(_COLUMNS, condition, params, index, tail)

    def _query(
        self, columns: str, condition: str, params: tuple[object, ...], index: str, tail: str
    ) -> Any:
        where, restriction_params = self.restriction.sql(self.p)
        table = f"{DOC_TABLE} d"
        if self.fts and index:  # SQLite cannot tell ten candidates from a million
            table += f" INDEXED BY {index}"
        if self.restriction.needs_customer:
            join = "CROSS JOIN" if self.fts else "JOIN"  # CROSS: SQLite keeps d outermost
            table += f" {join} customer c ON c.id = d.customer_id"
        sql = f"SELECT {columns} FROM {table} WHERE {' AND '.join([condition, *where])} {tail}"
        return self.db.execute_sql(sql, (*params, *restriction_params))

    def _walk(self, condition: str, params: tuple[object, ...], index: str) -> Docs:
        """Read in the order of ``index`` (which ends in name_key, customer_id), lazily."""
        if not self.fts:
            return self._paged(condition, params, index)
        return self._lazy(condition, params, index)

    def _lazy(self, condition: str, params: tuple[object, ...], index: str) -> Docs:
        cursor = self._select(condition, params, index, _ORDER)
        while rows := cursor.fetchmany(_FETCH):
            yield from map(doc_from_row, rows)

    def _sorted(self, condition: str, params: tuple[object, ...], index: str) -> Docs:
        """Find through ``index``, sort the keys, then read the documents a page at a time."""
        offset, size = 0, self.want + _FETCH
        while True:
            tail = f"{_ORDER} LIMIT {size} OFFSET {offset}"
            keys = self._query("d.customer_id", condition, params, index, tail).fetchall()
            docs = {doc.customer_id: doc for doc in stored_docs(self.db, [k[0] for k in keys])}
            yield from (docs[k[0]] for k in keys if k[0] in docs)
            if len(keys) < size:
                return
            offset += size
            size *= 4

    def _paged(self, condition: str, params: tuple[object, ...], index: str) -> Docs:
        """A server: pages of growing size (its planner decides how to read them)."""
        offset, size = 0, self.want + _FETCH
        while True:
            tail = f"{_ORDER} LIMIT {size} OFFSET {offset}"
            rows = self._select(condition, params, index, tail).fetchall()
            yield from map(doc_from_row, rows)
            if len(rows) < size:
                return
            offset += size
            size *= 4


_FETCH = 64
_ORDER = "ORDER BY d.name_key, d.customer_id"


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'
