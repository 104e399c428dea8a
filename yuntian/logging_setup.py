"""Log to the profile's logs/ folder: what support needs to see after a problem at a shop."""

from __future__ import annotations

import logging
import logging.handlers

from yuntian.config import Profile
from yuntian.private_files import private_dir, private_file, private_opener

LOG_FILE = "yuntian.log"


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each new log file (the first, and the one after each rotation) is private; rotation
    renames the others, which keeps their mode."""

    def _open(self):  # type: ignore[no-untyped-def]  # as in logging.FileHandler
        return self._builtin_open(
            self.baseFilename,
            self.mode,
            encoding=self.encoding,
            errors=self.errors,
            opener=private_opener,
        )


def log_to_profile(profile: Profile, level: int = logging.INFO) -> logging.Handler:
    """Attach a rotating file handler (5 files of 2 MB) to the root logger; returns it."""
    private_dir(profile.logs_dir)
    private_file(profile.logs_dir / LOG_FILE)  # one an older version made may be loose
    handler = _PrivateRotatingFileHandler(
        profile.logs_dir / LOG_FILE, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return handler
