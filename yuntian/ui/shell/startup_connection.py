"""When the database cannot be opened at start (server unreachable, wrong password, database
missing, schema newer than this Yuntian ...): the reason in plain words, with Retry, Settings
and Quit, instead of a one-line error box. Nobody can sign in yet (the users are in that
database), so Settings opens the connection fields for this PC without signing in.

The reason comes from yuntian.db.connection_check, run off the GUI thread (an unreachable host
takes up to 5 s): the dialog stays responsive. The log has the driver's words; the screen never
shows a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from yuntian.config import Profile
from yuntian.db.connection import describe_url
from yuntian.db.connection_check import CheckKind, CheckResult, check_connection
from yuntian.db.server_password import connect_url, save_database_url
from yuntian.ui.common.background import run_in_background
from yuntian.ui.common.editor_dialog import EditorDialog
from yuntian.ui.common.field_errors import error_label, hint_label
from yuntian.ui.settings.database_check_text import check_text
from yuntian.ui.settings.database_panel import DatabasePanel

log = logging.getLogger(__name__)

# Kinds the start-up may go on with: it creates an empty database's tables and migrates an
# older one (with a backup of a data file) by itself.
STARTABLE = frozenset({CheckKind.OK, CheckKind.EMPTY, CheckKind.SCHEMA_OLDER})


def check_profile(profile: Profile) -> CheckResult:
    """The connection check of the profile's database (with its stored password)."""
    return check_connection(connect_url(profile))


class ServerUnreachableDialog(QDialog):
    """Accepted when a retry finds the database usable: the caller opens it again."""

    def __init__(
        self,
        profile: Profile,
        error: str,
        *,
        check: Callable[[Profile], CheckResult] = check_profile,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("serverUnreachableDialog")
        self.setWindowTitle(self.tr("Yuntian cannot open its database"))
        self._profile = profile
        self._error = error  # what opening said, for when the check finds nothing wrong
        self._check = check
        self.result: CheckResult | None = None
        self.settings_dialog: StartupDatabaseDialog | None = None

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.reason = QLabel()
        self.reason.setObjectName("reason")
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = hint_label(
            self.tr(
                "Retry once the problem is solved, or use Settings to change where this PC "
                "looks for the data. The log file in the profile folder has the details."
            )
        )
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.reason)
        text.addWidget(self.hint)
        text.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)

        self.buttons = QDialogButtonBox()
        self.retry_button = self._button("retry", self.tr("&Retry"), self.retry)
        self.settings_button = self._button("settings", self.tr("&Settings…"), self.open_settings)
        self.quit_button = self._button("quit", self.tr("&Quit"), self.reject)
        self.buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.settings_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.retry_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self._show_where()
        self._start_check(first=True)

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _show_where(self) -> None:
        where = describe_url(self._profile.database_url)
        if where.engine == "sqlite":
            heading = self.tr("Yuntian cannot open its data file {where}.")
        else:
            heading = self.tr("Yuntian cannot open its database {where}.")
        self.heading.setText(heading.format(where=where.display))

    # --- retry --------------------------------------------------------------------------------

    def retry(self) -> None:
        self._start_check(first=False)

    def _start_check(self, *, first: bool) -> None:
        self.retry_button.setEnabled(False)
        self.settings_button.setEnabled(False)
        self.reason.setText(
            self.tr("Looking for the reason…") if first else self.tr("Trying again…")
        )
        profile = self._profile
        check = self._check
        run_in_background(
            self,
            lambda: check(profile),
            lambda result: self._checked(result, first),
            self._check_failed,
        )

    def _checked(self, result: CheckResult, first: bool) -> None:
        self.result = result
        self.retry_button.setEnabled(True)
        self.settings_button.setEnabled(True)
        if result.kind in STARTABLE:
            if not first:
                self.accept()
                return
            # Opening failed although the check finds nothing wrong: say what opening said.
            self.reason.setText(self._error)
            return
        self.reason.setText(check_text(result))

    def _check_failed(self, exc: Exception) -> None:
        log.warning("the connection check failed: %s", exc, exc_info=exc)
        self.retry_button.setEnabled(True)
        self.settings_button.setEnabled(True)
        self.reason.setText(self._error)

    # --- settings -----------------------------------------------------------------------------

    def open_settings(self) -> None:
        dialog = StartupDatabaseDialog(self._profile, self)
        self.settings_dialog = dialog
        dialog.accepted.connect(self._settings_saved)
        dialog.open()

    def _settings_saved(self) -> None:
        self._show_where()
        self.retry()


class StartupDatabaseDialog(EditorDialog):
    """This PC's database settings before anyone can sign in: saved to config.toml (the
    password to the credential store or a private file) by whoever sits at the PC, as they
    could edit config.toml by hand."""

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startupDatabaseDialog")
        self.setWindowTitle(self.tr("Database settings for this PC"))
        self._profile = profile
        self.panel = DatabasePanel(profile)
        self.panel.set_url(connect_url(profile))
        self.error = error_label("save_error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.panel.fields.changed.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self._update()

    def _update(self) -> None:
        self.save_button.setEnabled(self.panel.fields.problem() is None)

    def save(self) -> None:
        try:
            save_database_url(self._profile, self.panel.url())
        except OSError as exc:
            log.warning("cannot save the database settings: %s", exc)
            self.error.setText(
                self.tr("The settings could not be written to {path}: {why}").format(
                    path=self._profile.config_path, why=exc.strerror or type(exc).__name__
                )
            )
            self.error.setVisible(True)
            return
        self.accept()
