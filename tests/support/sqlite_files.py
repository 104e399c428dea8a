"""SQLite files made by hand for the backup and restore tests: another program's database."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def sqlite_file(path: Path, statements: list[str]) -> Path:
    """A SQLite file at ``path`` after running ``statements`` (committed)."""
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return path
