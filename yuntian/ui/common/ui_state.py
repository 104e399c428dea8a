"""Per-PC user-interface memory (window geometry, last page, last user name) in ``ui.ini``.

It lives in the profile folder beside ``config.toml``, so two profiles on one PC do not mix and
copying a profile folder carries it along.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from yuntian.config import Profile
from yuntian.private_files import private_file

UI_STATE_FILE = "ui.ini"


def open_ui_state(profile: Profile) -> QSettings:
    # Made private before Qt writes it: Qt's atomic rewrite keeps the file's permissions.
    return ui_state_at(private_file(profile.root / UI_STATE_FILE))


def ui_state_at(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


_table_memory: QSettings | None = None


def set_table_memory(settings: QSettings | None) -> None:
    """Where tables keep the column widths the user dragged (the main window sets its ui.ini;
    None: nowhere, as in tests that build a page alone)."""
    global _table_memory
    _table_memory = settings


def table_memory() -> QSettings | None:
    return _table_memory
