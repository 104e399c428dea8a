"""The one way the program asks for a file: every open and save dialog starts in the folder
last used for that kind of file (imports, exports, reports, PDFs ...), remembered per PC and
profile in ``ui.ini``, and the first time in the user's Documents folder -- never in the
program's own folder, where a shop's files do not belong.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from yuntian.config import Profile
from yuntian.ui.common.ui_state import open_ui_state

KEY_PREFIX = "file_dialogs/"


class FileKind(StrEnum):
    """Kinds of file with a folder of their own."""

    IMPORT = "import"  # customer lists read in
    EXPORT = "export"  # Excel exports of lists and statistics
    IMPORT_REPORT = "import_report"  # the rows an import rejected
    PDF = "pdf"  # slips saved as PDF
    DATABASE = "database"  # a SQLite data file chosen in the database settings


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def start_folder(state: QSettings, kind: FileKind) -> Path:
    """The folder last used for ``kind`` while it still exists, else Documents."""
    remembered = str(state.value(KEY_PREFIX + kind.value, "") or "")
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    return documents_folder()


def remember(state: QSettings, kind: FileKind, chosen: Path) -> None:
    state.setValue(KEY_PREFIX + kind.value, str(chosen.parent))
    state.sync()


def open_file_name(
    parent: QWidget | None, profile: Profile, kind: FileKind, title: str, filters: str
) -> Path | None:
    """Ask for a file to read; None when cancelled."""
    state = open_ui_state(profile)
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(state, kind)), filters)
    if not path:
        return None
    remember(state, kind, Path(path))
    return Path(path)


def save_file_name(
    parent: QWidget | None,
    profile: Profile,
    kind: FileKind,
    title: str,
    file_name: str,
    filters: str,
    *,
    folder: Path | None = None,
) -> Path | None:
    """Ask where to write ``file_name`` (a suggested name, no folder); None when cancelled.
    ``folder``: where to start this time instead (e.g. beside the file it is about)."""
    state = open_ui_state(profile)
    suggested = (folder or start_folder(state, kind)) / file_name
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    if not path:
        return None
    remember(state, kind, Path(path))
    return Path(path)


def database_file_name(
    parent: QWidget | None, profile: Profile, title: str, filters: str, current: Path | None
) -> Path | None:
    """Ask for a SQLite data file, an existing one or a new name (no "replace?" question:
    choosing a file opens it, never overwrites it); None when cancelled."""
    state = open_ui_state(profile)
    start = current if current is not None else start_folder(state, FileKind.DATABASE)
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(start), filters, "", QFileDialog.Option.DontConfirmOverwrite
    )
    if not path:
        return None
    remember(state, FileKind.DATABASE, Path(path))
    return Path(path)
