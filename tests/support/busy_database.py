"""Another program holding a profile's SQLite write lock (an import, another PC's tool)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from yuntian.services import Services


@contextmanager
def writer_elsewhere(services: Services) -> Iterator[None]:
    other = sqlite3.connect(services.profile.sqlite_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()
