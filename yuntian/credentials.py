"""Where this PC keeps a database server's password: the OS credential store through ``keyring``
(Windows Credential Manager, macOS Keychain, Secret Service) when it has a usable one, else a
file in the profile folder only this user may read. Never config.toml. No Qt here.

``keyring`` is imported only when a password is stored or looked up (a SQLite profile never
loads it). Asking it is guarded by a time limit: a Secret Service that waits for an unlock
prompt, or a D-Bus that never answers, must not stop the application; it counts as no store.
"""

from __future__ import annotations

import contextlib
import enum
import json
import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from yuntian.private_files import private_dir, write_private_text

log = logging.getLogger(__name__)

SERVICE = "Yuntian database"  # the entry's service name in the credential store
PASSWORD_FILE = "server-passwords.json"  # in the profile folder, mode 600
KEYRING_SECONDS = 3.0  # the longest we wait for the credential store before giving up on it
_PROBE_KEY = "yuntian-probe"  # looked up (never stored) to see that the store answers

T = TypeVar("T")


class PasswordPlace(enum.Enum):
    KEYRING = "keyring"  # the OS credential store
    FILE = "file"  # a private file in the profile folder


class _TimedOut(Exception):
    pass


def _within(seconds: float, work: Callable[[], T]) -> T:
    """``work()`` on a daemon thread; _TimedOut when it has not answered in ``seconds`` (the
    thread is left to finish or hang on its own: a stuck D-Bus call cannot be interrupted)."""
    outcome: list[tuple[bool, Any]] = []

    def run() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as exc:  # handed to the caller's thread
            outcome.append((False, exc))

    thread = threading.Thread(target=run, name="keyring", daemon=True)
    thread.start()
    thread.join(seconds)
    if not outcome:
        raise _TimedOut
    ok, value = outcome[0]
    if not ok:
        raise value
    return value


def _needs_dbus(backend: object) -> bool:
    modules = [cls.__module__ for cls in type(backend).__mro__]
    return any(n in m for m in modules for n in ("SecretService", "kwallet", "libsecret"))


def _is_usable(backend: object) -> bool:
    """A backend that really stores secrets: not keyring's fail/null backends, not a chainer
    with nothing usable behind it, not the plain-file backends below priority 1 (keyrings.alt:
    no better than our private file), and not a D-Bus one without a D-Bus session."""
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        return any(_is_usable(b) for b in backend.backends)
    try:
        priority = float(type(backend).priority)  # type: ignore[attr-defined]
    except Exception:  # a backend's priority check raises when it cannot run here
        return False
    if priority < 1:
        return False
    if _needs_dbus(backend) and sys.platform.startswith("linux"):
        return bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))
    return True


def usable_keyring(seconds: float = KEYRING_SECONDS) -> Any | None:
    """The keyring backend when the OS has a usable credential store that answers within
    ``seconds``; None otherwise (then passwords go to the private file)."""
    try:
        import keyring
    except ImportError:
        return None

    def find() -> Any | None:
        backend = keyring.get_keyring()
        if not _is_usable(backend):
            return None
        backend.get_password(SERVICE, _PROBE_KEY)  # a locked store may wait for a prompt
        return backend

    try:
        return _within(seconds, find)
    except _TimedOut:
        log.warning("the credential store did not answer in %.0f s: not used", seconds)
    except Exception as exc:  # keyring.errors.KeyringError, D-Bus errors, ...
        log.info("no usable credential store: %s", exc)
    return None


class PasswordStore:
    """Server passwords of one profile, keyed by the login they belong to (user@host:port/db).

    Reads look in the credential store, then in the file (a password saved while the store
    was away, or on a PC without one); a save goes to the store when it is usable, else to
    the file, and the other place forgets the key.
    """

    def __init__(self, root: Path, *, seconds: float = KEYRING_SECONDS) -> None:
        self._file = Path(root) / PASSWORD_FILE
        self._seconds = seconds
        self._backend: Any | None = None
        self._looked = False

    def _keyring(self) -> Any | None:
        if not self._looked:
            self._backend = usable_keyring(self._seconds)
            self._looked = True
        return self._backend

    def place(self) -> PasswordPlace:
        """Where a password saved now goes."""
        return PasswordPlace.KEYRING if self._keyring() is not None else PasswordPlace.FILE

    def get(self, key: str) -> str | None:
        backend = self._keyring()
        if backend is not None:
            try:
                found = _within(self._seconds, lambda: backend.get_password(SERVICE, key))
            except (_TimedOut, Exception) as exc:
                log.warning(
                    "cannot read the password for %s from the credential store: %r", key, exc
                )
            else:
                if found is not None:
                    return found
        return self._read_file().get(key)

    def save(self, key: str, password: str) -> PasswordPlace:
        """Keep ``password`` for ``key``; returns where it went. An empty one is forgotten."""
        if not password:
            self.forget(key)
            return self.place()
        backend = self._keyring()
        if backend is not None:
            try:
                _within(self._seconds, lambda: backend.set_password(SERVICE, key, password))
            except (_TimedOut, Exception) as exc:
                log.warning("cannot store the password in the credential store: %r", exc)
            else:
                self._write_file_entry(key, None)
                return PasswordPlace.KEYRING
        self._write_file_entry(key, password)
        return PasswordPlace.FILE

    def forget(self, key: str) -> None:
        backend = self._keyring()
        if backend is not None:
            try:
                _within(self._seconds, lambda: _delete(backend, key))
            except (_TimedOut, Exception) as exc:
                log.warning("cannot remove the password from the credential store: %r", exc)
        self._write_file_entry(key, None)

    def _read_file(self) -> dict[str, str]:
        try:
            data = json.loads(self._file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("cannot read %s: %s", self._file, exc)
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}

    def _write_file_entry(self, key: str, password: str | None) -> None:
        entries = self._read_file()
        if password is None:
            if key not in entries:
                return
            del entries[key]
        else:
            entries[key] = password
        if not entries:
            self._file.unlink(missing_ok=True)
            return
        private_dir(self._file.parent)
        write_private_text(self._file, json.dumps(entries, ensure_ascii=False, indent=1) + "\n")


def _delete(backend: Any, key: str) -> None:
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):  # nothing was stored
        backend.delete_password(SERVICE, key)
