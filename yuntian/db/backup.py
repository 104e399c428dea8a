"""Backups and restore of a profile's SQLite file with the online backup API.

The online backup API copies a consistent snapshot even while Yuntian is writing, and restoring
through it (backup file -> live file) keeps the live file's WAL state coherent for any connection
that is still open. A server database (PostgreSQL, MySQL) is dumped with the server's own
client tools (``server_dump``) into the same folders, under the same names (another suffix)
and rotation.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
import time
import uuid
from pathlib import Path

from yuntian.config import Profile
from yuntian.db import migrations, server_dump, server_restore
from yuntian.db.backup_errors import BackupError, DamagedDatabaseError
from yuntian.db.identity import foreign_reason, missing_core_tables
from yuntian.db.server_password import connect_url
from yuntian.private_files import private_dir, private_file

log = logging.getLogger(__name__)
KEEP_DAILY = 7
KEEP_WEEKLY = 4
SQLITE_SUFFIX = ".sqlite"
__all__ = ["BackupError", "DamagedDatabaseError"]  # raised here, defined in backup_errors


def online_backup(source: Path, dest: Path, *, check: bool = True) -> Path:
    """Copy the SQLite file ``source`` to ``dest``, safely while it is in use.

    The copy is one backup step, i.e. one read transaction: in WAL mode writers carry on, and
    the copy is the snapshot at that moment. Copying in several steps restarts from the first
    page after every write from another connection, so on a busy database it may never end.
    The backup API copies damaged pages as they are: with ``check`` the copy must pass
    ``PRAGMA quick_check`` before it takes ``dest``'s name, else DamagedDatabaseError.
    """
    private_dir(dest.parent, tighten=False)
    remove_leftovers(dest.parent)
    tmp = _partial(dest)
    try:
        private_file(tmp)  # SQLite would make it (and its journal) readable by everyone
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out, pages=-1)
                out.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal
                problem = _quick_check(out) if check else None
            except sqlite3.OperationalError:
                raise  # locked, disk full, ...: not a verdict on the database
            except sqlite3.DatabaseError as exc:  # "database disk image is malformed"
                problem = str(exc)
            finally:
                out.close()
        finally:
            src.close()
        if problem is not None:
            raise DamagedDatabaseError(source, problem)
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}-journal").unlink(missing_ok=True)
    return dest


# A copy under way: name.PID-XXXXXXXX.partial (older versions: no PID), and SQLite's files
# beside it. A killed backup leaves them behind, 40 MB and more.
_PARTIAL = re.compile(r"\.(?:(\d+)-)?[0-9a-f]{8}\.partial(?:-journal|-wal|-shm)?$")
ORPHAN_SECONDS = 600  # a partial without a PID (or of a PID reused) untouched this long is dead
STALE_SECONDS = 24 * 3600  # no backup takes a day: its PID must have been reused


def remove_leftovers(folder: Path, *, recursive: bool = False) -> list[Path]:
    """Delete the partial copies and journals that killed backups left in ``folder``; a copy
    whose process still runs is left alone. Returns what was deleted."""
    if not folder.is_dir():
        return []
    removed = []
    now = time.time()
    for path in folder.rglob("*.partial*") if recursive else folder.glob("*.partial*"):
        match = _PARTIAL.search(path.name)
        if match is None or not path.is_file():
            continue
        try:
            age = now - path.stat().st_mtime
            pid = int(match[1]) if match[1] else None
            if pid is None and age < ORPHAN_SECONDS:
                continue
            if pid is not None and age < STALE_SECONDS and _running(pid):
                continue
            path.unlink()  # Windows refuses while SQLite has it open: then it is in use
        except OSError:
            continue
        removed.append(path)
    if removed:
        log.info("removed %d files left by interrupted backups in %s", len(removed), folder)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True  # another thread of this process (the app's backup pool, a migration)
    if os.name == "nt":
        return False  # os.kill would end it; unlink fails on a file still open instead
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, another user's
    return True


def _quick_check(conn: sqlite3.Connection) -> str | None:
    """None when the database passes SQLite's quick check, else its first complaint."""
    rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
    return None if rows == ["ok"] else rows[0]


