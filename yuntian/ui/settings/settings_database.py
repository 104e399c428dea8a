"""The database tab (数据库): where this PC's data is — the data file on this PC (SQLite) or a
PostgreSQL / MySQL-MariaDB server — with Test connection. Kept in this PC's config.toml (the
password in the credential store or a private file), saved by OK / Apply, used from the next
start: the running application keeps the database it opened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from yuntian.db.server_password import connect_url, split_password
from yuntian.services.common.permissions import Actor
from yuntian.services.settings.settings import SettingsService
from yuntian.ui.common.background import run_in_background
from yuntian.ui.common.field_errors import hint_label
from yuntian.ui.settings.database_panel import DatabasePanel
from yuntian.ui.settings.settings_common import SettingsPage


def tell_restart(parent: QWidget, title: str, text: str) -> None:
    """Say that the change needs a restart (tests replace it)."""
    QMessageBox.information(parent, title, text)


class DatabasePage(SettingsPage):
    def __init__(
        self,
        settings: SettingsService,
        open_move: Callable[[QWidget], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("database")
        self._settings = settings
        self._saved = None  # the URL (with password) the fields started from, once read
        layout = self.page_layout()
        layout.addWidget(
            hint_label(
                self.tr(
                    "One PC: keep the data in a file on this PC. Several PCs: put the data on a "
                    "PostgreSQL or MySQL / MariaDB server on the shop's network and point every "
                    "PC at it. A change here takes effect when Yuntian is started again."
                )
            )
        )
        # config.toml written by an older Yuntian may still hold the password: the tab counts
        # as changed, so that OK moves it to the credential store.
        self._password_in_config = bool(split_password(settings.profile.config.database_url)[1])
        if self._password_in_config:
            layout.addWidget(
                hint_label(
                    self.tr(
                        "config.toml still holds the server password in plain text: OK moves "
                        "it to a safer place."
                    )
                )
            )
        self.panel = DatabasePanel(settings.profile)
        self.panel.setEnabled(False)  # until the stored password has been read
        layout.addWidget(self.panel)
        if open_move is not None:
            self.move_button = QPushButton(self.tr("&Move the data..."))
            self.move_button.setObjectName("moveData")
            self.move_button.setToolTip(
                self.tr(
                    "Copy all of this shop's data into an empty server database or data file, "
                    "verified table by table; the data here is not changed."
                )
            )
            self.move_button.clicked.connect(lambda: open_move(self))
            layout.addWidget(self.move_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.panel.fields.changed.connect(self.changed)
        profile = settings.profile
        run_in_background(self, lambda: connect_url(profile), self._loaded, self._not_loaded)

    def _loaded(self, url: str) -> None:
        self.panel.set_url(url)
        self._saved = self.panel.url()
        self.panel.setEnabled(True)
        self.changed.emit()

    def _not_loaded(self, exc: Exception) -> None:
        self._loaded(self._settings.profile.database_url)

    def is_dirty(self) -> bool:
        return self._saved is not None and (
            self._password_in_config or self.panel.url() != self._saved
        )

    def is_valid(self) -> bool:
        return not self.is_dirty() or self.panel.fields.problem() is None

    def apply(self, actor: Actor) -> bool:
        url = self.panel.url()
        if not self._store(lambda: self._settings.save_database(actor, url), url):
            return False
        self._password_in_config = False
        tell_restart(
            self,
            self.tr("Database settings saved"),
            self.tr(
                "The new database settings are saved for this PC. Yuntian uses them after it "
                "is closed and started again."
            ),
        )
        return True
