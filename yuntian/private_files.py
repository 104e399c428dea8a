"""Files only this user may read: the profile folder is 700 and everything in it 600 (POSIX).

config.toml may hold a server password, the database and its backups hold the shop's
customers, recordings hold their voices. Every writer in a profile creates its files through
these helpers, so a file is private from its first byte (not chmod-ed after being written).
SQLite creates its -wal, -shm and -journal files with the database file's mode, so creating
the database file private first is enough for them.

On Windows the per-user data folder is already private (its ACL): every helper here only
creates what is asked for and leaves permissions alone.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

ENFORCED = os.name != "nt"
FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: Path, *, tighten: bool = True) -> Path:
    """Create ``path`` and its missing parents readable by this user only; an existing
    ``path`` is tightened too unless ``tighten`` is False (a folder the user chose for a
    backup is theirs to share). Returns ``path``."""
    path = Path(path)
    missing = []
    for folder in (path, *path.parents):
        if folder.is_dir():
            break
        missing.append(folder)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:
            if not folder.is_dir():
                raise  # a file where the folder should be
            continue  # another process made it meanwhile
        _chmod(folder, DIR_MODE)  # mkdir's mode passes through the umask
    if tighten and not missing:
        _chmod(path, DIR_MODE, quiet=True)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty and private unless it exists; an existing one is tightened. Call
    it before a library (SQLite, libsndfile) creates the file with its own, looser mode."""
    path = Path(path)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _new_file_mode()))
    except FileExistsError:
        _chmod(path, FILE_MODE, quiet=True)
    else:
        _chmod(path, FILE_MODE)
    return path


def private_opener(path: str, flags: int) -> int:
    """``open(..., opener=private_opener)``: a file created by ``open`` is private."""
    return os.open(path, flags, _new_file_mode())


def write_private_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` atomically: written to a private temporary file beside
    it, then renamed over it (a crash never leaves half a file, nor a readable one)."""
    path = Path(path)
    tmp = path.with_name(f"{path.name}.tmp")
    tmp.unlink(missing_ok=True)  # a leftover may be loose: never write into it
    try:
        with open(tmp, "w", encoding="utf-8", opener=private_opener) as out:
            out.write(text)
        _chmod(tmp, FILE_MODE)  # the umask may have taken bits away, never added any
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def tighten_tree(root: Path) -> None:
    """Make ``root`` 700 and every folder in it 700, every file 600 (an existing profile made
    by an older version). Symbolic links are not followed; what cannot be changed (a file of
    another user) is logged and left."""
    if not ENFORCED:
        return
    _chmod(root, DIR_MODE, quiet=True)
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            _chmod(Path(folder, name), DIR_MODE, quiet=True)
        for name in files:
            _chmod(Path(folder, name), FILE_MODE, quiet=True)


def is_loose(path: Path, mode: int) -> bool:
    """Whether ``path`` grants anything beyond ``mode`` (False where modes are not enforced
    or the path is missing)."""
    if not ENFORCED:
        return False
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return stat.S_IMODE(st.st_mode) & ~mode != 0


def _new_file_mode() -> int:
    return FILE_MODE if ENFORCED else 0o666  # as open() would, less the umask


def _chmod(path: Path, mode: int, *, quiet: bool = False) -> None:
    if not ENFORCED:
        return
    try:
        st = os.lstat(path)
        if stat.S_ISLNK(st.st_mode) or stat.S_IMODE(st.st_mode) == mode:
            return
        os.chmod(path, mode)
    except OSError as exc:
        if not quiet:
            raise
        log.warning("cannot make %s private: %s", path, exc)
