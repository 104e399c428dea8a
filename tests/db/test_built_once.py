"""Queries built once per database: the same rows as peewee building them each time, values
always as parameters, one build per database."""

from __future__ import annotations

import peewee as pw

from yuntian.db.built_once import Arg, BuiltOnce
from yuntian.db.connection import make_database


class Thing(pw.Model):
    name = pw.CharField()
    size = pw.IntegerField()


def _db(path) -> pw.Database:
    db = make_database(f"sqlite:///{path}")
    db.bind([Thing])
    db.create_tables([Thing])
    Thing.insert_many(
        [("甲", 1), ("乙", 2), ("丙", 3), ("x' OR '1'='1", 4)], fields=[Thing.name, Thing.size]
    ).execute()
    return db


def test_rows_follow_the_arguments_and_sql_is_built_once_per_database(tmp_path):
    builds = []

    def build() -> pw.ModelSelect:
        builds.append(1)
        return (
            Thing.select(Thing.name)
            .where(Thing.size >= Arg("low"), Thing.size <= Arg("high"))
            .order_by(Thing.size.desc())
            .limit(Arg("limit"))
            .tuples()
        )

    query = BuiltOnce(build)
    first, second = _db(tmp_path / "a.sqlite"), _db(tmp_path / "b.sqlite")
    assert query.rows(first, low=1, high=3, limit=10) == [("丙",), ("乙",), ("甲",)]
    assert query.rows(first, low=2, high=4, limit=2) == [("x' OR '1'='1",), ("丙",)]
    assert len(builds) == 1
    Thing.delete().where(Thing.size == 2).execute()  # bound to the last opened: the second
    assert query.rows(second, low=1, high=3, limit=10) == [("丙",), ("甲",)]
    assert query.rows(first, low=1, high=3, limit=10) == [("丙",), ("乙",), ("甲",)]
    assert len(builds) == 2


def test_text_that_looks_like_sql_is_a_value_and_models_come_back_converted(tmp_path):
    db = _db(tmp_path / "a.sqlite")
    by_name = BuiltOnce(lambda: Thing.select().where(Thing.name == Arg("name")))
    (found,) = by_name.rows(db, name="x' OR '1'='1")
    assert (found.name, found.size) == ("x' OR '1'='1", 4)
    assert by_name.first(db, name="丁") is None
    proxy = pw.DatabaseProxy()
    proxy.initialize(db)
    assert by_name.first(proxy, name="甲").size == 1  # the models' proxy: the database behind
