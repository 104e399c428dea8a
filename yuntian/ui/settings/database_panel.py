"""The connection fields with a Test connection button, the answer in plain words, Upgrade
database when the database is older than this Yuntian, and where the password will be kept.
Shared by the settings tab (数据库) and the start-up dialog's Settings.

The check and the upgrade run off the GUI thread (an unreachable host takes up to 5 s).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from yuntian.config import Profile
from yuntian.credentials import PasswordPlace, PasswordStore
from yuntian.db.connection_check import CheckKind, CheckResult, check_connection
from yuntian.db.profile_database import MigrationResult, upgrade_url
from yuntian.ui.common.background import run_in_background
from yuntian.ui.common.field_errors import error_label, hint_label
from yuntian.ui.common.file_dialogs import database_file_name
from yuntian.ui.common.styles import HINT_STYLE
from yuntian.ui.settings.database_check_text import check_text, place_text
from yuntian.ui.settings.database_fields import ConnectionFields

log = logging.getLogger(__name__)


class DatabasePanel(QWidget):
    checked = Signal(object)  # the CheckResult of the last test
    upgraded = Signal()

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databasePanel")
        self._profile = profile
        self.place: PasswordPlace | None = None
        self.result: CheckResult | None = None
        self._tested_url = ""
        self.fields = ConnectionFields(
            default_file=profile.root / "yuntian.sqlite", pick_file=self._pick_file
        )
        self.fields.changed.connect(self._fields_changed)

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("test_connection")
        self.test_button.clicked.connect(self.test)
        self.upgrade_button = QPushButton(self.tr("&Upgrade database"))
        self.upgrade_button.setObjectName("upgrade_database")
        self.upgrade_button.clicked.connect(self.upgrade)
        self.upgrade_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.upgrade_button)
        buttons.addStretch(1)

        self.answer = QLabel()
        self.answer.setObjectName("check_answer")
        self.answer.setWordWrap(True)
        self.answer.setVisible(False)
        self.problem = error_label("check_problem")
        self.password_place = hint_label(self.tr("Looking for the system credential manager…"))
        self.password_place.setObjectName("password_place")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.fields)
        layout.addLayout(buttons)
        layout.addWidget(self.answer)
        layout.addWidget(self.problem)
        layout.addWidget(self.password_place)
        self._update_password_place()
        run_in_background(self, lambda: PasswordStore(profile.root).place(), self._place_found)

    def url(self) -> str:
        return self.fields.url()

    def set_url(self, url: str) -> None:
        self.fields.set_url(url)

    # --- test and upgrade ---------------------------------------------------------------------

    def test(self) -> None:
        missing = self.fields.problem()
        if missing:
            self._show_problem(missing)
            return
        url = self.fields.url()
        self._tested_url = url
        self._busy(self.tr("Testing the connection…"))
        run_in_background(self, lambda: check_connection(url), self._tested, self._failed)

    def upgrade(self) -> None:
        url = self.fields.url()
        self._busy(self.tr("Upgrading the database…"))
        run_in_background(
            self, lambda: upgrade_url(url, self._profile.backups_dir), self._upgraded, self._failed
        )

    def _busy(self, text: str) -> None:
        self.test_button.setEnabled(False)
        self.upgrade_button.setEnabled(False)
        self.problem.setVisible(False)
        self.answer.setStyleSheet(HINT_STYLE)
        self.answer.setText(text)
        self.answer.setVisible(True)

    def _tested(self, result: CheckResult) -> None:
        self.test_button.setEnabled(True)
        self.upgrade_button.setEnabled(True)
        self.result = result
        if result.usable:
            self.answer.setStyleSheet("")
            self.answer.setText("✔ " + check_text(result))
            self.answer.setVisible(True)
            self.problem.setVisible(False)
        else:
            self.answer.setVisible(False)
            self._show_problem(check_text(result))
        self.upgrade_button.setVisible(result.kind is CheckKind.SCHEMA_OLDER)
        self.checked.emit(result)

    def _upgraded(self, result: MigrationResult) -> None:
        log.info("upgraded %d steps (backup: %s)", len(result.steps), result.backup)
        self.upgraded.emit()
        self.test()

    def _failed(self, exc: Exception) -> None:
        log.warning("database check or upgrade failed: %s", exc, exc_info=exc)
        self.test_button.setEnabled(True)
        self.upgrade_button.setEnabled(True)
        self.answer.setVisible(False)
        self._show_problem(
            self.tr("It did not work: {reason}").format(reason=" ".join(str(exc).split()))
        )

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)

    def _fields_changed(self) -> None:
        if self.result is not None and self.fields.url() != self._tested_url:
            self.result = None  # the answer was about other settings
            self.answer.setVisible(False)
            self.problem.setVisible(False)
            self.upgrade_button.setVisible(False)
        self._update_password_place()

    # --- the password's home ------------------------------------------------------------------

    def _place_found(self, place: PasswordPlace) -> None:
        self.place = place
        self._update_password_place()

    def _update_password_place(self) -> None:
        if self.fields.engine_name() == "sqlite":
            self.password_place.setText(
                self.tr("A data file needs no password. This setting applies to this PC only.")
            )
        elif self.place is not None:
            self.password_place.setText(
                self.tr(
                    "The password is kept in {place}, never in config.toml. These settings "
                    "apply to this PC only."
                ).format(place=place_text(self.place))
            )

    def _pick_file(self, current: Path | None) -> Path | None:
        return database_file_name(
            self,
            self._profile,
            self.tr("Choose the data file"),
            self.tr("Yuntian data files (*.sqlite *.db);;All files (*)"),
            current,
        )
