"""Backups started from the GUI (the daily one at start-up, "Back up now"), run off the GUI thread.

The task outlives sign-outs: it is created before the login dialog and the status bar of every
main window shows its latest outcome.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from yuntian.config import Profile
from yuntian.db import backup
from yuntian.db.backup_errors import MissingToolError
from yuntian.services.common.audit import Clock
from yuntian.ui.common.background import run_in_background


class BackupState(enum.Enum):
    IDLE = "idle"  # nothing started
    RUNNING = "running"
    DONE = "done"  # a backup file was written: ``path``
    NOT_DUE = "not_due"  # daily backup already there, turned off, or a server database
    FAILED = "failed"  # ``error`` says why
    # The daily backup of a server database on a PC without its client tools (pg_dump,
    # mariadb-dump): not a failure there, the dump is made on the PCs that have them.
    NO_TOOLS = "no_tools"


class BackupTask(QObject):
    changed = Signal()

    def __init__(self, profile: Profile, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._profile = profile
        self._clock = clock
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # two copies of one file at once help nobody
        self.state = BackupState.IDLE
        self.path: Path | None = None
        self.finished_at: dt.datetime | None = None
        self.error: Exception | None = None
        self._daily = False

    @property
    def profile(self) -> Profile:
        return self._profile

    def start_daily(self) -> None:
        """The automatic backup: at most one a day (rotation is ``daily_backup``'s business).
        A server database is dumped by every PC that has its client tools (the server's own
        PC has them after the installer); a PC without them says so quietly."""
        now = self._clock()
        self._start(lambda: backup.daily_backup(self._profile, now), daily=True)

    def start_manual(self) -> None:
        """ "Back up now": a file in backups/manual/; without a server's client tools the
        error says what to install."""
        now = self._clock()
        self._start(lambda: backup.backup_now(self._profile, None, now=now), daily=False)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the running backup ends (at exit, so the copy is not cut off)."""
        return self._pool.waitForDone(msecs)

    def _start(self, work: Callable[[], Path | None], *, daily: bool) -> None:
        if self.state is BackupState.RUNNING:
            return
        self._daily = daily
        self.state = BackupState.RUNNING
        self.error = None
        self.changed.emit()
        run_in_background(self, work, self._done, self._failed, pool=self._pool)

    def _done(self, path: Path | None) -> None:
        self.path = path
        self.state = BackupState.DONE if path is not None else BackupState.NOT_DUE
        self.finished_at = self._clock()
        self.changed.emit()

    def _failed(self, exc: Exception) -> None:
        self.error = exc
        missing = self._daily and isinstance(exc, MissingToolError)
        self.state = BackupState.NO_TOOLS if missing else BackupState.FAILED
        self.finished_at = self._clock()
        self.changed.emit()
