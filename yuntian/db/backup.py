"""SQLite backups with the online backup API: consistent even while the app is writing."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def online_backup(source: Path, dest: Path) -> Path:
    """Copy the SQLite file ``source`` to ``dest`` page by page, safely while it is in use."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out, pages=1024)
            out.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        finally:
            out.close()
    finally:
        src.close()
    os.replace(tmp, dest)
    return dest
