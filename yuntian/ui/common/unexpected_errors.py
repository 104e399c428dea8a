"""No traceback ever reaches the person at the screen.

An exception nobody caught in a slot or an event handler reaches ``sys.excepthook`` (PySide
calls it and carries on). ``ErrorGuard`` replaces the hook while the application runs: the log
gets the whole traceback, the screen one plain sentence, "Something went wrong … the details
are in the log file …". A refusal from a service (a ServiceError nobody showed) is shown as its
own sentence; a lost database connection is only logged, since the status bar already says it
and reconnects. While one message is open, or for a few seconds after the same one, others are
only logged: an error repeating in a paint event must not stack up boxes. Qt's own warnings go
to the log too.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from yuntian.services.common.errors import ServerUnavailable, ServiceError
from yuntian.ui.common.i18n import error_text

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

REPEAT_SECONDS = 10.0  # the same message again within this time is only logged


def show_plain(parent: QWidget | None, text: str) -> None:
    """The one box (tests replace it)."""
    box = QMessageBox(parent)
    box.setObjectName("unexpectedErrorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ErrorGuard", "Yuntian"))
    box.setText(text)
    box.exec()
    box.deleteLater()


class ErrorGuard:
    def __init__(
        self, log_file: Path | None, show: Callable[[QWidget | None, str], None] = show_plain
    ):
        self._log_file = log_file
        self._show = show
        self._showing = False
        self._last: tuple[str, float] = ("", 0.0)
        self._previous_hook = sys.excepthook

    def install(self) -> ErrorGuard:
        self._previous_hook = sys.excepthook
        sys.excepthook = self.hook
        qInstallMessageHandler(_qt_message)
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.hook:
            sys.excepthook = self._previous_hook
        qInstallMessageHandler(None)

    def hook(
        self,
        kind: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, exc, tb)
            return
        log.error("unexpected error", exc_info=(kind, exc, tb))
        if isinstance(exc, ServerUnavailable):
            return  # the status bar says so and the connection watcher reconnects
        text = self.text_for(exc)
        now = time.monotonic()
        if self._showing or (text == self._last[0] and now - self._last[1] < REPEAT_SECONDS):
            return
        self._last = (text, now)
        self._showing = True
        try:
            self._show(QApplication.activeWindow(), text)
        except Exception:  # the box itself failed: the log has the error already
            log.exception("the error message could not be shown")
        finally:
            self._showing = False

    def text_for(self, exc: BaseException) -> str:
        if isinstance(exc, ServiceError):
            return error_text(exc)
        where = (
            QCoreApplication.translate(
                "ErrorGuard", "The details are in the log file {file}."
            ).format(file=self._log_file)
            if self._log_file is not None
            else ""
        )
        first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        return (
            QCoreApplication.translate(
                "ErrorGuard",
                "Something went wrong and this action was not finished ({reason}). Your data is "
                "safe; you may go on working. {where}",
            )
            .format(reason=first_line, where=where)
            .strip()
        )


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(kind, logging.ERROR)
    qt_log.log(level, "%s", message)