def daily_backup(profile: Profile, now: dt.datetime) -> Path | None:
    """The automatic backup at start-up: at most one a day, plus one a week; old ones rotated.

    Returns the new daily file, or None when nothing was due (automatic backups turned off,
    no database yet, or today's backup exists). Raises OSError or sqlite3.Error when the copy
    fails, DamagedDatabaseError when the database is damaged (then nothing is rotated out),
    BackupError when a server's dump fails, MissingToolError when this PC lacks the server's
    client tools; the caller says so and carries on.
    """
    if not profile.config.auto_backup:
        return None
    if profile.uses_sqlite and not profile.sqlite_path.exists():
        return None
    suffix = backup_suffix(profile)
    daily_dir = profile.backups_dir / "daily"
    weekly_dir = profile.backups_dir / "weekly"
    daily = daily_dir / f"yuntian-{now:%Y%m%d}{suffix}"
    remove_leftovers(profile.backups_dir, recursive=True)  # also when today's copy exists
    if daily.exists():
        return None
    _copy_database(profile, daily)
    year, week, _ = now.isocalendar()
    weekly = weekly_dir / f"yuntian-{year:04d}-W{week:02d}{suffix}"
    if not weekly.exists():
        _copy_quiet_file(daily, weekly, sqlite=profile.uses_sqlite)
    # Each kind rotates on its own: a shop that moved to a server keeps its last SQLite copies.
    _rotate(daily_dir, re.compile(rf"^yuntian-\d{{8}}{re.escape(suffix)}$"), KEEP_DAILY)
    _rotate(weekly_dir, re.compile(rf"^yuntian-\d{{4}}-W\d{{2}}{re.escape(suffix)}$"), KEEP_WEEKLY)
    return daily


def backup_suffix(profile: Profile) -> str:
    """.sqlite for a SQLite copy, .dump for pg_dump's custom format, .sql for mariadb-dump."""
    if profile.uses_sqlite:
        return SQLITE_SUFFIX
    return server_dump.SUFFIXES[server_dump.server_of(profile.database_url).engine]


def _copy_database(profile: Profile, dest: Path) -> Path:
    if profile.uses_sqlite:
        return online_backup(profile.sqlite_path, dest)
    return server_backup(connect_url(profile), dest)


def server_backup(url: str, dest: Path) -> Path:
    """Dump the server database ``url`` into ``dest``: a private .partial file first, checked
    to be whole, then renamed, as ``online_backup`` does."""
    engine = server_dump.server_of(url).engine
    server_dump.require_dump_tools(engine)
    private_dir(dest.parent, tighten=False)
    remove_leftovers(dest.parent)
    tmp = _partial(dest)
    try:
        server_dump.dump(url, private_file(tmp))
        server_dump.check_dump(engine, tmp)
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def _copy_quiet_file(source: Path, dest: Path, *, sqlite: bool) -> Path:
    """The weekly copy of today's daily file, which nothing writes to."""
    if sqlite:
        return online_backup(source, dest)  # a plain, consistent source
    private_dir(dest.parent, tighten=False)
    tmp = _partial(dest)
    try:
        with source.open("rb") as src, private_file(tmp).open("wb") as out:
            shutil.copyfileobj(src, out)
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def _partial(dest: Path) -> Path:
    # The writer's process id in the name tells a later backup whether it is still at work.
    return dest.with_name(f"{dest.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.partial")


def _rotate(folder: Path, pattern: re.Pattern[str], keep: int) -> None:
    """Delete all but the ``keep`` newest files named by ``pattern``; leave anything else alone."""
    if not folder.is_dir():
        return
    # The names hold zero-padded dates (and ISO years/weeks), so name order is time order.
    ours = sorted(p for p in folder.iterdir() if p.is_file() and pattern.match(p.name))
    for old in ours[:-keep]:
        old.unlink(missing_ok=True)


def manual_backup_path(profile: Profile, now: dt.datetime) -> Path:
    name = f"yuntian-{now:%Y%m%d-%H%M%S}{backup_suffix(profile)}"
    return profile.backups_dir / "manual" / name


def safety_copy_path(profile: Profile, now: dt.datetime) -> Path:
    """Where ``restore`` keeps the database it replaces."""
    return profile.backups_dir / f"pre-restore-{now:%Y%m%d-%H%M%S}.sqlite"


def backup_now(profile: Profile, out: Path | None, *, now: dt.datetime | None = None) -> Path:
    """Back up the profile's database to ``out`` (a file or a folder) or to backups/manual/."""
    now = now or dt.datetime.now()
    live = profile.sqlite_path if profile.uses_sqlite else None
    if live is not None and not live.exists():
        raise BackupError(f"{live}: there is no database to back up yet")
    if out is None:
        dest = manual_backup_path(profile, now)
    elif out.is_dir():
        dest = out / manual_backup_path(profile, now).name
    else:
        dest = out
    if live is not None and _same_file(dest, live):
        raise BackupError(f"{dest} is the database itself; choose another file")
    remove_leftovers(profile.backups_dir, recursive=True)
    return _copy_database(profile, dest)


