"""The fields that name a database: this PC's data file (SQLite) or a PostgreSQL / MySQL-MariaDB
server with host, port, database, user and password. Used by the database settings tab, the
start-up connection dialog and the data-move wizard (its target page).

``url()`` gives the URL with the password (for immediate use: a test, a connect, a move);
whoever keeps it stores the password apart (yuntian.db.server_password.save_database_url).
Query options a URL carried (``?sslmode=require``) are kept through ``set_url`` / ``url``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from yuntian.db.connection import describe_url
from yuntian.db.server_password import DEFAULT_PORTS

SQLITE, POSTGRESQL, MYSQL = "sqlite", "postgresql", "mysql"
DEFAULT_DATABASE = "yuntian"

# Asks for a data file; gets the current path (or None), returns the chosen one or None.
FilePicker = Callable[[Path | None], Path | None]


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setContentsMargins(0, 0, 0, 0)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    form.setHorizontalSpacing(12)
    return form


class ConnectionFields(QWidget):
    """Engine choice plus the fields of that engine; ``changed`` on every edit."""

    changed = Signal()

    def __init__(
        self,
        *,
        default_file: Path | None = None,
        pick_file: FilePicker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectionFields")
        self._default_file = default_file
        self._pick_file = pick_file
        self._query = ""  # options the URL carried, kept as they were

        self.engine = QComboBox()
        self.engine.setObjectName("engine")
        self.engine.addItem(self.tr("Data file on this PC (SQLite)"), SQLITE)
        self.engine.addItem(self.tr("Database server: PostgreSQL"), POSTGRESQL)
        self.engine.addItem(self.tr("Database server: MySQL / MariaDB"), MYSQL)
        self.engine.setMinimumWidth(360)
        self.form = form = _form()
        form.addRow(self.tr("&Where the data is:"), self.engine)

        # SQLite: the file
        self.file_path = QLineEdit()
        self.file_path.setObjectName("file_path")
        self.file_path.setMinimumWidth(420)
        if default_file is not None:
            self.file_path.setPlaceholderText(str(default_file))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setObjectName("browse")
        self.browse_button.clicked.connect(self._browse)
        self.browse_button.setEnabled(pick_file is not None)
        file_row = QHBoxLayout()
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.file_path, 1)
        file_row.addWidget(self.browse_button)
        file_label = QLabel(self.tr("Data &file:"))
        file_label.setBuddy(self.file_path)  # a row of a layout gets no buddy by itself
        form.addRow(file_label, file_row)

        # Server: host, port, database, user, password
        self.host = QLineEdit()
        self.host.setObjectName("host")
        self.host.setMinimumWidth(280)
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10 or shop-server"))
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORTS[POSTGRESQL])
        self.port.setMinimumWidth(100)
        self.database = QLineEdit(DEFAULT_DATABASE)
        self.database.setObjectName("database")
        self.database.setMinimumWidth(200)
        self.user = QLineEdit()
        self.user.setObjectName("user")
        self.user.setMinimumWidth(200)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(200)
        form.addRow(self.tr("Server (&host):"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        self._file_rows = [1]
        self._server_rows = [2, 3, 4, 5, 6]

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)

        self._engine_shown = SQLITE
        self.engine.currentIndexChanged.connect(self._engine_changed)
        for edit in (self.file_path, self.host, self.database, self.user, self.password):
            edit.textChanged.connect(self.changed)
        self.port.valueChanged.connect(self.changed)
        self._show_page()

    # --- the URL ------------------------------------------------------------------------------

    def engine_name(self) -> str:
        return str(self.engine.currentData())

    def url(self) -> str:
        """The URL the fields name, with the password."""
        engine = self.engine_name()
        if engine == SQLITE:
            text = self.file_path.text().strip()
            path = Path(text).expanduser() if text else self._default_file
            return f"sqlite:///{path}" if path is not None else ""
        user = quote(self.user.text().strip(), safe="")
        password = self.password.text()
        login = f"{user}:{quote(password, safe='')}@" if user and password else f"{user}@"
        if not user:
            login = ""
        host = self.host.text().strip()
        if ":" in host and not host.startswith("["):  # an IPv6 address
            host = f"[{host}]"
        name = quote(self.database.text().strip(), safe="")
        query = f"?{self._query}" if self._query else ""
        return f"{engine}://{login}{host}:{self.port.value()}/{name}{query}"

    def set_url(self, url: str) -> None:
        """Fill the fields from ``url`` (empty: the default data file)."""
        parts = urlsplit(url)
        scheme = parts.scheme.split("+")[0]
        engine = POSTGRESQL if scheme in ("postgres", "postgresql") else scheme
        if not url or engine == SQLITE:
            self._set_engine(SQLITE)
            path = describe_url(url).display if url else ""
            own = self._default_file is not None and path == str(self._default_file)
            self.file_path.setText("" if own else path)
            return
        self._set_engine(engine if engine in (POSTGRESQL, MYSQL) else POSTGRESQL)
        self._query = parts.query
        self.host.setText(parts.hostname or "")
        try:
            port = parts.port
        except ValueError:
            port = None
        self.port.setValue(port or DEFAULT_PORTS.get(self.engine_name(), 5432))
        self.database.setText(unquote(parts.path.lstrip("/")))
        self.user.setText(unquote(parts.username or ""))
        self.password.setText(unquote(parts.password or ""))
        self.changed.emit()

    def problem(self) -> str | None:
        """What must be filled in before the URL can be used; None when complete."""
        if self.engine_name() == SQLITE:
            if not self.file_path.text().strip() and self._default_file is None:
                return self.tr("Choose the data file.")
            return None
        if not self.host.text().strip():
            return self.tr("Enter the server's name or address.")
        if not self.database.text().strip():
            return self.tr("Enter the database name.")
        if not self.user.text().strip():
            return self.tr("Enter the user name.")
        return None

    # --- inner workings -----------------------------------------------------------------------

    def _set_engine(self, engine: str) -> None:
        index = self.engine.findData(engine)
        self.engine.setCurrentIndex(max(index, 0))
        self._show_page()

    def _engine_changed(self) -> None:
        engine = self.engine_name()
        old_default = DEFAULT_PORTS.get(self._engine_shown)
        if engine in DEFAULT_PORTS and (
            self.port.value() == old_default or self._engine_shown == SQLITE
        ):
            self.port.setValue(DEFAULT_PORTS[engine])  # the other engine's default follows
        if engine != self._engine_shown:
            self._query = ""  # one engine's options mean nothing to the other
        self._show_page()
        self.changed.emit()

    def _show_page(self) -> None:
        self._engine_shown = self.engine_name()
        on_file = self._engine_shown == SQLITE
        for row in self._file_rows:
            self.form.setRowVisible(row, on_file)
        for row in self._server_rows:
            self.form.setRowVisible(row, not on_file)

    def _browse(self) -> None:
        if self._pick_file is None:
            return
        text = self.file_path.text().strip()
        chosen = self._pick_file(Path(text) if text else self._default_file)
        if chosen is not None:
            self.file_path.setText(str(chosen))
