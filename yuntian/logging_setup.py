"""Log to the profile's logs/ folder: what support needs to see after a problem at a shop."""

from __future__ import annotations

import logging
import logging.handlers

from yuntian.config import Profile

LOG_FILE = "yuntian.log"


def log_to_profile(profile: Profile, level: int = logging.INFO) -> logging.Handler:
    """Attach a rotating file handler (5 files of 2 MB) to the root logger; returns it."""
    profile.logs_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        profile.logs_dir / LOG_FILE, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return handler
