"""Status bar pieces: who is signed in, which database, the latest backup, the phone lines."""

from __future__ import annotations

import datetime as dt
import enum
import textwrap
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from yuntian.db.backup import BackupError, DamagedDatabaseError
from yuntian.db.connection import DatabaseInfo
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.errors import ServiceError
from yuntian.services.statistics.overview import last_backup
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.styles import ERROR_STYLE
from yuntian.ui.shell.backup_task import BackupState, BackupTask

ENGINE_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL", "mysql": "MySQL"}


def database_text(info: DatabaseInfo) -> str:
    return QCoreApplication.translate("StatusBar", "Database: {place} ({engine})").format(
        place=info.display, engine=engine_name(info.engine)
    )


def engine_name(engine: str) -> str:
    return ENGINE_NAMES.get(engine, engine)


def user_text(display_name: str, roles: list[str]) -> str:
    if not roles:
        return display_name
    return QCoreApplication.translate("StatusBar", "{name} ({roles})").format(
        name=display_name, roles=QLocale().createSeparatedList(roles)
    )


class ElidedLabel(QLabel):
    """One line that shortens itself in the middle ("/home/…/yuntian.sqlite") when space is short;
    the full text is in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right()
        return QSize(width + 4, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideMiddle, self.contentsRect().width()
        )
        super().setText(shown)


class LineState(enum.Enum):
    IDLE = "idle"
    RINGING = "ringing"
    IN_CALL = "in_call"
    OFFLINE = "offline"


_STATE_LABELS = {
    LineState.IDLE: QT_TRANSLATE_NOOP("PhoneLines", "idle"),
    LineState.RINGING: QT_TRANSLATE_NOOP("PhoneLines", "ringing"),
    LineState.IN_CALL: QT_TRANSLATE_NOOP("PhoneLines", "in call"),
    LineState.OFFLINE: QT_TRANSLATE_NOOP("PhoneLines", "offline"),
}
_STATE_COLOURS = {  # background, text
    LineState.IDLE: ("#e3eee3", "#1e4620"),
    LineState.RINGING: ("#ffd8a8", "#7a3b00"),
    LineState.IN_CALL: ("#d0e2ff", "#0b3a80"),
    LineState.OFFLINE: ("#f4d6d6", "#7d1a1a"),
}


class PhoneLinesWidget(QWidget):
    """One badge per caller-ID line (1..8); "No phone lines configured" while there are none.

    Telephony arrives later and calls ``set_lines`` / ``set_line_state`` from the GUI thread.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneLines")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._none = QLabel(self.tr("No phone lines configured"))
        self._none.setObjectName("noPhoneLines")
        self._layout.addWidget(self._none)
        self._badges: dict[int, QLabel] = {}
        self._states: dict[int, LineState] = {}

    def set_lines(self, states: Mapping[int, LineState]) -> None:
        """Replace the whole set of lines (after the phone settings change)."""
        for badge in self._badges.values():
            badge.deleteLater()
        self._badges.clear()
        self._states.clear()
        for line in sorted(states):
            self.set_line_state(line, states[line])
        self._none.setVisible(not self._badges)

    def set_line_state(self, line: int, state: LineState) -> None:
        badge = self._badges.get(line)
        if badge is None:
            badge = QLabel(self)
            badge.setObjectName(f"line{line}")
            badge.setMargin(2)
            position = sum(1 for known in self._badges if known < line) + 1  # after "none"
            self._layout.insertWidget(position, badge)
            self._badges[line] = badge
            self._none.setVisible(False)
        self._states[line] = state
        background, colour = _STATE_COLOURS[state]
        badge.setStyleSheet(
            f"background: {background}; color: {colour}; border-radius: 3px; padding: 0 4px;"
        )
        badge.setText(self.line_text(line))

    def set_line_detail(self, line: int, name: str, detail: str) -> None:
        """The line's name and its device's latest word (e.g. which init the modem took)."""
        badge = self._badges.get(line)
        if badge is not None:
            badge.setToolTip("\n".join(part for part in (name, detail) if part))

    def lines(self) -> dict[int, LineState]:
        return dict(self._states)

    def line_text(self, line: int) -> str:
        state = QCoreApplication.translate("PhoneLines", _STATE_LABELS[self._states[line]])
        return self.tr("Line {line}: {state}").format(line=line, state=state)


class BackupStatusLabel(QLabel):
    """Follows a BackupTask; before any outcome it names the newest backup file, if any."""

    def __init__(self, task: BackupTask | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupStatus")
        self._task = task
        if task is not None:
            task.changed.connect(self.update_text)
        self.update_text()

    def update_text(self) -> None:
        task = self._task
        self.setStyleSheet("")
        self.setToolTip("")
        if task is None:
            self.setVisible(False)
            return
        if task.state is BackupState.RUNNING:
            self.setText(self.tr("Backing up…"))
        elif task.state is BackupState.DONE and task.path is not None:
            self.setText(self.tr("Backed up at {time}").format(time=_time(task.finished_at)))
            self.setToolTip(str(task.path))
        elif task.state is BackupState.FAILED and isinstance(task.error, DamagedDatabaseError):
            self.setText(self.tr("Database damaged: backup not kept"))
            self.setStyleSheet(ERROR_STYLE)
            self.setToolTip(damaged_text(task.error))
        elif task.state is BackupState.NO_TOOLS and task.error is not None:
            self.setText(self.tr("No automatic backup on this PC"))
            self.setToolTip(
                self.tr(
                    "The database server's client tools are not installed on this PC: the "
                    "daily backup is made on the PCs that have them."
                )
                + "\n"
                + "\n".join(
                    textwrap.wrap(str(task.error), 90, break_on_hyphens=False)
                )  # one line for the terminal
            )
        elif task.state is BackupState.FAILED and task.error is not None:
            self.setText(self.tr("Backup failed"))
            self.setStyleSheet(ERROR_STYLE)
            self.setToolTip(_reason(task.error))
        else:
            newest = last_backup(task.profile.backups_dir)
            if newest is None:
                self.setVisible(False)
                return
            stamp = dt.datetime.fromtimestamp(newest.stat().st_mtime)
            self.setText(self.tr("Last backup: {time}").format(time=_date_time(stamp)))
            self.setToolTip(str(newest))
        self.setVisible(True)


def damaged_text(exc: DamagedDatabaseError) -> str:
    """What a failed check of a backup means, for the status bar and the "Back up now" box."""
    return QCoreApplication.translate(
        "BackupStatusLabel",
        "The database {file} is damaged ({problem}), so this backup was not kept; the earlier "
        "backups are kept as they were. Run 'yuntian db check', or restore a good backup.",
    ).format(file=exc.source, problem=exc.problem)


def _reason(exc: Exception) -> str:
    if isinstance(exc, ServiceError):
        return error_text(exc)
    if isinstance(exc, BackupError):  # phrased for the user already (server instructions...)
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def _time(moment: dt.datetime | None) -> str:
    return QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat) if moment else ""


def _date_time(moment: dt.datetime) -> str:
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
