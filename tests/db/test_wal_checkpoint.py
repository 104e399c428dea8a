"""The SQLite WAL is checkpointed by the application in the background, not inside the commit
that happens to cross SQLite's threshold (issue 13, item 21: a checkpoint made one call in a
hundred take ~30 ms instead of under one)."""

from __future__ import annotations

from yuntian.db.connection import SQLITE_PRAGMAS, checkpoint, open_database


def test_commits_leave_the_wal_to_the_background_checkpoint(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'x.sqlite'}")
    assert db.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == 10_000
    assert SQLITE_PRAGMAS["wal_autocheckpoint"] > 1_000  # SQLite's default, the old cost
    db.execute_sql("CREATE TABLE t (x TEXT)")
    for n in range(1_200):  # more pages than SQLite's default threshold, one commit each
        with db.atomic():
            db.execute_sql("INSERT INTO t VALUES (?)", (f"{n:04d}" * 300,))
    # No commit checkpointed on its way: SQLite would then have started the WAL over.
    page = db.execute_sql("PRAGMA page_size").fetchone()[0]
    assert (tmp_path / "x.sqlite-wal").stat().st_size > 1_500 * page

    checkpoint(db)

    busy, frames, done = db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert busy == 0 and done == frames  # everything is in the file
    db.close()


def test_a_server_or_memory_database_has_nothing_to_checkpoint():
    db = open_database("sqlite:///:memory:")
    checkpoint(db)  # no WAL: nothing happens, nothing fails
    db.close()