def backup_schema_version(source: Path) -> int:
    """The schema of a backup file; BackupError unless it is a sound Yuntian database."""
    if not source.is_file():
        raise BackupError(f"{source}: no such file")
    if server_dump.is_server_dump(source):
        raise BackupError(
            f"{source} is a server database's dump: restore it into an empty server database "
            "with 'yuntian restore FILE --database URL'"
        )

    def not_ours(reason: str) -> BackupError:
        return BackupError(f"{source} is not a Yuntian backup ({reason})")

    try:
        conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as exc:
        raise not_ours(f"cannot be opened: {exc}") from None
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise not_ours(f"integrity check failed: {problems[0]}")
        reason = foreign_reason(conn)
        if reason is not None:
            raise not_ours(reason)
        version = int(conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0)
        missing = missing_core_tables(conn)
    except sqlite3.DatabaseError as exc:
        raise not_ours(f"not a SQLite database: {exc}") from None
    finally:
        conn.close()
    if version < 1:
        raise not_ours("its schema_version table is empty")
    if missing:  # another program's schema_version table
        raise not_ours(f"it lacks Yuntian's tables {', '.join(missing)}")
    if version > migrations.LATEST:
        raise BackupError(
            f"{source} was made by a newer Yuntian (schema {version}; this program knows up to "
            f"{migrations.LATEST}); update Yuntian before restoring it"
        )
    return version


def restore(profile: Profile, source: Path, *, now: dt.datetime | None = None) -> Path | None:
    """Replace the profile's database with the backup ``source``.

    The current database is first copied to backups/pre-restore-*.sqlite; that path is returned
    (None when the profile had no database yet). An older backup is fine: it is migrated the
    next time it is opened.
    """
    now = now or dt.datetime.now()
    if not profile.uses_sqlite:
        raise BackupError(f"{profile.database_url}: a server database restores with restore_server")
    live = profile.sqlite_path
    if _same_file(source, live):
        raise BackupError(f"{source} is the database itself; choose a backup file")
    backup_schema_version(source)
    safety = None
    if live.exists():  # kept as it is, damaged or not: it may be all there is
        safety, damaged = copy_as_is(live, safety_copy_path(profile, now))
        if damaged:  # SQLite cannot copy into it either: start from an empty file
            for suffix in ("", "-wal", "-shm"):
                Path(f"{live}{suffix}").unlink(missing_ok=True)
    private_dir(live.parent)
    private_file(live)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    try:
        dst = sqlite3.connect(live, timeout=30)
        try:
            _copy_into_live(src, dst)
            result = dst.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()
    if result != "ok":
        kept = f"; the previous database is kept at {safety}" if safety else ""
        raise BackupError(f"{live}: check after restore failed ({result}){kept}")
    return safety


def restore_server(url: str, source: Path) -> server_restore.Restored:
    """Load the server dump ``source`` into the server database ``url``, which must be empty:
    a restore never mixes a backup with other data. Then the schema version is checked."""
    info = server_restore.read_dump(source)
    server = server_dump.server_of(url)
    if info.engine != server.engine:
        kind = "PostgreSQL" if info.engine == "postgresql" else "MySQL/MariaDB"
        raise BackupError(f"{source} is a {kind} dump; {server.display} is not {kind}")
    found = server_restore.contents(url)
    if found:
        raise BackupError(
            f"{server.display} is not empty: it holds "
            f"{server_restore.describe_contents(url, found)}; restore into a new, empty database"
        )
    return server_restore.restore(url, source, info)


def copy_as_is(live: Path, dest: Path) -> tuple[Path, bool]:
    """Copy a database about to be replaced (by a restore, by the demo), damaged or not: one
    SQLite cannot read is copied byte for byte. Returns (copy, damaged)."""
    try:
        return online_backup(live, dest, check=False), False
    except DamagedDatabaseError:
        private_dir(dest.parent, tighten=False)
        shutil.copyfile(live, private_file(dest))  # into the private file: keeps its mode
        return dest, True


def _copy_into_live(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    # A WAL-mode destination must have the source's page size; only a foreign file differs,
    # and then the live file leaves WAL mode for the copy (it needs to be unused for that).
    src_page = src.execute("PRAGMA page_size").fetchone()[0]
    dst_page = dst.execute("PRAGMA page_size").fetchone()[0]
    dst_mode = dst.execute("PRAGMA journal_mode").fetchone()[0]
    if (
        dst_mode == "wal"
        and src_page != dst_page
        and dst.execute("PRAGMA journal_mode=DELETE").fetchone()[0] != "delete"
    ):
        raise BackupError("the database is in use; close Yuntian on every PC and try again")
    src.backup(dst, pages=-1)
    dst.execute("PRAGMA journal_mode=WAL")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False
